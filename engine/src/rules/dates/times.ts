/**
 * `event-date`, clock times: a time of day (الساعة الرابعة فجراً, 4am, 23:11) given to an event
 * whose time the article states (`date.time`). The time is tied to the event whose evidence
 * sentence the draft sentence restates, or whose trigger the sentence holds; a time that does not
 * say which half of the day it is in is compared on the twelve-hour clock, and minutes only where
 * the draft gives them. A time the restated article sentence itself gives is the article's, and a
 * time that any event the sentence names or restates has is that event's (a sentence may give the
 * landfall at 11pm and a gust at 10.40pm). Midnight and noon («منتصف الليل», midday) are times too,
 * read with an hour either side (about midnight for 23:11) and reported without a fix. In a
 * sentence that names two or more timed events of different times (a debate at 9am, a vote at
 * 4pm), a time is compared with the event whose trigger stands nearest before it. A time written
 * with its weekday (at 7pm on Sunday, «الساعة السابعة من مساء الأحد») is compared only with an
 * event of that weekday.
 */
import type { Analysis } from '../../analysis';
import { tokenLang } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import { restatedWith, restatesEvidence, type ArticleSentence } from '../../align';
import { supportedEvents, triggerHits, type TriggerHit } from '../../events';
import { clockTimes, namedTimes, sameTime, type ClockTime } from '../../extract/times';
import type { Event } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongClockTime } from '../../messages';
import { ARABIC_HOUR_WORDS } from '../../lexicon/times';
import { ARABIC_DISPLAY, ENGLISH_DISPLAY } from '../../lexicon/numbers';
import { weekdayAt, weekdayOfDay, type WeekdayId } from '../../extract/weekdays';
import { wordKey } from '../../tokenKey';
import { partOfDayWord } from './partOfDay';
import { otherEndOfJourney } from './movements';

/**
 * The events with a time that sentence `sentence` speaks of: by restating an evidence sentence
 * of theirs that gives the time, or by a trigger the sentence holds.
 */
function timedEvents(analysis: Analysis, knowledge: KnowledgeIndex, timed: Entity<Event>[], time: ClockTime): { events: Entity<Event>[]; triggered: Entity<Event>[]; worded: Entity<Event>[] } {
  const tokens = analysis.tokens;
  const sentence = tokens[time.tokenStart]!.sentence;
  const hits = triggerHits(analysis, knowledge);
  const here = hits.filter((hit) => tokens[hit.tokenStart]!.sentence === sentence);
  const triggered = here.flatMap((hit) => supportedEvents(analysis, knowledge, hits, hit)).filter((event) => timed.includes(event));
  // Any event whose word the sentence holds, backed or not: its time is no other event's wrong one.
  const worded = here.flatMap((hit) => hit.events).filter((event) => timed.includes(event));
  // The time slot of a restated sentence: an event whose evidence sentence itself gives a time.
  const restated = timed.filter((event) => restatesEvidence(analysis, knowledge, sentence, event, (aligned) => aligned.hours.size > 0));
  // A sentence that restates the article's sentence of a timed event but names only another
  // event, one the article gives no time (the ribbon cut an hour after the first car crossed at
  // 5.45am), gives that other event's time: the timed event is not the sentence's. The other
  // event is named in the time's own clause (not "…at 4.20pm, and jumped its lines on
  // Wednesday") or under a time that heads the line (a live blog's **06:45** - …), and the
  // sentence restates its evidence too (not a word of another passage).
  const heads = time.tokenStart === 0 || tokens[time.tokenStart - 1]!.sentence !== sentence;
  const untimed = here
    .filter((hit) => heads || tokens[hit.tokenEnd - 1]!.clause === tokens[time.tokenStart]!.clause)
    .flatMap((hit) => supportedEvents(analysis, knowledge, hits, hit))
    .filter((event) => !timed.includes(event) && restatesEvidence(analysis, knowledge, sentence, event));
  if (restated.length > 0 && worded.length === 0 && untimed.length > 0) return { events: [], triggered, worded };
  return { events: restated.length > 0 ? restated : [...new Set(triggered)], triggered, worded };
}

