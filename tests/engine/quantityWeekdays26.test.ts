/**
 * A wrong weekday beside a wrong figure, probed by helper numbers26 before the change: a draft
 * sentence that gives the article's event another weekday was read as another occasion
 * (`otherOccasion` in align.ts), and the wrong figure beside it went unflagged ("the board on
 * Monday approved a $48 million road plan" for the article's Tuesday and $84 million). A sentence
 * that names, by its trigger, the event the article reports in the figure's own sentence speaks
 * of that occasion whatever weekday it gives it; the date rule reports the weekday. A weekday of
 * what the article does not report (a later meeting, the start of works, another body's decision)
 * still keeps its figures apart. An invented article: the road plan of Pellham county.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Pellham board backs road plan and toll rise',
  'PELLHAM, Wednesday 18 November 2026 - The Pellham county board approved an $84 million road plan on Tuesday, with a 3.5% rise in bridge tolls from March.',
  'Board chair Ines Marlow said the plan would repair 140 kilometres of county roads.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'pellham-roads',
    published: '2026-11-18',
    facts: (own) => ({
      organisations: [{ id: 'board', names: { en: ['Pellham county board'], ar: ['مجلس مقاطعة بيلهام'] }, kind: 'council', evidence: own('The Pellham county board', '') }],
      events: [
        {
          id: 'approval',
          names: { en: ['the approval of the road plan'] },
          triggers: { en: ['approved', 'approve', 'backed', 'backs'], ar: ['وافق', 'أقر'] },
          date: { year: 2026, month: 11, day: 17, weekday: 'tue', relative: 'on Tuesday', derived: true },
          participants: ['board'],
          evidence: own('approved an $84 million road plan on Tuesday', ''),
        },
      ],
      quantities: [
        { id: 'plan', value: 84_000_000, unit: 'money', currency: 'USD', noun: { en: ['plan'] }, evidence: own('an $84 million road plan', '') },
        { id: 'tolls', value: 3.5, unit: 'percent', noun: { en: ['rise', 'tolls'] }, evidence: own('a 3.5% rise in bridge tolls', '') },
      ],
    }),
  },
  ['quantity'],
)(ENGLISH, 'en');

/**
 * A wrong weekday of the fact's own event. The first attempt (otherOccasionOfFigure, commit
 * 01c53a1, reverted) flagged a true later toll of the shared ar-disaster story ("By Sunday evening
 * the Interior Ministry's provisional toll had risen to 2,122 dead" for the article's Saturday
 * toll); the rule now compares the figure only for a day before the event's, with no cut-off,
 * quotation, forecast or figure given as reached (quantityLaterDays26 holds those traps).
 */
const PROBES: { sentence: string; found?: string[]; todo?: string }[] = [
  // The event of the figure's own sentence, named by its trigger, with a wrong weekday: the figure is compared.
  { sentence: 'The Pellham county board on Monday approved a $48 million road plan.', found: ['quantity: $48 million → 84'] },
  { sentence: 'The Pellham county board approved a road plan on Monday that raises bridge tolls by 5.3%.', found: ['quantity: 5.3% → 3.5'] },
  { sentence: 'وافق مجلس مقاطعة بيلهام يوم الاثنين على خطة طرق بقيمة 48 مليون دولار.', found: ['quantity: 48 مليون دولار → 84'] },
  // ... and the article's figures with the wrong weekday are clean for this rule.
  { sentence: 'The Pellham county board on Monday approved an $84 million road plan.' },
  // A weekday of what the article does not report keeps its figures apart.
  { sentence: 'The board will meet again on Friday to discuss a $48 million bridge plan.' },
  { sentence: 'Work under the $48 million plan will start on Monday.' },
  { sentence: 'On Monday, the state approved $48 million for school buses.' },
];

for (const { sentence, found = [], todo } of PROBES) {
  test(`weekdays26: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(checker(sentence), found);
  });
}
