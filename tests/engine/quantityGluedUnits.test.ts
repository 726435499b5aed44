/**
 * Measures whose unit symbol is glued to the figure ("20km", "5km", "40mm") or written as «كلم»,
 * on the landslide story of \`quantityMeasures.test.ts\`: they are read as the figure and its unit,
 * so a wrong distance or length is flagged as when the symbol stands apart, and near misses stay
 * unflagged: the true figure, another place's distance, a figure with a scale suffix (140m is 140
 * million).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Landslide cuts off Swiss village',
  'SARNEN, Friday 4 December 2026 - A landslide buried a stretch of 3 kilometres of the A8 road under 4 metres of mud on Thursday, the canton of Obwalden said.',
  'The village of Giswil, 12 km from Sarnen, was cut off overnight.',
  'Crews removed 2,500 tonnes of rock by Friday.',
].join('\n\n');

const ARABIC = [
  'انهيار أرضي يعزل قرية سويسرية',
  'سارنن – الجمعة 4 ديسمبر 2026 – طمر انهيار أرضي مقطعاً طوله 3 كيلومترات من الطريق A8 تحت 4 أمتار من الوحل يوم الخميس، بحسب مقاطعة أوبفالدن.',
  'وعُزلت قرية جيسفيل الواقعة على بعد 12 كيلومتراً من سارنن طوال الليل.',
  'وأزالت الفرق 2500 طن من الصخور حتى يوم الجمعة.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'landslide',
    published: '2026-12-04',
    facts: (own) => ({
      places: [
        { id: 'sarnen', names: { en: ['Sarnen'], ar: ['سارنن'] }, kind: 'city', evidence: own('Sarnen', 'سارنن') },
        { id: 'giswil', names: { en: ['Giswil'], ar: ['جيسفيل'] }, kind: 'city', evidence: own('Giswil', 'جيسفيل') },
      ],
      quantities: [
        { id: 'stretch', value: 3, unit: 'km', noun: { en: ['stretch'], ar: ['مقطعا', 'مقطع', 'طوله'] }, evidence: own('a stretch of 3 kilometres', 'مقطعاً طوله 3 كيلومترات') },
        { id: 'mud', value: 4, unit: 'metre', noun: { en: ['mud'], ar: ['الوحل', 'وحل'] }, evidence: own('4 metres of mud', '4 أمتار من الوحل') },
        { id: 'giswil-distance', value: 12, unit: 'km', subject: 'giswil', noun: { en: ['from Sarnen', 'south of Sarnen'], ar: ['على بعد', 'جنوب مدينة سارنن'] }, evidence: own('12 km from Sarnen', 'على بعد 12 كيلومتراً من سارنن') },
        { id: 'rock', value: 2500, unit: 'tonne', noun: { en: ['rock'], ar: ['الصخور', 'صخور'] }, evidence: own('2,500 tonnes of rock', '2500 طن من الصخور') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

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
