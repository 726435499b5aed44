/**
 * Words that make a title another post than the one they go with: a deputy's word before a head
 * of any family that has deputies (a deputy mayor is not the mayor, «نائب وزير الصحة» is not the
 * minister, a deputy premier is not the premier), and "shadow" (an opposition spokesman who
 * shadows a minister is not the minister, nor the other way round; «في حكومة الظل»). The right
 * titles, the deputy's own post and the shadow's own post stay unflagged. On an invented story
 * (a flood in a county town), so that no corpus sentence is involved.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Floods cut off Carrow as river bursts its banks',
  'CARROW, Tuesday 3 February 2026 - The river burst its banks at Carrow on Monday night.',
  'The Mayor of Carrow, Nia Rowlands, opened the town hall to families.',
  'Her deputy, Deputy Mayor Ifan Powell, led the sandbagging.',
  'The Health Minister, Tom Baird, promised help for the hospital.',
  "The opposition's shadow health secretary, Jane Kerr, said the hospital had been warned.",
  'The governor of the province, Karim Haddad, declared an emergency.',
  'The Education Minister, Sara Malik, closed the schools.',
].join('\n');

const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'carrow-flood-qualifiers',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-02-03' },
    people: [
      { id: 'rowlands', names: { en: ['Nia Rowlands'], ar: ['نيا رولاندز'] }, gender: 'f', evidence: cite('Nia Rowlands') },
      { id: 'powell', names: { en: ['Ifan Powell'], ar: ['إيفان باول'] }, gender: 'm', evidence: cite('Ifan Powell') },
      { id: 'baird', names: { en: ['Tom Baird'], ar: ['توم بيرد'] }, gender: 'm', evidence: cite('Tom Baird') },
      { id: 'kerr', names: { en: ['Jane Kerr'], ar: ['جين كير'] }, gender: 'f', evidence: cite('Jane Kerr') },
      { id: 'malik', names: { en: ['Sara Malik'], ar: ['سارة مالك'] }, gender: 'f', evidence: cite('Sara Malik') },
      { id: 'haddad', names: { en: ['Karim Haddad'], ar: ['كريم حداد'] }, gender: 'm', evidence: cite('Karim Haddad') },
    ],
    organisations: [
      { id: 'council', kind: 'council', names: { en: ['Carrow Council', 'Carrow Town Council'], ar: ['مجلس بلدية كارو'] }, evidence: cite('Mayor of Carrow') },
      { id: 'education', kind: 'ministry', names: { en: ['Education Ministry'], ar: ['وزارة التربية'] }, evidence: cite('Education Minister') },
      { id: 'health', kind: 'ministry', names: { en: ['Health Ministry', 'Ministry of Health'], ar: ['وزارة الصحة'] }, evidence: cite('Health Minister') },
    ],
    posts: [
      { id: 'rowlands-mayor', holder: 'rowlands', role: 'mayor', organisation: 'council', title: { en: ['Mayor of Carrow', 'mayor'], ar: ['رئيسة بلدية كارو', 'رئيسة البلدية'] }, evidence: cite('The Mayor of Carrow, Nia Rowlands') },
      { id: 'powell-deputy', holder: 'powell', role: 'deputy-head', organisation: 'council', title: { en: ['Deputy Mayor', 'deputy mayor'], ar: ['نائب رئيسة البلدية'] }, evidence: cite('Deputy Mayor Ifan Powell') },
      { id: 'baird-minister', holder: 'baird', role: 'minister', organisation: 'health', title: { en: ['Health Minister', 'Minister of Health', 'health secretary'], ar: ['وزير الصحة'] }, evidence: cite('The Health Minister, Tom Baird') },
      { id: 'kerr-shadow', holder: 'kerr', role: 'other', title: { en: ['shadow health secretary', "the opposition's shadow health secretary"], ar: ['وزيرة الصحة في حكومة الظل'] }, evidence: cite("The opposition's shadow health secretary, Jane Kerr") },
      { id: 'malik-minister', holder: 'malik', role: 'minister', organisation: 'education', title: { en: ['Education Minister'], ar: ['وزيرة التربية'] }, evidence: cite('The Education Minister, Sara Malik') },
      { id: 'haddad-governor', holder: 'haddad', role: 'governor', title: { en: ['governor of the province', 'governor'], ar: ['محافظ الإقليم', 'المحافظ'] }, evidence: cite('The governor of the province, Karim Haddad') },
    ],
  },
  'carrow-flood-qualifiers.factbase.json',
  ARTICLE,
);

const findings = findingLines(createChecker([factBase], { scope: 'all' }), ['post-holder']);

test('a deputy of a mayor, a minister, a premier or a governor is not the one they deputise for', () => {
  assert.equal(findings('Deputy Mayor Nia Rowlands opened the town hall.').length, 1);
  assert.equal(findings("Carrow's deputy mayor, Nia Rowlands, opened the town hall.").length, 1);
  assert.equal(findings('Deputy Health Minister Tom Baird promised help.').length, 1);
  assert.equal(findings('Tom Baird, the deputy health minister, promised help.').length, 1);
  assert.equal(findings('Deputy Governor Karim Haddad declared an emergency.').length, 1);
  assert.equal(findings('وقال نائب وزير الصحة توم بيرد إن المستشفى سيتلقى المساعدة.').length, 1);
  assert.equal(findings('وأعلن نائب المحافظ كريم حداد حالة الطوارئ.').length, 1);
  assert.equal(findings('وفتحت نائبة رئيس البلدية نيا رولاندز قاعة البلدية.').length, 1);
});

test('the right title and the deputy’s own post stay unflagged', () => {
  assert.deepEqual(findings('Mayor Nia Rowlands opened the town hall.'), []);
  assert.deepEqual(findings('Deputy Mayor Ifan Powell led the sandbagging.'), []);
  assert.deepEqual(findings('Ifan Powell, the deputy mayor, led the sandbagging.'), []);
  assert.deepEqual(findings('Health Minister Tom Baird promised help.'), []);
  assert.deepEqual(findings('Governor Karim Haddad declared an emergency.'), []);
  assert.deepEqual(findings('وقال وزير الصحة توم بيرد إن المستشفى سيتلقى المساعدة.'), []);
  assert.deepEqual(findings('وأعلن المحافظ كريم حداد حالة الطوارئ.'), []);
  // A deputy named beside the one they deputise for: each title is its own person's.
  assert.deepEqual(findings('Mayor Nia Rowlands and her deputy, Ifan Powell, opened the town hall.'), []);
});

test('a shadow minister is not the minister, nor the minister a shadow', () => {
  assert.equal(findings('Shadow health secretary Tom Baird promised help.').length, 1);
  assert.equal(findings('Tom Baird, the shadow health secretary, promised help.').length, 1);
  assert.equal(findings('Health Secretary Jane Kerr said the hospital had been warned.').length, 1);
  assert.equal(findings('Jane Kerr, the health minister, said the hospital had been warned.').length, 1);
  assert.equal(findings('وقال وزير الصحة في حكومة الظل توم بيرد إن المستشفى سيتلقى المساعدة.').length, 1);
  assert.equal(findings('وقال توم بيرد، وزير الصحة في حكومة الظل، إن المستشفى سيتلقى المساعدة.').length, 1);
  assert.equal(findings('وقالت وزيرة الصحة جين كير إن المستشفى حُذّر.').length, 1);
});

test('a shadow minister called a shadow stays unflagged', () => {
  assert.deepEqual(findings('Shadow health secretary Jane Kerr said the hospital had been warned.'), []);
  assert.deepEqual(findings('Jane Kerr, the shadow health secretary, said the hospital had been warned.'), []);
  assert.deepEqual(findings("Jane Kerr, the opposition's shadow health secretary, said the hospital had been warned."), []);
  assert.deepEqual(findings('Health Secretary Tom Baird promised help.'), []);
  assert.deepEqual(findings('وقالت وزيرة الصحة في حكومة الظل جين كير إن المستشفى حُذّر.'), []);
  assert.deepEqual(findings('وقالت جين كير، وزيرة الصحة في حكومة الظل، إن المستشفى حُذّر.'), []);
  // Shade in another sense is no qualifier.
  assert.deepEqual(findings('In the shadow of the hospital, Health Minister Tom Baird promised help.'), []);
});

test('a plural title before names joined by "and" or و is each name’s', () => {
  assert.equal(findings('Ministers Tom Baird and Nia Rowlands visited the hospital.').length, 1);
  assert.equal(findings('Mayors Ifan Powell and Nia Rowlands opened the town hall.').length, 1);
  assert.equal(findings('Mayors Nia Rowlands and Tom Baird opened the town hall.').length, 1);
  assert.equal(findings('وزار الوزيران توم بيرد ونيا رولاندز المستشفى.').length, 1);
  assert.equal(findings('وزار الوزيران نيا رولاندز وتوم بيرد المستشفى.').length, 1);
  assert.equal(findings('Governors Karim Haddad and Tom Baird met.').length, 1);
});

test('a plural title that fits every name, or a singular one before the first, stays unflagged', () => {
  assert.deepEqual(findings('Health Minister Tom Baird and Mayor Nia Rowlands visited the hospital.'), []);
  assert.deepEqual(findings('Governor Karim Haddad and Nia Rowlands visited the hospital.'), []);
  assert.deepEqual(findings('Ministers met Nia Rowlands and Karim Haddad.'), []);
  assert.deepEqual(findings('وزار المحافظ كريم حداد ونيا رولاندز المستشفى.'), []);
});

test('an Arabic portfolio goes on with its definite adjective (التعليم العالي is not التعليم)', () => {
  assert.equal(findings('وقالت وزيرة التعليم العالي سارة مالك إن المدارس أغلقت.').length, 1);
  assert.equal(findings('وأغلقت سارة مالك، وزيرة التعليم العالي، المدارس.').length, 1);
  assert.equal(findings('وقال وزير الصحة العمومية توم بيرد إن المستشفى سيتلقى المساعدة.').length, 1);
  assert.deepEqual(findings('وقالت وزيرة التربية سارة مالك إن المدارس أغلقت.'), []);
  assert.deepEqual(findings('وقالت وزيرة التعليم سارة مالك إن المدارس أغلقت.'), []);
  assert.deepEqual(findings('وأغلقت سارة مالك، وزيرة التربية، المدارس.'), []);
  assert.deepEqual(findings('وقالت وزيرة التربية الحالية سارة مالك إن المدارس أغلقت.'), []);
  assert.deepEqual(findings('وقالت وزيرة التربية الثلاثاء إن المدارس أغلقت.'), []);
  // An adjective of a place is where the post is held: وزيرة التربية الويلزية.
  assert.deepEqual(findings('وقالت وزيرة التربية الويلزية سارة مالك إن المدارس أغلقت.'), []);
  assert.equal(findings('وقالت وزيرة التربية السابقة سارة مالك إن المدارس أغلقت.').length, 1);
});

test('a minister called the leader of the opposition holds another post', () => {
  assert.equal(findings('Opposition leader Tom Baird promised help.').length, 1);
  assert.equal(findings('Tom Baird, the opposition leader, promised help.').length, 1);
  assert.equal(findings('وقال زعيم المعارضة توم بيرد إن المستشفى سيتلقى المساعدة.').length, 1);
  assert.deepEqual(findings('Health Minister Tom Baird met the opposition leader.'), []);
  assert.deepEqual(findings('وقال وزير الصحة توم بيرد إن زعيم المعارضة سيزور المستشفى.'), []);
});
