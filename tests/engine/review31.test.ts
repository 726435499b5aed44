/**
 * The review of session 31's merged changes: a title at a draft's first word with a post's area
 * before its head, a place whose name opens with a point of the compass after a title, a figure
 * with a scale or a sign in a series of places, "current affairs" in a title, and a name word that
 * is a key of a plain object ("constructor") neither throw nor give a false finding. Invented story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Union warns over hospital staffing',
  'NEWCASTLE, Monday 7 December 2026 - Jane Doe, the union\'s North East representative, said 45 nurses had left in Durham and 30 in Sunderland.',
  'Tom Reed, the former current affairs editor of the Northern Echo, chaired the meeting.',
  'Constructor University said it would train 20 nurses.',
  'The union also has members in South Tyneside.',
].join('\n');

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'ne-nurses',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-12-07' },
    people: [
      { id: 'doe', names: { en: ['Jane Doe'] }, short: { en: ['Doe'] }, gender: 'f', evidence: cite('Jane Doe') },
      { id: 'reed', names: { en: ['Tom Reed'] }, short: { en: ['Reed'] }, gender: 'm', evidence: cite('Tom Reed') },
    ],
    organisations: [
      { id: 'echo', kind: 'media', names: { en: ['Northern Echo'] }, evidence: cite('Northern Echo') },
      { id: 'constructor', kind: 'university', names: { en: ['Constructor University'] }, evidence: cite('Constructor University') },
    ],
    places: [
      { id: 'durham', kind: 'city', names: { en: ['Durham'] }, evidence: cite('Durham') },
      { id: 'sunderland', kind: 'city', names: { en: ['Sunderland'] }, evidence: cite('Sunderland') },
      { id: 'south-tyneside', kind: 'region', names: { en: ['South Tyneside'] }, evidence: cite('South Tyneside') },
    ],
    posts: [
      { id: 'doe-rep', holder: 'doe', role: 'representative', title: { en: ['North East representative'] }, evidence: cite("Jane Doe, the union's North East representative") },
      { id: 'reed-editor', holder: 'reed', role: 'director', organisation: 'echo', status: 'former', title: { en: ['current affairs editor'] }, evidence: cite('the former current affairs editor of the Northern Echo') },
    ],
    quantities: [
      { id: 'durham-nurses', value: 45, unit: 'count', subject: 'durham', noun: { en: ['nurses'] }, evidence: cite('45 nurses had left in Durham') },
      { id: 'sunderland-nurses', value: 30, unit: 'count', subject: 'sunderland', noun: { en: ['nurses'] }, evidence: cite('30 in Sunderland') },
    ],
  };
}

const checker = createChecker([loadTestFactBase(factBase(), 'ne-nurses.factbase.json', ARTICLE)], { scope: 'all' });

/** The rule ids of the findings on one draft. */
const ids = (draft: string) => {
  const result = checker.check(draft);
  return [...result.internalErrors.map((error) => `internal error in ${error.ruleId}: ${error.message}`), ...result.findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`)];
};

test('true restatements get nothing and nothing throws', () => {
  for (const draft of [
    'Representative Jane Doe said 45 nurses had left.',
    "Jane Doe, the union's representative in South Tyneside, spoke.",
    '45 nurses left in Durham, and $30m in Sunderland was spent.',
    'Tom Reed, the former current affairs editor, chaired the meeting.',
    'Constructor University will train 20 nurses.',
  ]) {
    assert.deepEqual(ids(draft), [], draft);
  }
});

test('a wrong area before the head is still flagged', () => {
  assert.equal(ids("Jane Doe, the union's North West representative, spoke.").length, 1);
});
