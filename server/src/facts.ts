/**
 * Where a document's facts come from: the bundled fact base, the project's `.isnadrc.json` and the
 * `isnad.factBases` setting; the problems of those files, shown as diagnostics on them; and the
 * watchers that reload them when they change on disk.
 *
 * **Invariant:** an untrusted workspace contributes neither fact bases nor project configuration.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type Disposable,
  type FileSystemWatcher,
} from 'vscode-languageserver';
import { rules, type EvidenceRef } from '../../engine/src/index';
import { bundledFactBasePath, MAX_FACT_BASE_BYTES } from '../../host/src/factBases';
import { configFactBasePaths, type LoadedConfig } from '../../host/src/config';
import { discoverFactBases, FACT_BASE_SUFFIX, type DiscoveredFactBase } from '../../host/src/discover';
import { readTextFile } from '../../host/src/files';
import { CONFIG_FILE_NAME, type ConfigProblem } from '../../shared/config';
import { problemToDiagnostic, type ArticleLocation } from './convert';
import { FactBaseStore, type FactBaseEntry } from './factBaseStore';
import type { Logger } from './log';
import { messages } from './messages';
import { folderOf, insideWorkspace, resolveConfiguredPath, uriToPath } from './paths';
import { ProjectConfigs } from './projects';
import type { Settings } from './settings';
import type { ServerState } from './state';

/** The fact bases and project configurations in use, and the watching of their files. */
export class Facts {
  readonly store: FactBaseStore;
  readonly #projects: ProjectConfigs;
  readonly #connection: Connection;
  readonly #state: ServerState;
  readonly #logger: Logger;
  readonly #changed: () => void;
  /** Paths already reported as ignored in an untrusted workspace. */
  readonly #warnedUntrusted = new Set<string>();
  #watcherKey = '';
  #watcherRegistration: Promise<Disposable> | undefined;
  readonly #pollers = new Map<string, () => void>();
  #watchedCount = -1;
  /** Fact bases drawn by "Draw Fact Base from Article" in this session, in use for every document. */
  readonly #drawn = new Set<string>();
  /**
   * Fact bases found beside drafts, by the draft's folder and the folder the search stops at;
   * forgotten when a fact-base file appears or goes.
   */
  readonly #discovered = new Map<string, DiscoveredFactBase[]>();

