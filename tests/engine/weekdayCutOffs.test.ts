/**
 * A weekday after "by" (by Thursday, «بحلول الخميس») is a cut-off: it is compared only with an
 * event the article gives by a cut-off too (Tamsin "would weaken into a tropical low by
 * Wednesday"), never with the day of an event that happened (the toll, the flooding). Written
 * against the dev story en-weather with new sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const checker = createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' });

function dated(draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} @ ${finding.factId}`);
}

test('a cut-off weekday is compared with the event the article gives by a cut-off', () => {
  assert.deepEqual(dated('Tamsin is expected to become a tropical low by Thursday.'), ['Thursday @ weaken']);
  assert.deepEqual(dated('Tamsin will weaken into a tropical low by Wednesday.'), []);
});

test('a cut-off weekday says nothing of an event that happened on its day', () => {
  assert.deepEqual(dated('By Thursday the death toll had risen to two.'), []);
  assert.deepEqual(dated('By Thursday, major flooding had reached Ayr.'), []);
  assert.deepEqual(dated('Ergon Energy hopes to restore power to most homes by Thursday.'), []);
});
