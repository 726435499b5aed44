/**
 * An Arabic draft that gives a person's body, which the fact base names in English only, a name
 * made with another place or body of the story right after its kind noun («هيئة كيلفيل الصحية»
 * for the Hartley University Health Board): another body, an error rather than advice. Traps: the
 * body's own name in Arabic letters, a place after a preposition (where the body is), and a kind
 * noun with common words only. Invented story and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'New assessment unit to open at Ashbury',
  'KELVALE, Monday 9 November 2026 - A new assessment unit will open at Ashbury Hospital in January.',
  'Marta Quinn, chief executive of the Hartley University Health Board, said the unit would have 30 beds.',
  'The Kelvale Ambulance Service said crews would wait less outside the hospital.',
].join('\n');

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'ashbury-unit',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-11-09' },
    people: [{ id: 'quinn', names: { en: ['Marta Quinn'], ar: ['مارتا كوين'] }, short: { en: ['Quinn'] }, gender: 'f', evidence: cite('Marta Quinn') }],
    organisations: [
      { id: 'hartley', kind: 'authority', names: { en: ['Hartley University Health Board', 'Hartley health board'] }, evidence: cite('Hartley University Health Board') },
      { id: 'kas', kind: 'authority', names: { en: ['Kelvale Ambulance Service'] }, evidence: cite('Kelvale Ambulance Service') },
    ],
    places: [
      { id: 'kelvale', kind: 'city', names: { en: ['Kelvale'] }, evidence: cite('KELVALE') },
      { id: 'ashbury', kind: 'building', names: { en: ['Ashbury Hospital', 'Ashbury'] }, evidence: cite('Ashbury Hospital') },
    ],
    posts: [
      { id: 'quinn-ceo', holder: 'quinn', role: 'chief-executive', organisation: 'hartley', title: { en: ['chief executive'] }, evidence: cite('Marta Quinn, chief executive of the Hartley University Health Board') },
    ],
  };
}

const checker = createChecker([loadTestFactBase(factBase(), 'ashbury.factbase.json', ARTICLE)], { scope: 'all' });

/** The error-level findings of the tie and post rules, as the text each flags. */
function errors(draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => (finding.ruleId === 'post-holder' || finding.ruleId === 'affiliation') && finding.severity === 'error')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('a body named with another place of the story after its kind noun is another body: an error', () => {
  for (const [draft, flagged] of [
    ['وقالت مارتا كوين، الرئيسة التنفيذية لهيئة كيلفيل الصحية، إن الوحدة ستضم 30 سريراً.', 'كيلفيل'],
    ['وقالت مارتا كوين، الرئيسة التنفيذية لهيئة آشبري الصحية، إن الوحدة ستضم 30 سريراً.', 'آشبري'],
  ] as const) {
    const found = errors(draft);
    assert.ok(found.some((text) => text.includes(flagged)), `${draft} ⇒ ${found.join(' | ')}`);
  }
});

test('the body\'s own name, a place after a preposition and common words are no error', () => {
  for (const draft of [
    'وقالت مارتا كوين، الرئيسة التنفيذية لهيئة هارتلي الجامعية الصحية، إن الوحدة ستضم 30 سريراً.',
    'وقالت مارتا كوين، الرئيسة التنفيذية للهيئة الصحية في كيلفيل، إن الوحدة ستضم 30 سريراً.',
    'وقالت مارتا كوين، الرئيسة التنفيذية للهيئة الصحية الجامعية، إن الوحدة ستضم 30 سريراً.',
  ]) assert.deepEqual(errors(draft), [], draft);
});
