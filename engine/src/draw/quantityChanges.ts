/**
 * Amounts and percentages of a change: the subject of a verb of change or of reaching before a
 * figure, across a period between (its net profit for 2025 rose to 3.2 billion riyals; net profit
 * for the year to March rose 28 per cent to 72.6 billion rupees; «الأرباح في 2025 بلغت»), and a
 * percentage that says how a figure changed against a past period (…, up 40 per cent from a year
 * earlier; a 12% fall year on year; «بارتفاع 40% عن العام الماضي»), which is the change of the
 * figure before it, not a share.
 */
import type { DrawContext } from './context';
import { AMOUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { APPROX, PERCENT_KEYS } from './quantityTables';
import { key, stemsOf } from './words';
import { FALL_WORDS, RISE_WORDS } from '../lexicon/changes';
import { MONTH_NAMES } from '../lexicon/months';
import { nameKeys } from '../knowledge';

/** Verbs of a change and of reaching a figure (rose, fell, reached, totalled, stood; ارتفعت، بلغت، وصلت). */
const CHANGE_VERBS = new Set([...RISE_WORDS, ...FALL_WORDS, 'reached', 'reach', 'reaches', 'totalled', 'totaled', 'totals', 'stood', 'stands', 'hit', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'وصل', 'وصلت', 'سجل', 'سجلت'].map(key));

/** Words between such a verb and its figure: to, at, by, «إلى», «ب», «بنسبة» (ارتفع بنسبة 18 في المئة). */
const VERB_LINKS = new Set(['to', 'at', 'by', 'الي', 'ب', 'بنسبه'].map(key));

/** Month names, which a period between a subject and its verb may hold (for the year to March). */
const MONTHS = new Set(MONTH_NAMES.flat().flatMap((name) => nameKeys(name)));

/** Whether token `k` is a year in digits (2025), which a period between a subject and its verb holds. */
function yearAt(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k]!;
  return token.script === 'digit' && /^(19|20)\d\d$/.test(token.key) && !PERCENT_KEYS.has(ctx.tokens[k + 1]?.key ?? '');
}

/** Whether token `k` is a word of change or of reaching (a stem of it too: وارتفعت). */
export function changeVerbAt(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  return !!token && (CHANGE_VERBS.has(token.key) || stemsOf(token).some((stem) => CHANGE_VERBS.has(stem)));
}

/**
 * The token of the verb of change or of reaching before the figure at `tokenStart` in its clause,
 * across a link, a hedge and a percentage of the change (rose 28 per cent to), if any.
 */
function verbBefore(ctx: DrawContext, tokenStart: number): number | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  for (let k = tokenStart - 1; k >= 0 && tokenStart - k <= 6 && tokens[k]!.clause === clause; k--) {
    if (changeVerbAt(ctx, k)) return k;
    const token = tokens[k]!;
    const percentFigure = token.script === 'digit' && (PERCENT_KEYS.has(tokens[k + 1]?.key ?? '') || /^[%٪]/.test(ctx.gap(k, k + 1)));
    if (!VERB_LINKS.has(token.key) && !PERCENT_KEYS.has(token.key) && !percentFigure && !APPROX.some((a) => a.keys.includes(token.key))) return undefined;
  }
  return undefined;
}

/**
 * The noun of the amount table that is the subject of the verb of change or of reaching before the
 * figure at `tokenStart`: at most eight words before the verb in its clause, across a period (a year,
 * a month, their function words) but no other figure.
 */
export function changedSubject(ctx: DrawContext, tokenStart: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const verb = verbBefore(ctx, tokenStart);
  if (verb === undefined) return undefined;
  const clause = tokens[verb]!.clause;
  for (let k = verb - 1; k >= 0 && verb - k <= 8 && tokens[k]!.clause === clause; k--) {
    if (tokens[k]!.script === 'digit' && !yearAt(ctx, k)) return undefined;
    if (MONTHS.has(tokens[k]!.key)) continue;
    const found = quantityNounAt(AMOUNT_NOUNS, tokens, k);
    if (found) return found.entry;
    if (changeVerbAt(ctx, k)) return undefined;
  }
  return undefined;
}

/** Words that may stand beside the word of change that opens a percentage's clause: by, a, an, «بنسبة». */
const CHANGE_LINKS = new Set(['by', 'a', 'an', 'بنسبه', 'نسبه'].map(key));

/**
 * The noun of the amount drawn before in the sentence (`last`), for a percentage whose clause says
 * how that amount changed: it opens with a word of change (…, up 40 per cent from a year earlier;
 * «، بارتفاع 40% عن العام الماضي») or with the percentage and a word of change after it (…, a 12%
 * fall year on year). The percentage is the change of that amount, not a share of anything.
 */
export function changeOfAmountBefore(ctx: DrawContext, tokenStart: number, end: number, last: { sentence: number; known: QuantityNoun } | undefined): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  if (!last || last.sentence !== tokens[tokenStart]!.sentence) return undefined;
  const clause = tokens[tokenStart]!.clause;
  let first = tokenStart;
  while (first > 0 && tokenStart - first <= 3 && tokens[first - 1]!.clause === clause) first--;
  if (first > 0 && tokens[first - 1]!.clause === clause) return undefined;
  let change = false;
  for (let k = first; k < tokenStart; k++) {
    if (changeVerbAt(ctx, k)) change = true;
    else if (!CHANGE_LINKS.has(tokens[k]!.key) && !APPROX.some((a) => a.keys.includes(tokens[k]!.key))) return undefined;
  }
  const after = tokens[end];
  if (!change && !(after && after.clause === clause && changeVerbAt(ctx, end))) return undefined;
  return last.known;
}
