/**
 * `event-date`, a weekday written with its own date («الخميس 15 أبريل», "Thursday, 13 February
 * 2026") that the calendar contradicts: 15 April 2026 is a Wednesday, whatever the fact base says.
 * The date's year is its own, else the one that puts it nearest the draft's own date (front
 * matter or dateline), else the article's publication date, in the direction a relative word
 * gives (أبريل الماضي: the last April before it). Which of the two is wrong follows from the event
 * the date is about (a trigger in its clause, or the article sentence the draft restates): when
 * the event's date is the draft's, the weekday is wrong; when the event's day a few days away has
 * the draft's weekday, the day number is wrong and the event's day is the fix. Otherwise the pair
 * is reported as a whole, with the date's own weekday as the fix. A weekday is paired only with
 * the day written right after it (a comma between them at most), and in a range each weekday with
 * its own end (from Tuesday 10 to Thursday 12 February; Tuesday to Thursday, 10-12 February).
 */
import type { Analysis } from '../../analysis';
import { tokenLang } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import { restatesEvidence } from '../../align';
import { hitsAround, supportedEvents, triggerHits } from '../../events';
import { dates, type DateExpression, type DatePart } from '../../extract/dates';
import { joint, betweenBefore } from '../../extract/dateRanges';
import { weekdayAt, type WeekdayId } from '../../extract/weekdays';
import { WEEKDAY_DISPLAY } from '../../lexicon/months';
import type { Event } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongDate, wrongWeekdayOfDate, type MessageDate } from '../../messages';
import { factEnd } from './ranges';

const ORDER: readonly WeekdayId[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const dayNumber = (year: number, month: number, day: number) => Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
const weekdayOf = (dayNo: number): WeekdayId => ORDER[(((dayNo + 4) % 7) + 7) % 7]!;

/** A weekday written right before a day of the month, with the date it names. */
export interface DatedWeekday {
  /** The weekday's token. */
  token: number;
  weekday: WeekdayId;
  /** The day's token, and the date as the calendar reads it. */
  dayPart: DatePart<number>;
  year: number;
  month: number;
  day: number;
  date: DateExpression;
  /** Whether the day is the last day of the draft's range. */
  end: boolean;
}

/** Whether token `index` is a weekday separated from token `next` by spaces or a comma only. */
function weekdayBefore(analysis: Analysis, index: number, next: number): WeekdayId | undefined {
  const tokens = analysis.tokens;
  if (index < 0 || tokens[index]!.sentence !== tokens[next]!.sentence) return undefined;
  if (!/^[\s,،]*$/u.test(analysis.text.slice(tokens[index]!.oEnd, tokens[next]!.oStart))) return undefined;
  return weekdayAt(tokens, index);
}

/**
 * The weekday before the one at `index` that opens a range of weekdays with it (Tuesday to
 * Thursday, «من الثلاثاء إلى الخميس», «بين الثلاثاء والخميس»), if any.
 */
function rangeStartBefore(analysis: Analysis, index: number): number | undefined {
  const tokens = analysis.tokens;
  for (const left of [index - 1, index - 2]) {
    if (left < 0 || !weekdayAt(tokens, left)) continue;
    const glued = left === index - 1 && tokens[index]!.key.startsWith('و');
    const how = glued ? 'and' : joint(analysis, left, index);
    if (how && (how !== 'and' || betweenBefore(tokens, left))) return left;
  }
  return undefined;
}

/**
 * The year a date without one names: the one that puts it nearest `reference` (a day number),
 * or the last before it (أبريل الماضي, last April) or the first after it (next April).
 */
function yearFor(month: number, day: number, relative: 'next' | 'last' | 'this' | undefined, reference: number): number {
  const year = new Date(reference * 86_400_000).getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => ({ y, at: dayNumber(y, month, day) }));
  if (relative === 'last') return candidates.filter((c) => c.at <= reference).pop()!.y;
  if (relative === 'next') return candidates.find((c) => c.at >= reference)!.y;
  if (relative === 'this') return year;
  candidates.sort((a, b) => Math.abs(a.at - reference) - Math.abs(b.at - reference));
  return candidates[0]!.y;
}

