/**
 * The VS Code extension: a thin client that starts the isnad language server (`dist/server.js`)
 * and adds what only an editor can: commands, a status-bar item, a readable view of the fact
 * bases, progress for "Check Workspace", and the questions and progress of "Draw Fact Base from
 * Article" (the server draws; the client saves the article, asks, and opens the result).
 *
 * **Invariant:** the client never imports the engine. Everything it shows comes from the server,
 * through LSP or the isnad messages declared in `server/src/protocol.ts`.
 */
import { randomUUID } from 'node:crypto';
import { basename, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  WorkDoneProgress,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  Commands,
  DescribeFactBasesRequest,
  DidChangeWorkspaceTrustNotification,
  type CheckSummary,
  type DescribedFactBase,
  type DrawFactBaseParams,
  type DrawFactBaseResult,
} from '../../server/src/protocol';

/** The client-side commands (the check commands are the server's, see `Commands`). */
export const ClientCommands = {
  showFactBase: 'isnad.showFactBase',
  restartServer: 'isnad.restartServer',
} as const;

/** The URI scheme of the read-only fact-base views. */
export const FACT_BASE_SCHEME = 'isnad-factbase';

/** What {@link activate} returns: a small API for tests and other extensions. */
export interface IsnadApi {
  /** The running language client, if any. */
  client(): LanguageClient | undefined;
}

let client: LanguageClient | undefined;

function configuredLanguages(): string[] {
  const languages = vscode.workspace.getConfiguration('isnad').get<unknown>('languages');
  return Array.isArray(languages) && languages.every((language) => typeof language === 'string') ? languages : ['markdown', 'plaintext'];
}

function documentSelector(): DocumentSelector {
  return [
    ...configuredLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // Fact-base files: hovers with each fact's evidence (never checked as drafts).
    { scheme: 'file', pattern: '**/*.factbase.json' },
  ];
}

function summaryText(summary: CheckSummary): string {
  return vscode.l10n.t(
    'isnad: {0} files checked: {1} errors, {2} warnings, {3} notes',
    summary.files,
    summary.errors,
    summary.warnings,
    summary.infos + summary.hints,
  );
}

/** Runs "Check Workspace" with a cancellable notification that follows the server's progress. */
async function checkWorkspaceWithProgress(languageClient: LanguageClient, args: unknown[]): Promise<CheckSummary | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('isnad: checking the workspace'), cancellable: true },
    async (progress, token) => {
      const workDoneToken = randomUUID();
      let reported = 0;
      const listener = languageClient.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind !== 'report') return;
        const report = value;
        const percentage = report.percentage ?? reported;
        progress.report({ message: report.message, increment: Math.max(0, percentage - reported) });
        reported = Math.max(reported, percentage);
      });
      try {
        const summary = (await languageClient.sendRequest(
          ExecuteCommandRequest.type,
          { command: Commands.checkWorkspace, arguments: args, workDoneToken },
          token,
        )) as CheckSummary | null;
        if (summary) void vscode.window.showInformationMessage(summaryText(summary));
        return summary ?? undefined;
      } finally {
        listener.dispose();
      }
    },
  );
}

type Next = (command: string, args: unknown[]) => Promise<unknown>;

/** Keeps a drawn fact base in use across sessions: adds it to the folder's `isnad.factBases` setting. */
async function keepInUse(path: string): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(path));
  if (!folder || !vscode.workspace.isTrusted) return;
  const config = vscode.workspace.getConfiguration('isnad', folder.uri);
  const entry = relative(folder.uri.fsPath, path).split(sep).join('/');
  const listed = config.get<string[]>('factBases') ?? [];
  if (listed.some((item) => item === entry || item === path || item === `\${workspaceFolder}/${entry}`)) return;
  const own = config.inspect<string[]>('factBases')?.workspaceFolderValue ?? [];
  await config.update('factBases', [...own, entry], vscode.ConfigurationTarget.WorkspaceFolder);
}

