/**
 * Probes of the gazetteer's British towns in new wordings, written before their fix: the towns a
 * Welsh or English newsroom meets (Swansea's neighbours Neath and Llanelli, Newport, Merthyr
 * Tydfil, Pontypridd, Carmarthen) named for an event of the dev story en-fire (a fire in the
 * Llansamlet district of Swansea) are compared with its place, in one word ("in Newport"), while
 * the right town, the region and nation that hold it, a town named for something else (where the
 * evacuees were taken, where crews came from, a firm's seat) and a namesake written with its state
 * ("Newport, Rhode Island") stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const fire: Checker = createChecker([fixtureFactBase('dev-stories/en-fire', 'editor.factbase.json', 'article.en.txt')], { scope: 'all' });

/** The place findings of a draft as `flagged text`. */
function flagged(draft: string): string[] {
  return fire
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place' || finding.ruleId === 'place-containment')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('a British town of the gazetteer named for the event is compared with its place', () => {
  assert.deepEqual(flagged('A fire tore through a recycling plant in Llanelli on Wednesday.'), ['Llanelli']);
  assert.deepEqual(flagged('The blaze broke out in Neath early on Wednesday.'), ['Neath']);
  assert.deepEqual(flagged('A fire tore through a recycling plant in Newport on Wednesday.'), ['Newport']);
  assert.deepEqual(flagged('Gareth Howells visited the site in Merthyr Tydfil on Thursday.'), ['Merthyr Tydfil']);
  assert.deepEqual(flagged('Gareth Howells visited Pontypridd on Thursday.'), ['Pontypridd']);
  assert.deepEqual(flagged('The fire at a recycling plant in Carmarthen was declared under control at 6pm.'), ['Carmarthen']);
});

test('the right town, what holds it, and towns named for something else stay clean', () => {
  assert.deepEqual(flagged('A fire tore through a recycling plant in Swansea on Wednesday.'), []);
  assert.deepEqual(flagged('A fire tore through a recycling plant in south Wales on Wednesday.'), []);
  assert.deepEqual(flagged('The blaze broke out in Wales early on Wednesday.'), []);
  assert.deepEqual(flagged('Evacuated residents were taken to a rest centre in Neath.'), []);
  assert.deepEqual(flagged('Fire crews from Llanelli and Neath joined the firefighters at the scene.'), []);
  assert.deepEqual(flagged('Gwalia Recycling, which is based in Port Talbot, apologised on Wednesday.'), []);
  assert.deepEqual(flagged('The firm also runs a depot in Newport, Rhode Island.'), []);
  assert.deepEqual(flagged('Traffic between Newport and Cardiff was not affected.'), []);
});
