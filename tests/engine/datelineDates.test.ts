/**
 * The date of an article's wire dateline ("SWANSEA, Thursday 12 November 2026 - A fire that tore
 * through …") is the day of writing, not a date the lead sentence gives its events: a draft that
 * restates the lead sentence with the dateline's date for the event is wrong. Probes against the
 * dev stories en-fire (the fire of Wednesday 11 November, written on the 12th) and en-weather
 * (the landfall of Monday 9 February, written on the 10th), written before the change, with the
 * right days and the day of a statement that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const weather = createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' });


test('the dateline\'s date given to an event of the lead sentence is wrong', () => {
  assert.deepEqual(dated(weather, 'Cyclone Tamsin crossed the north Queensland coast near Bowen on 10 February.'), ['10 → 9 @ landfall']);
  assert.deepEqual(dated(fire, 'A fire tore through a recycling plant in Llansamlet on 12 November, forcing about 400 households from their homes.'), ['12 → 11 @ fire']);
});

test('the event\'s own date, and the dateline\'s date for a statement, stay clean', () => {
  assert.deepEqual(dated(weather, 'Cyclone Tamsin crossed the north Queensland coast near Bowen on 9 February.'), []);
  assert.deepEqual(dated(fire, 'A fire tore through a recycling plant in Llansamlet on 11 November, forcing about 400 households from their homes.'), []);
  assert.deepEqual(dated(fire, 'Emergency services said on 12 November that a fire had forced about 400 households from their homes.'), []);
});
