/**
 * `quantity`, a sum given with its conversion into another currency: in brackets right after it
 * (3 million dinars (about $2,300), «3 ملايين دينار (نحو 2300 دولار)») or after a comma and "or",
 * «أي» or «أو» (3 million dinars, or about $2,300). Where the sum is the article's figure of a fact,
 * the conversion is the figure of the one fact in its own currency that the article gives in the
 * same sentence as that fact, whatever nouns stand beside it: a draft that gives the article's sum
 * with another conversion gets the conversion wrong. The drawer reads the same pair
 * (`draw/quantityEquivalents.ts`).
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import type { Amount } from '../../extract/amounts';
import { sameArticleSentence } from '../../align';
import { currencyAgrees } from '../../lexicon/units';
import { hedgesBefore } from '../../extract/hedges';
import { wordKey } from '../../tokenKey';

/** Words that open a conversion after a comma: or, «أي», «أو», «ما يعادل», «ما يوازي» (folded). */
const OR_WORDS: ReadonlySet<string> = new Set(['or', 'أي', 'أو', 'ما', 'يعادل', 'يوازي'].map(wordKey));

/** The most words between a sum and its conversion: an opening word and a hedge (or about, «أي نحو»). */
const MOST_BETWEEN = 3;

/** For each amount of a draft's list, its place in the list and the place of the money amount before it (-1 for none). */
interface MoneyOrder {
  index: ReadonlyMap<Amount, number>;
  previousMoney: readonly number[];
}

const orders = new WeakMap<readonly Amount[], MoneyOrder>();

/** The places of a draft's amounts and of the money amount before each, read once per list. */
function moneyOrder(all: readonly Amount[]): MoneyOrder {
  let order = orders.get(all);
  if (order) return order;
  const index = new Map<Amount, number>();
  const previousMoney: number[] = [];
  let last = -1;
  all.forEach((amount, k) => {
    index.set(amount, k);
    previousMoney.push(last);
    if (amount.kind === 'money') last = k;
  });
  order = { index, previousMoney };
  orders.set(all, order);
  return order;
}

/**
 * The last money amount of `all` that ends before `amount` starts. The list is in the order of the
 * draft, so it is one of those before the amount's place: the nearest, unless it overlaps the
 * amount, when the one before is asked, and so on. Found through {@link moneyOrder}, so a draft of
 * many amounts is read in time linear in their number.
 */
function moneyBefore(all: readonly Amount[], amount: Amount): Amount | undefined {
  const order = moneyOrder(all);
  const at = order.index.get(amount);
  if (at === undefined) return all.filter((other) => other.kind === 'money' && other.end <= amount.start).at(-1);
  for (let k = order.previousMoney[at]!; k >= 0; k = order.previousMoney[k]!) if (all[k]!.end <= amount.start) return all[k];
  return undefined;
}

/**
 * The sum that the money amount `amount` converts: the amount in another currency right before
 * it, in its sentence, with a bracket or a comma and an opening word between, and beside those only
 * a hedge of the conversion.
 */
function convertedSum(analysis: Analysis, all: readonly Amount[], amount: Amount): Amount | undefined {
  const tokens = analysis.tokens;
  const start = amount.number.tokenStart;
  const sum = moneyBefore(all, amount);
  if (!sum || start - sum.tokenEnd > MOST_BETWEEN || tokens[sum.tokenEnd - 1]?.sentence !== tokens[start]?.sentence) return undefined;
  if (sum.currency === amount.currency || currencyAgrees(sum.currency, amount) || currencyAgrees(amount.currency, sum)) return undefined;
  const gap = analysis.text.slice(sum.end, amount.start).trimStart();
  const between = tokens.slice(sum.tokenEnd, start);
  const bracket = gap.startsWith('(') || gap.startsWith('[');
  const comma = (gap.startsWith(',') || gap.startsWith('،')) && between.length > 0 && OR_WORDS.has(between[0]!.key);
  if (!bracket && !comma) return undefined;
  const plain = between.filter((token) => !OR_WORDS.has(token.key));
  return plain.length === 0 || hedgesBefore(tokens, start).size > 0 ? sum : undefined;
}

/**
 * The fact a conversion gives the figure of: the sum it converts is the figure of a fact of the
 * sum's currency (`gives`), and one fact of `facts` in the conversion's currency is in the same
 * article sentence as that one. Undefined where the amount converts nothing, or the article gives
 * none or several such figures.
 */
export function conversionFact(
  analysis: Analysis,
  knowledge: KnowledgeIndex,
  all: readonly Amount[],
  amount: Amount,
  facts: readonly Entity<Quantity>[],
  gives: (value: number, fact: Quantity) => boolean,
): Entity<Quantity> | undefined {
  if (amount.kind !== 'money') return undefined;
  const sum = convertedSum(analysis, all, amount);
  if (!sum) return undefined;
  const money = knowledge.quantities.filter((q) => q.fact.unit === 'money');
  const sums = money.filter((q) => currencyAgrees(q.fact.currency, sum) && gives(sum.number.value, q.fact));
  if (sums.length === 0) return undefined;
  const converted = facts.filter((q) => !sums.includes(q) && currencyAgrees(q.fact.currency, amount) && sums.some((one) => sameArticleSentence(knowledge, one, q)));
  return converted.length === 1 ? converted[0] : undefined;
}
