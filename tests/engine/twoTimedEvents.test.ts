/**
 * Two timed events of one day, each compared with its own time: an invented KUNA story (Kuwait's
 * National Assembly holds two sessions on Tuesday 10 March 2026, a debate at 9am and a vote on the
 * budget at 4pm; published Wednesday 11 March 2026), in both languages with an editor's fact base,
 * written before the change. A draft that swaps the two times gives each event the other's time:
 * both are flagged, though the article sentence holds both hours; the right times, and a time
 * with no event word beside it, stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  "Kuwait's parliament approves state budget after two sessions",
  "KUWAIT CITY, March 11 (KUNA) - Kuwait's National Assembly held two sessions on Tuesday, a debate on the state budget at 9am and a vote at 4pm in which it approved the budget by 38 votes, Speaker Ahmad al-Saadoun said.",
  'Finance Minister Anwar al-Mudhaf said the government would issue bonds worth two billion dinars.',
].join('\n\n');

const ARABIC = [
  'مجلس الأمة الكويتي يقر ميزانية الدولة بعد جلستين',
  'الكويت، 11 مارس (كونا) - عقد مجلس الأمة الكويتي يوم الثلاثاء جلستين، الأولى لمناقشة الميزانية في الساعة التاسعة صباحا، والثانية للتصويت في الساعة الرابعة عصرا أقر فيها الميزانية بأغلبية 38 صوتا، بحسب رئيس المجلس أحمد السعدون.',
  'وقال وزير المالية أنور المضف إن الحكومة ستطرح سندات بقيمة ملياري دينار.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'kuwait-budget',
    published: '2026-03-11',
    facts: (own) => ({
      people: [{ id: 'saadoun', names: { en: ['Ahmad al-Saadoun'], ar: ['أحمد السعدون'] }, short: { en: ['al-Saadoun', 'Saadoun'], ar: ['السعدون'] }, gender: 'm', evidence: own('Ahmad al-Saadoun', 'أحمد السعدون') }],
      organisations: [{ id: 'assembly', names: { en: ['National Assembly', "Kuwait's National Assembly"], ar: ['مجلس الأمة', 'مجلس الأمة الكويتي'] }, kind: 'parliament', evidence: own("Kuwait's National Assembly", 'مجلس الأمة الكويتي') }],
      events: [
        {
          id: 'debate',
          names: { en: ['the debate on the budget'], ar: ['جلسة مناقشة الميزانية'] },
          triggers: { en: ['debate', 'debated', 'first session'], ar: ['لمناقشة', 'مناقشة', 'ناقش', 'الجلسة الأولى', 'جلسة أولى'] },
          date: { year: 2026, month: 3, day: 10, weekday: 'tue', relative: 'on Tuesday', derived: true, time: '09:00' },
          participants: ['assembly'],
          evidence: own('a debate on the state budget at 9am', 'الأولى لمناقشة الميزانية في الساعة التاسعة صباحا'),
        },
        {
          id: 'vote',
          names: { en: ['the vote on the budget'], ar: ['التصويت على الميزانية'] },
          triggers: { en: ['vote', 'voted', 'approved', 'second session'], ar: ['للتصويت', 'التصويت', 'صوت', 'أقر', 'الجلسة الثانية', 'جلسة ثانية'] },
          date: { year: 2026, month: 3, day: 10, weekday: 'tue', relative: 'on Tuesday', derived: true, time: '16:00' },
          participants: ['assembly'],
          evidence: own('a vote at 4pm in which it approved the budget by 38 votes', 'والثانية للتصويت في الساعة الرابعة عصرا أقر فيها الميزانية بأغلبية 38 صوتا'),
        },
      ],
    }),
  },
  ['event-date'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('two timed events of one day swapped: each time is flagged against its own event', () => {
  assert.deepEqual(
    [
      english("Kuwait's National Assembly held a debate on the budget at 4pm on Tuesday and a vote at 9am."),
      arabic('عقد مجلس الأمة الكويتي يوم الثلاثاء جلستين، الأولى لمناقشة الميزانية في الساعة الرابعة عصرا، والثانية للتصويت في الساعة التاسعة صباحا.'),
    ],
    [
      ['event-date: 4pm → ', 'event-date: 9am → '],
      ['event-date: الساعة الرابعة عصرا → ', 'event-date: الساعة التاسعة صباحا → '],
    ],
  );
});

test('two timed events of one day with their own times stay clean', () => {
  assert.deepEqual(
    [
      english("Kuwait's National Assembly held a debate on the budget at 9am on Tuesday and a vote at 4pm."),
      arabic('عقد مجلس الأمة الكويتي يوم الثلاثاء جلستين، الأولى لمناقشة الميزانية في الساعة التاسعة صباحا، والثانية للتصويت في الساعة الرابعة عصرا.'),
      english("Kuwait's National Assembly approved the budget by 38 votes on Tuesday after sessions at 9am and 4pm."),
    ],
    [[], [], []],
  );
});
