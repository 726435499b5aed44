/**
 * A figure with two of the fact's digits swapped that happens to be a sum or a difference of two
 * of the article's figures, on an invented story in both languages (flats built in two towns).
 * 4,600 flats for the article's 6,400 is a slip, though 6,400 less Irbid's 1,800 is 4,600: a writer
 * who works a figure out names what it leaves (outside Irbid), and a swap of two neighbouring
 * digits is the commoner slip. A difference that swaps no digits stays a figure worked out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Homes for low-income families',
  'AMMAN, Monday 7 December 2026 - The Ministry of Housing will build 6,400 flats for low-income families, it said on Monday.',
  'The project includes 2,500 flats in Zarqa and 1,800 in Irbid.',
].join('\n\n');

const ARABIC = [
  'مساكن لذوي الدخل المحدود',
  'عمّان – الاثنين 7 ديسمبر 2026 – أعلنت وزارة الإسكان يوم الاثنين أنها ستبني 6400 شقة لذوي الدخل المحدود.',
  'ويشمل المشروع 2500 شقة في الزرقاء و1800 شقة في إربد.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'flats',
    published: '2026-12-07',
    facts: (own) => ({
      places: [
        { id: 'zarqa', names: { en: ['Zarqa'], ar: ['الزرقاء'] }, kind: 'city', evidence: own('Zarqa', 'الزرقاء') },
        { id: 'irbid', names: { en: ['Irbid'], ar: ['إربد'] }, kind: 'city', evidence: own('Irbid', 'إربد') },
      ],
      organisations: [{ id: 'moh', names: { en: ['Ministry of Housing'], ar: ['وزارة الإسكان'] }, kind: 'ministry', evidence: own('Ministry of Housing', 'وزارة الإسكان') }],
      quantities: [
        { id: 'flats', value: 6400, unit: 'count', noun: { en: ['flats'], ar: ['شقة'] }, evidence: own('will build 6,400 flats', 'ستبني 6400 شقة') },
        { id: 'zarqa-flats', value: 2500, unit: 'count', subject: 'zarqa', noun: { en: ['flats'], ar: ['شقة'] }, evidence: own('2,500 flats in Zarqa', '2500 شقة في الزرقاء') },
        { id: 'irbid-flats', value: 1800, unit: 'count', subject: 'irbid', noun: { en: ['flats'], ar: ['شقة'] }, evidence: own('1,800 in Irbid', '1800 شقة في إربد') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a figure with two digits of the fact swapped is a slip, though it meets a difference of two figures', () => {
  assert.deepEqual(english('The Ministry of Housing will build 4,600 flats for low-income families.'), ['quantity: 4,600 → 6,400']);
  assert.deepEqual(arabic('وستبني وزارة الإسكان 4600 شقة لذوي الدخل المحدود.'), ['quantity: 4600 → 6400']);
});

test('the article\'s figures, and a difference that swaps no digits, stay unflagged', () => {
  assert.deepEqual(english('The Ministry of Housing will build 6,400 flats for low-income families.'), []);
  assert.deepEqual(english('The Ministry of Housing will build 3,900 flats outside Zarqa.'), []);
  assert.deepEqual(arabic('وستبني وزارة الإسكان 6400 شقة لذوي الدخل المحدود.'), []);
  assert.deepEqual(arabic('وستبني وزارة الإسكان 3900 شقة خارج الزرقاء.'), []);
});