/** Whether day `day` of `month` exists (no 30 February). */
const validDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;

/**
 * Every weekday of the draft written with its own day of the month, read against the calendar
 * with the year the date gives or `reference` implies. Without either, nothing is read.
 */
export function datedWeekdays(analysis: Analysis, reference: number | undefined): DatedWeekday[] {
  const out: DatedWeekday[] = [];
  for (const date of dates(analysis)) {
    if (!date.day || !date.month) continue;
    const year = date.year?.value ?? (reference === undefined ? undefined : yearFor(date.month.value, date.day.value, date.relative?.value, reference));
    if (year === undefined) continue;
    const ends: { part: DatePart<number>; month: number; year: number; end: boolean; first: number }[] = [{ part: date.day, month: date.month.value, year, end: false, first: Math.min(date.day.tokenStart, date.month.tokenStart) }];
    if (date.to) {
      const month = date.to.month?.value ?? date.month.value;
      const toYear = date.to.year?.value ?? (month < date.month.value ? year + 1 : year);
      ends.push({ part: date.to.day, month, year: toYear, end: true, first: date.to.month && date.to.month.tokenStart < date.to.day.tokenStart ? date.to.month.tokenStart : date.to.day.tokenStart });
    }
    for (const end of ends) {
      const weekday = weekdayBefore(analysis, end.first - 1, end.first);
      if (!weekday || !validDay(end.year, end.month, end.part.value)) continue;
      // Tuesday to Thursday, 10-12 February: the first weekday goes with the first day.
      const rangeStart = !end.end && date.to ? rangeStartBefore(analysis, end.first - 1) : undefined;
      if (rangeStart !== undefined) {
        out.push({ token: rangeStart, weekday: weekdayAt(analysis.tokens, rangeStart)!, dayPart: end.part, year: end.year, month: end.month, day: end.part.value, date, end: false });
        const last = ends[1]!;
        if (validDay(last.year, last.month, last.part.value)) out.push({ token: end.first - 1, weekday, dayPart: last.part, year: last.year, month: last.month, day: last.part.value, date, end: true });
        break;
      }
      out.push({ token: end.first - 1, weekday, dayPart: end.part, year: end.year, month: end.month, day: end.part.value, date, end: end.end });
    }
  }
  return out;
}

/** The events a dated weekday may be about: a trigger in its clause, or the restated article sentence. */
function eventsOf(analysis: Analysis, knowledge: KnowledgeIndex, pair: DatedWeekday): Entity<Event>[] {
  const hits = triggerHits(analysis, knowledge);
  const sentence = analysis.tokens[pair.token]!.sentence;
  const dated = (event: Entity<Event>) => event.fact.date?.day !== undefined && event.fact.date.month !== undefined;
  const near = hitsAround(analysis, hits, pair.token, pair.date.tokenEnd, { before: 24, after: 8, sameClause: true, setOff: true }).flatMap((hit) => supportedEvents(analysis, knowledge, hits, hit));
  const restated = knowledge.events.filter((event) => dated(event) && restatesEvidence(analysis, knowledge, sentence, event));
  return [...new Set([...near.filter(dated), ...restated])];
}

/** The first and last day of an event's date, as day numbers. */
function eventDays(event: Entity<Event>): [number, number] {
  const fact = event.fact.date!;
  const first = dayNumber(fact.year, fact.month!, fact.day!);
  const last = factEnd(fact);
  return [first, last.day !== undefined && last.month !== undefined ? Math.max(first, dayNumber(last.year, last.month, last.day)) : first];
}

/** Writes `text`'s digits in the script of `original`'s. */
function inScriptOf(text: string, original: string): string {
  if (/[\u0660-\u0669]/.test(original)) return text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  if (/[\u06f0-\u06f9]/.test(original)) return text.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
  return text;
}

