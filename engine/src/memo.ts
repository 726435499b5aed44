/**
 * Remembers a result computed from one analysed draft and one knowledge index, so the rules
 * that share a step (mentions, titles, trigger hits, quote matches) compute it once per draft.
 */
import type { Analysis } from './analysis';
import type { KnowledgeIndex } from './knowledge';

/** Returns a function that computes `compute(analysis, knowledge)` once per pair. */
export function perDraft<T>(compute: (analysis: Analysis, knowledge: KnowledgeIndex) => T): (analysis: Analysis, knowledge: KnowledgeIndex) => T {
  const cache = new WeakMap<Analysis, WeakMap<KnowledgeIndex, T>>();
  return (analysis, knowledge) => {
    let perKnowledge = cache.get(analysis);
    if (!perKnowledge) {
      perKnowledge = new WeakMap();
      cache.set(analysis, perKnowledge);
    }
    if (perKnowledge.has(knowledge)) return perKnowledge.get(knowledge)!;
    const result = compute(analysis, knowledge);
    perKnowledge.set(knowledge, result);
    return result;
  };
}
