/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliCheckFile, shapeOfCli } from './cli';
import { closeAllEditors, hoverText, isnadDiagnostics, openDraft, positionOf, revert, shapeOf, sortShapes, waitFor, waitForDiagnostics, waitForShapes } from './helpers';

suite('commands', () => {
  suiteTeardown(async () => {
    for (const doc of vscode.workspace.textDocuments) await revert(doc);
    await closeAllEditors();
  });

  test('Check Current Document (isnad.checkDocument) checks the active draft and reports its counts', async () => {
    const doc = await openDraft('drafts/en-errors.md');
    const cli = cliCheckFile(doc.uri.fsPath);
    const summary = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number } | undefined>('isnad.checkDocument');
    assert.ok(summary, 'the command returns a summary');
    assert.equal(summary.files, 1);
    assert.equal(summary.errors, cli.filter((f) => f.severity === 'error').length, 'error count as the CLI');
    assert.equal(summary.warnings, cli.filter((f) => f.severity === 'warning').length, 'warning count as the CLI');
    await waitForShapes(doc.uri, cli.map(shapeOfCli));
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
    await waitFor('a hover card from the restarted server', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'ماثيو ميلر').translate(0, 2));
      return /Matthew Miller/.test(hoverText(hovers));
    });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount, 0), '\nوقال قيس الخزعلي إن المهلة 5 أشهر.\n'));
    await waitForDiagnostics(doc.uri, 'a new finding from the restarted server', (d) => d.length > before.length);
    await revert(doc);
    await waitForDiagnostics(doc.uri, 'the findings of the saved draft again', (d) => JSON.stringify(sortShapes(d.map(shapeOf))) === JSON.stringify(sortShapes(before.map(shapeOf))));
    assert.ok(isnadDiagnostics(doc.uri).length > 0);
  });
});
