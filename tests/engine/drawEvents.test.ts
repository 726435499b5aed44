/**
 * Drawing dated events from invented articles: weekdays to come, several events in one sentence,
 * date ranges. Each case has near misses that must not be drawn (or must be drawn unsure).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string; date?: Record<string, unknown>; review?: { unsure: boolean } };
/** The drawn events of an article whose first line is a headline, published on Tuesday 4 March 2025. */
const events = (text: string) => (drawFactBase(`Headline of the story\n${text}`, { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>).events!;
const day = (event: Fact | undefined) => (event?.date ? `${String(event.date.year)}-${String(event.date.month)}-${String(event.date.day)}` : undefined);

test('a weekday after one of the engine\'s future markers (expected, المقرر, a verb with سـ) is the next such day, and unsure', () => {
  for (const text of ['The two leaders are expected to meet on Friday in Geneva.', 'ومن المقرر أن يلتقي الوزيران الجمعة في الرياض.', 'وسيلتقي الوزيران الجمعة في الرياض.', 'The talks will resume on Friday.']) {
    const [event] = events(text);
    assert.equal(day(event), '2025-3-7', text);
    assert.ok(event!.review?.unsure, text);
  }
});

test('near misses: a weekday in the past tense is the last such day and sure; a future word in another clause does not count', () => {
  for (const text of ['The two leaders met on Friday in Geneva.', 'والتقى الوزيران الجمعة في الرياض.', 'The ministers, who will meet again next month, signed the deal on Friday.']) {
    const [event] = events(text);
    assert.equal(day(event), '2025-2-28', text);
    assert.equal(event!.review, undefined, text);
  }
});
