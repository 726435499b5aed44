/**
 * A sum in thousands of a suffixed scale after its currency sign ($1,500m, £2,300m, €1,250bn): the
 * suffix scales the grouped figure as it scales 140m, so "$1,200m" is the article's $1.2bn. The
 * number reader took a suffix after a figure without a thousands separator only, and left the
 * grouped one out, so a wrong sum went unchecked. Traps: a grouped figure with an m and no currency
 * sign is a length (a 1,500m climb), and the same sum in another scale or in Arabic words is the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { numbers } from '../../engine/src/extract/numbers';
import { bilingualChecker } from './helpers';

const valuesOf = (text: string): number[] => numbers(analyse(text, 'plaintext')).map((number) => number.value);

test('a grouped figure with a scale suffix after a currency sign is read with its scale', () => {
  assert.deepEqual(valuesOf('The ministry set aside $1,500m for the dam.'), [1_500_000_000]);
  assert.deepEqual(valuesOf('The fund holds £2,300m in bonds.'), [2_300_000_000]);
  assert.deepEqual(valuesOf('Debts reached €1,250bn.'), [1_250_000_000_000]);
});

test('a grouped figure with an m and no currency sign is no sum', () => {
  assert.ok(!valuesOf('The climbers reached 1,500m before the storm.').includes(1_500_000_000));
});

/** An invented article: a water ministry's dam budget, in both languages. */
const story = bilingualChecker(
  {
    id: 'dam-budget',
    published: '2026-11-18',
    facts: (own) => ({
      quantities: [{ id: 'budget', value: 1_200_000_000, unit: 'money', currency: 'USD', noun: { ar: ['ميزانية'], en: ['budget'] }, evidence: own('a budget of $1.2bn', 'ميزانية قدرها 1.2 مليار دولار') }],
    }),
  },
  ['quantity'],
);
const EN = 'NAIROBI - The water ministry said on Wednesday it had approved a budget of $1.2bn for the new dam on the Tana river.';
const AR = 'نيروبي - قالت وزارة المياه يوم الأربعاء إنها أقرت ميزانية قدرها 1.2 مليار دولار للسد الجديد على نهر تانا.';

test('a true sum written in thousands of millions is clean, a wrong one is flagged in its own form', () => {
  for (const check of [story(EN, 'en'), story(AR, 'ar')]) {
    assert.deepEqual(check('The ministry approved a budget of $1,200m for the dam.'), []);
    assert.deepEqual(check('The ministry approved a budget of $1,500m for the dam.'), ['quantity: $1,500m → 1,200m']);
  }
});

test('traps: the same sum in another scale or in Arabic, a length', () => {
  for (const check of [story(EN, 'en'), story(AR, 'ar')]) {
    assert.deepEqual(check('The ministry approved a budget of $1.2bn for the dam.'), []);
    assert.deepEqual(check('أقرت الوزارة ميزانية قدرها 1200 مليون دولار للسد.'), []);
    assert.deepEqual(check('The dam wall will rise 1,500m above the valley floor, within the budget.'), []);
  }
});
