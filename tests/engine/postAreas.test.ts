/**
 * A post's area specifier ("operations manager for south-west Portmere", «مديرة العمليات في جنوب
 * بورتمير») compared with the draft's ("for north Portmere"), on an invented story so that no
 * corpus sentence is involved. A vaguer area, the same area and words that are no area pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'Harbour spill: agency takes samples',
  'PORTMERE, Tuesday 3 March 2026 - Oil was found in Portmere harbour on Monday.',
  "The Coast Agency's operations manager for south-west Portmere, Tom Bell, said samples were taken.",
].join('\n');

const cite = citer(ARTICLE);

function spill(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'portmere-samples',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-03' },
    people: [{ id: 'bell', names: { en: ['Tom Bell'], ar: ['توم بيل'] }, gender: 'm', evidence: cite('Tom Bell') }],
    organisations: [{ id: 'agency', kind: 'agency', names: { en: ['Coast Agency'], ar: ['وكالة السواحل'] }, evidence: cite('The Coast Agency') }],
    posts: [
      {
        id: 'bell-ops',
        holder: 'bell',
        role: 'other',
        organisation: 'agency',
        title: { en: ['operations manager for south-west Portmere', 'operations manager'], ar: ['مدير العمليات في جنوب غرب بورتمير', 'مدير العمليات'] },
        evidence: cite("The Coast Agency's operations manager for south-west Portmere, Tom Bell"),
      },
    ],
    places: [{ id: 'portmere', names: { en: ['Portmere'], ar: ['بورتمير'] }, kind: 'city', evidence: cite('Portmere harbour') }],
  };
  return loadTestFactBase(data, 'samples.factbase.json', ARTICLE);
}

const checker = createChecker([spill()], { scope: 'all' });
const findings = (draft: string) => findingLines(checker, ['post-holder'])(draft);

test("another part of the post's area is a wrong post", () => {
  assert.deepEqual(findings("Tom Bell, the Coast Agency's operations manager for north Portmere, said samples were taken."), ['post-holder: north → south-west']);
  assert.deepEqual(findings('Tom Bell, operations manager for east Portmere, said samples were taken.'), ['post-holder: east → south-west']);
  assert.deepEqual(findings('وقال توم بيل، مدير العمليات في شمال بورتمير، إن العينات أُخذت.'), ['post-holder: شمال → جنوب غرب']);
});

test('the same area, a vaguer one and words that are no area pass', () => {
  assert.deepEqual(findings('Tom Bell, operations manager for south-west Portmere, said samples were taken.'), []);
  assert.deepEqual(findings('Tom Bell, operations manager for Portmere, said samples were taken.'), []);
  assert.deepEqual(findings('Tom Bell, operations manager for south Portmere, said samples were taken.'), []);
  assert.deepEqual(findings('Tom Bell, operations manager for the agency, said samples were taken.'), []);
  assert.deepEqual(findings('Tom Bell, the operations manager, said samples in north Portmere were taken.'), []);
  assert.deepEqual(findings('وقال توم بيل، مدير العمليات في جنوب غرب بورتمير، إن العينات أُخذت.'), []);
  assert.deepEqual(findings('وقال توم بيل، مدير العمليات في الوكالة، إن العينات أُخذت.'), []);
});
