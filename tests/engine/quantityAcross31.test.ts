/**
 * Figures of an English article restated in an Arabic draft (helper numbers31): a fact base written
 * for an English article names what its figures count in English only (calls, vehicles,
 * complaints, hours), and who they are by an English qualifier (admitted, treated). An Arabic
 * draft that restates them with its own words (مكالمة, مركبة, شكوى, ساعة; أُدخل, عولج) found no
 * fact, so its wrong figures went unflagged. Such a sentence restates the article's when it shares
 * a name or a figure with it and the noun. An invented article: the yearly report of the
 * fire service of Northvale, a county town.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Northvale fire service answered 2,300 calls in January',
  'NORTHVALE, Monday 2 March 2026 - The Northvale Fire and Rescue Service answered 2,300 emergency calls in January, and its crews spent 6,400 hours at incidents, a report published on Monday found.',
  'The service will buy 12 new vehicles by the end of the year, its chief officer, Maria Dunn, said.',
  'Fires in Northvale hurt 48 children last year: 17 children were admitted to hospital, and 31 children were treated at the scene.',
  'The service received 96 complaints from Northvale residents last year.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'northvale-fire',
    published: '2026-03-02',
    facts: (own) => ({
      places: [{ id: 'northvale', names: { en: ['Northvale'], ar: ['نورثفيل'] }, kind: 'city', evidence: own('Northvale', '') }],
      people: [{ id: 'dunn', names: { en: ['Maria Dunn'], ar: ['ماريا دان'] }, gender: 'f', evidence: own('Maria Dunn', '') }],
      quantities: [
        { id: 'calls', value: 2300, unit: 'count', noun: { en: ['calls'] }, evidence: own('answered 2,300 emergency calls', '') },
        { id: 'hours', value: 6400, unit: 'hour', noun: { en: ['hours', 'spent'] }, evidence: own('spent 6,400 hours at incidents', '') },
        { id: 'vehicles', value: 12, unit: 'count', noun: { en: ['vehicles'] }, evidence: own('buy 12 new vehicles', '') },
        { id: 'admitted', value: 17, unit: 'count', noun: { en: ['children', 'admitted'] }, qualifier: { en: ['admitted'] }, evidence: own('17 children were admitted to hospital', '') },
        { id: 'treated', value: 31, unit: 'count', noun: { en: ['children', 'treated'] }, qualifier: { en: ['treated'] }, evidence: own('31 children were treated at the scene', '') },
        { id: 'complaints', value: 96, unit: 'count', noun: { en: ['complaints'] }, evidence: own('received 96 complaints', '') },
      ],
    }),
  },
  ['quantity'],
)(ENGLISH, 'en');

const PROBES: { sentence: string; found?: string[] }[] = [
  // Wrong figures restated in Arabic: the noun is a word of the fact's noun in the other language.
  { sentence: 'وتلقت هيئة الإطفاء في نورثفيل 3200 مكالمة طوارئ في يناير.', found: ['quantity: 3200 → 2300'] },
  { sentence: 'وقالت ماريا دان إن الهيئة ستشتري 21 مركبة جديدة بحلول نهاية العام.', found: ['quantity: 21 → 12'] },
  { sentence: 'وتلقت هيئة الإطفاء في نورثفيل 69 شكوى من السكان العام الماضي.', found: ['quantity: 69 → 96'] },
  // A duration whose noun is its unit's word (hours) is named by the unit's Arabic word.
  { sentence: 'وأمضت طواقم نورثفيل 4600 ساعة في مواقع الحوادث في يناير.', found: ['quantity: 4600 ساعة → 6400 ساعة'] },
  // A qualifier in English is found by its Arabic word.
  { sentence: 'وأُدخل 71 طفلاً المستشفى.', found: ['quantity: 71 → 17'] },
  { sentence: 'وعولج 13 طفلاً في موقع الحريق.', found: ['quantity: 13 → 31'] },
  // The article's own figures restated in Arabic are clean.
  { sentence: 'وتلقت هيئة الإطفاء 2300 مكالمة طوارئ في يناير.' },
  { sentence: 'وستشتري الهيئة 12 مركبة جديدة بحلول نهاية العام.' },
  { sentence: 'وتلقت الهيئة 96 شكوى من السكان العام الماضي.' },
  { sentence: 'وأمضت الطواقم 6400 ساعة في مواقع الحوادث في يناير.' },
  { sentence: 'وأُدخل 17 طفلاً المستشفى، وعولج 31 طفلاً في موقع الحريق.' },
  // Figures of things the article does not count, or of its other counts, are no contradiction.
  { sentence: 'ويعمل في الهيئة 800 موظف.' },
  // A count of the noun that shares no name or figure with the count's sentence is another's.
  { sentence: 'وتلقت الشرطة 3200 مكالمة بشأن الطقس.' },
  { sentence: 'وقالت ماريا دان إن 40 شكوى وصلت إلى البلدية.' },
  { sentence: 'وأُدخل 31 طفلاً إلى المدارس الجديدة.' },
  { sentence: 'وتقع المحطة على بعد 40 كيلومتراً من المدينة.' },
  // The English draft keeps the reading it had.
  { sentence: 'The service answered 3,200 emergency calls in January.', found: ['quantity: 3,200 → 2,300'] },
  { sentence: 'The service will buy 21 new vehicles.', found: ['quantity: 21 → 12'] },
];

for (const { sentence, found = [] } of PROBES) {
  test(`ar/en: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(checker(sentence), found);
  });
}
