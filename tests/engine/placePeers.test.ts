/**
 * Divisions that lie side by side inside one region are peers whatever their unit nouns: a town
 * of one local area put in its neighbour ("Bowen, in the Burdekin Shire" when the fact base puts
 * Bowen in the Whitsunday region, both inside Queensland) is flagged with the division that does
 * contain it. The container may also follow a relative or an apposition («الواقعة في», "a town
 * in", "which lies in") or stand in brackets after the place, or a part noun and "of" ("the Carrow area of …"). An invented story, so that no
 * corpus sentence is involved; near misses stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const article = [
  'Storm floods coastal towns',
  '',
  'The storm crossed the coast near Carrow, in the Tallis region, on Monday, and flooded Dunmore, in the Kell Shire.',
  'وغمرت المياه بلدة كارو في منطقة تاليس وبلدة دنمور في مقاطعة كيل، وكلتاهما في ولاية نوريا.',
  'The towns lie in the state of Noria, in northern Noria.',
].join('\n');
const cite = citer(article);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'storm-noria',
    title: 'Storm floods coastal towns',
    source: { file: 'article.txt', lang: 'en' },
    places: [
      { id: 'noria', names: { en: ['Noria', 'state of Noria'], ar: ['ولاية نوريا', 'نوريا'] }, kind: 'region', within: 'australia', evidence: cite('the state of Noria') },
      { id: 'north-noria', names: { en: ['northern Noria'] }, kind: 'region', within: 'noria', evidence: cite('northern Noria') },
      { id: 'tallis', names: { en: ['Tallis region', 'Tallis'], ar: ['منطقة تاليس', 'تاليس'] }, kind: 'region', within: 'noria', evidence: cite('the Tallis region') },
      { id: 'kell', names: { en: ['Kell Shire', 'Kell'], ar: ['مقاطعة كيل', 'كيل'] }, kind: 'region', within: 'noria', evidence: cite('the Kell Shire') },
      { id: 'carrow', names: { en: ['Carrow'], ar: ['كارو'] }, kind: 'city', within: 'tallis', evidence: cite('Carrow') },
      { id: 'dunmore', names: { en: ['Dunmore'], ar: ['دنمور'] }, kind: 'city', within: 'kell', evidence: cite('Dunmore') },
    ],
  },
  'storm.factbase.json',
  article,
);
const lines = findingLines(createChecker([factBase], { scope: 'all' }), ['place-containment']);

test('a town put in a neighbouring division of another unit noun is flagged with its own', () => {
  assert.deepEqual(lines('Carrow, in the Kell Shire, took the full force of the storm.'), ['place-containment: Kell Shire → Tallis region']);
  assert.deepEqual(lines('Dunmore, in the Tallis region, was flooded.'), ['place-containment: Tallis region → Kell Shire']);
  assert.deepEqual(lines('وغمرت المياه بلدة دنمور في منطقة تاليس.'), ['place-containment: منطقة تاليس → كيل']);
});

test('a town in its own division, in the region that holds both, or in an area named by a direction is not flagged', () => {
  assert.deepEqual(lines('Carrow, in the Tallis region, took the full force of the storm.'), []);
  assert.deepEqual(lines('Dunmore in Noria was flooded.'), []);
  assert.deepEqual(lines('Dunmore, in northern Noria, was flooded.'), []);
  assert.deepEqual(lines('وغمرت المياه بلدة كارو في منطقة تاليس.'), []);
});

test('the container after a relative, an apposition or in brackets is compared too', () => {
  assert.deepEqual(lines('وتضررت بلدة كارو الواقعة في مقاطعة كيل بشدة.'), ['place-containment: مقاطعة كيل → منطقة تاليس']);
  assert.deepEqual(lines('Carrow, a town in the Kell Shire, was hit hardest.'), ['place-containment: Kell Shire → Tallis region']);
  assert.deepEqual(lines('Dunmore, which lies in the Tallis region, was flooded.'), ['place-containment: Tallis region → Kell Shire']);
  assert.deepEqual(lines('In Carrow (Kell Shire), roofs were torn off.'), ['place-containment: Kell Shire → Tallis region']);
  assert.deepEqual(lines('وتضررت بلدة كارو (مقاطعة كيل) بشدة.'), ['place-containment: مقاطعة كيل → منطقة تاليس']);
  assert.deepEqual(lines('Homes in the Carrow area of the Kell Shire were flooded.'), ['place-containment: Kell Shire → Tallis region']);
});

test('a relative, an apposition or brackets that do not place the town are not read as containment', () => {
  assert.deepEqual(lines('وتضررت بلدة كارو الواقعة في منطقة تاليس بشدة.'), []);
  assert.deepEqual(lines('Carrow, a town in the Tallis region, was hit hardest.'), []);
  assert.deepEqual(lines('Residents of Carrow who sheltered in the Kell Shire returned home.'), []);
  assert.deepEqual(lines('Carrow (and later Dunmore) flooded.'), []);
  assert.deepEqual(lines('Homes in the Carrow area of the Tallis region were flooded.'), []);
  assert.deepEqual(lines('Carrow, the town nearest the Kell Shire, flooded.'), []);
  assert.deepEqual(lines('Flooding hit Carrow (Tallis region) and Dunmore (Kell Shire).'), []);
});
