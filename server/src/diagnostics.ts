/**
 * Diagnostics of open drafts: pushed after a debounce (`textDocument/publishDiagnostics`) or
 * answered when the client pulls them (`textDocument/diagnostic`), cleared when a draft closes.
 *
 * **Invariant:** a client that pulls is never also pushed diagnostics for an open draft, except by
 * "Check Workspace", whose pushed diagnostics are dropped at the draft's next change.
 */
import { DocumentDiagnosticReportKind, type Connection, type Diagnostic, type DocumentDiagnosticReport, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checks } from './checks';
import type { Configuration } from './configuration';
import type { Logger } from './log';
import { isFactBaseUri } from './paths';
import type { ServerState } from './state';

/** Schedules checks of open drafts and delivers their diagnostics. */
export class DiagnosticsScheduler {
  readonly #connection: Connection;
  readonly #documents: TextDocuments<TextDocument>;
  readonly #state: ServerState;
  readonly #logger: Logger;
  readonly #configuration: Configuration;
  readonly #checks: Checks;
  /** The publication scheduled for each document, as a function that cancels it. */
  readonly #timers = new Map<string, () => void>();
  /** Documents seen at least once: their first check runs at once, later ones after the debounce. */
  readonly #opened = new Set<string>();
  /** URIs given diagnostics by "Check Workspace" (pushed even when the client pulls). */
  readonly #workspacePublished = new Set<string>();

  constructor(connection: Connection, documents: TextDocuments<TextDocument>, state: ServerState, logger: Logger, configuration: Configuration, checks: Checks) {
    this.#connection = connection;
    this.#documents = documents;
    this.#state = state;
    this.#logger = logger;
    this.#configuration = configuration;
    this.#checks = checks;
  }

  /** Checks an open document and pushes its diagnostics. */
  async publish(uri: string): Promise<Diagnostic[]> {
    const document = this.#documents.get(uri);
    // A fact-base file's diagnostics (its problems, the facts to review) come from `facts.ts`.
    if (!document || isFactBaseUri(uri)) return [];
    const { result } = await this.#checks.checkOpen(document);
    const current = this.#documents.get(uri);
    if (!current) return [];
    const diagnostics = result ? this.#checks.toDiagnostics(current, result.findings) : [];
    await this.#connection.sendDiagnostics({ uri, version: current.version, diagnostics });
    return diagnostics;
  }

  /** Publishes the diagnostics of `uri` after `delay` milliseconds, replacing a publication already scheduled. */
  schedule(uri: string, delay: number): void {
    this.#cancel(uri);
    const run = () => {
      this.#timers.delete(uri);
      this.#logger.background('publish', () => this.publish(uri));
    };
    // Without a debounce, publish once the pending messages are read (Node's setTimeout waits at
    // least 1 ms, a tenth of the editing budget); later changes already read still replace it.
    if (delay <= 0) {
      const immediate = setImmediate(run);
      this.#timers.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, delay);
      this.#timers.set(uri, () => clearTimeout(timer));
    }
  }

  /** Cancels the publication scheduled for `uri`, if any. */
  #cancel(uri: string): void {
    this.#timers.get(uri)?.();
    this.#timers.delete(uri);
  }

  /** Re-checks every open draft (after a settings, trust or fact-base change). */
  recheckAll(): void {
    this.#checks.clear();
    if (this.#state.client.pullDiagnostics) {
      this.refresh();
      return;
    }
    for (const document of this.#documents.all()) this.schedule(document.uri, 0);
  }

  /** Asks a pulling client to pull again, when it supports being asked. */
  refresh(): void {
    if (this.#state.client.refreshSupport) this.#logger.background('refresh', () => this.#connection.languages.diagnostics.refresh());
  }

  /** Pushes diagnostics found by "Check Workspace"; for an open draft they are dropped at its next change. */
  async publishFromWorkspace(uri: string, diagnostics: Diagnostic[]): Promise<void> {
    this.#workspacePublished.add(uri);
    await this.#connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Listens to the documents and to pull requests (call before `listen`). */
  listen(): void {
    const guard = this.#logger.guard.bind(this.#logger);
    this.#documents.onDidChangeContent(guard('didChangeContent', undefined, ({ document }) => this.#changed(document)));
    this.#documents.onDidClose(guard('didClose', undefined, ({ document }) => this.#closed(document)));
    const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    this.#connection.languages.diagnostics.on(
      guard('diagnostics', emptyReport, async (params): Promise<DocumentDiagnosticReport> => {
        const document = this.#documents.get(params.textDocument.uri);
        if (!document || isFactBaseUri(document.uri)) return emptyReport;
        const { result, key } = await this.#checks.checkOpen(document);
        if (!result) return { kind: DocumentDiagnosticReportKind.Full, resultId: key, items: [] };
        if (params.previousResultId === key) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: key };
        return { kind: DocumentDiagnosticReportKind.Full, resultId: key, items: this.#checks.toDiagnostics(document, result.findings) };
      }),
    );
  }

  async #changed(document: TextDocument): Promise<void> {
    if (isFactBaseUri(document.uri)) return;
    if (this.#state.client.pullDiagnostics) {
      // The client pulls; drop what "Check Workspace" pushed for this file, so it is not shown twice.
      if (this.#workspacePublished.delete(document.uri)) await this.#connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return;
    }
    const first = !this.#opened.has(document.uri);
    this.#opened.add(document.uri);
    const settings = await this.#configuration.settings.get(document.uri);
    this.schedule(document.uri, first ? 0 : settings.debounceMs);
  }

  async #closed(document: TextDocument): Promise<void> {
    // The diagnostics of a fact-base file stay while it is in use, open or not.
    if (isFactBaseUri(document.uri)) return;
    this.#cancel(document.uri);
    this.#opened.delete(document.uri);
    this.#checks.forget(document.uri);
    this.#configuration.settings.delete(document.uri);
    if (!this.#state.client.pullDiagnostics) {
      this.#workspacePublished.delete(document.uri);
      await this.#connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }
  }
}
