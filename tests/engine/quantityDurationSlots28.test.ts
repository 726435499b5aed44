/**
 * A duration restated in its article sentence's slot without its noun, probed by helper numbers28
 * before the change that serves it: a draft sentence that restates the article sentence of a
 * journey's length («ووصلت إلى البلدة بعد نحو ست ساعات») says the length with the word before the
 * article's figure and no noun of the fact (رحلة, journey), so the figure is tied to no fact.
 *
 * Traps: the article's figure, a hedge that bounds it, another duration of the sentence after
 * another word, a duration the article gives for another thing, another unit.
 *
 * An invented article: a convoy of returning families to the town of Tal al-Ward.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ARABIC = [
  'عودة 300 عائلة إلى تل الورد',
  'انطلقت قافلة من 40 حافلة من مخيم الوادي الأخضر عند الخامسة فجراً، ووصلت إلى بلدة تل الورد بعد نحو ست ساعات، ترافقها قوة من الدفاع المدني.',
  'وقال رئيس البلدية سامر الحكيم إن المياه تصل ثلاث ساعات في اليوم فقط.',
].join('\n\n');

const ENGLISH = [
  'Three hundred families return to Tal al-Ward',
  'A convoy of 40 buses left the Green Valley camp at 5am and reached the town of Tal al-Ward after about six hours, escorted by civil defence crews.',
  'The mayor, Samer al-Hakim, said water reached homes for only three hours a day.',
].join('\n\n');

const story = bilingualChecker(
  {
    id: 'tal-al-ward',
    published: '2026-10-14',
    facts: (own) => ({
      people: [{ id: 'hakim', names: { ar: ['سامر الحكيم'], en: ['Samer al-Hakim'] }, evidence: own('Samer al-Hakim', 'سامر الحكيم') }],
      quantities: [
        { id: 'buses', value: 40, unit: 'count', noun: { ar: ['حافلة'], en: ['buses'] }, evidence: own('A convoy of 40 buses', 'قافلة من 40 حافلة') },
        { id: 'journey', value: 6, unit: 'hour', approx: 'about', noun: { ar: ['رحلة', 'الرحلة'], en: ['journey', 'trip'] }, evidence: own('after about six hours', 'بعد نحو ست ساعات') },
        { id: 'water', value: 3, unit: 'hour', noun: { ar: ['المياه'], en: ['water'] }, evidence: own('water reached homes for only three hours a day', 'المياه تصل ثلاث ساعات في اليوم') },
      ],
    }),
  },
  ['quantity'],
);
const arabic = story(ARABIC, 'ar');
const english = story(ENGLISH, 'en');

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[]; todo?: string }[] = [
  // The journey's length in its slot, without its noun.
  { lang: 'ar', sentence: 'ووصلت القافلة إلى بلدة تل الورد بعد نحو ثماني ساعات من انطلاقها من مخيم الوادي الأخضر.', found: ['quantity: ثماني ساعات → ست ساعات'] },
  { lang: 'ar', sentence: 'ووصلت القافلة إلى بلدة تل الورد بعد تسع ساعات.', found: ['quantity: تسع ساعات → ست ساعات'] },
  { lang: 'en', sentence: 'The convoy reached the town of Tal al-Ward after about nine hours.', found: ['quantity: nine hours → six hours'] },
  // ... the article's figure and a bound of it are clean.
  { lang: 'ar', sentence: 'ووصلت القافلة إلى بلدة تل الورد بعد نحو ست ساعات من انطلاقها.' },
  { lang: 'ar', sentence: 'ووصلت القافلة إلى بلدة تل الورد بعد أكثر من خمس ساعات.' },
  { lang: 'en', sentence: 'The convoy reached the town of Tal al-Ward after more than five hours.' },
  // Another duration after another word, another unit, and the article's other duration are clean.
  { lang: 'ar', sentence: 'ووصلت القافلة إلى بلدة تل الورد حيث أمضى رئيس البلدية ساعتين مع العائلات.' },
  { lang: 'ar', sentence: 'ووصلت القافلة إلى بلدة تل الورد بعد يومين من الانتظار.' },
  { lang: 'en', sentence: 'The convoy reached the town of Tal al-Ward, where the mayor spent two hours with families.' },
  { lang: 'ar', sentence: 'ووصلت القافلة إلى بلدة تل الورد، حيث تصل المياه ثلاث ساعات في اليوم.' },
];

for (const { lang, sentence, found = [], todo } of PROBES) {
  test(`durationSlots28: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual((lang === 'ar' ? arabic : english)(sentence), found);
  });
}
