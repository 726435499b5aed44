/**
 * Arabic figures of two scales joined by و: «مليون و200 ألف» is 1,200,000, «ملياراً و200 مليون»
 * 1,200,000,000 and «3 ملايين و400 ألف» 3,400,000, as wire copy writes a figure that a digit
 * writer gives as 1.2 million. The number reader kept the two parts apart, so a drawn fact base
 * took 200 million for 1.2 billion and a right «1.2 مليار» was flagged. Near misses stay apart: a
 * range after «بين», a part whose scale is not below the first (ألف و200 مليون), two figures of
 * different nouns, and the dual construct (مليارا دولار, two billion).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { numbers } from '../../engine/src/extract/numbers';
import { drawnQuantities } from './drawProbeChecks';
import { bilingualChecker } from './helpers';

const valuesOf = (text: string): number[] => numbers(analyse(text, 'plaintext')).map((number) => number.value);

test('two scales joined by و make one figure', () => {
  assert.deepEqual(valuesOf('بلغ عدد الزوار مليون و200 ألف زائر'), [1_200_000]);
  assert.deepEqual(valuesOf('خصصت الوزارة ملياراً و200 مليون درهم للتعويضات'), [1_200_000_000]);
  assert.deepEqual(valuesOf('نزح 3 ملايين و400 ألف شخص'), [3_400_000]);
  assert.deepEqual(valuesOf('بلغت الكلفة ثلاثة مليارات و500 مليون دولار'), [3_500_000_000]);
  assert.deepEqual(valuesOf('بلغ العدد مليوناً و300 ألف'), [1_300_000]);
});

test('near misses stay apart', () => {
  // The parts of a single scale as before.
  assert.deepEqual(valuesOf('بلغ العدد 62 ألفاً و931 شخصاً'), [62_931]);
  // A range between two figures.
  assert.deepEqual(valuesOf('يتراوح العدد بين مليون و200 ألف'), [1_000_000, 200_000]);
  // A part whose scale is not below the first one.
  assert.deepEqual(valuesOf('بلغ العدد ألف و200 مليون'), [1_000, 200_000_000]);
  // Two figures of different nouns.
  assert.deepEqual(valuesOf('أنفقت الشركة مليون دولار و200 ألف يورو'), [1_000_000, 200_000]);
  // The dual construct is two billion.
  assert.deepEqual(valuesOf('خصصت الحكومة مليارا دولار'), [2_000_000_000]);
});

test('a drawn fact base takes the joined figure', () => {
  const article = [
    'الرباط - الثلاثاء 15 ديسمبر 2026',
    'قال المدير العام للمكتب الوطني للماء إن المكتب خصص ملياراً و200 مليون درهم لبناء محطة تحلية جديدة.',
  ].join('\n\n');
  const values = drawnQuantities(article).map((quantity) => quantity.value);
  assert.ok(values.includes(1_200_000_000), `drawn values: ${values.join(', ')}`);
  assert.ok(!values.includes(200_000_000), `drawn values: ${values.join(', ')}`);
});

/** A loss of 1.2 million dinars (an invented article), for the fixes of joined figures. */
const ARTICLE = 'عمّان - قالت وزارة الزراعة يوم السبت إن خسائر المزارعين في وادي الأردن بلغت 1.2 مليون دينار بسبب موجة الصقيع.';
const check = bilingualChecker(
  {
    id: 'frost',
    published: '2026-12-05',
    facts: (own) => ({
      quantities: [{ id: 'losses', value: 1_200_000, unit: 'money', currency: 'JOD', noun: { ar: ['خسائر'] }, evidence: own('', 'بلغت 1.2 مليون دينار') }],
    }),
  },
  ['quantity'],
)(ARTICLE, 'ar');

test('a joined figure is fixed whole (found in review: the fix rewrote its first part alone)', () => {
  assert.deepEqual(check('بلغت خسائر المزارعين في وادي الأردن 3 ملايين و400 ألف دينار.'), ['quantity: 3 ملايين و400 ألف دينار → 1.2 مليون']);
  assert.deepEqual(check('بلغت خسائر المزارعين في وادي الأردن مليوناً و300 ألف دينار.'), ['quantity: مليوناً و300 ألف دينار → 1.2 مليون']);
  assert.deepEqual(check('بلغت خسائر المزارعين في وادي الأردن ملياراً و200 مليون دينار.'), ['quantity: ملياراً و200 مليون دينار → 1.2 مليون']);
  assert.deepEqual(check('بلغت خسائر المزارعين في وادي الأردن مليون و200 ألف دينار.'), []);
  // A money fix keeps the draft's Arabic-Indic digits.
  assert.deepEqual(check('بلغت خسائر المزارعين في وادي الأردن ١٫٣ مليون دينار.'), ['quantity: ١٫٣ مليون دينار → ١٫٢']);
});
