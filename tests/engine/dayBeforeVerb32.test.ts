/**
 * A weekday in the wire order of English news, between the subject and its verb ("the harbour
 * authority on Wednesday approved the plan"), is the day of the verb's event: the trigger right
 * after "on <weekday>" ties it as a trigger before it would. The article's lead sentence dates
 * two events (the approval on Thursday, the reopening on Sunday 3 January), as a drawn fact base
 * does with one evidence sentence for both, so the sentence it restates cannot tell which event
 * the day is about. The story is invented (a harbour bridge's repair plan).
 *
 * Traps: the right day in the same order; a day after a speech verb ("said on Wednesday approved
 * repairs would …"), which is the statement's; a verb after a day that does not follow "on"; an
 * Arabic day before a noun of another thing («من ليلة الأربعاء إلى صباح …»).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const LEAD = 'The Lenmouth harbour authority approved a £12 million repair plan for the harbour bridge on Thursday, clearing the way for the bridge to reopen on Sunday 3 January.';
const ARTICLE = ['Lenmouth bridge repair plan approved', `LENMOUTH, Friday 11 December 2026 - ${LEAD}`, 'The bridge has been closed since a cable snapped in October.'].join('\n\n');

const cite = citer(ARTICLE);

function bridge(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'lenmouth-bridge-plan',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-11' },
    organisations: [{ id: 'authority', names: { en: ['Lenmouth harbour authority', 'harbour authority'], ar: ['هيئة ميناء لينماوث'] }, kind: 'agency', evidence: cite('Lenmouth harbour authority') }],
    places: [{ id: 'lenmouth', names: { en: ['Lenmouth'], ar: ['لينماوث'] }, kind: 'city', evidence: cite('Lenmouth') }],
    events: [
      {
        id: 'approval',
        names: { en: ['the approval of the repair plan'], ar: ['إقرار خطة الإصلاح'] },
        triggers: { en: ['approved'], ar: ['أقرت', 'وافقت'] },
        date: { year: 2026, month: 12, day: 10, weekday: 'thu', relative: 'on Thursday' },
        participants: ['authority'],
        evidence: cite(LEAD),
      },
      {
        id: 'reopening',
        names: { en: ['the reopening of the bridge'], ar: ['إعادة فتح الجسر'] },
        triggers: { en: ['reopen'], ar: ['إعادة فتح'] },
        date: { year: 2027, month: 1, day: 3, weekday: 'sun' },
        place: 'lenmouth',
        evidence: cite(LEAD),
      },
    ],
  };
  return loadTestFactBase(data, 'lenmouth-plan.factbase.json', ARTICLE);
}

const checker = createChecker([bridge()], { scope: 'all' });
const findings = (body: string) => {
  const draft = `---\ndate: 2026-12-11\n---\n\n${body}\n`;
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
};

test('a weekday between the subject and its verb is the day of the verb\'s event', () => {
  assert.deepEqual(findings('The Lenmouth harbour authority on Wednesday approved a £12 million repair plan for the harbour bridge.'), ['Wednesday']);
  assert.deepEqual(findings('Lenmouth harbour officials on Tuesday approved a £12 million plan to repair the bridge, which will reopen on Sunday 3 January.'), ['Tuesday']);
});

test('traps: the right day, a statement\'s day, a day not after on, an Arabic day before another thing', () => {
  assert.deepEqual(findings('The Lenmouth harbour authority on Thursday approved a £12 million repair plan for the harbour bridge.'), []);
  assert.deepEqual(findings('The Lenmouth harbour authority said on Wednesday approved repairs would let the bridge reopen on Sunday 3 January.'), []);
  assert.deepEqual(findings('By Wednesday approved contractors were on the Lenmouth harbour bridge.'), []);
  assert.deepEqual(findings('وأقرت هيئة ميناء لينماوث يوم الخميس خطة لإصلاح الجسر بقيمة 12 مليون جنيه.'), []);
  assert.deepEqual(findings('وعمل المهندسون في لينماوث من ليلة الأربعاء إلى صباح الخميس، قبل أن تقرّ الهيئة الخطة.'), []);
});
