/**
 * A sum given with its conversion into another currency: in brackets right after it (310 ملايين
 * دينار (نحو 105 ملايين دولار), £5m ($6.2m)) or after a comma and "or" or «أي» (12 billion rupees,
 * or about $144 million; «12 مليار روبية، أي نحو 144 مليون دولار»). Both figures are one amount: the
 * conversion takes the sum's noun, and a sum with no noun of its own takes the noun of the table that
 * follows the pair (…, or about $144 million, in compensation). A second sum in the same currency is
 * another amount, not a conversion.
 */
import { amounts } from '../extract/amounts';
import type { DrawContext } from './context';
import { AMOUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { APPROX } from './quantityTables';
import { key } from './words';

/** Words that introduce a conversion after a comma: or, «أي», «أو», «ما يعادل», «ما يوازي». */
const OR_WORDS = new Set(['or', 'أي', 'أو', 'ما', 'يعادل', 'يوازي'].map(key));

/** Prepositions that may stand between a pair of sums and the noun after it: in compensation, as aid, «كتعويضات», «في شكل». */
const NOUN_LINKS = new Set(['in', 'as', 'for', 'of', 'في', 'على', 'شكل', 'صوره', 'ك'].map(key));

/**
 * Whether the figure at token `start` is the conversion of the sum that ends right before token
 * `end`: it opens a bracket right after it, or a clause that opens with "or" or «أي» after a comma,
 * with only a hedge between (نحو, about).
 */
export function conversionAfter(ctx: DrawContext, end: number, start: number): boolean {
  if (start < end || start - end > 4 || !ctx.tokens[start]) return false;
  const gap = ctx.gap(end - 1, end);
  const bracket = /^\s*[([]\s*[$£€¥]?$/.test(gap);
  const comma = /^\s*[,،]\s*$/.test(gap) && OR_WORDS.has(ctx.tokens[end]?.key ?? '');
  if (!bracket && !comma) return false;
  for (let k = end; k < start; k++) {
    const word = ctx.tokens[k]!.key;
    if (!APPROX.some((a) => a.keys.includes(word)) && !(comma && OR_WORDS.has(word))) return false;
  }
  return true;
}

/**
 * The noun of the table right after the conversion that follows the sum ending before token `end`
 * (12 billion rupees, or about $144 million, in compensation), behind at most two linking words; the
 * conversion must be in another currency than `currency`.
 */
export function nounAfterConversion(ctx: DrawContext, end: number, currency: string | undefined): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const sentence = tokens[end - 1]?.sentence;
  const conversion = amounts(ctx.analysis).find((amount) => amount.kind === 'money' && amount.number.tokenStart >= end && amount.number.tokenStart - end <= 4 && conversionAfter(ctx, end, amount.number.tokenStart));
  if (!conversion || !conversion.currency || conversion.currency === currency) return undefined;
  for (let k = conversion.tokenEnd; k < conversion.tokenEnd + 3 && tokens[k]?.sentence === sentence; k++) {
    const found = quantityNounAt(AMOUNT_NOUNS, tokens, k);
    if (found) return found.entry;
    if (!NOUN_LINKS.has(tokens[k]!.key)) return undefined;
  }
  return undefined;
}
