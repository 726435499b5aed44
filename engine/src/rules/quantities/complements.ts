/**
 * `quantity`, the rest of a share: an article sentence that gives one share of a whole and names
 * the rest ("The World Bank will cover two thirds of the cost, with the government paying the
 * rest", «سيموّل البنك ثلثي التكلفة، فيما تتحمل الدولة الباقي») gives the rest's share too. A
 * draft's percentage or fraction that is what is left of a hundred ("the government will pay a
 * third of the cost") is then the rest's figure, not a wrong one for the share.
 */
import { analyse } from '../../analysis';
import type { Entity } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { articleOf } from '../../factBase/article';
import { REST_WORDS } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';

const REST: ReadonlySet<string> = new Set(REST_WORDS.filter((word) => !word.includes(' ')).map(wordKey));

/** How far a draft's share may stand from the rest's and still be it: a fraction rounds (a third for 33.3). */
const ROUNDING = 5;

const namesRest = new WeakMap<Entity<Quantity>, boolean>();

/** Whether an article sentence of the fact's evidence names the rest of its whole. */
function restNamed(fact: Entity<Quantity>): boolean {
  let known = namesRest.get(fact);
  if (known !== undefined) return known;
  const article = fact.factBase ? articleOf(fact.factBase) : undefined;
  const texts = fact.fact.evidence.map((evidence) => {
    if (!article || article.slice(evidence.start, evidence.end) !== evidence.text) return evidence.text;
    const before = article.slice(0, evidence.start).search(/[.!?\n][^.!?\n]*$/);
    const after = article.slice(evidence.end).search(/[.!?\n]/);
    return article.slice(before < 0 ? 0 : before + 1, after < 0 ? article.length : evidence.end + after);
  });
  known = analyse(texts.join('\n'), 'plaintext').tokens.some((token) => REST.has(token.key) || (token.script === 'ar' && /^[وف]/.test(token.key) && REST.has(token.key.slice(1))));
  namesRest.set(fact, known);
  return known;
}

/** Whether a draft's percentage `value` is the rest of the fact's share, which its article sentence names. */
export function restOfShare(fact: Entity<Quantity>, value: number): boolean {
  if (fact.fact.unit !== 'percent' || fact.fact.value <= 0 || fact.fact.value >= 100) return false;
  return Math.abs(value - (100 - fact.fact.value)) <= ROUNDING && restNamed(fact);
}
