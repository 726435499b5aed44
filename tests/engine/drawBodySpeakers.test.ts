/**
 * Quotes spoken by a body (quotes.ts `bodySpeaker`): a sentence that names no person but a body
 * and a speech verb before the quote gives the quote to that body («وقالت وزارة الصحة في بيان:
 * «…»», 'South Coast Water said in a statement: "…"'). Near misses: a person in the sentence is the
 * speaker, and a body with no speech verb before the quote speaks nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

type Fact = Record<string, unknown>;

/** Each drawn quote as "speaker's first name: text". */
function quotes(article: string): string[] {
  const kb = drawFactBase(article, { published: '2026-12-01' }).factBase as unknown as Record<string, Fact[]>;
  const name = (id: unknown) => {
    const fact = [...kb.people!, ...kb.organisations!].find((f) => f.id === id);
    return fact ? Object.values(fact.names as Record<string, string[]>)[0]![0] : String(id);
  };
  return kb.quotes!.map((quote) => `${name(quote.speaker)}: ${String(quote.text)}`);
}

test('a body named before a speech verb, or after it in Arabic, speaks the quote when no person is named', () => {
  assert.deepEqual(quotes('وقالت وزارة الصحة في بيان: «صرفنا ستين في المئة من المستحقات المتأخرة».'), ['وزارة الصحة: صرفنا ستين في المئة من المستحقات المتأخرة']);
  assert.deepEqual(quotes('The Environment Agency said in a statement: "This was a choice to save money."'), ['Environment Agency: This was a choice to save money.']);
});

test('near misses: a person named in the sentence speaks; a body with no speech verb before the quote speaks nothing', () => {
  assert.deepEqual(quotes('The Environment Agency\'s manager, Rachel Quinn, said: "This was a choice to save money."'), ['Rachel Quinn: This was a choice to save money.']);
  assert.deepEqual(quotes('The Environment Agency published a report titled "Rivers at the breaking point" on Monday.'), []);
});

test("a body drawn as a quote's speaker is compared: its words changed, or the quote given to a person, are flagged", () => {
  const article = 'The Environment Agency said in a statement: "This was a choice to save money." Rachel Quinn, its area manager, said tests were continuing.';
  const checker = drawnChecker(article, { published: '2026-12-01' });
  const flagged = (sentence: string) => checker.check(sentence).findings.map((f) => f.ruleId);
  assert.deepEqual(flagged('The Environment Agency said: "This was a choice to save money."'), []);
  assert.deepEqual(flagged('The Environment Agency said: "This was a choice to save time."'), ['quote-wording']);
  assert.deepEqual(flagged('Rachel Quinn said: "This was a choice to save money."'), ['quote-speaker']);
});

test('a person after a quote speaks it only when a speech verb ties them to it, not when the next sentence names them', () => {
  assert.deepEqual(quotes('"We will rebuild the pumping station," said Rachel Quinn, the area manager.'), ['Rachel Quinn: We will rebuild the pumping station,']);
  assert.deepEqual(quotes('"We will rebuild the pumping station," Rachel Quinn told reporters.'), ['Rachel Quinn: We will rebuild the pumping station,']);
  assert.deepEqual(quotes('The report was titled "Rivers at the breaking point." Rachel Quinn visited the river in March.'), []);
});
