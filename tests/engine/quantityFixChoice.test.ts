/**
 * Which of the article's figures a wrong percentage or sum is a slip for, when one noun has
 * several (inflation in October and in September, «نسبة البطالة» in two years): the fact whose
 * qualifier the draft's sentence names, else the one nearest in value. Invented story, both
 * languages; the article's own figures stay unflagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Welsh inflation eases',
  'CARDIFF, Wednesday 18 November 2026 - Inflation in Wales fell to 3.4 per cent in October from 5.9 per cent in September, the statistics office said.',
].join('\n\n');

const ARABIC = [
  'تراجع التضخم في الأردن',
  'عمّان – الأربعاء 18 نوفمبر 2026 – تراجع معدل التضخم في الأردن إلى 3.4 في المئة في أكتوبر من 5.9 في المئة في سبتمبر، بحسب دائرة الإحصاءات العامة.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'inflation',
    published: '2026-11-18',
    facts: (own) => ({
      quantities: [
        { id: 'october', value: 3.4, unit: 'percent', noun: { en: ['inflation'], ar: ['التضخم'] }, qualifier: { en: ['October'], ar: ['أكتوبر'] }, evidence: own('3.4 per cent in October', '3.4 في المئة في أكتوبر') },
        { id: 'september', value: 5.9, unit: 'percent', noun: { en: ['inflation'], ar: ['التضخم'] }, qualifier: { en: ['September'], ar: ['سبتمبر'] }, evidence: own('5.9 per cent in September', '5.9 في المئة في سبتمبر') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a wrong percentage is fixed with the figure of the month the sentence names', () => {
  assert.deepEqual(english('Inflation stood at 9.5 per cent in September.'), ['quantity: 9.5 per cent → 5.9']);
  assert.deepEqual(english('Inflation fell to 4.3 per cent in October.'), ['quantity: 4.3 per cent → 3.4']);
  assert.deepEqual(arabic('بلغ معدل التضخم 9.5 في المئة في سبتمبر.'), ['quantity: 9.5 في المئة → 5.9']);
  assert.deepEqual(arabic('تراجع التضخم إلى 4.3 في المئة في أكتوبر.'), ['quantity: 4.3 في المئة → 3.4']);
});

test("the article's own figures stay unflagged", () => {
  assert.deepEqual(english('Inflation was 5.9 per cent in September.'), []);
  assert.deepEqual(arabic('بلغ معدل التضخم 5.9 في المئة في سبتمبر.'), []);
});
