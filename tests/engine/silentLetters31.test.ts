/**
 * English names whose letters are partly silent (Vaughan, Knight, Wright, Leigh, Haughton), which
 * an Arabic writer spells as they sound (فون, نايت, رايت, لي, هوتون): a fact base that names them
 * in English only still finds them in an Arabic draft, so that their ties and titles are compared.
 * The spelling of the letters as written stays found too. Invented story and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { arabicNameForms } from '../../engine/src/lexicon/foreignNames';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Dunmere council approves new bus lanes',
  'DUNMERE, Thursday 5 November 2026 - Dunmere Council approved new bus lanes on Wednesday.',
  'The council leader, Megan Vaughan, of Labour, said the lanes would open in spring.',
  'Oliver Knight, a Conservative councillor, voted against the plan.',
  'Sarah Haughton, a Green councillor, abstained.',
].join('\n');

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'dunmere-lanes',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-11-05' },
    people: [
      { id: 'vaughan', names: { en: ['Megan Vaughan'] }, short: { en: ['Vaughan'] }, gender: 'f', transliterated: 'ar', evidence: cite('Megan Vaughan') },
      { id: 'knight', names: { en: ['Oliver Knight'] }, short: { en: ['Knight'] }, gender: 'm', transliterated: 'ar', evidence: cite('Oliver Knight') },
      { id: 'haughton', names: { en: ['Sarah Haughton'] }, short: { en: ['Haughton'] }, gender: 'f', transliterated: 'ar', evidence: cite('Sarah Haughton') },
    ],
    organisations: [
      { id: 'council', kind: 'council', names: { en: ['Dunmere Council'] }, evidence: cite('Dunmere Council') },
      { id: 'labour', kind: 'party', names: { en: ['Labour', 'Labour Party'] }, evidence: cite('Labour') },
      { id: 'tories', kind: 'party', names: { en: ['Conservatives', 'Conservative Party'] }, evidence: cite('Conservative') },
      { id: 'greens', kind: 'party', names: { en: ['Greens', 'Green Party'] }, evidence: cite('Green') },
    ],
    affiliations: [
      { id: 'vaughan-labour', member: 'vaughan', organisation: 'labour', relation: 'member-of', evidence: cite('Megan Vaughan, of Labour') },
      { id: 'knight-tories', member: 'knight', organisation: 'tories', relation: 'member-of', evidence: cite('Conservative councillor') },
      { id: 'haughton-greens', member: 'haughton', organisation: 'greens', relation: 'member-of', evidence: cite('Green councillor') },
    ],
  };
}

const findings = findingLines(createChecker([loadTestFactBase(factBase(), 'dunmere.factbase.json', ARTICLE)], { scope: 'all' }), ['affiliation']);

test('a name spelt as it sounds is the person: a wrong party is flagged', () => {
  for (const sentence of [
    'وقالت ميغان فون، عضوة حزب المحافظين، إن المسارات ستفتح في الربيع.',
    'وصوّت أوليفر نايت، عضو حزب العمال، ضد الخطة.',
    'وامتنعت سارة هوتون، عضوة حزب المحافظين، عن التصويت.',
  ]) {
    assert.equal(findings(sentence).length, 1, sentence);
  }
});

test('the true party passes, however the name is spelt', () => {
  for (const sentence of [
    'وقالت ميغان فون، عضوة حزب العمال، إن المسارات ستفتح في الربيع.',
    'وقالت ميغان فوغان، عضوة حزب العمال، إن المسارات ستفتح في الربيع.',
    'وصوّت أوليفر نايت، عضو حزب المحافظين، ضد الخطة.',
  ]) {
    assert.deepEqual(findings(sentence), [], sentence);
  }
});

test('the Arabic spellings of a name keep the written letters first and add the sounded ones', () => {
  assert.ok(arabicNameForms('Wright').spellings.includes('رايت'));
  assert.ok(arabicNameForms('Leigh').spellings.includes('لي'));
  assert.ok(arabicNameForms('Vaughan').spellings.includes('فون'));
  assert.deepEqual(arabicNameForms('Morgan').spellings, ['مورغان']);
});
