/**
 * `event-date`, a single date of a draft sentence in the other language than its article: an
 * Arabic draft of an English article, or the reverse, names its events by no trigger of the
 * article's language and often by no name of the fact base in its script, so its sentence is
 * aligned with no article sentence. Its date is still the date of the event whose article sentence
 * gives it with one part slipped (the day, the month or the year, the others the same), when that
 * sentence is the one it shares the most concepts with, and more than with any other
 * (`lexicon/concepts.ts`: began and بدأ, connected and رُبط), at least two, outside the date. The date must give two parts at least (a
 * day and its month, a month and its year), stand alone in its sentence (no other date, weekday or
 * relative day), outside a quotation, and open no span; only one event may be so tied. A year
 * alone, which a sentence often gives of something else, is tied only to an event the article
 * dates by a year alone, a few years from it («بُني الجسر عام 1964» for a bridge built in 1962),
 * and only when the sentence names the event by a word of its trigger's meaning in its own
 * language (بُني for built, `triggerHitsWithConcepts`), not by the words around it alone. After a word of a
 * plan or an aim (plans, «تعتزم», «خطة») the date is one to come: it is tied only to an event
 * still to come when the article was written («خطة الحكومة لبناء … بحلول 2030» for a plan to build
 * by 2031), never to a thing done. When two article sentences come as near (a headline and the lead
 * that tell one event), the date is tied only to an event of theirs the sentence names by a word
 * of its trigger's meaning, a verb or a noun of the event (افتتاح for reopening). A range of days is so tied to an event over several days whose ends it
 * slips from in the same part (between 3 and 9 June for 3 to 9 May). A date in a clause of the
 * future is tied by the caller (`eventDate.ts`) only to an event still to come.
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import { acrossLanguages, articleSentencesOf, conceptsSharedOutside, type ArticleSentence } from '../../align';
import type { DateExpression } from '../../extract/dates';
import { aloneInSentence, givesDateOf, spanOrResumption } from './restatedDate';
import { INTENTION_WORDS } from '../../lexicon/months';
import { wordKey } from '../../tokenKey';
import { triggerHitsWithConcepts } from '../../events';

const INTENTION_KEYS = new Set(INTENTION_WORDS.map((word) => wordKey(word)));

/** The fewest concepts a draft sentence must share with the event's article sentence. */
const MIN_SHARED = 2;
/** The most years a year alone may slip from the event's. */
const MAX_YEAR_SLIP = 4;

/** A day, a month and a year, each maybe not given. */
type Parts = [number | undefined, number | undefined, number | undefined];

/**
 * Which part of a date slips from an event's (0 the day, 1 the month, 2 the year), when exactly
 * one does: each part the draft gives (two at least) the event's date gives too, and all of them
 * but one are the same.
 */
function slipOf(draft: Parts, own: Parts): number | undefined {
  let given = 0;
  let slipped: number | undefined;
  for (let k = 0; k < 3; k++) {
    if (draft[k] === undefined) continue;
    if (own[k] === undefined) return undefined;
    given++;
    if (draft[k] !== own[k]) {
      if (slipped !== undefined) return undefined;
      slipped = k;
    }
  }
  return given >= 2 ? slipped : undefined;
}

/**
 * Whether the draft's date is an event's with one part slipped: a single date against an event of
 * one day, month or year, or a range of days against an event over several days with the same
 * part slipped at both ends (between 3 and 9 June for 3 to 9 May).
 */
function oneSlip(date: DateExpression, fact: NonNullable<Event['date']>): boolean {
  if (yearAlone(date)) return yearSlip(date.year!.value, fact);
  const start = slipOf([date.day?.value, date.month?.value, date.year?.value], [fact.day, fact.month, fact.year]);
  if (!date.to || !fact.end) return !date.to && !fact.end && start !== undefined;
  const to = date.to;
  const end = slipOf([to.day.value, (to.month ?? date.month)?.value, (to.year ?? date.year)?.value], [fact.end.day, fact.end.month, fact.end.year]);
  return start !== undefined && start === end;
}

/** Whether a word of the sentence names the event: a trigger of its, or a word of the trigger's meaning. */
function namedInSentence(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, event: Entity<Event>): boolean {
  return triggerHitsWithConcepts(analysis, knowledge).some((hit) => analysis.tokens[hit.tokenStart]!.sentence === sentence && hit.events.includes(event));
}

