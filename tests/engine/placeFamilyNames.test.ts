/**
 * A person whose family name is a place of the lexicons (Ana Lima, Grace Paris, David Jordan): the
 * given name right before the place makes it a name, so the person, her post and her quotes are
 * drawn, while "in Lima", "the Paris talks" and "Lima's mayor" stay places. Probes on an invented
 * Reuters-style story of a dock strike at Santos, Brazil.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { parseFactBase } from '../../engine/src/index';

const ARTICLE = [
  'SANTOS, Brazil, April 14 (Reuters) - About 4,000 dock workers at the Port of Santos walked off the job on Tuesday, demanding a 12 per cent pay rise.',
  'The Santos Port Authority said it had offered 5 per cent. Its president, Ana Lima, said the strike would cost the port about 150 million reais a day.',
  '"This stoppage hurts Brazil\'s exporters," she said.',
  'Talks will resume in Lima on Friday, after the Paris talks on shipping rules, said Paulo Ferreira, who leads the dockworkers\' union.',
  '"We will not go back," said Grace Paris, a union member.',
  '',
].join('\n');

const drawn = drawFactBase(ARTICLE, {}).factBase;
const personNamed = (name: string) => drawn.people.find((person) => (person.names as { en?: string[] }).en?.includes(name));

test('a given name before a place of the lexicons makes a person (Ana Lima, Grace Paris)', () => {
  assert.ok(personNamed('Ana Lima'), JSON.stringify(drawn.people.map((p) => p.names)));
  assert.ok(personNamed('Grace Paris'), JSON.stringify(drawn.people.map((p) => p.names)));
});

test('her quote after "she said" is hers, not carried to another person', () => {
  const lima = personNamed('Ana Lima');
  const quote = drawn.quotes.find((q) => String(q.text).includes('stoppage'));
  assert.equal(quote?.speaker, lima?.id);
});

test('"in Lima" and "the Paris talks" stay places', () => {
  const ids = drawn.places.map((place) => place.id);
  assert.ok(ids.includes('lima') && ids.includes('paris'), JSON.stringify(ids));
  const talks = drawn.events.find((event) => JSON.stringify(event.names).includes('resume'));
  if (talks) assert.equal(talks.place, 'lima');
});

test('the person and the place of one name get ids of their own: the drawn fact base validates', () => {
  const parsed = parseFactBase(JSON.stringify(drawn), 'santos.factbase.json', ARTICLE);
  assert.deepEqual(parsed.problems, []);
  assert.notEqual(personNamed('Ana Lima')?.id, 'lima');
});
