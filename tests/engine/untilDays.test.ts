/**
 * A day after "until" (till, «حتى», «لغاية») against an event the article dates over several days
 * is the end of that state: right when it is the last day or the day after it (closed until Friday,
 * for a closure from Tuesday to Thursday, reopens on Friday), wrong otherwise, with the last day
 * as its fix. Probes against the dev stories en-weather (schools closed from Tuesday 10 to Thursday
 * 12 February) and ar-education (the resit session from Monday 20 to Friday 24 July), written
 * before the change, with the right ends that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const weather = createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });


test('a day after until is compared with the last day of the state', () => {
  assert.deepEqual(dated(weather, 'Schools in the Whitsunday region will stay closed until Wednesday.'), ['Wednesday → Thursday @ schools']);
  assert.deepEqual(dated(weather, 'Schools in the Whitsunday region will stay closed until 15 February.'), ['15 → 12 @ schools']);
  assert.deepEqual(dated(education, 'تجري دورة المراقبة حتى 23 يوليو.'), ['23 → 24 @ remedial']);
});

test('the last day, or the day after it, after until stays clean', () => {
  assert.deepEqual(dated(weather, 'Schools in the Whitsunday region will stay closed until Thursday.'), []);
  assert.deepEqual(dated(weather, 'Schools in the Whitsunday region will stay closed until Friday.'), []);
  assert.deepEqual(dated(weather, 'Schools in the Whitsunday region will stay closed until 12 February.'), []);
  assert.deepEqual(dated(weather, 'Schools in the Whitsunday region will stay closed until 13 February.'), []);
  assert.deepEqual(dated(education, 'تجري دورة المراقبة حتى 24 يوليو.'), []);
  assert.deepEqual(dated(education, 'تجري دورة المراقبة حتى الجمعة 24 يوليو.'), []);
});
