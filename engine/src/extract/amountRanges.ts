/**
 * Ranges of amounts: two figures of one clause joined as the ends of a range of money or of a
 * percentage ("between £2m and £3m", "between 70 and 80 million Australian dollars", A$70-80
 * million, «ما بين 300 مليون و320 مليون دينار», «بين 40 و45 في المئة»). The currency, the percent
 * and the scale are often written once, after the second end: the first end then takes the second's
 * scale (70 in "70 and 80 million" is 70 million). A figure joined to another by "to" or «إلى» after
 * "from" or «من» is a change ("rose from 37 to 45 per cent"), not a range.
 */
import type { Analysis } from '../analysis';
import { numbers, type NumberExpression } from './numbers';
import { amounts, type Amount } from './amounts';

/** A range of money or of a percentage, with its ends' values and its whole original range. */
export interface AmountRange {
  low: number;
  high: number;
  /** The amount that carries the range's currency or percent (the second end's, when both do). */
  carrier: Amount;
  start: number;
  end: number;
}

/** Words that open a range joined by "and" (folded): between, «بين». */
const BETWEEN = new Set(['between', 'بين']);

/** What may join the two ends on its own: a dash, to, through, «إلى», «حتى». */
const JOINER = /^(?:[-–—]|to|through|الى|إلى|حتى)$/i;

/** What joins the ends after a word that opens a range: and, «و» (written onto the second end). */
const AND = /^(?:and|و)$/i;

/** Words before a first end that make a "to" a change rather than a range: from, «من». */
const FROM = new Set(['from', 'من']);

/** A currency sign (with a dollar's country prefix) or a percent sign written before the second end. */
const SIGN = /(?:[A-Za-z]{0,2}\$|[£€%٪])\s*$/;

const cache = new WeakMap<Analysis, Map<number, AmountRange>>();

/**
 * The word before number `a` in its sentence, without a conjunction glued to it (وبين), past the
 * country prefix of a dollar sign (the A of A$70).
 */
function wordBefore(analysis: Analysis, a: NumberExpression): string | undefined {
  let k = a.tokenStart - 1;
  const token = analysis.tokens[k];
  if (token && /^[A-Za-z]{1,2}\$\s*$/.test(analysis.text.slice(token.oStart, a.start))) k--;
  const before = analysis.tokens[k];
  return before && before.sentence === analysis.tokens[a.tokenStart]!.sentence ? before.key.replace(/^[وف]/, '') : undefined;
}

/** Whether numbers `a` and `b` are joined as the two ends of a range. */
function joined(analysis: Analysis, a: NumberExpression, b: NumberExpression): boolean {
  const tokens = analysis.tokens;
  if (tokens[a.tokenStart]!.sentence !== tokens[b.tokenStart]!.sentence || b.tokenStart - a.tokenEnd > 2) return false;
  // The second end may carry «و» written onto it (و320), and a sign before it (and £3m).
  const second = analysis.text.slice(b.start, b.end);
  const between = analysis.text.slice(a.end, b.start).replace(SIGN, '').replace(/^\s*[%٪]/, '');
  const words = (between + (/^[وف]/.test(second) ? second[0] : '')).trim();
  if (AND.test(words)) return BETWEEN.has(wordBefore(analysis, a) ?? '');
  return JOINER.test(words) && !FROM.has(wordBefore(analysis, a) ?? '');
}

/**
 * The range each amount of the draft is an end of, by the amount's start: both ends' amounts when
 * both are written as amounts, else the one that is.
 */
export function amountRanges(analysis: Analysis): ReadonlyMap<number, AmountRange> {
  let ranges = cache.get(analysis);
  if (ranges) return ranges;
  ranges = new Map();
  const byNumber = new Map(amounts(analysis).map((amount) => [amount.number.start, amount] as const));
  const all = numbers(analysis);
  for (let k = 0; k + 1 < all.length; k++) {
    const a = all[k]!;
    const b = all[k + 1]!;
    const first = byNumber.get(a.start);
    const second = byNumber.get(b.start);
    const carrier = second ?? first;
    if (!carrier || (first && second && (first.kind !== second.kind || first.currency !== second.currency))) continue;
    if (!joined(analysis, a, b)) continue;
    // The first end takes the scale written once after the second (70 and 80 million).
    const low = a.scale === undefined && b.scale !== undefined && a.style === 'digits' ? a.value * b.scale : a.value;
    if (!(low < b.value) || b.value > low * 20) continue;
    const range = { low, high: b.value, carrier, start: first?.start ?? a.start, end: second?.end ?? b.end };
    for (const amount of [first, second]) if (amount) ranges.set(amount.start, range);
  }
  cache.set(analysis, ranges);
  return ranges;
}
