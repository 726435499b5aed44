/**
 * A title written exactly as another person's post, one person holds at a time ("council leader"
 * for the council's leader), before the name of someone who holds a post of the same family
 * elsewhere (the fire service's chief): the name is the wrong holder. The person's own titles,
 * a bare head ("leader") and a title two people hold stay unflagged. On an invented story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Warehouse fire closes ring road',
  'DENHOLM, Wednesday 4 March 2026 - A fire at a warehouse closed the ring road on Tuesday.',
  'The chief fire officer, Rhodri Vaughan, said crews worked through the night.',
  'The council leader, Bethan Ellis, said the road would reopen on Friday.',
  'The leader of Hafod Council, Gwen Morgan, offered help.',
  'Two district judges, Mair Owen and Tomos Price, adjourned the hearing.',
].join('\n');

const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'denholm-fire-exact-titles',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-04' },
    people: [
      { id: 'vaughan', names: { en: ['Rhodri Vaughan'], ar: ['رودري فون'] }, gender: 'm', evidence: cite('Rhodri Vaughan') },
      { id: 'ellis', names: { en: ['Bethan Ellis'], ar: ['بيثان إليس'] }, gender: 'f', evidence: cite('Bethan Ellis') },
      { id: 'morgan', names: { en: ['Gwen Morgan'] }, gender: 'f', evidence: cite('Gwen Morgan') },
      { id: 'owen', names: { en: ['Mair Owen'] }, gender: 'f', evidence: cite('Mair Owen') },
      { id: 'price', names: { en: ['Tomos Price'] }, gender: 'm', evidence: cite('Tomos Price') },
    ],
    organisations: [
      { id: 'fire', kind: 'agency', names: { en: ['Denholm Fire Service'], ar: ['خدمة الإطفاء في دنهولم'] }, evidence: cite('chief fire officer') },
      { id: 'hafod', kind: 'council', names: { en: ['Hafod Council'] }, evidence: cite('Hafod Council') },
      { id: 'council', kind: 'council', names: { en: ['Denholm Council'], ar: ['مجلس دنهولم'] }, evidence: cite('council leader') },
    ],
    posts: [
      { id: 'vaughan-chief', holder: 'vaughan', role: 'head', organisation: 'fire', title: { en: ['chief fire officer', 'fire chief'], ar: ['رئيس خدمة الإطفاء'] }, evidence: cite('The chief fire officer, Rhodri Vaughan') },
      { id: 'ellis-leader', holder: 'ellis', role: 'leader', organisation: 'council', title: { en: ['council leader', 'leader of Denholm Council'], ar: ['زعيمة المجلس'] }, evidence: cite('The council leader, Bethan Ellis') },
      { id: 'morgan-leader', holder: 'morgan', role: 'leader', organisation: 'hafod', title: { en: ['leader of Hafod Council'] }, evidence: cite('The leader of Hafod Council, Gwen Morgan') },
      { id: 'owen-judge', holder: 'owen', role: 'judge', title: { en: ['district judge'] }, evidence: cite('Mair Owen') },
      { id: 'price-judge', holder: 'price', role: 'judge', title: { en: ['district judge'] }, evidence: cite('Tomos Price') },
    ],
  },
  'denholm-fire-exact-titles.factbase.json',
  ARTICLE,
);

const findings = findingLines(createChecker([factBase], { scope: 'all' }), ['post-holder']);

test("another person's exact title before a name makes the name the wrong holder", () => {
  assert.deepEqual(findings('Council leader Rhodri Vaughan said the road would reopen on Friday.'), ['post-holder: Rhodri Vaughan → Bethan Ellis']);
  assert.deepEqual(findings('Fire chief Bethan Ellis said crews worked through the night.'), ['post-holder: Bethan Ellis → Rhodri Vaughan']);
});

test("another person's exact title before a name the restated sentence gives is the wrong title", () => {
  assert.deepEqual(findings('Council leader Rhodri Vaughan said crews worked through the night.'), ['post-holder: Council leader → chief fire officer']);
});

test('own titles, bare heads and titles two people hold stay unflagged', () => {
  assert.deepEqual(findings('Council leader Bethan Ellis said the road would reopen.'), []);
  assert.deepEqual(findings('Fire chief Rhodri Vaughan said crews worked through the night.'), []);
  assert.deepEqual(findings('Chief fire officer Rhodri Vaughan said crews worked through the night.'), []);
  assert.deepEqual(findings('Leader Bethan Ellis said the road would reopen.'), []);
  assert.deepEqual(findings('District judge Tomos Price adjourned the hearing.'), []);
  // A post of the person's own that the title's words fit is the one meant: another council's leader.
  assert.deepEqual(findings('Council leader Gwen Morgan offered help.'), []);
  assert.deepEqual(findings('District judge Mair Owen adjourned the hearing.'), []);
});
