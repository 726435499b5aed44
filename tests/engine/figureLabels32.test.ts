/**
 * A figure that opens a line and is followed by a colon and what it measures, as "by the numbers"
 * lists write it («- 20 عاماً: مدة امتياز تشغيل الميناء», "- 20 years: the length of the port
 * concession"), on an invented story in both languages (a port concession). The colon parts the
 * figure from its noun into two clauses, yet the words after it label the figure before it. A line
 * whose words after the colon name another thing, and a figure inside a sentence, stay unread.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Port of Halden handed to operator',
  'HALDEN, Monday 7 December 2026 - The government handed the port of Halden to the Nordhavn Group under a 30-year concession, the transport ministry said on Monday.',
  'The group will invest in 12 new cranes.',
].join('\n\n');

const ARABIC = [
  'تسليم ميناء هالدن لمشغل جديد',
  'هالدن – الاثنين 7 ديسمبر 2026 – سلمت الحكومة ميناء هالدن إلى مجموعة نوردهافن بموجب امتياز مدته 30 عاماً، بحسب وزارة النقل يوم الاثنين.',
  'وستستثمر المجموعة في 12 رافعة جديدة.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'halden-port',
    published: '2026-12-07',
    facts: (own) => ({
      places: [{ id: 'halden', names: { en: ['Halden'], ar: ['هالدن'] }, kind: 'city', evidence: own('Halden', 'هالدن') }],
      organisations: [{ id: 'nordhavn', names: { en: ['Nordhavn Group'], ar: ['مجموعة نوردهافن'] }, kind: 'company', evidence: own('Nordhavn Group', 'مجموعة نوردهافن') }],
      quantities: [
        { id: 'concession', value: 30, unit: 'year', noun: { en: ['concession'], ar: ['امتياز'] }, evidence: own('a 30-year concession', 'امتياز مدته 30 عاماً') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a figure that opens a line is labelled by the words after its colon, in both languages', () => {
  assert.deepEqual(arabic('- 20 عاماً: مدة امتياز تشغيل الميناء.'), ['quantity: 20 عاماً → 30 عاماً']);
  assert.deepEqual(english('- 20 years: the length of the concession.'), ['quantity: 20 years → 30 years']);
});

test('the article\'s figure, another thing after the colon, and a figure inside a sentence stay unflagged', () => {
  assert.deepEqual(arabic('- 30 عاماً: مدة امتياز تشغيل الميناء.'), []);
  assert.deepEqual(english('- 30 years: the length of the concession.'), []);
  assert.deepEqual(arabic('- 20 عاماً: عمر أقدم رافعة في الميناء.'), []);
  assert.deepEqual(english('- 20 years: the age of the oldest crane.'), []);
  assert.deepEqual(english('The cranes are 20 years old: the concession will replace them.'), []);
});
