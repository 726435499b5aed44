/**
 * The years of months drawn after a cut-off said with the end of the month, probed by helper
 * drawnq29 before the change that serves them: "by the end of January", «بحلول نهاية يناير» in
 * an article of July (or December) set a deadline still to come, the next January, as "by January"
 * and «بحلول يناير» already do; drawing gave them the article's own year, half a year (or eleven
 * months) before the article. Traps: a month after a past verb keeps its last occurrence, with or
 * without "end of", and a month with no cut-off keeps the article's year. Invented articles:
 * landslide debris on a road in a Scottish valley (`landslide-glenmor29.en.txt`,
 * `landslide-glenmor29.ar.txt`); the place, figures and dates are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { ruleProbe } from './drawProbeChecks';

interface DrawnEvent {
  names?: { ar?: string[]; en?: string[] };
  date?: { year?: number; month?: number; day?: number };
  evidence?: { text?: string }[];
}

/** The events drawn from a probe article. */
function drawnEvents(file: string): DrawnEvent[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return (drawFactBase(article, {}).factBase as unknown as { events: DrawnEvent[] }).events;
}

/** The years drawn for month `month` of the events whose evidence holds `words`. */
function yearsOf(file: string, words: string, month: number): number[] {
  return drawnEvents(file)
    .filter((event) => event.date?.month === month && event.evidence?.some((evidence) => evidence.text?.includes(words)))
    .map((event) => event.date!.year!);
}

const EN = 'landslide-glenmor29.en.txt';
const AR = 'landslide-glenmor29.ar.txt';

test('by the end of January, in a July article, is next January', () => {
  assert.deepEqual(yearsOf(EN, 'would send 25 engineers', 1), [2027]);
});

test('«بحلول نهاية يناير», in a July article, is next January', () => {
  assert.deepEqual(yearsOf(AR, 'بإرسال 25 مهندساً', 1), [2027]);
});

test('a day of October after "by" stays this year, as before', () => {
  assert.deepEqual(yearsOf(EN, 'would be cleared by 31 October', 10), [2026]);
  assert.deepEqual(yearsOf(AR, 'بحلول 31 أكتوبر', 10), [2026]);
});

test('a month after a past verb keeps its last occurrence, with "end of" or without', () => {
  assert.deepEqual(yearsOf(EN, 'A smaller slip', 6), [2026]);
  assert.deepEqual(yearsOf(AR, 'قد زاروا الموقع', 3), [2026]);
  assert.deepEqual(yearsOf(AR, 'قد أزالت أنقاض انهيار أصغر', 6), [2026]);
});

// A draft that moves the deadline by a month is flagged against the drawn fact base.
ruleProbe('event-date', { file: EN, sentence: 'The council said it would send 25 engineers to the valley by the end of February.', flagged: 'February' });
ruleProbe('event-date', { file: EN, sentence: 'The council said it would send 25 engineers to the valley by the end of January.' });
