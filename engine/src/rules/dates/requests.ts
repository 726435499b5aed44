/**
 * The `event-date` rule's dates of requests: a date between a verb of a request and the act it asks
 * for ("The council asked residents on 9 September to register their property by 30 September",
 * «وطلب المجلس يوم 9 سبتمبر من السكان تسجيل ممتلكاتهم قبل 30 سبتمبر») is the request's own day,
 * not the act's: the act's word after it does not tie it to the act's event, whose date is the
 * deadline. The verbs of a request are `lexicon/months.ts` `REQUEST_VERBS`.
 */
import type { Analysis } from '../../analysis';
import type { TriggerHit } from '../../events';
import type { DateExpression } from '../../extract/dates';
import { isRequestVerb } from '../../lexicon/months';

/** Whether a verb of a request stands up to six words before the token `first` in its clause (with «و» or «ف» before an Arabic one). */
function requestBefore(analysis: Analysis, first: number): boolean {
  const tokens = analysis.tokens;
  for (let k = first - 1; k >= 0 && first - k <= 6 && tokens[k]!.clause === tokens[first]!.clause; k--) {
    const word = tokens[k]!.key;
    if (isRequestVerb(word)) return true;
  }
  return false;
}

/** Whether the trigger hit after the date names the act a request before the date asks for. */
export function requestedAfter(analysis: Analysis, hit: TriggerHit, date: DateExpression, first: number): boolean {
  return hit.tokenStart >= date.tokenEnd && requestBefore(analysis, first);
}
