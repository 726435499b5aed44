/**
 * Places named after a date, written by the lead before the change: Egypt's «مدينة السادس من
 * أكتوبر» (6th of October City), «كوبري 6 أكتوبر», «شارع 26 يوليو», «ميدان 23 يوليو», and the
 * English forms (October 6 Bridge, 6th of October City) are names, not dates: neither a draft's
 * date nor a drawn event. The same words after a preposition of time are dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { dates } from '../../engine/src/extract/dates';
import { ordinalDays } from '../../engine/src/extract/ordinalDays';
import { drawFactBase } from '../../engine/src/draw/index';

const read = (text: string) => {
  const analysis = analyse(text, 'plaintext');
  return ordinalDays(analysis, dates(analysis)).map((d) => text.slice(d.start, d.end));
};

test('a date that names a city, a bridge, a street or a square is no date', () => {
  assert.deepEqual(read('افتتح المصنع في مدينة السادس من أكتوبر غرب القاهرة.'), []);
  assert.deepEqual(read('وتنقل الشاحنات الإنتاج عبر كوبري 6 أكتوبر وشارع 26 يوليو.'), []);
  assert.deepEqual(read('وتجمع المحتجون في ميدان 23 يوليو بمدينة السويس.'), []);
  assert.deepEqual(read('Trucks will cross the October 6 Bridge to reach the plant in 6th of October City.'), []);
});

test('the same words after a preposition of time are dates', () => {
  assert.deepEqual(read('افتتح المصنع في 6 أكتوبر 2025.'), ['6 أكتوبر 2025']);
  assert.deepEqual(read('وافتتح المصنع في السادس من أكتوبر.'), ['السادس من أكتوبر']);
  assert.deepEqual(read('The plant opened on October 6, 2025.'), ['October 6, 2025']);
});

test('a drawn article gives a place named after a date no event', () => {
  const article = [
    'القاهرة تفتتح مصنعا جديدا للأدوية',
    'القاهرة، 14 مايو 2026 (رويترز) - افتتح رئيس الوزراء المصري مصطفى مدبولي يوم الخميس مصنعا جديدا للأدوية في مدينة السادس من أكتوبر غرب القاهرة.',
    'وأضاف أن الشاحنات ستنقل الإنتاج عبر كوبري 6 أكتوبر وشارع 26 يوليو إلى ميناء الإسكندرية.',
  ].join('\n\n');
  const events = ((drawFactBase(article, {}).factBase as unknown as { events?: { date?: { month?: number } }[] }).events ?? []);
  const months = events.map((event) => event.date?.month);
  assert.ok(!months.includes(10) && !months.includes(7), JSON.stringify(events.map((event) => event.date)));
  assert.ok(months.includes(5));
});
