/**
 * Counts the article states after their noun: "the death toll … has risen to 48", "the number of
 * displaced families reached 3,200", «ارتفعت حصيلة الوفيات … إلى 48», «بلغ عدد المراكز الصحية …
 * 12». A figure with no noun after it is the count of a noun of the counted-noun table before it
 * when the check would read it so in a draft (`rules/quantities/statedCounts.ts` `statedCount`: a
 * link word or an opener, «عدد», «حصيلة», "number of", "toll", ties them), so that drawing and
 * checking read the same sentence alike.
 */
import type { NumberExpression } from '../extract/numbers';
import type { Token } from '../analysis';
import { openerOf, statedCount } from '../rules/quantities/statedCounts';
import { LABEL_FILLERS, labelOfLine } from '../rules/quantities/labels';
import type { DrawContext } from './context';
import { COUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { fateAfter, PEOPLE_ENTRY } from './quantityCounted';
import type { Read } from './quantityRead';
import { MULTIPLIER } from './quantityTables';

/** How far before its figure a stated count's noun may stand (statedCounts.ts `OPENED_REACH` and the noun). */
const REACH = 15;

/** The English nouns a "toll" counts when they stand before it (the death toll), with the plural the table holds. */
const TOLL_NOUNS: ReadonlyMap<string, string> = new Map([['death', 'deaths']]);

/** The counted noun that starts at token `i`, with a table noun before "toll" read as its plural (the death toll). */
function nounAt(ctx: DrawContext, i: number): { entry: QuantityNoun; tokenEnd: number } | undefined {
  const found = quantityNounAt(COUNT_NOUNS, ctx.tokens, i, true);
  if (found) return found;
  const plural = ctx.tokens[i + 1]?.key === 'toll' ? TOLL_NOUNS.get(ctx.tokens[i]!.key) : undefined;
  const entry = plural ? COUNT_NOUNS.find((one) => one.en.includes(plural)) : undefined;
  return entry ? { entry, tokenEnd: i + 1 } : undefined;
}

/**
 * The count stated for figure `n` by a counted noun before it in its clause, or undefined: the
 * nearest such noun whose stated figure, as the check reads it, is `n`, or one opened as a count
 * further back (a noun of its relative clause stands nearer). People counted with what
 * befell them after the noun (the number of people killed) are the dead or the injured.
 */
export function statedCountOf(ctx: DrawContext, n: NumberExpression, figures: readonly NumberExpression[]): Read | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[n.tokenStart]!.clause;
  // A scale word after the figure (1.2 million) is read with it by readAfter, or not at all.
  if (MULTIPLIER.has(tokens[n.tokenEnd]?.key ?? '')) return undefined;
  let chosen: { i: number; found: { entry: QuantityNoun; tokenEnd: number } } | undefined;
  for (let i = n.tokenStart - 1; i >= 0 && n.tokenStart - i <= REACH && tokens[i]!.clause === clause; i--) {
    if (tokens[i]!.quote !== -1 || ctx.personAt[i] !== -1) break;
    const found = nounAt(ctx, i);
    if (!found) continue;
    // Another counted noun, between the two or right after the figure, is what the figure counts.
    const otherNoun = (token: Token) => token.index !== i && !!quantityNounAt(COUNT_NOUNS, tokens, token.index, true);
    if (statedCount(ctx.analysis, figures, i, otherNoun)?.tokenStart !== n.tokenStart) continue;
    // A noun opened as a count (the number of centres that take in the sick reached 12) is what
    // the figure counts, rather than a noun of its relative clause nearer to the figure.
    const opened = openerOf(tokens, i) !== undefined;
    if (!chosen || opened) chosen = { i, found };
    if (opened) break;
  }
  if (!chosen) return undefined;
  const { i, found } = chosen;
  const known = found.entry === PEOPLE_ENTRY ? (fateAfter(ctx, found.tokenEnd) ?? found.entry) : found.entry;
  return { value: n.value, unit: 'count', end: n.tokenEnd, noun: ctx.text(i, found.tokenEnd), known, stated: true };
}

/**
 * The count a labelled line gives to figure `n` ("- Deaths: 48", "| Injured | 312 |", «- عدد
 * القتلى: 48»), as the check reads a label (`rules/quantities/labels.ts` `labelOfLine`): the figure
 * opens the clause after the label, and the label is a counted noun alone, with "number of",
 * "total" or «عدد» at most. A label with a word of its own (Schools closed, «الأسر النازحة») says
 * more than the table's noun, so it is left out.
 */
export function labelledCountOf(ctx: DrawContext, n: NumberExpression): Read | undefined {
  const tokens = ctx.tokens;
  const sentence = ctx.analysis.sentences[tokens[n.tokenStart]!.sentence];
  if (!sentence || n.unit || MULTIPLIER.has(tokens[n.tokenEnd]?.key ?? '')) return undefined;
  const first = sentence.tokenStart;
  const label = labelOfLine(ctx.analysis, first);
  if (!label || label.value !== tokens[n.tokenStart]!.clause || n.tokenStart - (label.last + 1) > 2) return undefined;
  // The figure is the first of its clause (more than 8,300), and nothing counted follows it.
  if (tokens.slice(label.last + 1, n.tokenStart).some((token) => token.script === 'digit')) return undefined;
  const next = tokens[n.tokenEnd];
  if (next && next.clause === label.value && quantityNounAt(COUNT_NOUNS, tokens, n.tokenEnd, true)) return undefined;
  let found: { at: number; entry: QuantityNoun; tokenEnd: number } | undefined;
  for (let k = first; k <= label.last; k++) {
    if (found && k < found.tokenEnd) continue;
    if (LABEL_FILLERS.has(tokens[k]!.key)) continue;
    const noun = found ? undefined : nounAt(ctx, k);
    if (!noun) return undefined;
    found = { at: k, ...noun };
  }
  if (!found || found.tokenEnd > label.last + 1) return undefined;
  return { value: n.value, unit: 'count', end: n.tokenEnd, noun: ctx.text(found.at, found.tokenEnd), known: found.entry, stated: true };
}
