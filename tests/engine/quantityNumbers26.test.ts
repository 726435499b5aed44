/**
 * Figures of an English article restated in a draft, probed by helper numbers26 before the changes
 * that serve them. Three constructions the quantity rule did not read, seen on the dev stories:
 *
 * - a count's qualifier said after its noun, further on in its clause ("5,900 homes in the valley
 *   were completely destroyed", «أكثر من 620 أسرة لم تتسلم سندات ملكية»), also in the other
 *   language than the fact base's qualifier;
 * - a table row or a bold label that names an area by its dimension word and the thing measured
 *   ("| Lake area | 83 square kilometres |", «| مساحة البحيرة | 83 كيلومتراً مربعاً |»);
 * - a part of a count told by "of whom" ("2,300 workers, nine of whom died");
 * - a charge restated in Arabic («رسم مياه قدره 421 جنيهاً» for a water charge of £412).
 *
 * An invented article: the Kestrel Vale dam in the district of Harlowmere, whose lake displaced
 * families from a flooded valley.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Kestrel Vale dam opens after valley flooded',
  'HARLOWMERE, Friday 4 September 2026 - The Kestrel Vale dam opened on Friday with a lake of 38 square kilometres behind it.',
  'The flood of 2019 destroyed about 4,700 homes in the valley, and 1,150 homes have been rebuilt since.',
  'Of the 1,930 families moved from the valley, more than 260 families had still not received title deeds, the district said.',
  'The works employed 2,300 workers, four of whom died in accidents.',
  'Households will pay a water charge of £412 a year from April.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'kestrel-vale',
    published: '2026-09-04',
    facts: (own) => ({
      quantities: [
        { id: 'lake', value: 38, unit: 'square-km', noun: { en: ['lake', 'reservoir'] }, evidence: own('a lake of 38 square kilometres', '') },
        { id: 'destroyed', value: 4700, unit: 'count', approx: 'about', qualifier: { en: ['destroyed'] }, noun: { en: ['homes', 'houses'] }, evidence: own('destroyed about 4,700 homes', '') },
        { id: 'rebuilt', value: 1150, unit: 'count', qualifier: { en: ['rebuilt'] }, noun: { en: ['homes', 'houses'] }, evidence: own('1,150 homes have been rebuilt', '') },
        { id: 'moved', value: 1930, unit: 'count', noun: { en: ['families', 'family'] }, evidence: own('the 1,930 families moved', '') },
        { id: 'no-deeds', value: 260, unit: 'count', approx: 'more-than', qualifier: { en: ['deeds', 'title'] }, noun: { en: ['families', 'family'] }, evidence: own('more than 260 families had still not received title deeds', '') },
        { id: 'workers', value: 2300, unit: 'count', noun: { en: ['workers'] }, evidence: own('employed 2,300 workers', '') },
        { id: 'water-charge', value: 412, unit: 'money', currency: 'GBP', noun: { en: ['charge'] }, evidence: own('a water charge of £412 a year', '') },
        { id: 'deaths', value: 4, unit: 'count', noun: { en: ['died', 'deaths'] }, evidence: own('four of whom died in accidents', '') },
      ],
    }),
  },
  ['quantity'],
)(ENGLISH, 'en');

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // A qualifier after its noun, further on in the clause.
  { sentence: 'About 5,900 homes in the valley were completely destroyed.', found: ['quantity: 5,900 → 4,700'] },
  { sentence: 'More than 620 families had not received title deeds.', found: ['quantity: 620 → 260'] },
  { sentence: 'وقال مسؤولون إن أكثر من 620 أسرة لم تتسلم سندات ملكية أراضيها الجديدة.', found: ['quantity: 620 → 260'] },
  // ... and the article's own figures, or another count's, are clean.
  { sentence: 'About 4,700 homes in the valley were completely destroyed.' },
  { sentence: 'About 1,150 homes in the valley have been rebuilt.' },
  { sentence: 'Some 1,150 homes were rebuilt after 4,700 were destroyed.' },
  { sentence: 'وقال مسؤولون إن أكثر من 260 أسرة لم تتسلم سندات ملكية أراضيها الجديدة.' },
  // A count without the qualifier is no figure of the qualified fact.
  { sentence: 'About 800 homes in the next valley were spared.' },
  { sentence: 'وانتقلت 500 أسرة إلى البلدة الجديدة قبل عامين.' },
  // An area named by its dimension word and what it measures, on a table row or a label.
  { sentence: '| Lake area | 83 square kilometres |', found: ['quantity: 83 → 38'] },
  { sentence: '| مساحة البحيرة | 83 كيلومتراً مربعاً |', found: ['quantity: 83 → 38'] },
  { sentence: '**Lake area:** 83 square kilometres', found: ['quantity: 83 → 38'] },
  { sentence: '| Lake area | 38 square kilometres |' },
  { sentence: '| مساحة البحيرة | 38 كيلومتراً مربعاً |' },
  // Another dimension of the lake, or the area of something else, is no figure of it.
  { sentence: '| Lake depth | 83 metres |' },
  { sentence: '| Farm area | 83 square kilometres |' },
  // A part told by "of whom".
  { sentence: 'The works employed 2,300 workers, nine of whom died in accidents.', found: ['quantity: nine → four'] },
  { sentence: 'The works employed 2,300 workers, four of whom died in accidents.' },
  { sentence: 'وشغّلت الأعمال 2300 عامل، توفي تسعة منهم في حوادث.', found: ['quantity: تسعة → أربعة'] },
  { sentence: 'وشغّلت الأعمال 2300 عامل، توفي أربعة منهم في حوادث.' },
  // A part told by "of whom" with another verb, or of a thing the article does not count, is no death toll.
  { sentence: 'The works employed 2,300 workers, 600 of whom came from abroad.' },
  { sentence: 'The dam has 12 spillway gates, three of which were closed.' },
  // A charge restated in Arabic, its noun the English fact's in the other language.
  { sentence: 'وسيدفع كل منزل رسم مياه قدره 421 جنيهاً سنوياً.', found: ['quantity: 421 جنيهاً → 412'] },
  { sentence: 'وسيدفع كل منزل رسوم مياه قدرها 421 جنيهاً سنوياً.', found: ['quantity: 421 جنيهاً → 412'] },
  { sentence: 'وسيدفع كل منزل رسم مياه قدره 412 جنيهاً سنوياً.' },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`numbers26: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checker(sentence), found);
  });
}
