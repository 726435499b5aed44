/**
 * A clock time is left to an event the article gives no time only where the draft sentence
 * names that event in the time's own clause (or under a time heading the line) and restates its
 * evidence. A later clause's event ("…at 4.20pm, and jumped its lines on Wednesday") and a word
 * of another passage of the article (the foal "arrived", the word of its mother's arrival) do not
 * take the time from the timed event whose sentence the draft restates. Invented articles, drawn.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnChecker } from './helpers';

const FIRE = [
  'KATOOMBA, Thursday 10 December 2026 - A bushfire that has burned 3,100 hectares in the Megalong Valley is still out of control, the Rural Fire Service said on Thursday.',
  '',
  'The fire was first reported in the Megalong Valley at 1.50 p.m. on Monday 7 December, probably started by a lightning strike, and jumped its containment lines on Tuesday night.',
  '',
].join('\n');

const FOAL = [
  'WHIPSNADE, Friday 11 December 2026 - A rare Przewalski\'s foal was born at Whipsnade Zoo this week, keepers said on Friday.',
  '',
  'The foal was born at 3.10 a.m. on Tuesday after a pregnancy of 11 months, and the birth was caught by the stable camera.',
  '',
  'Its mother, Nadia, arrived at Whipsnade from Prague Zoo in 2021.',
  '',
].join('\n');

const dates = (article: string, sentence: string) =>
  drawnChecker(article, { lang: 'en' })
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => sentence.slice(finding.range.start, finding.range.end));

test('a wrong time of the restated timed event is flagged though a later clause names an untimed event', () => {
  assert.deepEqual(dates(FIRE, 'The fire was first reported in the Megalong Valley at 3.50 p.m. on Monday, December 7, and jumped its containment lines on Tuesday night.'), ['3.50 p.m.']);
  assert.deepEqual(dates(FIRE, 'The fire was first reported in the Megalong Valley at 1.50 p.m. on Monday, December 7, and jumped its containment lines on Tuesday night.'), []);
});

test('a wrong time of the restated timed event is flagged though its verb is the word of another passage', () => {
  assert.deepEqual(dates(FOAL, 'The foal arrived at 3.40 a.m. on Tuesday after an 11-month pregnancy, the zoo said.'), ['3.40 a.m.']);
  assert.deepEqual(dates(FOAL, 'The foal arrived at 3.10 a.m. on Tuesday after an 11-month pregnancy, the zoo said.'), []);
});
