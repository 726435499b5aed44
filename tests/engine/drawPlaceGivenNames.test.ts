/**
 * Drawing English names that open with a place the lexicons know (Jordan Henderson, Chad Smith,
 * Ghana Shyam Gurung), national parks that are no people, and a body's name with a second portfolio
 * after "and" (the Department of National Parks and Wildlife Conservation). Invented articles: a
 * tiger census in Nepal (tiger.en.txt) and traps where the place stays a place or a body's name
 * (placeNamesTraps.en.txt).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');

/** The English names of the drawn people and organisations of a probe article. */
function drawn(file: string): { people: string[]; organisations: string[] } {
  const factBase = drawFactBase(readFileSync(join(dir, file), 'utf8'), {}).factBase as unknown as {
    people: { names: { en?: string[] } }[];
    organisations: { names: { en?: string[] } }[];
  };
  return { people: factBase.people.map((p) => p.names.en?.[0] ?? ''), organisations: factBase.organisations.map((o) => o.names.en?.[0] ?? '') };
}

test('a person whose name opens with a place the lexicons know is drawn (Ghana Shyam Gurung, said)', () => {
  assert.ok(drawn('tiger.en.txt').people.includes('Ghana Shyam Gurung'));
});

test('a national park is no person (Bardia National Park)', () => {
  assert.ok(!drawn('tiger.en.txt').people.some((name) => /Park|Conservation/.test(name)), JSON.stringify(drawn('tiger.en.txt').people));
});

test('a second portfolio after "and" stays in the body\'s name (Department of National Parks and Wildlife Conservation)', () => {
  assert.ok(drawn('tiger.en.txt').organisations.includes('Department of National Parks and Wildlife Conservation'));
});

test('places stay places and bodies before a speech verb or an apposition (the Jordan Times, in Jordan Valley, Georgia Power, Kenya Airways)', () => {
  const { people, organisations } = drawn('placeNamesTraps.en.txt');
  assert.deepEqual(people.sort(), ['Israel Katz', 'Nick Park']);
  assert.ok(organisations.includes('Georgia Power') && organisations.includes('Kenya Airways'), JSON.stringify(organisations));
});

// The quote the WWF's representative gave is his, not carried on to the director general named before him.
probe('tiger.en.txt', { sentence: '"Without the people living at the edge of the forest, none of this would have been possible," said Sindhu Prasad Dhungana.', rule: 'quote-speaker' });
probe('tiger.en.txt', { sentence: '"Without the people living at the edge of the forest, none of this would have been possible," said Ghana Shyam Gurung.' });
probe('tiger.en.txt', { sentence: 'Ghana Shyam Gurung said the growth showed what cooperation could achieve.' });
probe('tiger.en.txt', { sentence: '"This is a historic achievement for Nepal and for the world," Prime Minister Sushila Karki said.', rule: 'quote-speaker' });

/** The Arabic names drawn from one dated sentence. */
function arabicPeople(sentence: string): string[] {
  const factBase = drawFactBase(`الخرطوم – الأحد 16 نوفمبر 2025\n${sentence}\n`, {}).factBase as unknown as { people: { names: { ar?: string[] } }[] };
  return factBase.people.map((p) => p.names.ar?.[0] ?? '');
}

test('an Arabic name of three given names keeps its grandfather\'s, and علي written with ي between given names is the name Ali', () => {
  assert.deepEqual(arabicPeople('قالت وزيرة الصحة السودانية هيثم محمد إبراهيم إن الوزارة سجلت إصابات.'), ['هيثم محمد إبراهيم']);
  assert.deepEqual(arabicPeople('وقال أحمد محمد إبراهيم، وزير الصحة، إن الوزارة سجلت إصابات.'), ['أحمد محمد إبراهيم']);
  assert.deepEqual(arabicPeople('قال أحمد علي الزين إن الوزارة سجلت إصابات.'), ['أحمد علي الزين']);
  // على, the preposition, written with ى is no name.
  assert.deepEqual(arabicPeople('قال سامي الحربي إن الوزارة ردت على الاتهامات.'), ['سامي الحربي']);
});

test('a kind noun before a body the lexicons name is its kind word (منظمة أطباء بلا حدود), not a body «منظمة أطباء»', () => {
  const factBase = drawFactBase('بورتسودان – الأحد 16 نوفمبر 2025\nوأعلنت منظمة أطباء بلا حدود أنها استقبلت 27 طفلاً.\n', {}).factBase as unknown as { organisations: { names: { ar?: string[] } }[] };
  assert.deepEqual(factBase.organisations.map((o) => o.names.ar?.[0]), ['أطباء بلا حدود']);
});
