/**
 * A split of votes with its noun between the two figures ("by 41 votes to 12", «بـ41 صوتاً مقابل
 * 12»), probed by helper numbers23b before the change: the split reader joined only figures that
 * stand side by side (41 to 12, 41-12), so a wrong side written with the vote noun went unflagged.
 * An invented article: a town council in Sousse approves a harbour plan by 41 votes to 12.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Sousse council approves harbour plan',
  'SOUSSE, Tuesday 3 November 2026 - The municipal council of Sousse on Tuesday approved a plan to widen the fishing harbour by 41 votes to 12.',
  'The works will take 18 months, the mayor said.',
].join('\n\n');

const ARABIC = [
  'المجلس البلدي في سوسة يقر خطة الميناء',
  'سوسة – الثلاثاء 3 نوفمبر 2026 – أقر المجلس البلدي في سوسة يوم الثلاثاء خطة لتوسيع ميناء الصيد بـ41 صوتاً مقابل 12.',
  'وقال رئيس البلدية إن الأشغال ستستغرق 18 شهراً.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'sousse',
    published: '2026-11-03',
    facts: (own) => ({
      events: [
        {
          id: 'plan-vote',
          names: { en: ['the vote on the harbour plan'], ar: ['التصويت على خطة الميناء'] },
          triggers: { en: ['approved', 'vote', 'voted'], ar: ['أقر', 'صوت'] },
          date: { year: 2026, month: 11, day: 3 },
          evidence: own('on Tuesday approved a plan', 'أقر المجلس البلدي في سوسة يوم الثلاثاء'),
        },
      ],
      quantities: [
        {
          id: 'split',
          value: 41,
          unit: 'votes',
          against: 12,
          subject: 'plan-vote',
          noun: { en: ['votes'], ar: ['صوتاً'] },
          evidence: own('by 41 votes to 12', 'بـ41 صوتاً مقابل 12'),
        },
      ],
    }),
  },
  ['quantity'],
);

const checkers = { ar: checker(ARABIC, 'ar'), en: checker(ENGLISH, 'en') };

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[]; todo?: string }[] = [
  { lang: 'en', sentence: 'The council approved the harbour plan by 41 to 14.', found: ['quantity: 41 to 14 → 41 to 12'] },
  { lang: 'en', sentence: 'The council approved the harbour plan by 43 votes to 12.', found: ['quantity: 43 votes to 12 → 41 votes to 12'] },
  { lang: 'en', sentence: 'The council approved the harbour plan by 41 votes to 14.', found: ['quantity: 41 votes to 14 → 41 votes to 12'] },
  { lang: 'en', sentence: 'The council approved the harbour plan by 41 votes against 14.', found: ['quantity: 41 votes against 14 → 41 votes against 12'] },
  { lang: 'ar', sentence: 'أقر المجلس البلدي خطة الميناء بـ43 صوتاً مقابل 12.', found: ['quantity: 43 صوتاً مقابل 12 → 41 صوتاً مقابل 12'] },
  { lang: 'ar', sentence: 'أقر المجلس البلدي خطة الميناء بأغلبية 41 صوتاً مقابل 14.', found: ['quantity: 41 صوتاً مقابل 14 → 41 صوتاً مقابل 12'] },
  { lang: 'en', sentence: 'The council approved the harbour plan by 41 votes to 12.' },
  { lang: 'ar', sentence: 'أقر المجلس البلدي خطة الميناء بـ41 صوتاً مقابل 12.' },
  // A count of votes followed by "to" and another figure of something else is no split.
  { lang: 'en', sentence: 'The council approved the harbour plan, raising the berths from 41 to 43.' },
  { lang: 'en', sentence: 'The plan got 41 votes to widen the harbour to 12 berths.' },
];

for (const { lang, sentence, found = [], todo } of PROBES) {
  test(`${lang}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checkers[lang](sentence), found);
  });
}
