/**
 * Figures the quantity rule did not read, probed by helper numbers27 before the changes that serve
 * them, seen on the dev stories (editor's fact bases):
 *
 * - a vote split whose noun is a trigger of another vote of the article held at the same place
 *   ("the amendment was defeated by 53 votes to 12" while "votes" is a trigger of the budget vote
 *   too, which the amendment's place backs: the split was tied to two facts), and a split
 *   in a table row under a header of For and Against ("| Green amendment | 12 | 35 |"), where the
 *   order of the two figures follows the columns, not the larger side;
 * - a duration whose noun is an Arabic verb of delay, read against an English fact's "delayed"
 *   («تأخر المشروع 22 شهراً», «ما أخّره 22 شهراً»);
 * - a later weekday than the article's beside a figure of its own event (what a later day can
 *   truly be: a cut-off, a forecast, a quote, a later meeting; and a past day after publication);
 * - the message of a wrong figure, which named the fact base's first noun as counted even where
 *   it is a verb or a number word ("three dieds", «عدد الثلاثة»), and wrote an Arabic noun in
 *   the English message ("nine مخيمات").
 *
 * An invented article: the budget of Harlow Fen district council and its Wexley bridge.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';
import { wrongNumber } from '../../engine/src/messages';

const ENGLISH = [
  'Harlow Fen council backs budget as storms kill three',
  'FENWICK, Wednesday 4 November 2026 - Harlow Fen district councillors approved a £310 million budget on Tuesday by 29 votes to 17 at Fenwick town hall, after almost six hours of debate.',
  'A Green amendment, which proposed a 4% rise in parking charges, was defeated by 35 votes to 12.',
  'The new Wexley bridge will open in March; flooding and a dispute over land delayed it by 22 months.',
  'Storms killed three people in the district on Monday, the council said.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'harlow-fen',
    published: '2026-11-04',
    facts: (own) => ({
      places: [{ id: 'hall', names: { en: ['Fenwick town hall'] }, kind: 'building', evidence: own('at Fenwick town hall', '') }],
      organisations: [{ id: 'council', names: { en: ['Harlow Fen district council'], ar: ['مجلس منطقة هارلو فين'] }, kind: 'council', evidence: own('Harlow Fen district councillors', '') }],
      events: [
        {
          id: 'vote',
          names: { en: ["the council's budget vote"] },
          triggers: { en: ['approved', 'approve', 'passed', 'vote', 'voted', 'votes'] },
          date: { year: 2026, month: 11, day: 3, weekday: 'tue', relative: 'on Tuesday', derived: true },
          participants: ['council'],
          place: 'hall',
          evidence: own('approved a £310 million budget on Tuesday by 29 votes to 17', ''),
        },
        {
          id: 'amendment-vote',
          names: { en: ['the defeat of the Green amendment'] },
          triggers: { en: ['amendment', 'defeated'] },
          date: { year: 2026, month: 11, day: 3, weekday: 'tue', derived: true },
          place: 'hall',
          evidence: own('A Green amendment, which proposed a 4% rise in parking charges, was defeated by 35 votes to 12', ''),
        },
        {
          id: 'storms',
          names: { en: ['the storms in the district'] },
          triggers: { en: ['storms', 'killed'] },
          date: { year: 2026, month: 11, day: 2, weekday: 'mon', relative: 'on Monday', derived: true },
          evidence: own('Storms killed three people in the district on Monday', ''),
        },
      ],
      quantities: [
        { id: 'budget', value: 310_000_000, unit: 'money', currency: 'GBP', noun: { en: ['budget'] }, evidence: own('a £310 million budget', '') },
        { id: 'vote-split', value: 29, unit: 'votes', against: 17, subject: 'vote', noun: { en: ['votes'] }, evidence: own('by 29 votes to 17', '') },
        { id: 'amend-split', value: 35, unit: 'votes', against: 12, subject: 'amendment-vote', noun: { en: ['votes'] }, evidence: own('defeated by 35 votes to 12', '') },
        { id: 'delay', value: 22, unit: 'month', noun: { en: ['delay', 'delayed'] }, evidence: own('delayed it by 22 months', '') },
        { id: 'deaths', value: 3, unit: 'count', noun: { en: ['died', 'deaths', 'killed'] }, evidence: own('Storms killed three people', '') },
      ],
    }),
  },
  ['quantity'],
)(ENGLISH, 'en');

/** What a past weekday after the article's publication waits for: quantityLaterDays26 keeps such a day another occasion. */
const LATER_DAY = 'a past weekday after the publication is read as a later occasion (quantityLaterDays26 keeps it so)';


