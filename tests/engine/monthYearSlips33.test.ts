/**
 * A draft sentence that restates the article's figures and its month with a wrong year (service
 * "in September 2031" for the article's September 2030) speaks of the article's occasion with a
 * slip in the year, which the date rule reports: its figures are still compared. On an invented
 * story in both languages (a tramway extension), while a sentence about another month of another
 * year keeps its figures to itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Work starts on tramway extension',
  'KESTON, Monday 7 December 2026 - Work began on Monday on the extension of the Keston tramway to the airport, a project costing 14 billion dirhams that will run for 38 kilometres and is due to enter service in September 2030.',
  'The first line of the tramway, opened in March 2019, carried 21 million passengers last year.',
].join('\n\n');

const ARABIC = [
  'بدء أشغال تمديد الترامواي',
  'كيستون – الاثنين 7 ديسمبر 2026 – بدأت يوم الاثنين أشغال تمديد ترامواي كيستون إلى المطار، في مشروع تبلغ كلفته 14 مليار درهم ويمتد على 38 كيلومتراً، على أن يدخل الخدمة في سبتمبر 2030.',
  'ونقل الخط الأول للترامواي، الذي افتتح في مارس 2019، 21 مليون راكب العام الماضي.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'tramway',
    published: '2026-12-07',
    facts: (own) => ({
      places: [{ id: 'keston', names: { en: ['Keston'], ar: ['كيستون'] }, kind: 'city', evidence: own('KESTON', 'كيستون') }],
      quantities: [
        { id: 'cost', value: 14000000000, unit: 'money', currency: 'MAD', noun: { en: ['costing', 'cost'], ar: ['كلفته', 'كلفة', 'بكلفة'] }, evidence: own('costing 14 billion dirhams', 'تبلغ كلفته 14 مليار درهم') },
        { id: 'length', value: 38, unit: 'km', noun: { en: ['run', 'extension'], ar: ['يمتد', 'تمديد'] }, evidence: own('run for 38 kilometres', 'يمتد على 38 كيلومتراً') },
        { id: 'riders', value: 21000000, unit: 'count', noun: { en: ['passengers'], ar: ['راكب', 'ركاب'] }, evidence: own('carried 21 million passengers', 'نقل الخط الأول للترامواي، الذي افتتح في مارس 2019، 21 مليون راكب') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a figure is compared in a sentence that gives the article\'s month with a wrong year', () => {
  assert.deepEqual(english('Work began on the extension of the Keston tramway, a project costing 41 billion dirhams that is due to enter service in September 2031.'), ['quantity: 41 billion dirhams → 14']);
  assert.deepEqual(arabic('بدأت أشغال تمديد ترامواي كيستون، في مشروع بكلفة 41 مليار درهم، على أن يدخل الخدمة في سبتمبر 2031.'), ['quantity: 41 مليار درهم → 14']);
});

test('the article\'s figures, and a sentence of another month and year, stay unflagged', () => {
  assert.deepEqual(english('Work began on the extension of the Keston tramway, a project costing 14 billion dirhams that is due to enter service in September 2031.'), []);
  assert.deepEqual(english('The first line, opened in March 2019, carried 12 million passengers in May 2020.'), []);
  assert.deepEqual(arabic('ونقل الخط الأول، الذي افتتح في مارس 2019، 12 مليون راكب في مايو 2020.'), []);
  assert.deepEqual(arabic('بدأت أشغال تمديد ترامواي كيستون، في مشروع بكلفة 14 مليار درهم، على أن يدخل الخدمة في سبتمبر 2031.'), []);
  assert.deepEqual(english('Work began on the extension, a project costing 4 billion dirhams like the one that entered service in September 2011.'), []);
  assert.deepEqual(arabic('ويذكّر المشروع بتمديد سابق دخل الخدمة في 3 سبتمبر 2031 بكلفة 4 مليارات درهم.'), []);
});
