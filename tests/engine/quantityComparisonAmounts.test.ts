/**
 * Comparison values beside an amount: "£140m so far, up from £120m a year ago", «مقارنة بـ», "from
 * 6.7 per cent in September". A figure after a comparison word (up from, down from, compared
 * with, «مقارنة بـ», «مقابل») is an earlier or another figure, never the current one: it is
 * compared only with a fact whose qualifier stands beside it (inflation in September), on an
 * invented story in both languages (a council's budget).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Cardiff council sets budget',
  'CARDIFF, Thursday 10 December 2026 - Cardiff Council will spend £140 million on schools next year, its budget showed on Wednesday.',
  'Council tax will rise by 4.5 per cent in April, after a rise of 3.9 per cent in 2026.',
].join('\n\n');

const ARABIC = [
  'مجلس كارديف يقر ميزانيته',
  'كارديف – الخميس 10 ديسمبر 2026 – سينفق مجلس كارديف 140 مليون جنيه إسترليني على المدارس العام المقبل، بحسب ميزانيته التي نشرت الأربعاء.',
  'وسترتفع ضريبة المجلس بنسبة 4.5 في المئة في أبريل، بعد زيادة بنسبة 3.9 في المئة في 2026.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'budget',
    published: '2026-12-10',
    facts: (own) => ({
      quantities: [
        { id: 'schools', value: 140000000, unit: 'money', currency: 'GBP', noun: { en: ['schools', 'spend'], ar: ['المدارس', 'سينفق'] }, evidence: own('£140 million on schools', '140 مليون جنيه إسترليني على المدارس') },
        { id: 'tax-april', value: 4.5, unit: 'percent', noun: { en: ['tax', 'rise'], ar: ['ضريبة', 'زيادة'] }, qualifier: { en: ['April'], ar: ['أبريل'] }, evidence: own('4.5 per cent in April', '4.5 في المئة في أبريل') },
        { id: 'tax-last', value: 3.9, unit: 'percent', noun: { en: ['tax', 'rise'], ar: ['ضريبة', 'زيادة'] }, qualifier: { en: ['2026'], ar: ['2026'] }, evidence: own('3.9 per cent in 2026', '3.9 في المئة في 2026') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('the current amount is compared, and a comparison value after it is not read as the current one', () => {
  assert.deepEqual(english('The council will spend £150m on schools, up from £120m this year.'), ['quantity: £150m → 140m']);
  assert.deepEqual(english('The council will spend £140m on schools, up from £120m this year.'), []);
  assert.deepEqual(english('The council will spend £140m on schools, compared with £120m this year.'), []);
  assert.deepEqual(arabic('سينفق المجلس 140 مليون جنيه على المدارس، مقارنة بـ120 مليون جنيه هذا العام.'), []);
  assert.deepEqual(arabic('سينفق المجلس 140 مليون جنيه على المدارس مقابل 120 مليون جنيه هذا العام.'), []);
});

test('a comparison value beside its own qualifier is compared with that fact', () => {
  assert.deepEqual(english('Council tax will rise by 4.5 per cent in April, up from 3.2 per cent in 2026.'), ['quantity: 3.2 per cent → 3.9']);
  assert.deepEqual(english('Council tax will rise by 4.5 per cent in April, up from 3.9 per cent in 2026.'), []);
});
