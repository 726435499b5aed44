/**
 * A workforce given with another verb than the article's: the article says a firm "employs 220
 * people" («توظف 220 عاملاً»), a draft that it "has 250 staff", «يعمل فيها 250 موظفاً» or «تضم
 * 250 عاملاً» (an invented story in both languages: a food plant closes in Newport). A count of
 * workers whose qualifier is a verb of employing is qualified as well by a verb of having or of
 * working there; near misses stay unflagged: the true figure, people who are not workers, a count
 * of another thing the firm has.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Gwent Foods to close Newport plant',
  'NEWPORT, Wednesday 9 December 2026 - Gwent Foods, which employs 220 people at its Newport plant, said on Tuesday it would close the site next year.',
].join('\n\n');

const ARABIC = [
  'غوينت فودز تغلق مصنعها في نيوبورت',
  'نيوبورت – الأربعاء 9 ديسمبر 2026 – أعلنت شركة غوينت فودز، التي توظف 220 عاملاً في مصنعها بنيوبورت، يوم الثلاثاء أنها ستغلق الموقع العام المقبل.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'newport',
    published: '2026-12-09',
    facts: (own) => ({
      quantities: [
        {
          id: 'staff',
          value: 220,
          unit: 'count',
          noun: { en: ['people', 'staff', 'workers', 'employees'], ar: ['عاملا', 'عامل', 'موظفا', 'موظف'] },
          qualifier: { en: ['employs'], ar: ['توظف'] },
          evidence: own('employs 220 people', 'توظف 220 عاملاً'),
        },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a workforce given with a verb of having or working is compared with the one employed', () => {
  assert.deepEqual(english('Gwent Foods has 250 staff at the Newport plant.'), ['quantity: 250 → 220']);
  assert.deepEqual(english('The plant, with 250 workers, will close next year.'), ['quantity: 250 → 220']);
  assert.deepEqual(arabic('يعمل في المصنع 250 موظفاً.'), ['quantity: 250 → 220']);
  assert.deepEqual(arabic('تضم الشركة 250 عاملاً في نيوبورت.'), ['quantity: 250 → 220']);
  assert.deepEqual(arabic('لدى الشركة 250 موظفاً في المصنع.'), ['quantity: 250 → 220']);
});

test('the true workforce, people who are not workers and other things a firm has stay unflagged', () => {
  assert.deepEqual(english('Gwent Foods has 220 staff at the Newport plant.'), []);
  assert.deepEqual(english('The town has 250 people on its housing list.'), []);
  assert.deepEqual(english('Gwent Foods has 250 suppliers across Wales.'), []);
  assert.deepEqual(arabic('يعمل في المصنع 220 موظفاً.'), []);
  assert.deepEqual(arabic('تضم المدينة 250 شخصاً على قوائم السكن.'), []);
});
