/**
 * Place probes of helper places23b, written before its changes: towns in a list after one
 * locative ("in Pisa and Perugia", «في بيزا وبيروجيا»), against the invented article of the floods
 * in Italy's Emilia-Romagna (`floods-modena.en.txt`), whose closures were "in Pisa and Livorno". A
 * right town of the list does not excuse a wrong one beside it, and a right town after a wrong one
 * is the article's own, in the article's language or the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probe, probeFindings, type Probe } from './drawProbeChecks';

const MODENA = 'floods-modena.en.txt';
const LISTS: Probe[] = [
  { sentence: 'Schools stayed closed in Pisa and Perugia on Tuesday as a precaution.', rule: 'event-place' },
  { sentence: 'أغلقت المدارس في بيزا وبيروجيا الثلاثاء احترازاً.', rule: 'event-place' },
  { sentence: 'Schools stayed closed in Pisa, Livorno and Perugia on Tuesday as a precaution.', rule: 'event-place', todo: 'a town after a comma of the list stands in a clause of its own, away from the trigger; reading it from the list\'s first town cost precision on the held-out set' },
  { sentence: 'Schools stayed closed in Pisa and Livorno on Tuesday as a precaution.' },
  { sentence: 'أغلقت المدارس في بيزا وليفورنو الثلاثاء احترازاً.' },
  // Towns of a list that the article does not join keep their own events.
  { sentence: 'Interior Minister Paolo Ferretti arrived in Bologna on Tuesday, as schools stayed closed in Pisa.' },
];
for (const item of LISTS) probe(MODENA, item);

test('a right town after a wrong one is not flagged with it, across languages («في بيروجيا وليفورنو»)', () => {
  assert.deepEqual(probeFindings(MODENA, 'أغلقت المدارس في بيروجيا وليفورنو الثلاثاء احترازاً.'), ['event-place: بيروجيا']);
});
