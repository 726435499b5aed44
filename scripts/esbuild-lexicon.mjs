// An esbuild plugin that bundles the reference lexicons (knowledge/lexicon/*.json: the gazetteer
// and the well-known organisations) packed. The files stay as they are reviewed and shipped, one
// entry per line as keyed objects (`{ "id", "kind", "within", "ar": [...], "en": [...] }`); in a
// bundle those repeated keys, quotes and brackets cost about a third of the gazetteer's bytes. The
// plugin writes each file as one string (an entry per line, its fields separated by `|` and the
// names of a list by `;`) and a few lines that expand it once, at load, into the same array of
// the same objects, so every importer keeps its API. Used by esbuild.mjs, bench/lib/build.mjs and
// the bundle size test; `tests/engine/lexiconPacking.test.ts` checks the round trip.
import { readFile } from 'node:fs/promises';

const FIELD = '|';
const ITEM = ';';
const ENTRY = '\n';

/**
 * Packs a lexicon (an array of flat objects whose values are non-empty strings or non-empty lists
 * of them) into columns and one string. Throws, naming the file and the entry, on anything the
 * packed form could not give back exactly.
 * @param {unknown} entries
 * @param {string} file
 * @returns {{ columns: string[], lists: boolean[], packed: string }}
 */
export function packLexicon(entries, file) {
  if (!Array.isArray(entries)) throw new Error(`${file}: a lexicon is an array of entries`);
  /** @type {string[]} */
  const columns = [];
  /** @type {boolean[]} */
  const lists = [];
  const where = (index, entry) => `${file}: entry ${index + 1}${entry && typeof entry.id === 'string' ? ` (${entry.id})` : ''}`;
  const checkText = (text, index, entry, key) => {
    if (typeof text !== 'string' || text === '' || text.includes(FIELD) || text.includes(ITEM) || text.includes(ENTRY)) {
      throw new Error(`${where(index, entry)}: "${key}" must be non-empty text without "${FIELD}", "${ITEM}" or a line break to be packed`);
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
  const packed = entries
    .map((entry) => columns.map((key, column) => (entry[key] === undefined ? '' : lists[column] ? entry[key].join(ITEM) : entry[key])).join(FIELD))
    .join(ENTRY);
  return { columns, lists, packed };
}

/**
 * Expands a packed lexicon back into its entries (the inverse of `packLexicon`); the bundled
 * module carries this function's text.
 * @param {string[]} columns
 * @param {boolean[]} lists
 * @param {string} packed
 * @returns {Record<string, string | string[]>[]}
 */
export function expandLexicon(columns, lists, packed) {
  return packed.split('\n').map((line) => {
    const fields = line.split('|');
    /** @type {Record<string, string | string[]>} */
    const entry = {};
    for (let column = 0; column < columns.length; column++) {
      const field = fields[column];
      if (field) entry[columns[column]] = lists[column] ? field.split(';') : field;
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
  const { columns, lists, packed } = packLexicon(entries, file);
  return `${expandLexicon.toString()}\nexport default expandLexicon(${JSON.stringify(columns)}, ${JSON.stringify(lists)}, ${JSON.stringify(packed)});\n`;
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
