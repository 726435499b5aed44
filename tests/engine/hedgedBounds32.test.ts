/**
 * Hedged figures that restate a bound wrongly, on an invented story in both languages (a water
 * outage in Millbrook). "Up to 38 hours" gives the longest wait: a draft's "up to 33 hours" says
 * another longest wait, even where the noun also counts a shorter length of the article's (the
 * crews' 30 hours), which "up to 33" would bound. A hedged figure whose digits are the article's
 * with two of them swapped («أكثر من 3400 شكوى» for more than 4,300) is a slip of the figure, not
 * a weaker bound. Rounded and weaker bounds, and another hedge than "up to", stay unflagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';
import { swappedDigits } from '../../engine/src/extract/hedges';

const ENGLISH = [
  'Millbrook outage leaves homes without water',
  'MILLBROOK, Monday 7 December 2026 - Residents of Millbrook waited up to 38 hours for running water after a main burst on Saturday, the Millbrook Water Company said.',
  'Its repair crews waited 30 hours for spare pipes, and the company received more than 4,300 complaints.',
  'The company handed out 2,700 packs of bottled water.',
].join('\n\n');

const ARABIC = [
  'انقطاع المياه في ميلبروك',
  'ميلبروك – الاثنين 7 ديسمبر 2026 – انتظر سكان ميلبروك مدة تصل إلى 38 ساعة عودة المياه الجارية بعد انفجار أنبوب رئيسي يوم السبت، بحسب شركة مياه ميلبروك.',
  'وانتظرت فرق الإصلاح 30 ساعة وصول أنابيب بديلة، وتلقت الشركة أكثر من 4300 شكوى.',
  'ووزعت الشركة 2700 عبوة من المياه المعبأة.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'millbrook-water',
    published: '2026-12-07',
    facts: (own) => ({
      places: [{ id: 'millbrook', names: { en: ['Millbrook'], ar: ['ميلبروك'] }, kind: 'city', evidence: own('Millbrook', 'ميلبروك') }],
      organisations: [{ id: 'mwc', names: { en: ['Millbrook Water Company'], ar: ['شركة مياه ميلبروك'] }, kind: 'company', evidence: own('Millbrook Water Company', 'شركة مياه ميلبروك') }],
      quantities: [
        { id: 'outage', value: 38, unit: 'hour', approx: 'up-to', noun: { en: ['hours', 'waited'], ar: ['ساعة', 'انتظر'] }, evidence: own('waited up to 38 hours', 'انتظر سكان ميلبروك مدة تصل إلى 38 ساعة') },
        { id: 'shift', value: 30, unit: 'hour', noun: { en: ['hours', 'waited'], ar: ['ساعة', 'انتظرت'] }, evidence: own('waited 30 hours for spare pipes', 'وانتظرت فرق الإصلاح 30 ساعة') },
        { id: 'complaints', value: 4300, unit: 'count', approx: 'more-than', noun: { en: ['complaints'], ar: ['شكوى', 'شكاوى'] }, evidence: own('received more than 4,300 complaints', 'أكثر من 4300 شكوى') },
        { id: 'packs', value: 2700, unit: 'count', noun: { en: ['packs'], ar: ['عبوة'] }, evidence: own('2,700 packs of bottled water', '2700 عبوة') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('"up to" restates the article\'s longest figure: another one is wrong, whatever other length the noun counts', () => {
  assert.deepEqual(english('Residents of Millbrook waited up to 33 hours for water.'), ['quantity: 33 hours → 38 hours']);
  assert.deepEqual(english('Some homes waited up to 34 hours for running water.'), ['quantity: 34 hours → 38 hours']);
});

test('"up to" with the article\'s figure, and other hedges of it, stay unflagged', () => {
  assert.deepEqual(english('Residents of Millbrook waited up to 38 hours for water.'), []);
  assert.deepEqual(english('Residents of Millbrook waited less than 40 hours for water.'), []);
  assert.deepEqual(english('Its repair crews waited 30 hours for spare pipes.'), []);
  assert.deepEqual(english('Its repair crews waited more than 20 hours for spare pipes.'), []);
});

test('a hedged figure with two of the article\'s digits swapped is a slip, in both languages', () => {
  assert.deepEqual(english('The company received more than 3,400 complaints.'), ['quantity: 3,400 → 4,300']);
  assert.deepEqual(arabic('وتلقت الشركة أكثر من 3400 شكوى.'), ['quantity: 3400 → 4300']);
  assert.deepEqual(arabic('وتلقت الشركة ما يزيد على 3400 شكوى من السكان.'), ['quantity: 3400 → 4300']);
});

test('a weaker or rounded bound of the article\'s figure stays unflagged, in both languages', () => {
  assert.deepEqual(english('The company received more than 4,000 complaints.'), []);
  assert.deepEqual(english('The company received more than 3,000 complaints.'), []);
  assert.deepEqual(english('The company received more than 4,300 complaints.'), []);
  assert.deepEqual(arabic('وتلقت الشركة أكثر من 4000 شكوى.'), []);
  assert.deepEqual(arabic('وتلقت الشركة أكثر من 4300 شكوى.'), []);
  assert.deepEqual(arabic('ووزعت الشركة نحو 2700 عبوة من المياه.'), []);
});

// Review (session 32): narrowing the slip to the two leading digits was tried and taken back: a swap
// further in ("about 1,540" for 1,450) is a slip as often, and the narrowing lost three points of
// recall on two held-out stories. Digits that are not neighbours, or more than two, are no slip.
test('two neighbouring digits swapped are a slip; others are not', () => {
  assert.equal(swappedDigits(12000, 21000), true);
  assert.equal(swappedDigits(1540, 1450), true);
  assert.equal(swappedDigits(1450, 1450), false);
  assert.equal(swappedDigits(5400, 4500 + 4), false);
  assert.equal(swappedDigits(3021, 1023), false);
});
