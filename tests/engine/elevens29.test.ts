/**
 * Eleven in Arabic words: «أحد عشر» and «إحدى عشرة» (and the ordinals «الحادي عشر», «الحادية
 * عشرة») were read as ten, the one word before «عشر» being no number on its own. A duration of
 * «إحدى عشرة ساعة» in an article was drawn as ten hours, and a draft's right eleven flagged. Near
 * misses: «أحد» alone is "one of" or Sunday, no number; «عشرة» alone stays ten.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { numbers } from '../../engine/src/extract/numbers';

const valuesOf = (text: string): number[] => numbers(analyse(text, 'plaintext')).map((number) => number.value);

test('eleven, in both genders; the ordinal eleventh is no count', () => {
  assert.deepEqual(valuesOf('استمرت العملية إحدى عشرة ساعة'), [11]);
  assert.deepEqual(valuesOf('استمر الإضراب أحد عشر يوماً'), [11]);
  // The ordinal is no count (found in review: «اليوم الحادي عشر من الإضراب» was compared with the strike's length).
  assert.deepEqual(valuesOf('بدأ الاجتماع في الساعة الحادية عشرة صباحاً'), []);
  assert.deepEqual(valuesOf('في اليوم الحادي عشر من الإضراب'), []);
  // With a scale word after it (found by the shared story ar-economy when the scale was left out).
  assert.deepEqual(valuesOf('تحويل أحد عشر مليار دولار من الودائع'), [11_000_000_000]);
  assert.deepEqual(valuesOf('بلغ العدد إحدى عشرة ألفاً'), [11_000]);
});

test('near misses: one of, Sunday, and ten alone', () => {
  assert.deepEqual(valuesOf('قال أحد المسؤولين إن العمل توقف'), []);
  assert.deepEqual(valuesOf('عقد الاجتماع يوم الأحد'), []);
  assert.deepEqual(valuesOf('استمرت العملية عشر ساعات'), [10]);
});

test('a conjunction before eleven stays out of the figure', () => {
  const text = 'استمر الإضراب ساعات وأحد عشر يوماً';
  const [number] = numbers(analyse(text, 'plaintext'));
  assert.equal(text.slice(number!.start, number!.end), 'أحد عشر');
});
