/**
 * A past title with no words of its own besides its head ("the former premier", "Former chief fire
 * officer X", "the former council leader X", «الوزير السابق») given to a person who still holds the
 * post that head names: the head alone is one of the post's titles. A holder of a past post of the
 * family, a head the post does not go by, and the present title pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { findingLines, fixtureFactBase } from './helpers';

const RULES = ['post-holder'];
const fire = findingLines(createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' }), RULES);
const weather = findingLines(createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' }), RULES);
const court = findingLines(createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json')], { scope: 'all' }), RULES);

test('a bare past title of a post the person still holds is flagged', () => {
  assert.deepEqual(weather('Rebecca Thornton, the former premier, said the recovery would take months.'), ['post-holder: former → ']);
  assert.deepEqual(fire('Former chief fire officer Huw Prosser said crews worked through the night.'), ['post-holder: Former → ']);
  assert.deepEqual(fire('The former council leader Alun Maddox said the site would be inspected.'), ['post-holder: former → ']);
});

test('a bare past title of a past post, or of no post of the person, passes', () => {
  assert.deepEqual(court('Former prime minister Boris Johnson first announced the plan in 2022.'), []);
  assert.deepEqual(court('Boris Johnson, the former prime minister, first announced the plan in 2022.'), []);
  assert.deepEqual(weather('Rebecca Thornton, the premier, said the recovery would take months.'), []);
  assert.deepEqual(weather('Rebecca Thornton, a former teacher, said the recovery would take months.'), []);
  assert.deepEqual(fire('Alun Maddox, a former firefighter, said the site would be inspected.'), []);
});
