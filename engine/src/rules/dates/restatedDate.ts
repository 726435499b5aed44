/**
 * `event-date`, dates tied through alignment alone: a date in a draft sentence that names its
 * event by no trigger word ("Gareth Howells went to the site in Llansamlet on 13 November"),
 * while the sentence restates the article sentence that dates the event ("… Gareth Howells,
 * visited the site on Thursday …"), is that event's. The restatement must be strong: by shared
 * words, not through concepts or across languages, anchored by a known name or a figure besides
 * the date, with a shared word in the date's own clause; the article sentence must give the
 * event's own date (its weekday, day, month or year), and one of its dated events must be the one
 * meant: the only one, or the one whose own evidence has the most words beside the draft's date.
 * A quarter or a half of a year (the third quarter of last year) is tied so to an event the fact
 * base dates to a part of the same kind in that sentence. A date without a day (a month or a year
 * alone, which a restating sentence often gives of something else), one that is not alone in its sentence (with another date, a
 * weekday or a relative day), one that opens or closes a span (since, until, حتى عام), one in a
 * clause that says a state ends or resumes, and (in `eventDate.ts`) one in a clause of the future
 * are left to the trigger words.
 */
import type { Analysis } from '../../analysis';
import { nameKeys, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import { alignedSentences, alignedThroughConcepts, featuresShared, type ArticleSentence } from '../../align';
import { dates, type DateExpression } from '../../extract/dates';
import { relativeDayAt, weekdayOfDay, weekdays } from '../../extract/weekdays';
import { RESUMPTION_WORDS, SPAN_END, SPAN_START } from '../../lexicon/months';
import { wordKey } from '../../tokenKey';
import { nearestInWords } from './restated';
import { yearPartOfFact, yearParts, type YearPart } from '../../extract/yearParts';

const SPAN_KEYS = new Set([...SPAN_START, ...SPAN_END].map((word) => wordKey(word)));
const RESUMPTION_KEYS = new Set(RESUMPTION_WORDS.map((word) => wordKey(word)));
/** Words between a span word and its year: until the year 2021, «حتى عام 2021». */
const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'the', 'year'].map((word) => wordKey(word)));

/** The weekday of an event's date: the one the fact base gives, else its day's. */
function weekdayOfEvent(date: NonNullable<Event['date']>): string | undefined {
  if (date.weekday) return date.weekday;
  return date.month !== undefined && date.day !== undefined ? weekdayOfDay(Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000)) : undefined;
}

/** Whether the article sentence gives the event's own date: its weekday, or its day, month or year as the fact base has it. */
export function givesDateOf(article: ArticleSentence, date: NonNullable<Event['date']>): boolean {
  const weekday = weekdayOfEvent(date);
  if (weekday !== undefined && article.weekdays.has(weekday)) return true;
  if (date.day !== undefined) return article.days.has(date.day) && date.month !== undefined && article.months.has(date.month);
  if (date.month !== undefined) return article.months.has(date.month);
  return article.years.has(date.year);
}

/**
 * The dated events the article sentence dates: those whose evidence lies in it, else those it names
 * by a trigger of theirs (a lead sentence that says the cyclone "crossed the … coast near Bowen late
 * on Monday" while the landfall's evidence is the next one); either way with their own date in it.
 */
function datedEventsIn(knowledge: KnowledgeIndex, article: ArticleSentence, part: YearPart | undefined): Entity<Event>[] {
  // A quarter or a half is compared only with an event of the same kind of part, and another date only with an event of none.
  const suits = (event: Entity<Event>) => yearPartOfFact(event.fact.date!)?.kind === part?.kind;
  const ofArticle = knowledge.events.filter((event) => event.fact.date && event.factBase === article.factBase && suits(event));
  const evidenced = ofArticle.filter((event) => (event.fact.evidence ?? []).some((range) => range.start < article.end && article.start < range.end));
  // The sentence of a quarter's or a half's own evidence gives it («في الربع الثالث من العام الماضي»).
  if (part) return evidenced;
  if (evidenced.length > 0) return evidenced.filter((event) => givesDateOf(article, event.fact.date!));
  return ofArticle.filter((event) => {
    const triggers = [...(event.fact.triggers?.ar ?? []), ...(event.fact.triggers?.en ?? [])].map((trigger) => nameKeys(trigger));
    return givesDateOf(article, event.fact.date!) && triggers.some((keys) => keys.length > 0 && keys.every((key) => article.keys.has(key)));
  });
}

