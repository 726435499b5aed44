/**
 * `quantity`, the rest of a share: an article sentence that gives one share of a whole and names
 * the rest and who takes it ("The World Bank will cover two thirds of the cost, with the
 * government paying the rest", «سيموّل البنك ثلثي التكلفة، فيما تتحمل الدولة الباقي») gives the
 * rest's share too. A draft's share that is what is left of a hundred, within rounding (a third,
 * 33 per cent), in a sentence that names the rest's taker or says "the rest" itself ("the
 * government will pay a third of the cost"), is the rest's figure, not a wrong one for the share.
 * The share's own taker with the rest's figure ("the World Bank will cover a third") is a swap,
 * and is flagged.
 */
import { analyse, type Analysis } from '../../analysis';
import { tokenContentStem, type Entity } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { articleOf } from '../../factBase/article';
import { REST_WORDS } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';

const REST: ReadonlySet<string> = new Set(REST_WORDS.map(wordKey));

/** Whether a token is a word for the rest, also behind و or ف (فالباقي). */
function isRest(token: { key: string; script: string }): boolean {
  return REST.has(token.key) || (token.script === 'ar' && /^[وف]/.test(token.key) && REST.has(token.key.slice(1)));
}

/** How far a draft's share may stand from the rest's: a fraction rounds (a third for 33.3), a figure only to its unit (33). */
const FRACTION_ROUNDING = 5;
const FIGURE_ROUNDING = 1;

const restWords = new WeakMap<Entity<Quantity>, ReadonlySet<string> | null>();

/**
 * The content stems of the article clause that names the rest of the fact's share, less those of
 * the fact's own evidence (the government, paying; الدولة, تتحمل); null when no article sentence
 * of the fact's evidence names the rest.
 */
function restClause(fact: Entity<Quantity>): ReadonlySet<string> | null {
  const known = restWords.get(fact);
  if (known !== undefined) return known;
  const article = fact.factBase ? articleOf(fact.factBase) : undefined;
  const own = new Set(analyse(fact.fact.evidence.map((evidence) => evidence.text).join('\n'), 'plaintext').tokens.map((token) => tokenContentStem(token)));
  const sentences = fact.fact.evidence.map((evidence) => {
    if (!article || article.slice(evidence.start, evidence.end) !== evidence.text) return evidence.text;
    const before = article.slice(0, evidence.start).search(/[.!?\n][^.!?\n]*$/);
    const after = article.slice(evidence.end).search(/[.!?\n]/);
    return article.slice(before < 0 ? 0 : before + 1, after < 0 ? article.length : evidence.end + after);
  });
  const tokens = analyse(sentences.join('\n'), 'plaintext').tokens;
  const clauses = new Set(tokens.filter(isRest).map((token) => token.clause));
  const stems = tokens.filter((token) => clauses.has(token.clause) && !isRest(token)).map((token) => tokenContentStem(token));
  const result = clauses.size === 0 ? null : new Set(stems.filter((stem): stem is string => !!stem && !own.has(stem)));
  restWords.set(fact, result);
  return result;
}

/**
 * Whether a draft's percentage `value` (a fraction's when `fraction`) in sentence `sentence` is the
 * rest of the fact's share: within rounding of what is left of a hundred, the article's sentence
 * naming the rest, and the draft's sentence naming the rest's taker or the rest itself.
 */
export function restOfShare(analysis: Analysis, sentence: number, fact: Entity<Quantity>, value: number, fraction: boolean): boolean {
  if (fact.fact.unit !== 'percent' || fact.fact.value <= 0 || fact.fact.value >= 100) return false;
  if (Math.abs(value - (100 - fact.fact.value)) > (fraction ? FRACTION_ROUNDING : FIGURE_ROUNDING)) return false;
  const rest = restClause(fact);
  if (!rest) return false;
  return analysis.tokens.some((token) => {
    if (token.sentence !== sentence) return false;
    const stem = tokenContentStem(token);
    return isRest(token) || (!!stem && rest.has(stem));
  });
}
