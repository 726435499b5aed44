/**
 * Figures the quantity rule did not read or fixed in the wrong digits, probed by helper numbers29
 * before the changes that serve them:
 *
 * - a scale word the article's figure outgrows, in Arabic-Indic digits: the fix keeps the draft's
 *   digits («٨٦ ألف» → «٨٦ مليون», not «86 مليون»);
 * - a sentence that gives the article's day and month with a wrong year: it is the article's
 *   occasion with a slip in its year (which the date rule reports), not another occasion, so its
 *   count and its percentage are compared.
 *
 * Traps: another day of another year (another occasion), a hedged rounding, the article's figures.
 *
 * An invented article: the floods of the Rummana valley and a coastal bus company.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ARABIC = [
  'عام على سيول وادي الرمانة',
  'غمرت السيول وادي الرمانة في 12 مارس/آذار 2019، ودمّرت 420 منزلاً، وما زال نحو 35 في المئة من الأسر خارج بيوتها بحسب الهلال الأحمر.',
  'ونقلت شركة حافلات الساحل 86 مليون راكب العام الماضي.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'rummana',
    published: '2020-03-10',
    facts: (own) => ({
      organisations: [
        { id: 'crescent', names: { ar: ['الهلال الأحمر'], en: ['Red Crescent'] }, kind: 'other', evidence: own('', 'الهلال الأحمر') },
        { id: 'coach', names: { ar: ['شركة حافلات الساحل', 'حافلات الساحل'], en: ['Coast Coaches'] }, kind: 'company', evidence: own('', 'شركة حافلات الساحل') },
      ],
      events: [
        { id: 'floods', names: { ar: ['سيول وادي الرمانة'] }, triggers: { ar: ['السيول', 'غمرت'] }, date: { year: 2019, month: 3, day: 12 }, evidence: own('', 'غمرت السيول وادي الرمانة في 12 مارس/آذار 2019') },
      ],
      quantities: [
        { id: 'homes', value: 420, unit: 'count', subject: 'floods', noun: { ar: ['منزل', 'منزلاً', 'منازل'], en: ['homes'] }, evidence: own('', 'ودمّرت 420 منزلاً') },
        { id: 'away', value: 35, unit: 'percent', approx: 'about', subject: 'crescent', noun: { ar: ['الأسر'], en: ['families'] }, evidence: own('', 'نحو 35 في المئة من الأسر') },
        { id: 'passengers', value: 86_000_000, unit: 'count', subject: 'coach', noun: { ar: ['راكب'], en: ['passengers'] }, evidence: own('', '86 مليون راكب') },
      ],
    }),
  },
  ['quantity'],
)(ARABIC, 'ar');

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // A scale word the article's figure outgrows, in Arabic-Indic digits: the fix keeps them.
  { sentence: 'ونقلت شركة حافلات الساحل ٨٦ ألف راكب العام الماضي.', found: ['quantity: ٨٦ ألف → ٨٦ مليون'] },
  { sentence: 'ونقلت شركة حافلات الساحل ٨٧ مليون راكب العام الماضي.', found: ['quantity: ٨٧ مليون → ٨٦ مليون'] },
  { sentence: 'ونقلت شركة حافلات الساحل ٨٦ مليون راكب العام الماضي.' },
  // The article's day and month with a wrong year: the same occasion, its figures compared.
  { sentence: 'غمرت السيول وادي الرمانة في 12 مارس/آذار 2018، ودمّرت 520 منزلاً.', found: ['quantity: 520 → 420'] },
  { sentence: 'غمرت السيول وادي الرمانة في 12 مارس/آذار 2018، وما زال نحو 45 في المئة من الأسر خارج بيوتها بحسب الهلال الأحمر.', found: ['quantity: 45 في المئة → 35'] },
  // ... and the article's year is compared as before.
  { sentence: 'غمرت السيول وادي الرمانة في 12 مارس/آذار 2019، ودمّرت 520 منزلاً.', found: ['quantity: 520 → 420'] },
  // Another day of another year is another occasion; a hedged rounding and the article's figures are clean.
  { sentence: 'غمرت السيول وادي الرمانة في 5 يناير/كانون الثاني 2014، ودمّرت 60 منزلاً.' },
  { sentence: 'وكانت السيول قد غمرت وادي الرمانة في 5 يناير/كانون الثاني 2014، وما زال نحو 10 في المئة من الأسر خارج بيوتها.' },
  { sentence: 'غمرت السيول وادي الرمانة في 12 مارس/آذار 2018، ودمّرت نحو 400 منزل.' },
  { sentence: 'غمرت السيول وادي الرمانة في 12 مارس/آذار 2018، ودمّرت 420 منزلاً.' },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`numbers29: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checker(sentence), found);
  });
}
