/**
 * A figure with no noun of its own that a contrast or a partition sets against the count before it
 * ("needed 12,000 pickers but only about 7,500 signed up", «يحتاج إلى 12 ألف عامل لم يسجل منهم سوى
 * 7500»): it counts the same noun, and it is compared with the one fact of that noun whose
 * qualifier stands after the first count. On an invented story in both languages (a grape harvest).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Grape harvest short of hands',
  'VELDA, Monday 7 December 2026 - The Velda wine cooperative said on Monday that the harvest needed 12,000 pickers, but only about 7,500 had signed up so far.',
  'The cooperative expects to press 40,000 tonnes of grapes this year.',
].join('\n\n');

const ARABIC = [
  'نقص في اليد العاملة لقطف العنب',
  'فيلدا – الاثنين 7 ديسمبر 2026 – قالت تعاونية فيلدا للنبيذ يوم الاثنين إن موسم القطف يحتاج إلى 12 ألف عامل، لم يسجل منهم حتى الآن سوى نحو 7500.',
  'وتتوقع التعاونية عصر 40 ألف طن من العنب هذا العام.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'harvest',
    published: '2026-12-07',
    facts: (own) => ({
      organisations: [{ id: 'coop', names: { en: ['Velda wine cooperative'], ar: ['تعاونية فيلدا للنبيذ'] }, kind: 'company', evidence: own('Velda wine cooperative', 'تعاونية فيلدا للنبيذ') }],
      quantities: [
        { id: 'needed', value: 12000, unit: 'count', noun: { en: ['pickers', 'workers'], ar: ['عامل', 'عمال'] }, qualifier: { en: ['needed', 'need', 'needs'], ar: ['يحتاج', 'حاجة'] }, evidence: own('needed 12,000 pickers', 'يحتاج إلى 12 ألف عامل') },
        { id: 'signed', value: 7500, unit: 'count', approx: 'about', noun: { en: ['pickers', 'workers'], ar: ['عامل', 'عمال'] }, qualifier: { en: ['signed', 'available'], ar: ['يسجل', 'سجل'] }, evidence: own('only about 7,500 had signed up', 'لم يسجل منهم حتى الآن سوى نحو 7500') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a figure set against a count before it is compared with the fact its own words qualify', () => {
  assert.deepEqual(english('The cooperative said the harvest needed 12,000 pickers, but only about 5,700 had signed up.'), ['quantity: 5,700 → 7,500']);
  assert.deepEqual(english('The harvest needs 12,000 pickers but only 5,700 are available.'), ['quantity: 5,700 → 7,500']);
  assert.deepEqual(arabic('وقالت التعاونية إن موسم القطف يحتاج إلى 12 ألف عامل لم يسجل منهم سوى نحو 5700.'), ['quantity: 5700 → 7500']);
  assert.deepEqual(arabic('The harvest needs 12,000 pickers but only 5,700 have signed up.'), ['quantity: 5,700 → 7,500']);
  assert.deepEqual(arabic('وقال إن موسم القطف يحتاج إلى 12 ألف عامل لم يسجل منهم سوى 5 آلاف.'), ['quantity: 5 آلاف → 7500']);
});

test('the article\'s figures, a figure of another thing and a figure without the qualifier stay unflagged', () => {
  assert.deepEqual(english('The cooperative said the harvest needed 12,000 pickers, but only about 7,500 had signed up.'), []);
  assert.deepEqual(english('The harvest needed 12,000 pickers, but only about 8,000 had signed up.'), []);
  assert.deepEqual(english('The harvest needs 12,000 pickers, but only 3 of the 20 farms have found enough.'), []);
  assert.deepEqual(english('The harvest needs 12,000 pickers but only 5,000 tonnes of grapes were pressed.'), []);
  assert.deepEqual(english('The harvest needs 12,000 pickers, but 300 left last week.'), []);
  assert.deepEqual(arabic('وقالت التعاونية إن موسم القطف يحتاج إلى 12 ألف عامل لم يسجل منهم سوى نحو 7500.'), []);
  assert.deepEqual(arabic('ويحتاج موسم القطف إلى 12 ألف عامل، لكن 300 غادروا الأسبوع الماضي.'), []);
  // A year after "but only" counts nothing (found in review).
  assert.deepEqual(english('The harvest needs 12,000 pickers, but only 2023 had signed up.'), []);
});
