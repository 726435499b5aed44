/**
 * Drawing splits: a vote or a bench split (voted 9-2, by a majority of two to one) as `votes`, a
 * unanimous decision of a counted bench as N against 0, a match's score (won 2-1) as `score`; a
 * pair with no word of a vote or a match, and a range, are not drawn. A drawn split contradicts a
 * draft that restates its sentence with another split. Sentences invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

interface Quantity { value: number; against?: number; unit: string }
const splits = (text: string) =>
  (drawFactBase(text, { published: '2026-03-09' }).factBase as unknown as { quantities: Quantity[] }).quantities.filter((q) => q.against !== undefined).map((q) => `${q.unit} ${q.value}-${q.against}`);

test('vote splits, a unanimous bench and scores are drawn with their other side', () => {
  assert.deepEqual(splits('The council voted 9-2 to approve the harbour plan.\n'), ['votes 9-2']);
  assert.deepEqual(splits('The Court of Appeal overturned the ruling by a majority of two to one.\n'), ['votes 2-1']);
  assert.deepEqual(splits("The court's five justices unanimously dismissed the appeal.\n"), ['votes 5-0']);
  assert.deepEqual(splits('Riverton United won 3-1 at home on Saturday.\n'), ['score 3-1']);
  assert.deepEqual(splits('وصوّت المجلس بأغلبية 7 مقابل 2 على القرار.\n'), ['votes 7-2']);
});

test('near misses: a pair with no word of a vote or a match, a range and a change are not drawn', () => {
  assert.deepEqual(splits('The plan covers zones 4-2 of the harbour.\n'), []);
  assert.deepEqual(splits('Between 30 and 40 tourists voted in the poll.\n'), []);
  assert.deepEqual(splits('The score rose from 6 to 4 in the final.\n'), []);
  // A unanimous decision with no bench counted in its sentence has no size to draw.
  assert.deepEqual(splits('The council unanimously approved the plan.\n'), []);
});

test('a drawn score contradicts a draft that restates its sentence with another score, not one that gives it', () => {
  const article = 'RIVERTON, Monday 9 March 2026 - Riverton United won 3-1 against Mill Town in the cup final on Saturday.\n';
  const checker = drawnChecker(article);
  const wrong = checker.check('Riverton United won 2-1 against Mill Town in the cup final on Saturday.\n').findings;
  assert.deepEqual(wrong.map((f) => f.ruleId), ['quantity']);
  assert.match(wrong[0]!.message, /score was 3-1/);
  assert.deepEqual(checker.check('Riverton United beat Mill Town 3-1 in the cup final on Saturday.\n').findings, []);
});

test('drawing: a split written with the noun of a vote is a vote, even beside a word of a match', () => {
  assert.deepEqual(splits('The council approved the harbour plan by 41 votes to 12.\n'), ['votes 41-12']);
  assert.deepEqual(splits('The amendment was defeated by 36 votes to 26.\n'), ['votes 36-26']);
  assert.deepEqual(splits('أقر المجلس الخطة بـ41 صوتاً مقابل 12.\n'), ['votes 41-12']);
});
