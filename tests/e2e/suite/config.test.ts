/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { cliCheckFile, shapeOfCli } from './cli';
import { closeAllEditors, isnadDiagnostics, openDraft, projectRoot, rangeOf, revert, ruleOf, shapeOf, waitFor, waitForDiagnostics, waitForShapes, wsUri } from './helpers';

const ARABIC = /[\u0600-\u06FF]/;
const config = () => vscode.workspace.getConfiguration('isnad', wsUri('drafts/ar-errors.md'));

async function setSetting(key: string, value: unknown): Promise<void> {
  await config().update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** The fact base with "ثابت العبيسي" added as an accepted spelling of the minister's name. */
function acceptingTheMisspelling(factBaseJson: string): unknown {
  const data = JSON.parse(factBaseJson);
  const person = data.people.find((p: { names: { ar: string[] } }) => p.names.ar.includes('ثابت العباسي'));
  assert.ok(person, 'the fact base knows ثابت العباسي');
  person.names.ar.push('ثابت العبيسي');
  if (person.short?.ar) person.short.ar.push('العبيسي');
  return data;
}

const covers = (doc: vscode.TextDocument, needle: string) => (d: vscode.Diagnostic[]) => d.some((x) => x.range.intersection(rangeOf(doc, needle)));

suite('settings and fact bases re-check the open draft', () => {
  suiteTeardown(async () => {
    const rules = Object.keys(config().get<Record<string, string>>('rules') ?? {}).map((id) => `rules.${id}`);
    for (const key of [...rules, 'messageLanguage', 'factBases', 'useBundledFactBase']) {
      if (config().inspect(key)?.workspaceValue !== undefined) await setSetting(key, undefined);
    }
    for (const doc of vscode.workspace.textDocuments) await revert(doc);
    await closeAllEditors();
  });

  test('turning a rule off in the settings removes its findings; back on brings them back', async () => {
    const doc = await openDraft('drafts/ar-errors.md');
    const before = await waitForDiagnostics(doc.uri, 'the finding on 6 أشهر', covers(doc, '6 أشهر'));
    const rule = ruleOf(before.find((d) => d.range.intersection(rangeOf(doc, '6 أشهر')))!);
    await setSetting(`rules.${rule}`, 'off');
    await waitForDiagnostics(doc.uri, `no ${rule} finding once the rule is off`, (d) => d.length > 0 && !d.some((x) => ruleOf(x) === rule));
    await setSetting(`rules.${rule}`, 'hint');
    await waitForDiagnostics(doc.uri, `${rule} back, as a hint`, (d) => d.some((x) => ruleOf(x) === rule && x.severity === vscode.DiagnosticSeverity.Hint));
    await setSetting(`rules.${rule}`, undefined);
    await waitForShapes(doc.uri, before.map(shapeOf));
  });

  test('changing the message language re-checks the open draft', async () => {
    const doc = await openDraft('drafts/ar-errors.md');
    await waitForDiagnostics(doc.uri, 'Arabic messages', (d) => d.length > 0 && d.every((x) => ARABIC.test(x.message)));
    await setSetting('messageLanguage', 'en');
    await waitForDiagnostics(doc.uri, 'English messages', (d) => d.length > 0 && d.every((x) => /[A-Za-z]{4}/.test(x.message.replace(/«[^»]*»/g, ''))));
    await setSetting('messageLanguage', undefined);
    await waitForDiagnostics(doc.uri, 'Arabic messages again', (d) => d.length > 0 && d.every((x) => ARABIC.test(x.message)));
  });

  suite('a fact base of the workspace (isnad.factBases)', () => {
    let kbPath: string;
    let good: string;
    let kbUri: vscode.Uri;

    suiteSetup(() => {
      // A copy of the bundled fact base, in the workspace, that the tests edit.
      const bundled = path.join(projectRoot(), 'knowledge', 'iraq-coalition-talks.factbase.json');
      const data = JSON.parse(fs.readFileSync(bundled, 'utf8'));
      data.source.file = path.join(projectRoot(), 'knowledge', data.source.file.replace(/^.*[\\/]/, ''));
      kbUri = wsUri('facts/talks.factbase.json');
      kbPath = kbUri.fsPath;
      fs.mkdirSync(path.dirname(kbPath), { recursive: true });
      good = JSON.stringify(data, null, 2) + '\n';
      fs.writeFileSync(kbPath, good);
    });

    test('a workspace fact base in place of the bundled one gives the same findings', async () => {
      const doc = await openDraft('drafts/ar-errors.md');
      const expected = cliCheckFile(doc.uri.fsPath).map(shapeOfCli);
      await waitForShapes(doc.uri, expected);
      // Without any fact base there is nothing to check against...
      await setSetting('useBundledFactBase', false);
      await waitForDiagnostics(doc.uri, 'no findings without a fact base', (d) => d.length === 0);
      // ...and with the workspace's copy the findings are back.
      await setSetting('factBases', [kbPath]);
      await waitForShapes(doc.uri, expected);
    });

    test('editing the fact-base file re-checks the open draft', async () => {
      const doc = await openDraft('drafts/ar-errors.md');
      await waitForDiagnostics(doc.uri, 'the finding on العبيسي', covers(doc, 'العبيسي'));
      // Declare "ثابت العبيسي" an accepted spelling of the minister's name, in the editor, and save.
      const data = acceptingTheMisspelling(good);
      const kbDoc = await vscode.workspace.openTextDocument(kbUri);
      const editor = await vscode.window.showTextDocument(kbDoc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      await editor.edit((e) => e.replace(new vscode.Range(0, 0, kbDoc.lineCount, 0), JSON.stringify(data, null, 2) + '\n'));
      assert.ok(await kbDoc.save(), 'fact base saved');
      await waitForDiagnostics(doc.uri, 'no finding on العبيسي once the fact base accepts it', (d) => d.length > 0 && !covers(doc, 'العبيسي')(d));
      await waitForDiagnostics(doc.uri, 'the other findings stay', covers(doc, '6 أشهر'));
    });

    test('a broken fact base is reported on its file, and the last good one keeps working', async () => {
      const doc = await openDraft('drafts/ar-errors.md');
      const lastGood = await waitForDiagnostics(doc.uri, 'findings of the edited fact base', (d) => covers(doc, '6 أشهر')(d) && !covers(doc, 'العبيسي')(d));
      const kbDoc = await vscode.workspace.openTextDocument(kbUri);
      const editor = await vscode.window.showTextDocument(kbDoc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      const broken = kbDoc.getText().replace(/"people"\s*:\s*\[/, '"people": [ { "id": "Broken Id", "names": 7 },');
      await editor.edit((e) => e.replace(new vscode.Range(0, 0, kbDoc.lineCount, 0), broken));
      assert.ok(await kbDoc.save(), 'broken fact base saved');
      const problems = await waitFor('a diagnostic on the broken fact-base file', () => {
        const d = vscode.languages.getDiagnostics(kbUri).filter((x) => x.severity === vscode.DiagnosticSeverity.Error);
        return d.length ? d : undefined;
      });
      assert.ok(problems.some((p) => p.range.start.line > 0 || /people|names|id/.test(p.message)), `the problem is located: ${problems.map((p) => `${p.range.start.line + 1}: ${p.message}`).join('; ')}`);
      // The draft is re-checked against the last good fact base: edit it and see the same findings.
      const draftEditor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      await draftEditor.edit((e) => e.insert(new vscode.Position(doc.lineCount, 0), '\nوقالت مصادر إن المهلة 7 أشهر.\n'));
      await waitForDiagnostics(doc.uri, 'the edit checked against the last good fact base', (d) => d.length > lastGood.length && covers(doc, '6 أشهر')(d) && !covers(doc, 'العبيسي')(d));
      await revert(doc);
      await waitForShapes(doc.uri, lastGood.map(shapeOf));
      // Repairing the file clears its diagnostic.
      await editor.edit((e) => e.replace(new vscode.Range(0, 0, kbDoc.lineCount, 0), good));
      assert.ok(await kbDoc.save());
      await waitFor('the fact-base diagnostic to clear', () => vscode.languages.getDiagnostics(kbUri).filter((x) => x.severity === vscode.DiagnosticSeverity.Error).length === 0);
      await waitForDiagnostics(doc.uri, 'the finding on العبيسي again (the repaired file is the original)', covers(doc, 'العبيسي'));
    });

    test('changing the fact-base file on disk (not in the editor) re-checks too', async () => {
      const doc = await openDraft('drafts/ar-errors.md');
      await waitForDiagnostics(doc.uri, 'the finding on العبيسي', covers(doc, 'العبيسي'));
      const data = acceptingTheMisspelling(good);
      await closeAllEditors();
      const shown = await openDraft('drafts/ar-errors.md');
      await vscode.workspace.fs.writeFile(kbUri, Buffer.from(JSON.stringify(data, null, 2)));
      await waitForDiagnostics(shown.uri, 'no finding on العبيسي after the write', (d) => d.length > 0 && !covers(shown, 'العبيسي')(d));
      await vscode.workspace.fs.writeFile(kbUri, Buffer.from(good));
      await waitForDiagnostics(shown.uri, 'the finding on العبيسي again', covers(shown, 'العبيسي'));
      assert.ok(isnadDiagnostics(shown.uri).length > 0);
    });
  });
});
