/**
 * The day of a date written with its month is no count: "The quake that hit Al Haouz on 9
 * September killed more than 2,000 people" was read as a death toll of 9.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

test('a date\'s day beside a verb of counting is not the count', () => {
  const quake = createChecker([fixtureFactBase('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt')]);
  const quantities = (sentence: string) =>
    quake.check(`---\nstory: al-haouz-earthquake\n---\n${sentence}\n`).findings.filter((f) => f.ruleId === 'quantity').map((f) => f.message);
  assert.deepEqual(quantities('The quake that hit Al Haouz on 9 September killed more than 2,000 people.'), []);
  assert.deepEqual(quantities('الزلزال الذي ضرب الحوز في 9 سبتمبر قتل أكثر من ألفي شخص.'), []);
  // A wrong toll beside a date is still flagged.
  assert.equal(quantities('The quake that hit Al Haouz on 8 September killed 2,946 people.').length, 1);
});
