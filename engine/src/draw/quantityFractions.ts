/**
 * Fractions of the article drawn as percentages: «سيموّل البنك ثلثي التكلفة», "the World Bank will
 * cover two thirds of the cost", "half of the households". A fraction is read as the checker reads
 * it (`extract/fractions.ts`: before what it is a share of, never a part of a period such as the
 * first half of the year) and drawn only with a noun of the amount or counted-noun tables right
 * after it, as a percentage the fraction rounds (a third is 33.3, `approx: about`; "more than
 * half" keeps its hedge), so a draft's "half of the cost" or «35 في المئة من التكلفة» is compared
 * with the article's two thirds, and its own "two-thirds" or "about 67 per cent" agrees with it.
 */
import type { DrawContext } from './context';
import { fractions } from '../extract/fractions';
import { AMOUNT_NOUNS, COUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { key } from './words';

/** A fraction drawn: the fact, and its noun's key for the one-value-per-noun filter. */
export interface DrawnFraction {
  fact: Record<string, unknown>;
  noun: string;
}

/** Words between an English fraction and its noun: two thirds *of the* cost. */
const LINKS = new Set(['of', 'the', 'its', 'their'].map(key));

/** The table noun a fraction at tokens [.., `end`) is a share of, with the token after it. */
function shareOf(ctx: DrawContext, end: number): { entry: QuantityNoun; end: number } | undefined {
  const tokens = ctx.tokens;
  let j = end;
  while (j < end + 2 && tokens[j] && tokens[j]!.clause === tokens[end - 1]!.clause && LINKS.has(tokens[j]!.key)) j++;
  if (!tokens[j] || tokens[j]!.sentence !== tokens[end - 1]!.sentence) return undefined;
  const found = quantityNounAt(AMOUNT_NOUNS, tokens, j, true) ?? quantityNounAt(COUNT_NOUNS, tokens, j, true);
  return found ? { entry: found.entry, end: found.tokenEnd } : undefined;
}

/**
 * The article's fractions of a table noun outside quotations and the headline (tokens before
 * `bodyStart`), as percentage facts; `hedgeBefore` gives the hedge before a token (more than).
 */
export function drawnFractions(ctx: DrawContext, bodyStart: number, hedgeBefore: (tokenStart: number) => string | undefined): DrawnFraction[] {
  const out: DrawnFraction[] = [];
  for (const fraction of fractions(ctx.analysis)) {
    if (fraction.tokenStart < bodyStart || ctx.tokens[fraction.tokenStart]!.quote !== -1) continue;
    const share = shareOf(ctx, fraction.tokenEnd);
    if (!share) continue;
    const value = Math.round(fraction.percent * 10) / 10;
    const noun = { ...(share.entry.ar.length ? { ar: [...share.entry.ar] } : {}), ...(share.entry.en.length ? { en: [...share.entry.en] } : {}) };
    const fact = {
      id: ctx.id(`percent-${value}`),
      value,
      unit: 'percent',
      approx: hedgeBefore(fraction.tokenStart) ?? 'about',
      noun,
      evidence: [ctx.clauseEvidence(fraction.tokenStart, share.end)],
    };
    out.push({ fact, noun: `${key(share.entry[ctx.lang][0] ?? share.entry.en[0]!)}|percent` });
  }
  return out;
}
