/**
 * `quantity`, figures made from two of the article's: a total of two counts ("4,071 people dead or
 * injured" for 2,012 dead and 2,059 injured) or what one leaves of another ("power restored to
 * 31,500 homes" when 126,000 lost it and 94,500 are still without it; 89,549 who failed of
 * 152,480 candidates when 62,931 passed). A writer works them out from the article; they are no
 * slip for either figure. Only figures of a hundred or more are read so, as small sums are too
 * often met by chance.
 */
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';

/**
 * The smallest figures read as a sum or a difference of two of the article's, and the smallest
 * such sum or difference: small figures meet too often by chance (a slip of 54 for 45 beside
 * figures of 10 and 44).
 */
const SMALLEST = 100;

const derivedOf = new WeakMap<KnowledgeIndex, Map<string, Set<number>>>();

/** The sums and differences of each pair of figures of one fact base and unit, keyed by both. */
function derivedFigures(knowledge: KnowledgeIndex): Map<string, Set<number>> {
  let map = derivedOf.get(knowledge);
  if (map) return map;
  map = new Map();
  const groups = new Map<string, number[]>();
  for (const fact of knowledge.quantities) {
    if (fact.fact.value < SMALLEST || fact.fact.review?.unsure) continue;
    const key = `${fact.factBase?.id ?? ''}:${fact.fact.unit}:${fact.fact.currency ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), fact.fact.value]);
  }
  for (const [key, values] of groups) {
    const made = new Set<number>();
    for (let a = 0; a < values.length; a++) {
      for (let b = a + 1; b < values.length; b++) {
        made.add(values[a]! + values[b]!);
        const difference = Math.abs(values[a]! - values[b]!);
        if (difference >= SMALLEST) made.add(difference);
      }
    }
    map.set(key, made);
  }
  derivedOf.set(knowledge, map);
  return map;
}

/** Whether `value` is the sum or the difference of two figures of `fact`'s fact base in its unit. */
export function derivedFigure(knowledge: KnowledgeIndex, fact: Entity<Quantity>, value: number): boolean {
  const key = `${fact.factBase?.id ?? ''}:${fact.fact.unit}:${fact.fact.currency ?? ''}`;
  return derivedFigures(knowledge).get(key)?.has(value) ?? false;
}
