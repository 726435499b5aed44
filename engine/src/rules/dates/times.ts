/**
 * `event-date`, clock times: a time of day (الساعة الرابعة فجراً, 4am, 23:11) given to an event
 * whose time the article states (`date.time`). The time is tied to the event whose evidence
 * sentence the draft sentence restates, or whose trigger the sentence holds; a time that does not
 * say which half of the day it is in is compared on the twelve-hour clock, and minutes only where
 * the draft gives them. A time the restated article sentence itself gives is the article's.
 */
import type { Analysis } from '../../analysis';
import { tokenLang } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import { restatedWith, restatesEvidence } from '../../align';
import { supportedEvents, triggerHits } from '../../events';
import { clockTimes, sameTime, type ClockTime } from '../../extract/times';
import type { Event } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongClockTime } from '../../messages';
import { ARABIC_HOUR_WORDS } from '../../lexicon/times';

/**
 * The events with a time that sentence `sentence` speaks of: by restating an evidence sentence
 * of theirs that gives the time, or by a trigger the sentence holds.
 */
function timedEvents(analysis: Analysis, knowledge: KnowledgeIndex, timed: Entity<Event>[], sentence: number): Entity<Event>[] {
  const hits = triggerHits(analysis, knowledge);
  const triggered = hits
    .filter((hit) => analysis.tokens[hit.tokenStart]!.sentence === sentence)
    .flatMap((hit) => supportedEvents(analysis, knowledge, hits, hit))
    .filter((event) => timed.includes(event));
  // The time slot of a restated sentence: an event whose evidence sentence itself gives a time.
  const restated = timed.filter((event) => restatesEvidence(analysis, knowledge, sentence, event, (aligned) => aligned.hours.size > 0));
  return restated.length > 0 ? restated : [...new Set(triggered)];
}

/** The fact's time written as the draft wrote its own: an Arabic ordinal, or digits. */
function expectedText(analysis: Analysis, time: ClockTime, fact: string): string | undefined {
  const [hour, minute] = fact.split(':').map(Number) as [number, number];
  if (time.style === 'ar-words') return time.minute === undefined && minute === 0 ? ARABIC_HOUR_WORDS[(hour % 12 || 12) - 1] : undefined;
  if (time.style === 'digits' && analysis.text.slice(time.hourEnd, time.hourEnd + 1) === ':' && time.clock24 && time.minute !== undefined) return fact.slice(0, fact.indexOf(':'));
  return undefined;
}

/** Checks every clock time of the draft against the event it is about. */
export function checkTimes(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void): void {
  const timed = knowledge.events.filter((event) => event.fact.date?.time);
  if (timed.length === 0) return;
  for (const time of clockTimes(analysis)) {
    // A time in another zone (22:11 GMT) converts the article's local time.
    if (time.zoned) continue;
    const sentence = analysis.tokens[time.tokenStart]!.sentence;
    const events = timedEvents(analysis, knowledge, timed, sentence);
    if (events.length === 0 || events.some((event) => sameTime(time, event.fact.date!.time!))) continue;
    // Two events the sentence may mean, with different times: which one is not known.
    if (new Set(events.map((event) => event.fact.date!.time)).size > 1) continue;
    if (restatedWith(analysis, knowledge, sentence, (aligned) => aligned.hours.has(time.hour % 12))) continue;
    const event = events[0]!;
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
      expected: expected === undefined ? undefined : analysis.text.slice(time.start, time.hourStart) + expected + analysis.text.slice(time.hourEnd, time.end),
      fix: expected === undefined ? undefined : { text: expected, range: { start: time.hourStart, end: time.hourEnd } },
      factId: event.id,
      evidence: knowledge.evidenceOf(event.key),
    });
  }
}
