/**
 * `quantity`: a figure the article itself gives with the count's noun right after it («نحو 38 ألف
 * عائلة نازحة», "9,000 families") is the article's own count of something, though the fact base
 * lists no fact of it (drawing misses some: the families still in camps beside the families that
 * returned). A draft that restates it ("Of the 38,000 families still in camps …") gives the
 * article's figure, not a wrong figure of the count its noun pointed to. The same holds as for a
 * figure of another fact of the noun, which the rule already accepts.
 */
import { articleCountWords } from '../../align';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import { tokenStems } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { wordKey } from '../../tokenKey';

const nounWordCache = new WeakMap<Quantity, Set<string>>();

/** The folded forms of a count's nouns in both languages, with their stems. */
function nounWords(fact: Quantity): Set<string> {
  let words = nounWordCache.get(fact);
  if (!words) {
    words = new Set();
    for (const noun of [...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? [])]) {
      // A noun of several words counts by its first (asylum seekers: the figure stands before it).
      const first = noun.split(/\s+/)[0];
      if (!first) continue;
      const key = wordKey(first);
      words.add(key);
      for (const stem of tokenStems({ key })) words.add(stem.stem);
    }
    nounWordCache.set(fact, words);
  }
  return words;
}

/** Whether the article gives `value` with a form of the count's noun right after it. */
export function articleGivesCount(knowledge: KnowledgeIndex, fact: Entity<Quantity>, value: number): boolean {
  const after = articleCountWords(knowledge).get(value);
  if (!after) return false;
  const words = nounWords(fact.fact);
  for (const word of after) if (words.has(word)) return true;
  return false;
}
