/**
 * Measures of another unit (`unit: other`: megawatts, millimetres of rain) of an English article
 * restated in a draft, probed by helper numbers25 before the change. A measure is compared with the
 * fact whose subject the draft names beside it; an event is named by its trigger, not by a name
 * (a plant "opened" with its capacity), and a place the fact base names in English only is named in
 * an Arabic draft by its consonants (فيلمونت for Velmont). The unit itself is read in either
 * language («ميغاواط» for megawatts). An invented article: a wind farm opened in the hill country of Kestria.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Kestria opens Tarnow Ridge wind farm',
  'VALDORA, Tuesday 3 November 2026 - Kestria opened the Tarnow Ridge wind farm near Orlanby on Tuesday, a 310-megawatt plant that officials say will power 190,000 homes.',
  'The weather office recorded 138 millimetres of rain at Velmont on Monday, and 95 millimetres at Brundisham.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'tarnow-ridge',
    published: '2026-11-03',
    facts: (own) => ({
      places: [
        { id: 'orlanby', names: { en: ['Orlanby'] }, kind: 'city', evidence: own('near Orlanby', '') },
        { id: 'velmont', names: { en: ['Velmont'] }, kind: 'city', evidence: own('at Velmont', '') },
        { id: 'brundisham', names: { en: ['Brundisham'] }, kind: 'city', evidence: own('at Brundisham', '') },
      ],
      events: [
        {
          id: 'opening',
          names: { en: ['the opening of the Tarnow Ridge wind farm'] },
          triggers: { en: ['opened', 'opens', 'opening'] },
          date: { year: 2026, month: 11, day: 3 },
          place: 'orlanby',
          evidence: own('Kestria opened the Tarnow Ridge wind farm near Orlanby on Tuesday', ''),
        },
      ],
      quantities: [
        { id: 'capacity', value: 310, unit: 'other', subject: 'opening', noun: { en: ['megawatt', 'megawatts', 'plant', 'capacity'] }, evidence: own('a 310-megawatt plant', '') },
        { id: 'rain-velmont', value: 138, unit: 'other', subject: 'velmont', noun: { en: ['millimetres', 'mm', 'rain'] }, evidence: own('138 millimetres of rain at Velmont', '') },
        { id: 'rain-brundisham', value: 95, unit: 'other', subject: 'brundisham', noun: { en: ['millimetres', 'mm', 'rain'] }, evidence: own('95 millimetres at Brundisham', '') },
      ],
    }),
  },
  ['quantity'],
)(ENGLISH, 'en');

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // A plant's capacity, whose subject is the event of its opening.
  { sentence: 'Kestria opened the Tarnow Ridge wind farm on Tuesday, with a capacity of 260 megawatts.', found: ['quantity: 260 → 310'] },
  { sentence: 'Kestria opened a 260-megawatt wind farm near Orlanby on Tuesday.', found: ['quantity: 260 → 310'] },
  { sentence: 'افتتحت كيستريا مزرعة رياح تارنو ريدج يوم الثلاثاء، بقدرة 260 ميغاواط.', found: ['quantity: 260 → 310'] },
  // A wrong weekday beside the event's trigger is a wrong weekday (the date rule's), not another occasion.
  { sentence: 'افتتحت كيستريا مزرعة رياح تارنو ريدج يوم الاثنين، بقدرة 260 ميغاواط.', found: ['quantity: 260 → 310'] },
  // Rain at a place named in English only, restated in Arabic.
  { sentence: 'وسجل مكتب الأرصاد 183 ملم من الأمطار في فيلمونت يوم الاثنين.', found: ['quantity: 183 → 138'] },
  { sentence: 'The weather office recorded 183 mm of rain at Velmont on Monday.', found: ['quantity: 183 → 138'] },
  // The article's own figures are clean, in either language and either form.
  { sentence: 'Kestria opened a 310-megawatt wind farm near Orlanby on Tuesday.' },
  { sentence: 'افتتحت كيستريا مزرعة رياح تارنو ريدج يوم الثلاثاء، بقدرة 310 ميغاواط.' },
  { sentence: 'وسجل مكتب الأرصاد 138 ملم من الأمطار في فيلمونت و95 ملم في برنديشام.' },
  // Another place's rain, another plant that is not opened, another unit: none is the fact's.
  { sentence: 'وسجلت بلدة هالفورد 120 ملم من الأمطار يوم الاثنين.' },
  { sentence: 'Kestria plans a second, 200-megawatt wind farm by 2030.' },
  { sentence: 'تخطط كيستريا لمزرعة رياح ثانية بقدرة 200 ميغاواط بحلول 2030.' },
  { sentence: 'Kestria opened the wind farm on Tuesday, where winds reach 130 kilometres an hour.' },
  // The trigger of another occasion (an earlier year), or a figure without its unit after a trigger.
  { sentence: 'In 2019 Kestria opened its first wind farm, of 200 megawatts.' },
  { sentence: 'وفي عام 2019 افتتحت كيستريا أول مزرعة رياح لها بقدرة 200 ميغاواط.' },
  { sentence: 'Kestria opened the wind farm on Tuesday; the second phase will add 200.' },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`ar/en: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checker(sentence), found);
  });
}
