/**
 * Security (issue 6): nothing in a workspace is executed, nothing goes to the network, paths from
 * a workspace's configuration stay inside it, and an untrusted workspace contributes nothing.
 *
 * - The bundles: the CLI and its workers reference no network or process module at all; the
 *   language server only through the LSP library's own transports (sockets and pipes that a
 *   client may ask for) and a helper it never calls.
 * - At run time: the CLI and the server run under a preload that makes every network call, every
 *   child process and every module load from outside dist/ fail loudly and records it, in a bait
 *   workspace full of things that would run if anything ran them (.isnadrc.js, isnad.config.js,
 *   package.json scripts, a plugin in node_modules, schema and article URLs, a fact base whose
 *   strings look like code). Nothing may be recorded and no bait may go off.
 * - A project configuration that names fact bases outside its folder is refused, by the CLI and by
 *   the server; an untrusted workspace gets only the bundled fact base and the user's settings.
 *
 * (tests/cli/config.test.ts checks the configuration parser's path rules in detail, and
 * tests/server/factBases.test.ts the trust switch for fact bases named in settings.)
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { Harness, fileUri } from '../server/harness';
import { FULL, bundledFactBasePath, repoRoot, runCli, serverPath, stopOrKill, tempDir } from './helpers';

const DIST = join(repoRoot, 'dist');

/** A preload that denies network, processes and outside modules, and logs every attempt. */
function writePreload(dir: string, log: string): string {
  const file = join(dir, 'deny.cjs');
  writeFileSync(
    file,
    `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const LOG = ${JSON.stringify(log)};
const DIST = ${JSON.stringify(DIST)};
const record = (what) => { try { fs.appendFileSync(LOG, what + '\\n'); } catch {} };
const deny = (what) => function denied() { record(what); throw new Error('isnad must not use ' + what); };
const patch = (name, methods) => {
  const mod = require(name);
  for (const method of methods) if (typeof mod[method] === 'function') mod[method] = deny(name + '.' + method);
};
patch('node:net', ['connect', 'createConnection', 'createServer']);
require('node:net').Socket.prototype.connect = deny('net.Socket.connect');
patch('node:http', ['request', 'get', 'createServer']);
patch('node:https', ['request', 'get', 'createServer']);
patch('node:http2', ['connect', 'createServer', 'createSecureServer']);
patch('node:tls', ['connect', 'createServer']);
patch('node:dgram', ['createSocket']);
patch('node:dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']);
patch('node:child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
globalThis.fetch = deny('fetch');
globalThis.WebSocket = deny('WebSocket');
// Modules: node built-ins and isnad's own bundles only.
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (!Module.isBuiltin(request)) {
    let resolved = request;
    try { resolved = Module._resolveFilename(request, parent, isMain); } catch {}
    if (!path.resolve(resolved).startsWith(DIST + path.sep)) record('require ' + resolved);
  }
  return load.apply(this, arguments);
};
const { Worker } = require('node:worker_threads');
const workerThreads = require('node:worker_threads');
workerThreads.Worker = class extends Worker {
  constructor(filename, options) {
    const file = String(filename instanceof URL ? filename.pathname : filename);
    if (!path.resolve(file).startsWith(DIST + path.sep)) record('worker ' + file);
    super(filename, options);
  }
};
`,
  );
  return file;
}

