/**
 * The isnad language server: a thin adapter that feeds open drafts to the engine and turns what it
 * returns into diagnostics, hovers and code actions. This file only wires the parts together:
 *
 * - `state.ts` — the session's state (client features, folders, trust, configuration generation);
 * - `configuration.ts` — settings per document and what invalidates them;
 * - `facts.ts` — which fact bases and project configuration apply, their problems, file watching;
 * - `checks.ts` — preparing and running checks, caching each open document's result;
 * - `diagnostics.ts` — scheduling checks of open drafts, pushing or answering pulled diagnostics;
 * - `features.ts` — hover and code actions (`factBaseHover.ts` in fact-base files); `commands.ts` — Check Document,
 *   Check Workspace, Show Fact Base, and Draw Fact Base from Article (`draw.ts`).
 *
 * **Architecture invariants.**
 * - The engine does the checking; the server only wires LSP messages to it. Offsets become LSP
 *   positions in `convert.ts` and nowhere else.
 * - Settings are pulled per document and cached per URI (`settings.ts`); nothing is a global.
 * - Code actions need no server state: diagnostics carry their fixes in `data`.
 * - Every handler is guarded (`log.ts`): a failure is logged and answered with an empty result.
 * - Nothing from the workspace is ever executed. An untrusted workspace contributes neither fact
 *   bases nor project configuration; only the bundled fact base and user settings apply.
 */
import { CodeActionKind, TextDocumentSyncKind, TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Checks } from './checks';
import { listenCommands } from './commands';
import { Configuration } from './configuration';
import { DiagnosticsScheduler } from './diagnostics';
import { Facts } from './facts';
import { listenFeatures } from './features';
import { createLogger } from './log';
import { Commands, FIX_ALL_KIND } from './protocol';
import { uriToPath } from './paths';
import { initialState, initializeState } from './state';
import packageJson from '../../package.json';

/**
 * Wires the isnad server onto a connection and starts listening.
 *
 * @param connection An LSP connection (stdio, IPC, socket or in-memory streams).
 */
export function createServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const state = initialState();
  const logger = createLogger(connection);
  // Settings and facts tell the scheduler to check again when they change; it is created last
  // because it needs the checks, which need them.
  const recheckAll = (): void => diagnostics.recheckAll();
  const configuration = new Configuration(connection, state, logger, recheckAll);
  const facts = new Facts(connection, state, logger, recheckAll);
  const checks = new Checks(connection, state, configuration, facts);
  const diagnostics = new DiagnosticsScheduler(connection, documents, state, logger, configuration, checks);

  connection.onInitialize((params): InitializeResult => {
    initializeState(state, params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [Commands.checkDocument, Commands.checkWorkspace, Commands.drawFactBase] },
        diagnosticProvider: state.client.pullDiagnostics ? { identifier: 'isnad', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        workspace: state.client.workspaceFolderEvents ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
      },
      serverInfo: { name: 'isnad', version: packageJson.version },
    };
  });

  connection.onInitialized(
    logger.guard('initialized', undefined, async () => {
      await configuration.registerDynamic();
      await facts.updateWatchers();
    }),
  );

  connection.onDidChangeWatchedFiles(
    logger.guard('didChangeWatchedFiles', undefined, (params) => {
      const paths = (params?.changes ?? []).map((change) => uriToPath(change.uri)).filter((path): path is string => !!path);
      facts.filesChanged(paths);
    }),
  );

  configuration.listen();
  diagnostics.listen();
  listenFeatures(connection, documents, state, logger, checks, facts);
  listenCommands({ connection, documents, state, logger, configuration, facts, checks, diagnostics });

  documents.listen(connection);
  connection.listen();
}
