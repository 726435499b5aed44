/**
 * A date after since or «منذ» in a comparison (for the first time since 2019, the biggest defeat
 * since 2021, «الأقوى منذ عام 2021», «لأول مرة منذ عام 2020», «أعنف زلزال … منذ عام 2021») is the
 * last time of something else, not the event's date. Probes against the shared stories en-court
 * (the Supreme Court's ruling of 15 November 2023; Rwanda rejected claims between 2020 and 2022)
 * and ar-disaster (the earthquake of 8 September 2023), written before the change, with the event's
 * own wrong year and a state's wrong start (rejected claims since 2018) still flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const court = createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json')], { scope: 'all' });
const disaster = createChecker([fixtureFactBase('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt')], { scope: 'all' });

test('a year after since in a comparison is no date of the event', () => {
  assert.deepEqual(dated(court, 'The Supreme Court ruled against a flagship policy for the first time since 2019.'), []);
  assert.deepEqual(dated(court, 'The Supreme Court ruling was the biggest legal defeat for ministers since 2021.'), []);
  assert.deepEqual(dated(disaster, 'الزلزال هو الأقوى في المغرب منذ عام 2021.'), []);
  assert.deepEqual(dated(disaster, 'ضرب الزلزال إقليم الحوز لأول مرة منذ عام 2020.'), []);
  assert.deepEqual(dated(disaster, 'وهو أعنف زلزال يضرب المغرب منذ عام 2021.'), []);
  assert.deepEqual(dated(disaster, 'وهذه أول مرة منذ عام 2021 يضرب فيها زلزال بهذه القوة إقليم الحوز.'), []);
});

test('the event\'s own wrong year, and a state\'s wrong start after since, stay flagged', () => {
  assert.deepEqual(dated(court, 'The Supreme Court ruled in 2022 that the policy was unlawful.'), ['2022 → 2023 @ ruling']);
  assert.deepEqual(dated(court, 'Rwanda has rejected asylum claims from Afghans, Syrians and Yemenis since 2018.'), ['2018 → 2020 @ rwanda-rejections']);
  assert.deepEqual(dated(disaster, 'ضرب الزلزال إقليم الحوز عام 2021.'), ['2021 → 2023 @ earthquake']);
  // A first or a superlative in another clause does not make the date a comparison's.
  assert.deepEqual(dated(court, 'It was the first big test for Mr Cleverly; Rwanda has rejected claims from Afghans, Syrians and Yemenis since 2018.'), ['2018 → 2020 @ rwanda-rejections']);
});
