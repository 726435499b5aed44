/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliCheckFiles, shapeOfCli } from './cli';
import { ALL_DRAFTS } from './drafts';
import { closeAllEditors, isnadDiagnostics, openDraft, rangeOf, revert, shapeOf, sortShapes, waitFor, waitForDiagnostics, waitForShapes, wsUri } from './helpers';

suite('commands', () => {
  suiteTeardown(async () => {
    for (const doc of vscode.workspace.textDocuments) await revert(doc);
    await closeAllEditors();
  });

  test('Check Current Document (isnad.checkDocument) checks the active draft', async () => {
    const doc = await openDraft('drafts/en-errors.md');
    await vscode.commands.executeCommand('isnad.checkDocument');
    await waitForDiagnostics(doc.uri, 'findings after Check Current Document', (d) => d.some((x) => x.range.intersection(rangeOf(doc, '2026'))));
  });

  test('Check Workspace (isnad.checkWorkspace) fills the Problems panel for every draft, opened or not', async () => {
    await closeAllEditors();
    const uris = ALL_DRAFTS.map(wsUri);
    const cli = cliCheckFiles(uris.map((u) => u.fsPath));
    await vscode.commands.executeCommand('isnad.checkWorkspace');
    for (const uri of uris) {
      const expected = cli.get(uri.fsPath);
      assert.ok(expected, `the CLI checked ${uri.fsPath}`);
      await waitForShapes(uri, expected.map(shapeOfCli));
    }
    // The Problems panel is fed by vscode.languages.getDiagnostics: every erroneous draft is there.
    const all = new Map(vscode.languages.getDiagnostics().map(([uri, d]) => [uri.fsPath, d.filter((x) => x.source === 'isnad')]));
    for (const uri of uris) {
      if (cli.get(uri.fsPath)!.length) assert.ok(all.get(uri.fsPath)?.length, `${vscode.workspace.asRelativePath(uri)} is in the Problems panel`);
    }
    // Fact-base and article files are not drafts.
    for (const [path, d] of all) assert.ok(!/factbase\.json$|article\.ar\.txt$/.test(path) || d.every((x) => !/^(name|role|date|number|quote)/.test(String(x.code))), `${path} was not checked as a draft`);
  });

  test('Show Fact Base (isnad.showFactBase) opens a readable view of the facts', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('isnad.showFactBase');
    const shown = await waitFor('a fact-base view', () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      if (!tab) return undefined;
      const doc = vscode.window.activeTextEditor?.document;
      if (doc && /ثابت العباسي|Thabet al-Abbasi/.test(doc.getText())) return { kind: 'text', label: tab.label, text: doc.getText() };
      // A Markdown preview or webview shows no text document; its tab is what there is to see.
      if (tab.input instanceof vscode.TabInputWebview || tab.input instanceof vscode.TabInputCustom) return { kind: 'webview', label: tab.label, text: '' };
      const inDocs = vscode.workspace.textDocuments.find((d) => d.uri.scheme !== 'file' && /ثابت العباسي|Thabet al-Abbasi/.test(d.getText()));
      return inDocs ? { kind: 'text', label: tab.label, text: inDocs.getText() } : undefined;
    });
    if (shown.kind === 'text') {
      assert.match(shown.text, /ثابت العباسي/, 'Arabic names');
      assert.match(shown.text, /Abbasi/, 'English names');
      assert.match(shown.text, /ماثيو ميلر|Matthew Miller/);
    }
    console.log(`[e2e] fact base shown in tab "${shown.label}" (${shown.kind})`);
  });

  test('Restart Server (isnad.restartServer) recovers: diagnostics, hovers and re-checks work again', async () => {
    const doc = await openDraft('drafts/ar-errors.md');
    const before = await waitForDiagnostics(doc.uri, 'findings before the restart', (d) => d.length > 0);
    await vscode.commands.executeCommand('isnad.restartServer');
    // After the restart, the open draft is checked again, and an edit is checked by the new server.
    await waitForShapes(doc.uri, before.map(shapeOf));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount, 0), '\nوقال قيس الخزعلي إن المهلة 5 أشهر.\n'));
    await waitForDiagnostics(doc.uri, 'a new finding from the restarted server', (d) => d.length > before.length);
    await revert(doc);
    await waitForDiagnostics(doc.uri, 'the findings of the saved draft again', (d) => JSON.stringify(sortShapes(d.map(shapeOf))) === JSON.stringify(sortShapes(before.map(shapeOf))));
    assert.ok(isnadDiagnostics(doc.uri).length > 0);
  });
});
