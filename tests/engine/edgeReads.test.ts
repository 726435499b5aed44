/**
 * Probes (perf15) of reads at the very end of a word or a text: an Arabic key's article taken off
 * when the key is one to three letters long (withoutArticle, used by the quantity labels), the
 * end of a word whose last character is a comma, point, hyphen or apostrophe at the end of the
 * text (the analyser's tokens), and a blockquote marker on the last line of a draft (the prose
 * mask). Written before those reads stop looking one character past the end (V8 throws away a
 * function's optimised code the first time it reads past a string's end); they pass now and must
 * pass after.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { proseMask } from '../../engine/src/text/markdown';
import { withoutArticle } from '../../engine/src/rules/quantities/labels';

/** A folded Arabic key and the key without its article (ال, or ل of للبيت, after an optional و). */
const ARTICLES: [string, string][] = [
  ['', ''],
  ['و', 'و'],
  ['ا', 'ا'],
  ['ل', 'ل'],
  ['ال', 'ال'],
  ['ول', 'ول'],
  ['الم', 'الم'],
  ['والم', 'والم'],
  ['الماء', 'ماء'],
  ['والماء', 'ماء'],
  ['للبيت', 'بيت'],
  ['لل', 'لل'],
  ['اللي', 'لي'],
  ['ولل', 'ولل'],
  ['مدينه', 'مدينه'],
];

test('the article is taken off a key of four letters or more only', () => {
  for (const [key, bare] of ARTICLES) assert.equal(withoutArticle(key), bare, key);
});

/** A plain-text draft ending in a word's last character, and its tokens. */
const ENDINGS: [string, string[]][] = [
  ['Costs rose 2,', ['costs', 'rose', '2']],
  ['Costs rose 2.', ['costs', 'rose', '2']],
  ['He met al-', ['he', 'met', 'al']],
  ["They met Asa'", ['they', 'met', 'asa']],
  ['Prices: 3.5', ['prices', '3.5']],
  ['ارتفع 2،', ['ارتفع', '2']],
  ['a 421mm', ['a', '421', 'mm']],
  ['x-', ['x']],
  ["x'", ['x']],
  ['2,5', ['2,5']],
  ['al-Abbasi said', ['al-abbasi', 'said']],
];

test('a word at the very end of the text ends before a trailing comma, point, hyphen or apostrophe', () => {
  for (const [text, tokens] of ENDINGS) assert.deepEqual(analyse(text, 'plaintext').tokens.map((token) => token.text), tokens, text);
});

/** A Markdown draft whose last line holds a blockquote marker, and its prose mask. */
const QUOTES: [string, string][] = [
  ['>', ' '],
  ['> ', '  '],
  ['text\n>', 'text\n '],
  ['text\n> ', 'text\n  '],
  ['> quote\n>', '  quote\n '],
  ['> > deep\n> >', '    deep\n   '],
  ['- item\n  >', '  item\n   '],
  ['> a\n\n>', '  a\n\n '],
  ['   >', '    '],
  ['    >', '     '],
  ['> x\n> y', '  x   y'],
];

test('a blockquote marker on the last line is masked', () => {
  for (const [text, masked] of QUOTES) assert.equal(proseMask(text).text, masked, JSON.stringify(text));
});
