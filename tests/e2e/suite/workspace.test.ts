/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliCheckFiles, shapeOfCli } from './cli';
import { ALL_DRAFTS } from './drafts';
import { closeAllEditors, openDraft, waitForShapes, wsUri } from './helpers';

suite('Check Workspace', () => {
  suiteTeardown(closeAllEditors);

  test('Check Workspace (isnad.checkWorkspace) fills the Problems panel for every draft, opened or not', async () => {
    // Run before other tests open drafts: one draft is in an editor, the others were never opened.
    await closeAllEditors();
    await openDraft('drafts/ar-errors.md');
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
    // Nothing else is checked as a draft (fact-base files may only carry fact-base problems).
    const drafts = new Set(uris.map((u) => u.fsPath));
    for (const [path, d] of all) assert.ok(drafts.has(path) || d.length === 0 || /\.factbase\.json$/.test(path), `${path} is not a draft but has isnad diagnostics`);
  });
});
