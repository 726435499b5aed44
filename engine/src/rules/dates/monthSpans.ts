/**
 * The `event-date` rule's spans of months: two months without a day joined as the ends of a
 * period (from July to September, «في الفترة من يوليو إلى سبتمبر», «بين يوليو وسبتمبر», between
 * July and September). Such a span dates something that lasted, a quarter's results or a season,
 * and is not compared with an event the article dates to a single day (the statement that gave the
 * results); the reader of day ranges (`extract/dateRanges.ts`) joins days only.
 */
import type { Analysis } from '../../analysis';
import type { DateExpression } from '../../extract/dates';
import { wordKey } from '../../tokenKey';

/** Words that join the ends of a span (folded keys). */
const TO = new Set(['إلى', 'حتى', 'لغاية', 'to', 'until', 'till', 'through', 'thru'].map(wordKey));
/** Words that open a span whose ends «و» or "and" join. */
const BETWEEN = new Set(['بين', 'between'].map(wordKey));

/** A month without a day or a range of its own. */
const bareMonth = (date: DateExpression) => !!date.month && !date.day && !date.to;

/** The dates of `all` that are an end of a span of months. */
export function monthSpanEnds(analysis: Analysis, all: readonly DateExpression[]): Set<DateExpression> {
  const tokens = analysis.tokens;
  const ends = new Set<DateExpression>();
  const sorted = [...all].sort((a, b) => a.tokenStart - b.tokenStart);
  for (let n = 0; n + 1 < sorted.length; n++) {
    const first = sorted[n]!;
    const second = sorted[n + 1]!;
    if (!bareMonth(first) || !bareMonth(second) || tokens[first.tokenStart]!.sentence !== tokens[second.tokenStart]!.sentence) continue;
    const gap = second.tokenStart - first.tokenEnd;
    const between = BETWEEN.has(tokens[first.tokenStart - 1]?.key ?? '');
    // from July to September; «من يوليو إلى سبتمبر»; between July and September; «بين يوليو وسبتمبر» (و on the month).
    const joined =
      (gap === 1 && TO.has(tokens[first.tokenEnd]!.key)) ||
      (between && gap === 1 && (tokens[first.tokenEnd]!.key === 'and' || tokens[first.tokenEnd]!.key === wordKey('و'))) ||
      (between && gap === 0 && tokens[second.tokenStart]!.key.startsWith(wordKey('و')));
    if (!joined) continue;
    ends.add(first);
    ends.add(second);
  }
  return ends;
}
