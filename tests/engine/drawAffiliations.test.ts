/**
 * Drawing "ORG led by PERSON": an affiliation `leads` and a post of leader of the organisation, in
 * both languages. Sentences invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2025-03-04' }).factBase as unknown as Record<string, Fact[]>;

test('Arabic: «ORG» بزعامة PERSON draws leads and a leader post', () => {
  const kb = draw('وأعلنت حركة «شباب الغد» بزعامة سالم الحداد مقاطعة الانتخابات.\n');
  assert.equal(kb.affiliations!.length, 1, JSON.stringify(kb.affiliations));
  const [affiliation] = kb.affiliations!;
  assert.equal(affiliation!.relation, 'leads');
  const post = kb.posts!.find((p) => p.role === 'leader');
  assert.equal(post?.organisation, affiliation!.organisation);
  assert.equal(post?.holder, affiliation!.member);
});

test('English: ORG, led by PERSON draws leads', () => {
  const kb = draw('The Harbour Workers Union, led by Mary Fenton, called a strike on Monday.\n');
  assert.equal(kb.affiliations!.length, 1, JSON.stringify({ affiliations: kb.affiliations, organisations: kb.organisations }));
});

test('near miss: a person after "led by" with no organisation named before it draws nothing', () => {
  const kb = draw('A delegation led by Mary Fenton arrived on Monday.\n');
  assert.deepEqual(kb.affiliations, []);
  const ar = draw('ووصل وفد بقيادة سالم الحداد إلى العاصمة.\n');
  assert.deepEqual(ar.affiliations, []);
});
