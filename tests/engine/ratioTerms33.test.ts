/**
 * The figures of a ratio count nothing: the term after «لكل», "for every" or "per" (one doctor for
 * every 3,100 people, «طبيب واحد لكل 3100 نسمة») and the numbers of a fraction said with its own
 * whole (one in five nurses, «واحدة من كل خمس ممرضات»). Drawing read them as counts of the noun
 * after them, which then had two values (620,000 people and 3,100 people) and gave no fact at
 * all. The check already leaves a fraction's numbers out of its counts (`rules/quantity.ts`
 * `countable`). A ratio that is its noun's only figure is still drawn, as the article's ratio,
 * and a draft's ratio is compared with it (`mountain-clinic33.*.txt`). Invented articles: a new regional hospital in Errachidia
 * (`oasis-hospital33.ar.txt`, `oasis-hospital33.en.txt`); the figures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';
import { bilingualChecker } from './helpers';

const AR = 'oasis-hospital33.ar.txt';
const EN = 'oasis-hospital33.en.txt';

/** The quantities drawn from a probe article. */
function drawn(file: string): DrawnQuantity[] {
  return drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8'));
}

for (const file of [AR, EN]) {
  test(`${file}: the people a hospital serves are drawn, though a ratio names people too`, () => {
    const people = drawn(file).filter((q) => q.unit === 'count' && (q.value === 620_000 || q.value === 3100));
    assert.deepEqual(people.map((q) => q.value), [620_000], JSON.stringify(people));
  });

  test(`${file}: the nurses it will employ are drawn, though a fraction names nurses too`, () => {
    const nurses = drawn(file).filter((q) => q.unit === 'count' && (q.value === 240 || q.value === 5));
    assert.deepEqual(nurses.map((q) => q.value), [240], JSON.stringify(nurses));
  });
}

const PROBES: RuleProbe[] = [
  // A wrong count of the people served is flagged in either language; the true one is not.
  { file: AR, sentence: 'ويخدم المستشفى نحو 260 ألف نسمة.', flagged: '260 ألف' },
  { file: AR, sentence: 'ويخدم المستشفى نحو 620 ألف نسمة.' },
  { file: EN, sentence: 'The hospital will serve about 260,000 people.', flagged: '260,000' },
  { file: EN, sentence: 'The hospital will serve about 620,000 people.' },
  { file: EN, sentence: 'The hospital will employ 420 nurses.', flagged: '420' },
  { file: AR, sentence: 'وسيشغّل المستشفى 420 ممرضة.', flagged: '420' },
  // A ratio's figure in a draft is not compared with the count of its noun.
  { file: AR, sentence: 'ولا تضم الجهة سوى طبيب واحد لكل 4000 نسمة.' },
  { file: EN, sentence: 'The region has only one doctor for every 4,000 people.' },
  { file: EN, sentence: 'One in five nurses leaves the sector each year.' },
  // A ratio that is its noun's only figure is drawn as the article's ratio, and a wrong one is flagged.
  { file: 'mountain-clinic33.en.txt', sentence: 'The region has one doctor for every 8,200 residents.', flagged: '8,200' },
  { file: 'mountain-clinic33.en.txt', sentence: 'The region has one doctor for every 2,800 residents.' },
  { file: 'mountain-clinic33.ar.txt', sentence: 'ولا تضم المنطقة سوى طبيب واحد لكل 8200 ساكن.', flagged: '8200' },
  { file: 'mountain-clinic33.ar.txt', sentence: 'ولا تضم المنطقة سوى طبيب واحد لكل 2800 ساكن.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);

const EDITOR_EN = [
  'Work starts on new regional hospital in Errachidia',
  'ERRACHIDIA, Wednesday 4 November 2026 - The hospital will serve about 620,000 people in the region, which has only one doctor for every 3,100 people.',
].join('\n\n');

const EDITOR_AR = [
  'وضع حجر الأساس لمستشفى جهوي جديد في الرشيدية',
  'الرشيدية، الأربعاء 4 نوفمبر 2026 - ويخدم المستشفى نحو 620 ألف نسمة في الجهة التي لا تضم سوى طبيب واحد لكل 3100 نسمة.',
].join('\n\n');

/** A fact base an editor wrote, which gives the ratio as a fact of its own. */
const editorChecker = bilingualChecker(
  {
    id: 'oasis-hospital',
    published: '2026-11-04',
    facts: (own) => ({
      quantities: [
        { id: 'served', value: 620_000, unit: 'count', approx: 'about', noun: { en: ['people'], ar: ['نسمة'] }, evidence: own('about 620,000 people', 'نحو 620 ألف نسمة') },
        { id: 'doctors', value: 3100, unit: 'count', noun: { en: ['people'], ar: ['نسمة'] }, qualifier: { en: ['doctor', 'every'], ar: ['طبيب', 'لكل'] }, evidence: own('one doctor for every 3,100 people', 'طبيب واحد لكل 3100 نسمة') },
      ],
    }),
  },
  ['quantity'],
);

test('a ratio of the draft is still compared with a ratio the fact base gives', () => {
  assert.deepEqual(editorChecker(EDITOR_EN, 'en')('The region has only one doctor for every 3,100 people.'), []);
  assert.notDeepEqual(editorChecker(EDITOR_EN, 'en')('The region has only one doctor for every 1,300 people.'), []);
  assert.deepEqual(editorChecker(EDITOR_AR, 'ar')('ولا تضم الجهة سوى طبيب واحد لكل 3100 نسمة.'), []);
  assert.notDeepEqual(editorChecker(EDITOR_AR, 'ar')('ولا تضم الجهة سوى طبيب واحد لكل 1300 نسمة.'), []);
});
