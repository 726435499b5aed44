/**
 * The server as a process: the handshake, push versus pull diagnostics, robustness against
 * malformed messages, and exiting with its client.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Harness, fileUri, fixturesDir, repoRoot, serverPath } from './harness';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-languageserver-protocol/node';

const miniFactBase = join(fixturesDir, 'mini.factbase.json');
const settings = { factBases: [miniFactBase], useBundledFactBase: false };

void describe('server lifecycle', () => {
  let harness: Harness;
  before(async () => {
    harness = await Harness.start({ settings, folders: [repoRoot] });
  });
  after(async () => {
    await harness.stop();
  });

  void test('initialize answers with the capabilities the clients rely on', async () => {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: repoRoot });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const result = await connection.sendRequest<{ capabilities: Record<string, any>; serverInfo: { name: string } }>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { diagnostic: {} } },
      });
      assert.equal(result.serverInfo.name, 'isnad');
      assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
      assert.equal(result.capabilities.hoverProvider, true);
      assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.isnad']);
      assert.deepEqual(result.capabilities.executeCommandProvider.commands, ['isnad.checkDocument', 'isnad.checkWorkspace', 'isnad.drawFactBase']);
      assert.equal(result.capabilities.diagnosticProvider.interFileDependencies, false);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  void test('pushes diagnostics for an opened draft when the client does not pull', async () => {
    const uri = fileUri(join(fixturesDir, 'push.md'));
    await harness.open(uri, '# خبر\n\nقال وزير الدفاع ثابت العباسي إن المفاوضات تسير بشكل جيد.\n');
    const diagnostics = await harness.pushed(uri);
    assert.ok(Array.isArray(diagnostics));
  });

  void test('pulls diagnostics and pushes none when the client pulls', async () => {
    const pull = await Harness.start({ settings, diagnostics: 'pull' });
    try {
      const uri = fileUri(join(fixturesDir, 'pull.md'));
      await pull.open(uri, 'قال وزير الدفاع ثابت العباسي.\n');
      const report = await pull.pull(uri);
      assert.equal(report.kind, 'full');
      const resultId = (report as { resultId?: string }).resultId;
      assert.ok(resultId, 'a result id');
      const again = await pull.pull(uri, resultId);
      assert.equal(again.kind, 'unchanged', 'nothing changed, so the report is unchanged');
      await pull.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      assert.equal((await pull.pull(uri, resultId)).kind, 'full', 'an edit invalidates the result id');
      // A request answered after the edits proves that no push happened for this document.
      await pull.hover(uri, { line: 0, character: 0 });
      assert.equal(pull.published.filter((params) => params.uri === uri).length, 0);
    } finally {
      await pull.stop();
    }
  });

  void test('a document in a language outside isnad.languages gets no diagnostics', async () => {
    const uri = fileUri(join(fixturesDir, 'other.json'));
    await harness.open(uri, '{"a": "ثابت العباسي"}', 'json');
    assert.deepEqual(await harness.pushed(uri), []);
  });

  void test('malformed and unexpected messages do not crash it', async () => {
    // A body that is not JSON, a request for an unknown method, and requests with nonsense params.
    harness.process.stdin.write('Content-Length: 9\r\n\r\n{not json');
    await assert.rejects(harness.connection.sendRequest('isnad/noSuchMethod', {}));
    assert.equal(await harness.hover('file:///nowhere.md', { line: 3, character: 4 }), null);
    await harness.connection.sendRequest('textDocument/hover', { textDocument: {}, position: null }).catch(() => undefined);
    await harness.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.md' } }).catch(() => undefined);
    await harness.connection.sendRequest('workspace/executeCommand', { command: 'isnad.checkDocument', arguments: [42] }).catch(() => undefined);
    await harness.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    await harness.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 2 }] });
    await harness.connection.sendNotification('isnad/didChangeWorkspaceTrust', null);
    // Still alive and answering.
    const uri = fileUri(join(fixturesDir, 'alive.md'));
    await harness.open(uri, 'ثابت العباسي\n');
    assert.ok(Array.isArray(await harness.pushed(uri)));
    assert.equal(harness.process.exitCode, null);
  });

  void test('writes nothing but protocol messages to stdout', () => {
    // Every byte on stdout went through the message reader; a stray line would have failed
    // parsing and surfaced as a connection error. The server logs through window/logMessage.
    assert.equal(harness.process.exitCode, null);
  });
});

void describe('server process', () => {
  void test('exits when its client closes stdin', async () => {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: repoRoot, stdio: 'pipe' });
    child.stdin.end();
    const [code] = await once(child, 'exit');
    // Closing without `shutdown` is an abnormal end; LSP asks for exit code 1 then.
    assert.equal(typeof code, 'number');
  });

  void test('exits after shutdown and exit', async () => {
    const harness = await Harness.start({ settings });
    assert.equal(await harness.stop(), 0);
  });

  void test('`isnad lsp --stdio` serves the same server', async () => {
    assert.ok(existsSync(join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is built');
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'lsp', '--stdio'], { cwd: repoRoot });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const result = await connection.sendRequest<{ serverInfo: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo.name, 'isnad');
      await connection.sendRequest('shutdown');
      const exited = once(child, 'exit');
      await connection.sendNotification('exit');
      assert.equal((await exited)[0], 0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  void test('exports startServer for the CLI without starting when required', async () => {
    const child = spawn(process.execPath, ['-e', `const m = require(${JSON.stringify(serverPath)}); process.stdout.write(typeof m.startServer)`], { cwd: repoRoot });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.equal(out, 'function');
  });
});
