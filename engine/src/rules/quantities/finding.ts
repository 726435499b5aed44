/**
 * The one way the quantity checks report: a number in a draft that is not the article's figure.
 * The dual, count, duration, amount and left-over checks differ in what they read and what fix
 * they can offer, not in the finding they make of it.
 */
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import type { OffsetRange } from '../../types';
import { wrongNumber } from '../../messages';

/** What differs between the quantity checks' findings. */
export interface WrongNumber {
  range: OffsetRange;
  lang: 'ar' | 'en';
  /** The draft's text of the number, as the message quotes it. */
  actual: string;
  expected?: string;
  fix?: Draft['fix'];
}

/** The finding for a draft number that contradicts quantity `fact`. */
export function wrongNumberFinding(knowledge: KnowledgeIndex, fact: Entity<Quantity>, found: WrongNumber): Draft {
  const q = fact.fact;
  return {
    ruleId: 'quantity',
    range: found.range,
    lang: found.lang,
    message: wrongNumber({ noun: q.noun, value: q.value, unit: q.unit, currency: q.currency, actual: found.actual }),
    actual: found.actual,
    expected: found.expected,
    fix: found.fix,
    factId: fact.id,
    evidence: knowledge.evidenceOf(fact.key),
  };
}
