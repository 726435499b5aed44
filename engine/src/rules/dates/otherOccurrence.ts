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

const BEFORE = new Set(OTHER_OCCURRENCE.before.map(wordKey));
const AFTER = new Set(OTHER_OCCURRENCE.after.map(wordKey));

/** Whether the trigger hit is marked as another occurrence of its event, in its clause. */
export function otherOccurrence(tokens: readonly Token[], hit: TriggerHit): boolean {
  const clause = tokens[hit.tokenStart]!.clause;
  const before = tokens[hit.tokenStart - 1];
  const after = tokens[hit.tokenEnd];
  return (!!before && before.clause === clause && BEFORE.has(before.key)) || (!!after && after.clause === clause && AFTER.has(after.key));
}
