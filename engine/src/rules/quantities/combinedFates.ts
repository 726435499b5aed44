/**
 * `quantity`, figures of a combined fate ("36 dead or missing", «45 شخصا بين قتيل ومفقود»): such a
 * figure is compared only with a fact of a combined fate, and a fact of a combined fate only with
 * such a figure. A draft's dead-or-missing toll is no slip for the article's dead, nor the
 * draft's dead for the article's dead-or-missing toll.
 */
import { articleSentencesOf } from '../../align';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { fateOf, type Fate } from '../../lexicon/fates';
import { wordKey } from '../../tokenKey';

const combinedOf = new WeakMap<Quantity, boolean>();

/**
 * Whether a count fact is of a combined fate: its nouns name two fates (an editor's "dead or
 * missing", or the dead's and the missing's nouns drawn together), or its evidence gives its figure
 * as a combined fate's (marked on the article's sentences when they are indexed, `align.ts`).
 */
function combinedFact(knowledge: KnowledgeIndex, fact: Entity<Quantity>): boolean {
  const q = fact.fact;
  let combined = combinedOf.get(q);
  if (combined !== undefined) return combined;
  const fates = new Set<Fate>();
  for (const form of [...(q.noun?.ar ?? []), ...(q.noun?.en ?? [])]) {
    for (const word of form.split(/\s+/)) {
      const fate = fateOf(wordKey(word));
      if (fate) fates.add(fate.fate);
    }
  }
  combined = fates.size >= 2 || articleSentencesOf(knowledge, fact).some((sentence) => evidenceGivesCombined(sentence.combined, q));
  combinedOf.set(q, combined);
  return combined;
}

/** Whether a figure of a combined fate (by its offset: value) stands within the quantity's evidence with its value. */
function evidenceGivesCombined(combined: ReadonlyMap<number, number>, q: Quantity): boolean {
  for (const [offset, value] of combined) if (value === q.value && q.evidence.some((range) => range.start <= offset && offset < range.end)) return true;
  return false;
}

/**
 * Whether a draft figure and a fact differ in being of a combined fate: the one is a combined
 * fate's and the other is not, so they are not compared.
 */
export function fateMismatch(knowledge: KnowledgeIndex, combined: ReadonlyMap<number, unknown>, fact: Entity<Quantity>, figureStart: number): boolean {
  if (fact.fact.unit !== 'count') return false;
  return combined.has(figureStart) !== combinedFact(knowledge, fact);
}
