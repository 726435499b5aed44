/**
 * Figures of a story about next year, probed by helper numbers24 before the change: a figure whose
 * article clause names no year (or only its dateline's) was taken as this year's, so a draft that says "next year" of it,
 * as the headline does («لعام 2027» in an article of 2026), was read as giving another year's
 * figure and a wrong one went unflagged. An invented article: Oman's plan for the school year 2027.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const story = {
  id: 'oman-schools',
  published: '2026-11-20',
  facts: (own: (en: string, ar: string) => { start: number; end: number; text: string }[]) => ({
    quantities: [
      { id: 'teachers', value: 1240, unit: 'count', noun: { en: ['teachers'], ar: ['معلماً', 'معلم'] }, evidence: own('1,240 new teachers', '1240 معلماً') },
      { id: 'schools', value: 38, unit: 'count', noun: { en: ['schools'], ar: ['مدرسة'] }, evidence: own('38 new schools', '38 مدرسة') },
    ],
  }),
};
const checker = bilingualChecker(story, ['quantity']);

/** The article's body: the plan's figures, with no year in their clauses. */
const BODY_EN = "MUSCAT, Friday 20 November 2026 - Oman's education ministry said on Friday it would hire 1,240 new teachers and open 38 new schools.";
const BODY_AR = 'مسقط – الجمعة 20 نوفمبر 2026 – قالت وزارة التربية العمانية يوم الجمعة إنها ستعين 1240 معلماً جديداً وستفتتح 38 مدرسة جديدة.';

const dated = {
  en: checker(['Oman plans its 2027 school year', BODY_EN].join('\n\n'), 'en'),
  ar: checker(['عمان تخطط لعامها الدراسي 2027', BODY_AR].join('\n\n'), 'ar'),
};
const undated = checker(['Oman plans new schools', BODY_EN].join('\n\n'), 'en');

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[]; todo?: string }[] = [
  { lang: 'en', sentence: 'Oman will hire 1,420 new teachers.', found: ['quantity: 1,420 → 1,240'] },
  // Next year is the headline's year: its figures are the article's, compared.
  { lang: 'en', sentence: 'Oman will hire 1,420 new teachers next year.', found: ['quantity: 1,420 → 1,240'] },
  { lang: 'ar', sentence: 'وستعين سلطنة عمان 1420 معلماً جديداً العام المقبل.', found: ['quantity: 1420 → 1240'] },
  { lang: 'en', sentence: 'Oman will hire 1,240 new teachers next year.' },
  { lang: 'ar', sentence: 'وستعين سلطنة عمان 1240 معلماً جديداً العام المقبل.' },
  // Last year is still another year than the story's.
  { lang: 'en', sentence: 'Last year Oman hired 1,420 new teachers.' },
  { lang: 'ar', sentence: 'وعينت سلطنة عمان العام الماضي 1420 معلماً جديداً.' },
];

for (const { lang, sentence, found = [], todo } of PROBES) {
  test(`${lang}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(dated[lang](sentence), found);
  });
}

// A headline that names no year leaves the figures this year's: next year's are another year's.
test('en, undated headline: clean: Oman will hire 1,420 new teachers next year.', () => {
  assert.deepEqual(undated('Oman will hire 1,420 new teachers next year.'), []);
});
