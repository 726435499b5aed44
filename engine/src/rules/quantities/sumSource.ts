/**
 * `quantity`, a sum tied to the body it comes from: "15 million dinars from Irbid municipality",
 * «15 مليون دينار من بلدية إربد». A line of a "by the numbers" list names neither the sum's noun
 * (contribute, «مساهمة») nor restates the fact's article sentence; "from" and a body right after
 * the sum name whose sum it is when the fact base gives that body (an organisation or a person)
 * as the sum's subject.
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import type { Amount } from '../../extract/amounts';
import { mentions } from '../../mentions';
import { SUM_SOURCE_PREPOSITIONS } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';

const PREPOSITIONS: ReadonlySet<string> = new Set(SUM_SOURCE_PREPOSITIONS.map(wordKey));

/** The facts among `facts` whose subject is the body named right after the amount and "from" («من»), in its clause. */
export function fromSubject(analysis: Analysis, knowledge: KnowledgeIndex, amount: Amount, facts: readonly Entity<Quantity>[]): Entity<Quantity>[] {
  if (amount.kind !== 'money') return [];
  const tokens = analysis.tokens;
  let k = amount.tokenEnd;
  if (!PREPOSITIONS.has(tokens[k]?.key ?? '')) return [];
  k++;
  if (tokens[k]?.key === 'the') k++;
  const clause = tokens[amount.number.tokenStart]!.clause;
  if (tokens[k]?.clause !== clause) return [];
  const bodies = mentions(analysis, knowledge).filter((mention) => mention.tokenStart === k && (mention.kind === 'organisation' || mention.kind === 'person'));
  if (bodies.length === 0) return [];
  return facts.filter((fact) => {
    const subject = fact.fact.subject ? knowledge.resolve(fact, fact.fact.subject) : undefined;
    return !!subject && bodies.some((body) => knowledge.same(body.entity, subject.key));
  });
}
