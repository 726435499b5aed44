/**
 * `event-date`, a single date of a draft sentence in the other language than its article: an
 * Arabic draft of an English article, or the reverse, names its events by no trigger of the
 * article's language and often by no name of the fact base in its script, so its sentence is
 * aligned with no article sentence. Its date is still the date of the event whose article sentence
 * gives it with one part slipped (the day, the month or the year, the others the same), when that
 * sentence is the one it shares the most concepts with (`lexicon/concepts.ts`: began and بدأ,
 * connected and رُبط), at least two, outside the date. The date must give two parts at least (a
 * day and its month, a month and its year: a year alone, which a sentence often gives of something
 * else, is left out), stand alone in its sentence (no other date, weekday or relative day), outside
 * a quotation, after no word of a plan or an aim (plans, «تعتزم»), and open no span; only one event may be so tied. A date in a clause of the future is
 * left out by the caller (`eventDate.ts`).
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import { acrossLanguages, articleSentencesOf, conceptsSharedOutside } from '../../align';
import type { DateExpression } from '../../extract/dates';
import { aloneInSentence, givesDateOf, spanOrResumption } from './restatedDate';
import { INTENTION_WORDS } from '../../lexicon/months';
import { wordKey } from '../../tokenKey';

const INTENTION_KEYS = new Set(INTENTION_WORDS.map((word) => wordKey(word)));

/** The fewest concepts a draft sentence must share with the event's article sentence. */
const MIN_SHARED = 2;

/**
 * Whether the draft's date is an event's with exactly one of the parts it gives slipped: each part
 * it gives (day, month, year) the event's date gives too, and all of them but one are the same.
 */
function oneSlip(date: DateExpression, fact: NonNullable<Event['date']>): boolean {
  const parts: [number | undefined, number | undefined][] = [
    [date.day?.value, fact.day],
    [date.month?.value, fact.month],
    [date.year?.value, fact.year],
  ];
  let given = 0;
  let slipped = 0;
  for (const [draft, own] of parts) {
    if (draft === undefined) continue;
    if (own === undefined) return false;
    given++;
    if (draft !== own) slipped++;
  }
  return given >= 2 && slipped === 1;
}

/**
 * Whether a word of a plan or an aim stands before the date in its clause, within twelve words
 * (an Arabic one maybe behind و or ف): the date is one to come.
 */
function intended(analysis: Analysis, first: number): boolean {
  const tokens = analysis.tokens;
  for (let k = first - 1; k >= 0 && k >= first - 12 && tokens[k]!.clause === tokens[first]!.clause; k--) {
    const key = tokens[k]!.key;
    if (INTENTION_KEYS.has(key) || (tokens[k]!.script === 'ar' && /^[وف]/u.test(key) && INTENTION_KEYS.has(key.slice(1)))) return true;
  }
  return false;
}

/** Whether the date is a plain day, month or year: no range, part of a month, relative or ordinal day, quarter or half. */
function plainDate(date: DateExpression): boolean {
  return !date.to && !date.toYear && !date.part && !date.relative && !date.relativeMonth && !date.relativeYear && !date.yearPart && !date.ordinalDay;
}

/** The event a single date of a sentence in the other language slips from (none, or one). */
export function crossLanguageDatedEvents(analysis: Analysis, knowledge: KnowledgeIndex, date: DateExpression): Entity<Event>[] {
  const tokens = analysis.tokens;
  const sentence = tokens[date.tokenStart]!.sentence;
  if (!plainDate(date) || tokens[date.tokenStart]!.quote >= 0 || !acrossLanguages(analysis, knowledge, sentence)) return [];
  const first = Math.min(date.tokenStart, date.partWord?.tokenStart ?? date.tokenStart);
  if (!aloneInSentence(analysis, date, sentence) || spanOrResumption(analysis, first) || intended(analysis, first)) return [];
  const shared = conceptsSharedOutside(analysis, knowledge, sentence, (token) => token >= first && token < date.tokenEnd);
  let best = 0;
  for (const count of shared.values()) best = Math.max(best, count);
  if (best < MIN_SHARED) return [];
  const found = new Set<Entity<Event>>();
  for (const event of knowledge.events) {
    const fact = event.fact.date;
    if (!fact || fact.end || !oneSlip(date, fact)) continue;
    if (articleSentencesOf(knowledge, event).some((article) => shared.get(article) === best && givesDateOf(article, fact))) found.add(event);
  }
  return found.size === 1 ? [...found] : [];
}