/** Asks the article's language, when the server finds it too mixed to guess. */
async function askLanguage(): Promise<'ar' | 'en' | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'العربية', description: vscode.l10n.t('Arabic'), lang: 'ar' as const },
      { label: 'English', description: vscode.l10n.t('English'), lang: 'en' as const },
    ],
    { placeHolder: vscode.l10n.t('isnad: which language is the article written in?') },
  );
  return picked?.lang;
}

/** Opens a drawn fact base and says what was drawn (and what to review). */
async function showDrawn(result: Extract<DrawFactBaseResult, { status: 'drawn' }>): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.uri));
  await vscode.window.showTextDocument(document, { preview: false });
  await keepInUse(result.path);
  for (const warning of result.warnings) void vscode.window.showWarningMessage(warning);
  void vscode.window.showInformationMessage(result.message);
}

/**
 * "Draw Fact Base from Article": saves the active article, has the server draw its fact base with
 * progress, asks for the language or before replacing a fact base when the server says so, then
 * opens the file.
 */
async function drawFactBase(args: unknown[], next: Next): Promise<DrawFactBaseResult | undefined> {
  const first: unknown = args[0];
  const editor = vscode.window.activeTextEditor;
  const uri = first instanceof vscode.Uri ? first : typeof first === 'string' ? vscode.Uri.parse(first) : editor?.document.uri;
  const document = uri && vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
  if (!uri || (document && !['markdown', 'plaintext', ...configuredLanguages()].includes(document.languageId))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('isnad: open an article (plain text or Markdown) to draw its fact base.'));
    return undefined;
  }
  if (document?.isDirty && !(await document.save())) return undefined;
  let params: DrawFactBaseParams = { uri: uri.toString() };
  for (;;) {
    const result = (await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('isnad: drawing the fact base of {0}', basename(uri.fsPath)) },
      async () => next(Commands.drawFactBase, [params]),
    )) as DrawFactBaseResult | null;
    if (!result) {
      void vscode.window.showErrorMessage(vscode.l10n.t('isnad: the fact base could not be drawn; see the isnad output for details.'));
      return undefined;
    }
    if (result.status === 'needs-lang') {
      const lang = await askLanguage();
      if (!lang) return result;
      params = { ...params, lang };
    } else if (result.status === 'exists') {
      const replace = vscode.l10n.t('Replace');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('isnad: {0} already exists. Replace it with a fact base drawn afresh from the article?', basename(result.path)),
        { modal: true },
        replace,
      );
      if (answer !== replace) return result;
      params = { ...params, overwrite: true };
    } else {
      if (result.status === 'error') void vscode.window.showErrorMessage(result.message);
      else await showDrawn(result);
      return result;
    }
  }
}

/**
 * Whether the language client pulls the diagnostics of `uri`: it does for the drafts (documents in
 * the checked languages) that are shown in a tab. Fact-base and configuration files are not drafts;
 * their diagnostics are always pushed.
 */
function isPulled(uri: vscode.Uri): boolean {
  const key = uri.toString();
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
  if (!document || !configuredLanguages().includes(document.languageId)) return false;
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key),
  );
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    diagnosticCollectionName: 'isnad',
    initializationOptions: { isTrusted: vscode.workspace.isTrusted },
    // VS Code pulls the diagnostics of the drafts shown in tabs: on open, on every edit, and when the
    // server asks (settings or fact bases changed).
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: {
      // The server pushes the diagnostics of "Check Workspace" and of fact-base and configuration
      // files. A draft shown in a tab has pulled diagnostics already; drop pushed ones for it, so
      // that nothing is reported twice.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, isPulled(uri) ? [] : diagnostics),
      executeCommand: async (command, args, next) => {
        if (command === Commands.checkWorkspace && client) return checkWorkspaceWithProgress(client, args);
        if (command === Commands.drawFactBase) return drawFactBase(args, next as Next);
        if (command === Commands.checkDocument) {
          const first: unknown = args[0];
          const uri = first instanceof vscode.Uri ? first.toString() : typeof first === 'string' ? first : vscode.window.activeTextEditor?.document.uri.toString();
          const summary = (await next(command, uri ? [uri] : [])) as CheckSummary | null;
          if (summary) vscode.window.setStatusBarMessage(summaryText(summary), 5000);
          return summary;
        }
        const result: unknown = await next(command, args);
        return result;
      },
    },
    initializationFailedHandler: (error) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('isnad: the language server could not start: {0}', error instanceof Error ? error.message : String(error)));
      return false;
    },
  };
  return new LanguageClient('isnad', 'isnad', serverOptions, clientOptions);
}

