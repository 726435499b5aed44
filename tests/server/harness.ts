/**
 * A small LSP client for the server tests: it starts `dist/server.js --stdio` as a child process,
 * answers the server's requests (configuration, registrations, progress), records what the server
 * sends, and waits for conditions by polling on every message rather than sleeping.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type Hover,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');
/** The built server. */
export const serverPath = join(repoRoot, 'dist', 'server.js');
/** The shared evaluation corpus, when present. */
export const corpusDir = resolve(repoRoot, '../shared/corpus');
/** The fixtures of these tests. */
export const fixturesDir = join(import.meta.dirname, 'fixtures');

/** A `file:` URI of a path. */
export const fileUri = (path: string) => pathToFileURL(path).href;

/** How the harness presents itself to the server. */
export interface HarnessOptions {
  /** Pull diagnostics (like VS Code) or have them pushed (like most other editors). Default: push. */
  diagnostics?: 'pull' | 'push';
  /** The `isnad` settings the harness answers `workspace/configuration` with. */
  settings?: Record<string, unknown>;
  /** Workspace folders (absolute paths). */
  folders?: string[];
  initializationOptions?: unknown;
  /** Whether the client supports dynamic registration of file watchers. Default: true. */
  dynamicWatchers?: boolean;
  locale?: string;
}

/** One message the server showed (`window/showMessage`). */
export interface ShownMessage {
  type: number;
  message: string;
}

/** A running server plus what it has said. */
export class Harness {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  /** The latest pushed diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every `publishDiagnostics` notification, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shown: ShownMessage[] = [];
  readonly logs: string[] = [];
  readonly progress: unknown[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** How many times the server asked the client to refresh pulled diagnostics. */
  refreshes = 0;
  /** How many times the server pulled configuration. */
  configurationRequests = 0;
  /** The `isnad` settings answered to `workspace/configuration`; change and then call {@link changeConfiguration}. */
  settings: Record<string, unknown>;
  stderr = '';
  #listeners = new Set<() => void>();
  #versions = new Map<string, number>();

  private constructor(child: ChildProcessWithoutNullStreams, settings: Record<string, unknown>) {
    this.process = child;
    this.settings = settings;
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const notify = () => {
      for (const listener of this.#listeners) listener();
    };
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      notify();
    });
    this.connection.onNotification('window/showMessage', (params: ShownMessage) => {
      this.shown.push(params);
      notify();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      notify();
    });
    this.connection.onNotification('$/progress', (params: unknown) => {
      this.progress.push(params);
      notify();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      this.configurationRequests++;
      notify();
      return params.items.map((item) => (item.section === 'isnad' ? this.settings : null));
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      notify();
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      notify();
      return null;
    });
    this.connection.listen();
  }

  /** Starts the server and completes the `initialize` handshake. */
  static async start(options: HarnessOptions = {}): Promise<Harness> {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing; run \`npm run build\` first`);
    const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: repoRoot, stdio: 'pipe' });
    const harness = new Harness(child, options.settings ?? {});
    const pull = options.diagnostics === 'pull';
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: options.dynamicWatchers !== false, relativePatternSupport: true },
        workspaceFolders: true,
        diagnostics: pull ? { refreshSupport: true } : undefined,
        workspaceEdit: { documentChanges: true },
      },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, versionSupport: true },
        diagnostic: pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
      },
      window: { workDoneProgress: true, showMessage: {} },
    };
    const folders = (options.folders ?? []).map((path) => ({ uri: fileUri(path), name: path.split('/').pop() ?? path }));
    await harness.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities,
      initializationOptions: options.initializationOptions,
      locale: options.locale ?? 'en',
    });
    await harness.connection.sendNotification('initialized', {});
    return harness;
  }

  /** Resolves once `predicate` returns a truthy value, checking on every message; rejects after `timeoutMs`. */
  waitFor<T>(predicate: () => T | undefined | false | null, description: string, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolvePromise, reject) => {
      const check = () => {
        try {
          const value = predicate();
          if (value) {
            cleanup();
            resolvePromise(value);
          }
        } catch (error) {
          cleanup();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${description}\nstderr: ${this.stderr}\nlogs: ${this.logs.slice(-10).join('\n')}`));
      }, timeoutMs);
      // Also check on a short interval: some conditions change without a message (a file on disk).
      const interval = setInterval(check, 25);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(interval);
        this.#listeners.delete(check);
      };
      this.#listeners.add(check);
      check();
    });
  }

  /** Opens a document. */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.#versions.set(uri, 1);
    this.diagnostics.delete(uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends incremental changes (in order) and returns the new version. */
  async change(uri: string, changes: { range: Range; text: string }[]): Promise<number> {
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the whole text (as an incremental change spanning the document). */
  async replaceAll(uri: string, oldText: string, newText: string): Promise<number> {
    const lines = oldText.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end }, text: newText }]);
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The version of an open document. */
  version(uri: string): number {
    return this.#versions.get(uri) ?? 0;
  }

  /** Waits for pushed diagnostics of the open document `uri` at its current version. */
  pushed(uri: string): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      const params = this.diagnostics.get(uri);
      return params && params.version === this.version(uri) ? params.diagnostics : undefined;
    }, `diagnostics for ${uri} at version ${this.version(uri)}`);
  }

  /** Pulls diagnostics of `uri`. */
  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[] | null> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  executeCommand(command: string, args: unknown[] = [], workDoneToken?: string): Promise<unknown> {
    return this.connection.sendRequest('workspace/executeCommand', { command, arguments: args, workDoneToken });
  }

  /** Changes the settings and tells the server (which pulls them again). */
  async changeConfiguration(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { isnad: settings } });
  }

  async filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** Shuts the server down and waits for the process to exit; returns its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolvePromise) => {
      if (this.process.exitCode !== null) resolvePromise(this.process.exitCode);
      else this.process.once('exit', (code) => resolvePromise(code));
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), exited]);
      await this.connection.sendNotification('exit');
    } catch {
      // The process may already be gone.
    }
    const timer = setTimeout(() => this.process.kill(), 5000);
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (position: { line: number; character: number }) =>
    position.line >= starts.length ? text.length : Math.min(starts[position.line]! + position.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}
