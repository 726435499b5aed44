/**
 * Titles of posts below an organisation's head — "operations manager", "project coordinator",
 * «مسؤول العمليات», «منسقة المشروع» — read as titles in both languages, so that the organisation
 * they name is compared with the person's own, and a head of an organisation called its manager is
 * a wrong post; while a football manager (a coach), a person of a post the article gives as
 * "other" and a person the fact base does not know are left alone. On an invented story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Storm damages pier before cup final',
  'HARWICK, Monday 9 March 2026 - A storm damaged the pier at Harwick on Sunday.',
  "The Port Authority's operations manager, Leila Haddad, said two cranes had been moved.",
  "The company's chief executive, Tomas Reyes, said Strand Ferries would resume crossings in a week.",
  'Harwick Rovers manager Ian Cole said the final would go ahead.',
  "The council's recovery coordinator, Maya Stone, opened a shelter.",
].join('\n');

const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'harwick-staff',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-09' },
    people: [
      { id: 'haddad', names: { en: ['Leila Haddad'], ar: ['ليلى حداد'] }, gender: 'f', evidence: cite('Leila Haddad') },
      { id: 'reyes', names: { en: ['Tomas Reyes'], ar: ['توماس رييس'] }, gender: 'm', evidence: cite('Tomas Reyes') },
      { id: 'cole', names: { en: ['Ian Cole'], ar: ['إيان كول'] }, gender: 'm', evidence: cite('Ian Cole') },
      { id: 'stone', names: { en: ['Maya Stone'], ar: ['مايا ستون'] }, gender: 'f', evidence: cite('Maya Stone') },
    ],
    organisations: [
      { id: 'port', kind: 'authority', names: { en: ['Port Authority'], ar: ['هيئة الميناء'] }, evidence: cite('Port Authority') },
      { id: 'strand', kind: 'company', names: { en: ['Strand Ferries'], ar: ['شركة ستراند للعبارات', 'ستراند للعبارات'] }, evidence: cite('Strand Ferries') },
      { id: 'rovers', kind: 'club', names: { en: ['Harwick Rovers'], ar: ['نادي هارويك روفرز'] }, evidence: cite('Harwick Rovers') },
      { id: 'council', kind: 'council', names: { en: ['Harwick Council', 'the council'], ar: ['مجلس بلدية هارويك'] }, evidence: cite("The council's") },
    ],
    posts: [
      { id: 'haddad-ops', holder: 'haddad', role: 'other', organisation: 'port', title: { en: ['operations manager'], ar: ['مسؤولة العمليات', 'مديرة العمليات'] }, evidence: cite("The Port Authority's operations manager, Leila Haddad") },
      { id: 'reyes-ceo', holder: 'reyes', role: 'chief-executive', organisation: 'strand', title: { en: ['chief executive'], ar: ['الرئيس التنفيذي'] }, evidence: cite("The company's chief executive, Tomas Reyes") },
      { id: 'cole-coach', holder: 'cole', role: 'coach', organisation: 'rovers', title: { en: ['manager', 'coach'], ar: ['مدرب'] }, evidence: cite('Harwick Rovers manager Ian Cole') },
      { id: 'stone-coord', holder: 'stone', role: 'other', organisation: 'council', title: { en: ['recovery coordinator'], ar: ['منسقة عمليات التعافي'] }, evidence: cite("The council's recovery coordinator, Maya Stone") },
    ],
  },
  'harwick-staff.factbase.json',
  ARTICLE,
);

const findings = findingLines(createChecker([factBase], { scope: 'all' }), ['post-holder', 'affiliation']);

test('a manager’s or coordinator’s title names the organisation the person works for', () => {
  assert.deepEqual(findings('Leila Haddad, the operations manager at Strand Ferries, said two cranes had been moved.'), ['post-holder: Strand Ferries → Port Authority']);
  assert.equal(findings("Strand Ferries' operations manager, Leila Haddad, said two cranes had been moved.").length, 1);
  assert.equal(findings('Maya Stone, a coordinator at the Port Authority, opened a shelter.').length, 1);
  assert.equal(findings('وقالت مسؤولة العمليات بشركة ستراند للعبارات ليلى حداد إن رافعتين نقلتا.').length, 1);
  // True restatements.
  assert.deepEqual(findings('Leila Haddad, the operations manager at the Port Authority, said two cranes had been moved.'), []);
  assert.deepEqual(findings("The Port Authority's operations manager, Leila Haddad, said two cranes had been moved."), []);
  assert.deepEqual(findings('Leila Haddad, a manager at the Port Authority, said two cranes had been moved.'), []);
  assert.deepEqual(findings('Maya Stone, the council’s recovery coordinator, opened a shelter.'), []);
  assert.deepEqual(findings('وقالت مسؤولة العمليات بهيئة الميناء ليلى حداد إن رافعتين نقلتا.'), []);
  assert.deepEqual(findings('وافتتحت منسقة عمليات التعافي مايا ستون ملجأ.'), []);
});

test('a head called a manager is a wrong post; a football manager and unknown people are not', () => {
  assert.equal(findings("Strand Ferries' operations manager, Tomas Reyes, said crossings would resume.").length, 1);
  assert.deepEqual(findings('Harwick Rovers manager Ian Cole said the final would go ahead.'), []);
  assert.deepEqual(findings('Ian Cole, the Harwick Rovers manager, said the final would go ahead.'), []);
  assert.deepEqual(findings('The Port Authority’s operations manager, John Evans, said two cranes had been moved.'), []);
  assert.deepEqual(findings('وقال مسؤول في هيئة الميناء إن رافعتين نقلتا.'), []);
  // An organisation whose own name holds a title word is no title.
  assert.deepEqual(findings('Leila Haddad told the Harbour Managers Association that two cranes had been moved.'), []);
});

test('a director of a department given to the organisation’s chief executive is a wrong post', () => {
  assert.equal(findings("Tomas Reyes, the company's finance director, said crossings would resume.").length, 1);
  assert.equal(findings('Strand Ferries operations director Tomas Reyes said crossings would resume.').length, 1);
  // A director of the company (its board), and a department's director for a post the article gives as "other".
  assert.deepEqual(findings('Tomas Reyes, a director of Strand Ferries, said crossings would resume.'), []);
  assert.deepEqual(findings('Leila Haddad, a director at the Port Authority, said two cranes had been moved.'), []);
  assert.deepEqual(findings("Leila Haddad, the Port Authority's operations director, said two cranes had been moved."), []);
});
