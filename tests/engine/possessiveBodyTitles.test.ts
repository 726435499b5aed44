/**
 * A leader's title with a lower-case kind noun before its head and an organisation in the
 * possessive before that ("Alun Maddox, *Plaid Cymru's* council leader"): the organisation is the
 * title's, compared with the person's (a party with the person's party). The person's own body or
 * party, and a place in the possessive, pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { findingLines, fixtureFactBase } from './helpers';

const RULES = ['post-holder', 'affiliation'];
const fire = findingLines(createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' }), RULES);

test("another body's or party's kind-noun leader title is flagged", () => {
  assert.ok(fire("Alun Maddox, Plaid Cymru's council leader, said the site would be inspected.").some((line) => line.startsWith('affiliation: Plaid Cymru')));
  assert.ok(fire("Alun Maddox, Natural Resources Wales's council leader, said the site would be inspected.").length > 0);
});

test("the person's own party or body, or a place, with a kind-noun leader title passes", () => {
  assert.deepEqual(fire("Alun Maddox, Labour's council leader, said the site would be inspected."), []);
  assert.deepEqual(fire("Alun Maddox, Swansea Council's leader, said the site would be inspected."), []);
  assert.deepEqual(fire("Alun Maddox, Swansea's council leader, said the site would be inspected."), []);
  assert.deepEqual(fire('The council leader, Alun Maddox, said the site would be inspected.'), []);
});