/** A workspace full of bait: files that would run, or fetch, if anything ran or fetched them. */
function baitWorkspace(dir: string, marker: string): void {
  const bait = (name: string) => `require('node:fs').writeFileSync(${JSON.stringify(marker)}, ${JSON.stringify(name)});\nmodule.exports = {};\n`;
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  mkdirSync(join(dir, 'kb'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'isnad-plugin'), { recursive: true });
  for (const name of ['.isnadrc.js', '.isnadrc.cjs', '.isnadrc.mjs', 'isnad.config.js', 'isnad.config.cjs', 'node_modules/isnad-plugin/index.js', 'drafts/draft.md.js']) writeFileSync(join(dir, name), bait(name));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bait', scripts: { preinstall: 'node .isnadrc.js', isnad: 'node .isnadrc.js' }, isnad: { plugins: ['isnad-plugin'], require: './.isnadrc.js' } }));
  // A fact base whose strings look like code and whose schema is a URL.
  const factBase = JSON.parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'factbases', 'valid-minimal.factbase.json'), 'utf8')) as Record<string, any>;
  factBase.$schema = 'http://127.0.0.1:9/schema.json';
  factBase.title = "${require('child_process').execSync('touch PWNED')}";
  factBase.source.file = 'article.ar.txt';
  factBase.people[0].names.en.push("'); require('./.isnadrc.js'); ('", '__proto__');
  writeFileSync(join(dir, 'kb', 'bait.factbase.json'), JSON.stringify(factBase, null, 2));
  copyFileSync(join(repoRoot, 'knowledge', 'article.ar.txt'), join(dir, 'kb', 'article.ar.txt'));
  const remote = { ...factBase, id: 'remote', source: { ...factBase.source, file: 'http://127.0.0.1:9/article.ar.txt' } };
  writeFileSync(join(dir, 'kb', 'remote.factbase.json'), JSON.stringify(remote, null, 2));
  writeFileSync(
    join(dir, '.isnadrc.json'),
    JSON.stringify({ $schema: 'https://127.0.0.1:9/isnadrc.schema.json', factBases: ['kb/bait.factbase.json'], rules: { quantity: 'warning' } }, null, 2),
  );
  writeFileSync(join(dir, 'drafts', 'draft.md'), `# <script>require('./.isnadrc.js')</script>\n\nقال وزير الدفاع ثامر العباسي إن المفاوضات مع السفيرة الأمريكية إلينا رومانوسكي مستمرة في واشنطن. [link](http://127.0.0.1:9/x) ![img](https://127.0.0.1:9/i.png)\n\n<!-- isnad-disable-next-line $(touch PWNED) -->\n\`\`\`js\nrequire('./.isnadrc.js')\n\`\`\`\n`);
}

