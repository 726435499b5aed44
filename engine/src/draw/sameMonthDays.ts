/**
 * Days given in the month of a date before them in their sentence: «وآخرها في 28 من الشهر
 * نفسه», «في 9 منه», «من الشهر ذاته», «من نفس الشهر». The date reader reads none of them, as a
 * bare number names no month; drawing dates them with the month and the year of the sentence's
 * last full date before them, so that the last of a series (`extract/seriesLasts.ts`) gets its own
 * day and a draft's right day of it is not compared with the first one's.
 */
import type { DrawContext } from './context';
import { SAME_MONTH, SAME_MONTH_ONE_WORD } from '../lexicon/months';
import { key } from './words';

/**
 * The words after a day that name the month of the date before it, folded as tokens are: the
 * lexicon's one word («منه»), and each of its phrases after "of" or «من» («من الشهر نفسه»).
 */
const AFTER_DAY = [
  ...SAME_MONTH_ONE_WORD.map((word) => [key(word)]),
  ...['of', 'من'].flatMap((of) => SAME_MONTH.map((phrase) => [of, ...phrase].map(key))),
];

/** A date found in the article, as events.ts reads them. */
export interface DatedSpan {
  tokenStart: number;
  tokenEnd: number;
  date: Record<string, unknown>;
}

/**
 * The days of the month of an earlier date, each with that date's month and year, from the dates
 * already found (sorted by position); tokens `taken` by another date are skipped, and those read
 * are marked taken.
 */
export function sameMonthDays(ctx: DrawContext, found: readonly DatedSpan[], taken: Uint8Array): DatedSpan[] {
  const tokens = ctx.tokens;
  const out: DatedSpan[] = [];
  let next = 0;
  let latest: DatedSpan | undefined;
  for (let k = 0; k < tokens.length; k++) {
    while (next < found.length && found[next]!.tokenEnd <= k) {
      const item = found[next++]!;
      if (item.date.month !== undefined && item.date.year !== undefined) latest = item;
    }
    const token = tokens[k]!;
    if (taken[k] || token.script !== 'digit' || !/^\d{1,2}$/.test(token.key) || Number(token.key) < 1 || Number(token.key) > 31) continue;
    const words = AFTER_DAY.find((month) => month.every((word, j) => tokens[k + 1 + j]?.key === word && tokens[k + 1 + j]!.sentence === token.sentence));
    if (!words || !latest || tokens[latest.tokenStart]!.sentence !== token.sentence) continue;
    const tokenEnd = k + 1 + words.length;
    for (let j = k; j < tokenEnd; j++) taken[j] = 1;
    out.push({ tokenStart: k, tokenEnd, date: { year: latest.date.year, month: latest.date.month, day: Number(token.key), derived: true, relative: ctx.text(k, tokenEnd) } });
  }
  return out;
}
