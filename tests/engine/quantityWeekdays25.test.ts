/**
 * A wrong weekday in a sentence that restates a figure, probed by helper numbers25 (the open cases
 * are todo): a draft sentence that names another weekday than the article's was read as another
 * occasion, and its wrong figure went unflagged ("approved on Wednesday … fares by 6.5%" for the
 * article's Thursday and 7.5%). A weekday the article names nowhere is no occasion the article
 * reports: it is a wrong weekday (the date rule's), and the figures beside it are compared. A
 * weekday the article gives another occasion keeps that occasion's figures apart. An invented
 * article: the budget of the borough of Marrowgate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Marrowgate approves budget and a 4.5% rise in ferry fares',
  'MARROWGATE, Friday 11 December 2026 - Marrowgate borough council approved a £310 million budget on Thursday, clearing the way for a 4.5% rise in ferry fares from January.',
  'On Monday, about 600 people marched against a proposed 9% rise in parking charges.',
  'The transport committee had backed a 5% rise in bus fares on 8 December.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'marrowgate-budget',
    published: '2026-12-11',
    facts: (own) => ({
      quantities: [
        { id: 'fare-rise', value: 4.5, unit: 'percent', noun: { en: ['rise', 'fares', 'fare'] }, evidence: own('a 4.5% rise in ferry fares', '') },
        { id: 'budget', value: 310_000_000, unit: 'money', currency: 'GBP', noun: { en: ['budget'] }, evidence: own('a £310 million budget', '') },
        { id: 'marchers', value: 600, unit: 'count', approx: 'about', noun: { en: ['people'] }, evidence: own('about 600 people marched', '') },
      ],
    }),
  },
  ['quantity'],
)(ENGLISH, 'en');

const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // A weekday the article names nowhere: a wrong weekday, and the figure beside it is compared.
  { sentence: 'Marrowgate borough council on Wednesday approved a budget that will raise ferry fares by 6.5% from January.', found: ['quantity: 6.5% → 4.5'] },
  { sentence: 'وافق مجلس بلدية ماروغيت يوم الأربعاء على ميزانية سترفع أسعار العبّارات بنسبة 6.5 في المئة اعتباراً من يناير.', found: ['quantity: 6.5 في المئة → 4.5'], todo: 'not the weekday alone (the same sentence without it is missed too): the percent\'s noun is given only in English (rise, fares), and «أسعار» is not met' },
  { sentence: 'Marrowgate borough council on Wednesday approved a £410 million budget.', found: ['quantity: £410 million → 310'], todo: 'a weekday the article names nowhere is read as another occasion (otherOccasion in align.ts); the fix (occasionDays, commit b47e65f) was reverted: it lowered one held-out story\'s editor precision by 0.02, mechanism not found' },
  { sentence: 'وافق مجلس بلدية ماروغيت يوم الأربعاء على ميزانية بقيمة 410 ملايين جنيه إسترليني.', found: ['quantity: 410 ملايين جنيه إسترليني → 310'], todo: 'a weekday the article names nowhere is read as another occasion (otherOccasion in align.ts); the fix (occasionDays, commit b47e65f) was reverted: it lowered one held-out story\'s editor precision by 0.02, mechanism not found' },
  // A weekday before the week the article covers (its earliest weekday is Monday) may be another occasion.
  { sentence: 'On Sunday, the council\'s finance committee backed a £410 million budget.' },
  // A weekday the article gives as a date (8 December 2026, a Tuesday) names that date's occasion.
  { sentence: 'On Tuesday, councillors backed a 5% rise in fares.' },
  { sentence: 'يوم الثلاثاء، أيّدت لجنة النقل زيادة بنسبة 5 في المئة في الأجرة.', todo: 'a false alarm with and without b47e65f: an Arabic draft ties the fare rise across languages though its weekday is that of the date the article gives the bus fares (8 December); not yet traced' },
  // The article's figures with the wrong weekday are clean for this rule.
  { sentence: 'Marrowgate borough council on Wednesday approved a budget that will raise ferry fares by 4.5% from January.' },
  // A weekday the article gives to another occasion keeps that occasion's figures apart.
  { sentence: 'On Monday, about 600 people marched against a 6.5% rise in ferry fares.', todo: 'a false alarm today: the fare rise\'s evidence is the headline\'s phrase, which names no weekday, so otherOccasion finds no weekday of the rise\'s own to set against Monday; the lead sentence that restates it (Thursday) should count too' },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`en article: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checker(sentence), found);
  });
}
