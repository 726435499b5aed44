/**
 * A bound restated as another bound (helper numbers31): where the article itself gives a figure as
 * a bound ("more than 40 villages", "up to 14 hours", «أكثر من 3200 طلب»), a draft that writes the
 * same kind of bound restates it, and its figure is the article's (or the article's rounded toward
 * the bound: more than 3,000 for more than 3,200). A hedge was read as a bound of any figure:
 * "more than 30 villages" was true of more than 40, so the slip went unflagged. An invented
 * article: floods that cut off villages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Floods cut off more than 40 villages',
  'RIVERTON, Monday 2 March 2026 - Floods cut off more than 40 villages in the Riverton valley, and some residents waited up to 14 hours for rescue boats, officials said on Monday.',
  'In the village of Ashby, a family waited 9 hours on a roof for rescuers.',
  'The civil protection agency received more than 3,200 requests for help.',
].join('\n\n');

const ARABIC = [
  'الفيضانات تعزل أكثر من 40 قرية',
  'ريفرتون – الاثنين 2 مارس 2026 – عزلت الفيضانات أكثر من 40 قرية في وادي ريفرتون، وانتظر بعض السكان ما يصل إلى 14 ساعة قوارب الإنقاذ، بحسب ما أعلن مسؤولون الاثنين.',
  'وفي قرية آشبي، انتظرت أسرة 9 ساعات على سطح منزلها.',
  'وتلقت وكالة الحماية المدنية أكثر من 3200 طلب مساعدة.',
].join('\n\n');

const story = {
  id: 'riverton-floods',
  published: '2026-03-02',
  facts: (own: (en: string, ar: string) => { start: number; end: number; text: string }[]) => ({
    quantities: [
      { id: 'villages', value: 40, unit: 'count', approx: 'more-than', noun: { en: ['villages'], ar: ['قرية'] }, evidence: own('more than 40 villages in the Riverton valley', 'أكثر من 40 قرية في وادي ريفرتون') },
      { id: 'wait', value: 14, unit: 'hour', approx: 'up-to', noun: { en: ['hours', 'waited'], ar: ['ساعة', 'انتظر'] }, evidence: own('waited up to 14 hours', 'انتظر بعض السكان ما يصل إلى 14 ساعة') },
      { id: 'roof', value: 9, unit: 'hour', noun: { en: ['hours', 'waited'], ar: ['ساعات', 'انتظرت'] }, evidence: own('waited 9 hours on a roof', 'انتظرت أسرة 9 ساعات') },
      { id: 'requests', value: 3200, unit: 'count', approx: 'more-than', noun: { en: ['requests'], ar: ['طلب'] }, evidence: own('more than 3,200 requests for help', 'أكثر من 3200 طلب مساعدة') },
    ],
  }),
};

const english = bilingualChecker(story, ['quantity'])(ENGLISH, 'en');
const arabic = bilingualChecker(story, ['quantity'])(ARABIC, 'ar');

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[] }[] = [
  // The article's bound given as a bound of another figure.
  { lang: 'en', sentence: 'Floods cut off more than 30 villages in the Riverton valley.', found: ['quantity: 30 → 40'] },
  { lang: 'en', sentence: 'The agency received more than 2,300 requests for help.', found: ['quantity: 2,300 → 3,200'] },
  { lang: 'ar', sentence: 'وعزلت الفيضانات أكثر من 30 قرية في وادي ريفرتون.', found: ['quantity: 30 → 40'] },
  { lang: 'ar', sentence: 'وتلقت الوكالة أكثر من 2300 طلب مساعدة.', found: ['quantity: 2300 → 3200'] },
  // The article's own bound, or its figure rounded toward the bound, is clean.
  { lang: 'en', sentence: 'Floods cut off more than 40 villages in the Riverton valley.' },
  { lang: 'en', sentence: 'Some residents waited up to 14 hours for rescue boats.' },
  { lang: 'en', sentence: 'The agency received more than 3,000 requests for help.' },
  { lang: 'ar', sentence: 'وتلقت الوكالة أكثر من 3000 طلب مساعدة.' },
  // Another kind of hedge, or a bound of a figure the article gives exactly, reads as before.
  { lang: 'en', sentence: 'Some residents waited up to 12 hours for rescue boats.', found: ['quantity: 12 hours → 14 hours'] },
  { lang: 'en', sentence: 'A family in Ashby waited more than 8 hours on a roof.' },
  { lang: 'en', sentence: 'Floods cut off dozens of villages, about 40 villages in all.' },
  { lang: 'en', sentence: 'Floods cut off at least 40 villages in the Riverton valley.' },
];

for (const { lang, sentence, found = [] } of PROBES) {
  test(`${lang}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    assert.deepEqual((lang === 'ar' ? arabic : english)(sentence), found);
  });
}
