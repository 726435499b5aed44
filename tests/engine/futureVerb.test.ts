/**
 * Arabic verbs in the future (text/stem.ts isFutureVerb): read by their form, so that a forward
 * count (بعد يومين) is a date only after one, and not after a noun that opens the same way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFutureVerb } from '../../engine/src/text/stem';
import { analyse } from '../../engine/src/analysis';

const keys = (text: string) => analyse(text).tokens.map((token) => token.key);

test('a verb in the future is read by its form, with و or ف before it', () => {
  for (const key of keys('سيوقع ستعقد سنعمل سأزور وسيتم فستكون سيجري سيأتي سيلتقي سيبقى ستنطلق سيدرسه سيصلون')) assert.ok(isFutureVerb(key), key);
});

test('nouns, numbers, adjectives and names that open like one are not verbs', () => {
  for (const key of keys('سيارة سياسة سيطرة ستة سنة سنوات سندات سيما سيول ستين ستون سياسي سياحية السياسيون وسياسات سينما سيطرت سنوية ستراسبورغ سيدني سيف سير')) assert.ok(!isFutureVerb(key), key);
});
