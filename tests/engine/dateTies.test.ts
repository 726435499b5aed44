/**
 * Which event a day, a part of the day or a clock time belongs to, on an invented story (a
 * landslide on a coastal highway) so that no corpus sentence is involved: a sentence that gives
 * two events their times, a part of the day of another act of the restated sentence, a day of a
 * resumption (reopen on Thursday) or of a coming act, and a unit before a full stop (40km/h.)
 * that ends its sentence. Each mechanism has a near miss that must still be reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { analyse } from '../../engine/src/analysis';
import { citer, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Landslide cuts coastal highway near Port Alden',
  'PORT ALDEN, Tuesday 3 March 2026 - A landslide buried the coastal highway near Port Alden late on Sunday, the regional roads agency said.',
  'The slip came down at about 11.15pm on Sunday at Carrow Bend. A second slip was recorded at Keel Point at 9.50pm.',
  'A 34-year-old hiker, Tom Brennan, has been missing near Carrow Bend since Sunday afternoon, and the search was suspended overnight because of the rain.',
  'The highway will stay closed from Monday to Wednesday, said Nadia Okafor, the chief executive of the roads agency.',
].join('\n\n');

const cite = citer(ARTICLE);

function landslide(): FactBaseData {
  const data = {
    schemaVersion: 2,
    id: 'port-alden-landslide',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-03' },
    people: [
      { id: 'brennan', names: { en: ['Tom Brennan'], ar: ['توم برينان'] }, short: { en: ['Brennan'], ar: ['برينان'] }, gender: 'm', evidence: cite('Tom Brennan') },
      { id: 'okafor', names: { en: ['Nadia Okafor'], ar: ['نادية أوكافور'] }, short: { en: ['Okafor'], ar: ['أوكافور'] }, gender: 'f', evidence: cite('Nadia Okafor') },
    ],
    places: [{ id: 'port-alden', names: { en: ['Port Alden'], ar: ['بورت ألدن'] }, kind: 'city', evidence: cite('Port Alden') }],
    events: [
      {
        id: 'slip',
        names: { en: ['the landslide'], ar: ['الانهيار الأرضي'] },
        triggers: { en: ['landslide', 'slip came down', 'buried'], ar: ['الانهيار', 'انهيار'] },
        date: { year: 2026, month: 3, day: 1, weekday: 'sun', time: '23:15', partOfDay: 'night' },
        place: 'port-alden',
        evidence: cite('The slip came down at about 11.15pm on Sunday at Carrow Bend'),
      },
      {
        id: 'second-slip',
        names: { en: ['the second slip at Keel Point'] },
        triggers: { en: ['second slip'] },
        date: { year: 2026, month: 3, day: 1, weekday: 'sun', time: '21:50', partOfDay: 'night' },
        evidence: cite('A second slip was recorded at Keel Point at 9.50pm'),
      },
      {
        id: 'missing',
        names: { en: ["Tom Brennan's disappearance"] },
        triggers: { en: ['missing', 'disappeared'] },
        participants: ['brennan'],
        date: { year: 2026, month: 3, day: 1, weekday: 'sun', partOfDay: 'afternoon' },
        evidence: cite('has been missing near Carrow Bend since Sunday afternoon'),
      },
      {
        id: 'closure',
        names: { en: ['the closure of the highway'] },
        triggers: { en: ['closed', 'closure'] },
        date: { year: 2026, month: 3, day: 2, end: { year: 2026, month: 3, day: 4 } },
        place: 'port-alden',
        evidence: cite('The highway will stay closed from Monday to Wednesday'),
      },
    ],
  };
  return loadTestFactBase(data, 'port-alden.factbase.json', ARTICLE);
}

const checker = () => createChecker([landslide()], { scope: 'all' });
const findings = (draft: string) => checker().check(draft).findings.map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)}`);

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(findings(ARTICLE), []);
});

test('a sentence may give two events their times; a unit before a full stop ends its sentence', () => {
  assert.deepEqual(findings('The slip came down at about 11.15pm on Sunday at Carrow Bend, and a second slip was recorded at Keel Point at 9.50pm.'), []);
  assert.deepEqual(findings('The slip came down at about 11.15pm on Sunday at 40km/h. The roads agency recorded a second slip at Keel Point at 9.50pm.'), []);
  assert.deepEqual(findings('The slip came down at about 11.15 p.m. on Sunday at Carrow Bend.'), []);
  assert.equal(analyse('Gusts reached 250km/h. The bureau recorded one at 10.40pm.', 'plaintext').sentences.length, 2);
  // Near miss: an initial does not end its sentence.
  assert.equal(analyse('The bureau said J. Smith recorded it at 10.40pm.', 'plaintext').sentences.length, 1);
  // Near misses: a wrong time for either event, and a wrong time written with p.m. (the full stop is not the time's).
  assert.deepEqual(findings('The slip came down at about 10pm on Sunday at Carrow Bend.'), ['event-date: 10pm']);
  assert.deepEqual(findings('A second slip was recorded at Keel Point at 8.50pm.'), ['event-date: 8.50pm']);
  assert.deepEqual(findings('The slip came down at Carrow Bend at 10.15pm.'), ['event-date: 10.15pm']);
});

test('a part of the day that the restated article sentence gives another act is that act\'s', () => {
  assert.deepEqual(findings('The search for Tom Brennan near Carrow Bend, suspended on Sunday night because of the rain, has not found him.'), []);
  // Near miss: the event's own word right before the day.
  assert.deepEqual(findings('Tom Brennan has been missing near Carrow Bend since Sunday night.'), ['event-date: night']);
});

test('a day of a resumption or of a coming act is not the day of the event the sentence restates', () => {
  const dated = (body: string) => `---\ndate: 2026-03-04\n---\n\n${body}\n`;
  assert.deepEqual(findings(dated('The coastal highway near Port Alden will reopen on Thursday, the roads agency said.')), []);
  assert.deepEqual(findings(dated('At Carrow Bend, engineers will inspect the slip site at about 11.15pm on Friday.')), []);
  // Near misses: the closure's own word before a wrong day, and the landslide's.
  assert.deepEqual(findings(dated('The highway was closed on Friday, said Nadia Okafor.')), ['event-date: Friday']);
  assert.deepEqual(findings(dated('At Carrow Bend the slip came down at about 11.15pm on Friday.')), ['event-date: Friday']);
});

test('a date in a clause of the future is not the date of an event already past', () => {
  assert.deepEqual(findings('Nadia Okafor said after the landslide that repairs would be finished in April 2026.'), []);
  assert.deepEqual(findings('After the landslide, the roads agency will rebuild the road in May 2026.'), []);
  // Near misses: the past event's own date said wrong, and a date of the future for an event still to come.
  assert.deepEqual(findings('The landslide buried the coastal highway near Port Alden in April 2026.'), ['event-date: April']);
  assert.deepEqual(findings('The highway near Port Alden will stay closed from 2 to 4 April 2026.'), ['event-date: April']);
});

test('a wire dateline is the day of writing, not an event\'s', () => {
  assert.deepEqual(findings('PORT ALDEN, March 3 - The slip came down at about 11.15pm on Sunday at Carrow Bend.'), []);
  assert.deepEqual(findings('PORT ALDEN, Tuesday 3 March 2026 (Reuters) – The slip came down on Sunday at Carrow Bend.'), []);
  assert.deepEqual(findings('بورت ألدن، 3 مارس – قال مسؤولون إن الانهيار وقع ليل الأحد.'), []);
  // Near misses: a timeline's line that opens with a weekday, and a bullet.
  assert.deepEqual(findings('Sunday, 3 March – the slip came down at Carrow Bend.'), ['event-date: 3']);
  assert.deepEqual(findings('- Carrow Bend, 3 March – the slip came down.'), ['event-date: 3']);
});

test('midnight and noon are times, an hour either side', () => {
  assert.deepEqual(findings('The slip came down at about midnight on Sunday at Carrow Bend.'), []);
  assert.deepEqual(findings('The slip came down at Carrow Bend shortly before midnight.'), []);
  assert.deepEqual(findings('وقع الانهيار قرب بورت ألدن قرابة منتصف الليل.'), []);
  // Near misses: a time more than an hour away from the event's, reported without a fix.
  assert.deepEqual(findings('A second slip was recorded at Keel Point at midnight.'), ['event-date: midnight']);
  assert.deepEqual(findings('The slip came down at Carrow Bend at noon.'), ['event-date: noon']);
  assert.deepEqual(findings('وقع الانهيار قرب بورت ألدن عند منتصف النهار.'), ['event-date: منتصف النهار']);
  assert.equal(checker().check('The slip came down at Carrow Bend at noon.').findings[0]?.fixes.length ?? 0, 0);
});
