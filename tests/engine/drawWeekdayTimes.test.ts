/**
 * Weekdays drawn with a part of the day or a clock time ("on Tuesday evening", "by 3pm on
 * Wednesday", «مساء الثلاثاء», «عند الساعة العاشرة صباحاً يوم الأربعاء», «عند الساعة الرابعة عصر
 * الجمعة») and compared only with the same event's. Probed on two invented stories (a storm in
 * Nova Scotia and a sandstorm closing Kuwait's airport, both dated Thursday 12 November 2026),
 * written before the change: a weekday after a cut-off word with a past verb before it (restored
 * … by 3pm on Wednesday) is the last such day, and one after a future marker further back in its
 * clause («ومن المقرر أن تجتمع لجنة الطوارئ عند الساعة الرابعة عصر الجمعة») the next. Traps: a
 * time of another event of the article (the airport's reopening at ten, given to the minister's
 * visit that morning) and a draft relative to its own date are clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

const EN = `Storm cuts power to thousands in Nova Scotia

HALIFAX, Thursday 12 November 2026 (Reuters) - A storm knocked out power to 40,000 homes in Nova Scotia on Tuesday evening, the utility Nova Scotia Power said.

Crews restored electricity to most customers by 3pm on Wednesday, spokeswoman Jacqueline Foster said.

Premier Tim Houston visited the damaged substation in Truro on Wednesday morning.

The province's emergency committee will meet at 10am on Friday to review the response.
`;

const AR = `عاصفة رملية تغلق مطار الكويت الدولي

الكويت، الخميس 12 نوفمبر 2026 (كونا) - أغلقت الإدارة العامة للطيران المدني مطار الكويت الدولي مساء الثلاثاء بسبب عاصفة رملية حجبت الرؤية.

وأعيد فتح المطار عند الساعة العاشرة صباحاً يوم الأربعاء، بحسب المتحدث باسم الإدارة عبدالله الراجحي.

وتفقد وزير المواصلات الكويتي المطار صباح الأربعاء.

ومن المقرر أن تجتمع لجنة الطوارئ عند الساعة الرابعة عصر الجمعة لمراجعة الإجراءات.
`;

interface DrawnEvent {
  date?: { year?: number; month?: number; day?: number; partOfDay?: string; time?: string };
  evidence: { text: string }[];
}

/** The day, part of the day and time drawn for the event whose evidence holds `words`. */
function drawnDay(article: string, words: string): string {
  const events = (drawFactBase(article).factBase as unknown as { events: DrawnEvent[] }).events;
  const event = events.find((candidate) => candidate.evidence[0]!.text.includes(words) && candidate.date?.day !== undefined && candidate.date.day !== 12);
  if (!event) return 'none';
  const date = event.date!;
  return [`${date.year}-${date.month}-${date.day}`, date.partOfDay, date.time].filter(Boolean).join(' ');
}

/** The event-date findings each draft gets from the fact base drawn from `article`. */
function findingsOf(article: string, drafts: string[]): string[][] {
  const checker = drawnChecker(article);
  return drafts.map((draft) => checker.check(draft).findings.filter((f) => f.ruleId === 'event-date').map((f) => draft.slice(f.range.start, f.range.end)));
}

test('English: weekdays drawn with their part of the day or time, a past cut-off counted back', () => {
  assert.deepEqual(
    ['knocked out power', 'restored electricity', 'visited the damaged substation', 'will meet'].map((words) => drawnDay(EN, words)),
    ['2026-11-10 evening', '2026-11-11 15:00', '2026-11-11 morning', '2026-11-13 10:00'],
  );
});

test('Arabic: weekdays drawn with their part of the day or time, a future marker further back counted forward', () => {
  assert.deepEqual(
    ['أغلقت الإدارة', 'وأعيد فتح المطار', 'وتفقد وزير', 'تجتمع لجنة الطوارئ'].map((words) => drawnDay(AR, words)),
    ['2026-11-10 evening', '2026-11-11 10:00', '2026-11-11 morning', '2026-11-13 16:00'],
  );
});

test('drafts: a wrong time or part of the day is flagged for its own event only', () => {
  const wrong = findingsOf(EN, [
    'Crews restored electricity to most customers by 1pm on Wednesday, Foster said.',
    'Premier Tim Houston visited the damaged substation in Truro on Wednesday afternoon.',
    'The emergency committee will meet at 11am on Friday to review the response.',
    'Crews restored electricity to most customers on 18 November, Foster said.',
  ]);
  assert.deepEqual(wrong.map((found) => found.length), [1, 1, 1, 1]);
  const right = findingsOf(EN, [
    'Crews restored electricity to most customers on 11 November, Foster said.',
    'Premier Tim Houston visited the damaged substation in Truro at 10am on Wednesday.',
    'The emergency committee will meet at 10am on Friday to review the response.',
    '---\ndate: 2026-11-13\n---\nThe emergency committee will meet at 10am today to review the response.',
  ]);
  assert.deepEqual(right, [[], [], [], []]);
  const wrongAr = findingsOf(AR, ['وأعيد فتح المطار عند الساعة الثامنة صباح الأربعاء.', 'وتفقد وزير المواصلات الكويتي المطار مساء الأربعاء.', 'ومن المقرر أن تجتمع لجنة الطوارئ عند الساعة الخامسة عصر الجمعة.']);
  assert.deepEqual(wrongAr.map((found) => found.length), [1, 1, 1]);
  const rightAr = findingsOf(AR, ['وأعيد فتح المطار عند الساعة العاشرة صباح الأربعاء.', 'وتفقد وزير المواصلات الكويتي المطار عند الساعة العاشرة صباح الأربعاء.', 'ومن المقرر أن تجتمع لجنة الطوارئ عند الساعة الرابعة عصر الجمعة.']);
  assert.deepEqual(rightAr, [[], [], []]);
});
