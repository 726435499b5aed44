/**
 * A figure of millions or billions with a half: «مليون ونصف» and «مليون ونصف المليون»
 * (1,500,000), «ثلاثة ملايين ونصف» (3,500,000), "one and a half million", "two and a half
 * billion". The half is of the scale, not a number of its own; a half of another thing after a
 * figure («مليون ونصف ساعة» does not occur, but «ثلاث ساعات ونصف» does) is left to the time readers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { numbers } from '../../engine/src/extract/numbers';
import { bilingualChecker } from './helpers';

const values = (text: string) => numbers(analyse(text, 'plaintext')).map((number) => number.value);

test('a half after a scale of millions or billions is half of that scale', () => {
  assert.deepEqual(values('زار المعرض مليون ونصف زائر'), [1.5e6]);
  assert.deepEqual(values('زار المعرض مليون ونصف المليون زائر'), [1.5e6]);
  assert.deepEqual(values('بلغت الكلفة ثلاثة ملايين ونصف دينار'), [3.5e6]);
  assert.deepEqual(values('بلغت الكلفة 2 مليار ونصف درهم'), [2.5e9]);
  assert.deepEqual(values('The fair drew one and a half million visitors'), [1.5e6]);
  assert.deepEqual(values('The plan will cost two and a half billion dollars'), [2.5e9]);
});

test('a half of another thing, and a half alone, are no half of a scale', () => {
  assert.deepEqual(values('استغرقت الرحلة ثلاث ساعات ونصف'), [3]);
  assert.deepEqual(values('وصل مليون زائر ونصفهم من الخارج'), [1e6]);
  assert.deepEqual(values('It took two and a half hours'), [2]);
  assert.deepEqual(values('Three thousand and a half of them left'), [3000]);
});

const ARABIC = [
  'كلفة الجسر الجديد',
  'نورا – الاثنين 7 ديسمبر 2026 – قالت البلدية إن كلفة الجسر الجديد تبلغ ثلاثة ملايين ونصف دينار.',
].join('\n\n');

const ENGLISH = [
  'Cost of the new bridge',
  'NORA, Monday 7 December 2026 - The council said the new bridge would cost three and a half million dinars.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'bridge',
    published: '2026-12-07',
    facts: (own) => ({
      quantities: [{ id: 'cost', value: 3.5e6, unit: 'money', currency: 'TND', noun: { ar: ['كلفة', 'تبلغ'], en: ['cost'] }, evidence: own('cost three and a half million dinars', 'كلفة الجسر الجديد تبلغ ثلاثة ملايين ونصف دينار') }],
    }),
  },
  ['quantity'],
);

test('a cost with a half of its scale is the article\'s, and a wrong one is rewritten whole', () => {
  const arabic = checker(ARABIC, 'ar');
  const english = checker(ENGLISH, 'en');
  assert.deepEqual(arabic('وتبلغ كلفة الجسر ثلاثة ملايين ونصف دينار.'), []);
  assert.deepEqual(arabic('وتبلغ كلفة الجسر أربعة ملايين ونصف دينار.'), ['quantity: أربعة ملايين ونصف دينار → 3.5 مليون']);
  assert.deepEqual(english('The bridge will cost three and a half million dinars.'), []);
  assert.deepEqual(english('The bridge will cost four and a half million dinars.'), ['quantity: four and a half million dinars → 3.5 million']);
});
