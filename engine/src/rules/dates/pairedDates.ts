/**
 * `event-date`, a day tied through the pair of days it is written with: a draft sentence that
 * gives as many days as an article sentence, in the same order, all of them the article's but
 * one, and that one wrong in its day or its month alone, gives that one as the day of the event
 * the article dates there ("… on 14 July, and the last on 12 October" for the article's "… on 14
 * July, and the last … on 3 October"). The tie needs no trigger word and no shared words, so it
 * holds across languages, where a sentence names its events in words of its own: an Arabic draft
 * of an English article, or the reverse; only there, since in the article's language a slipped day
 * may be another thing's, which the words tell. Every date of the draft sentence must be one day of a
 * month (no year alone, month alone or range), and only one event of the fact base may be so
 * tied; a draft whose days are all wrong, or in another order, is left to the trigger words.
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import { acrossLanguages, articleSentencesOf } from '../../align';
import { dates, wireDateline, type DateExpression } from '../../extract/dates';

/** The day of a date as `month-day`, the key of `ArticleSentence.dayList`. */
function dayKey(date: DateExpression): string | undefined {
  return date.day && date.month && !date.to ? `${date.month.value}-${date.day.value}` : undefined;
}

/** Whether a draft's day differs from an event's in its day or its month, not both (and not in its year when it gives one). */
function oneSlip(date: DateExpression, fact: NonNullable<Event['date']>): boolean {
  if (date.year && date.year.value !== fact.year) return false;
  return (date.day!.value !== fact.day) !== (date.month!.value !== fact.month);
}

/** The event whose day the draft's `date` slips from in a pair of days it restates (none, or one). */
export function pairedDatedEvents(analysis: Analysis, knowledge: KnowledgeIndex, date: DateExpression): Entity<Event>[] {
  if (!dayKey(date) || date.yearPart || date.ordinalDay) return [];
  const tokens = analysis.tokens;
  const sentence = tokens[date.tokenStart]!.sentence;
  // In the article's language the words tie a pair's days (`seriesLast.ts`), and a slipped day
  // may be another thing's ("… on 3 March, and the last bus of the old fleet ran on 26 April").
  if (!acrossLanguages(analysis, knowledge, sentence)) return [];
  const own = dates(analysis).filter((other) => tokens[other.tokenStart]!.sentence === sentence && !wireDateline(analysis, other));
  const keys = own.map(dayKey);
  const at = own.findIndex((other) => other.tokenStart === date.tokenStart);
  if (own.length < 2 || at < 0 || keys.some((key) => key === undefined)) return [];
  const found = new Set<Entity<Event>>();
  for (const event of knowledge.events) {
    const fact = event.fact.date;
    if (!fact || fact.day === undefined || fact.month === undefined || fact.end || !oneSlip(date, fact)) continue;
    const factKey = `${fact.month}-${fact.day}`;
    const paired = articleSentencesOf(knowledge, event).some(
      (article) => article.dayList.length === keys.length && article.dayList[at] === factKey && keys.every((key, i) => i === at || key === article.dayList[i]),
    );
    if (paired) found.add(event);
  }
  return found.size === 1 ? [...found] : [];
}
