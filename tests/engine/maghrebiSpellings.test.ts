/**
 * English spellings of Arabic names in the Maghreb's French-trained usage (Cheikh, Hichem,
 * Djamel, Rached, Achraf, Youcef): a drawn Arabic article's person spelt so in an English draft is
 * the same person, not a misspelt name, while a changed consonant (Rashad for Rached, Mashiti for Mashishi) still is.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

/** [the Arabic name, an English sentence naming the person in a Maghrebi spelling]. */
const SAME: [string, string][] = [
  ['محمد ولد الشيخ', 'Mohamed Ould Cheikh'],
  ['هشام المشيشي', 'Hichem Mechichi'],
  ['جمال بلماضي', 'Djamel Belmadi'],
  ['راشد الغنوشي', 'Rached Ghannouchi'],
  ['أشرف حكيمي', 'Achraf Hakimi'],
  ['يوسف بلمهدي', 'Youcef Belmehdi'],
  ['مريم بن صالح', 'Meriem Ben Saleh'],
  ['زينب العدوي', 'Zineb Adaoui'],
  ['حسين آيت أحمد', 'Hocine Ait Ahmed'],
  ['قاسم الهاشمي', 'Kacem Hachemi'],
];

/** [the Arabic name, an English sentence naming another name]. */
const OTHER: [string, string][] = [
  ['راشد الغنوشي', 'Rashad Ghannouchi'],
  ['هشام المشيشي', 'Hichem Mashiti'],
];

function nameFindings(arabic: string, english: string): string[] {
  const article = `تونس - الاثنين 23 نوفمبر 2026\n\nقال الوزير ${arabic} يوم الاثنين إن البرنامج الجديد سيبدأ في يناير المقبل.\n`;
  const { factBase } = drawFactBase(article, { id: 'maghreb-probe', file: 'maghreb.ar.txt' });
  const parsed = parseFactBase(JSON.stringify(factBase), 'maghreb.json', article);
  assert.deepEqual(parsed.problems, []);
  const draft = `---\nstory: maghreb-probe\n---\nThe minister, ${english}, said on Monday that the new programme would start in January.\n`;
  return createChecker([parsed.factBase!]).check(draft, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'name-spelling').map((f) => f.message);
}

describe('Maghrebi English spellings of Arabic names', () => {
  for (const [arabic, english] of SAME) test(`${english} is ${arabic}`, () => assert.deepEqual(nameFindings(arabic, english), []));
  for (const [arabic, english] of OTHER) test(`${english} is not ${arabic}`, () => assert.equal(nameFindings(arabic, english).length, 1));
});
