/**
 * Numbers written in words of several parts: an Arabic thousand in the accusative (ألفاً ومئتي
 * عامل), the parts after an Arabic scale word (ثلاثة آلاف وأربعمئة), and English thousands and
 * hundreds in a row (one thousand two hundred, two hundred and fifty). Near misses stay apart:
 * two numbers side by side, a year before a number word.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { numbers } from '../../engine/src/extract/numbers';

const valuesOf = (text: string): number[] => numbers(analyse(text, 'plaintext')).map((number) => number.value);

test('Arabic: a thousand in the accusative, and the parts after a scale word', () => {
  assert.deepEqual(valuesOf('شارك ألفاً ومئتي عامل في البناء'), [1200]);
  assert.deepEqual(valuesOf('بلغ عدد العمال ألفاً ومئتين'), [1200]);
  assert.deepEqual(valuesOf('بلغ عدد العمال ألفاً'), [1000]);
  assert.deepEqual(valuesOf('شارك ثلاثة آلاف وأربعمئة عامل'), [3400]);
  assert.deepEqual(valuesOf('شارك ثلاثة آلاف وأربعمئة وخمسون عاملاً'), [3450]);
  assert.deepEqual(valuesOf('نزح خمسة آلاف وخمسمئة شخص'), [5500]);
  // Still as before: digits after a scale, two numbers that do not compose.
  assert.deepEqual(valuesOf('بلغ العدد 62 ألفاً و931 شخصاً'), [62931]);
  assert.deepEqual(valuesOf('وصل ثلاثة وأربعة'), [3, 4]);
  // Two scales joined by و are one figure (scaledCompounds29.test.ts).
  assert.deepEqual(valuesOf('بلغ مليون و200 ألف'), [1200000]);
});

test('English: thousands, hundreds and tens in a row', () => {
  assert.deepEqual(valuesOf('one thousand two hundred workers'), [1200]);
  assert.deepEqual(valuesOf('two thousand five hundred people'), [2500]);
  assert.deepEqual(valuesOf('two hundred and fifty homes'), [250]);
  assert.deepEqual(valuesOf('three thousand four hundred and twelve votes'), [3412]);
  assert.deepEqual(valuesOf('five hundred thousand people'), [500000]);
  assert.deepEqual(valuesOf('twelve hundred workers'), [1200]);
  // Near misses: numbers side by side stay apart; "and" between two counts is no compound.
  assert.deepEqual(valuesOf('In 2020 two hundred people moved'), [2020, 200]);
  assert.deepEqual(valuesOf('two three-bedroom homes'), [2, 3]);
  assert.deepEqual(valuesOf('five hundred adults and forty children'), [500, 40]);
  assert.deepEqual(valuesOf('one two'), [1, 2]);
});

test('fractions: a numerator is no number, a fraction of a lone scale word is its share', () => {
  assert.deepEqual(valuesOf('Three-quarters of households left'), []);
  assert.deepEqual(valuesOf('two-thirds of the vote'), []);
  assert.deepEqual(valuesOf('three quarters of the homes'), []);
  assert.deepEqual(valuesOf('حضر ثلاثة أرباع الأساتذة'), []);
  assert.deepEqual(valuesOf('تضرر ربع مليون شخص'), [250000]);
  assert.deepEqual(valuesOf('رصدت الحكومة نصف مليار دولار'), [500000000]);
  // Near misses: a number before a unit or a noun, and a lone scale word, stay as they were.
  assert.deepEqual(valuesOf('a three-month deadline and 3 quartets'), [3, 3]);
  assert.deepEqual(valuesOf('تضرر مليون شخص'), [1000000]);
});
