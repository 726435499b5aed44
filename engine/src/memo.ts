/**
 * Remembers a result computed from one analysed draft and one knowledge index, so the rules
 * that share a step (mentions, titles, trigger hits, quote matches) compute it once per draft.
 */
import type { Analysis } from './analysis';
import type { KnowledgeIndex } from './knowledge';

/** One step's result for an analysis: for the first knowledge index asked, and for any other. */
interface Remembered<T> {
  knowledge: KnowledgeIndex;
  result: T;
  others: WeakMap<KnowledgeIndex, T> | undefined;
}

/** How many steps are remembered: each gets its slot in every analysis's `memos`. */
let steps = 0;

/**
 * Returns a function that computes `compute(analysis, knowledge)` once per pair. The result is
 * kept in the analysis's own slot for the step, so it lives as long as the analysis and is found
 * with no look-up (the steps are asked for many times per draft: once per rule, word or name).
 */
export function perDraft<T>(compute: (analysis: Analysis, knowledge: KnowledgeIndex) => T): (analysis: Analysis, knowledge: KnowledgeIndex) => T {
  const slot = steps++;
  return (analysis, knowledge) => {
    const memos = analysis.memos;
    const remembered = memos[slot] as Remembered<T> | undefined;
    if (remembered === undefined) {
      const result = compute(analysis, knowledge);
      memos[slot] = { knowledge, result, others: undefined } satisfies Remembered<T>;
      return result;
    }
    if (remembered.knowledge === knowledge) return remembered.result;
    // The same draft read against another fact base's index (a draft about two stories).
    if (remembered.others?.has(knowledge)) return remembered.others.get(knowledge)!;
    const result = compute(analysis, knowledge);
    (remembered.others ??= new WeakMap()).set(knowledge, result);
    return result;
  };
}
