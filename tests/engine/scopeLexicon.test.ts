/**
 * Probes (perf15) of what story detection reads from the reference lexicons: how much one form of
 * a name weighs when the gazetteer or the organisation lexicon lists it (a city many stories share
 * weighs little; a district of a city names one part of one town and weighs as a story's own
 * place), and the names in the other language a place or organisation of a fact base is given from
 * them. Written before the lexicons' folded names are read without copying them; they pass now and
 * must pass after. The story is invented: a flash flood in a wadi outside Sfax, Tunisia.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildScopeIndex, formWeight } from '../../engine/src/scope/profile';
import { nameKeys } from '../../engine/src/knowledge';
import type { FactBaseData } from '../../engine/src/index';

type Kind = Parameters<typeof formWeight>[0];

/** A form's kind, the form, and its weight alone (no other name of its entity in the lexicons). */
const WEIGHTS: [Kind, string, number][] = [
  // Cities and countries the gazetteer lists: names many stories share.
  ['place', 'Swansea', 0.5],
  ['place', 'Baghdad', 0.5],
  ['place', 'Sfax', 0.5],
  ['place', 'صفاقس', 0.5],
  ['place', 'Rwanda', 0.5],
  ['place', 'رواندا', 0.5],
  // Districts right inside a city: as specific as a fact base's own place.
  ['place', 'Llansamlet', 2],
  ['place', 'Karrada', 2],
  ['place', 'الكرادة', 2],
  ['place', 'Westminster', 2],
  ['place', 'Green Zone', 2],
  ['place', 'المنطقة الخضراء', 2],
  // Organisations of the organisation lexicon.
  ['organisation', 'Pentagon', 0.5],
  ['organisation', 'Central Command', 0.5],
  // Names no lexicon lists.
  ['place', 'Wadi Zaytoun', 2],
  ['person', 'Selma Haddad', 3],
];

test('a form weighs little when the reference lexicons list it, unless it is a district of a city', () => {
  for (const [kind, name, weight] of WEIGHTS) assert.equal(formWeight(kind, nameKeys(name), false), weight, `${kind} ${name}`);
});

/** The invented story's fact base, reduced to what story detection reads. */
const flood = {
  id: 'sfax-flash-flood',
  title: 'Flash flood sweeps through Wadi Zaytoun outside Sfax',
  people: [{ id: 'haddad', names: { en: ['Selma Haddad'], ar: ['سلمى حداد'] }, evidence: [] }],
  organisations: [{ id: 'civil-protection', kind: 'agency', names: { en: ['National Office of Civil Protection'] }, evidence: [] }],
  places: [
    { id: 'wadi-zaytoun', kind: 'other', names: { en: ['Wadi Zaytoun'] }, evidence: [] },
    { id: 'sfax', kind: 'city', names: { en: ['Sfax'] }, evidence: [] },
    { id: 'rwanda', kind: 'country', names: { en: ['Rwanda'] }, evidence: [] },
  ],
} as unknown as FactBaseData;

/** The weights under which an anchor's forms are filed for one look-up key. */
function weightsUnder(key: string, label: string): number[] {
  const index = buildScopeIndex([flood]);
  return (index.byFirstKey.get(key) ?? []).filter((form) => index.anchors[form.anchor]!.label === label).map((form) => form.weight);
}

test('a place named in one language is found by the names the gazetteer gives it in the other', () => {
  // Sfax is in the story's headline: a well-known name there is its setting and weighs 1.5.
  assert.deepEqual(weightsUnder('صفاقس', 'Sfax'), [1.5]);
  assert.deepEqual(weightsUnder('رواندا', 'Rwanda'), [0.5]);
  assert.deepEqual(weightsUnder('rwanda', 'Rwanda'), [0.5]);
  // A place no lexicon lists keeps its own names only.
  assert.deepEqual(weightsUnder('wadi\u0000zaytoun', 'Wadi Zaytoun'), [2]);
  assert.deepEqual(weightsUnder('حداد', 'Selma Haddad'), []);
});
