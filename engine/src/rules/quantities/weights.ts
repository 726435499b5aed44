/**
 * `quantity`, weights (tonnes, kilograms): when a figure of a weight tied to a fact's noun ("4.5
 * million tonnes of wheat", «1.5 مليون طن من الشعير») may be compared with that fact. A story
 * gives many weights of one unit beside the fact's own (last year's harvest, another crop, a daily
 * intake), so a weight is compared only when it is written over the same period as the fact's
 * (20,000 tonnes a day is not a season's harvest), when it is not a comparison value after the
 * current figure ("up from 2.5 million tonnes", «مقارنة بـ2.8 مليون طن»), and when it is of the
 * fact's order (within a factor of three: what farmers sold is a part of the harvest, not a slip
 * for it).
 */
import type { Analysis } from '../../analysis';
import type { NumberExpression } from '../../extract/numbers';
import { rateIn, rateOfText } from '../../extract/amounts';
import type { Quantity } from '../../factBase/schema';
import { COMPARISON_WORDS, PERIOD_ADJECTIVES } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';

/** The weights of the schema. */
export const WEIGHTS: ReadonlySet<string> = new Set(['kg', 'tonne']);

/** How far a weight may be from the fact's figure and still be a slip for it. */
const SLIP_FACTOR = 3;

const COMPARISONS = COMPARISON_WORDS.map((words) => words.map(wordKey));

/** Each period adjective's period, by its folded key. */
const PERIODS_BY_ADJECTIVE: ReadonlyMap<string, string> = new Map(Object.entries(PERIOD_ADJECTIVES).flatMap(([period, words]) => words.map((word) => [wordKey(word), period] as const)));

/**
 * Whether the number at `number` is a comparison value: a comparison word right before it ("up
 * from", «مقارنة بـ»), or the clitic ب of one glued to it, after another figure of its sentence.
 */
function comparisonValue(analysis: Analysis, number: NumberExpression, all: readonly NumberExpression[]): boolean {
  const tokens = analysis.tokens;
  const start = number.tokenStart;
  const sentence = tokens[start]!.sentence;
  const before = (keys: readonly string[]) => keys.every((key, k) => tokens[start - keys.length + k]?.key === key && tokens[start - keys.length + k]!.sentence === sentence);
  const glued = /^[وف]?ب\d/.test(tokens[start]!.key);
  if (!COMPARISONS.some((keys) => before(keys) && (!glued || keys.length === 1))) return false;
  return all.some((other) => other.tokenStart < start && tokens[other.tokenStart]!.sentence === sentence);
}

/**
 * Whether a weight of the draft (its number, and the token after its unit word) may be compared
 * with weight fact `fact`.
 */
export function weightComparable(analysis: Analysis, all: readonly NumberExpression[], number: NumberExpression, unitTokenEnd: number, fact: Quantity): boolean {
  if (number.value <= 0 || number.value > fact.value * SLIP_FACTOR || number.value < fact.value / SLIP_FACTOR) return false;
  if (comparisonValue(analysis, number, all)) return false;
  const tokens = analysis.tokens;
  const sentence = tokens[number.tokenStart]!.sentence;
  const keys: string[] = [];
  for (let k = unitTokenEnd; k < tokens.length && k < unitTokenEnd + 5 && tokens[k]!.sentence === sentence; k++) keys.push(tokens[k]!.key);
  const period = rateIn(keys, 0).period;
  const own = rateOfText(fact.evidence.map((range) => range.text).join(' ')).period;
  // An adjective before the figure's noun may say the period instead (an annual capacity of …).
  return period === own || (!period && !!own && periodBefore(analysis, number) === own);
}

/** The period an adjective names in the four words before the figure `number` in its clause (an annual capacity of, «الطاقة السنوية للمصنع»). */
function periodBefore(analysis: Analysis, number: NumberExpression): string | undefined {
  const tokens = analysis.tokens;
  const clause = tokens[number.tokenStart]!.clause;
  for (let k = number.tokenStart - 1; k >= Math.max(0, number.tokenStart - 4) && tokens[k]!.clause === clause; k--) {
    const period = PERIODS_BY_ADJECTIVE.get(tokens[k]!.key);
    if (period) return period;
  }
  return undefined;
}

/**
 * Whether the fact gives what its weight is of after "of" or «من» (2.1 million tonnes of wheat,
 * «1.5 مليون طن من القمح»): then a draft's noun ties a weight only after it in the same way, since
 * the noun before a figure (إنتاج القمح نحو 2 مليون طن, the wheat harvest reached …) is the
 * sentence's subject, of which the story gives other weights too (a harvest beside its imports).
 */
export function weightOfNoun(fact: Quantity): boolean {
  const evidence = fact.evidence.map((range) => range.text.toLowerCase()).join(' ');
  return [...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? [])].some((noun) => evidence.includes(`of ${noun.toLowerCase()}`) || evidence.includes(`من ${noun}`));
}
