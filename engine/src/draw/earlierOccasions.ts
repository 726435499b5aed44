/**
 * Sentences of an article about an earlier occasion: background that names a year before the
 * article's own and none of its year or later (وكانت الهيئة قد فرضت في مارس 2025 غرامة قدرها 800
 * ألف ريال, The regulator fined another operator £2 million in 2019). A figure there is the earlier
 * occasion's: where the article gives its noun another figure elsewhere, that one is the story's,
 * and the earlier one, unless a place or a branch of its own tells it apart, is left out rather
 * than making the noun doubtful (see quantities.ts `keepSingleValued`).
 */
import { dates } from '../extract/dates';
import type { DrawContext } from './context';

/** The indexes of the article's sentences about an earlier occasion; none without a publication date. */
export function earlierOccasionSentences(ctx: DrawContext): Set<number> {
  const out = new Set<number>();
  const year = ctx.published?.year;
  if (year === undefined) return out;
  const current = new Set<number>();
  for (const date of dates(ctx.analysis)) {
    if (date.year === undefined) continue;
    const sentence = ctx.tokens[date.tokenStart]!.sentence;
    (date.year.value < year ? out : current).add(sentence);
  }
  for (const sentence of current) out.delete(sentence);
  return out;
}
