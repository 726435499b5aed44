/**
 * Measures in kilometres and metres (the schema's km, metre), on an invented story in
 * both languages (a landslide in Switzerland): a draft's figure of the fact's unit near the fact's
 * noun that differs from the article's is flagged, with a fix that keeps the draft's unit word and
 * agrees with the number («12 كيلومتراً», «3 كيلومترات»); a distance whose subject is a place is
 * compared only in a sentence that names that place. Near misses stay unflagged: the true figure,
 * a distance of another place, a figure in another unit (miles). Tonnes are compared since weights
 * are (tests/engine/quantityWeights.test.ts): 4,000 tonnes of rock for 2,500 is flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabic, english } from './fixtures/landslide';

test('English kilometres, metres and tonnes that differ from the article are flagged', () => {
  assert.deepEqual(english('Crews removed 4,000 tonnes of rock.'), ['quantity: 4,000 tonnes → 2,500 tonnes']);
  assert.deepEqual(english('The landslide buried a stretch of 5 kilometres of road.'), ['quantity: 5 kilometres → 3 kilometres']);
  assert.deepEqual(english('The mud lay 6 metres deep.'), ['quantity: 6 metres → 4 metres']);
  assert.deepEqual(english('Giswil, 20 km from Sarnen, was cut off.'), ['quantity: 20 → 12']);
});

test('English measures the article gives, of another place or in another unit, stay unflagged', () => {
  assert.deepEqual(english('The landslide buried a stretch of 3 kilometres of road.'), []);
  assert.deepEqual(english('Giswil, about 12 km from Sarnen, was cut off.'), []);
  assert.deepEqual(english('Lucerne, 20 km from Sarnen, was spared.'), []);
  assert.deepEqual(english('Giswil, about seven miles from Sarnen, was cut off.'), []);
  assert.deepEqual(english('Crews removed 2,500 tonnes of rock.'), []);
});

test('Arabic kilometres and metres that differ from the article are flagged, with a fix that agrees', () => {
  assert.deepEqual(arabic('طمر الانهيار مقطعاً طوله 5 كيلومترات.'), ['quantity: 5 كيلومترات → 3 كيلومترات']);
  assert.deepEqual(arabic('غطى الطريق 6 أمتار من الوحل.'), ['quantity: 6 أمتار → 4 أمتار']);
  assert.deepEqual(arabic('تقع قرية جيسفيل على بعد 20 كيلومتراً من سارنن.'), ['quantity: 20 كيلومتراً → 12 كيلومتراً']);
  assert.deepEqual(arabic('تقع قرية جيسفيل على بعد 5 كيلومترات من سارنن.'), ['quantity: 5 كيلومترات → 12 كيلومتراً']);
});

test('Arabic measures the article gives, or of another place, stay unflagged', () => {
  assert.deepEqual(arabic('تقع قرية جيسفيل على بعد نحو 12 كيلومتراً من سارنن.'), []);
  assert.deepEqual(arabic('تقع مدينة لوسيرن على بعد 20 كيلومتراً من سارنن.'), []);
  assert.deepEqual(arabic('أزالت الفرق 2500 طن من الصخور.'), []);
  assert.deepEqual(arabic('غطى الطريق 4 أمتار من الوحل.'), []);
});

test('a noun of three words is read whole, in both languages', () => {
  assert.deepEqual(english('Giswil lies 20 km south of Sarnen.'), ['quantity: 20 → 12']);
  assert.deepEqual(english('Giswil lies 12 km south of Sarnen.'), []);
  assert.deepEqual(arabic('تقع جيسفيل على مسافة 20 كيلومتراً جنوب مدينة سارنن.'), ['quantity: 20 كيلومتراً → 12 كيلومتراً']);
  assert.deepEqual(arabic('تقع جيسفيل على مسافة 12 كيلومتراً جنوب مدينة سارنن.'), []);
});
