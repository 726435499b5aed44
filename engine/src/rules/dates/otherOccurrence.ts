/**
 * `event-date`, another occurrence of an event: the word of an event marked as another occurrence
 * of it (an earlier inspection, the previous meeting, «التفتيش السابق», `lexicon/words.ts`
 * `OTHER_OCCURRENCE`) names one the article does not date, so the date beside it is not compared
 * with the article's occurrence ("follows an earlier inspection in 2025" for the inspection due
 * in March 2027).
 */
import type { Token } from '../../analysis';
import type { TriggerHit } from '../../events';
import { OTHER_OCCURRENCE } from '../../lexicon/words';
import { wordKey } from '../../tokenKey';

let marks: { before: Set<string>; after: Set<string> } | undefined;

/** Determiners before an adjective of another occurrence (an earlier meeting, its previous vote). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that']);

/**
 * The folded words of `OTHER_OCCURRENCE`, read on first use: the lexicon module may still be
 * loading when this one is (the drawing and the rules import each other's modules).
 */
function markWords(): { before: Set<string>; after: Set<string> } {
  marks ??= { before: new Set(OTHER_OCCURRENCE.before.map(wordKey)), after: new Set(OTHER_OCCURRENCE.after.map(wordKey)) };
  return marks;
}

/** Whether the trigger hit is marked as another occurrence of its event, in its clause. */
export function otherOccurrence(tokens: readonly Token[], hit: TriggerHit): boolean {
  const words = markWords();
  const clause = tokens[hit.tokenStart]!.clause;
  const before = tokens[hit.tokenStart - 1];
  const after = tokens[hit.tokenEnd];
  // An English word of another occurrence is an adjective only after a determiner (an earlier
  // meeting, the previous vote) or as one itself (another meeting); alone before a verb it is an
  // adverb of time (coaches earlier entered service).
  const determiner = tokens[hit.tokenStart - 2];
  const adjective = before?.key === 'another' || (!!determiner && DETERMINERS.has(determiner.key));
  const marked = !!before && before.clause === clause && words.before.has(before.key) && adjective;
  return marked || (!!after && after.clause === clause && words.after.has(after.key));
}
