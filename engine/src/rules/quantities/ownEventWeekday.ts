/**
 * `quantity`, a wrong weekday of the figure's own event: a draft sentence that names, by a trigger
 * it backs, the event the article reports in the fact's own sentence, and gives it a day before
 * the article's ("the floods killed 73 people on Friday" for the article's Saturday toll of 37),
 * speaks of that event with a wrong weekday, which the date rule reports; its figure is compared.
 * Any other weekday the article does not give keeps the sentence another occasion (`otherOccasion`
 * of align.ts): a later day or a cut-off with a figure that has changed ("by Sunday evening … had
 * risen to", «حتى مساء الأحد … ارتفعت إلى», "rose to 52 on Monday"), a forecast, a weekday in a
 * quotation, and a sentence that names no such event (a later meeting, the start of works).
 */
import type { Analysis, Token } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event, Quantity } from '../../factBase/schema';
import { otherOccasionKind, sameArticleSentence } from '../../align';
import { supportedEvents, triggerHitsWithConcepts } from '../../events';
import { dayNounAt, weekdayOfDay, weekdays, type WeekdayId } from '../../extract/weekdays';
import { givenAsReached } from '../../extract/comparisons';
import { DAY_CUT_OFFS, FUTURE_MARKERS, MODAL_WORDS } from '../../lexicon/months';
import { wordKey } from '../../tokenKey';

const CUT_OFFS = DAY_CUT_OFFS.map((words) => words.map(wordKey));
const UNSURE = new Set([...FUTURE_MARKERS, ...MODAL_WORDS].map(wordKey));
const DAY_MS = 86_400_000;

/** Whether the token's key is `key`, or `key` behind the Arabic «و» (وحتى, وبحلول). */
function keyIs(token: Token | undefined, key: string): boolean {
  return !!token && (token.key === key || (token.script === 'ar' && token.key.startsWith('و') && token.key.slice(1) === key));
}

/** Whether the weekday at token `at` follows a cut-off word, with at most one day noun between («حتى مساء الأحد»). */
function cutOffBefore(tokens: readonly Token[], at: number): boolean {
  const end = dayNounAt(tokens, at - 1) && !CUT_OFFS.some((words) => words.length === 1 && keyIs(tokens[at - 1], words[0]!)) ? at - 1 : at;
  return CUT_OFFS.some((words) => words.every((key, n) => tokens[end - words.length + n]?.sentence === tokens[at]!.sentence && keyIs(tokens[end - words.length + n], key)));
}

/** The day number (days since 1970-01-01) of an event's full date, or undefined. */
function dayNumber(date: Event['date']): number | undefined {
  return date?.month && date.day ? Date.UTC(date.year, date.month - 1, date.day) / DAY_MS : undefined;
}

/**
 * Whether `weekday`, read beside `event`, is a day before the event's rather than after it: the
 * weekday's next day after the event falls later than the article's publication and more than
 * three days on. The event's date must be whole (year, month and day).
 */
function dayBefore(event: Entity<Event>, weekday: WeekdayId): boolean {
  const own = dayNumber(event.fact.date);
  if (own === undefined) return false;
  const after = [1, 2, 3, 4, 5, 6].find((k) => weekdayOfDay(own + k) === weekday);
  if (after === undefined) return false;
  const published = Date.parse(event.factBase?.source?.published ?? '') / DAY_MS;
  return after > 3 && !(Number.isFinite(published) && own + after <= published);
}

/**
 * The events the article reports in `fact`'s own sentence that draft sentence `sentence` names by
 * a trigger it backs, each with the token its trigger starts at. As for the date rule, a trigger
 * said by another word of its meaning ("endorsed" for approved) counts, and a sentence that
 * restates the event's own backs its trigger, whatever name it gives the body that acted
 * ("Edinburgh city councillors" for the City of Edinburgh Council).
 */
function ownEvents(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, fact: Entity<Quantity>): { event: Entity<Event>; at: number }[] {
  const hits = triggerHitsWithConcepts(analysis, knowledge);
  return hits
    .filter((hit) => analysis.tokens[hit.tokenStart]!.sentence === sentence)
    .flatMap((hit) => supportedEvents(analysis, knowledge, hits, hit, { restated: true }).map((event) => ({ event, at: hit.tokenStart })))
    .filter(({ event }) => sameArticleSentence(knowledge, event, fact));
}

/**
 * Whether a future or modal word of the sentence makes its weekdays a forecast's: one that stands
 * after a trigger of the figure's own event, itself after every weekday, speaks of what that event
 * will bring ("councillors on Wednesday approved a budget that will raise fares"), not of the day.
 */
function forecast(inSentence: readonly Token[], days: readonly { token: number }[], triggers: readonly number[]): boolean {
  // With no weekday read, no trigger can stand after the days: any such word is a forecast's.
  const lastDay = days.length ? Math.max(...days.map(({ token }) => token)) : Infinity;
  return inSentence.some((token) => UNSURE.has(token.key) && !triggers.some((at) => at > lastDay && at < token.index));
}

/**
 * Whether draft sentence `sentence` speaks of another occasion than `fact`'s, for the figure at
 * token `at`: as `otherOccasion` reads it, unless it differs only by weekdays that are each a day
 * before the day of an event it names from the fact's own article sentence, the figure is not
 * given as a value reached, and no weekday is a cut-off, quoted, or in a forecast.
 */
export function otherOccasionOfFigure(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, fact: Entity<Quantity>, at: number): boolean {
  // Read once: another year keeps the sentence another occasion whatever its weekdays; weekdays
  // alone are weighed below.
  const kind = otherOccasionKind(analysis, knowledge, sentence, fact, at);
  if (kind !== 'weekday') return kind === 'year';
  const tokens = analysis.tokens;
  const span = analysis.sentences[sentence]!;
  const inSentence = tokens.slice(span.tokenStart, span.tokenEnd);
  if (givenAsReached(tokens, at) || tokens[at]!.quote >= 0) return true;
  const days = weekdays(analysis).filter(({ token }) => tokens[token]!.sentence === sentence);
  if (days.some(({ token }) => tokens[token]!.quote >= 0 || cutOffBefore(tokens, token))) return true;
  const events = ownEvents(analysis, knowledge, sentence, fact);
  if (forecast(inSentence, days, events.map((own) => own.at))) return true;
  return !events.some(({ event }) => days.every(({ weekday }) => weekday === event.fact.date?.weekday || dayBefore(event, weekday)));
}
