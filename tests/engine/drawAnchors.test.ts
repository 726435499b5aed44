/**
 * A drawn fact base's `scope.anchors`: the article's own proper words that no drawn fact holds
 * (a footbridge's district, a contractor, a dam named in quotation marks), so that a short draft
 * naming them is tied to its story; calendar, title, party and nation words, and words the article
 * also writes in lower case, are none. Two invented articles (tests/engine/fixtures/anchors).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';
import { bundled } from './helpers';

const dir = join(import.meta.dirname, 'fixtures', 'anchors');
const article = (name: string) => readFileSync(join(dir, name), 'utf8');

/** Draws an article and loads the result as a fact base. */
function drawn(name: string, id: string): { anchors: string[]; factBase: FactBaseData } {
  const text = article(name);
  const { factBase } = drawFactBase(text, { id, file: name });
  const parsed = parseFactBase(JSON.stringify(factBase), name, text);
  assert.deepEqual(parsed.problems, [], name);
  return { anchors: (factBase as { scope?: { anchors?: string[] } }).scope?.anchors ?? [], factBase: parsed.factBase! };
}

test('an English article: its own place and company names are anchors; calendar, party, nation and common words are not', () => {
  const { anchors } = drawn('bridge.en.txt', 'dalmarnock-bridge');
  for (const word of ['Dalmarnock', 'Bridgeton', 'Arup']) assert.ok(anchors.includes(word), `${word} in ${JSON.stringify(anchors)}`);
  for (const word of ['Friday', 'March', 'Labour', 'Scottish', 'Council', 'Glasgow', 'East', 'Every']) assert.ok(!anchors.some((anchor) => anchor.split(' ').includes(word)), `${word} not in ${JSON.stringify(anchors)}`);
});

test('an Arabic article: a structure named in quotation marks after its noun is an anchor', () => {
  assert.deepEqual(drawn('dam.ar.txt', 'tamri-dam').anchors, ['تامري']);
});

test('a short draft that names the story only by its anchors is tied to it; a draft about another bridge is not', () => {
  const bridge = drawn('bridge.en.txt', 'dalmarnock-bridge').factBase;
  const dam = drawn('dam.ar.txt', 'tamri-dam').factBase;
  const checker = createChecker([bundled().factBase, bridge, dam]);
  const tie = (text: string) => checker.storyOf(text, { format: 'markdown' }).factBases;
  assert.deepEqual(tie("Glasgow's Dalmarnock bridge is open again\n\nThe footbridge across the Clyde reopened on Friday after repairs costing £4.2m.\n"), ['dalmarnock-bridge']);
  assert.deepEqual(tie('افتتح الوزير سد تامري الذي كلف 1.3 مليار درهم وتبلغ سعته 204 ملايين متر مكعب.\n'), ['tamri-dam']);
  assert.deepEqual(tie('A new footbridge over the Clyde opened in Glasgow on Friday after repairs.\n'), []);
});
