// Fills in and repairs the evidence ranges of fact-base files, so that ranges are computed from
// the cited text rather than counted by hand.
//
//   node scripts/kb-cite.mjs [--check] [--article PATH] [FILE ...]
//
// With no FILE, every `knowledge/*.factbase.json` is processed. For each evidence object in every
// section, the script looks up its `text` in the source article (the fact base's `source.file`,
// relative to the fact-base file, unless --article is given) and writes the UTF-16 `start` and
// `end` of that text:
//
// - When `start`/`end` already hold exactly `text`, they are kept.
// - Otherwise, when `text` occurs exactly once in the article, that occurrence is used.
// - When `text` occurs several times, the evidence must say which occurrence it means with a
//   transient `"nth": k` (1-based); the script resolves it to `start`/`end` and removes `nth`.
// - When `text` is absent or empty, or occurs several times without `nth`, or `nth` is out of
//   range, the script reports an error with the evidence's JSON path and changes nothing.
//
// The file is rewritten in a stable layout: two-space indentation, each evidence object on one
// line with its keys in the order start, end, text, and short arrays and objects kept on one line.
// With --check nothing is written; the exit status is 1 when a file has errors or when one of its
// evidence entries would change. A file that differs only in layout is reported but passes, so
// that an editor's reformatting does not fail the build.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const SECTIONS = ['people', 'organisations', 'posts', 'places', 'events', 'quantities', 'quotes', 'affiliations', 'groups'];
const WIDTH = 120;

/** Every start offset of `needle` in `haystack`, overlapping occurrences included. */
export function occurrences(haystack, needle) {
  const out = [];
  if (needle.length === 0) return out;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/**
 * Resolves one evidence object against the article. Returns the repaired evidence (keys in the
 * order start, end, text) or an error message.
 */
export function citeEvidence(evidence, article) {
  if (evidence === null || typeof evidence !== 'object' || Array.isArray(evidence)) return { error: 'evidence is not an object' };
  const { text, nth, start, end, ...rest } = evidence;
  if (Object.keys(rest).length > 0) return { error: `unexpected keys ${Object.keys(rest).join(', ')}` };
  if (typeof text !== 'string' || text.length === 0) return { error: 'evidence has no text' };
  const found = occurrences(article, text);
  if (found.length === 0) return { error: `text not found in the article: "${text.slice(0, 60)}"` };
  let at;
  if (nth !== undefined) {
    if (!Number.isInteger(nth) || nth < 1 || nth > found.length) {
      return { error: `nth must be an integer from 1 to ${found.length} for "${text.slice(0, 60)}"` };
    }
    at = found[nth - 1];
  } else if (Number.isInteger(start) && end === start + text.length && article.slice(start, end) === text) {
    at = start;
  } else if (found.length === 1) {
    at = found[0];
  } else {
    return { error: `text occurs ${found.length} times (at ${found.join(', ')}); add "nth": 1..${found.length} to pick one: "${text.slice(0, 60)}"` };
  }
  return { evidence: { start: at, end: at + text.length, text } };
}

/** Resolves every evidence range of a parsed fact base in place; returns the errors. */
export function citeFactBase(factBase, article) {
  const errors = [];
  for (const section of SECTIONS) {
    const facts = factBase[section];
    if (!Array.isArray(facts)) continue;
    facts.forEach((fact, i) => {
      const evidences = fact?.evidence;
      if (!Array.isArray(evidences)) {
        errors.push(`$.${section}[${i}]: no evidence array`);
        return;
      }
      evidences.forEach((evidence, j) => {
        const result = citeEvidence(evidence, article);
        if (result.error) errors.push(`$.${section}[${i}].evidence[${j}]${fact?.id ? ` (${fact.id})` : ''}: ${result.error}`);
        else evidences[j] = result.evidence;
      });
    });
  }
  return errors;
}

const isEvidence = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join(',') === 'start,end,text';

/** Serialises a value on one line: `[a, b]` and `{ "k": v }`. */
function oneLine(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`).join(', ')} }`;
}

/** Serialises JSON in the stable layout described at the top of this file. */
export function format(value, indent = '') {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inline = oneLine(value);
  if (isEvidence(value) || indent.length + inline.length <= WIDTH) return inline;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`).join(',\n')}\n${indent}}`;
}

function main(argv) {
  let check = false;
  let articleOverride;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--article') articleOverride = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/kb-cite.mjs [--check] [--article PATH] [FILE ...]');
      return 0;
    } else files.push(arg);
  }
  if (files.length === 0) {
    const dir = join(root, 'knowledge');
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.factbase.json')) files.push(join(dir, name));
  }
  let status = 0;
  for (const file of files) {
    const path = resolve(file);
    const shown = relative(process.cwd(), path) || path;
    const original = readFileSync(path, 'utf8');
    let factBase;
    try {
      factBase = JSON.parse(original.replace(/^\uFEFF/, ''));
    } catch (error) {
      console.error(`${shown}: invalid JSON: ${error.message}`);
      status = 1;
      continue;
    }
    const source = factBase?.source?.file;
    const articlePath = articleOverride ? resolve(articleOverride) : typeof source === 'string' ? (isAbsolute(source) ? source : join(dirname(path), source)) : undefined;
    if (!articlePath) {
      console.error(`${shown}: source.file is missing and no --article was given`);
      status = 1;
      continue;
    }
    let article;
    try {
      // CRLF becomes LF, as isnad reads articles (host/src/factBases.ts), so ranges computed on a
      // Windows checkout hold everywhere.
      article = readFileSync(articlePath, 'utf8').replace(/\r\n/g, '\n');
    } catch (error) {
      console.error(`${shown}: cannot read the article ${articlePath}: ${error.code ?? error.message}`);
      status = 1;
      continue;
    }
    const before = JSON.stringify(factBase);
    const errors = citeFactBase(factBase, article);
    for (const error of errors) console.error(`${shown}: ${error}`);
    if (errors.length > 0) {
      status = 1;
      continue;
    }
    const output = format(factBase) + '\n';
    if (output === original) {
      console.log(`${shown}: up to date`);
    } else if (check && JSON.stringify(factBase) !== before) {
      console.error(`${shown}: evidence ranges are not up to date; run node scripts/kb-cite.mjs ${shown}`);
      status = 1;
    } else if (check) {
      console.log(`${shown}: evidence ranges up to date (the layout differs; run node scripts/kb-cite.mjs ${shown} to normalise it)`);
    } else {
      writeFileSync(path, output);
      console.log(`${shown}: evidence ranges written`);
    }
  }
  return status;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('kb-cite.mjs')) process.exitCode = main(process.argv.slice(2));
