/**
 * The isnad language server: a thin adapter that feeds open drafts to the engine and turns what it
 * returns into diagnostics, hovers and code actions.
 *
 * **Architecture invariants.**
 * - The engine does the checking; this file only wires LSP messages to it. Offsets become LSP
 *   positions in `convert.ts` and nowhere else.
 * - Settings are pulled per document and cached per URI (`settings.ts`); nothing is a global.
 * - Code actions need no server state: diagnostics carry their fixes in `data`.
 * - Every handler is guarded: a failure is logged and answered with an empty result.
 * - Nothing from the workspace is ever executed. An untrusted workspace contributes neither fact
 *   bases nor project configuration; only the bundled fact base and user settings apply.
 */
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  WorkDoneProgressReporter,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Disposable,
  type DocumentDiagnosticReport,
  type FileSystemWatcher,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describeFactBase, hoverAt, rules, type CheckOptions, type CheckResult, type Checker, type Finding, type Lang } from '../../engine/src/index';
import { bundledFactBasePath, MAX_FACT_BASE_BYTES, packageRoot } from '../../host/src/factBases';
import { codeActionsFor } from './codeActions';
import { problemToDiagnostic, toDiagnostic, toOffset, toRange, type DiagnosticContext } from './convert';
import { FactBaseStore, type FactBaseEntry } from './factBaseStore';
import { renderHover } from './hover';
import { langOfLocale, messages } from './messages';
import {
  Commands,
  DescribeFactBasesRequest,
  DidChangeWorkspaceTrustNotification,
  FIX_ALL_KIND,
  type CheckSummary,
  type DescribedFactBase,
  type InitializationOptions,
} from './protocol';
import { DEFAULT_SETTINGS, SettingsCache, checkOptions, parseSettings, type Settings } from './settings';
import { configFactBasePaths, defaultLoadedConfig, type LoadedConfig } from '../../host/src/config';
import { discoverFiles, readTextFile } from '../../host/src/files';
import { CONFIG_FILE_NAME, DEFAULT_MAX_FILE_SIZE, type ConfigProblem } from '../../shared/config';
import { excludedBy, formatBy, ProjectConfigs } from './projects';
import packageJson from '../../package.json';

/** A document's check, ready to run: its settings, the checker for its fact bases and the options. */
interface Prepared {
  settings: Settings;
  /** Whether the document's language is one that `isnad.languages` checks. */
  enabled: boolean;
  checker: Checker;
  options: CheckOptions;
  /** Changes whenever anything that affects the result (other than the text) changes. */
  key: string;
}

/** The file path of a `file:` URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The language id a file's extension implies: Markdown for Markdown files, plain text otherwise. */
export function languageOfFile(path: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown|mdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}

/** Language ids other editors send for the languages VS Code calls `markdown` and `plaintext`. */
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext', txt: 'plaintext', md: 'markdown', 'markdown.mdx': 'markdown' };

