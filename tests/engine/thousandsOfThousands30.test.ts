/**
 * A figure of a thousand or more written with the scale ألف (thousand): «1200 ألف دينار» is
 * 1,200,000 dinars and «2,500 ألف طن» 2.5 million tonnes, as Arabic statistics offices write them.
 * The number reader left ألف out of a figure of four digits, so a draft that writes the article's
 * 1.2 million so was flagged with a fix that rewrote it to 1.2 (a destructive fix), and a wrong one
 * was compared as 1,300 rather than 1,300,000. Traps: a year before the verb ألّف (he wrote) stays a
 * year, a figure restated in another scale is the same figure, and a figure of another noun of the
 * sentence is that noun's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { numbers } from '../../engine/src/extract/numbers';
import { bilingualChecker } from './helpers';

const valuesOf = (text: string): number[] => numbers(analyse(text, 'plaintext')).map((number) => number.value);

test('thousands of a thousand are read with their scale word', () => {
  assert.deepEqual(valuesOf('بلغت الإيرادات 1200 ألف دينار'), [1_200_000]);
  assert.deepEqual(valuesOf('بلغ الإنتاج 2,500 ألف طن'), [2_500_000]);
  assert.deepEqual(valuesOf('بلغ الإنتاج ٣٤٠٠ ألف طن'), [3_400_000]);
  assert.deepEqual(valuesOf('output reached 1,450 thousand tonnes'), [1_450_000]);
});

test('a year before the verb ألّف stays a year', () => {
  const values = valuesOf('في 1998 ألف الكاتب روايته الأولى');
  assert.ok(values.includes(1998) && !values.includes(1_998_000), `values: ${values.join(', ')}`);
});

/** Invented articles: a port's grain imports and a fund's revenue, in both languages. */
const story = bilingualChecker(
  {
    id: 'grain-port',
    published: '2026-11-20',
    facts: (own) => ({
      quantities: [
        { id: 'imports', value: 1_200_000, unit: 'tonne', noun: { ar: ['واردات', 'القمح'], en: ['imports', 'wheat'] }, evidence: own('1.2 million tonnes of wheat', '1.2 مليون طن من القمح') },
        { id: 'revenue', value: 2_500_000, unit: 'money', currency: 'JOD', noun: { ar: ['إيرادات'], en: ['revenue'] }, evidence: own('2.5 million dinars', '2.5 مليون دينار') },
        { id: 'ships', value: 48, unit: 'count', noun: { ar: ['سفينة'], en: ['ships'] }, evidence: own('48 ships', '48 سفينة') },
      ],
    }),
  },
  ['quantity'],
);
const AR = 'العقبة - قالت سلطة الميناء يوم الخميس إن الميناء استقبل هذا العام 1.2 مليون طن من القمح نقلتها 48 سفينة، وإن إيرادات الصندوق بلغت 2.5 مليون دينار.';
const EN = 'AQABA - The port authority said on Thursday that the port received 1.2 million tonnes of wheat this year, carried by 48 ships, and that the fund\'s revenue reached 2.5 million dinars.';

test('a true figure written in thousands of a thousand is not flagged', () => {
  for (const check of [story(AR, 'ar'), story(EN, 'en')]) {
    assert.deepEqual(check('واستقبل الميناء هذا العام 1200 ألف طن من القمح.'), []);
    assert.deepEqual(check('وبلغت إيرادات الصندوق 2,500 ألف دينار.'), []);
    assert.deepEqual(check('وبلغت إيرادات الصندوق 2500 ألف دينار.'), []);
  }
});

test('a wrong figure written in thousands of a thousand is flagged, fixed in its own form', () => {
  for (const check of [story(AR, 'ar'), story(EN, 'en')]) {
    assert.deepEqual(check('واستقبل الميناء هذا العام 1300 ألف طن من القمح.'), ['quantity: 1300 ألف طن → 1200 ألف طن']);
    assert.deepEqual(check('وبلغت إيرادات الصندوق 2,800 ألف دينار.'), ['quantity: 2,800 ألف دينار → 2,500']);
  }
});

test('traps: another scale, a rounding, another noun', () => {
  for (const check of [story(AR, 'ar'), story(EN, 'en')]) {
    // The same figure in another scale.
    assert.deepEqual(check('واستقبل الميناء 1.2 مليون طن من القمح نقلتها 48 سفينة.'), []);
    // A rounding with «نحو».
    assert.deepEqual(check('واستقبل الميناء هذا العام نحو 1250 ألف طن من القمح.'), []);
    // A figure of another noun in the same sentence.
    assert.deepEqual(check('ونقلت 48 سفينة القمح، وبلغ ما تفرغه الرافعات 1300 ألف كيس.'), []);
  }
});

test('a weight after a year word is the weight, not a number of years (found with the probes: «هذا العام 1.2 مليون طن» was read as years and fixed to «1.2العام 1.2 مليون»)', () => {
  for (const check of [story(AR, 'ar'), story(EN, 'en')]) {
    assert.deepEqual(check('واستقبل الميناء هذا العام 1.2 مليون طن من القمح.'), []);
    assert.deepEqual(check('واستقبل الميناء هذا العام 1.3 مليون طن من القمح.'), ['quantity: 1.3 مليون طن → 1.2 مليون طن']);
  }
});
