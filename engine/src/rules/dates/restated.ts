/**
 * `event-date`, dates tied through alignment: the dated events whose evidence lies in an article
 * sentence that a draft sentence restates, whatever word the draft uses for the event (a synonym,
 * another inflection, a noun for a verb: "Flames erupted", «أقرّ» for «وافق»), and even when the
 * event is in the past of the article (an earlier fire, a scheme announced before the ruling).
 * A date of the draft is the restated event's only where the event's own evidence has a slot of
 * its kind and the date stands among the restated sentence's words: a year where the evidence
 * gives a year (a background year, "the site, which opened in 2019", beside a sentence dated by
 * its weekday is no claim about the event; nor is a dateline's year beside the evidence), a day
 * or a month where it gives any date or weekday, and some content word of the article sentence
 * and of the event's own evidence among the four content words on either side of the date in its
 * clause. The start of a span ("prime minister since October 2022") dates a state, not a
 * restated event.
 */
import { analyse, type Analysis } from '../../analysis';
import { dates, type DateExpression } from '../../extract/dates';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import { alignedSentences, sentenceStems, type ArticleSentence } from '../../align';
import { contentStem } from '../../text/stem';
import { weekdays } from '../../extract/weekdays';
import { RELATIVE_MONTH, SPAN_START } from '../../lexicon/months';
import { UNIT_WORDS } from '../../lexicon/numbers';
import { tokenKey } from '../../tokenKey';
import { fold } from '../../text/normalise';

const SPAN_START_KEYS = new Set(SPAN_START.map((word) => tokenKey(fold(word))));

const byArticleSentence = new WeakMap<ArticleSentence, Entity<Event>[]>();

/** The dated events whose evidence overlaps an article sentence, once per sentence. */
function eventsOf(knowledge: KnowledgeIndex, article: ArticleSentence): Entity<Event>[] {
  let events = byArticleSentence.get(article);
  if (!events) {
    events = knowledge.events.filter(
      (event) => event.fact.date && event.factBase === article.factBase && (event.fact.evidence ?? []).some((range) => range.start < article.end && article.start < range.end),
    );
    byArticleSentence.set(article, events);
  }
  return events;
}

/** How many content words on each side of a date make its neighbourhood. */
const NEIGHBOURS = 4;

/** The content stems of the four content words on either side of tokens `start..end` in their clause. */
export function neighbourStems(analysis: Analysis, start: number, end: number): Set<string> {
  const tokens = analysis.tokens;
  const clause = tokens[start]!.clause;
  const out = new Set<string>();
  for (const step of [-1, 1]) {
    let taken = 0;
    for (let k = step < 0 ? start - 1 : end; k >= 0 && k < tokens.length && taken < NEIGHBOURS && tokens[k]!.clause === clause; k += step) {
      const stem = contentStem(tokens[k]!.key);
      if (!stem) continue;
      taken++;
      out.add(stem);
    }
  }
  return out;
}

/** Whether a content word near the date, in its clause, is one of `stems` (an article sentence's, an evidence's). */
function amongItsWords(analysis: Analysis, date: DateExpression, stems: ReadonlySet<string>): boolean {
  for (const stem of neighbourStems(analysis, date.tokenStart, date.tokenEnd)) if (stems.has(stem)) return true;
  return false;
}

const evidenceStemCache = new WeakMap<Event, Set<string>>();

/** The content stems of an event's own evidence texts. */
function evidenceStems(event: Event): Set<string> {
  let stems = evidenceStemCache.get(event);
  if (!stems) {
    stems = new Set();
    for (const evidence of event.evidence ?? []) {
      for (const token of analyse(evidence.text, 'plaintext').tokens) {
        const stem = contentStem(token.key);
        if (stem) stems.add(stem);
      }
    }
    evidenceStemCache.set(event, stems);
  }
  return stems;
}

/**
 * Of several events restated by one sentence ("visited the site on Thursday and will make a
 * statement … on Tuesday 17 November"), those whose own evidence has the most words among the
 * words beside the draft's date or day; all of them when none has any.
 */
export function nearestInWords<T extends Entity<Event>>(analysis: Analysis, events: T[], start: number, end: number): T[] {
  if (events.length < 2) return events;
  const near = [...neighbourStems(analysis, start, end)];
  const shared = events.map((event) => near.filter((stem) => evidenceStems(event.fact).has(stem)).length);
  const most = Math.max(...shared);
  return most === 0 ? events : events.filter((_, index) => shared[index] === most);
}

/** What an event's own evidence says of its time: a year, or any date or weekday. */
interface EvidenceSlots {
  year: boolean;
  any: boolean;
}

const slotCache = new WeakMap<Event, EvidenceSlots>();

/**
 * The slots of time an event's own evidence text holds: the article sentence around it may hold
 * other dates (a dateline's, "LONDON, Wednesday 15 November 2023 - … ruled on Wednesday").
 */