/** Writes `text`'s digits in the script of the draft's `original` (٣ for 3 after Arabic-Indic digits). */
function inScriptOf(text: string, original: string): string {
  if (/[\u0660-\u0669]/.test(original)) return text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  if (/[\u06f0-\u06f9]/.test(original)) return text.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
  return text;
}

/** Minutes after an Arabic hour in words (والنصف, وعشر دقائق), if a word writes them. */
function arabicMinuteWords(minute: number): string | undefined {
  if (minute === 0) return '';
  const words: Record<number, string> = { 15: ' والربع', 20: ' والثلث', 30: ' والنصف', 1: ' ودقيقة', 2: ' ودقيقتان' };
  if (words[minute]) return words[minute];
  return minute <= 10 ? ` و${ARABIC_DISPLAY[minute]!.f} دقائق` : undefined;
}

/** The fact's time in Arabic words after الساعة: الثالثة, الثالثة والنصف, الرابعة إلا ربعاً. */
function arabicTimeWords(hour12: number, minute: number): string | undefined {
  const next = ARABIC_HOUR_WORDS[hour12 % 12]!;
  if (minute === 45) return `${next} إلا ربعاً`;
  if (minute === 40) return `${next} إلا ثلثاً`;
  const minutes = arabicMinuteWords(minute);
  return minutes === undefined ? undefined : ARABIC_HOUR_WORDS[hour12 - 1]! + minutes;
}

