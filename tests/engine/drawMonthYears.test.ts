/**
 * The year of a month the article gives without one, drawn from the article's date and the tense
 * around the month: a month to come after a future verb ("will open in April", «سيفتتح في
 * مارس») is the next such month, one after a cut-off word ("before February", "by January",
 * «قبل فبراير», «بحلول أبريل») the next such month after the article's, and one after a past verb
 * ("handled … in September", «وكانت … قد تسلمت … في سبتمبر») the last such month. Probed on two
 * invented stories (Oman's Sohar port, dated 12 June 2025; a new university hospital in Asyut,
 * dated 20 May 2026), written before the change. Traps: a past month before the article's stays
 * in its year, a future month after it too, and a draft that restates a month relative to its own
 * `date:` is clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

const EN = `Oman to open new cargo terminal at Sohar port

MUSCAT, June 12, 2025 (Reuters) - Oman's Sohar port will open a new cargo terminal in April, the port authority said on Thursday.

The terminal's main berth is expected to be finished before February, chief executive Salim al-Harthy told reporters.

The port handled 2.1 million containers in September, Harthy said.

The authority signed the construction contract with a Belgian dredging firm in January.

Dredging of the new approach channel must be completed by January under that contract.

A second terminal is scheduled to open in October, Harthy added.
`;

const AR = `مصر تفتتح مستشفى جامعياً جديداً في أسيوط

القاهرة، 20 مايو 2026 (أ ف ب) - قال وزير الصحة المصري خالد عبد الغفار يوم الأربعاء إن الحكومة ستفتتح مستشفى أسيوط الجامعي الجديد في مارس/آذار.

وأضاف الوزير أن تجهيز غرف العمليات سيكتمل قبل فبراير/شباط.

وكانت الوزارة قد تسلمت الأجهزة الطبية من شركة ألمانية في سبتمبر/أيلول.

ووقعت الوزارة عقد التجهيز مع الشركة في يناير/كانون الثاني.

ويجب أن ينتهي تدريب الطواقم الطبية بحلول أبريل/نيسان.

ومن المقرر أن يستقبل المستشفى المرضى في يوليو/تموز.
`;

interface DrawnEvent {
  date?: { year?: number; month?: number; day?: number };
  evidence: { text: string }[];
}

/** The year and month drawn for the event whose evidence holds `words`. */
function drawnMonth(article: string, words: string): string {
  const events = (drawFactBase(article).factBase as unknown as { events: DrawnEvent[] }).events;
  const event = events.find((candidate) => candidate.evidence[0]!.text.includes(words) && candidate.date?.month !== undefined && candidate.date.day === undefined);
  return event ? `${event.date!.year}-${event.date!.month}` : 'none';
}

/** The findings each draft gets from the fact base drawn from `article`. */
function findingsOf(article: string, drafts: string[]): string[][] {
  const checker = drawnChecker(article);
  return drafts.map((draft) => checker.check(draft).findings.filter((f) => f.ruleId === 'event-date').map((f) => draft.slice(f.range.start, f.range.end)));
}

test('English: a month after a future verb or a cut-off word is the next such month, after a past verb the last one', () => {
  assert.deepEqual(
    ['will open a new cargo terminal', 'main berth', 'handled 2.1 million', 'signed the construction contract', 'approach channel', 'second terminal'].map((words) => drawnMonth(EN, words)),
    ['2026-4', '2026-2', '2024-9', '2025-1', '2026-1', '2025-10'],
  );
});

test('Arabic: a month after a future verb or a cut-off word is the next such month, after a past verb the last one', () => {
  assert.deepEqual(
    ['ستفتتح مستشفى', 'غرف العمليات', 'تسلمت الأجهزة', 'عقد التجهيز', 'الطواقم الطبية', 'يستقبل المستشفى'].map((words) => drawnMonth(AR, words)),
    ['2027-3', '2027-2', '2025-9', '2026-1', '2027-4', '2026-7'],
  );
});