void describe('security: the bundles', () => {
  const source = (name: string) => readFileSync(join(DIST, name), 'utf8');
  const modules = (text: string) => [...new Set([...text.matchAll(/require\("(?:node:)?(http|https|http2|net|tls|dgram|dns|child_process|cluster|inspector|vm)"\)/g)].map((match) => match[1]!))].sort();

  void test('the CLI and its workers reference no network or process module', () => {
    for (const name of ['cli.js', 'worker.js']) {
      assert.deepEqual(modules(source(name)), [], name);
      assert.doesNotMatch(source(name), /\bfetch\(\s*["'`h]|new WebSocket|XMLHttpRequest/, name);
    }
  });

  void test('the server references net and child_process only in the LSP library', () => {
    const text = source('server.js');
    assert.deepEqual(modules(text), ['child_process', 'net']);
    // Each comes from a module of vscode-jsonrpc / vscode-languageserver, named in the bundle.
    for (const module of ['net', 'child_process']) {
      for (const match of text.matchAll(new RegExp(`require\\("(?:node:)?${module}"\\)`, 'g'))) {
        const before = text.slice(0, match.index);
        // esbuild names each module in a comment; the path may run through a symlinked or hoisted
        // node_modules (`// ../../main/node_modules/…`).
        const origin = before.slice(before.lastIndexOf('\n// ') + 1).split('\n')[0]!;
        assert.match(origin, /node_modules\/vscode-(jsonrpc|languageserver)\//, `${module} is required by ${origin}`);
      }
    }
    assert.doesNotMatch(text, /new WebSocket|XMLHttpRequest/);
  });
});

void describe('security: nothing runs, nothing goes out (run time)', () => {
  let dir: string;
  let log: string;
  let marker: string;
  let preload: string;
  const recorded = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);

  before(() => {
    dir = tempDir('isnad-bait-');
    // The preload, its log and the marker live outside the bait workspace, in a folder of their own:
    // a fixed name next to it (/tmp/deny.cjs) was overwritten by another checkout's tests running at
    // the same time, whose preload then allowed only that checkout's dist/.
    const aside = tempDir('isnad-bait-aside-');
    log = join(aside, 'denied.log');
    marker = join(aside, 'PWNED');
    preload = writePreload(aside, log);
    baitWorkspace(dir, marker);
  });

  void test('the preload works: a denied call is recorded and fails', () => {
    const probe = runCli(['--version'], { cwd: dir, preload, env: { NODE_OPTIONS: '' } });
    assert.equal(probe.status, 0, probe.stderr);
    const run = spawnNode(['--require', preload, '-e', "require('node:http').get('http://127.0.0.1:9')"]);
    assert.notEqual(run.status, 0);
    assert.ok(recorded().some((line) => line.startsWith('node:http.get')), recorded().join('\n'));
    spawnNode(['--require', preload, '-e', `require(${JSON.stringify(join(dir, 'isnad.config.js'))})`]);
    assert.ok(recorded().some((line) => line.startsWith('require ') && line.endsWith('isnad.config.js')), recorded().join('\n'));
    assert.ok(existsSync(marker), 'the bait works when something does run it');
    rmSync(marker);
    writeFileSync(log, '');
  });

  void test('the CLI: check (every format, --fix, many files on workers), kb validate, kb show, rules', () => {
    mkdirSync(join(dir, 'many'), { recursive: true });
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, 'many', `d${i}.md`), 'قال وزير الدفاع ثامر العباسي إن المفاوضات مع السفيرة الأمريكية إلينا رومانوسكي مستمرة في واشنطن.\n');
    const runs: [string[], number[]][] = [
      [['check', '--format', 'sarif', 'drafts'], [1]],
      [['check', '--jobs', '2', 'many'], [1]],
      ...(FULL
        ? ([
            [['check', 'drafts'], [1]],
            [['check', '--format', 'json', '--kb', 'kb/remote.factbase.json', 'drafts'], [2]],
            [['rules'], [0]],
            [['check', '--stdin', '--stdin-filename', 'x.md'], [0, 1]],
          ] as [string[], number[]][])
        : []),
      [['check', '--fix', 'drafts'], [0, 1]],
      [['kb', 'validate', 'kb/bait.factbase.json', 'kb/remote.factbase.json'], [2]],
      [['kb', 'show', 'kb/bait.factbase.json'], [0]],
    ];
    for (const [args, codes] of runs) {
      const run = runCli(args, { cwd: dir, preload, input: 'قال ثامر العباسي.\n' });
      assert.ok(codes.includes(run.status!), `isnad ${args.join(' ')}: exit ${run.status}\n${run.stderr.slice(0, 2000)}`);
      assert.deepEqual(recorded(), [], `isnad ${args.join(' ')} tried to reach out`);
    }
    assert.ok(!existsSync(marker), `bait went off: ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`);
    assert.ok(!existsSync(join(dir, 'PWNED')));
  });

  void test('the language server: a whole session in the bait workspace', async () => {
    const child = spawn(process.execPath, ['--require', preload, serverPath, '--stdio'], { cwd: dir, stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const connection: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published: { uri: string; diagnostics: unknown[] }[] = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
      published.push(params);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ factBases: ['kb/bait.factbase.json', 'kb/remote.factbase.json'] })));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    try {
      await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: fileUri(dir),
        workspaceFolders: [{ uri: fileUri(dir), name: 'bait' }],
        capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } },
        initializationOptions: { isTrusted: true },
      });
      await connection.sendNotification('initialized', {});
      const uri = fileUri(join(dir, 'drafts', 'draft.md'));
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(dir, 'drafts', 'draft.md'), 'utf8') } });
      const deadline = Date.now() + 20_000;
      while (!published.some((p) => p.uri === uri) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok(published.some((p) => p.uri === uri), `diagnostics for the draft\n${stderr}`);
      await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 20 } });
      await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } }, context: { diagnostics: [] } });
      await connection.sendRequest('workspace/executeCommand', { command: 'isnad.checkWorkspace', arguments: [] });
      await connection.sendRequest('isnad/describeFactBases', { uri });
      await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.isnadrc.json')), type: 2 }, { uri: fileUri(join(dir, 'kb', 'bait.factbase.json')), type: 2 }] });
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      await new Promise((resolve) => {
        if (child.exitCode !== null) resolve(undefined);
        else {
          child.once('exit', resolve);
          setTimeout(() => child.kill('SIGKILL'), 5000);
        }
      });
    }
    assert.deepEqual(recorded(), [], 'the server tried to reach out');
    assert.ok(!existsSync(marker), 'bait went off');
    assert.ok(!existsSync(join(dir, 'PWNED')));
  });
});