/** Serves the read-only Markdown views of fact bases. */
class FactBaseViews implements vscode.TextDocumentContentProvider {
  readonly #contents = new Map<string, string>();
  readonly #changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.#changed.event;

  show(factBase: DescribedFactBase): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: FACT_BASE_SCHEME, path: `/${factBase.id}.md` });
    this.#contents.set(uri.toString(), factBase.markdown);
    this.#changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.#contents.get(uri.toString()) ?? '';
  }
}

/** The status-bar item: the isnad error and warning counts of the active document. */
function createStatusItem(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('isnad.status', vscode.StatusBarAlignment.Left, 0);
  item.name = vscode.l10n.t('isnad');
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !configuredLanguages().includes(document.languageId)) {
      item.hide();
      return;
    }
    let errors = 0;
    let warnings = 0;
    for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
      if (diagnostic.source !== 'isnad') continue;
      if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
    item.text = `isnad $(error) ${errors} $(warning) ${warnings}`;
    item.tooltip = vscode.l10n.t('isnad: {0} errors and {1} warnings in this document. Click to open the Problems panel.', errors, warnings);
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) update();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('isnad.languages')) update();
    }),
  );
}

/** Activates the extension: starts the server and registers the client-side commands. */
export async function activate(context: vscode.ExtensionContext): Promise<IsnadApi> {
  const views = new FactBaseViews();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(FACT_BASE_SCHEME, views));
  context.subscriptions.push(createStatusItem());
  // When a draft that "Check Workspace" reported is opened in a tab, its diagnostics are pulled
  // from then on; forget the pushed ones.
  context.subscriptions.push(
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      for (const tab of event.opened) if (tab.input instanceof vscode.TabInputText && isPulled(tab.input.uri)) client?.diagnostics?.delete(tab.input.uri);
    }),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.showFactBase, async (): Promise<vscode.Uri | undefined> => {
      if (!client) return undefined;
      const active = vscode.window.activeTextEditor?.document.uri;
      const setting = vscode.workspace.getConfiguration('isnad', active).get<string>('messageLanguage');
      const lang = setting === 'ar' || setting === 'en' ? setting : vscode.env.language.startsWith('ar') ? 'ar' : 'en';
      const described = await client.sendRequest(DescribeFactBasesRequest.type, { uri: active?.scheme === 'file' ? active.toString() : undefined, lang });
      if (described.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('isnad: no fact base is in use. Check the isnad.factBases and isnad.useBundledFactBase settings.'));
        return undefined;
      }
      let chosen = described[0]!;
      if (described.length > 1) {
        const picked = await vscode.window.showQuickPick(
          described.map((factBase) => ({ label: factBase.title ?? factBase.id, description: factBase.id, detail: factBase.path, factBase })),
          { placeHolder: vscode.l10n.t('Choose a fact base to show') },
        );
        if (!picked) return undefined;
        chosen = picked.factBase;
      }
      const uri = views.show(chosen);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: true });
      return uri;
    }),
    vscode.commands.registerCommand(ClientCommands.restartServer, async () => {
      if (!client) return;
      await client.restart();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(DidChangeWorkspaceTrustNotification.type, { isTrusted: true });
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The document selector is fixed when a client starts; a new list of languages needs a new client.
      if (!event.affectsConfiguration('isnad.languages') || !client) return;
      const old = client;
      client = createClient(context);
      await old.stop();
      await client.start();
    }),
    { dispose: () => void client?.stop() },
  );

  client = createClient(context);
  try {
    await client.start();
  } catch (error) {
    // Already reported by initializationFailedHandler or the client's output channel; keep the commands usable.
    console.error('isnad: the language server did not start', error);
  }
  return { client: () => client };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
