/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliCheckText, cliFixedText, shapeOfCli } from './cli';
import { closeAllEditors, isnadDiagnostics, openDraft, rangeOf, revert, waitFor, waitForDiagnostics, waitForShapes } from './helpers';

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title}: edit applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: vscode.CodeActionKind, what: string): Promise<vscode.CodeAction[]> {
  let seen = '';
  try {
    return await waitFor(what, async () => {
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind.value);
      seen = JSON.stringify((actions ?? []).map((a) => ({ title: a.title, kind: 'kind' in a ? a.kind?.value : undefined, diagnostics: 'diagnostics' in a ? a.diagnostics?.map((d) => d.source) : undefined })));
      // (The API drops `diagnostics` from the actions it returns; no other extension offers fixes here.)
      const isnad = (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a && !!a.kind && kind.contains(a.kind));
      return isnad.length ? isnad : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n  code actions offered: ${seen}`, { cause: error });
  }
}

suite('quick fixes', () => {
  teardown(async () => {
    for (const doc of vscode.workspace.textDocuments) await revert(doc);
    await closeAllEditors();
  });

  test('the quick fix on a misspelt name writes the article\'s spelling, and its diagnostic goes', async () => {
    const doc = await openDraft('drafts/ar-errors.md');
    const original = doc.getText();
    const wrong = rangeOf(doc, 'العبيسي');
    await waitForDiagnostics(doc.uri, 'the finding on العبيسي', (d) => d.some((x) => x.range.intersection(wrong)));
    const actions = await codeActions(doc.uri, wrong, vscode.CodeActionKind.QuickFix, 'a quick fix on العبيسي');
    const fix = actions.find((a) => /العباسي/.test(a.title));
    assert.ok(fix, `a quick fix names the right spelling; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.isPreferred, 'the replacement is the preferred fix');
    await apply(fix);
    const expected = original.replace('ثابت العبيسي', 'ثابت العباسي');
    assert.equal(doc.getText(), expected, 'the draft now has the article\'s spelling');
    // The finding is gone, and what is left is exactly what the CLI finds in the corrected text.
    await waitForShapes(doc.uri, cliCheckText(expected, doc.uri.fsPath).map(shapeOfCli));
    assert.ok(!isnadDiagnostics(doc.uri).some((d) => d.range.intersection(rangeOf(doc, 'ثابت العباسي'))), 'no diagnostic on the corrected name');
  });

  test('"disable for this line" is offered', async () => {
    const doc = await openDraft('drafts/ar-errors.md');
    const wrong = rangeOf(doc, 'العبيسي');
    await waitForDiagnostics(doc.uri, 'the finding on العبيسي', (d) => d.some((x) => x.range.intersection(wrong)));
    const actions = await codeActions(doc.uri, wrong, vscode.CodeActionKind.QuickFix, 'quick fixes on العبيسي');
    const disable = actions.find((a) => /isnad-disable|disable|تعطيل|عطّل|أوقف/i.test(a.title));
    assert.ok(disable, `a "disable for this line" action; offered: ${actions.map((a) => a.title).join(' | ')}`);
    await apply(disable);
    assert.match(doc.getText(), /isnad-disable/, 'a suppression comment is written');
    await waitForDiagnostics(doc.uri, 'no diagnostic left on العبيسي', (d) => !d.some((x) => x.range.intersection(rangeOf(doc, 'العبيسي'))));
  });

  for (const path of ['drafts/ar-errors.md', 'drafts/en-errors.md']) {
    test(`fix all (source.fixAll.isnad) on ${path} yields the corrected draft and clears its fixable findings`, async () => {
      const doc = await openDraft(path);
      const original = doc.getText();
      const cliBefore = cliCheckText(original, doc.uri.fsPath);
      assert.ok(cliBefore.some((f) => f.fixes?.length), 'the draft has fixable findings');
      await waitForShapes(doc.uri, cliBefore.map(shapeOfCli));
      const whole = new vscode.Range(0, 0, doc.lineCount, 0);
      const [fixAll] = await codeActions(doc.uri, whole, vscode.CodeActionKind.SourceFixAll.append('isnad'), 'the source.fixAll.isnad action');
      await apply(fixAll!);
      // Applying fix-all again (as on save) must settle on what `isnad check --fix` writes.
      const expected = cliFixedText(original, doc.uri.fsPath);
      if (doc.getText() !== expected) {
        const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll.isnad');
        for (const a of again ?? []) await apply(a);
      }
      assert.equal(doc.getText(), expected, 'the document is the corrected draft (as `isnad check --fix` writes it)');
      assert.notEqual(expected, original);
      const left = cliCheckText(expected, doc.uri.fsPath);
      assert.ok(left.every((f) => !f.fixes?.length), 'nothing fixable is left');
      await waitForShapes(doc.uri, left.map(shapeOfCli));
      if (path === 'drafts/ar-errors.md') {
        assert.match(expected, /ثابت العباسي/);
        assert.doesNotMatch(expected, /العبيسي/);
      }
    });
  }
});
