/**
 * Name probes of helper ties26: the Arabic press writes a foreign name's Latin g with ج or with غ
 * (Berg: بيرغ, بيرج), so an Arabic draft that swaps the two in such a name writes the same name,
 * not a misspelling; the swap in a name whose English form has no bare g (Ghassan: غسان) is still
 * flagged. An editor's fact base, on an invented story (a bridge survey in Torvik, told in Arabic).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const TORVIK = [
  'توروفيك، الأحد 6 ديسمبر 2026 - قالت المهندسة غريتا ليندغرن إن مسح الجسر سينتهي في يناير.',
  'وقال غسان الدباغ، مدير الطرق في البلدية، إن الجسر سيغلق 12 يوما.',
].join('\n');
const torvikCite = citer(TORVIK);
const torvik = createChecker(
  [
    loadTestFactBase(
      {
        schemaVersion: 2,
        id: 'torvik-bridge',
        source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-06' },
        people: [
          { id: 'lindgren', names: { ar: ['غريتا ليندغرن'], en: ['Greta Lindgren'] }, short: { ar: ['ليندغرن'], en: ['Lindgren'] }, gender: 'f', evidence: torvikCite('غريتا ليندغرن') },
          { id: 'dabbagh', names: { ar: ['غسان الدباغ'], en: ['Ghassan al-Dabbagh'] }, gender: 'm', evidence: torvikCite('غسان الدباغ') },
        ],
      },
      'torvik.factbase.json',
      TORVIK,
    ),
  ],
  { scope: 'all' },
);
const nameFindings = (draft: string) => findingLines(torvik, ['name-spelling'])(draft).map((line) => line.replace(/ → .*$/, ''));

const NAME_PROBES: { sentence: string; flagged?: string; todo?: string }[] = [
  // The Latin g written with the other letter, in one word or in both: the same name.
  { sentence: 'وقالت المهندسة غريتا ليندجرن إن المسح سينتهي في يناير.' },
  { sentence: 'وقالت المهندسة جريتا ليندجرن إن المسح سينتهي في يناير.' },
  // The family name alone, after the article gave it in full.
  { sentence: 'وأضافت ليندجرن أن الجسر سيغلق 12 يوما.' },
  // Another changed letter in that name is still a misspelling.
  { sentence: 'وقالت المهندسة غريتا ليندفرن إن المسح سينتهي في يناير.', flagged: 'غريتا ليندفرن' },
  // The swap in a name whose English form writes gh (an Arabic غ) is a misspelling.
  { sentence: 'وقال جسان الدباغ إن الجسر سيغلق 12 يوما.', flagged: 'جسان الدباغ' },
];

for (const { sentence, flagged, todo } of NAME_PROBES) {
  test(`torvik: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(nameFindings(sentence), flagged ? [`name-spelling: ${flagged}`] : []);
  });
}
