/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activate, closeAllEditors, openDraft, projectRoot, waitForDiagnostics } from './helpers';
import { setServerDown } from './helpers';

export const COMMANDS = ['isnad.checkDocument', 'isnad.checkWorkspace', 'isnad.showFactBase', 'isnad.restartServer'];

suite('extension', () => {
  test('is the installed .vsix (or the development copy asked for) and activates on a Markdown draft', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    // The runner says where the extension must come from: the folder that code-server installed the
    // .vsix into, so that what users install is what is tested, or a development copy.
    const expected = process.env.ISNAD_E2E_EXTENSION_PATH;
    assert.ok(expected, 'the runner names the extension under test (ISNAD_E2E_EXTENSION_PATH)');
    assert.equal(fs.realpathSync(ext.extensionPath), fs.realpathSync(expected), `${EXTENSION_ID} is loaded from ${expected}`);
    if (process.env.ISNAD_E2E_EXTENSION_MODE === 'installed') {
      for (const absent of ['node_modules', 'engine', 'tests', 'tsconfig.json']) {
        assert.ok(!fs.existsSync(path.join(ext.extensionPath, absent)), `the installed extension has no ${absent}`);
      }
    }
    await openDraft('drafts/ar-errors.md');
    await activate();
    assert.ok(ext.isActive);
    console.log(`[e2e] VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}), extension host Node ${process.version}, extension at ${projectRoot()}`);
  });

  test('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of COMMANDS) assert.ok(commands.includes(id), `${id} is registered`);
  });

  test('the language server publishes diagnostics for an open draft', async function () {
    // Gate for the rest of the suite: if the server never publishes, later tests fail fast.
    const doc = await openDraft('drafts/ar-errors.md');
    try {
      await waitForDiagnostics(doc.uri, 'any isnad diagnostic', (d) => d.length > 0, 60_000);
    } catch (error) {
      setServerDown();
      throw error;
    }
    await closeAllEditors();
  });
});
