/**
 * Events dated by a relative month or year (last month, next year, «الشهر الماضي», «العام
 * المقبل»), resolved against the article's date: a draft that gives another month or year is
 * flagged, the true one is not, and a past period that belongs to the earlier value of a comparison
 * (compared with £4 million last year, «مقارنة بـ4 ملايين دينار العام الماضي») dates no event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

/** The findings each sentence gets from the fact base drawn from `article`. */
function findingsOf(article: string, sentences: string[]): string[][] {
  const checker = drawnChecker(article);
  return sentences.map((sentence) => checker.check(sentence).findings.map((f) => `${f.ruleId}: ${sentence.slice(f.range.start, f.range.end)}`));
}

const EN = `Council budget

LEEDS, Tuesday 10 March 2026 - The council approved its new budget last month.

The city museum attracted 40,000 visitors last year.

The council will open a new central library next year.

Tourism revenue reached £5 million, compared with £4 million last year.
`;

const AR = `مجلس بلدي

عمّان – الثلاثاء 10 مارس/آذار 2026

أقرّ المجلس البلدي الموازنة الجديدة الشهر الماضي.

واستقبل متحف المدينة 40 ألف زائر العام الماضي.

ويفتتح المجلس مكتبة مركزية جديدة العام المقبل.

وبلغت إيرادات السياحة 5 ملايين دينار، مقارنة بـ4 ملايين دينار العام الماضي.
`;

test('English: an event dated last month, last year or next year is compared by its month or year', () => {
  const wrong = findingsOf(EN, ['The council approved its new budget in January.', 'The city museum attracted 40,000 visitors in 2024.', 'The council will open a new central library in 2028.']);
  assert.deepEqual(wrong.map((f) => f.length), [1, 1, 1], JSON.stringify(wrong));
  const true_ = findingsOf(EN, ['The council approved its new budget in February.', 'The city museum attracted 40,000 visitors in 2025.', 'The council will open a new central library in 2027.', 'Tourism revenue reached £5 million in 2026.']);
  assert.deepEqual(true_, [[], [], [], []]);
});

test('Arabic: an event dated «الشهر الماضي», «العام الماضي» or «العام المقبل» is compared by its month or year', () => {
  const wrong = findingsOf(AR, ['أقرّ المجلس البلدي الموازنة الجديدة في يناير/كانون الثاني.', 'واستقبل متحف المدينة 40 ألف زائر عام 2024.', 'ويفتتح المجلس مكتبة مركزية جديدة عام 2028.']);
  assert.deepEqual(wrong.map((f) => f.length), [1, 1, 1], JSON.stringify(wrong));
  const true_ = findingsOf(AR, ['أقرّ المجلس البلدي الموازنة الجديدة في فبراير/شباط.', 'واستقبل متحف المدينة 40 ألف زائر عام 2025.', 'ويفتتح المجلس مكتبة مركزية جديدة عام 2027.', 'وبلغت إيرادات السياحة 5 ملايين دينار عام 2026.']);
  assert.deepEqual(true_, [[], [], [], []]);
});

test('a past period after the earlier value of a comparison dates no event', () => {
  for (const article of [EN, AR]) {
    const events = (drawFactBase(article).factBase as unknown as { events: { date?: { year?: number }; evidence: { text: string }[] }[] }).events;
    const dated = events.filter((e) => /5 million|5 ملايين/.test(e.evidence[0]!.text) && e.date?.year === 2025);
    assert.deepEqual(dated, []);
  }
});
