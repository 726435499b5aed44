/**
 * Loads fact-base files from disk for the CLI and the language server (the engine itself does no
 * I/O). A fact base names its article relative to itself; the article is read so that evidence
 * ranges can be checked.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseFactBase, type FactBaseData, type FactBaseProblem } from '../../engine/src/index';

/** The fact base shipped with isnad, relative to the package root. */
export const BUNDLED_FACT_BASE = 'knowledge/iraq-coalition-talks.factbase.json';

/** Finds the package root from a bundled file (dist/x.js) or a source file (x/src/y.ts). */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    try {
      statSync(join(dir, 'knowledge'));
      statSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  return resolve(from, '..');
}

/** The absolute path of the bundled fact base. */
export function bundledFactBasePath(): string {
  return join(packageRoot(), BUNDLED_FACT_BASE);
}

/** The result of loading one fact-base file. */
export interface LoadedFactBase {
  path: string;
  factBase?: FactBaseData;
  /** The article text, when it could be read. */
  article?: string;
  problems: FactBaseProblem[];
}

/** The largest fact-base file read, in bytes. */
export const MAX_FACT_BASE_BYTES = 20 * 1024 * 1024;

/**
 * Reads and validates one fact-base file and its article. Never throws: unreadable files, bad
 * JSON, schema violations and evidence that does not match the article come back as problems.
 */
export function loadFactBaseFile(path: string): LoadedFactBase {
  const absolute = resolve(path);
  const problem = (message: string): LoadedFactBase => ({ path: absolute, problems: [{ file: absolute, path: '$', line: 1, column: 1, message }] });
  let text: string;
  try {
    const stats = statSync(absolute);
    if (!stats.isFile()) return problem('not a file');
    if (stats.size > MAX_FACT_BASE_BYTES) return problem(`fact base is too large (${stats.size} bytes; the limit is ${MAX_FACT_BASE_BYTES})`);
    const bytes = readFileSync(absolute);
    if (bytes.includes(0)) return problem('not a text file (it contains NUL bytes)');
    text = bytes.toString('utf8');
  } catch (error) {
    return problem(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const first = parseFactBase(text, absolute);
  if (!first.factBase) return { path: absolute, problems: first.problems };
  const articlePath = isAbsolute(first.factBase.source.file) ? first.factBase.source.file : join(dirname(absolute), first.factBase.source.file);
  let article: string;
  try {
    article = readFileSync(articlePath, 'utf8');
  } catch (error) {
    const located = parseFactBase(text, absolute);
    void located;
    return problem(`cannot read the source article ${articlePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const checked = parseFactBase(text, absolute, article);
  return { path: absolute, factBase: checked.factBase, article, problems: checked.problems };
}

/** What {@link loadFactBaseFiles} returns. */
export interface LoadedFactBases {
  /** The usable fact bases, in the order given, each file once. */
  loaded: (LoadedFactBase & { factBase: FactBaseData })[];
  /** Every problem of every file. */
  problems: FactBaseProblem[];
}

/**
 * Loads several fact-base files (see {@link loadFactBaseFile}). A file named twice, directly or
 * through a link, is loaded once; two files with the same fact-base id are a problem.
 */
export function loadFactBaseFiles(paths: readonly string[]): LoadedFactBases {
  const seen = new Set<string>();
  const ids = new Map<string, string>();
  const loaded: LoadedFactBases['loaded'] = [];
  const problems: FactBaseProblem[] = [];
  for (const path of paths) {
    let key = resolve(path);
    try {
      key = realpathSync(key);
    } catch {
      // Reported by loadFactBaseFile.
    }
    if (seen.has(key)) continue;
    seen.add(key);
    const result = loadFactBaseFile(path);
    problems.push(...result.problems);
    if (!result.factBase) continue;
    const other = ids.get(result.factBase.id);
    if (other !== undefined) {
      problems.push({ file: result.path, path: '$.id', line: 1, column: 1, message: `fact-base id "${result.factBase.id}" is also used by ${other}` });
      continue;
    }
    ids.set(result.factBase.id, result.path);
    loaded.push({ ...result, factBase: result.factBase });
  }
  return { loaded, problems };
}
