/**
 * Probes of the date reader: a month that ends one line of a numbered list is no date with the
 * next item's number ("… in October.\n2. …" is not 2 October), while a day after its month in one
 * sentence still is (October 2, 2026). The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from '../../engine/src/extract/dates';
import { analyse } from '../../engine/src/analysis';

const read = (text: string) => dates(analyse(text, 'markdown')).map((date) => [date.day?.value, date.month?.value]);

test('a month ending a list item takes no day from the next item\'s number', () => {
  assert.deepEqual(read('1. **12 hours**: the longest closure of the bridge in October.\n2. **3,410** lorries diverted.\n'), [[undefined, 10]]);
});

test('a day right after its month in one sentence is still read', () => {
  assert.deepEqual(read('The bridge closed on October 2, 2026, for repairs.\n'), [[2, 10]]);
});

test('an abbreviated month with its period still takes the day after it', () => {
  assert.deepEqual(read('Supplies will reach 4,000 families before Dec. 15, the agency said.\n'), [[15, 12]]);
});
