/**
 * Ranges of figures: two numbers of one clause joined as the ends of a range ("between 400 and
 * 500", "400 to 500", 400-500, «ما بين 400 و500», «من 400 إلى 500»). A range gives a figure as
 * an interval, so an article's figure inside it is no contradiction of either end.
 */
import type { Analysis } from '../analysis';
import { numbers, type NumberExpression } from './numbers';

/** The two ends of a range of figures. */
export interface NumberRange {
  low: number;
  high: number;
}

/** Words that open a range joined by "and" (folded): between, «بين», «ما بين». */
const BETWEEN = new Set(['between', 'بين']);

/** What may join the two ends on its own: a dash, to, through, «إلى», «حتى». */
const JOINER = /^(?:[-–—]|to|through|الى|إلى|حتى)$/i;

/** What joins the ends after a word that opens a range: and, «و» (written onto the second end). */
const AND = /^(?:and|و)$/i;

const cache = new WeakMap<Analysis, Map<number, NumberRange>>();

/** Whether a word that opens a range ("between", «بين») stands right before number `a`. */
function opensRange(analysis: Analysis, a: NumberExpression): boolean {
  const before = analysis.tokens[a.tokenStart - 1];
  return !!before && before.sentence === analysis.tokens[a.tokenStart]!.sentence && BETWEEN.has(before.key.replace(/^و/, ''));
}

/** The range each number of the draft is an end of, by the number's start. */
export function numberRanges(analysis: Analysis): ReadonlyMap<number, NumberRange> {
  let ranges = cache.get(analysis);
  if (ranges) return ranges;
  ranges = new Map();
  const all = numbers(analysis);
  for (let k = 0; k + 1 < all.length; k++) {
    const a = all[k]!;
    const b = all[k + 1]!;
    const tokens = analysis.tokens;
    if (tokens[a.tokenStart]!.sentence !== tokens[b.tokenStart]!.sentence) continue;
    if (b.tokenStart - a.tokenEnd > 1 || !(a.value < b.value) || b.value > a.value * 20) continue;
    // The second end may carry «و» written onto it (و500).
    const second = analysis.text.slice(b.start, b.end);
    const joined = (analysis.text.slice(a.end, b.start) + (/^[وف]/.test(second) ? second[0] : '')).trim();
    if (!JOINER.test(joined) && !(opensRange(analysis, a) && AND.test(joined))) continue;
    const range = { low: a.value, high: b.value };
    ranges.set(a.start, range);
    ranges.set(b.start, range);
  }
  cache.set(analysis, ranges);
  return ranges;
}

/**
 * Whether number `number` is an end of a range that holds `value`, or comes within a tenth of it
 * when the article gives its figure as a rounding (`approx`).
 */
export function rangeHolds(analysis: Analysis, number: NumberExpression, value: number, approx?: boolean): boolean {
  const range = numberRanges(analysis).get(number.start);
  if (!range) return false;
  const slack = approx ? value * 0.1 : 0;
  return value + slack >= range.low && value - slack <= range.high;
}
