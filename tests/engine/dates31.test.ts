/**
 * Dates drawn from an article, probed before the changes that serve them (session 31). Invented
 * articles: a river flooding a valley in England (`flood-harlow31.en.txt`, `flood-harlow31.ar.txt`);
 * the place, people, figures and dates are invented.
 *
 * - English past verbs in -red and -bed (declared, ordered, entered, described) are verbs: drawing
 *   took them for nouns like "hundred" and "seabed" and gave their events no trigger, or the word
 *   of another.
 * - A past form right after an article is an adjective (the flooded village), not the verb of the
 *   date's event (Rescue teams entered the flooded village … on 6 September).
 * - "declared a major incident on 4 September": a declaration in the active voice of what is not
 *   a state of the table is an event too, named by the verb with its object and by the object.
 * - A cut-off day later in the article's own month ("by 30 September", «قبل 30 سبتمبر» in an
 *   article of 9 September) is this year's, not the next year's.
 * - A request's deadline is the requested act's: "asked residents to register … by 30 September",
 *   «طلب المجلس من السكان تسجيل … قبل 30 سبتمبر» date the registration (register, تسجيل), not the
 *   request, whose own day a draft may give beside the deadline.
 *
 * Traps: a date of another event in the same sentence, a target's year (by 2035), a founding year,
 * and a cut-off month before the article's month, which stays the next year's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { ruleProbe } from './drawProbeChecks';

interface DrawnEvent {
  triggers?: { ar?: string[]; en?: string[] };
  date?: { year?: number; month?: number; day?: number };
  evidence?: { text?: string }[];
}

/** The events drawn from a probe article whose evidence holds `words`. */
function eventsWith(file: string, words: string): DrawnEvent[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  const events = (drawFactBase(article, {}).factBase as unknown as { events: DrawnEvent[] }).events;
  return events.filter((event) => event.evidence?.some((evidence) => evidence.text?.includes(words)));
}

const EN = 'flood-harlow31.en.txt';
const AR = 'flood-harlow31.ar.txt';

test('a past verb in -red is the trigger of its date (ordered, entered)', () => {
  assert.ok(eventsWith(EN, 'ordered the evacuation')[0]?.triggers?.en?.includes('ordered'));
  assert.ok(eventsWith(EN, 'Rescue teams entered')[0]?.triggers?.en?.includes('entered'));
});

test('an adjective in -ed after an article is no trigger (the flooded village)', () => {
  assert.ok(!eventsWith(EN, 'Rescue teams entered')[0]?.triggers?.en?.includes('flooded'));
});

test('a declaration of what is not a state of the table names its event with its object', () => {
  assert.ok(eventsWith(EN, 'declared a major incident')[0]?.triggers?.en?.includes('major incident'));
});

test('a cut-off day later in the article\'s month is this year\'s', () => {
  assert.deepEqual(eventsWith(EN, 'register their damaged property').map((event) => event.date?.year), [2026]);
  assert.deepEqual(eventsWith(AR, 'تسجيل ممتلكاتهم المتضررة').map((event) => event.date?.year), [2026]);
});

test('a request\'s deadline is the requested act\'s, named by its verb', () => {
  const english = eventsWith(EN, 'register their damaged property')[0]?.triggers?.en ?? [];
  assert.ok(english.includes('register') && !english.includes('asked') && !english.includes('damaged'), JSON.stringify(english));
  const arabic = eventsWith(AR, 'تسجيل ممتلكاتهم المتضررة')[0]?.triggers?.ar ?? [];
  assert.ok(arabic.includes('تسجيل') && !arabic.includes('طلب'), JSON.stringify(arabic));
});

test('a founding year and a target year keep their own years', () => {
  assert.deepEqual(eventsWith(EN, 'founded in 1948').map((event) => event.date?.year), [1948]);
  assert.ok(eventsWith(EN, 'by 2035').every((event) => event.date?.year === 2035));
});

// A draft that moves the date of an event named by a verb in -red is flagged; the true date is not.
ruleProbe('event-date', { file: EN, sentence: 'The county council declared a major incident on 5 September.', flagged: '5' });
ruleProbe('event-date', { file: EN, sentence: 'The county council declared a major incident on 4 September.' });
ruleProbe('event-date', { file: EN, sentence: 'Rescue teams entered the village on 7 September.', flagged: '7' });
ruleProbe('event-date', { file: EN, sentence: 'Rescue teams entered the village on 6 September.' });
// Trap: each event of a sentence keeps its own date.
ruleProbe('event-date', { file: EN, sentence: 'The council declared a major incident on 4 September, and the mayor ordered the evacuation of 300 homes on 5 September.' });
// The deadline written with its year is the article's, in both languages.
ruleProbe('event-date', { file: EN, sentence: 'The council asked residents to register their damaged property by 30 September 2026.' });
ruleProbe('event-date', { file: AR, sentence: 'وطلب المجلس من السكان تسجيل ممتلكاتهم المتضررة قبل 30 سبتمبر 2026.' });
ruleProbe('event-date', { file: AR, sentence: 'وطلب المجلس من السكان تسجيل ممتلكاتهم المتضررة قبل 30 سبتمبر 2027.', flagged: '2027' });
// A request's deadline is the act's; the request's own day beside it is no wrong deadline.
ruleProbe('event-date', { file: EN, sentence: 'The council asked residents to register their property by 30 October.', flagged: 'October' });
ruleProbe('event-date', { file: EN, sentence: 'The council asked residents on 9 September to register their damaged property by 30 September.' });
ruleProbe('event-date', { file: AR, sentence: 'وطلب المجلس يوم 9 سبتمبر من السكان تسجيل ممتلكاتهم المتضررة قبل 30 سبتمبر.' });
ruleProbe('event-date', { file: AR, sentence: 'وعلى السكان تسجيل ممتلكاتهم المتضررة قبل 30 أكتوبر.', flagged: 'أكتوبر' });
