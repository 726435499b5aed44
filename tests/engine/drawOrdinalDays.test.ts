/**
 * Days written as ordinals beside their month ("on the 3rd of March", "the fifth of February",
 * "February 9th", «في الثالث من مارس», «يوم العاشر من فبراير») date the drawn events by their day,
 * as the checker's `event-date` rule already reads them in drafts. Probed on two invented stories
 * (New Zealand's Interislander ferries, dated 20 February 2026; Morocco's high-speed line to
 * Marrakesh, dated 15 January 2027), written before the change. Traps: an ordinal that ranks a
 * thing (the third vessel, the first week of April, «الأسبوع الأول من أبريل») gives no day, and a
 * draft with the right day, in digits or as an ordinal, is clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

const EN = `Interislander ferry sailings to resume after repairs

WELLINGTON, February 20, 2026 (AFP) - New Zealand's Interislander ferry service will resume sailings between Wellington and Picton on the 3rd of March, operator KiwiRail said on Friday.

The ferry Aratere ran aground near Picton on the fifth of February, forcing the suspension of all crossings.

KiwiRail chief executive Peter Reidy said an inquiry by the Transport Accident Investigation Commission opened on February 9th.

The third vessel of the fleet will return to service in the first week of April.
`;

const AR = `المغرب يطلق خط القطار فائق السرعة نحو مراكش

الرباط، 15 يناير 2027 (أ ف ب) - أعلن المكتب الوطني للسكك الحديدية يوم الجمعة أن خط القطار فائق السرعة بين القنيطرة ومراكش سيفتتح في الثالث من مارس/آذار.

وكان المكتب قد أنهى التجارب التقنية على الخط في الحادي عشر من ديسمبر/كانون الأول.

وسيبدأ بيع التذاكر يوم العاشر من فبراير/شباط.

وستصل القطارات الجديدة في الأسبوع الأول من أبريل/نيسان، بحسب المكتب.
`;

interface DrawnEvent {
  date?: { year?: number; month?: number; day?: number };
  evidence: { text: string }[];
}

/** The dates drawn for the events whose evidence holds `words`, leaving out the dateline's day. */
function drawnDates(article: string, words: string, published: string): string[] {
  const events = (drawFactBase(article).factBase as unknown as { events: DrawnEvent[] }).events;
  return events
    .filter((event) => event.evidence[0]!.text.includes(words) && event.date?.month !== undefined)
    .map((event) => `${event.date!.year}-${event.date!.month}${event.date!.day === undefined ? '' : `-${event.date!.day}`}`)
    .filter((date) => date !== published);
}

/** The event-date findings each draft gets from the fact base drawn from `article`. */
function findingsOf(article: string, drafts: string[]): string[][] {
  const checker = drawnChecker(article);
  return drafts.map((draft) => checker.check(draft).findings.filter((f) => f.ruleId === 'event-date').map((f) => draft.slice(f.range.start, f.range.end)));
}

test('English: an ordinal day beside its month dates the drawn event by its day', () => {
  assert.deepEqual(
    ['resume sailings', 'ran aground', 'inquiry', 'third vessel'].map((words) => drawnDates(EN, words, '2026-2-20')),
    [['2026-3-3'], ['2026-2-5'], ['2026-2-9'], []],
  );
});

test('Arabic: an ordinal day beside its month dates the drawn event by its day, not an ordinal that ranks a week', () => {
  assert.deepEqual(
    ['سيفتتح في الثالث', 'التجارب التقنية', 'بيع التذاكر', 'القطارات الجديدة'].map((words) => drawnDates(AR, words, '2027-1-15')),
    [['2027-3-3'], ['2026-12-11'], ['2027-2-10'], []],
  );
});

test('drafts: a wrong day for a drawn ordinal day is flagged, the right one clean in either form', () => {
  const wrong = findingsOf(EN, ['The ferry Aratere ran aground near Picton on 7 February.', 'An inquiry by the Transport Accident Investigation Commission opened on the 12th of February.']);
  assert.deepEqual(wrong.map((found) => found.length), [1, 1]);
  const right = findingsOf(EN, ['The ferry Aratere ran aground near Picton on 5 February.', 'An inquiry by the Transport Accident Investigation Commission opened on the ninth of February.']);
  assert.deepEqual(right, [[], []]);
  const wrongAr = findingsOf(AR, ['وسيبدأ بيع التذاكر يوم 12 فبراير.', 'وسيفتتح خط القطار فائق السرعة بين القنيطرة ومراكش في الخامس من مارس.']);
  assert.deepEqual(wrongAr.map((found) => found.length), [1, 1]);
  const rightAr = findingsOf(AR, ['وسيبدأ بيع التذاكر يوم 10 فبراير.', 'وسيفتتح خط القطار فائق السرعة بين القنيطرة ومراكش يوم 3 مارس 2027.', 'وسيفتتح خط القطار فائق السرعة بين القنيطرة ومراكش في الثالث من مارس.']);
  assert.deepEqual(rightAr, [[], [], []]);
});