function evidenceSlots(event: Event): EvidenceSlots {
  let slots = slotCache.get(event);
  if (!slots) {
    slots = { year: false, any: false };
    for (const evidence of event.evidence ?? []) {
      const analysis = analyse(evidence.text, 'plaintext');
      for (const date of dates(analysis)) {
        if (date.year) slots.year = true;
        slots.any = true;
      }
      if (weekdays(analysis).length > 0) slots.any = true;
    }
    slotCache.set(event, slots);
  }
  return slots;
}

/** Whether the event's evidence has a slot for the draft's date (see the module comment). */
function hasSlot(date: DateExpression, event: Event): boolean {
  const slots = evidenceSlots(event);
  return date.year ? slots.year : slots.any;
}

const YEAR_KEYS = new Set(Object.keys(UNIT_WORDS).filter((key) => UNIT_WORDS[key] === 'year'));
const DIRECTION_KEYS = (['last', 'next', 'this'] as const).map((direction) => ({ direction, keys: new Set(RELATIVE_MONTH[direction].map((word) => tokenKey(fold(word)))) }));
const OFFSETS = { last: -1, next: 1, this: 0 } as const;

/**
 * The years an article sentence names relatively (last year, «العام الماضي», next year), from
 * its fact base's publication year: a draft that writes one as a number restates it.
 */
function relativeYears(article: ArticleSentence): number[] {
  const published = Number(/^(\d{4})-/.exec(article.factBase.source.published ?? '')?.[1]);
  if (!Number.isFinite(published) || published <= 0) return [];
  const keys = [...article.keys];
  if (!keys.some((key) => YEAR_KEYS.has(key) || YEAR_KEYS.has(key.replace(/^ال/, '')))) return [];
  return DIRECTION_KEYS.filter(({ keys: words }) => keys.some((key) => words.has(key))).map(({ direction }) => published + OFFSETS[direction]);
}

/** The weekday an event's date falls on, or the one the article gives alone. */
function weekdayOfEvent(event: Event): string | undefined {
  const date = event.date;
  if (!date) return undefined;
  if (date.day === undefined || date.month === undefined) return date.weekday;
  return (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
}

/**
 * Whether the draft sentence gives the event its right time elsewhere (another date that
 * `agrees`, or its weekday: «… يوم الخميس 29 فبراير، ثم … أمس الجمعة»): the date then dates
 * something else of the sentence.
 */
function datedElsewhere(analysis: Analysis, sentence: number, date: DateExpression, event: Entity<Event>, agrees: (other: DateExpression, event: Event) => boolean): boolean {
  const tokens = analysis.tokens;
  const inSentence = (token: number) => tokens[token]!.sentence === sentence && (token < date.tokenStart - 1 || token >= date.tokenEnd);
  if (dates(analysis).some((other) => other !== date && inSentence(other.tokenStart) && agrees(other, event.fact))) return true;
  const weekday = weekdayOfEvent(event.fact);
  return !!weekday && weekdays(analysis).some((mention) => inSentence(mention.token) && mention.weekday === weekday);
}

/**
 * The article sentences draft sentence `sentence` restates best: those that share the most of
 * its content stems and anchors (a sentence that shares fewer is background it borrows words from).
 */
function bestAligned(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): ArticleSentence[] {
  const stems = sentenceStems(analysis, knowledge, sentence);
  const aligned = alignedSentences(analysis, knowledge, sentence);
  const shared = aligned.map((article) => [...stems].filter((stem) => article.stems.has(stem)).length);
  const most = Math.max(0, ...shared);
  return aligned.filter((_, index) => shared[index] === most);
}

/**
 * The dated events of the article sentences that draft sentence `sentence` restates, for the
 * draft's `date` in it: those whose evidence has a slot for the date, with the date among the
 * restated sentence's words, and which the sentence does not date otherwise. `agrees` is the
 * rule's comparison of a date with an event's. None when a restated sentence names the date's
 * year relatively ("37.08 per cent last year" for "in the 2025 session").
 */
export function restatedDatedEvents(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, date: DateExpression, agrees: (other: DateExpression, event: Event) => boolean): Entity<Event>[] {
  const out = new Set<Entity<Event>>();
  // The start of a span (since October 2022, «منذ أكتوبر 2022») dates a state, not an event.
  const previous = analysis.tokens[date.tokenStart - 1];
  if (previous && previous.sentence === sentence && SPAN_START_KEYS.has(previous.key)) return [];
  for (const article of bestAligned(analysis, knowledge, sentence)) {
    if (!amongItsWords(analysis, date, article.stems)) continue;
    if (date.year && relativeYears(article).includes(date.year.value)) return [];
    for (const event of eventsOf(knowledge, article)) {
      if (hasSlot(date, event.fact) && amongItsWords(analysis, date, evidenceStems(event.fact)) && !datedElsewhere(analysis, sentence, date, event, agrees)) out.add(event);
    }
  }
  return nearestInWords(analysis, [...out], date.tokenStart, date.tokenEnd);
}
