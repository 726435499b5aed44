// A minimal LSP client over stdio for the benchmarks: the JSON-RPC connection of
// vscode-languageserver's node API (vscode-languageserver-protocol/node), push diagnostics only.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

/** Resident and peak memory of a process, MB, from /proc (Linux). */
export function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
  } catch {
    return { rssMB: NaN, peakMB: NaN };
  }
}

/**
 * Starts the server (`node serverJs --stdio`) and initialises it.
 * @param settings The `isnad` configuration section the client answers `workspace/configuration` with.
 */
export async function startServer({ serverJs, args = ['--stdio'], settings = {}, rootPath = process.cwd(), initTimeout = 120_000 }) {
  const tSpawn = performance.now();
  const child = spawn(process.execPath, [serverJs, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-8000);
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const listeners = new Set();
  const log = [];
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const at = performance.now();
    for (const listener of [...listeners]) listener(params, at);
  });
  connection.onNotification('window/logMessage', (params) => log.push(params.message));
  connection.onNotification('window/showMessage', (params) => log.push(params.message));
  connection.onRequest('workspace/configuration', (params) =>
    params.items.map((item) => {
      if (!item.section) return { isnad: settings };
      if (item.section === 'isnad') return settings;
      if (item.section.startsWith('isnad.')) return settings[item.section.slice(6)] ?? null;
      return null;
    }),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onError(() => {});
  connection.listen();
  const rootUri = pathToFileURL(rootPath).href;
  const tInitSent = performance.now();
  const initialize = connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    locale: 'en',
    capabilities: {
      workspace: { configuration: true, workspaceFolders: false },
      textDocument: {
        synchronization: { didSave: false, dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
      window: { workDoneProgress: false },
    },
    initializationOptions: { isTrusted: true },
  });
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`initialize timed out; stderr: ${stderr}`)), initTimeout).unref());
  const initResult = await Promise.race([initialize, timeout, exited.then((e) => Promise.reject(new Error(`server exited ${JSON.stringify(e)}: ${stderr}`)))]);
  const tInitialized = performance.now();
  connection.sendNotification('initialized', {});

  /** Waits for the publishDiagnostics of `uri` that `accept(params)` accepts. */
  const waitFor = (uri, accept, ms = 120_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`no diagnostics for ${uri} within ${ms} ms; stderr: ${stderr.slice(-2000)}`));
      }, ms);
      const listener = (params, at) => {
        if (params.uri !== uri || !accept(params)) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve({ params, at });
      };
      listeners.add(listener);
    });

  const documents = new Map();
  return {
    child,
    connection,
    initResult,
    log,
    get stderr() {
      return stderr;
    },
    spawnToInitializedMs: tInitialized - tSpawn,
    tSpawn,
    tInitSent,
    memory: () => processMemory(child.pid),
    /** Opens a document; resolves with the time (ms) to its first diagnostics. */
    async open(uri, text, languageId = 'markdown', timeoutMs) {
      const doc = TextDocument.create(uri, languageId, 1, text);
      documents.set(uri, doc);
      const waiting = waitFor(uri, (p) => p.version === undefined || p.version === null || p.version >= 1, timeoutMs);
      const t0 = performance.now();
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      const { params, at } = await waiting;
      return { ms: at - t0, diagnostics: params.diagnostics, at };
    },
    /**
     * Applies one edit (offsets into the current text) and resolves with the time from sending
     * didChange to the publishDiagnostics of that version.
     */
    async edit(uri, start, end, text, timeoutMs) {
      const doc = documents.get(uri);
      const version = doc.version + 1;
      const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
      TextDocument.update(doc, [{ range, text }], version);
      const waiting = waitFor(uri, (p) => p.version === undefined || p.version === null || p.version >= version, timeoutMs);
      const t0 = performance.now();
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
      const { params, at } = await waiting;
      return { ms: at - t0, diagnostics: params.diagnostics, version };
    },
    text: (uri) => documents.get(uri).getText(),
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
        connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      const done = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 3000))]);
      if (!done) child.kill('SIGKILL');
      connection.dispose();
    },
  };
}
