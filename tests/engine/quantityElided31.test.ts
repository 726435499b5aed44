/**
 * A count split among places, its noun written once (helper numbers31): «45 مدرسة في صفاقس و30 في
 * قابس», "45 schools in Sfax, 30 in Gabes and 15 in Kairouan". The figures after the first have no
 * noun of their own, so a wrong one went unflagged: the noun of the series is the first figure's,
 * and its place names the fact. An invented article: a ministry's plan to build schools in three
 * provinces.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ARABIC = [
  'خطة لبناء 90 مدرسة في ثلاث ولايات',
  'تونس – الاثنين 2 مارس 2026 – أعلنت وزارة التربية خطة لبناء 90 مدرسة جديدة، منها 45 مدرسة في صفاقس و30 في قابس و15 في القيروان، على أن تفتح أبوابها في سبتمبر 2028.',
].join('\n\n');

const ENGLISH = [
  'Plan to build 90 schools in three provinces',
  'TUNIS, Monday 2 March 2026 - The education ministry announced a plan to build 90 new schools, 45 schools in Sfax, 30 in Gabes and 15 in Kairouan, to open in September 2028.',
].join('\n\n');

const story = {
  id: 'tunisia-schools',
  published: '2026-03-02',
  facts: (own: (en: string, ar: string) => { start: number; end: number; text: string }[]) => ({
    places: [
      { id: 'sfax', names: { en: ['Sfax'], ar: ['صفاقس'] }, kind: 'city', evidence: own('Sfax', 'صفاقس') },
      { id: 'gabes', names: { en: ['Gabes'], ar: ['قابس'] }, kind: 'city', evidence: own('Gabes', 'قابس') },
      { id: 'kairouan', names: { en: ['Kairouan'], ar: ['القيروان'] }, kind: 'city', evidence: own('Kairouan', 'القيروان') },
    ],
    quantities: [
      { id: 'schools', value: 90, unit: 'count', noun: { ar: ['مدرسة'], en: ['schools'] }, evidence: own('build 90 new schools', 'لبناء 90 مدرسة جديدة') },
      { id: 'sfax-schools', value: 45, unit: 'count', subject: 'sfax', noun: { ar: ['مدرسة'], en: ['schools'] }, evidence: own('45 schools in Sfax', '45 مدرسة في صفاقس') },
      { id: 'gabes-schools', value: 30, unit: 'count', subject: 'gabes', noun: { ar: ['مدرسة'], en: ['schools'] }, evidence: own('30 in Gabes', 'و30 في قابس') },
      { id: 'kairouan-schools', value: 15, unit: 'count', subject: 'kairouan', noun: { ar: ['مدرسة'], en: ['schools'] }, evidence: own('15 in Kairouan', 'و15 في القيروان') },
    ],
  }),
};

const arabic = bilingualChecker(story, ['quantity'])(ARABIC, 'ar');
const english = bilingualChecker(story, ['quantity'])(ENGLISH, 'en');

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[] }[] = [
  // A figure after the first of the series counts the first one's noun in its own place.
  { lang: 'ar', sentence: 'وتشمل الخطة 45 مدرسة في صفاقس و15 في قابس.', found: ['quantity: 15 → 30'] },
  { lang: 'ar', sentence: 'وتشمل الخطة 30 مدرسة في قابس و45 في صفاقس و51 في القيروان.', found: ['quantity: 51 → 15'] },
  { lang: 'en', sentence: 'The plan includes 45 schools in Sfax and 13 in Kairouan.', found: ['quantity: 13 → 15'] },
  { lang: 'en', sentence: 'The plan includes 45 schools in Sfax, 20 in Gabes and 15 in Kairouan.', found: ['quantity: 20 → 30'] },
  // The article's own figures, in any order, are clean.
  { lang: 'ar', sentence: 'وتشمل الخطة 45 مدرسة في صفاقس و30 في قابس و15 في القيروان.' },
  { lang: 'ar', sentence: 'وتشمل الخطة 15 مدرسة في القيروان و30 في قابس.' },
  { lang: 'en', sentence: 'The plan includes 30 schools in Gabes, 15 in Kairouan and 45 in Sfax.' },
  // A rounded figure is no contradiction.
  { lang: 'ar', sentence: 'وتشمل الخطة 45 مدرسة في صفاقس ونحو 30 في قابس.' },
  // A figure that does not continue the series, or of a place the article does not count, is another's.
  { lang: 'ar', sentence: 'وتشمل الخطة 45 مدرسة في صفاقس، وقُتل 3 في قابس في حادث سير.' },
  { lang: 'ar', sentence: 'وتشمل الخطة 45 مدرسة في صفاقس و12 في تونس.' },
  { lang: 'en', sentence: 'The plan includes 45 schools in Sfax, and police arrested 4 in Gabes.' },
  { lang: 'en', sentence: 'The ministry built 45 schools in Sfax in 2019 and 12 in 2020.' },
];

for (const { lang, sentence, found = [] } of PROBES) {
  test(`${lang}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    assert.deepEqual((lang === 'ar' ? arabic : english)(sentence), found);
  });
}
