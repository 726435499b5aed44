/**
 * The last of a series told with its noun left out: "the first turbine was connected on 28 August,
 * and the last on 2 November", «أقلعت أول رحلة في 10 مايو، وآخرها في 21 منه». The date after "the
 * last" (the final, «وآخرها», «والأخيرة») is the last one's, and the noun left out is the one after
 * "first" (أول, أولى) earlier in the sentence. Read by the `event-date` rule, which ties such a date
 * to the event of the last of that noun (`rules/dates/seriesLast.ts`), and by drawing, which names
 * the last one's event by the noun (`draw/events.ts`).
 */
import type { Analysis, Token } from '../analysis';
import { tokenStems } from '../knowledge';
import { SERIES_DATE_LEADS, SERIES_FIRST, SERIES_LAST_AR, SERIES_LAST_EN } from '../lexicon/series';

/** One last of a series whose noun is left out. */
export interface SeriesLast {
  /** The token of "last" («وآخرها»). */
  token: number;
  /** The tokens after "first" that may be the series' noun, nearest first (the first of the twelve trams: of, the, twelve, trams). */
  nouns: number[];
}

/** How many words after "first" may hold the series' noun. */
const NOUN_REACH = 4;

/** How many words before "the last" "first" may stand. */
const FIRST_REACH = 24;

/** Whether token `k` is the last of a series with its noun left out, followed by a word that leads a date. */
function lastWithoutNoun(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.sentence !== tokens[k]!.sentence || !SERIES_DATE_LEADS.has(next.key)) return false;
  const token = tokens[k]!;
  if (token.script === 'latin') return SERIES_LAST_EN.has(token.key) && tokens[k - 1]?.key === 'the';
  return token.script === 'ar' && tokenStems(token).some((stem) => SERIES_LAST_AR.has(stem.stem));
}

/** Every last of a series with its noun left out whose first the sentence names before it, in order. */
export function seriesLasts(analysis: Analysis): SeriesLast[] {
  const tokens = analysis.tokens;
  const out: SeriesLast[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!lastWithoutNoun(tokens, k)) continue;
    for (let f = k - 1; f >= 0 && k - f <= FIRST_REACH && tokens[f]!.sentence === tokens[k]!.sentence; f--) {
      if (!tokenStems(tokens[f]!).some((stem) => SERIES_FIRST.has(stem.stem))) continue;
      const nouns: number[] = [];
      for (let n = f + 1; n < k && n - f <= NOUN_REACH && tokens[n]!.sentence === tokens[f]!.sentence; n++) nouns.push(n);
      if (nouns.length > 0) out.push({ token: k, nouns });
      break;
    }
  }
  return out;
}
