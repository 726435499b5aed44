/**
 * An English count whose noun is a compound of two nouns (walnut trees, prison officers): the
 * number counts the last noun, the head, and the first only says what kind it is. On an invented
 * story in both languages (a planting campaign), where one fact counts a farmer's walnut trees by
 * "walnut" and "trees" and another the new trees a ministry will plant: "2 million new walnut
 * trees" is the second fact's figure, not a wrong figure for the farmer's, and a wrong one is
 * compared with the planting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Ministry launches planting campaign',
  'MARLOW, Monday 7 December 2026 - The farmer Jon Hale, who owns 450 walnut trees on the hills above Marlow, said the harvest had doubled this year.',
  'The agriculture ministry said it would plant 2 million new trees in the region from March.',
].join('\n\n');

const ARABIC = [
  'الوزارة تطلق حملة تشجير',
  'مارلو – الاثنين 7 ديسمبر 2026 – قال المزارع جون هيل، الذي يملك 450 شجرة جوز على التلال المطلة على مارلو، إن المحصول تضاعف هذا العام.',
  'وقالت وزارة الزراعة إنها ستغرس مليوني شجرة جديدة في المنطقة ابتداء من مارس.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'planting',
    published: '2026-12-07',
    facts: (own) => ({
      people: [{ id: 'hale', names: { en: ['Jon Hale'], ar: ['جون هيل'] }, evidence: own('Jon Hale', 'جون هيل') }],
      places: [{ id: 'marlow', names: { en: ['Marlow'], ar: ['مارلو'] }, kind: 'city', evidence: own('MARLOW', 'مارلو') }],
      quantities: [
        { id: 'owned', value: 450, unit: 'count', subject: 'hale', noun: { en: ['trees', 'tree', 'walnut'], ar: ['شجرة', 'أشجار', 'جوز'] }, evidence: own('owns 450 walnut trees', 'يملك 450 شجرة جوز') },
        { id: 'planted', value: 2000000, unit: 'count', noun: { en: ['trees', 'tree'], ar: ['شجرة', 'أشجار'] }, qualifier: { en: ['new', 'plant'], ar: ['جديدة', 'ستغرس'] }, evidence: own('plant 2 million new trees', 'ستغرس مليوني شجرة جديدة') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a count before an English compound noun is compared by its head noun, not by the noun that qualifies it', () => {
  assert.deepEqual(english('The ministry will plant 2 million new walnut trees.'), []);
  assert.deepEqual(english('The ministry will plant 3 million new walnut trees.'), ['quantity: 3 million → 2 million']);
  assert.deepEqual(arabic('The ministry will plant 2 million new walnut trees.'), []);
  assert.deepEqual(arabic('The ministry will plant 3 million new walnut trees.'), ['quantity: 3 million → 2 million']);
  assert.deepEqual(english('Jon Hale said the ministry will plant 3 million new walnut trees above Marlow.'), ['quantity: 3 million → 2 million']);
  assert.deepEqual(english('Jon Hale said the ministry will plant 2 million new walnut trees above Marlow.'), []);
});

test('the farmer\'s own walnut trees are still compared, and an Arabic compound keeps its head first', () => {
  assert.deepEqual(english('Jon Hale owns 540 walnut trees above Marlow.'), ['quantity: 540 → 450']);
  assert.deepEqual(english('Jon Hale owns 450 walnut trees above Marlow.'), []);
  assert.deepEqual(english('وقالت الوزارة إنها ستغرس مليوني شجرة جوز جديدة.'), []);
  assert.deepEqual(arabic('ويملك جون هيل 540 شجرة جوز في مارلو.'), ['quantity: 540 → 450']);
  assert.deepEqual(arabic('ويملك جون هيل 450 شجرة جوز في مارلو.'), []);
});
