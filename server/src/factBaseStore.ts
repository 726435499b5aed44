/**
 * The fact bases the server has loaded, keyed by absolute path, with the checkers built on them.
 *
 * **Invariant:** a fact base that breaks (bad JSON, schema violation, evidence that no longer
 * matches its article) never replaces a good one. Its last good version stays in use, and the
 * problems are reported on the fact-base file instead. Loading goes through the host loader, so
 * the server and the CLI accept and reject exactly the same files.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createChecker, type Checker, type EvidenceRef, type FactBaseData, type FactBaseProblem } from '../../engine/src/index';
import { loadFactBaseFile, MAX_FACT_BASE_BYTES } from '../../host/src/factBases';
import { readTextFile } from '../../host/src/files';
import type { ArticleLocation } from './convert';

/** One fact-base file as the server knows it. */
export interface FactBaseEntry {
  /** The absolute path. */
  path: string;
  /** The last version that loaded without problems. */
  good?: { factBase: FactBaseData; articlePath: string; article?: ArticleLocation };
  /** The problems of the file as it is now; empty when it is fine. */
  problems: FactBaseProblem[];
  /** The facts marked unsure (`review.unsure`) in the file as it is now, one note each. */
  warnings: FactBaseProblem[];
  /** The file's text as last read (for locating problems), when it could be read. */
  text?: string;
}

/** What the store reports to the server. */
export interface FactBaseStoreEvents {
  /**
   * A file was read. Called whenever it has problems, and when it had problems before;
   * `changed` tells whether they differ from last time.
   */
  problems(entry: FactBaseEntry, changed: boolean): void;
}

/** Loads fact bases on demand, keeps the last good version of each, and builds checkers. */
export class FactBaseStore {
  #entries = new Map<string, FactBaseEntry>();
  #checkers = new Map<string, Checker>();
  #generation = 0;
  #events: FactBaseStoreEvents;

  constructor(events: FactBaseStoreEvents) {
    this.#events = events;
  }

  /** Increases whenever the facts in use change; part of every cache key derived from them. */
  get generation(): number {
    return this.#generation;
  }

  /** Every entry loaded so far. */
  entries(): FactBaseEntry[] {
    return [...this.#entries.values()];
  }

  /** The entry of `path`, loading it the first time. */
  entry(path: string): FactBaseEntry {
    const absolute = resolve(path);
    let entry = this.#entries.get(absolute);
    if (!entry) {
      entry = { path: absolute, problems: [], warnings: [] };
      this.#entries.set(absolute, entry);
      this.#load(entry);
    }
    return entry;
  }

  /** Whether `path` is a loaded fact base. */
  has(path: string): boolean {
    return this.#entries.has(resolve(path));
  }

  /** The loaded fact bases whose article is `path`. */
  usingArticle(path: string): FactBaseEntry[] {
    const absolute = resolve(path);
    return this.entries().filter((entry) => entry.good?.articlePath === absolute);
  }

  /** Forgets a fact base (its file was deleted and nothing names it). Returns whether it was loaded. */
  forget(path: string): boolean {
    if (!this.#entries.delete(resolve(path))) return false;
    this.#generation++;
    this.#checkers.clear();
    return true;
  }

  /** Reads `path` again (after a change on disk). Returns whether the facts in use changed. */
  reload(path: string): boolean {
    const entry = this.#entries.get(resolve(path));
    if (!entry) return false;
    return this.#load(entry);
  }

  /** A checker over the good versions of `paths` (loading them as needed), cached until the facts change. */
  checker(paths: readonly string[]): Checker {
    const entries = paths.map((path) => this.entry(path));
    const key = entries.map((entry) => entry.path).join('\0');
    let checker = this.#checkers.get(key);
    if (!checker) {
      checker = createChecker(entries.flatMap((entry) => (entry.good ? [entry.good.factBase] : [])));
      this.#checkers.set(key, checker);
    }
    return checker;
  }

  /** The article an evidence reference points into, looked up by fact-base id. */
  article(evidence: EvidenceRef): ArticleLocation | undefined {
    for (const entry of this.#entries.values()) {
      if (entry.good?.factBase.id === evidence.factBaseId && entry.good.article) return entry.good.article;
    }
    return undefined;
  }

  /** Loads or reloads an entry. Returns whether its good version changed. */
  #load(entry: FactBaseEntry): boolean {
    const previous = entry.problems;
    const previousWarnings = entry.warnings;
    const loaded = loadFactBaseFile(entry.path);
    // Read like a draft (a regular file of bounded size, never a FIFO or a device, which blocked the
    // server for ever; found by tests/robustness), only to place the problems' diagnostics.
    const read = readTextFile(entry.path, { maxBytes: MAX_FACT_BASE_BYTES });
    entry.text = read.ok ? read.text : undefined;
    entry.problems = loaded.problems;
    entry.warnings = loaded.warnings ?? [];
    let changed = false;
    if (loaded.factBase && loaded.problems.length === 0) {
      const source = loaded.factBase.source.file;
      const articlePath = isAbsolute(source) ? source : join(dirname(entry.path), source);
      const article =
        loaded.article === undefined
          ? undefined
          : { uri: pathToFileURL(articlePath).href, document: TextDocument.create(pathToFileURL(articlePath).href, 'plaintext', 0, loaded.article) };
      entry.good = { factBase: loaded.factBase, articlePath, article };
      changed = true;
    }
    if (changed) {
      this.#generation++;
      this.#checkers.clear();
    }
    const same = sameProblems(previous, entry.problems);
    // Facts marked unsure are reported with the problems (as warnings), but only a change of the
    // problems is announced to the user.
    const notes = entry.warnings.length > 0 || !sameProblems(previousWarnings, entry.warnings);
    if (!same || entry.problems.length > 0 || notes) this.#events.problems(entry, !same);
    return changed;
  }
}

function sameProblems(a: readonly FactBaseProblem[], b: readonly FactBaseProblem[]): boolean {
  return a.length === b.length && a.every((problem, i) => problem.message === b[i]!.message && problem.line === b[i]!.line && problem.column === b[i]!.column);
}