/** Whether the date stands after a span word or in a clause that says a state ends or resumes. */
export function spanOrResumption(analysis: Analysis, first: number): boolean {
  const tokens = analysis.tokens;
  let before = first - 1;
  while (before >= 0 && YEAR_WORDS.has(tokens[before]!.key)) before--;
  if (before >= 0 && SPAN_KEYS.has(tokens[before]!.key)) return true;
  const clause = tokens[first]!.clause;
  for (let k = first - 1; k >= 0 && k >= first - 8 && tokens[k]!.clause === clause; k--) if (RESUMPTION_KEYS.has(tokens[k]!.key)) return true;
  return false;
}

/** Whether the date is the only date, weekday and relative day of its sentence (and its only quarter or half). */
export function aloneInSentence(analysis: Analysis, date: DateExpression, sentence: number): boolean {
  const tokens = analysis.tokens;
  if (date.yearPart && yearParts(analysis, dates(analysis)).some((other) => other.yearPart && other.yearPart.tokenStart !== date.yearPart!.tokenStart && tokens[other.tokenStart]!.sentence === sentence)) return false;
  const within = (other: DateExpression) => other.tokenStart >= date.tokenStart && other.tokenEnd <= date.tokenEnd;
  if (dates(analysis).some((other) => other !== date && !within(other) && tokens[other.tokenStart]!.sentence === sentence)) return false;
  // A weekday written with the date (Thursday 12 November) is part of it.
  if (weekdays(analysis).some(({ token }) => tokens[token]!.sentence === sentence && token !== date.tokenStart - 1 && (token < date.tokenStart || token >= date.tokenEnd))) return false;
  const span = analysis.sentences[sentence]!;
  for (let k = span.tokenStart; k < span.tokenEnd; k++) if (relativeDayAt(tokens, k)) return false;
  return true;
}

/**
 * Whether the draft sentence restates the article sentence strongly around the date: a known name
 * or a figure shared outside the date, and a shared content word in the date's own clause.
 */
function anchoredAround(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, article: ArticleSentence, date: DateExpression): boolean {
  const tokens = analysis.tokens;
  const clause = tokens[date.tokenStart]!.clause;
  const outside = (token: number) => token < date.tokenStart || token >= date.tokenEnd;
  let anchored = false;
  let inClause = false;
  let words = 0;
  for (const [key, at] of featuresShared(analysis, knowledge, sentence, article)) {
    const anchor = key.startsWith('@') || key.startsWith('#');
    if (anchor && at.some(outside)) anchored = true;
    if (!anchor && at.some((token) => outside(token) && tokens[token]!.clause === clause)) inClause = true;
    if (!anchor && at.some(outside)) words++;
  }
  // A quarter or a half shares its own noun with the article's: three other shared words anchor it.
  return (anchored || (!!date.yearPart && words >= 3)) && inClause;
}

/** The event a date speaks of through the article sentence its sentence restates (none, or one). */
export function restatedDatedEvents(analysis: Analysis, knowledge: KnowledgeIndex, date: DateExpression): Entity<Event>[] {
  const tokens = analysis.tokens;
  const sentence = tokens[date.tokenStart]!.sentence;
  if ((!date.day && !date.yearPart) || !aloneInSentence(analysis, date, sentence) || alignedThroughConcepts(analysis, knowledge, sentence)) return [];
  if (spanOrResumption(analysis, Math.min(date.tokenStart, date.partWord?.tokenStart ?? date.tokenStart))) return [];
  const found = new Set<Entity<Event>>();
  for (const article of alignedSentences(analysis, knowledge, sentence)) {
    if (!anchoredAround(analysis, knowledge, sentence, article, date)) continue;
    const nearest = nearestInWords(analysis, datedEventsIn(knowledge, article, date.yearPart?.value), date.tokenStart, date.tokenEnd);
    // Of several events, only one that the words beside the date single out.
    if (nearest.length === 1) found.add(nearest[0]!);
  }
  return found.size === 1 ? [...found] : [];
}
