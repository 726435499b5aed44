/**
 * An Arabic figure of two scales in words, the larger a lone scale word or a dual and the smaller
 * a number word with its own scale after و: «مليار ومئتا مليون» (1,200,000,000), «مليار
 * وثلاثمئة مليون», «مليونان وخمسمئة ألف» (2,500,000). The part after و is the smaller scale's, not
 * units added to the larger; on an invented story (a compensation fund) the correct figure is not
 * flagged and a wrong one is flagged whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { numbers } from '../../engine/src/extract/numbers';
import { bilingualChecker } from './helpers';

const values = (text: string) => numbers(analyse(text, 'plaintext')).map((number) => number.value);

test('a lone scale word or a dual with a smaller scaled part in words after و is one figure', () => {
  assert.deepEqual(values('خصصت الحكومة مليار ومئتي مليون درهم'), [1.2e9]);
  assert.deepEqual(values('خصصت الحكومة مليارا وثلاثمئة مليون درهم'), [1.3e9]);
  assert.deepEqual(values('وبلغ عدد الزوار مليونين وخمسمئة ألف زائر'), [2.5e6]);
  assert.deepEqual(values('وبلغ عدد الزوار مليونان وثلاثمائة ألف'), [2.3e6]);
});

test('a scale word followed by و and a figure of another thing stays apart', () => {
  assert.deepEqual(values('أنفقت الشركة مليار درهم وثلاثمئة عامل في الموقع'), [1e9, 300]);
  assert.deepEqual(values('تراوح العدد بين مليون وثلاثمئة ألف'), [1e6, 3e5]);
});

const ARABIC = [
  'صندوق لتعويض المتضررين',
  'ريفا – الاثنين 7 ديسمبر 2026 – خصصت الحكومة مليار ومئتي مليون درهم لتعويض المزارعين المتضررين من الفيضانات في إقليم ريفا.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'fund',
    published: '2026-12-07',
    facts: (own) => ({
      quantities: [
        { id: 'fund', value: 1.2e9, unit: 'money', currency: 'MAD', noun: { ar: ['لتعويض', 'تعويض', 'التعويضات'], en: ['compensation', 'compensate'] }, evidence: own('', 'مليار ومئتي مليون درهم لتعويض') },
      ],
    }),
  },
  ['quantity'],
);

const arabic = checker(ARABIC, 'ar');

test('the article\'s figure in two scales checks clean, and a wrong one is flagged whole', () => {
  assert.deepEqual(arabic('وخصصت الحكومة مليار ومئتي مليون درهم لتعويض المزارعين.'), []);
  assert.deepEqual(arabic('وخصصت الحكومة 1.2 مليار درهم لتعويض المزارعين.'), []);
  assert.deepEqual(arabic('وخصصت الحكومة مليار وثلاثمئة مليون درهم لتعويض المزارعين.'), ['quantity: مليار وثلاثمئة مليون درهم → 1.2 مليار']);
});