/**
 * What an Arabic duration of delay waits for: «تأخر» and «تأخير» also say late (the rains came
 * late), and quantityAcross24 keeps them out of the concept of postponing for that reason.
 */
const DELAY = 'an Arabic word of delay (تأخر, تأخير) is no word of the concept of "delayed": it also says late';


/**
 * What the Arabic wrong weekday before the vote's waits for, with or without a future verb: «أقر»
 * and «وافق» are not read as the English fact's trigger "approved", so the sentence's Monday is
 * tied to no event of the article and keeps the figure another occasion's.
 */
const ARABIC_APPROVED = "an Arabic verb of approving («أقر», «وافق») does not back the English trigger 'approved'";

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // A split whose noun is another vote's trigger: the sentence's other trigger names its vote.
  { sentence: 'The Green amendment was defeated by 53 votes to 12.', found: ['quantity: 53 votes to 12 → 35 votes to 12'] },
  { sentence: 'The Green amendment was defeated by 35 votes to 21.', found: ['quantity: 35 votes to 21 → 35 votes to 12'] },
  { sentence: 'The budget was approved by 29 votes to 71.', found: [] },
  { sentence: 'The budget was approved by 92 votes to 17.', found: ['quantity: 92 votes to 17 → 29 votes to 17'] },
  // ... and the article's splits are clean.
  { sentence: 'The Green amendment was defeated by 35 votes to 12.' },
  { sentence: 'The budget was approved by 29 votes to 17.' },
  // A sentence that names both votes ties its split to the one its verb backs.
  { sentence: 'After the amendment fell, the budget was approved by 31 votes to 15.', found: ['quantity: 31 votes to 15 → 29 votes to 17'], todo: 'a sentence that names both votes: the split is not tied to the vote of the verb before it' },
  // A split in a table row under For and Against: the figure that is not the article's is flagged.
  { sentence: '| Vote | For | Against |\n|---|---|---|\n| Budget | 29 | 17 |\n| Green amendment | 12 | 53 |', found: ['quantity: 53 → 35'] },
  { sentence: '| Vote | For | Against |\n|---|---|---|\n| Budget | 92 | 17 |\n| Green amendment | 12 | 35 |', found: ['quantity: 92 → 29'] },
  { sentence: '| التصويت | مع | ضد |\n|---|---|---|\n| الميزانية | 29 | 17 |\n| تعديل حزب الخضر | 12 | 53 |', found: ['quantity: 53 → 35'] },
  // ... the article's figures in either column are clean, and so is a table of other things.
  { sentence: '| Vote | For | Against |\n|---|---|---|\n| Budget | 29 | 17 |\n| Green amendment | 12 | 35 |' },
  { sentence: '| Ward | Homes | Shops |\n|---|---|---|\n| Fenwick | 53 | 12 |' },
  { sentence: '| Vote | For | Against |\n|---|---|---|\n| Parking plan | 40 | 6 |' },
  // A duration whose noun is an Arabic verb of delay, against the English fact's "delayed".
  { sentence: 'وتأخر افتتاح جسر ويكسلي 26 شهراً بسبب الفيضانات.', found: ['quantity: 26 شهراً → 22 شهراً'], todo: DELAY },
  { sentence: 'وأدت الفيضانات والخلاف على الأرض إلى تأخير الجسر 26 شهراً.', found: ['quantity: 26 شهراً → 22 شهراً'], todo: DELAY },
  { sentence: 'بسبب الفيضانات والخلاف على الأرض، ما أخّره 26 شهراً.', todo: 'أخّره folds to اخره, the word آخره (its last): the verb is not read without its shadda' },
  { sentence: 'وتأخر افتتاح جسر ويكسلي 22 شهراً بسبب الفيضانات.' },
  // Another length beside a word of delay is not the bridge's.
  { sentence: 'وتأخرت الحافلات 26 دقيقة بسبب الفيضانات.' },
  // A later weekday than the storms' Monday: a cut-off, a forecast, a quote and a later meeting keep their figures apart.
  { sentence: 'By Thursday the storms had killed five people, the council said.' },
  { sentence: 'Forecasters warned that storms on Thursday could kill five people.' },
  { sentence: '"On Thursday we expect the storms to have killed five people," the council said.' },
  { sentence: 'Councillors will meet on Thursday to discuss the storms, which killed five people.', found: ['quantity: five → three'], todo: 'a figure in a relative clause of a later meeting is not told from the meeting' },
  // A day before the vote's, with a future verb only in what the approved budget will do: the figure is compared.
  { sentence: 'Harlow Fen district council on Monday approved a £130 million budget that will raise parking charges.', found: ['quantity: £130 million → 310'] },
  { sentence: 'وأقر مجلس منطقة هارلو فين يوم الاثنين ميزانية بقيمة 130 مليون جنيه إسترليني سوف ترفع رسوم مواقف السيارات.', found: ['quantity: 130 مليون جنيه إسترليني → 310'], todo: ARABIC_APPROVED },
  // The same with the council named otherwise than the fact base does, or its verb by another word of
  // its meaning: the sentence restates the vote's own, which backs the trigger.
  { sentence: 'Harlow Fen councillors on Monday approved a £130 million budget that will raise parking charges.', found: ['quantity: £130 million → 310'] },
  { sentence: 'Harlow Fen councillors on Monday endorsed a £130 million budget.', found: ['quantity: £130 million → 310'] },
  { sentence: 'Harlow Fen councillors on Monday approved a £310 million budget.' },
  { sentence: 'Harlow Fen councillors on Friday approved a £130 million budget.' },
  { sentence: 'Councillors will on Monday approve a £130 million budget.' },
  // ... while a future verb that governs the weekday keeps it another occasion.
  { sentence: 'Harlow Fen district council will meet on Monday to approve a £130 million budget.' },
  { sentence: 'Harlow Fen district council on Monday approved a £310 million budget that will raise parking charges.' },
  { sentence: 'وسوف يجتمع مجلس منطقة هارلو فين يوم الاثنين لإقرار ميزانية بقيمة 130 مليون جنيه إسترليني.' },
  { sentence: 'وأقر مجلس منطقة هارلو فين يوم الاثنين ميزانية بقيمة 310 ملايين جنيه إسترليني سوف ترفع رسوم مواقف السيارات.' },
  // A past day after the article's publication cannot be a later toll the article knows.
  { sentence: 'Storms killed five people in the district on Thursday.', found: ['quantity: five → three'], todo: LATER_DAY },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`numbers27: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checker(sentence), found);
  });
}

/** Messages of wrong figures: each must read as a sentence of its language. */
const MESSAGES: { fact: Parameters<typeof wrongNumber>[0]; en?: string; ar?: string; todo?: string }[] = [
  { fact: { noun: { en: ['died', 'deaths', 'killed'] }, value: 3, unit: 'count', actual: 'five' }, en: 'Wrong number: the article reports three deaths, not “five”.' },
  { fact: { noun: { en: ['killed', 'died'] }, value: 3, unit: 'count', actual: 'five' }, en: 'Wrong number: the article reports three killed, not “five”.' },
  { fact: { noun: { en: ['signed'] }, value: 1400, unit: 'count', actual: '1,500' }, en: 'Wrong number: the article says 1,400 signed, not “1,500”.' },
  { fact: { noun: { en: ['delayed', 'delay'] }, value: 22, unit: 'month', actual: '26 شهراً' }, en: 'Wrong number: the article gives the delay as 22 months, not “26 شهراً”.' },
  { fact: { noun: { en: ['delayed'] }, value: 22, unit: 'month', actual: '26 months' }, en: 'Wrong number: the article gives 22 months, not “26 months”.' },
  { fact: { noun: { ar: ['مخيمات', 'مخيم'] }, value: 9, unit: 'count', actual: '19' }, en: 'Wrong number: the article gives nine, not 19.', ar: 'الرقم خاطئ: بحسب المقال، عدد المخيمات تسعة، لا 19.' },
  { fact: { noun: { ar: ['الحدود', 'ينتظر'] }, value: 6, unit: 'hour', actual: '8' }, en: 'Wrong number: the article gives six hours, not 8.' },
  { fact: { noun: { ar: ['ثلاثة'], en: ['died'] }, value: 3, unit: 'count', actual: 'أربعة' }, ar: 'الرقم خاطئ: بحسب المقال، العدد ثلاثة، لا «أربعة».' },
  { fact: { noun: { ar: ['الستين', 'تجاوزوا'] }, value: 62, unit: 'percent', actual: '60' }, ar: 'الرقم خاطئ: بحسب المقال، النسبة 62%، لا 60.' },
];

for (const { fact, en, ar, todo } of MESSAGES) {
  test(`numbers27 message: ${en ?? ar}`, todo ? { todo } : {}, () => {
    const message = wrongNumber(fact);
    if (en) assert.equal(message.en, en);
    if (ar) assert.equal(message.ar, ar);
  });
}
