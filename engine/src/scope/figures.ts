/**
 * A story's distinctive figures, as evidence that a draft is about it: a short numbers piece (the
 * toll rose to 2,946; 12.5 billion dirhams for rebuilding) may name none of the story's people,
 * yet few other stories give the same figures. A figure counts, in digits or in words (خمسة
 * وثلاثون مليار دولار), when it is not a round number that many stories share (3, 50,000, a
 * billion) nor a year.
 */
import type { Analysis } from '../analysis';
import { numbers, type NumberExpression } from '../extract/numbers';

/** The weight of a figure of a thousand or more with three significant digits or more (2,946; 128.5 billion). */
export const RARE_FIGURE_WEIGHT = 1.5;

/** The weight of a smaller figure with three significant digits (452; 12.5%): many texts hold such numbers. */
export const SMALL_FIGURE_WEIGHT = 1;

/** The weight of a figure of millions or more with two significant digits (35 billion, 24 million). */
export const LARGE_FIGURE_WEIGHT = 1.5;

/** The weight of a figure of thousands with two significant digits (24,000). */
export const THOUSANDS_FIGURE_WEIGHT = 1;

/** The number of significant digits of a value (2946 → 4, 35e9 → 2, 12.5 → 3). */
function significantDigits(value: number): number {
  let digits = String(Math.abs(value));
  const exponent = digits.indexOf('e');
  if (exponent >= 0) digits = digits.slice(0, exponent);
  digits = digits.replace('.', '');
  // Leading and trailing zeros are not significant; counted by hand, without a backtracking pattern.
  let start = 0;
  while (start < digits.length && digits[start] === '0') start++;
  let end = digits.length;
  while (end > start && digits[end - 1] === '0') end--;
  return end - start;
}

/**
 * How much a number of a text tells a story apart, or 0: round numbers and years weigh nothing. A number that reads like a year (2012) counts only when `counts` (the
 * values of the fact base's quantities) lists it: 2012 dead.
 */
export function figureWeight(analysis: Analysis, number: NumberExpression, counts?: ReadonlySet<number>): number {
  if (number.style === 'dual') return 0;
  const value = number.value;
  if (!Number.isFinite(value) || value <= 0) return 0;
  const written = analysis.text.slice(number.start, number.end);
  // A four-digit number of the years news speaks of is a year unless written with a separator.
  if (Number.isInteger(value) && value >= 1800 && value <= 2199 && !/[,.\u066c\u060c]/.test(written) && !counts?.has(value)) return 0;
  const significant = significantDigits(value);
  if (significant >= 3) return value >= 1000 ? RARE_FIGURE_WEIGHT : SMALL_FIGURE_WEIGHT;
  if (significant === 2 && value >= 1e6) return LARGE_FIGURE_WEIGHT;
  if (significant === 2 && value >= 1000) return THOUSANDS_FIGURE_WEIGHT;
  return 0;
}

/** The distinctive figures of a text, each with its weight (the largest when one repeats). */
export function distinctiveFigures(analysis: Analysis, counts?: ReadonlySet<number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const number of numbers(analysis)) {
    const weight = figureWeight(analysis, number, counts);
    if (weight > 0 && weight > (out.get(number.value) ?? 0)) out.set(number.value, weight);
  }
  return out;
}
