/**
 * `quantity`, one noun counted in two events of the article: the buses a council asked for and
 * the buses a ministry approved, a payment a union demanded and the payment a company offered. A
 * draft figure that agrees with one of them is that one's only where its sentence restates that
 * fact's article sentence or none of the other's: "the ministry approved 60 buses", restating the
 * sentence of the 45 approved, has slipped to the figure asked for. A sentence that restates
 * both events' sentences (or one sentence that gives both) keeps each figure its own, and an
 * article sentence dated by a year is restated only with that year.
 */
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Analysis } from '../../analysis';
import type { Quantity } from '../../factBase/schema';
import { restatesEvidence, type ArticleSentence } from '../../align';
import { dates } from '../../extract/dates';

/**
 * Whether draft sentence `sentence` restates the article sentence of one of `others` (facts of
 * the figure's noun and unit) and of none of `agreeing` (those whose figure the draft's agrees
 * with): the agreement is then a slip to another event's figure, not that event's claim.
 */
export function slipToOtherEvent(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, agreeing: readonly Entity<Quantity>[], others: readonly Entity<Quantity>[]): boolean {
  if (agreeing.length === 0 || agreeing.some((fact) => restatesEvidence(analysis, knowledge, sentence, fact))) return false;
  // An article sentence dated by its year («زلزال أغادير … 1960 وأودى بحياة نحو 12 ألف شخص») is
  // restated only by a sentence that gives that year: its words alone are also the story's own.
  const years = yearsOf(analysis, sentence);
  const restated = (aligned: ArticleSentence) => aligned.years.size === 0 || [...aligned.years].some((year) => years.has(year));
  return others.some((fact) => !agreeing.includes(fact) && restatesEvidence(analysis, knowledge, sentence, fact, restated));
}

/** The years draft sentence `sentence` names. */
function yearsOf(analysis: Analysis, sentence: number): Set<number> {
  return new Set(dates(analysis).flatMap((date) => (date.year && analysis.tokens[date.tokenStart]!.sentence === sentence ? [date.year.value] : [])));
}
