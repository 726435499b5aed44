/**
 * A capitalised English run that opens with a title of two or more words the checker reads
 * (Attorney General, Detective Chief Inspector, Crown Prince) before a name: the title is no part
 * of the drawn name, so a draft that writes the name alone, or with another title, finds the
 * person. Invented story of a lawsuit over Oregon's voter rolls
 * (fixtures/drawProbes/voter-rolls.en.txt).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const FILE = 'voter-rolls.en.txt';
const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', FILE), 'utf8');
const drawn = drawFactBase(article, {}).factBase as unknown as { people: { names: { en?: string[] } }[] };
const names = drawn.people.flatMap((person) => person.names.en ?? []);

test('a title of two words before a name is no part of the drawn name', () => {
  assert.ok(names.includes('Pam Bondi'), JSON.stringify(names));
  assert.ok(names.includes('Laura Haines'), JSON.stringify(names));
  assert.ok(!names.some((name) => /Attorney|General|Detective|Inspector/.test(name)), JSON.stringify(names));
});

probe(FILE, { sentence: 'Pam Bondi said the state must keep accurate lists of eligible voters.' });
probe(FILE, { sentence: 'Attorney General Pam Bondi said the Justice Department sued Oregon on Friday.' });
probe(FILE, { sentence: 'Laura Haines said she had passed her file to federal prosecutors.' });
probe(FILE, { sentence: 'Pam Bondy said the state must keep accurate lists of eligible voters.', rule: 'name-spelling' });
probe(FILE, { sentence: 'Laura Hains said she had passed her file to federal prosecutors.', rule: 'name-spelling' });
