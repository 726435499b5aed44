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
  /** Facts marked unsure by drawing (see `review` in the schema); they do not stop loading. */
  warnings?: FactBaseProblem[];
}

/** The largest fact-base file read, in bytes. */
export const MAX_FACT_BASE_BYTES = 20 * 1024 * 1024;

/** The largest source article read, in bytes. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** The text of UTF-8 bytes (a byte-order mark kept), or the offset of the first byte that is not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | number {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Find where.
  }
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const more = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (more < 0) return i;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= more; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += more + 1;
  }
  return -1;
}

/**
 * The article as its fact base was written against: CRLF line endings become LF. Evidence ranges
 * are offsets into the article with LF line endings; a Windows checkout (`core.autocrlf=true`), an
 * editor or a mail client that turned them into CRLF shifted every range after the first line, and
 * every citation failed. Lone CRs are left alone. Drafts are not normalised here: findings are
 * offsets into the draft as the writer has it, and the engine's normaliser maps CRLF there.
 */
export function normaliseArticleLineEndings(text: string): string {
  return text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
}

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
    // Fact bases are UTF-8. UTF-16 and invalid UTF-8 are reported rather than decoded leniently,
    // which turned bad bytes into U+FFFD so that a garbled name passed unnoticed (found by
    // tests/robustness).
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return problem('not UTF-8: the file is UTF-16; save it as UTF-8');
    if (bytes.includes(0)) return problem('not a text file (it contains NUL bytes)');
    const decoded = decodeUtf8(bytes);
    if (typeof decoded === 'number' && decoded >= 0) {
      const invalid = decoded;
      const lines = bytes.subarray(0, invalid).toString('utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
      const line = lines.length;
      const column = lines[lines.length - 1]!.length + 1;
      return { path: absolute, problems: [{ file: absolute, path: '$', line, column, message: `not valid UTF-8 (byte 0x${bytes[invalid]!.toString(16)} at byte ${invalid}); save the file as UTF-8` }] };
    }
    text = typeof decoded === 'string' ? decoded : bytes.toString('utf8');
  } catch (error) {
    return problem(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // Find the article first (a plain JSON read), so that the fact base is validated once, with it.
  let sourceFile: unknown;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
    sourceFile = (json as { source?: { file?: unknown } } | null)?.source?.file;
  } catch {
    sourceFile = undefined;
  }
  if (typeof sourceFile !== 'string' || sourceFile.length === 0) {
    const first = parseFactBase(text, absolute);
    return { path: absolute, factBase: first.factBase, problems: first.problems.length > 0 ? first.problems : [{ file: absolute, path: '$.source.file', line: 1, column: 1, message: 'no source article named' }] };
  }
  const articlePath = isAbsolute(sourceFile) ? sourceFile : join(dirname(absolute), sourceFile);
  let article: string;
  try {
    // Only a regular file of a sane size is read: an article named /dev/zero or a FIFO used to be
    // read for ever, eating all memory or blocking the CLI and the server (found by tests/robustness).
    const stats = statSync(articlePath);
    if (!stats.isFile()) return problem(`cannot read the source article ${articlePath}: not a regular file`);
    if (stats.size > MAX_ARTICLE_BYTES) return problem(`the source article ${articlePath} is too large (${stats.size} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
    article = normaliseArticleLineEndings(readFileSync(articlePath, 'utf8'));
  } catch (error) {
    return problem(`cannot read the source article ${articlePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const checked = parseFactBase(text, absolute, article, { json });
  return { path: absolute, factBase: checked.factBase, article, problems: checked.problems, ...(checked.warnings ? { warnings: checked.warnings } : {}) };
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
