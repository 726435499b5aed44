/**
 * A place after a title («رئيس المجلس الشعبي البلدي لبوفاريك») of a post the fact base ties to no
 * organisation says where the post is held: not a wrong word of the title. Another word of the
 * title is still compared. Invented story and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'توزيع أقراص لتعقيم المياه في البليدة',
  'البليدة، الاثنين 7 ديسمبر 2026 - وفي مدينة العفرون، قال رئيس المجلس الشعبي البلدي كمال بوزيد إن البلدية وزعت 20 ألف قرص لتعقيم المياه.',
].join('\n');

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'blida-water',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-07' },
    people: [{ id: 'bouzid', names: { ar: ['كمال بوزيد'] }, short: { ar: ['بوزيد'] }, gender: 'm', evidence: cite('كمال بوزيد') }],
    places: [{ id: 'afroun', kind: 'city', names: { ar: ['العفرون', 'مدينة العفرون'] }, evidence: cite('مدينة العفرون') }],
    posts: [{ id: 'bouzid-head', holder: 'bouzid', role: 'head', title: { ar: ['رئيس المجلس الشعبي البلدي'] }, evidence: cite('رئيس المجلس الشعبي البلدي كمال بوزيد') }],
  };
}

const findings = findingLines(createChecker([loadTestFactBase(factBase(), 'blida.factbase.json', ARTICLE)], { scope: 'all' }), ['post-holder', 'affiliation']);

test('a place after the title of a post tied to no organisation is where it is held', () => {
  assert.deepEqual(findings('وقال كمال بوزيد، رئيس المجلس الشعبي البلدي للعفرون، إن البلدية وزعت الأقراص.'), []);
});

test('another word of the title is still compared', () => {
  assert.equal(findings('وقال كمال بوزيد، رئيس المجلس الشعبي الولائي، إن البلدية وزعت الأقراص.').length, 1);
});
