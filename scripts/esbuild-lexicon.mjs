// An esbuild plugin that bundles the reference lexicons (knowledge/lexicon/*.json: the gazetteer
// and the well-known organisations) packed. The files stay as they are reviewed and shipped, one
// entry per line as keyed objects (`{ "id", "kind", "within", "ar": [...], "en": [...] }`); in a
// bundle those repeated keys, quotes and brackets cost about a third of the gazetteer's bytes. The
// plugin writes each file as one string (an entry per line, its fields separated by `|` and the
// names of a list by `;`) and a few lines that expand it once, at load, into the same array of
// the same objects, so every importer keeps its API. Used by esbuild.mjs, bench/lib/build.mjs and
// the bundle size test; `tests/install/lexiconPacking.test.ts` checks the round trip.
import { readFile } from 'node:fs/promises';

const FIELD = '|';
const ITEM = ';';
const ENTRY = '\n';
/** An `id` written as this stands for the slug of the entry's first English name (`new-south-wales`). */
const DERIVED = '^';

/** The id an English name gives: no accents, lower case, runs of other characters as one hyphen. */
function slug(name) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * Packs a lexicon (an array of flat objects whose values are non-empty strings or non-empty lists
 * of them) into columns and one string. Throws, naming the file and the entry, on anything the
 * packed form could not give back exactly. Two savings keep a large gazetteer small: an `id` that
 * is the slug of the first English name is written as `^`, and a column of few distinct values
 * (kinds, the ids of `within`) is written as base-36 indexes into a table of them, where that is
 * shorter.
 * @param {unknown} entries
 * @param {string} file
 * @returns {{ columns: string[], lists: boolean[], tables: (string[] | null)[], packed: string }}
 */
export function packLexicon(entries, file) {
  if (!Array.isArray(entries)) throw new Error(`${file}: a lexicon is an array of entries`);
  /** @type {string[]} */
  const columns = [];
  /** @type {boolean[]} */
  const lists = [];
  const where = (index, entry) => `${file}: entry ${index + 1}${entry && typeof entry.id === 'string' ? ` (${entry.id})` : ''}`;
  const checkText = (text, index, entry, key) => {
    if (typeof text !== 'string' || text === '' || text === DERIVED || text.includes(FIELD) || text.includes(ITEM) || text.includes(ENTRY)) {
      throw new Error(`${where(index, entry)}: "${key}" must be non-empty text without "${FIELD}", "${ITEM}" or a line break, and not "${DERIVED}", to be packed`);
    }
  };
  entries.forEach((entry, index) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new Error(`${where(index, entry)}: not an object`);
    for (const [key, value] of Object.entries(entry)) {
      let column = columns.indexOf(key);
      if (column === -1) {
        column = columns.push(key) - 1;
        lists.push(Array.isArray(value));
      }
      if (lists[column] !== Array.isArray(value)) throw new Error(`${where(index, entry)}: "${key}" is a list in some entries and not in others`);
      if (Array.isArray(value)) {
        if (value.length === 0) throw new Error(`${where(index, entry)}: "${key}" is an empty list`);
        for (const item of value) checkText(item, index, entry, key);
      } else checkText(value, index, entry, key);
    }
  });
  const tables = columns.map((key, column) => table(entries.flatMap((entry) => (entry[key] === undefined ? [] : lists[column] ? entry[key] : [entry[key]]))));
  const write = (entry, key, column) => {
    const value = entry[key];
    if (value === undefined) return '';
    if (key === 'id' && Array.isArray(entry.en) && slug(entry.en[0]) === value) return DERIVED;
    const items = (lists[column] ? value : [value]).map((item) => (tables[column] ? tables[column].indexOf(item).toString(36) : item));
    return items.join(ITEM);
  };
  const packed = entries.map((entry) => columns.map((key, column) => write(entry, key, column)).join(FIELD)).join(ENTRY);
  return { columns, lists, tables, packed };
}

/** The table of a column's distinct values, when indexes into it are shorter than the values. */
function table(values) {
  const distinct = [...new Set(values)];
  const plain = values.reduce((sum, value) => sum + value.length, 0);
  const coded = values.reduce((sum, value) => sum + distinct.indexOf(value).toString(36).length, 0) + distinct.reduce((sum, value) => sum + value.length + 3, 0);
  return coded < plain ? distinct : null;
}

/**
 * Expands a packed lexicon back into its entries (the inverse of `packLexicon`); the bundled
 * module carries this function's text, so it names no other function of this file.
 * @param {string[]} columns
 * @param {boolean[]} lists
 * @param {(string[] | null)[]} tables
 * @param {string} packed
 * @returns {Record<string, string | string[]>[]}
 */
export function expandLexicon(columns, lists, tables, packed) {
  return packed.split('\n').map((line) => {
    const fields = line.split('|');
    /** @type {Record<string, string | string[]>} */
    const entry = {};
    for (let column = 0; column < columns.length; column++) {
      const field = fields[column];
      if (!field) continue;
      const codes = tables[column];
      const items = field.split(';').map((item) => (codes ? codes[parseInt(item, 36)] : item));
      entry[columns[column]] = lists[column] ? items : items[0];
    }
    if (entry.id === '^') {
      const english = /** @type {string[]} */ (entry.en)[0] ?? '';
      entry.id = english.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    }
    return entry;
  });
}

/**
 * The module a lexicon file is bundled as: its packed form and the expansion, run once at load.
 * @param {unknown} entries
 * @param {string} file
 */
export function lexiconModule(entries, file) {
  const { columns, lists, tables, packed } = packLexicon(entries, file);
  return `${expandLexicon.toString()}\nexport default expandLexicon(${JSON.stringify(columns)}, ${JSON.stringify(lists)}, ${JSON.stringify(tables)}, ${JSON.stringify(packed)});\n`;
}

/** @type {import('esbuild').Plugin} */
export const packedLexicons = {
  name: 'packed-lexicons',
  setup(build) {
    build.onLoad({ filter: /[\\/]knowledge[\\/]lexicon[\\/][^\\/]+\.json$/ }, async (args) => {
      const entries = JSON.parse(await readFile(args.path, 'utf8'));
      return { contents: lexiconModule(entries, args.path), loader: 'js' };
    });
  },
};
