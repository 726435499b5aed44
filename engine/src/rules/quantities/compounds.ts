/**
 * `quantity`, counts written as a compound adjective before what holds them: "a seven-member
 * committee", "a 7-member committee", "a five-judge bench". The word after the hyphen is the
 * singular of the counted noun: a count fact of that word, or of its plural in -s as fact bases
 * write it (members, judges), is the count's. The compounds of other nouns (a 40-page report) name
 * no fact and are left alone; so is a compound before anything but a group (a two-state solution)
 * and the size of a named body (the 22-member Arab League, the 27-member European Union).
 */
import type { Analysis } from '../../analysis';
import type { NumberExpression } from '../../extract/numbers';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { wordKey } from '../../tokenKey';

/**
 * The groups whose size such a compound gives (folded): committees, panels, juries, crews and the
 * like, from the collective nouns of English news.
 */
const GROUPS: ReadonlySet<string> = new Set(['committee', 'panel', 'council', 'board', 'bench', 'jury', 'delegation', 'team', 'crew', 'commission', 'cabinet', 'squad', 'tribunal', 'taskforce', 'mission', 'group', 'body'].map(wordKey));

/** The count facts of the singular noun `word` (folded): its own, or its plural's in -s. */
function singularFacts(knowledge: KnowledgeIndex, word: string): Entity<Quantity>[] | undefined {
  const facts = [...(knowledge.quantityNouns.get(word) ?? []), ...(knowledge.quantityNouns.get(`${word}s`) ?? [])].filter((fact) => fact.fact.unit === 'count');
  return facts.length > 0 ? facts : undefined;
}

/**
 * The count facts of a noun joined by a hyphen to a number at token `i`, with that number: the
 * word after the hyphen inside the number's own word (seven-member), or the Latin word at `i` right
 * after a number's digits and a hyphen (7-member). `all` are the draft's countable numbers.
 */
export function compoundCount(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly NumberExpression[], i: number): { facts: Entity<Quantity>[]; number: NumberExpression } | undefined {
  const token = analysis.tokens[i];
  if (!token || token.script !== 'latin') return undefined;
  // Only a group's size is counted so (a seven-member committee): a two-state solution or a five-point plan counts nothing.
  const holder = analysis.tokens[i + 1];
  if (!holder || holder.sentence !== token.sentence || !GROUPS.has(holder.key) || /^[A-Z]/.test(analysis.text.slice(holder.oStart, holder.oEnd))) return undefined;
  const inside = all.find((n) => n.tokenStart === i && n.style === 'en-words' && n.numberEnd !== undefined && n.numberEnd < n.end);
  if (inside) {
    const word = /^-([a-z]+)$/i.exec(analysis.text.slice(inside.numberEnd, inside.end))?.[1];
    const facts = word ? singularFacts(knowledge, wordKey(word)) : undefined;
    return facts ? { facts, number: inside } : undefined;
  }
  const before = all.find((n) => n.tokenEnd === i && n.style === 'digits');
  if (!before || analysis.text.slice(before.end, token.oStart) !== '-') return undefined;
  const facts = singularFacts(knowledge, token.key);
  return facts ? { facts, number: before } : undefined;
}
