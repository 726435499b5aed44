/**
 * A weight whose period is said by an adjective before its noun ("an annual capacity of 1.5
 * million tonnes", «طاقة إنتاجية سنوية تبلغ 1.5 مليون طن») is over that period, as one whose
 * period follows its unit ("1.5 million tonnes a year"): it is compared with a fact of that
 * period. On an invented story in both languages (a cement plant), where a daily figure stays apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Cement plant reopens',
  'TAMRA, Monday 7 December 2026 - The Tamra cement plant reopened on Monday with a capacity of 1.5 million tonnes a year, the industry ministry said.',
].join('\n\n');

const ARABIC = [
  'إعادة افتتاح مصنع الإسمنت',
  'تمرة – الاثنين 7 ديسمبر 2026 – أعيد يوم الاثنين افتتاح مصنع تمرة للإسمنت بطاقة إنتاجية تبلغ 1.5 مليون طن سنوياً، بحسب وزارة الصناعة.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'cement',
    published: '2026-12-07',
    facts: (own) => ({
      quantities: [
        { id: 'capacity', value: 1.5e6, unit: 'tonne', noun: { en: ['capacity', 'output'], ar: ['طاقة', 'بطاقة', 'الطاقة'] }, evidence: own('a capacity of 1.5 million tonnes a year', 'بطاقة إنتاجية تبلغ 1.5 مليون طن سنوياً') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a weight whose period is an adjective before its noun is compared with the fact of that period', () => {
  assert.deepEqual(english('The plant has an annual capacity of 2.5 million tonnes.'), ['quantity: 2.5 million tonnes → 1.5 million tonnes']);
  assert.deepEqual(arabic('وتبلغ الطاقة السنوية للمصنع 2.5 مليون طن.'), ['quantity: 2.5 مليون طن → 1.5 مليون طن']);
});

test('the article\'s weight, and a weight of another period, stay unflagged', () => {
  assert.deepEqual(english('The plant has an annual capacity of 1.5 million tonnes.'), []);
  assert.deepEqual(english('The plant has a monthly capacity of 2.5 million tonnes.'), []);
  assert.deepEqual(arabic('وتبلغ الطاقة السنوية للمصنع 1.5 مليون طن.'), []);
  assert.deepEqual(arabic('وتبلغ الطاقة الشهرية للمصنع 2.5 مليون طن.'), []);
});
