/**
 * A date tied across languages through a noun of its event, probed by helper dates29 before the
 * change: an Arabic draft of an English article that gives the reopening of a bridge in its
 * headline and its lead, so that the draft's sentence comes as near to both, and names the event
 * by a noun of its trigger's meaning with what it is of («افتتاح الجسر» for the reopening). Traps:
 * another opening in the sentence («افتتح الوزير معرضاً»), and the right day. Article invented
 * for yearsAcross29.test.ts: the Kestrel Bridge's reopening on Thursday 5 November 2026
 * (`dates/kestrel-bridge.article.en.txt`), with an editor-style fact base (English triggers only).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const bridge = createChecker([fixtureFactBase('../engine/fixtures/dates', 'kestrel-bridge.factbase.json', 'kestrel-bridge.article.en.txt')], { scope: 'all' });

test('a wrong day tied through a noun of the event is flagged with the article day', () => {
  assert.deepEqual(dated(bridge, 'شهد افتتاح الجسر في 4 نوفمبر حشوداً كبيرة.'), ['4 → 5 @ reopening']);
  assert.deepEqual(dated(bridge, 'وجرى افتتاح الجسر أمام حركة المرور في 4 نوفمبر.'), ['4 → 5 @ reopening']);
});

test('the right day, and another opening in the sentence, stay clean', () => {
  assert.deepEqual(dated(bridge, 'شهد افتتاح الجسر في 5 نوفمبر حشوداً كبيرة.'), []);
  assert.deepEqual(dated(bridge, 'افتتح الوزير معرضاً عن تاريخ الجسر في 4 نوفمبر.'), []);
});
