/**
 * A party's side written with any title of a person whose party the fact base names ("the
 * *Conservative* shadow home secretary", "*Tory* prime minister X", «رئيس الوزراء *العمالي*»), not
 * only with a member's title, and a side said as a noun after the name ("Yvette Cooper, *a
 * Conservative*,"): compared with the person's party. The person's own side, a portfolio of a
 * minister ("Labour Minister" of a labour ministry) and a person whose party the fact base does not
 * name pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { findingLines, fixtureFactBase } from './helpers';

const RULES = ['post-holder', 'affiliation'];
const court = findingLines(createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json')], { scope: 'all' }), RULES);
const fire = findingLines(createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' }), RULES);

test('another side with any title, or as a noun after the name, is flagged', () => {
  assert.deepEqual(court('Labour prime minister Rishi Sunak said he would bring in emergency legislation.'), ['affiliation: Labour → Conservative Party']);
  assert.deepEqual(court('Rishi Sunak, the Labour prime minister, said he would bring in emergency legislation.'), ['affiliation: Labour → Conservative Party']);
  assert.deepEqual(court('Shadow home secretary Yvette Cooper, a Conservative, called it a humiliation.'), ['affiliation: Conservative → Labour']);
  assert.deepEqual(fire('Swansea Council leader Alun Maddox, a Conservative, said the site would be inspected.').length, 1);
});

test("the person's own side, and people whose party is not named, pass", () => {
  for (const sentence of [
    'Yvette Cooper, the Labour shadow home secretary, called it a humiliation.',
    'Tory prime minister Rishi Sunak said he would bring in emergency legislation.',
    'Conservative prime minister Rishi Sunak said he would bring in emergency legislation.',
    'Shadow home secretary Yvette Cooper, a Labour MP, called it a humiliation.',
    'Rishi Sunak, a Conservative, said he would bring in emergency legislation.',
    // No party for Cleverly's post nor a tie to one: not judged.
    'Conservative Home Secretary James Cleverly said the government would act.',
    // A side's word that is not capitalised is another word.
    'Rishi Sunak, a conservative, said he would bring in emergency legislation.',
  ]) {
    assert.deepEqual(court(sentence), [], sentence);
  }
  assert.deepEqual(fire('Alun Maddox, the Labour council leader, said the site would be inspected.'), []);
});
