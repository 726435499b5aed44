/**
 * A body's name that joins two fields after "of" ("the Royal Academy of Obstetrics and Family
 * Care", "the Royal Institute of Hydrology and Water Science") is one name: the capitalised words after
 * "and" are its second field, not a person. Traps: a person named after such a body with a given
 * name ("the Ministry of Water and Samuel Okoro") stays a person. Invented
 * sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Fact = Record<string, unknown> & { id: string };
const draw = (text: string) => drawFactBase(text, { published: '2026-11-03', lang: 'en' }).factBase as unknown as Record<string, Fact[]>;
const people = (text: string) => (draw(text).people ?? []).map((p) => (p.names as { en?: string[] }).en?.[0]);

test('the field after "and" in a body\'s name is not a person', () => {
  for (const text of [
    'The Royal Academy of Obstetrics and Family Care said misinformation was partly to blame.\n',
    'A report by the Royal Institute of Hydrology and Water Science warned of drought on Monday.\n',
  ]) assert.deepEqual(people(text), [], text);
});

test('a person named after a body and "and" stays a person', () => {
  assert.deepEqual(people('The Ministry of Water and Samuel Okoro, its engineer, said the dam was safe.\n'), ['Samuel Okoro']);
});