/** The engine's reading of a document: Markdown for Markdown, plain text for everything else. */
export function formatOf(languageId: string, uri: string): 'markdown' | 'plaintext' {
  if (languageId === 'markdown' || languageId === 'mdx') return 'markdown';
  if (languageId === 'plaintext' || LANGUAGE_ALIASES[languageId] === 'plaintext') return 'plaintext';
  if (LANGUAGE_ALIASES[languageId] === 'markdown') return 'markdown';
  return languageOfFile(uri);
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Wires the isnad server onto a connection and starts listening.
 *
 * @param connection An LSP connection (stdio, IPC, socket or in-memory streams).
 */
export function createServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const store = new FactBaseStore({ problems: (entry, changed) => reportFactBaseProblems(entry, changed) });

  // What the client can do, learnt in `initialize`.
  let pullDiagnostics = false;
  let refreshSupport = false;
  let configurationSupport = false;
  let dynamicConfiguration = false;
  let dynamicWatchers = false;
  let relativePatterns = false;
  let workspaceFolderEvents = false;
  let uiLang: Lang = 'en';
  let trusted = true;
  let folders: WorkspaceFolder[] = [];

  // Settings for clients that push them instead of answering `workspace/configuration`.
  let pushedSettings: Settings = DEFAULT_SETTINGS;
  let configGeneration = 0;
  const settingsCache = new SettingsCache(async (uri) => {
    if (!configurationSupport) return pushedSettings;
    const raw: unknown = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'isnad' });
    return parseSettings(raw);
  });

  const results = new Map<string, { key: string; result: CheckResult }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const opened = new Set<string>();
  const warnedUntrusted = new Set<string>();
  /** URIs given diagnostics by "Check Workspace" (pushed even when the client pulls). */
  const workspacePublished = new Set<string>();

  const log = (message: string) => connection.console.log(message);
  const logError = (context: string, error: unknown) =>
    connection.console.error(`isnad: ${context} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  /** Wraps a handler: failures are logged and answered with `fallback`. */
  function guard<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await handler(...args);
      } catch (error) {
        logError(name, error);
        return fallback;
      }
    };
  }

  /** Runs fire-and-forget work, logging its failure. */
  function background(name: string, work: () => Promise<unknown>): void {
    work().catch((error) => logError(name, error));
  }

  const diagnosticContext: DiagnosticContext = {
    ruleHref: (ruleId) => `${pathToFileURL(join(packageRoot(), 'docs', 'rules.md')).href}#${ruleId}`,
    article: (evidence) => store.article(evidence),
  };

  // ---- Fact bases ----------------------------------------------------------------------------

  function folderOf(uri: string): string | undefined {
    const folderPaths = folders.map((folder) => uriToPath(folder.uri)).filter((path): path is string => !!path);
    const path = uriToPath(uri);
    if (!path) return folderPaths[0];
    return folderPaths.filter((folder) => isInside(path, folder)).sort((a, b) => b.length - a.length)[0];
  }

  function insideWorkspace(path: string): boolean {
    return folders.some((folder) => {
      const folderPath = uriToPath(folder.uri);
      return !!folderPath && isInside(path, folderPath);
    });
  }

  /** Resolves a configured path: `${workspaceFolder}`, `~` and paths relative to the workspace folder. */
  function resolveConfiguredPath(raw: string, uri: string): { path: string; relative: boolean } | undefined {
    const folder = folderOf(uri);
    let value = raw.trim();
    if (!value) return undefined;
    if (value.includes('${workspaceFolder}')) {
      if (!folder) return undefined;
      value = value.split('${workspaceFolder}').join(folder);
      return { path: resolve(value), relative: true };
    }
    if (value === '~' || value.startsWith('~/')) return { path: join(homedir(), value.slice(1)), relative: false };
    if (isAbsolute(value)) return { path: resolve(value), relative: false };
    const base = folder ?? (uriToPath(uri) ? dirname(uriToPath(uri)!) : undefined);
    return base ? { path: resolve(base, value), relative: true } : undefined;
  }

  const projects = new ProjectConfigs(
    () => rules.map((rule) => rule.id),
    (file, problems, changed) => reportFileProblems(file, problems, changed, undefined),
  );

  /** The `.isnadrc.json` that applies to a document; never in an untrusted workspace. */
  function projectOf(uri: string): LoadedConfig | undefined {
    if (!trusted) return undefined;
    const path = uriToPath(uri);
    const folder = path ? undefined : folderOf(uri);
    return path ? projects.forFile(path) : folder ? projects.forFolder(folder) : undefined;
  }

  /**
   * The fact-base files that apply to a document, in order: the bundled one (unless the settings or
   * the project turn it off), the project's, then the settings'.
   */
  function factBasePaths(uri: string, settings: Settings, project: LoadedConfig | undefined): string[] {
    const paths: string[] = [];
    if (settings.useBundledFactBase && (project?.config.bundledFactBase ?? true)) paths.push(bundledFactBasePath());
    if (project) paths.push(...configFactBasePaths(project));
    for (const raw of settings.factBases) {
      const resolved = resolveConfiguredPath(raw, uri);
      if (!resolved) continue;
      if (!trusted && (resolved.relative || insideWorkspace(resolved.path))) {
        if (!warnedUntrusted.has(resolved.path)) {
          warnedUntrusted.add(resolved.path);
          log(messages(uiLang).ignoredUntrusted(resolved.path));
        }
        continue;
      }
      paths.push(resolved.path);
    }
    return [...new Set(paths)];
  }

  function reportFactBaseProblems(entry: FactBaseEntry, changed: boolean): void {
    reportFileProblems(entry.path, entry.problems, changed, entry.good !== undefined, entry.text);
  }

  /**
   * Publishes the problems of a fact-base or configuration file as diagnostics on that file and,
   * when they changed, tells the user.
   *
   * @param kept For a fact base: whether a last good version stays in use. Undefined for a configuration.
   */
  function reportFileProblems(path: string, problems: readonly ConfigProblem[], changed: boolean, kept: boolean | undefined, text?: string): void {
    let content = text;
    if (content === undefined) {
      // Never a blocking read of a FIFO or a device named as a fact base or configuration (found by
      // tests/robustness).
      const read = readTextFile(path, { maxBytes: MAX_FACT_BASE_BYTES });
      content = read.ok ? read.text : undefined;
    }
    const diagnostics = content === undefined ? [] : problems.map((problem) => problemToDiagnostic(content, problem));
    void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics });
    if (!changed) return;
    const strings = messages(uiLang);
    const first = problems[0];
    const show = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message });
    if (!first) {
      show(MessageType.Info, strings.fileRecovered(basename(path)));
      return;
    }
    const detail = `${first.line}:${first.column} ${first.message}`;
    for (const problem of problems) log(`isnad: ${problem.file}:${problem.line}:${problem.column}: ${problem.message} (${problem.path})`);
    if (kept === undefined) show(MessageType.Error, strings.brokenConfig(basename(path), detail));
    else if (kept) show(MessageType.Warning, strings.brokenFactBaseKept(basename(path), detail));
    else show(MessageType.Error, strings.brokenFactBaseUnused(basename(path), detail));
  }

  // ---- Watching fact bases ---------------------------------------------------------------------

  let watcherKey = '';
  let watcherRegistration: Promise<Disposable> | undefined;
  const pollers = new Map<string, () => void>();

  /** The files whose change should reload facts: loaded fact bases and their articles. */
  function watchedPaths(): string[] {
    const paths = new Set<string>();
    for (const entry of store.entries()) {
      paths.add(entry.path);
      if (entry.good) paths.add(entry.good.articlePath);
    }
    return [...paths].sort();
  }

  /** Asks the client to watch fact bases, project configs, and every loaded fact base and article. */
  async function updateWatchers(): Promise<void> {
    const paths = watchedPaths();
    if (dynamicWatchers) {
      const watchers: FileSystemWatcher[] = [{ globPattern: '**/*.factbase.json' }, { globPattern: '**/.isnadrc.json' }];
      for (const path of paths) {
        if (insideWorkspace(path) && (path.endsWith('.factbase.json') || basename(path) === '.isnadrc.json')) continue;
        watchers.push({ globPattern: relativePatterns ? { baseUri: pathToFileURL(dirname(path)).href, pattern: basename(path) } : path.split(sep).join('/') });
      }
      const key = JSON.stringify(watchers);
      if (key === watcherKey) return;
      watcherKey = key;
      const previous = watcherRegistration;
      watcherRegistration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      if (previous) (await previous).dispose();
      return;
    }
    // Without client-side watching, poll the few files involved.
    const { watchFile, unwatchFile } = await import('node:fs');
    for (const path of paths) {
      if (pollers.has(path)) continue;
      const listener = () => background('reload', async () => onFilesChanged([path]));
      watchFile(path, { interval: 1000, persistent: false }, listener);
      pollers.set(path, () => unwatchFile(path, listener));
    }
  }

  let watchedCount = -1;
  /** Updates the watchers when a check loaded new fact bases. */
  function afterLoad(): void {
    const count = store.entries().length;
    if (count === watchedCount) return;
    watchedCount = count;
    background('watch', updateWatchers);
  }

  async function onFilesChanged(paths: readonly string[]): Promise<void> {
    let changed = false;
    for (const path of paths) {
      if (basename(path) === CONFIG_FILE_NAME) {
        // Clear what the old file reported; reading it again reports what is still wrong.
        void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
        projects.clear();
        configGeneration++;
        changed = true;
      }
      if (store.has(path)) changed = store.reload(path) || changed;
      for (const entry of store.usingArticle(path)) changed = store.reload(entry.path) || changed;
    }
    if (changed) recheckAll();
    afterLoad();
  }

  // ---- Checking --------------------------------------------------------------------------------

  async function prepare(uri: string, languageId: string): Promise<Prepared> {
    const settings = await settingsCache.get(uri);
    const project = projectOf(uri);
    const paths = factBasePaths(uri, settings, project);
    const checker = store.checker(paths);
    afterLoad();
    const path = uriToPath(uri);
    const format = (project && path ? formatBy(project, path) : undefined) ?? formatOf(languageId, uri);
    const options = checkOptions(settings, format, rules, { rules: project?.config.rules, lang: project?.config.lang });
    const excluded = !!project && !!path && excludedBy(project, path);
    return {
      settings,
      enabled: !excluded && (settings.languages.includes(languageId) || settings.languages.includes(LANGUAGE_ALIASES[languageId] ?? languageId)),
      checker,
      options,
      key: `${store.generation}:${configGeneration}:${trusted}:${paths.join('|')}`,
    };
  }

  /** Checks an open document, reusing the last result while nothing has changed. */
  async function checkOpenDocument(document: TextDocument): Promise<{ prepared: Prepared; result?: CheckResult; key: string }> {
    const prepared = await prepare(document.uri, document.languageId);
    const key = `${document.version}:${prepared.key}`;
    if (!prepared.enabled) return { prepared, key };
    const cached = results.get(document.uri);
    if (cached?.key === key) return { prepared, result: cached.result, key };
    const result = runCheck(prepared, document.getText());
    results.set(document.uri, { key, result });
    return { prepared, result, key };
  }

  function runCheck(prepared: Prepared, text: string): CheckResult {
    const result = prepared.checker.check(text, prepared.options);
    for (const failure of result.internalErrors) connection.console.error(`isnad: rule ${failure.ruleId} failed: ${failure.message}`);
    return result;
  }

  function toDiagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
    return findings.map((finding) => toDiagnostic(document, finding, diagnosticContext));
  }

  /** Checks an open document and pushes its diagnostics. */
  async function publish(uri: string): Promise<Diagnostic[]> {
    const document = documents.get(uri);
    if (!document) return [];
    const { result } = await checkOpenDocument(document);
    const current = documents.get(uri);
    if (!current) return [];
    const diagnostics = result ? toDiagnostics(current, result.findings) : [];
    await connection.sendDiagnostics({ uri, version: current.version, diagnostics });
    return diagnostics;
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        background('publish', () => publish(uri));
      }, delay),
    );
  }

  /** Re-checks every open draft (after a settings, trust or fact-base change). */
  function recheckAll(): void {
    results.clear();
    if (pullDiagnostics) {
      if (refreshSupport) background('refresh', () => connection.languages.diagnostics.refresh());
      return;
    }
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  function countSeverities(summary: CheckSummary, findings: readonly Finding[]): void {
    for (const finding of findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else if (finding.severity === 'info') summary.infos++;
      else summary.hints++;
    }
  }

  async function checkDocumentCommand(uri: string | undefined): Promise<CheckSummary> {
    const summary: CheckSummary = { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0 };
    const targets = uri ? documents.all().filter((document) => document.uri === uri || uriToPath(document.uri) === uriToPath(uri)) : documents.all();
    for (const document of targets) {
      results.delete(document.uri);
      const { result } = await checkOpenDocument(document);
      if (!result) continue;
      summary.files++;
      countSeverities(summary, result.findings);
    }
    if (pullDiagnostics) {
      if (refreshSupport) background('refresh', () => connection.languages.diagnostics.refresh());
    } else {
      for (const document of targets) await publish(document.uri);
    }
    return summary;
  }

  async function checkWorkspaceCommand(progress: WorkDoneProgressReporter, cancelled: () => boolean): Promise<CheckSummary> {
    const summary: CheckSummary = { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0 };
    const text = messages(uiLang);
    progress.begin(text.checkingWorkspace, 0, undefined, true);
    try {
      // The drafts of each folder, as `isnad check <folder>` finds them: the project's include and
      // exclude globs, or the defaults.
      const files: { path: string; project?: LoadedConfig }[] = [];
      for (const folder of folders) {
        const folderPath = uriToPath(folder.uri);
        if (!folderPath) continue;
        const project = trusted ? projects.forFolder(folderPath) : undefined;
        const config = project ?? defaultLoadedConfig(folderPath);
        const found = discoverFiles([folderPath], { cwd: folderPath, base: config.dir, include: config.config.include, exclude: config.config.exclude });
        for (const path of found.files) files.push({ path, project });
      }
      const openByPath = new Map(documents.all().map((document) => [uriToPath(document.uri) ?? document.uri, document]));
      for (let i = 0; i < files.length; i++) {
        if (cancelled()) {
          summary.cancelled = true;
          break;
        }
        const { path, project } = files[i]!;
        progress.report(Math.round((100 * i) / files.length), text.checkedFiles(i, files.length));
        const open = openByPath.get(path);
        const uri = open?.uri ?? pathToFileURL(path).href;
        let document = open;
        if (!document) {
          const read = readTextFile(path, { maxBytes: project?.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE });
          if (!read.ok) {
            log(`isnad: ${path}: skipped: ${read.reason}`);
            continue;
          }
          const format = (project ? formatBy(project, path) : undefined) ?? languageOfFile(path);
          document = TextDocument.create(uri, format, 0, read.text);
        }
        const prepared = await prepare(uri, document.languageId);
        if (!prepared.enabled) continue;
        // A fact base's source article is not a draft.
        if (store.entries().some((entry) => entry.good?.articlePath === path)) continue;
        const result = open ? (await checkOpenDocument(open)).result : runCheck(prepared, document.getText());
        if (!result) continue;
        summary.files++;
        countSeverities(summary, result.findings);
        // Pushed even for open documents when the client pulls: an editor may pull only for the
        // documents it shows (VS Code does), and drops pushed diagnostics for those itself. The
        // server drops them at the document's next change.
        workspacePublished.add(uri);
        await connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(document, result.findings) });
      }
    } finally {
      progress.done();
    }
    return summary;
  }

  async function describeFactBases(uri: string | undefined, lang: Lang): Promise<DescribedFactBase[]> {
    const scope = uri ?? folders[0]?.uri ?? pathToFileURL(process.cwd()).href;
    const settings = await settingsCache.get(scope);
    const described: DescribedFactBase[] = [];
    for (const path of factBasePaths(scope, settings, projectOf(scope))) {
      const entry = store.entry(path);
      if (!entry.good) continue;
      described.push({
        id: entry.good.factBase.id,
        title: entry.good.factBase.title,
        path: entry.path,
        markdown: describeFactBase(entry.good.factBase, lang),
        stale: entry.problems.length > 0,
      });
    }
    afterLoad();
    return described;
  }

  // ---- Protocol --------------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    pullDiagnostics = !!capabilities.textDocument?.diagnostic;
    refreshSupport = !!capabilities.workspace?.diagnostics?.refreshSupport;
    configurationSupport = !!capabilities.workspace?.configuration;
    dynamicConfiguration = !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    dynamicWatchers = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    relativePatterns = !!capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    workspaceFolderEvents = !!capabilities.workspace?.workspaceFolders;
    uiLang = langOfLocale(params.locale);
    trusted = (params.initializationOptions as InitializationOptions | undefined)?.isTrusted !== false;
    if (params.workspaceFolders) folders = params.workspaceFolders;
    else if (params.rootUri) folders = [{ uri: params.rootUri, name: basename(uriToPath(params.rootUri) ?? 'root') }];
    else if (params.rootPath) folders = [{ uri: pathToFileURL(params.rootPath).href, name: basename(params.rootPath) }];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [Commands.checkDocument, Commands.checkWorkspace] },
        diagnosticProvider: pullDiagnostics ? { identifier: 'isnad', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        workspace: workspaceFolderEvents ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
      },
      serverInfo: { name: 'isnad', version: packageJson.version },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (dynamicConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'isnad' });
      if (workspaceFolderEvents) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          folders = [...folders.filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)), ...event.added];
          settingsCache.clear();
          configGeneration++;
          recheckAll();
        });
      }
      await updateWatchers();
    }),
  );

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (params) => {
      if (!configurationSupport) pushedSettings = parseSettings((params.settings as { isnad?: unknown } | undefined)?.isnad);
      settingsCache.clear();
      configGeneration++;
      recheckAll();
    }),
  );

  connection.onNotification(
    DidChangeWorkspaceTrustNotification.type,
    guard('didChangeWorkspaceTrust', undefined, (params) => {
      if (!params || typeof params.isTrusted !== 'boolean' || params.isTrusted === trusted) return;
      trusted = params.isTrusted;
      settingsCache.clear();
      configGeneration++;
      recheckAll();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, async (params) => {
      const paths = (params?.changes ?? []).map((change) => uriToPath(change.uri)).filter((path): path is string => !!path);
      await onFilesChanged(paths);
    }),
  );

  documents.onDidChangeContent(
    guard('didChangeContent', undefined, async ({ document }) => {
      if (pullDiagnostics) {
        // The client pulls; drop what "Check Workspace" pushed for this file, so it is not shown twice.
        if (workspacePublished.delete(document.uri)) await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
        return;
      }
      const first = !opened.has(document.uri);
      opened.add(document.uri);
      const settings = await settingsCache.get(document.uri);
      schedule(document.uri, first ? 0 : settings.debounceMs);
    }),
  );

  documents.onDidClose(
    guard('didClose', undefined, async ({ document }) => {
      clearTimeout(timers.get(document.uri));
      timers.delete(document.uri);
      opened.delete(document.uri);
      results.delete(document.uri);
      settingsCache.delete(document.uri);
      if (!pullDiagnostics) {
        workspacePublished.delete(document.uri);
        await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      }
    }),
  );

  const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  connection.languages.diagnostics.on(
    guard('diagnostics', emptyReport, async (params): Promise<DocumentDiagnosticReport> => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return emptyReport;
      const { result, key } = await checkOpenDocument(document);
      if (!result) return { kind: DocumentDiagnosticReportKind.Full, resultId: key, items: [] };
      if (params.previousResultId === key) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: key };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: key, items: toDiagnostics(document, result.findings) };
    }),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const prepared = await prepare(document.uri, document.languageId);
      if (!prepared.enabled) return null;
      const card = hoverAt(prepared.checker, document.getText(), toOffset(document, params.position), prepared.options);
      if (!card) return null;
      return { contents: { kind: 'markdown' as const, value: renderHover(card, diagnosticContext) }, range: toRange(document, card.range) };
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [] as CodeAction[], async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      return codeActionsFor(document, params, async () => {
        const { result } = await checkOpenDocument(document);
        return { findings: result?.findings ?? [], lang: result?.lang ?? uiLang };
      });
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', null as CheckSummary | null, async (params, token, workDone) => {
      if (params.command === Commands.checkDocument) {
        const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
        return checkDocumentCommand(uri);
      }
      if (params.command === Commands.checkWorkspace) {
        let progress: WorkDoneProgressReporter = workDone;
        let progressCancelled = () => false;
        if (WorkDoneProgressReporter.isNullInstance(workDone)) {
          const created = await connection.window.createWorkDoneProgress();
          progress = created;
          progressCancelled = () => created.token.isCancellationRequested;
        }
        const summary = await checkWorkspaceCommand(progress, () => token.isCancellationRequested || progressCancelled());
        return summary;
      }
      return null;
    }),
  );

  connection.onRequest(
    DescribeFactBasesRequest.type,
    guard('describeFactBases', [] as DescribedFactBase[], (params) => describeFactBases(params?.uri, params?.lang === 'ar' ? 'ar' : 'en')),
  );

  documents.listen(connection);
  connection.listen();
}
