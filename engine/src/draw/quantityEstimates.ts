/**
 * The object of an estimate before its sum: «وقدّرت الشركة خسائر الإنتاج خلال أيام الإضراب بنحو 85
 * مليون جنيه», the company put its production losses during the strike at about 85 million pounds,
 * estimated the damage at $4 million. The sum is joined to the estimate by «بـ» (fused to the figure
 * or to its hedge: بـ85، بنحو، بحوالي) or by "at"; what it is of is the first noun of the amount
 * table after the verb of estimating, however many words of the object stand between.
 */
import type { DrawContext } from './context';
import { ESTIMATE_VERBS } from '../lexicon/words';
import { key, stemsOf } from './words';
import type { QualifiedNoun } from './quantityQualifiers';
import { AMOUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { APPROX } from './quantityTables';

/** Verbs of estimating a sum (the lexicon's, folded). */
const ESTIMATING: ReadonlySet<string> = new Set(ESTIMATE_VERBS);

/** How many words before the sum the verb of estimating may stand, in the sum's clause. */
const REACH = 12;

/** Whether the hedge keys of one word (نحو, about) include `word`. */
function oneWordHedge(word: string): boolean {
  return APPROX.some((hedge) => hedge.keys.length === 1 && hedge.keys[0] === word);
}

/**
 * The token where the sum at `tokenStart` is joined to an estimate: the figure itself when «بـ» is
 * fused to it (بـ85), else its one-word hedge right before it with «بـ» (بنحو) or "at" right before
 * the figure or its hedge (at about 85 million). Undefined when the sum is not so joined.
 */
function joinedAt(ctx: DrawContext, tokenStart: number): number | undefined {
  const tokens = ctx.tokens;
  const figure = tokens[tokenStart]!;
  if (/^ب\d/.test(figure.key)) return tokenStart;
  let k = tokenStart - 1;
  const before = tokens[k];
  if (!before || before.clause !== figure.clause) return undefined;
  if (before.script === 'ar') return /^ب/.test(before.key) && stemsOf(before).some(oneWordHedge) ? k : undefined;
  if (oneWordHedge(before.key)) k--;
  return tokens[k]?.key === 'at' && tokens[k]!.clause === figure.clause ? k : undefined;
}

/** The noun of the amount table an estimate before the sum at `tokenStart` puts it on, if any. */
export function estimatedNoun(ctx: DrawContext, tokenStart: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const joined = joinedAt(ctx, tokenStart);
  if (joined === undefined) return undefined;
  const clause = tokens[tokenStart]!.clause;
  for (let verb = joined - 1; verb >= 0 && joined - verb <= REACH && tokens[verb]!.clause === clause; verb--) {
    if (tokens[verb]!.script === 'digit') return undefined;
    if (!ESTIMATING.has(tokens[verb]!.key)) continue;
    for (let k = verb + 1; k < joined; k++) {
      const found = quantityNounAt(AMOUNT_NOUNS, tokens, k);
      if (found) return found.entry;
    }
    return undefined;
  }
  return undefined;
}

/**
 * What an estimate before a count puts it on, as a qualifier that tells the count apart from other
 * counts of its noun: «وتقدّر وزارة الإسكان حاجة البلاد بنحو 45 ألف وحدة سكنية», the ministry
 * estimates the country's need at about 45,000 housing units (the need, not the units built).
 */
export function estimatedQualifier(ctx: DrawContext, tokenStart: number): QualifiedNoun | undefined {
  const entry = estimatedNoun(ctx, tokenStart);
  return entry ? { noun: { ar: [...entry.ar], en: [...entry.en] }, key: `estimate:${key(entry.en[0]!)}` } : undefined;
}
