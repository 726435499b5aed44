/**
 * An Arabic hour written as an ordinal without «الساعة» («في التاسعة صباحاً», «عند الحادية عشرة
 * ليلاً», «قرابة العاشرة صباح الاثنين») is a clock time when a word of time stands before it and the
 * part of the day right after it. Probes against the invented ar drought story of
 * tests/engine/fixtures/dates (the minister opened the Dakhla plant on Monday 2 March 2026 at ten
 * in the morning), written before the change, with the right hour and an ordinal that is no hour
 * («المرة الثانية») that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const drought = createChecker([fixtureFactBase('../engine/fixtures/dates', 'drought.factbase.json', 'drought.article.ar.txt')], { scope: 'all' });

test('a bare Arabic hour with its part of the day is compared with the event time', () => {
  assert.equal(dated(drought, 'افتتح البوعزاوي محطة التحلية في الداخلة في التاسعة صباحاً.').length, 1);
  assert.equal(dated(drought, 'افتتح البوعزاوي محطة التحلية في الداخلة قرابة الحادية عشرة صباح الاثنين.').length, 1);
});

test('the right bare hour, and an ordinal that is no hour, stay clean', () => {
  assert.deepEqual(dated(drought, 'افتتح البوعزاوي محطة التحلية في الداخلة في العاشرة صباحاً.'), []);
  assert.deepEqual(dated(drought, 'افتتح البوعزاوي محطة التحلية في الداخلة عند العاشرة صباح الاثنين.'), []);
  assert.deepEqual(dated(drought, 'زار البوعزاوي الداخلة للمرة الثانية صباح الاثنين وافتتح محطة التحلية.'), []);
});