/**
 * Whether a word of the sentence names the event by its trigger's meaning together with what the
 * event is of: the word right after it is one the event's article sentence shares («افتتاح
 * الجسر», the bridge's reopening; not «افتتح الوزير معرضاً», another opening).
 */
function namedWithItsThing(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, event: Entity<Event>, article: ArticleSentence): boolean {
  const tokens = analysis.tokens;
  for (const hit of triggerHitsWithConcepts(analysis, knowledge)) {
    const next = hit.tokenEnd;
    if (tokens[hit.tokenStart]!.sentence !== sentence || !hit.events.includes(event) || tokens[next]?.clause !== tokens[hit.tokenStart]!.clause) continue;
    if ((conceptsSharedOutside(analysis, knowledge, sentence, (token) => token !== next).get(article) ?? 0) > 0) return true;
  }
  return false;
}

/** Whether the date gives a year and nothing else. */
function yearAlone(date: DateExpression): boolean {
  return !!date.year && !date.month && !date.day && !date.to && !date.partWord;
}

/**
 * Whether a year alone slips from an event the article dates by a year alone: another year, a
 * few years from it (an anniversary or an earlier occasion lies farther away).
 */
function yearSlip(year: number, fact: NonNullable<Event['date']>): boolean {
  if (fact.month !== undefined || fact.end) return false;
  return year !== fact.year && Math.abs(year - fact.year) <= MAX_YEAR_SLIP;
}

/**
 * Whether a word of a plan or an aim stands before the date in its clause, within twelve words
 * (an Arabic one maybe behind و or ف): the date is one to come.
 */
export function intended(analysis: Analysis, first: number): boolean {
  const tokens = analysis.tokens;
  for (let k = first - 1; k >= 0 && k >= first - 12 && tokens[k]!.clause === tokens[first]!.clause; k--) {
    const key = tokens[k]!.key;
    if (INTENTION_KEYS.has(key) || (tokens[k]!.script === 'ar' && /^[وف]/u.test(key) && INTENTION_KEYS.has(key.slice(1)))) return true;
  }
  return false;
}

/** Whether the date is a plain day, month or year or a range of days: no range of years, part of a month, relative or ordinal day, quarter or half. */
function plainDate(date: DateExpression): boolean {
  return !date.toYear && !date.part && !date.relative && !date.relativeMonth && !date.relativeYear && !date.yearPart && !date.ordinalDay;
}

/**
 * The event a single date of a sentence in the other language slips from (none, or one).
 * `toCome` tells an event still to come when the article was written: without it, a date after a
 * word of a plan or an aim is tied to none.
 */
export function crossLanguageDatedEvents(analysis: Analysis, knowledge: KnowledgeIndex, date: DateExpression, toCome?: (event: Entity<Event>) => boolean): Entity<Event>[] {
  const tokens = analysis.tokens;
  const sentence = tokens[date.tokenStart]!.sentence;
  if (!plainDate(date) || tokens[date.tokenStart]!.quote >= 0 || !acrossLanguages(analysis, knowledge, sentence)) return [];
  const first = Math.min(date.tokenStart, date.partWord?.tokenStart ?? date.tokenStart);
  if (!aloneInSentence(analysis, date, sentence) || spanOrResumption(analysis, first)) return [];
  const aim = intended(analysis, first);
  if (aim && !toCome) return [];
  const shared = conceptsSharedOutside(analysis, knowledge, sentence, (token) => token >= first && token < date.tokenEnd);
  let best = 0;
  let atBest = 0;
  for (const count of shared.values()) {
    if (count > best) atBest = 0;
    best = Math.max(best, count);
    if (count === best) atBest++;
  }
  // One article sentence must come nearest: two as near may each be the one restated, unless the
  // sentence names the event by a word of its meaning («افتتاح الجسر» for the bridge's reopening,
  // which the headline and the lead both tell).
  if (best < MIN_SHARED) return [];
  const found = new Set<Entity<Event>>();
  for (const event of knowledge.events) {
    const fact = event.fact.date;
    if (!fact || !oneSlip(date, fact) || (aim && !toCome!(event))) continue;
    if (yearAlone(date) && !namedInSentence(analysis, knowledge, sentence, event)) continue;
    const own = articleSentencesOf(knowledge, event).filter((article) => shared.get(article) === best && givesDateOf(article, fact));
    if (own.length === 0 || (atBest > 1 && !own.some((article) => namedWithItsThing(analysis, knowledge, sentence, event, article)))) continue;
    found.add(event);
  }
  return found.size === 1 ? [...found] : [];
}
