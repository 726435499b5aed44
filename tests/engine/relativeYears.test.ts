/**
 * Years said from the draft's date (last year, this year, next year, «العام الماضي», «هذا العام»,
 * «العام المقبل», with a part: early next year, «نهاية العام المقبل») given to an event the
 * article dates, probed on an invented story in both languages (Jordan approves the second phase
 * of the Ma'an solar park on Tuesday 9 May 2028; the first phase inaugurated in 2027; construction
 * by Masdar to begin early in 2029; power from 2030; published 10 May 2028), written before the change. A
 * wrong relative year tied to its event is flagged, fixed with the relative year that names the
 * event's when there is one; the right year, a figure's year with no event, a duration (over the
 * past year), a year in the possessive (last year's heatwave) and a statement's year (said last
 * year) stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  "Jordan approves second phase of Ma'an solar park",
  "AMMAN, May 10 (AFP) - Jordan's cabinet on Tuesday approved the second phase of the Ma'an solar park, which will start producing power in 2030, Energy Minister Hala Zawati said.",
  'The first phase of the park was inaugurated in 2027 and supplies 8 percent of the kingdom\'s electricity.',
  'Construction of the second phase by the Emirati developer Masdar will begin early in 2029, Zawati said.',
].join('\n\n');

const ARABIC = [
  'الأردن يقر المرحلة الثانية من مجمع معان للطاقة الشمسية',
  'عمّان، 10 مايو (أ ف ب) - أقر مجلس الوزراء الأردني يوم الثلاثاء المرحلة الثانية من مجمع معان للطاقة الشمسية، الذي سيبدأ إنتاج الكهرباء عام 2030، بحسب وزيرة الطاقة هالة الزواتي.',
  'وكانت المرحلة الأولى من المجمع قد دُشّنت عام 2027، وهي تؤمن 8 في المئة من كهرباء المملكة.',
  'وقالت الزواتي إن أعمال بناء المرحلة الثانية على يد شركة مصدر الإماراتية ستبدأ مطلع عام 2029.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'maan-solar',
    published: '2028-05-10',
    facts: (own) => ({
      people: [{ id: 'zawati', names: { en: ['Hala Zawati'], ar: ['هالة الزواتي'] }, short: { en: ['Zawati'], ar: ['الزواتي'] }, gender: 'f', evidence: own('Hala Zawati', 'هالة الزواتي') }],
      organisations: [
        { id: 'cabinet', names: { en: ["Jordan's cabinet"], ar: ['مجلس الوزراء الأردني'] }, kind: 'government', evidence: own("Jordan's cabinet", 'مجلس الوزراء الأردني') },
        { id: 'masdar', names: { en: ['Masdar'], ar: ['مصدر', 'شركة مصدر'] }, kind: 'company', evidence: own('Masdar', 'شركة مصدر') },
      ],
      places: [
        { id: 'jordan', names: { en: ['Jordan'], ar: ['الأردن'] }, kind: 'country', evidence: own('Jordan', 'الأردن') },
        { id: 'maan', names: { en: ["Ma'an"], ar: ['معان'] }, kind: 'city', within: 'jordan', evidence: own("Ma'an", 'معان') },
      ],
      events: [
        {
          id: 'approval',
          names: { en: ['the approval of the second phase'], ar: ['إقرار المرحلة الثانية'] },
          triggers: { en: ['approved', 'approval'], ar: ['أقر', 'إقرار', 'أقرت'] },
          date: { year: 2028, month: 5, day: 9, weekday: 'tue' },
          participants: ['cabinet'],
          evidence: own("Jordan's cabinet on Tuesday approved the second phase of the Ma'an solar park", 'أقر مجلس الوزراء الأردني يوم الثلاثاء المرحلة الثانية من مجمع معان للطاقة الشمسية'),
        },
        {
          id: 'first-phase',
          names: { en: ['the inauguration of the first phase'], ar: ['تدشين المرحلة الأولى'] },
          triggers: { en: ['inaugurated', 'inauguration'], ar: ['دشنت', 'تدشين', 'دُشّنت'] },
          date: { year: 2027 },
          place: 'maan',
          evidence: own('The first phase of the park was inaugurated in 2027', 'وكانت المرحلة الأولى من المجمع قد دُشّنت عام 2027'),
        },
        {
          id: 'construction',
          names: { en: ['the start of construction of the second phase'], ar: ['بدء بناء المرحلة الثانية'] },
          triggers: { en: ['construction'], ar: ['بناء'] },
          date: { year: 2029, part: 'early' },
          participants: ['masdar'],
          evidence: own('Construction of the second phase by the Emirati developer Masdar will begin early in 2029', 'أعمال بناء المرحلة الثانية على يد شركة مصدر الإماراتية ستبدأ مطلع عام 2029'),
        },
        {
          id: 'production',
          names: { en: ['the start of power production'], ar: ['بدء إنتاج الكهرباء'] },
          triggers: { en: ['producing power', 'production'], ar: ['إنتاج الكهرباء'] },
          date: { year: 2030 },
          evidence: own('which will start producing power in 2030', 'الذي سيبدأ إنتاج الكهرباء عام 2030'),
        },
      ],
    }),
  },
  ['event-date'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a wrong relative year tied to its event is flagged and fixed with the right one', () => {
  assert.deepEqual(english('The first phase of the park was inaugurated this year.'), ['event-date: this year → last year']);
  assert.deepEqual(english('Masdar will begin construction of the second phase this year, Zawati said.'), ['event-date: this year → next year']);
  assert.deepEqual(arabic('وكانت المرحلة الأولى من المجمع قد دُشّنت هذا العام.'), ['event-date: هذا العام → العام الماضي']);
  assert.deepEqual(arabic('وقالت الزواتي إن شركة مصدر ستبدأ أعمال بناء المرحلة الثانية العام الجاري.'), ['event-date: العام الجاري → العام المقبل']);
});

test('a relative year far from the event is flagged without a fix', () => {
  assert.deepEqual(english("The Ma'an solar park will start producing power next year."), ['event-date: next year → ']);
  assert.deepEqual(arabic('وسيبدأ مجمع معان إنتاج الكهرباء العام المقبل.'), ['event-date: العام المقبل → ']);
});

test('the right relative year stays clean', () => {
  assert.deepEqual(english("The first phase of the Ma'an solar park was inaugurated last year."), []);
  assert.deepEqual(english('Masdar will begin construction of the second phase early next year, Zawati said.'), []);
  assert.deepEqual(english("Jordan's cabinet approved the second phase of the park this year."), []);
  assert.deepEqual(arabic('وكانت المرحلة الأولى من مجمع معان قد دُشّنت العام الماضي.'), []);
  assert.deepEqual(arabic('وقالت الزواتي إن شركة مصدر ستبدأ أعمال بناء المرحلة الثانية مطلع العام المقبل.'), []);
});

test('a figure\'s year, a duration, a possessive and a statement\'s year are no event\'s', () => {
  assert.deepEqual(english("Jordan's solar output rose 12 percent last year."), []);
  assert.deepEqual(english('Over the past year, the first phase supplied 8 percent of the kingdom\'s electricity since it was inaugurated.'), []);
  assert.deepEqual(english("Last year's heatwave delayed construction of the first phase."), []);
  // An Arabic year in construct with the noun before it: next year's budget, not the approval's year.
  assert.deepEqual(arabic('أقر مجلس الوزراء الأردني موازنة العام المقبل للمجمع.'), []);
  // The year of a figure compared with the event's: the cost's, not the approval's.
  assert.deepEqual(english("Jordan's cabinet approved the second phase at a cost of $400 million, up from $350 million last year."), []);
  assert.deepEqual(english("Jordan's cabinet approved the second phase, which will cost more than last year."), []);
  assert.deepEqual(arabic('أقر مجلس الوزراء الأردني المرحلة الثانية بكلفة 400 مليون دولار مقارنة بـ350 مليون دولار العام الماضي.'), []);
  assert.deepEqual(arabic('أقر مجلس الوزراء الأردني المرحلة الثانية بكلفة تفوق كلفتها مقارنة بالعام الماضي.'), []);
  assert.deepEqual(english('Zawati said last year that construction of the second phase would begin in 2029.'), []);
  assert.deepEqual(arabic('وقالت الزواتي العام الماضي إن أعمال البناء ستبدأ عام 2029.'), []);
});

test('years counted from the draft\'s date (three years ago, «قبل ثلاث سنوات», in two years after will) are compared within a year', { todo: 'dropped again after the regression guard: with it en-launch fell (editor 0.97/0.62 to 0.93/0.60, as in dates15) while the dateline-year change alone measured level; mechanism not found by probes' }, () => {
  assert.deepEqual(english("The first phase of the Ma'an solar park was inaugurated three years ago."), ['event-date: three years ago → ']);
  assert.deepEqual(arabic('وكانت المرحلة الأولى من مجمع معان قد دُشّنت قبل ثلاث سنوات.'), ['event-date: قبل ثلاث سنوات → ']);
  assert.deepEqual(english("The Ma'an solar park will start producing power in five years."), ['event-date: in five years → ']);
  // The right count, and one a year off, which writers round (a year ago for 13 months): clean.
  assert.deepEqual(english("The first phase of the Ma'an solar park was inaugurated a year ago."), []);
  assert.deepEqual(english("The first phase of the Ma'an solar park was inaugurated two years ago."), []);
  assert.deepEqual(arabic('وكانت المرحلة الأولى من مجمع معان قد دُشّنت قبل عام.'), []);
  assert.deepEqual(english("The Ma'an solar park will start producing power in two years."), []);
  assert.deepEqual(arabic('وسيبدأ مجمع معان إنتاج الكهرباء بعد عامين.'), []);
  // A figure's year, a count tied to something else, and a duration are no event's.
  assert.deepEqual(english("Jordan's cabinet approved the second phase, whose cost is up 12 percent from five years ago."), []);
  assert.deepEqual(arabic('أقر مجلس الوزراء الأردني المرحلة الثانية قبل خمس سنوات من موعد الانتخابات.'), []);
  assert.deepEqual(arabic('وتستمر أعمال بناء المرحلة الثانية منذ خمس سنوات.'), []);
});

// A second invented story (Kenya's parliament approves the Lamu port expansion on Wednesday 4
// March 2026; a first plan approved three years ago and shelved, an occasion the fact base does
// not hold). A draft that restates the article's own count of years tells of that occasion, not
// of the approval the fact base dates, whatever the verb it shares with it.
const LAMU_EN = [
  'Kenya approves Lamu port expansion',
  "NAIROBI, March 5 (Reuters) - Kenya's parliament on Wednesday approved a $1.2 billion expansion of Lamu port, Transport Minister Davis Chirchir said.",
  'Parliament first approved a plan for the port three years ago, but it was shelved for lack of funds.',
].join('\n\n');
const LAMU_AR = [
  'كينيا تقر توسعة ميناء لامو',
  'نيروبي، 5 مارس (رويترز) - أقر البرلمان الكيني يوم الأربعاء توسعة ميناء لامو بكلفة 1.2 مليار دولار، بحسب وزير النقل ديفيس شيرشير.',
  'وكان البرلمان قد أقر خطة أولى للميناء قبل ثلاث سنوات، لكنها جُمّدت بسبب نقص التمويل.',
].join('\n\n');
const lamu = bilingualChecker(
  {
    id: 'lamu-port',
    published: '2026-03-05',
    facts: (own) => ({
      organisations: [{ id: 'parliament', names: { en: ["Kenya's parliament", 'Parliament'], ar: ['البرلمان الكيني', 'البرلمان'] }, kind: 'parliament', evidence: own("Kenya's parliament", 'البرلمان الكيني') }],
      places: [{ id: 'lamu', names: { en: ['Lamu'], ar: ['لامو'] }, kind: 'city', evidence: own('Lamu', 'لامو') }],
      events: [
        {
          id: 'approval',
          names: { en: ['the approval of the expansion'], ar: ['إقرار التوسعة'] },
          triggers: { en: ['approved', 'approval'], ar: ['أقر', 'إقرار'] },
          date: { year: 2026, month: 3, day: 4, weekday: 'wed' },
          participants: ['parliament'],
          evidence: own("Kenya's parliament on Wednesday approved a $1.2 billion expansion of Lamu port", 'أقر البرلمان الكيني يوم الأربعاء توسعة ميناء لامو'),
        },
      ],
    }),
  },
  ['event-date'],
);

test("a count of years that restates the article's own count tells of its occasion, not of the event the verb names", { todo: 'with counted years (dropped): a guard they need, found by this probe' }, () => {
  assert.deepEqual(lamu(LAMU_EN, 'en')('Parliament first approved a plan for the port three years ago before shelving it.'), []);
  assert.deepEqual(lamu(LAMU_AR, 'ar')('وكان البرلمان الكيني قد أقر خطة أولى لميناء لامو قبل ثلاث سنوات.'), []);
  // Another count in the same sentence is still the approval's: flagged.
  assert.deepEqual(lamu(LAMU_EN, 'en')("Kenya's parliament approved the $1.2 billion expansion of Lamu port three years ago."), ['event-date: three years ago → ']);
});
