/**
 * The words of an English title in apposition after a name end before "and" with a determiner,
 * which opens another description of the person ("Alain Aoun, an MP for Baabda and a nephew of
 * the former president,"): the post is the MP's for Baabda, not "MP for Baabda and a nephew of".
 * Joined portfolios ("Minister of Trade and Industry") stay whole. Invented article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

const ARTICLE = [
  'Lebanese MPs quit bloc',
  '',
  'BEIRUT, June 12 (AFP) - Three lawmakers left the Strong Lebanon bloc on Thursday.',
  '',
  'Karim Haddad, an MP for Baabda and a nephew of the former president, said he would sit as an independent.',
  '',
  'Rania Khoury, the Minister of Trade and Industry, said the government would not fall.',
].join('\n');

const drawn = drawFactBase(ARTICLE, {}).factBase as unknown as { posts: { holder: string; title: { en?: string[] } }[] };
const titles = drawn.posts.flatMap((post) => post.title.en ?? []);

test('a title after a name ends before "and" and a determiner', () => {
  assert.ok(titles.some((title) => /^MP for Baabda$/.test(title)), JSON.stringify(titles));
  assert.ok(!titles.some((title) => /nephew/.test(title)), JSON.stringify(titles));
});

test('a joined portfolio after "of" stays whole', () => {
  assert.ok(titles.some((title) => /Minister of Trade and Industry/.test(title)), JSON.stringify(titles));
});
