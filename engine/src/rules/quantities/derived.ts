/**
 * `quantity`, figures made from two of the article's: a total of two counts ("4,071 people dead or
 * injured" for 2,012 dead and 2,059 injured) or what one leaves of another ("power restored to
 * 31,500 homes" when 126,000 lost it and 94,500 are still without it; 89,549 who failed of
 * 152,480 candidates when 62,931 passed). A writer works them out from the article; they are no
 * slip for either figure, unless they swap two digits of the fact's own. One of the two is the
 * figure of the fact the draft's noun names (the
 * homes still without power, the candidates): a count of patients that is the number of beds less
 * the number of nurses is met by chance, a slip. Only figures of a hundred or more are read so,
 * as small sums are too often met by chance.
 */
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { swappedDigits } from '../../extract/hedges';
import type { Analysis } from '../../analysis';
import { amounts } from '../../extract/amounts';
import type { NumberExpression } from '../../extract/numbers';

/**
 * The smallest figures read as a sum or a difference of two of the article's, and the smallest
 * such sum or difference: small figures meet too often by chance (a slip of 54 for 45 beside
 * figures of 10 and 44).
 */
const SMALLEST = 100;

const figuresOf = new WeakMap<KnowledgeIndex, Map<string, Entity<Quantity>[]>>();

/** The key of a fact's group: its fact base, unit and currency. */
function groupKey(fact: Entity<Quantity>): string {
  return `${fact.factBase?.id ?? ''}:${fact.fact.unit}:${fact.fact.currency ?? ''}`;
}

/** The facts of a hundred or more of each fact base and unit, keyed by both. */
function figureGroups(knowledge: KnowledgeIndex): Map<string, Entity<Quantity>[]> {
  let map = figuresOf.get(knowledge);
  if (map) return map;
  map = new Map();
  for (const fact of knowledge.quantities) {
    if (fact.fact.value < SMALLEST || fact.fact.review?.unsure) continue;
    map.set(groupKey(fact), [...(map.get(groupKey(fact)) ?? []), fact]);
  }
  figuresOf.set(knowledge, map);
  return map;
}

/**
 * Whether `value` is the sum or the difference of `fact`'s figure and another figure of its fact
 * base in its unit. A value that is the fact's own figure with two neighbouring digits swapped
 * (4,600 for 6,400, when 1,800 is another of the article's figures) is a slip that meets a
 * difference by chance: a swap is the commoner error.
 */
export function derivedFigure(knowledge: KnowledgeIndex, fact: Entity<Quantity>, value: number): boolean {
  const own = fact.fact.value;
  if (own < SMALLEST || fact.fact.review?.unsure || swappedDigits(value, own)) return false;
  return (figureGroups(knowledge).get(groupKey(fact)) ?? []).some((other) => other !== fact && (own + other.fact.value === value || (value >= SMALLEST && Math.abs(own - other.fact.value) === value)));
}

/** How far a share worked out from a percentage may lie from the exact product, as a part of it (rounding). */
const SHARE_ROUNDING = 0.03;

/**
 * Whether the count `number` is the share of `fact`'s figure that a percentage of its sentence
 * gives: "12 per cent of the region's 1.2 million residents, about 144,000 people", «نحو 144 ألف
 * شخص، أي 12 في المئة من السكان». The writer works it out; it is no slip for the whole. Only
 * figures of a hundred or more, and a share below the whole.
 */
export function shareOfFigure(analysis: Analysis, fact: Quantity, number: NumberExpression): boolean {
  const value = number.value;
  if (value < SMALLEST || value >= fact.value) return false;
  const sentence = analysis.tokens[number.tokenStart]!.sentence;
  return amounts(analysis).some((amount) => {
    if (amount.kind !== 'percent' || analysis.tokens[amount.number.tokenStart]!.sentence !== sentence) return false;
    const share = (fact.value * amount.number.value) / 100;
    return Math.abs(share - value) <= share * SHARE_ROUNDING;
  });
}
