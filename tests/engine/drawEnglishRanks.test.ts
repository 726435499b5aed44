/**
 * Drawing English names after a rank, and foreign names with accented letters: an invented AP
 * report of an earthquake in southern Peru (tests/engine/fixtures/drawProbes/peruQuake.en.txt)
 * names the civil defence chief as "General Carlos Yáñez". Spelling accented letters by their base
 * letters in the Arabic forms (Yáñez → يانز, now يز) was tried and dropped: on the held-out measure
 * en-health's drawn precision fell 0.76 to 0.73 and en-bridge's drawn recall 0.23 to 0.21, for a
 * reason no probe has shown yet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const FILE = 'peruQuake.en.txt';
const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', FILE), 'utf8');
const drawn = drawFactBase(article, {}).factBase as unknown as { people: { names: { ar: string[]; en: string[] } }[] };
const person = (en: string) => drawn.people.find((p) => p.names.en.includes(en));

test('a rank before a given and a family name is no word of the name', () => {
  assert.ok(person('Carlos Yáñez'), JSON.stringify(drawn.people.map((p) => p.names.en[0])));
  assert.ok(!drawn.people.some((p) => (p.names.en[0] ?? '').startsWith('General')), JSON.stringify(drawn.people.map((p) => p.names.en[0])));
});

test('a rank after a given name is no rank (John Major)', () => {
  const other = drawFactBase('LONDON, March 9, 2026 (Reuters) - Former prime minister John Major said on Monday the talks had failed.\n', {}).factBase as unknown as { people: { names: { en: string[] } }[] };
  assert.deepEqual(other.people.map((p) => p.names.en[0]), ['John Major']);
});

probe(FILE, { sentence: 'General Carlos Yáñez, head of the National Civil Defence Institute, said food was being flown from Lima.' });
probe(FILE, { sentence: 'Carlos Yáñez, the prime minister, said food was being flown from Lima.', rule: 'post-holder' });

test('an accented name gives a plain id', () => {
  const ids = (drawFactBase(article, {}).factBase as unknown as { people: { id: string }[] }).people.map((p) => p.id);
  assert.ok(ids.includes('yanez'), JSON.stringify(ids));
});
