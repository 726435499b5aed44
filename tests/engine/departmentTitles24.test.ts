/**
 * A title left at its linker before a department in lower case and the name (helper ties24):
 * "Tayside Water's head of enforcement Fraser Guthrie", "the board's head of enforcement, Fraser
 * Guthrie,": the department's words are the title's, so the title stands right before the name and
 * is compared with the person's posts (an operations manager is no head). The person's own title
 * with its department, and a department that does not reach the name, pass. Invented story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'Water company closes reservoir after algae bloom',
  'DUNDEE, Tuesday 11 August 2026 - Tayside Water closed a reservoir to swimmers on Tuesday after an algae bloom was found.',
  "The company's head of water quality, Eilidh Munro, said samples would be tested every day.",
  "Its operations manager, Fraser Guthrie, said the reservoir supplied 40,000 homes.",
].join('\n');

const cite = citer(ARTICLE);

function reservoir(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'tayside-algae',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-08-11' },
    people: [
      { id: 'munro', names: { en: ['Eilidh Munro'] }, gender: 'f', evidence: cite('Eilidh Munro') },
      { id: 'guthrie', names: { en: ['Fraser Guthrie'] }, gender: 'm', evidence: cite('Fraser Guthrie') },
    ],
    organisations: [{ id: 'tayside', kind: 'company', names: { en: ['Tayside Water'] }, evidence: cite('Tayside Water closed') }],
    posts: [
      { id: 'munro-head', holder: 'munro', role: 'head', organisation: 'tayside', title: { en: ['head of water quality'] }, evidence: cite("The company's head of water quality, Eilidh Munro") },
      { id: 'guthrie-ops', holder: 'guthrie', role: 'other', organisation: 'tayside', title: { en: ['operations manager'] }, evidence: cite('Its operations manager, Fraser Guthrie') },
    ],
  };
  return loadTestFactBase(data, 'algae.factbase.json', ARTICLE);
}

const findings = findingLines(createChecker([reservoir()], { scope: 'all' }), ['post-holder']);

test("a head's title with its department before a staff manager's name is a wrong post", () => {
  assert.deepEqual(findings("Tayside Water's head of enforcement Fraser Guthrie said the reservoir supplied 40,000 homes."), ["post-holder: head → "]);
  assert.deepEqual(findings("Tayside Water's head of enforcement, Fraser Guthrie, said the reservoir supplied 40,000 homes."), ["post-holder: head → "]);
});

test('the own title with its department, and a department that does not reach the name, pass', () => {
  assert.deepEqual(findings("Tayside Water's head of water quality Eilidh Munro said samples would be tested every day."), []);
  assert.deepEqual(findings("Tayside Water's head of water quality, Eilidh Munro, said samples would be tested every day."), []);
  assert.deepEqual(findings("Tayside Water's operations manager Fraser Guthrie said the reservoir supplied 40,000 homes."), []);
  assert.deepEqual(findings('Fraser Guthrie said the head of water quality would test samples every day.'), []);
});
