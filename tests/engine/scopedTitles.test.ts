/**
 * A title with a lower-case word of scope between its body and its head, with no possessive:
 * "UNICEF regional director Ana Ruiz", "WFP country director Idrissa Kone". The body is the
 * title's organisation, so another body there ("WFP regional director Ana Ruiz") is a wrong
 * organisation, both with an editor's fact base and with one drawn from the article (which must read
 * the body too). The same body, the title without a body, and a body named elsewhere in the
 * sentence pass. Invented story of aid agencies in the Sahel (fixtures/drawProbes/aid-agencies.en.txt).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';
import { probe } from './drawProbeChecks';

const FILE = 'aid-agencies.en.txt';
const ARTICLE = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', FILE), 'utf8');
const cite = citer(ARTICLE);

const editor = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'sahel-hunger',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-04-09' },
    people: [
      { id: 'ruiz', names: { en: ['Ana Ruiz'] }, gender: 'f', evidence: cite('Ana Ruiz') },
      { id: 'kone', names: { en: ['Idrissa Kone'] }, gender: 'm', evidence: cite('Idrissa Kone') },
    ],
    organisations: [
      { id: 'unicef', kind: 'agency', names: { en: ['UNICEF'] }, evidence: cite('UNICEF regional director') },
      { id: 'wfp', kind: 'agency', names: { en: ['WFP', 'World Food Programme'] }, evidence: cite('WFP country director') },
    ],
    posts: [
      { id: 'ruiz-rd', holder: 'ruiz', role: 'director', organisation: 'unicef', title: { en: ['regional director'] }, evidence: cite('UNICEF regional director Ana Ruiz') },
      { id: 'kone-cd', holder: 'kone', role: 'director', organisation: 'wfp', title: { en: ['country director'] }, evidence: cite('WFP country director Idrissa Kone') },
    ],
  },
  'sahel.factbase.json',
  ARTICLE,
);
const findings = findingLines(createChecker([editor], { scope: 'all' }), ['post-holder', 'affiliation']);

test('another body before a scoped title, without a possessive, is a wrong organisation', () => {
  assert.equal(findings('WFP regional director Ana Ruiz said children were turned away.').length, 1);
  assert.equal(findings('UNICEF country director Idrissa Kone said rations were halved.').length, 1);
  assert.equal(findings('Idrissa Kone, the UNICEF country director, said rations were halved.').length, 1);
});

test('the right body, no body, or a body elsewhere in the sentence pass', () => {
  assert.deepEqual(findings('UNICEF regional director Ana Ruiz said children were turned away.'), []);
  assert.deepEqual(findings('Regional director Ana Ruiz said UNICEF was turning children away.'), []);
  assert.deepEqual(findings('Idrissa Kone, the WFP country director, said rations were halved.'), []);
  assert.deepEqual(findings('WFP aid reached Mali, regional director Ana Ruiz said.'), []);
});

probe(FILE, { sentence: 'WFP regional director Ana Ruiz said children were being turned away.', rule: 'post-holder' });
probe(FILE, { sentence: 'UNICEF country director Idrissa Kone said rations had been halved.', rule: 'post-holder' });
probe(FILE, { sentence: 'UNICEF regional director Ana Ruiz said children were being turned away.' });
probe(FILE, { sentence: 'WFP country director Idrissa Kone said rations had been halved.' });
probe(FILE, { sentence: 'Ana Ruiz, the UNICEF regional director, said children were being turned away.' });

test('another word of scope before the head of the person\'s post is a wrong post', () => {
  assert.deepEqual(findings("Ana Ruiz, UNICEF's country director, said children were turned away."), ['post-holder: country → regional']);
  assert.deepEqual(findings('UNICEF country director Ana Ruiz said children were turned away.'), ['post-holder: country → regional']);
  assert.deepEqual(findings('Idrissa Kone, the regional director of the WFP, said rations were halved.'), ['post-holder: regional → country']);
});

test('the post\'s own scope, no scope, and a scope that is another person\'s pass', () => {
  assert.deepEqual(findings("Ana Ruiz, UNICEF's regional director, said children were turned away."), []);
  assert.deepEqual(findings('Ana Ruiz, a UNICEF director, said children were turned away.'), []);
  assert.deepEqual(findings('Idrissa Kone, who spoke after the regional director Ana Ruiz, said rations were halved.'), []);
  assert.deepEqual(findings('Idrissa Kone said the country director of UNICEF had asked for help.'), []);
});

probe(FILE, { sentence: "Ana Ruiz, UNICEF's country director, said children were being turned away.", rule: 'post-holder' });
probe(FILE, { sentence: 'WFP regional director Idrissa Kone said rations had been halved in Mali.', rule: 'post-holder' });
probe(FILE, { sentence: "Idrissa Kone, the WFP's country director, said rations had been halved in Mali." });