/** The fact's time in English words: three o'clock, half past three, quarter to four. */
function englishTimeWords(hour12: number, minute: number, capital: boolean): string | undefined {
  const word = (hour: number) => ENGLISH_DISPLAY[hour]!;
  const text = minute === 0 ? `${word(hour12)} o'clock` : minute === 30 ? `half past ${word(hour12)}` : minute === 15 ? `quarter past ${word(hour12)}` : minute === 45 ? `quarter to ${word((hour12 % 12) + 1)}` : undefined;
  return text && capital ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * The fact's time written as the draft wrote its own, for the draft's hour and minutes
 * ([valueStart, valueEnd)): words stay words where words can say it (الثالثة والنصف, half past
 * three), else digits; a 24-hour figure stays one. A time whose half of the day a word states
 * (فجراً, pm) gets a fix only when the fact is in that half, since the word would change too.
 */
function expectedText(analysis: Analysis, time: ClockTime, fact: string): string | undefined {
  if (time.loose) return undefined;
  const [hour, minute] = fact.split(':').map(Number) as [number, number];
  if (time.halfWord && Math.floor(hour / 12) !== Math.floor(time.hour / 12)) return undefined;
  const hour12 = hour % 12 || 12;
  const written = analysis.text.slice(time.valueStart, time.valueEnd);
  const padded = (value: number) => String(value).padStart(2, '0');
  if (time.style === 'ar-words') return arabicTimeWords(hour12, minute) ?? `${hour12}:${padded(minute)}`;
  if (time.style === 'en-words') return englishTimeWords(hour12, minute, /^[A-Z]/.test(written)) ?? `${hour12}:${padded(minute)}`;
  // Digits: the hour on the clock the draft used, its minutes when it gave them or the fact has some.
  const figure24 = time.clock24 && !time.halfWord;
  const hourText = figure24 ? (time.hourEnd - time.hourStart === 2 ? padded(hour) : String(hour)) : String(hour12);
  const separator = time.minute !== undefined ? analysis.text.slice(time.hourEnd, time.hourEnd + 1) : ':';
  const text = time.minute !== undefined || minute !== 0 ? `${hourText}${separator}${padded(minute)}` : hourText;
  return inScriptOf(text, written);
}

/** Checks every clock time of the draft against the event it is about. */
export function checkTimes(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void): void {
  const timed = knowledge.events.filter((event) => event.fact.date?.time);
  if (timed.length === 0) return;
  for (const time of [...clockTimes(analysis), ...namedTimes(analysis)]) {
    // A time in another zone (22:11 GMT) converts the article's local time.
    if (time.zoned) continue;
    const sentence = analysis.tokens[time.tokenStart]!.sentence;
    // A time written with its weekday (at 7pm on Sunday, «الساعة السابعة من مساء الأحد») is only
    // that day's events': not the time of Monday's session that Sunday's statement announced.
    const weekday = weekdayBeside(analysis, time);
    const onDay = (event: Entity<Event>) => !weekday || weekdayOfEvent(event.fact.date!) === undefined || weekdayOfEvent(event.fact.date!) === weekday;
    const ofSentence = timedEvents(analysis, knowledge, timed, time);
    const events = ofSentence.events.filter(onDay);
    const triggered = ofSentence.triggered.filter(onDay);
    // A time right after the words of an event the article gives no time (cut the ribbon at
    // 6.45am) is that event's, whatever timed event the sentence names before it.
    if (untimedBeside(analysis, knowledge, timed, time)) continue;
    // Of two timed events the sentence names, the one whose word stands right before the time
    // (a debate at 9am and a vote at 4pm) is the time's, whatever the other's time.
    const beside = besideTime(analysis, knowledge, timed, time, triggered);
    if (beside) {
      if (!sameTime(time, beside.fact.date!.time!)) reportTime(analysis, knowledge, report, time, beside);
      continue;
    }
    // Any event the sentence names or restates that has this time clears it: a sentence may
    // give two events their times (landfall at 11pm, a gust at 10.40pm), and name the second
    // by a word that nothing else in the sentence backs (ran aground at 4.35am and was refloated at 11.20am).
    if (events.length === 0 || [...events, ...triggered, ...ofSentence.worded.filter(onDay)].some((event) => sameTime(time, event.fact.date!.time!))) continue;
    // Two events the sentence may mean, with different times: which one is not known.
    if (new Set(events.map((event) => event.fact.date!.time)).size > 1) continue;
    if (!time.loose && restatedWith(analysis, knowledge, sentence, (aligned) => givesTime(aligned, time))) continue;
    // A time beside a word of the other end of a journey (arrived at 3pm, for a departure at 7am) is that end's.
    if (otherEndOfJourney(analysis, time, events[0]!)) continue;
    reportTime(analysis, knowledge, report, time, events[0]!);
  }
}

/**
 * Whether a restated article sentence gives the draft's time: its hour, and its minutes when the
 * draft gives some, unless the article gives that hour round (about 11pm for 11.05pm). A wrong
 * minute within the article's hour (10.04pm for 10.40pm) is not the article's time.
 */
function givesTime(aligned: ArticleSentence, time: ClockTime): boolean {
  const hour = time.hour % 12;
  if (time.minute === undefined) return aligned.hours.has(hour);
  return aligned.clockMinutes.has(`${hour}:${time.minute}`) || aligned.clockMinutes.has(`${hour}:0`);
}

/** Words that may stand between a time and its weekday: of, on, the morning of («من مساء الأحد»). */
const BETWEEN_KEYS = new Set(['من', 'يوم', 'on', 'of', 'the', 'morning', 'afternoon', 'evening', 'night'].map((word) => wordKey(word)));

/** The weekday written right after a time (at 7pm on Sunday, «الساعة السابعة من مساء الأحد») or right before it (Sunday at 7pm). */
function weekdayBeside(analysis: Analysis, time: ClockTime): WeekdayId | undefined {
  const tokens = analysis.tokens;
  const sentence = tokens[time.tokenStart]!.sentence;
  for (let k = time.tokenEnd; k < tokens.length && k <= time.tokenEnd + 3 && tokens[k]!.sentence === sentence; k++) {
    const day = weekdayAt(tokens, k);
    if (day) return day;
    if (!BETWEEN_KEYS.has(tokens[k]!.key) && !partOfDayWord(tokens[k]!.key)) break;
  }
  for (let k = time.tokenStart - 1; k >= 0 && k >= time.tokenStart - 2 && tokens[k]!.sentence === sentence; k--) {
    const day = weekdayAt(tokens, k);
    if (day) return day;
    if (!BETWEEN_KEYS.has(tokens[k]!.key)) break;
  }
  return undefined;
}

/** The weekday of an event's date: the one the fact base gives, else its day's. */
function weekdayOfEvent(date: NonNullable<Event['date']>): WeekdayId | undefined {
  if (date.weekday) return date.weekday;
  return date.month !== undefined && date.day !== undefined && !date.end ? weekdayOfDay(Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000)) : undefined;
}

