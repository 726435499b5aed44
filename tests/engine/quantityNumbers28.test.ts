/**
 * Figures the quantity rule did not read, probed by helper numbers28 before the changes that serve
 * them, seen on the dev stories (editor's fact bases):
 *
 * - a scale word changed (thousand for million, «ألف» for «مليون»): the figure before it is the
 *   article's, its scale is not; an Arabic draft of an English article says "carried" with «نقلت»,
 *   and its sentence shares too few concepts with the article's to restate it;
 * - the second of two percentages after one verb, where another percentage of the article shares
 *   a noun with it (council tax): the fact whose sentence the draft restates is the slip's;
 * - a duration of a quote restated in Arabic after «منذ».
 *
 * Traps: the article's scale, a hedged rounding, another year, another noun, a quote of another
 * speaker, and the article's own percentages.
 *
 * An invented article: the ferries of the Carrick Sound islands council and its budget.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Carrick Sound council raises ferry fares',
  'Carrick Sound islands council approved a £620 million budget on Friday. Kestrel Ferries, which the council owns, carried 86 million passengers last year.',
  'Council tax will rise by 6% from 1 April. The budget includes £27.4 million of savings and the loss of about 140 council posts.',
  "The Liberal group's amendment, which proposed a 3% fare rise and a 15% council tax increase, was defeated.",
  'Mairi Dunlop, head of Kestrel Ferries, said: "We have held fares for 14 months, and we cannot hold them any longer."',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'carrick-sound',
    published: '2026-11-07',
    facts: (own) => ({
      organisations: [
        { id: 'council', names: { en: ['Carrick Sound islands council'], ar: ['مجلس جزر كاريك ساوند'] }, kind: 'council', evidence: own('Carrick Sound islands council', '') },
        { id: 'liberals', names: { en: ['Liberal group'] }, kind: 'party', evidence: own("The Liberal group's amendment", '') },
        { id: 'kestrel', names: { en: ['Kestrel Ferries'], ar: ['عبّارات كيستريل', 'عبارات كيستريل'] }, kind: 'company', evidence: own('Kestrel Ferries, which the council owns', '') },
      ],
      people: [{ id: 'dunlop', names: { en: ['Mairi Dunlop'], ar: ['مايري دنلوب'] }, evidence: own('Mairi Dunlop, head of Kestrel Ferries', '') }],
      events: [
        {
          id: 'amendment',
          names: { en: ["the Liberal group's amendment"] },
          triggers: { en: ['amendment', 'defeated'] },
          evidence: own("The Liberal group's amendment, which proposed a 3% fare rise and a 15% council tax increase, was defeated", ''),
        },
      ],
      quantities: [
        { id: 'budget', value: 620_000_000, unit: 'money', currency: 'GBP', noun: { en: ['budget'] }, evidence: own('a £620 million budget', '') },
        { id: 'passengers', value: 86_000_000, unit: 'count', noun: { en: ['passengers', 'journeys'] }, evidence: own('carried 86 million passengers last year', '') },
        { id: 'council-tax', value: 6, unit: 'percent', noun: { en: ['council', 'tax'] }, evidence: own('Council tax will rise by 6%', '') },
        { id: 'savings', value: 27_400_000, unit: 'money', currency: 'GBP', noun: { en: ['savings', 'cuts'] }, evidence: own('£27.4 million of savings', '') },
        { id: 'posts', value: 140, unit: 'count', approx: 'about', noun: { en: ['posts', 'jobs'] }, evidence: own('about 140 council posts', '') },
        { id: 'fare-rise', value: 3, unit: 'percent', subject: 'liberals', noun: { en: ['fare', 'rise'] }, evidence: own('a 3% fare rise', '') },
        { id: 'tax-rise', value: 15, unit: 'percent', subject: 'liberals', noun: { en: ['council', 'tax', 'increase'] }, evidence: own('a 15% council tax increase', '') },
        { id: 'held', value: 14, unit: 'month', subject: 'dunlop', noun: { en: ['held', 'freeze'] }, evidence: own('We have held fares for 14 months', '') },
      ],
    }),
  },
  ['quantity'],
)(ENGLISH, 'en');

/** What an Arabic «منذ» before a duration waits for. */
const SINCE = 'a duration after «منذ» in a sentence of another verb («لم ترفع الأسعار») is tied to no fact';

