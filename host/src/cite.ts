/**
 * Fills in and repairs the evidence ranges of fact-base files (`isnad kb cite`), so that ranges are
 * computed from the cited text rather than counted by hand. For each evidence entry: `start`/`end`
 * are kept when they hold `text`; otherwise `text` is looked up in the article; text found several
 * times needs a transient `"nth": k` (1-based), which is resolved and removed. The file is written
 * in a stable layout (two-space indentation, one evidence entry per line).
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from './files';
import { normaliseArticleLineEndings } from './factBases';

const SECTIONS = ['people', 'organisations', 'posts', 'places', 'events', 'quantities', 'quotes', 'affiliations', 'groups'];
const WIDTH = 120;

/** Every start offset of `needle` in `haystack`, overlapping occurrences included. */
export function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/**
 * Resolves one evidence object against the article. Returns the repaired evidence (keys in the
 * order start, end, text) or an error message.
 */
export function citeEvidence(evidence: unknown, article: string): { evidence?: { start: number; end: number; text: string }; error?: string } {
  if (evidence === null || typeof evidence !== 'object' || Array.isArray(evidence)) return { error: 'evidence is not an object' };
  const { text, nth, start, end, ...rest } = evidence as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return { error: `unexpected keys ${Object.keys(rest).join(', ')}` };
  if (typeof text !== 'string' || text.length === 0) return { error: 'evidence has no text' };
  const found = occurrences(article, text);
  if (found.length === 0) return { error: `text not found in the article: "${text.slice(0, 60)}"` };
  let at: number;
  if (nth !== undefined) {
    if (typeof nth !== 'number' || !Number.isInteger(nth) || nth < 1 || nth > found.length) {
      return { error: `nth must be an integer from 1 to ${found.length} for "${text.slice(0, 60)}"` };
    }
    at = found[nth - 1]!;
  } else if (typeof start === 'number' && Number.isInteger(start) && end === start + text.length && article.slice(start, end) === text) {
    at = start;
  } else if (found.length === 1) {
    at = found[0]!;
  } else {
    return { error: `text occurs ${found.length} times (at ${found.join(', ')}); add "nth": 1..${found.length} to pick one: "${text.slice(0, 60)}"` };
  }
  return { evidence: { start: at, end: at + text.length, text } };
}

/** Resolves every evidence range of a parsed fact base in place; returns the errors. */
export function citeFactBase(factBase: Record<string, unknown>, article: string): string[] {
  const errors: string[] = [];
  for (const section of SECTIONS) {
    const facts = factBase[section] as { id?: string; evidence?: unknown[] }[] | undefined;
    if (!Array.isArray(facts)) continue;
    facts.forEach((fact, i) => {
      const evidences = fact?.evidence;
      if (!Array.isArray(evidences)) {
        errors.push(`$.${section}[${i}]: no evidence array`);
        return;
      }
      evidences.forEach((evidence: unknown, j: number) => {
        const result = citeEvidence(evidence, article);
        if (result.error) errors.push(`$.${section}[${i}].evidence[${j}]${fact?.id ? ` (${fact.id})` : ''}: ${result.error}`);
        else evidences[j] = result.evidence;
      });
    });
  }
  return errors;
}

const isEvidence = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join(',') === 'start,end,text';

/** Serialises a value on one line: `[a, b]` and `{ "k": v }`. */
function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`).join(', ')} }`;
}

/** Serialises JSON in the stable layout described at the top of this file. */
export function format(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inline = oneLine(value);
  if (isEvidence(value) || indent.length + inline.length <= WIDTH) return inline;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`).join(',\n')}\n${indent}}`;
}

/** What {@link citeFiles} reports: lines for stdout and stderr, and the exit status. */
export interface CiteReport {
  out: string[];
  err: string[];
  /** 0 done; 1 with `check`, a range would change; 2 a file, an article or a cited text is wrong. */
  status: number;
}

