/**
 * English people after titles: the title words of a capitalised run are not the name (Queensland
 * Premier Rebecca Thornton, Regional Council Mayor Julie Ferris), the name is the post's holder, an
 * organisation's name ends at its kind noun unless "of …" follows, and an English title gives no
 * gender (only Arabic titles agree with their holder).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { lang: 'en', published: '2026-02-10' }).factBase as unknown as Record<string, Fact[]>;
const names = (kb: Record<string, Fact[]>, section: string) => kb[section]!.map((fact) => (fact.names as { en: string[] }).en[0]);

test('title words before an English name are the post, not the name', () => {
  const kb = draw('Queensland Premier Rebecca Thornton told reporters in Brisbane on Tuesday that help was coming.');
  assert.deepEqual(names(kb, 'people'), ['Rebecca Thornton']);
  const thornton = kb.people![0]!;
  assert.equal(thornton.gender, 'f');
  const post = kb.posts!.find((p) => p.holder === thornton.id);
  assert.equal(post?.role, 'prime-minister');
  assert.deepEqual((post?.title as { en: string[] }).en, ['Queensland Premier']);
});

test('an organisation ends at its kind noun: the mayor after it is a person holding a post of it', () => {
  const kb = draw('Whitsunday Regional Council Mayor Julie Ferris said the town had taken the full force of it.');
  assert.deepEqual(names(kb, 'organisations'), ['Whitsunday Regional Council']);
  assert.deepEqual(names(kb, 'people'), ['Julie Ferris']);
  const post = kb.posts!.find((p) => p.holder === kb.people![0]!.id);
  assert.equal(post?.role, 'mayor');
  assert.equal(post?.organisation, kb.organisations![0]!.id);
});

test('near misses: "of …" keeps an organisation whole, and an English title gives no gender to an unknown name', () => {
  assert.deepEqual(names(draw('The Insurance Council of Australia gave an initial estimate on Tuesday.'), 'organisations'), ['Insurance Council of Australia']);
  const kb = draw('Transport Secretary Taylor Quinnell said the line would reopen.');
  assert.deepEqual(names(kb, 'people'), ['Taylor Quinnell']);
  assert.equal(kb.people![0]!.gender, undefined);
});