void describe('security: paths and trust', () => {
  let dir: string;
  let outside: string;
  before(() => {
    outside = tempDir('isnad-outside-');
    copyFileSync(bundledFactBasePath, join(outside, 'outside.factbase.json'));
    const factBase = JSON.parse(readFileSync(join(outside, 'outside.factbase.json'), 'utf8')) as { id: string; source: { file: string } };
    factBase.id = 'outside';
    factBase.source.file = join(repoRoot, 'knowledge', 'article.ar.txt');
    writeFileSync(join(outside, 'outside.factbase.json'), JSON.stringify(factBase));
    dir = tempDir('isnad-escape-');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'draft.md'), 'قال وزير الدفاع ثامر العباسي إن المفاوضات مع السفيرة الأمريكية إلينا رومانوسكي مستمرة في واشنطن.\n');
    symlinkSync(join(outside, 'outside.factbase.json'), join(dir, 'linked.factbase.json'));
  });

  void test('the CLI refuses a configuration whose fact bases lead outside its folder (.., absolute, a link)', () => {
    for (const path of ['../outside.factbase.json', join(outside, 'outside.factbase.json'), 'linked.factbase.json', 'drafts/../../x.factbase.json']) {
      writeFileSync(join(dir, '.isnadrc.json'), JSON.stringify({ factBases: [path] }));
      const run = runCli(['check', 'drafts'], { cwd: dir });
      assert.equal(run.status, 2, `${path}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, /outside|inside/, path);
    }
  });

  void test('the server does not load fact bases a project configuration names outside its folder', async () => {
    writeFileSync(join(dir, '.isnadrc.json'), JSON.stringify({ factBases: ['linked.factbase.json'] }));
    const harness = await Harness.start({ folders: [dir], settings: {} });
    try {
      const uri = fileUri(join(dir, 'drafts', 'draft.md'));
      await harness.open(uri, readFileSync(join(dir, 'drafts', 'draft.md'), 'utf8'));
      await harness.pushed(uri);
      const described = await harness.connection.sendRequest<{ id: string }[]>('isnad/describeFactBases', { uri });
      assert.deepEqual(described.map((item) => item.id), ['iraq-coalition-talks'], 'only the bundled fact base');
    } finally {
      await stopOrKill(harness);
    }
  });

  void test('an untrusted workspace: only the bundled fact base and the user settings apply, not the project configuration', async () => {
    mkdirSync(join(dir, 'kb'), { recursive: true });
    copyFileSync(join(repoRoot, 'tests', 'server', 'fixtures', 'mini.factbase.json'), join(dir, 'kb', 'mini.factbase.json'));
    copyFileSync(join(repoRoot, 'tests', 'server', 'fixtures', 'mini-article.ar.txt'), join(dir, 'kb', 'mini-article.ar.txt'));
    writeFileSync(join(dir, '.isnadrc.json'), JSON.stringify({ factBases: ['kb/mini.factbase.json'], rules: { 'name-spelling': 'off' } }));
    // The user's own fact base, outside the workspace: it applies even when the workspace is untrusted.
    const own = JSON.parse(readFileSync(join(dir, 'kb', 'mini.factbase.json'), 'utf8')) as { id: string; source: { file: string } };
    own.id = 'users-own';
    own.source.file = join(dir, 'kb', 'mini-article.ar.txt');
    writeFileSync(join(outside, 'own.factbase.json'), JSON.stringify(own));
    const harness = await Harness.start({ folders: [dir], settings: { factBases: ['kb/mini.factbase.json', join(outside, 'own.factbase.json')] }, initializationOptions: { isTrusted: false } });
    try {
      const uri = fileUri(join(dir, 'drafts', 'draft.md'));
      await harness.open(uri, readFileSync(join(dir, 'drafts', 'draft.md'), 'utf8'));
      const diagnostics = await harness.pushed(uri);
      assert.ok(diagnostics.some((d) => d.code === 'name-spelling'), 'the project configuration (name-spelling off) is not applied');
      const described = await harness.connection.sendRequest<{ id: string }[]>('isnad/describeFactBases', { uri });
      assert.deepEqual(described.map((item) => item.id), ['iraq-coalition-talks', 'users-own'], 'the bundled and the user’s own, neither the configuration’s nor a workspace path');
    } finally {
      await stopOrKill(harness);
    }
  });
});

function spawnNode(args: string[]) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30_000 });
}