/** Exit statuses, as `isnad check` uses them. */
const STATUS = { clean: 0, stale: 1, broken: 2 } as const;

/** The error code of a failed read, or its message. */
const reason = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Reads and parses a fact-base file, or says in one line why it cannot. */
function readFactBase(path: string, shown: string): { original?: string; factBase?: Record<string, unknown>; error?: string } {
  let original: string;
  try {
    original = readFileSync(path, 'utf8');
  } catch (error) {
    return { error: `${shown}: cannot read the fact base (${reason(error)})` };
  }
  try {
    const factBase: unknown = JSON.parse(original.replace(/^\uFEFF/, ''));
    if (factBase === null || typeof factBase !== 'object' || Array.isArray(factBase)) return { error: `${shown}: not a fact base (the JSON is not an object)` };
    return { original, factBase: factBase as Record<string, unknown> };
  } catch (error) {
    return { error: `${shown}: invalid JSON: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** Reads the article a fact base cites (`--article`, else `source.file`), or says why it cannot. */
function readArticle(factBase: Record<string, unknown>, path: string, shown: string, options: { article?: string; cwd: string }): { article?: string; error?: string } {
  const source = (factBase.source as { file?: unknown } | undefined)?.file;
  const articlePath = options.article ? resolve(options.cwd, options.article) : typeof source === 'string' ? (isAbsolute(source) ? source : join(dirname(path), source)) : undefined;
  if (!articlePath) return { error: `${shown}: source.file is missing and no --article was given` };
  try {
    // CRLF becomes LF, as isnad reads articles (host/src/factBases.ts), so ranges computed on a
    // Windows checkout hold everywhere.
    return { article: normaliseArticleLineEndings(readFileSync(articlePath, 'utf8')) };
  } catch (error) {
    return { error: `${shown}: cannot read the article ${relative(options.cwd, articlePath) || articlePath} (${reason(error)})` };
  }
}

/**
 * Cites every evidence entry of `files`, writing them unless `check`. The status is the worst of
 * the files': 2 when a file, its article or a cited text is wrong (nothing is written for that
 * file), 1 when, with `check`, a range would change.
 */
export function citeFiles(files: readonly string[], options: { check?: boolean; article?: string; cwd?: string; command?: string } = {}): CiteReport {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = options.cwd ?? process.cwd();
  const command = options.command ?? 'isnad kb cite';
  let status: number = STATUS.clean;
  for (const file of files) {
    const path = resolve(cwd, file);
    const shown = relative(cwd, path) || path;
    const read = readFactBase(path, shown);
    const cited = read.factBase ? readArticle(read.factBase, path, shown, { article: options.article, cwd }) : {};
    const error = read.error ?? cited.error;
    if (error !== undefined || !read.factBase || cited.article === undefined) {
      if (error !== undefined) err.push(error);
      status = STATUS.broken;
      continue;
    }
    const factBase = read.factBase;
    const before = JSON.stringify(factBase);
    const errors = citeFactBase(factBase, cited.article);
    for (const line of errors) err.push(`${shown}: ${line}`);
    if (errors.length > 0) {
      status = STATUS.broken;
      continue;
    }
    const output = format(factBase) + '\n';
    if (output === read.original) {
      out.push(`${shown}: up to date`);
    } else if (options.check && JSON.stringify(factBase) !== before) {
      err.push(`${shown}: evidence ranges are not up to date; run ${command} ${shown}`);
      status = Math.max(status, STATUS.stale);
    } else if (options.check) {
      out.push(`${shown}: evidence ranges up to date (the layout differs; run ${command} ${shown} to normalise it)`);
    } else {
      try {
        writeFileAtomic(path, output);
        out.push(`${shown}: evidence ranges written`);
      } catch (error) {
        err.push(`${shown}: cannot write the fact base (${reason(error)})`);
        status = STATUS.broken;
      }
    }
  }
  return { out, err, status };
}
