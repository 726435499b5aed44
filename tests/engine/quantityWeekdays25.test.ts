/**
 * A wrong weekday in a sentence that restates a figure, probed by helper numbers25 (no change yet:
 * the open cases are todo): a draft sentence that names another weekday than the article's was read as another
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
  { sentence: 'وافق مجلس بلدية ماروغيت يوم الأربعاء على ميزانية سترفع أسعار العبّارات بنسبة 6.5 في المئة اعتباراً من يناير.', found: ['quantity: 6.5 في المئة → 4.5'], todo: 'another weekday is read as another occasion (otherOccasion in align.ts), or the English-only noun is not met; not yet traced' },
  { sentence: 'Marrowgate borough council on Wednesday approved a £410 million budget.', found: ['quantity: £410 million → 310'], todo: 'another weekday is read as another occasion (otherOccasion in align.ts): a weekday the article names nowhere should be a wrong weekday' },
  // The article's figures with the wrong weekday are clean for this rule.
  { sentence: 'Marrowgate borough council on Wednesday approved a budget that will raise ferry fares by 4.5% from January.' },
  // A weekday the article gives to another occasion keeps that occasion's figures apart.
  { sentence: 'On Monday, about 600 people marched against a 6.5% rise in ferry fares.', todo: 'a false alarm today: the rise is tied by its noun although the sentence gives the article\'s other occasion (Monday); not yet traced' },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`en article: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checker(sentence), found);
  });
}