  /**
   * @param changed Called when the facts or the project configuration in use changed, so every
   *   open draft must be checked again.
   */
  constructor(connection: Connection, state: ServerState, logger: Logger, changed: () => void) {
    this.#connection = connection;
    this.#state = state;
    this.#logger = logger;
    this.#changed = changed;
    this.store = new FactBaseStore({ problems: (entry, problemsChanged) => this.#reportFactBaseProblems(entry, problemsChanged) });
    this.#projects = new ProjectConfigs(
      () => rules.map((rule) => rule.id),
      (file, problems, problemsChanged) => this.#reportFileProblems(file, problems, problemsChanged, undefined),
    );
  }

  /** The `.isnadrc.json` that applies to a document; never in an untrusted workspace. */
  projectOf(uri: string): LoadedConfig | undefined {
    if (!this.#state.trusted) return undefined;
    const path = uriToPath(uri);
    const folder = path ? undefined : folderOf(this.#state.folders, uri);
    return path ? this.#projects.forFile(path) : folder ? this.#projects.forFolder(folder) : undefined;
  }

  /** The project configuration of a workspace folder; never in an untrusted workspace. */
  projectOfFolder(folder: string): LoadedConfig | undefined {
    return this.#state.trusted ? this.#projects.forFolder(folder) : undefined;
  }

  /**
   * The fact bases found beside a document, as `isnad check` finds them (`host/src/discover.ts`):
   * when neither `isnad.factBases` nor the project's `.isnadrc.json` names one, every
   * `*.factbase.json` from the document's folder up to its workspace folder (or the project's root
   * inside it; for a file outside every workspace folder, up to its folder's parent). Each speaks
   * about the drafts of its folder and below. Never in an untrusted workspace.
   */
  discovered(uri: string, settings: Settings, project: LoadedConfig | undefined): DiscoveredFactBase[] {
    if (!this.#state.trusted) return [];
    if (settings.factBases.some((raw) => raw.trim() !== '') || (project && configFactBasePaths(project).length > 0)) return [];
    const path = uriToPath(uri);
    if (!path) return [];
    const dir = dirname(path);
    const ceiling = folderOf(this.#state.folders, uri) ?? dirname(dir);
    const key = `${ceiling}\0${dir}`;
    let found = this.#discovered.get(key);
    if (!found) {
      found = discoverFactBases([path], ceiling, ceiling);
      this.#discovered.set(key, found);
    }
    return found;
  }

  /**
   * The fact-base files that apply to a document, in order: the bundled one (unless the settings or
   * the project turn it off), the project's, the settings', then those found beside the document
   * when none is named ({@link Facts.discovered}).
   */
  factBasePaths(uri: string, settings: Settings, project: LoadedConfig | undefined): string[] {
    const { folders, trusted, uiLang } = this.#state;
    const paths: string[] = [];
    if (settings.useBundledFactBase && (project?.config.bundledFactBase ?? true)) paths.push(bundledFactBasePath());
    if (project) paths.push(...configFactBasePaths(project));
    for (const raw of settings.factBases) {
      const resolved = resolveConfiguredPath(folders, raw, uri);
      if (!resolved) continue;
      if (!trusted && (resolved.relative || insideWorkspace(folders, resolved.path))) {
        if (!this.#warnedUntrusted.has(resolved.path)) {
          this.#warnedUntrusted.add(resolved.path);
          this.#logger.log(messages(uiLang).ignoredUntrusted(resolved.path));
        }
        continue;
      }
      paths.push(resolved.path);
    }
    for (const found of this.discovered(uri, settings, project)) paths.push(found.path);
    // A drawn fact base is isnad's own output, validated before it was written; its story's drafts
    // are tied to it like any other's (front matter, path globs, detection).
    paths.push(...this.#drawn);
    return [...new Set(paths)];
  }

  /** Starts using a fact base just drawn (or reloads it when it was drawn again), and re-checks. */
  addDrawn(path: string): void {
    this.#drawn.add(path);
    if (this.store.has(path)) this.store.reload(path);
    else this.store.entry(path);
    this.#state.configGeneration++;
    this.#changed();
    this.afterLoad();
  }

  /**
   * A fact-base file was opened in the editor: load it (without putting it to use), so that its
   * problems and the facts marked unsure are shown on it.
   */
  opened(path: string): void {
    if (this.store.has(path)) return;
    this.store.entry(path);
    this.afterLoad();
  }

  /** Whether `path` is the source article of a loaded fact base (an article is not a draft). */
  isArticle(path: string): boolean {
    return this.store.entries().some((entry) => entry.good?.articlePath === path);
  }

  /** The article an evidence reference points into. */
  article(evidence: EvidenceRef): ArticleLocation | undefined {
    return this.store.article(evidence);
  }

  /** Updates the watchers when a check loaded new fact bases. */
  afterLoad(): void {
    const count = this.store.entries().length;
    if (count === this.#watchedCount) return;
    this.#watchedCount = count;
    this.#logger.background('watch', () => this.updateWatchers());
  }

  /**
   * A fact-base file appeared or went: the fact bases found beside drafts are looked for again. A
   * found one that was deleted is forgotten (not reported as unreadable: nothing names it).
   * Returns whether anything in use may have changed.
   */
  #factBaseFileChanged(path: string): boolean {
    const gone = !existsSync(path);
    if (this.store.has(path) && !gone) return false;
    const wasFound = [...this.#discovered.values()].some((list) => list.some((found) => found.path === path));
    if (this.#discovered.size === 0) return false;
    this.#discovered.clear();
    this.#state.configGeneration++;
    if (gone && wasFound && !this.#drawn.has(path) && this.store.forget(path)) {
      void this.#connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
    }
    return true;
  }

  /** Reloads what depends on the changed files and, if the facts or configuration changed, re-checks. */
  filesChanged(paths: readonly string[]): void {
    let changed = false;
    for (const path of paths) {
      if (path.endsWith(FACT_BASE_SUFFIX) && this.#factBaseFileChanged(path)) {
        changed = true;
        if (!this.store.has(path)) continue;
      }
      if (basename(path) === CONFIG_FILE_NAME) {
        // Clear what the old file reported; reading it again reports what is still wrong.
        void this.#connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
        this.#projects.clear();
        this.#state.configGeneration++;
        changed = true;
      }
      if (this.store.has(path)) changed = this.store.reload(path) || changed;
      for (const entry of this.store.usingArticle(path)) changed = this.store.reload(entry.path) || changed;
    }
    if (changed) this.#changed();
    this.afterLoad();
  }

  /** Asks the client to watch fact bases, project configs, and every loaded fact base and article. */
  async updateWatchers(): Promise<void> {
    const paths = this.#watchedPaths();
    const { client, folders } = this.#state;
    if (client.dynamicWatchers) {
      const watchers: FileSystemWatcher[] = [{ globPattern: '**/*.factbase.json' }, { globPattern: '**/.isnadrc.json' }];
      for (const path of paths) {
        if (insideWorkspace(folders, path) && (path.endsWith('.factbase.json') || basename(path) === '.isnadrc.json')) continue;
        watchers.push({ globPattern: client.relativePatterns ? { baseUri: pathToFileURL(dirname(path)).href, pattern: basename(path) } : path.split(sep).join('/') });
      }
      const key = JSON.stringify(watchers);
      if (key === this.#watcherKey) return;
      this.#watcherKey = key;
      const previous = this.#watcherRegistration;
      this.#watcherRegistration = this.#connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      if (previous) (await previous).dispose();
      return;
    }
    // Without client-side watching, poll the few files involved.
    const { watchFile, unwatchFile } = await import('node:fs');
    for (const path of paths) {
      if (this.#pollers.has(path)) continue;
      const listener = (): void => {
        try {
          this.filesChanged([path]);
        } catch (failure) {
          this.#logger.error('reload', failure);
        }
      };
      watchFile(path, { interval: 1000, persistent: false }, listener);
      this.#pollers.set(path, () => unwatchFile(path, listener));
    }
  }

  /** The files whose change should reload facts: loaded fact bases and their articles. */
  #watchedPaths(): string[] {
    const paths = new Set<string>();
    for (const entry of this.store.entries()) {
      paths.add(entry.path);
      if (entry.good) paths.add(entry.good.articlePath);
    }
    return [...paths].sort();
  }

  #reportFactBaseProblems(entry: FactBaseEntry, changed: boolean): void {
    this.#reportFileProblems(entry.path, entry.problems, changed, entry.good !== undefined, entry.text, entry.warnings);
  }

  /**
   * Publishes the problems of a fact-base or configuration file as diagnostics on that file and,
   * when they changed, tells the user.
   *
   * @param kept For a fact base: whether a last good version stays in use. Undefined for a configuration.
   */
  #reportFileProblems(path: string, problems: readonly ConfigProblem[], changed: boolean, kept: boolean | undefined, text?: string, unsure: readonly ConfigProblem[] = []): void {
    let content = text;
    if (content === undefined) {
      // Never a blocking read of a FIFO or a device named as a fact base or configuration (found by
      // tests/robustness).
      const read = readTextFile(path, { maxBytes: MAX_FACT_BASE_BYTES });
      content = read.ok ? read.text : undefined;
    }
    const strings = messages(this.#state.uiLang);
    const diagnostics =
      content === undefined
        ? []
        : [
            ...problems.map((problem) => problemToDiagnostic(content, problem)),
            // Facts the drawing marked unsure: warnings saying what to review.
            ...unsure.map((note) => ({ ...problemToDiagnostic(content, note), severity: DiagnosticSeverity.Warning, code: 'review-unsure', message: strings.reviewUnsure(note.message) })),
          ];
    void this.#connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics });
    if (!changed) return;
    const first = problems[0];
    const show = (type: MessageType, message: string): void => void this.#connection.sendNotification(ShowMessageNotification.type, { type, message });
    if (!first) {
      show(MessageType.Info, strings.fileRecovered(basename(path)));
      return;
    }
    const detail = `${first.line}:${first.column} ${first.message}`;
    for (const problem of problems) this.#logger.log(`isnad: ${problem.file}:${problem.line}:${problem.column}: ${problem.message} (${problem.path})`);
    if (kept === undefined) show(MessageType.Error, strings.brokenConfig(basename(path), detail));
    else if (kept) show(MessageType.Warning, strings.brokenFactBaseKept(basename(path), detail));
    else show(MessageType.Error, strings.brokenFactBaseUnused(basename(path), detail));
  }
}
