/**
 * Companies named by what they supply (Thames Water, Tata Steel: organisations.ts with
 * `EN_COMPANY_TAILS`), never people, while a person whose name ends in such a word (David Steel)
 * stays one; and a definite noun with a possessive that refers back to a body (the company's
 * chief executive: posts.ts `REFERRING_NOUNS`), which ties the post to the body of its kind named
 * before, and is unsure when several are.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown>;
const draw = (article: string) => drawFactBase(article, { published: '2026-12-01' }).factBase as unknown as Record<string, Fact[]>;
const first = (fact: Fact | undefined) => (fact ? Object.values(fact.names as Record<string, string[]>)[0]![0] : '-');

test('a capitalised run ending in a supplied thing is a company; one opening with a given name is a person', () => {
  const kb = draw('Thames Water said the leak was fixed. Tata Steel said 2,000 jobs would go. David Steel said the plan was ready. Samantha Power said so.');
  assert.deepEqual(kb.organisations!.map(first), ['Thames Water', 'Tata Steel']);
  assert.deepEqual(kb.people!.map(first), ['David Steel', 'Samantha Power']);
});

test("the company's chief executive holds the post at the company named before; unsure when two were", () => {
  const one = draw("South Coast Water pleaded guilty on Monday. The judge said alarms were ignored. The company's chief executive, Daniel Osei, apologised.");
  const post = one.posts!.find((p) => p.role === 'chief-executive')!;
  assert.equal(first(one.organisations!.find((o) => o.id === post.organisation)), 'South Coast Water');
  assert.equal(post.review, undefined);
  const two = draw("South Coast Water hired Stanton Whitley Engineering in 2009. The company's chief executive, Daniel Osei, apologised.");
  assert.equal((two.posts!.find((p) => p.role === 'chief-executive')!.review as { unsure?: boolean } | undefined)?.unsure, true);
  const none = draw("The judge said alarms were ignored. The company's chief executive, Daniel Osei, apologised.");
  assert.equal(none.posts!.find((p) => p.role === 'chief-executive')!.organisation, undefined);
});