/**
 * The timed event whose trigger is the nearest before `time` in its clause, ending at most six
 * words before it, when the sentence names two or more timed events of different times
 * (`triggered`): «الأولى لمناقشة الميزانية في الساعة التاسعة», "a debate on the state budget at
 * 9am and a vote at 4pm". With one timed event named, the sentence's time slot decides as before.
 */
function besideTime(analysis: Analysis, knowledge: KnowledgeIndex, timed: Entity<Event>[], time: ClockTime, triggered: Entity<Event>[]): Entity<Event> | undefined {
  if (time.loose || new Set(triggered.map((event) => event.fact.date!.time)).size < 2) return undefined;
  const tokens = analysis.tokens;
  const hits = triggerHits(analysis, knowledge);
  let nearest: Entity<Event>[] = [];
  let nearestGap = 7;
  for (const hit of hits) {
    const gap = time.tokenStart - hit.tokenEnd;
    if (gap < 0 || gap >= nearestGap || tokens[hit.tokenEnd - 1]!.clause !== tokens[time.tokenStart]!.clause) continue;
    const events = supportedEvents(analysis, knowledge, hits, hit).filter((event) => timed.includes(event) && triggered.includes(event));
    if (events.length === 0) continue;
    nearest = events;
    nearestGap = gap;
  }
  return new Set(nearest).size === 1 ? nearest[0] : undefined;
}

/**
 * Whether the trigger nearest before `time` in its clause, ending at most six words before it,
 * names backed events none of which the article gives a time (`timed`): the time is one of
 * theirs, which the fact base cannot judge.
 */
function untimedBeside(analysis: Analysis, knowledge: KnowledgeIndex, timed: Entity<Event>[], time: ClockTime): boolean {
  if (time.loose) return false;
  const tokens = analysis.tokens;
  const hits = triggerHits(analysis, knowledge);
  let nearest: TriggerHit | undefined;
  for (const hit of hits) {
    const gap = time.tokenStart - hit.tokenEnd;
    if (gap < 0 || gap >= 7 || tokens[hit.tokenEnd - 1]!.clause !== tokens[time.tokenStart]!.clause) continue;
    if (!nearest || hit.tokenEnd > nearest.tokenEnd) nearest = hit;
  }
  if (!nearest || nearest.events.some((event) => timed.includes(event))) return false;
  // The untimed event is the sentence's only where it restates that event's evidence: a word
  // of another passage of the article (the calf arrived at 4.21am) names no event of its own here.
  const sentence = tokens[time.tokenStart]!.sentence;
  return supportedEvents(analysis, knowledge, hits, nearest).some((event) => restatesEvidence(analysis, knowledge, sentence, event));
}

/** Reports `time` as the wrong time of `event`, with the event's time as written the draft's way. */
function reportTime(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, time: ClockTime, event: Entity<Event>): void {
  const fact = event.fact.date!.time!;
  const lang = tokenLang(analysis, analysis.tokens[time.tokenStart]!);
  const actual = analysis.text.slice(time.start, time.end);
  const expected = expectedText(analysis, time, fact);
  report({
    ruleId: 'event-date',
    range: { start: time.start, end: time.end },
    lang,
    message: wrongClockTime({ event: knowledge.names(event.key), time: fact, actual }),
    actual,
    expected: expected === undefined ? undefined : analysis.text.slice(time.start, time.valueStart) + expected + analysis.text.slice(time.valueEnd, time.end),
    fix: expected === undefined ? undefined : { text: expected, range: { start: time.valueStart, end: time.valueEnd } },
    factId: event.id,
    evidence: knowledge.evidenceOf(event.key),
  });
}
