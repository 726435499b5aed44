/**
 * Measures whose unit symbol is glued to the figure ("20km", "5km", "40mm") or written as «كلم»,
 * on the landslide story of \`quantityMeasures.test.ts\`: they are read as the figure and its unit,
 * so a wrong distance or length is flagged as when the symbol stands apart, and near misses stay
 * unflagged: the true figure, another place's distance, a figure with a scale suffix (140m is 140
 * million).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabic, english } from './fixtures/landslide';

test('a unit symbol glued to its figure is read as the unit', () => {
  assert.deepEqual(english('Giswil, 20km from Sarnen, was cut off.'), ['quantity: 20 → 12']);
  assert.deepEqual(english('The landslide buried a stretch of 5km of road.'), ['quantity: 5 → 3']);
  assert.deepEqual(arabic('وعُزلت قرية جيسفيل الواقعة على بعد 20 كلم من سارنن.'), ['quantity: 20 → 12']);
});

test('glued figures the article gives, or of another place, stay unflagged', () => {
  assert.deepEqual(english('Giswil, 12km from Sarnen, was cut off.'), []);
  assert.deepEqual(english('Lucerne, 20km from Sarnen, was spared.'), []);
  assert.deepEqual(english('Sarnen had 40mm of rain on Thursday.'), []);
  assert.deepEqual(english('Repairs to the stretch of road will cost 140m francs.'), []);
  assert.deepEqual(arabic('وعُزلت قرية جيسفيل الواقعة على بعد 12 كلم من سارنن.'), []);
});