test('English drafts: a wrong year for a month to come or a past month is flagged, the true one is clean', () => {
  const wrong = findingsOf(EN, [
    "The terminal's main berth is expected to be finished before February 2025, Harthy said.",
    'The port handled 2.1 million containers in September 2025, Harthy said.',
    'Dredging of the approach channel must be completed by January 2025.',
  ]);
  assert.deepEqual(wrong, [['2025'], ['2025'], ['2025']]);
  const right = findingsOf(EN, [
    "The terminal's main berth is expected to be finished before February 2026, Harthy said.",
    'The port handled 2.1 million containers in September 2024, Harthy said.',
    'Dredging of the approach channel must be completed by January 2026.',
    'The authority signed the construction contract with a Belgian dredging firm in January 2025.',
    'A second terminal is scheduled to open in October 2025, Harthy added.',
    "---\ndate: 2025-09-01\n---\nThe terminal's main berth is expected to be finished before next February, Harthy said.",
  ]);
  assert.deepEqual(right, [[], [], [], [], [], []]);
});

test('Arabic drafts: a wrong year for a month to come is flagged, the true one is clean', () => {
  const wrong = findingsOf(AR, ['وسيكتمل تجهيز غرف العمليات قبل فبراير 2026.', 'ويجب أن ينتهي تدريب الطواقم الطبية بحلول أبريل 2026.', 'ومن المقرر أن يستقبل المستشفى المرضى في يوليو 2027.']);
  assert.deepEqual(wrong, [['2026'], ['2026'], ['2027']]);
  const right = findingsOf(AR, [
    'وسيكتمل تجهيز غرف العمليات قبل فبراير 2027.',
    'ويجب أن ينتهي تدريب الطواقم الطبية بحلول أبريل 2027.',
    'ووقعت الوزارة عقد التجهيز مع الشركة في يناير 2026.',
    'ومن المقرر أن يستقبل المستشفى المرضى في يوليو 2026.',
    '---\ndate: 2026-06-01\n---\nويجب أن ينتهي تدريب الطواقم الطبية بحلول أبريل المقبل.',
  ]);
  assert.deepEqual(right, [[], [], [], [], []]);
});

test("a lead sentence's own month is not dated by its wire dateline's year", () => {
  // The dateline's year (2025) is the year of writing; the lead's April is next April (2026).
  const wrong = findingsOf(EN, ["Oman's Sohar port will open a new cargo terminal in April 2025, the port authority said."]);
  assert.deepEqual(wrong, [['2025']]);
  const right = findingsOf(EN, ["Oman's Sohar port will open a new cargo terminal in April 2026, the port authority said.", "Oman's Sohar port authority said on Thursday, 12 June 2025, that a new cargo terminal will open in April."]);
  assert.deepEqual(right, [[], []]);
  // The same in Arabic: written on 20 May 2026, the lead's March to come is March 2027 (a wrong
  // year there is not yet tied to the drawn event, which has no trigger word: a leftover).
  const rightAr = findingsOf(AR, ['قال وزير الصحة إن الحكومة ستفتتح مستشفى أسيوط الجامعي الجديد في مارس 2027.', 'قال الوزير في 20 مايو 2026 إن المستشفى الجديد سيفتتح في مارس المقبل.']);
  assert.deepEqual(rightAr, [[], []]);
});

test("a lead's month in the dateline's year keeps the dateline's year (a past month before it, a month to come after it)", () => {
  // Written on 12 June 2025: the strike in March was March 2025, the reopening in August is August 2025.
  const article = `Kenya Airways resumes flights

NAIROBI, June 12, 2025 (Reuters) - Kenya Airways, whose pilots went on strike in March, will resume all its regional flights in August, the airline said on Thursday.

The carrier cancelled 40 flights during the strike, chief executive Allan Kilavuka said.
`;
  const right = findingsOf(article, ['Kenya Airways pilots went on strike in March 2025, and the airline will resume its regional flights in August 2025.', 'Kenya Airways, whose pilots went on strike in March 2025, will resume all its regional flights in August.']);
  assert.deepEqual(right, [[], []]);
});
