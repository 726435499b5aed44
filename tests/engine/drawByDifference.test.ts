/**
 * "by" before a figure gives a difference (cut the rate by 25 basis points), not a cut-off: a
 * weekday after it in a past sentence is the last such day, while "by 3pm on Wednesday" and "by
 * Friday" after a future verb stay cut-offs. Invented rate decision in Chile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

/** The day of the month of the events drawn from one sentence after a Wednesday 18 March 2026 dateline. */
function days(sentence: string): (number | undefined)[] {
  const factBase = drawFactBase(`Rates\nSANTIAGO, March 18, 2026 (Reuters) - ${sentence}\n`, {}).factBase as unknown as { events: { date?: { day?: number } }[] };
  return factBase.events.map((event) => event.date?.day);
}

test('a weekday after "by" and a figure in a past sentence is the last such day', () => {
  assert.deepEqual(days("Chile's central bank cut its benchmark interest rate by 25 basis points to 4.75% on Tuesday."), [17]);
  assert.deepEqual(days("Chile's central bank lowered its benchmark interest rate by 25 basis points to 4.75% on Tuesday."), [17]);
});

test('"by" right before a time or a weekday stays a cut-off', () => {
  assert.deepEqual(days('The ministry will decide by Friday.'), [20]);
  assert.deepEqual(days('Crews restored power to 2,000 homes by 3pm on Wednesday.'), [18]);
});