/**
 * What an Arabic count of the other language's article waits for: «نقلت» is no word of a concept
 * of "carried", so the sentence shares too few concepts with the article's to restate it. A group
 * of carrying (carried, transported, «نقلت», «ينقل») lowered one held-out Arabic story's editor
 * recall by 0.03 (and its drawn figures); probes of an Arabic airline article did not show how.
 */
const CARRY = 'an Arabic verb of carrying («نقلت») shares no concept with "carried": the sentence is aligned with none';

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // A scale word changed: thousand for million; the fix gives the article's scale.
  { sentence: 'Kestrel Ferries carried 86 thousand passengers last year.', found: ['quantity: 86 thousand → 86 million'] },
  { sentence: 'Kestrel Ferries carried 86,000 passengers last year.', found: ['quantity: 86,000 → 86,000,000'] },
  { sentence: '- نقلت عبّارات كيستريل 86 ألف راكب العام الماضي.', found: ['quantity: 86 ألف → 86 مليون'], todo: CARRY },
  { sentence: '- نقلت عبارات كيستريل 86 ألف مسافر العام الماضي.', found: ['quantity: 86 ألف → 86 مليون'], todo: CARRY },
  { sentence: 'نقلت عبّارات كيستريل 87 مليون راكب العام الماضي.', found: ['quantity: 87 مليون → 86 مليون'], todo: CARRY },
  // ... and the article's scale is clean, so are a hedged rounding, another year and another noun.
  { sentence: 'Kestrel Ferries carried 86 million passengers last year.' },
  { sentence: '- نقلت عبّارات كيستريل 86 مليون راكب العام الماضي.' },
  { sentence: '- نقلت عبّارات كيستريل نحو 90 مليون راكب العام الماضي.' },
  { sentence: 'نقلت عبّارات كيستريل 12 مليون راكب عام 2019.' },
  { sentence: 'Kestrel Ferries carried 12 million passengers in 2019.' },
  { sentence: 'نقلت عبّارات كيستريل 86 ألف سيارة العام الماضي.' },
  { sentence: 'وقال قبطان في عبّارات كيستريل: «نقلنا 40 ألف سيارة».' },
  // Swapped digits of money.
  { sentence: '- وتبلغ الوفورات 24.7 مليون جنيه.', found: ['quantity: 24.7 مليون جنيه → 27.4'] },
  { sentence: 'The budget includes £24.7 million of savings.', found: ['quantity: £24.7 million → 27.4'] },
  { sentence: '- سيُلغى نحو 140 وظيفة، وتبلغ الوفورات 27.4 مليون جنيه.' },
  // The second of two percentages after one verb, where another percentage of the article shares its noun.
  { sentence: 'سقط تعديل مجموعة الليبراليين، وكان يقترح رفع أجور العبارات 3 في المئة وضريبة المجلس 12 في المئة.', found: ['quantity: 12 في المئة → 15'] },
  { sentence: 'The amendment proposed a 3% fare rise and a 12% council tax increase.', found: ['quantity: 12% → 15'] },
  { sentence: 'سقط تعديل مجموعة الليبراليين، وكان يقترح رفع أجور العبارات 3 في المئة وضريبة المجلس 15 في المئة.' },
  { sentence: 'The amendment proposed a 3% fare rise and a 15% council tax increase.' },
  { sentence: 'وترتفع ضريبة المجلس 6 في المئة اعتباراً من أول أبريل.' },
  { sentence: 'Council tax will rise by 6% from 1 April.' },
  { sentence: 'Council tax will rise by 9% from 1 April.', found: ['quantity: 9% → 6'] },
  // A quote's duration restated.
  { sentence: 'Kestrel Ferries has held fares for 12 months.', found: ['quantity: 12 months → 14 months'] },
  { sentence: 'وقالت مايري دنلوب إن الشركة لم ترفع الأسعار منذ 12 شهراً.', found: ['quantity: 12 شهراً → 14 شهراً'], todo: SINCE },
  { sentence: 'وقالت مايري دنلوب إن الشركة لم ترفع الأسعار منذ 14 شهراً.' },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`numbers28: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checker(sentence), found);
  });
}
