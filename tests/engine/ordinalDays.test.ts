/**
 * Days written as ordinals beside a month ("the 5th of March", "March 5th", "the fifth of March",
 * «في الخامس من مارس», «الحادي عشر من يونيو») or beside "of the month" («في الخامس من الشهر
 * الجاري», "on the 5th of this month"), probed on an invented story in both languages (Kenya
 * opens a fourth berth at Lamu port on 3 March 2027; the dredging contract awarded on 15 June
 * 2026; published 20 March 2027), written before the change. A wrong ordinal day tied to its event
 * is flagged and fixed in the draft's own form (5th → 3rd, fifth → third, «الخامس» → «الثالث»);
 * the right day, ordinals that rank a thing (the fourth berth, the third round, «المرة الثالثة»,
 * «الأسبوع الأول من مارس»), an ordinal without a month ("on the 5th"), and counts before «من» stay
 * clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Kenya opens fourth berth at Lamu port',
  'NAIROBI, March 20 (Reuters) - Kenya opened a fourth deep-water berth at Lamu port on March 3, the Kenya Ports Authority said on Saturday, as the government tries to draw shipping away from congested Mombasa.',
  'Transport minister Amina Wekesa told reporters the berth had handled 12 vessels since it opened.',
  'The authority awarded the dredging contract to China Harbour Engineering on June 15, 2026.',
].join('\n\n');

const ARABIC = [
  'كينيا تفتتح الرصيف الرابع في ميناء لامو',
  'نيروبي، 20 مارس (رويترز) - افتتحت كينيا رصيفاً رابعاً للمياه العميقة في ميناء لامو في 3 مارس، حسبما أعلنت هيئة موانئ كينيا يوم السبت، في وقت تسعى فيه الحكومة إلى إبعاد حركة الشحن عن ميناء مومباسا المزدحم.',
  'وقالت وزيرة النقل أمينة ويكيسا للصحفيين إن الرصيف استقبل 12 سفينة منذ افتتاحه.',
  'ومنحت الهيئة عقد أعمال التجريف لشركة تشاينا هاربر للهندسة في 15 يونيو 2026.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'lamu-berth',
    published: '2027-03-20',
    facts: (own) => ({
      people: [{ id: 'wekesa', names: { en: ['Amina Wekesa'], ar: ['أمينة ويكيسا'] }, gender: 'f', evidence: own('Amina Wekesa', 'أمينة ويكيسا') }],
      organisations: [
        { id: 'kpa', names: { en: ['Kenya Ports Authority'], ar: ['هيئة موانئ كينيا'] }, kind: 'agency', evidence: own('Kenya Ports Authority', 'هيئة موانئ كينيا') },
        { id: 'chec', names: { en: ['China Harbour Engineering'], ar: ['تشاينا هاربر للهندسة'] }, kind: 'company', evidence: own('China Harbour Engineering', 'تشاينا هاربر للهندسة') },
      ],
      places: [
        { id: 'kenya', names: { en: ['Kenya'], ar: ['كينيا'] }, kind: 'country', evidence: own('Kenya', 'كينيا') },
        { id: 'lamu', names: { en: ['Lamu'], ar: ['لامو'] }, kind: 'city', within: 'kenya', evidence: own('Lamu', 'لامو') },
      ],
      events: [
        {
          id: 'berth-opening',
          names: { en: ['the opening of the fourth berth'], ar: ['افتتاح الرصيف الرابع'] },
          triggers: { en: ['opened', 'opening'], ar: ['افتتحت', 'افتتاح', 'افتتاحه', 'تفتتح'] },
          date: { year: 2027, month: 3, day: 3, weekday: 'wed' },
          place: 'lamu',
          participants: ['kpa'],
          evidence: own('Kenya opened a fourth deep-water berth at Lamu port on March 3', 'افتتحت كينيا رصيفاً رابعاً للمياه العميقة في ميناء لامو في 3 مارس'),
        },
        {
          id: 'contract-award',
          names: { en: ['the award of the dredging contract'], ar: ['منح عقد التجريف'] },
          triggers: { en: ['awarded', 'award'], ar: ['منحت', 'منح'] },
          date: { year: 2026, month: 6, day: 15 },
          participants: ['kpa', 'chec'],
          evidence: own('The authority awarded the dredging contract to China Harbour Engineering on June 15, 2026', 'ومنحت الهيئة عقد أعمال التجريف لشركة تشاينا هاربر للهندسة في 15 يونيو 2026'),
        },
      ],
    }),
  },
  ['event-date'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('an English ordinal day beside its month is compared with the event and fixed in its own form', () => {
  assert.deepEqual(english('Kenya opened the new berth at Lamu port on the 5th of March.'), ['event-date: 5th → 3rd']);
  assert.deepEqual(english('Kenya opened the new berth at Lamu port on March 5th.'), ['event-date: 5th → 3rd']);
  assert.deepEqual(english('Kenya opened the new berth at Lamu port on March 5th, 2027.'), ['event-date: 5th → 3rd']);
  assert.deepEqual(english('Kenya opened the new berth at Lamu port on the fifth of March.'), ['event-date: fifth → third']);
  assert.deepEqual(english('The Kenya Ports Authority awarded the dredging contract on the 12th of June 2026.'), ['event-date: 12th → 15th']);
});

test('an Arabic ordinal day beside its month is compared with the event and fixed in its own form', () => {
  assert.deepEqual(arabic('افتتحت كينيا الرصيف الجديد في ميناء لامو في الخامس من مارس.'), ['event-date: الخامس → الثالث']);
  assert.deepEqual(arabic('افتتحت كينيا الرصيف الجديد في ميناء لامو يوم الخامس من مارس 2027.'), ['event-date: الخامس → الثالث']);
  assert.deepEqual(arabic('ومنحت هيئة موانئ كينيا عقد التجريف لشركة تشاينا هاربر للهندسة في الحادي عشر من يونيو 2026.'), ['event-date: الحادي عشر → الخامس عشر']);
});

test('an ordinal day of "this month" is read from the draft\'s date, else the article\'s', () => {
  assert.deepEqual(arabic('افتتحت كينيا الرصيف الجديد في ميناء لامو في الخامس من الشهر الجاري.'), ['event-date: الخامس → الثالث']);
  assert.deepEqual(english('Kenya opened the new berth at Lamu port on the 5th of this month.'), ['event-date: 5th → 3rd']);
});

test('the right ordinal day stays clean', () => {
  assert.deepEqual(english('Kenya opened the new berth at Lamu port on the 3rd of March.'), []);
  assert.deepEqual(english('Kenya opened the new berth at Lamu port on March 3rd.'), []);
  assert.deepEqual(english('Kenya opened the new berth at Lamu port on the third of March 2027.'), []);
  assert.deepEqual(english('The Kenya Ports Authority awarded the dredging contract on the 15th of June 2026.'), []);
  assert.deepEqual(arabic('افتتحت كينيا الرصيف الجديد في ميناء لامو في الثالث من مارس.'), []);
  assert.deepEqual(arabic('افتتحت كينيا الرصيف الجديد في ميناء لامو في الثالث من الشهر الجاري.'), []);
  assert.deepEqual(arabic('ومنحت هيئة موانئ كينيا عقد التجريف في الخامس عشر من يونيو 2026.'), []);
});

test('ordinals that rank a thing, ordinals without a month and counts stay clean', () => {
  // The fourth berth, the fifth of the port's berths: ranks, not days.
  assert.deepEqual(english('Kenya opened the fifth berth at Lamu port in March.'), []);
  assert.deepEqual(english('Kenya opened the new berth at Lamu port in March, the third of four planned on the coast.'), []);
  // An ordinal without a month is not read as a day.
  assert.deepEqual(english('Kenya opened the new berth at Lamu port on the 5th.'), []);
  assert.deepEqual(arabic('افتتحت كينيا الرصيف الخامس في ميناء لامو في مارس.'), []);
  // «الأسبوع الأول من مارس» ranks the week; «للمرة الثالثة» counts occasions.
  assert.deepEqual(arabic('افتتحت كينيا الرصيف الجديد في ميناء لامو في الأسبوع الأول من مارس.'), []);
  // After a weekday an ordinal counts the weekdays of the month: «يوم الأربعاء الأول من مارس» is
  // the first Wednesday of March (3 March 2027), not 1 March.
  assert.deepEqual(arabic('افتتحت كينيا الرصيف الجديد في ميناء لامو يوم الأربعاء الأول من مارس.'), []);
  assert.deepEqual(arabic('افتتحت كينيا الرصيف الجديد في ميناء لامو الأربعاء الأول من مارس 2027.'), []);
  // A count before «من» and a month: five of March's arrivals.
  assert.deepEqual(arabic('افتتحت كينيا الرصيف في 3 مارس واستقبل خمساً من سفن مارس.'), []);
});

test('a date after since with an ordinal before it is a comparison\'s, not the event\'s', () => {
  // For the third time since March 2025: the last time of something else, as after "first".
  assert.deepEqual(arabic('افتتحت كينيا رصيفاً جديداً في ميناء لامو للمرة الثالثة منذ مارس 2025.'), []);
  assert.deepEqual(english('Kenya opened a new berth at Lamu port, its third since March 2025.'), []);
  assert.deepEqual(english('Kenya opened a new berth at Lamu port for the second time since 2025.'), []);
});
