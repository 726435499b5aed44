/**
 * A short trigger backed by the event's own name: a list line or a timeline entry that names no
 * participant and no place ("- Inspection of the cranes on 12 February.", «- تفتيش الرافعات في
 * 12 فبراير.») still names its event when the words around the trigger are those of one of the
 * event's names of two content words or more. The story is invented (a harbour's crane checks at
 * Velmar, article of 10 December 2026).
 *
 * Must be flagged: the inspection of the cranes given the wrong month or day, in both languages.
 * Traps: the right date; the trigger with other words (an inspection of the ships, which is
 * another matter); the name's words without the trigger.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Velmar port to check its cranes',
  'VELMAR, 10 December 2026 - The Velmar port authority will inspect the harbour cranes on 12 January after a crane collapsed in November.',
  'The authority bought the six cranes in 2009.',
].join('\n\n');

const cite = citer(ARTICLE);

function port(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'velmar-cranes',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-10' },
    places: [{ id: 'velmar', names: { en: ['Velmar'], ar: ['فيلمار'] }, kind: 'city', evidence: cite('Velmar') }],
    organisations: [{ id: 'authority', names: { en: ['Velmar port authority'], ar: ['هيئة ميناء فيلمار'] }, kind: 'agency', evidence: cite('Velmar port authority') }],
    events: [
      {
        id: 'inspection',
        names: { en: ['the inspection of the cranes'], ar: ['تفتيش الرافعات'] },
        triggers: { en: ['inspection', 'inspect'], ar: ['تفتيش', 'فحص'] },
        date: { year: 2027, month: 1, day: 12, relative: 'on 12 January' },
        place: 'velmar',
        participants: ['authority'],
        evidence: cite('will inspect the harbour cranes on 12 January'),
      },
    ],
  };
  return loadTestFactBase(data, 'velmar-cranes.factbase.json', ARTICLE);
}

const checker = createChecker([port()], { scope: 'all' });
const flagged = (body: string) => {
  const draft = `---\ndate: 2026-12-11\nstory: velmar-cranes\n---\n\n${body}\n`;
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
};

test('the inspection named by its own name, given the wrong date, is flagged', () => {
  assert.deepEqual(flagged('# Velmar in figures\n\n- 6 cranes.\n- Inspection of the cranes on 12 February.'), ['February']);
  assert.deepEqual(flagged('# فيلمار بالأرقام\n\n- 6 رافعات.\n- تفتيش الرافعات في 12 فبراير.'), ['فبراير']);
  assert.deepEqual(flagged('# فيلمار بالأرقام\n\n- 6 رافعات.\n- تفتيش الرافعات في 21 يناير.'), ['21']);
});

test('traps: the right date, other words with the trigger, the name without its trigger', () => {
  assert.deepEqual(flagged('# Velmar in figures\n\n- 6 cranes.\n- Inspection of the cranes on 12 January.'), []);
  assert.deepEqual(flagged('# فيلمار بالأرقام\n\n- 6 رافعات.\n- تفتيش الرافعات في 12 يناير.'), []);
  assert.deepEqual(flagged('# Velmar in figures\n\n- 6 cranes.\n- Inspection of the ships on 3 February.'), []);
  assert.deepEqual(flagged('# فيلمار بالأرقام\n\n- 6 رافعات.\n- فحص السفن في 3 فبراير.'), []);
  assert.deepEqual(flagged('# Velmar in figures\n\n- New cranes arrive on 3 February.'), []);
});
