/**
 * Bounds, ranges and counts said with a verb, on an invented story in both languages (floods in
 * Nabeul): a bound with a clitic before it («بأكثر من 200 ألف» for more than 300,000) agrees with
 * the article's figure; a range (between 400 and 500, «ما بين 400 و500», 400 to 500) agrees when the
 * article's figure lies inside it and is flagged when it does not; a count of people said with the
 * verb of the fact (46 people were killed, «أصيب 112 شخصاً») is compared with the fact whose noun
 * is that verb's participle, while people counted by another verb (evacuated) stay unflagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Floods in Nabeul kill 46',
  'TUNIS, Monday 7 December 2026 - Floods in the Nabeul governorate killed 46 people and injured 112, the civil protection said on Sunday.',
  'The floods affected more than 300,000 people, the Red Crescent said.',
  'Rescuers evacuated about 450 families from the town of Grombalia.',
  'Twenty-four shelters were opened, and the government announced grants of 300 dinars per person and up to 1,000 dinars per family.',
].join('\n\n');

const ARABIC = [
  'فيضانات نابل تودي بحياة 46 شخصاً',
  'تونس – الاثنين 7 ديسمبر 2026 – قتل 46 شخصاً وأصيب 112 آخرون في فيضانات ولاية نابل، بحسب الحماية المدنية يوم الأحد.',
  'وألحقت الفيضانات أضراراً بأكثر من 300 ألف شخص، بحسب الهلال الأحمر.',
  'وأجلت فرق الإنقاذ نحو 450 عائلة من مدينة قرمبالية.',
  'وفُتح 24 مأوى، وأعلنت الحكومة منحاً بقيمة 300 دينار لكل فرد وما يصل إلى 1000 دينار لكل عائلة.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'nabeul-floods',
    published: '2026-12-07',
    facts: (own) => ({
      places: [
        { id: 'nabeul', names: { en: ['Nabeul'], ar: ['نابل'] }, kind: 'region', evidence: own('Nabeul', 'نابل') },
        { id: 'grombalia', names: { en: ['Grombalia'], ar: ['قرمبالية'] }, kind: 'city', evidence: own('Grombalia', 'قرمبالية') },
      ],
      events: [{ id: 'floods', names: { en: ['the Nabeul floods'], ar: ['فيضانات نابل'] }, triggers: { en: ['floods', 'flooding'], ar: ['فيضانات', 'الفيضانات'] }, date: { year: 2026, month: 12, day: 6 }, evidence: own('Floods in the Nabeul governorate', 'فيضانات ولاية نابل') }],
      quantities: [
        { id: 'deaths', value: 46, unit: 'count', subject: 'floods', noun: { en: ['dead', 'deaths', 'killed'], ar: ['قتيلاً', 'قتيل', 'قتلى', 'وفاة', 'وفيات'] }, evidence: own('killed 46 people', 'قتل 46 شخصاً') },
        { id: 'injured', value: 112, unit: 'count', subject: 'floods', noun: { en: ['injured', 'wounded'], ar: ['جريحاً', 'جرحى', 'مصاباً', 'مصابين'] }, evidence: own('injured 112', 'وأصيب 112 آخرون') },
        { id: 'affected', value: 300000, unit: 'count', approx: 'more-than', noun: { en: ['people'], ar: ['شخص'] }, qualifier: { en: ['affected'], ar: ['أضراراً'] }, evidence: own('affected more than 300,000 people', 'أضراراً بأكثر من 300 ألف شخص') },
        { id: 'shelters', value: 24, unit: 'count', noun: { en: ['shelters'], ar: ['مأوى', 'ملاجئ'] }, evidence: own('Twenty-four shelters', '24 مأوى') },
        { id: 'grant-person', value: 300, unit: 'money', currency: 'TND', noun: { en: ['grants', 'person'], ar: ['منحاً', 'منح', 'فرد'] }, evidence: own('300 dinars per person', '300 دينار لكل فرد') },
        { id: 'grant-family', value: 1000, unit: 'money', currency: 'TND', approx: 'up-to', noun: { en: ['family'], ar: ['عائلة'] }, evidence: own('up to 1,000 dinars per family', '1000 دينار لكل عائلة') },
        { id: 'families', value: 450, unit: 'count', approx: 'about', noun: { en: ['families'], ar: ['عائلة', 'عائلات'] }, evidence: own('about 450 families', 'نحو 450 عائلة') },
      ],
    }),
  },
  ['quantity'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a bound with a clitic before it agrees with the article figure it bounds', () => {
  assert.deepEqual(arabic('وألحقت الفيضانات أضراراً بأكثر من 200 ألف شخص.'), []);
  assert.deepEqual(arabic('وألحقت الفيضانات أضراراً بما يزيد على 250 ألف شخص.'), []);
  assert.deepEqual(arabic('وأجلت فرق الإنقاذ قرابة 460 عائلة من قرمبالية.'), []);
  assert.deepEqual(english('The floods affected more than 200,000 people.'), []);
  // A bound the article's figure does not meet is still flagged.
  assert.equal(arabic('وألحقت الفيضانات أضراراً بأكثر من 900 ألف شخص.').length, 1);
  assert.equal(arabic('وأجلت فرق الإنقاذ بنحو 900 عائلة من قرمبالية.').length, 1);
});

test('a range that holds the article figure stays unflagged, in both languages', () => {
  assert.deepEqual(english('Rescuers evacuated between 400 and 500 families from Grombalia.'), []);
  assert.deepEqual(english('Rescuers evacuated 400 to 500 families from Grombalia.'), []);
  assert.deepEqual(english('Rescuers evacuated 400-500 families from Grombalia.'), []);
  assert.deepEqual(arabic('وأجلت فرق الإنقاذ ما بين 400 و500 عائلة من قرمبالية.'), []);
  assert.deepEqual(arabic('وأجلت فرق الإنقاذ بين 400 و500 عائلة من قرمبالية.'), []);
  assert.deepEqual(arabic('وأجلت فرق الإنقاذ من 400 إلى 500 عائلة من قرمبالية.'), []);
});

test('a range that misses the article figure is flagged once, in both languages', () => {
  assert.equal(english('Rescuers evacuated between 200 and 300 families from Grombalia.').length, 1);
  assert.equal(english('Rescuers evacuated 600 to 700 families from Grombalia.').length, 1);
  assert.equal(arabic('وأجلت فرق الإنقاذ ما بين 200 و300 عائلة من قرمبالية.').length, 1);
  assert.equal(arabic('وأجلت فرق الإنقاذ من 600 إلى 700 عائلة من قرمبالية.').length, 1);
});

test('people counted with the verb of a fact are compared with that fact, in both languages', () => {
  assert.deepEqual(english('The floods in Nabeul killed 64 people.'), ['quantity: 64 → 46']);
  assert.deepEqual(english('In Nabeul, 64 people were killed by the floods.'), ['quantity: 64 → 46']);
  assert.deepEqual(english('The floods in Nabeul injured 121 people.'), ['quantity: 121 → 112']);
  assert.deepEqual(arabic('وقتل 64 شخصاً في فيضانات نابل.'), ['quantity: 64 → 46']);
  assert.deepEqual(arabic('وأصيب 121 شخصاً في فيضانات نابل.'), ['quantity: 121 → 112']);
});

test('people counted with the verb of a fact, rightly or by another verb, stay unflagged', () => {
  assert.deepEqual(english('The floods in Nabeul killed 46 people.'), []);
  assert.deepEqual(english('In Nabeul, 112 people were injured by the floods.'), []);
  assert.deepEqual(english('Rescuers in Nabeul evacuated 64 people by boat.'), []);
  assert.deepEqual(arabic('وقتل 46 شخصاً في فيضانات نابل.'), []);
  assert.deepEqual(arabic('وأصيب 112 شخصاً في فيضانات نابل.'), []);
  assert.deepEqual(arabic('وأجلت فرق الإنقاذ في نابل 64 شخصاً بالقوارب.'), []);
});

test('a dozen is a number: two dozen shelters are 24, in English', () => {
  assert.deepEqual(english('Two dozen shelters were opened after the floods in Nabeul.'), []);
  assert.deepEqual(english('Three dozen shelters were opened after the floods in Nabeul.'), ['quantity: Three dozen → 24']);
});

test('an amount paid per person is not a rounding of the amount paid per family, in both languages', () => {
  assert.equal(english('The government announced grants of 950 dinars per person.').length, 1);
  assert.deepEqual(english('The government announced grants of 300 dinars per person.'), []);
  assert.deepEqual(english('The government announced up to 950 dinars per family.'), []);
  assert.equal(arabic('وأعلنت الحكومة منحاً بقيمة 950 ديناراً لكل فرد.').length, 1);
  assert.deepEqual(arabic('وأعلنت الحكومة منحاً بقيمة 300 دينار لكل فرد.'), []);
});

const RATES_AR = [
  'نتائج الباكالوريا في نابل',
  'وبلغت نسبة النجاح 44.6 في المئة، وتصدرت ولاية نابل الترتيب بـ61.2 في المئة، تلتها ولاية سوسة بـ53.7 في المئة.',
  'وبلغت نسبة النجاح 66.1 في المئة في شعبة الرياضيات، وقالت النقابة إن نسبة المشاركة في الإضراب بلغت 87 في المئة.',
].join('\n\n');

const rates = bilingualChecker(
  {
    id: 'rates',
    published: '2026-07-14',
    facts: (own) => ({
      places: [
        { id: 'nabeul', names: { en: ['Nabeul'], ar: ['نابل'] }, kind: 'region', evidence: own('Nabeul', 'نابل') },
        { id: 'sousse', names: { en: ['Sousse'], ar: ['سوسة'] }, kind: 'region', evidence: own('Sousse', 'سوسة') },
      ],
      quantities: [
        { id: 'pass-rate', value: 44.6, unit: 'percent', noun: { ar: ['نسبة', 'النجاح'] }, evidence: own('44.6', 'نسبة النجاح 44.6 في المئة') },
        { id: 'nabeul-rate', value: 61.2, unit: 'percent', subject: 'nabeul', noun: { ar: ['نابل'] }, evidence: own('61.2', 'بـ61.2 في المئة') },
        { id: 'sousse-rate', value: 53.7, unit: 'percent', subject: 'sousse', noun: { ar: ['سوسة'] }, evidence: own('53.7', 'بـ53.7 في المئة') },
        { id: 'maths-rate', value: 66.1, unit: 'percent', noun: { ar: ['الرياضيات'] }, evidence: own('66.1', '66.1 في المئة في شعبة الرياضيات') },
        { id: 'strike', value: 87, unit: 'percent', noun: { ar: ['المشاركة'] }, evidence: own('87', 'بلغت 87 في المئة') },
      ],
    }),
  },
  ['quantity'],
)(RATES_AR, 'ar');

test('a wrong rate is reported against the fact whose noun stands nearest it in its clause', () => {
  const expected = (draft: string) => rates(draft).map((line) => line.split('→ ')[1]);
  assert.deepEqual(expected('وبلغت نسبة النجاح في شعبة الرياضيات 61.6 في المئة.'), ['66.1']);
  assert.deepEqual(expected('وقالت النقابة إن نسبة المشاركة في الإضراب بلغت 78 في المئة.'), ['87']);
  assert.deepEqual(rates('وبلغت نسبة النجاح في شعبة الرياضيات 66.1 في المئة.'), []);
});
