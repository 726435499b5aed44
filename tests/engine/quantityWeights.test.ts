/**
 * Weights (tonnes, kilograms) on an invented harvest story in both languages, written to hold many
 * figures of one unit beside the facts' own: last year's harvest, another crop, imports, a daily
 * intake of the silos. A wrong figure of the fact's unit tied to its noun is flagged ("4.5 million
 * tonnes of wheat" for 4.1 million, «1.5 مليون طن من الشعير»); near misses stay clean: a figure of a
 * day (20,000 tonnes a day is not a season's harvest), a comparison value after the current one
 * ("up from 2.5 million tonnes"), another year, a figure of another unit, and a figure far from the
 * fact's own (what farmers sold is a part of the harvest, not a slip for it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  "Morocco's wheat harvest rises to 4.1 million tonnes",
  'RABAT, Monday 6 July 2026 - Morocco harvested 4.1 million tonnes of wheat this season, up from 2.5 million tonnes last year, the agriculture ministry said on Monday.',
  'The barley crop reached 1.3 million tonnes.',
  'The silos of the port of Casablanca take in 20,000 tonnes a day during the harvest.',
  'Each hectare yielded 1,800 kg of wheat on average.',
].join('\n\n');

const ARABIC = [
  'محصول القمح في المغرب يرتفع إلى 4.1 مليون طن',
  'الرباط – الاثنين 6 يوليو 2026 – حصد المغرب 4.1 مليون طن من القمح هذا الموسم، مقابل 2.5 مليون طن العام الماضي، بحسب وزارة الفلاحة يوم الاثنين.',
  'وبلغ محصول الشعير 1.3 مليون طن.',
  'وتستقبل صوامع ميناء الدار البيضاء 20 ألف طن يومياً خلال موسم الحصاد.',
  'وبلغ متوسط مردود الهكتار الواحد 1800 كيلوغرام من القمح.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'morocco-harvest',
    published: '2026-07-06',
    facts: (own) => ({
      places: [{ id: 'morocco', names: { en: ['Morocco'], ar: ['المغرب'] }, kind: 'country', evidence: own('Morocco', 'المغرب') }],
      quantities: [
        { id: 'wheat', value: 4100000, unit: 'tonne', noun: { en: ['wheat', 'harvest'], ar: ['القمح', 'قمح', 'محصول'] }, evidence: own('harvested 4.1 million tonnes of wheat', 'حصد المغرب 4.1 مليون طن من القمح') },
        { id: 'barley', value: 1300000, unit: 'tonne', noun: { en: ['barley'], ar: ['الشعير', 'شعير'] }, evidence: own('The barley crop reached 1.3 million tonnes', 'محصول الشعير 1.3 مليون طن') },
        { id: 'silos', value: 20000, unit: 'tonne', noun: { en: ['silos'], ar: ['صوامع'] }, evidence: own('take in 20,000 tonnes a day', 'تستقبل صوامع ميناء الدار البيضاء 20 ألف طن يومياً') },
        { id: 'yield', value: 1800, unit: 'kg', noun: { en: ['hectare', 'yield'], ar: ['الهكتار', 'مردود'] }, evidence: own('Each hectare yielded 1,800 kg', 'مردود الهكتار الواحد 1800 كيلوغرام') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('an English weight tied to its noun is compared with the fact', () => {
  assert.deepEqual(english('Morocco harvested 4.5 million tonnes of wheat this season.'), ['quantity: 4.5 million tonnes → 4.1 million tonnes']);
  assert.deepEqual(english('The barley crop reached 1.5 million tonnes this season.'), ['quantity: 1.5 million tonnes → 1.3 million tonnes']);
  assert.deepEqual(english('Each hectare yielded 2,100 kg of wheat on average.'), ['quantity: 2,100 → 1,800']);
});

test('an Arabic weight tied to its noun is compared with the fact', () => {
  assert.deepEqual(arabic('حصد المغرب 4.5 مليون طن من القمح هذا الموسم.'), ['quantity: 4.5 مليون طن → 4.1 مليون طن']);
  assert.deepEqual(arabic('وبلغ محصول الشعير 1.5 مليون طن هذا الموسم.'), ['quantity: 1.5 مليون طن → 1.3 مليون طن']);
});

test('weights of a day, of another year, of comparison or far from the fact stay clean', () => {
  assert.deepEqual(english('Morocco harvested 4.1 million tonnes of wheat this season, up from 2.5 million tonnes last year.'), []);
  assert.deepEqual(english('The port handles 25,000 tonnes of wheat a day during the harvest.'), []);
  assert.deepEqual(english('The wheat harvest was 3.2 million tonnes in 2019.'), []);
  assert.deepEqual(english('Farmers sold 300,000 tonnes of wheat to the state.'), []);
  assert.deepEqual(english('The wheat harvest covered 2.8 million hectares.'), []);
  assert.deepEqual(arabic('تستقبل الموانئ 25 ألف طن من القمح يومياً خلال الحصاد.'), []);
  assert.deepEqual(arabic('حصد المغرب 4.1 مليون طن من القمح هذا الموسم مقارنة بـ2.8 مليون طن العام الماضي.'), []);
  assert.deepEqual(arabic('باع الفلاحون 300 ألف طن من القمح للدولة.'), []);
});
