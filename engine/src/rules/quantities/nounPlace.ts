/**
 * `quantity`, a count tied to its place by the preposition right after its noun: "15,000 trainees
 * in Irbid", «15 ألف متدرب في إربد», «متدرب بإربد». A bare noun counts many things, so its count is
 * compared only where the sentence restates the fact's own article sentence; a line of a "by the
 * numbers" list, or a draft in the other language than the article, restates none. The place
 * after the noun names whose count it is when the fact base gives that very place as the count's
 * subject (not a town inside it, whose count is its own).
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { NOUN_PLACE_PREPOSITIONS } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';
import { countPlaces } from './countPlaces';

const PREPOSITIONS: ReadonlySet<string> = new Set(NOUN_PLACE_PREPOSITIONS.map(wordKey));

/** Whether the noun ending before token `end` is followed, in its clause, by "in" and the place that is the fact's subject. */
export function placeAfterNoun(analysis: Analysis, knowledge: KnowledgeIndex, end: number, fact: Entity<Quantity>): boolean {
  const subject = fact.fact.subject ? knowledge.resolve(fact, fact.fact.subject) : undefined;
  if (!subject || subject.kind !== 'place') return false;
  const tokens = analysis.tokens;
  const noun = tokens[end - 1];
  if (!noun) return false;
  // The preposition stands alone (in, في), or an Arabic ب is glued to the place's name (بإربد).
  let k = end;
  if (PREPOSITIONS.has(tokens[k]?.key ?? '')) k++;
  else if (!(tokens[k]?.script === 'ar' && tokens[k]!.key.startsWith('ب'))) return false;
  if (tokens[k]?.key === 'the') k++;
  const place = tokens[k];
  if (!place || place.clause !== noun.clause) return false;
  return countPlaces(analysis, knowledge, noun.sentence).some((mention) => mention.tokenStart === k && knowledge.same(mention.entity, subject.key));
}