/** The weekday `expected` written as the draft wrote `actual`: with or without ال, after a glued و or ف, capitalised. */
function weekdayText(actual: string, expected: WeekdayId, lang: 'ar' | 'en'): string {
  if (lang !== 'ar') return WEEKDAY_DISPLAY.en[expected];
  const clitic = /^[وف](?=ال)/.test(actual) ? actual[0]! : '';
  const bare = actual.slice(clitic.length);
  return clitic + (bare.startsWith('ال') ? WEEKDAY_DISPLAY.ar[expected] : WEEKDAY_DISPLAY.ar[expected].replace(/^ال/, ''));
}

/**
 * Checks each weekday written with its date against the calendar, and reports the one of the two
 * that is wrong. Returns the date expressions whose day it reported (the date check leaves them).
 */
export function checkWeekdaysOfDates(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, reference: number | undefined): Set<DateExpression> {
  const reported = new Set<DateExpression>();
  const tokens = analysis.tokens;
  for (const pair of datedWeekdays(analysis, reference)) {
    const draftDay = dayNumber(pair.year, pair.month, pair.day);
    const calendar = weekdayOf(draftDay);
    if (calendar === pair.weekday) continue;
    const events = eventsOf(analysis, knowledge, pair);
    const weekdayToken = tokens[pair.token]!;
    const lang = tokenLang(analysis, weekdayToken);
    const weekdayActual = analysis.text.slice(weekdayToken.oStart, weekdayToken.oEnd);
    // The event's day a few days away that has the draft's weekday: the day number is wrong.
    const agreeing = events.filter((event) => {
      const [first, last] = eventDays(event);
      return draftDay >= first && draftDay <= last;
    });
    const sameWeekday = agreeing.length > 0 ? [] : events.flatMap((event) => eventDays(event).map((day) => ({ event, day }))).filter((c) => weekdayOf(c.day) === pair.weekday);
    const candidates = sameWeekday.filter((c) => Math.abs(c.day - draftDay) <= 3);
    // The event's weekday with another month or year (Wednesday, April 13 for Wednesday 13 March):
    // the weekday is the event's, and the date check reports the date.
    if (candidates.length === 0 && sameWeekday.length > 0) continue;
    const days = new Set(candidates.map((c) => c.day));
    if (candidates.length > 0 && days.size === 1) {
      const { event, day } = candidates[0]!;
      const fixed = new Date(day * 86_400_000);
      if (fixed.getUTCMonth() + 1 !== pair.month) continue;
      const range = { start: pair.dayPart.start, end: pair.dayPart.end };
      const actual = analysis.text.slice(range.start, range.end);
      const text = inScriptOf(String(fixed.getUTCDate()), actual);
      const fact = event.fact.date!;
      const date: MessageDate = { year: fact.year, month: fact.month, day: fact.day, relative: fact.relative, end: fact.end };
      const part = pair.date.to ? (pair.end ? 'end' : 'start') : 'day';
      report({ ruleId: 'event-date', range, lang, message: wrongDate({ part, event: knowledge.names(event.key), date, actual }), actual, expected: text, fix: { text }, factId: event.id, evidence: knowledge.evidenceOf(event.key) });
      reported.add(pair.date);
      continue;
    }
    // The date is the event's, or no event says which: the weekday (with its day when unknown).
    const text = weekdayText(weekdayActual, calendar, lang);
    const weekdayRange = { start: weekdayToken.oStart, end: weekdayToken.oEnd };
    const range = agreeing.length > 0 ? weekdayRange : { start: weekdayToken.oStart, end: Math.max(pair.dayPart.end, weekdayToken.oEnd) };
    const actual = analysis.text.slice(range.start, range.end);
    const event = agreeing[0];
    report({
      ruleId: 'event-date',
      range,
      lang,
      message: wrongWeekdayOfDate({ date: { year: pair.year, month: pair.month, day: pair.day }, weekday: calendar, actual: weekdayActual }),
      actual,
      expected: text,
      fix: { text, range: weekdayRange },
      factId: event?.id,
      evidence: event ? knowledge.evidenceOf(event.key) : [],
    });
  }
  return reported;
}
