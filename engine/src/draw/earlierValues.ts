/**
 * Earlier values beside a current one, for `quantities.ts`: the figure a comparison sets against
 * the article's current figure (3200 رحلة، مقارنة بـ2800 رحلة العام الماضي; 18,500, up from 15,000;
 * fell to 4.6 per cent from 6.7 per cent). Such a figure is not what the noun counts now: drawn
 * as a fact, it would be a second value of the noun and leave neither figure drawn, or contradict
 * a draft that gives the current one.
 */
import type { NumberExpression } from '../extract/numbers';
import type { DrawContext } from './context';
import { key } from './words';
import { beforeDigit } from './quantityWords';
import { COMPARISONS } from '../extract/comparisons';


/** Words that set a figure against the current one only when a past period follows it: «مقابل 37 في المئة العام الماضي», from 15,000 last year, against 390 last year. */
const AGAINST = new Set(['مقابل', 'from', 'against'].map(key));

/** Words of a past period after an earlier figure: العام الماضي, last year, the previous year. */
const PAST = new Set(['الماضي', 'الماضيه', 'السابق', 'السابقه', 'last', 'previous', 'earlier'].map(key));

/** Words for "from" and "to" in a change stated by its two values: rose to 3,200 from 2,800, «ارتفع إلى 3200 رحلة من 2800». */
const FROM = new Set(['from', 'من'].map(key));
const TO_VALUE = new Set(['to', 'الي'].map(key));

/** Whether "to" or «إلى» and a figure stand before token `from` in its clause, at most six words back: the current value before the earlier. */
function cameToBefore(ctx: DrawContext, from: number): boolean {
  const tokens = ctx.tokens;
  const clause = tokens[from]!.clause;
  for (let k = from - 1; k > 0 && from - k <= 6 && tokens[k]!.clause === clause; k--) {
    // The clitic before the digits (الي3200) is read up to the first digit, in one pass.
    const fused = TO_VALUE.has(beforeDigit(tokens[k]!.key));
    if (/\d/.test(tokens[k]!.key) && (TO_VALUE.has(tokens[k - 1]!.key) || fused)) return tokens[k - 1]!.clause === clause || fused;
  }
  return false;
}

/** Whether the figure `n` is the earlier value of a comparison with a current figure of its clause. */
export function earlierValue(ctx: DrawContext, n: NumberExpression): boolean {
  const tokens = ctx.tokens;
  const clause = tokens[n.tokenStart]!.clause;
  const own = tokens[n.tokenStart]!.key;
  // The clitic on the figure's digits stands for a word of its own (بـ2800: مقارنة بـ).
  const clitic = /^(\D+)\d/.exec(own)?.[1];
  const before = (count: number) => {
    const words = tokens.slice(Math.max(0, n.tokenStart - count), n.tokenStart).filter((t) => t.clause === clause).map((t) => t.key);
    return clitic ? [...words, clitic] : words;
  };
  for (const words of COMPARISONS) {
    const last = before(words.length);
    if (last.length >= words.length && words.every((word, j) => last[last.length - words.length + j] === word)) return true;
  }
  const word = before(1).at(-1) ?? '';
  if (FROM.has(word) && cameToBefore(ctx, n.tokenStart - 1)) return true;
  if (!AGAINST.has(word)) return false;
  // Only with a current figure earlier in the sentence (450 موظفاً، مقابل 390), and a past period after the earlier one.
  const sentence = tokens[n.tokenStart]!.sentence;
  const figureBefore = tokens.slice(Math.max(0, n.tokenStart - 8), n.tokenStart - 1).some((t) => t.sentence === sentence && t.index >= ctx.datelineEnd && /\d/.test(t.key));
  const pastAfter = tokens.slice(n.tokenEnd, n.tokenEnd + 6).some((t) => t.clause === clause && PAST.has(t.key));
  return figureBefore && pastAfter;
}
