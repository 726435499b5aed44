/**
 * A draft's postponement from one date to another ("postponed the derby from 12 March to 2 April",
 * «أرجأت البلدية المهرجان من 12 مارس إلى 2 أبريل»): the pair is no span of days but an old date and
 * a new one. The event the verb names is dated by the new date, as drawing dates it
 * (`draw/events.ts`), so only the new date is compared; the old one, written alone before its "to"
 * (from 12 March 2026 to 2 April 2026), is not compared. The new date is not cleared by an article
 * sentence the draft restates that gives the same day, which may be the old date there.
 */
import type { Analysis } from '../../analysis';
import type { DateExpression } from '../../extract/dates';
import { deferredFrom, deferredTo } from '../../extract/monthYears';

/** The date of a draft's date expression that is compared: the new date of a postponement, none for its old date alone, else the date itself. */
export function comparedDate(analysis: Analysis, date: DateExpression): DateExpression | undefined {
  if (!deferredFrom(analysis, date.tokenStart)) return date;
  if (!date.to) return undefined;
  const { to, ...rest } = date;
  // The pair's words stay the date's, so that its event's word before the old date still names it.
  return { ...rest, day: to.day, month: to.month ?? date.month, year: to.year ?? date.year };
}

/**
 * Whether a draft's date is a postponement's new date: after its "to" (postponed to 12 March,
 * «أرجئ إلى 12 مارس») or the end of its pair. The article sentence the draft restates may give
 * that day as the old date, so it does not clear it.
 */
export function postponedTo(analysis: Analysis, date: DateExpression): boolean {
  return deferredTo(analysis, date.tokenStart) || deferredFrom(analysis, date.tokenStart);
}
