/**
 * `quantity`, money and percentages: an amount in a currency (£120m for £140m, 24 مليار يورو for
 * 24 billion dollars) or a percentage (25 في المئة for 35) that differs from the article's. An
 * amount is compared only with the facts of its own kind and currency (pounds are never compared
 * with dollars, a percentage never with money) whose noun stands near it in its sentence, or whose
 * evidence sentence the draft sentence restates; an amount the restated article sentence itself
 * gives is the article's; so is any amount of a sentence about another occasion (another year).
 */
import { digitsLike, inDigitsOf } from '../../messages/digits';
import type { Analysis, Token } from '../../analysis';
import { tokenLang } from '../../analysis';
import { nameKeys, tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import { amounts, AVERAGE_PER, rateAfter, rateOfText, ratesDiffer, type Amount, type Rate } from '../../extract/amounts';
import { restatedWith, restatesEvidence, type ArticleSentence } from '../../align';
import type { Quantity } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { wrongNumberFinding } from './finding';
import { mentions } from '../../mentions';
import { arabicNumber, currencyName } from '../../messages';
import { englishNumber } from '../../messages/english';
import { currencyAgrees } from '../../lexicon/units';
import { hedgeAgrees, hedgesBefore, type Hedge } from '../../extract/hedges';
import { COMPARISON_WORDS } from '../../lexicon/numbers';
import { wordKey } from '../../tokenKey';
import { amountDirection, nearestNounElsewhere, ownSubjects, sameDirection } from './amountTies';
import { restOfShare } from './complements';
import { amountRanges, type AmountRange } from '../../extract/amountRanges';
import { fractions, type Fraction } from '../../extract/fractions';
import { isIncrement } from '../../extract/increments';
import { anotherTime } from './occasions';
import { otherOccasionOfFigure } from './ownEventWeekday';
import { incrementFact } from './evidenceClause';
import { figureRole, sameRole } from './changeLevels';
import { namesInOtherLanguage } from './otherLanguageNouns';
import { conversionFact } from './conversions';
import { shareOfOtherBase } from './shareBase';
import { fromSubject } from './sumSource';

/** Tokens either side of an amount in which its noun may stand (a table cell, a clause). */
const NOUN_WINDOW = 8;

/** Whether two amounts are the same figure (an approximate fact allows rounding). */
function sameValue(draft: number, fact: Quantity): boolean {
  const tolerance = fact.approx ? 0.1 : 0.005;
  return Math.abs(draft - fact.value) <= Math.abs(fact.value) * tolerance + 1e-9;
}

/**
 * Whether the draft's amount gives the fact's figure: the same value, a bound or rounding of it
 * (more than 70%, «نحو 24 مليار دولار»), or a range whose ends hold it (with a tenth of slack
 * when the article rounds).
 */
function agrees(value: number, range: AmountRange | undefined, hedges: ReadonlySet<Hedge>, fact: Quantity, rounded: boolean): boolean {
  if (rounded) return fractionAgrees(value, hedges, fact.value);
  if (!range) return sameValue(value, fact) || hedgeAgrees(hedges, value, fact.value);
  const slack = fact.approx ? fact.value * 0.1 : fact.value * 0.005;
  return fact.value + slack >= range.low && fact.value - slack <= range.high;
}

/**
 * Whether a fraction (as a percentage) rounds or bounds the fact's percentage: unhedged or with
 * "about", within a tenth of itself and at least 3.5 points (half is 45 to 55 per cent, a third 29.8
 * to 36.8); "more than half" above it, "less than half" below it (a point or two of slack);
 * "nearly half" below it, by no more than a quarter of itself.
 */
function fractionAgrees(percent: number, hedges: ReadonlySet<Hedge>, fact: number): boolean {
  const slack = Math.max(3.5, percent * 0.1);
  if (hedges.has('above')) return fact >= percent - 2;
  if (hedges.has('below')) return fact <= percent + 2;
  if (hedges.has('near')) return fact <= percent + 2 && fact >= percent * 0.75;
  return Math.abs(fact - percent) <= slack;
}

/** A fraction of the draft as a percentage amount, compared as a rounding. */
function fractionAmount(fraction: Fraction, analysis: Analysis): Amount {
  const style = analysis.tokens[fraction.tokenStart]!.script === 'ar' ? 'ar-words' : 'en-words';
  const number = { value: fraction.percent, tokenStart: fraction.tokenStart, tokenEnd: fraction.tokenEnd, start: fraction.start, end: fraction.end, style } as const;
  return { number, kind: 'percent', start: fraction.start, end: fraction.end, tokenEnd: fraction.tokenEnd };
}

/** Whether one of the fact's nouns stands near the amount in its sentence. */
function nounNear(analysis: Analysis, amount: Amount, fact: Quantity): boolean {
  return nounDistance(analysis, amount, fact) < Infinity;
}

/**
 * Whether the restated article sentence gives the figure in the amount's currency, or with no
 * currency of its own: the article's 24 billion dollars restated as 24 مليار يورو is not the
 * article's figure.
 */
function sameCurrencyIn(aligned: ArticleSentence, amount: Amount): boolean {
  if (amount.kind !== 'money' || !amount.currency) return true;
  const currencies = aligned.money.get(amount.number.value);
  return !currencies || [...currencies].some((code) => currencyAgrees(code, amount));
}

/** Writes the fact's figure in the draft's form: the same scale, digits and symbols. */
function expectedText(analysis: Analysis, amount: Amount, fact: Quantity): { text: string; start: number; end: number } {
  const number = amount.number;
  const token = analysis.tokens[number.tokenStart]!;
  // A figure of two scales joined by و, or with a half of its scale, is rewritten whole («3
  // ملايين و400 ألف» → «1.2 مليون», four and a half million → 3.5 million).
  if (number.joined) return { text: inDigitsOf(token.script === 'latin' ? englishNumber(fact.value) : arabicNumber(fact.value), analysis.text.slice(number.start, number.end)), start: number.start, end: number.end };
  const scale = number.scale ?? 1;
  const written = analysis.text.slice(token.oStart, token.oEnd);
  // Thousands of the scale keep the draft's grouping (A$2,100 million → A$1,200 million).
  const scaled = Math.round((fact.value / scale) * 1000) / 1000;
  const figure = Number.isInteger(scaled) ? digitsLike(scaled, written) : inDigitsOf(String(scaled), written);
  const suffix = /^[\d.,]+([a-z]+)$/i.exec(written)?.[1] ?? '';
  return { text: figure + suffix, start: token.oStart, end: token.oEnd };
}

/** Names the article's currency in the draft's place of the wrong one: its sign, or its word. */
function currencyFix(analysis: Analysis, amount: Amount, fact: Quantity, lang: 'ar' | 'en'): { text: string; start: number; end: number } | undefined {
  if (!fact.currency) return undefined;
  const sign = amount.start < amount.number.start;
  const name = currencyName(fact.currency, lang, sign);
  if (!name) return undefined;
  // The sign with its country's prefix (A$, US$), whatever space stands before the figure.
  if (sign) {
    const dollar = analysis.text.slice(amount.start, amount.number.start).indexOf('$');
    return { text: name, start: amount.start, end: amount.start + (dollar >= 0 ? dollar : 0) + 1 };
  }
  const words = amount.currencyWords;
  if (!words) return undefined;
  return { text: name, start: words.start, end: words.end };
}

/** Whether two figures are of one order (within a factor of ten). */
function sameOrder(a: number, b: number): boolean {
  return a > 0 && b > 0 ? Math.max(a / b, b / a) <= 10 : a === b;
}

/** The facts whose evidence gives the draft's own rate (per person, a month), when some do. */
function preferRate(facts: Entity<Quantity>[], rate: Rate): Entity<Quantity>[] {
  if (!rate.per && !rate.period) return facts;
  const same = facts.filter((q) => {
    const own = rateOfText(q.fact.evidence.map((range) => range.text).join(' '));
    return (!!rate.per && own.per === rate.per) || (!!rate.period && own.period === rate.period);
  });
  return same.length > 0 ? same : facts;
}

/** Conjunctions that open a clause with a subject of its own. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas']);

/** The tokens of the amount's sentence within `window` tokens of it that are one of the fact's nouns. */
function nounTokens(tokens: Token[], amount: Amount, fact: Quantity, window = NOUN_WINDOW): number[] {
  const sentence = tokens[amount.number.tokenStart]!.sentence;
  const firsts = new Set([...(fact.noun?.ar ?? []), ...(fact.noun?.en ?? [])].map((noun) => nameKeys(noun)[0]).filter((key): key is string => !!key && key.length >= 2));
  const found: number[] = [];
  for (let k = Math.max(0, amount.number.tokenStart - window); k < Math.min(tokens.length, amount.tokenEnd + window); k++) {
    const token = tokens[k]!;
    if ((k >= amount.number.tokenStart && k < amount.tokenEnd) || token.sentence !== sentence) continue;
    if (firsts.has(token.key) || tokenStems(token).some((s) => firsts.has(s.stem) || (s.stem.startsWith('ال') && firsts.has(s.stem.slice(2)))) || namesInOtherLanguage(token, fact)) found.push(k);
  }
  return found;
}

/**
 * Whether the fact's noun at token `k` stands in another clause than a percentage with a figure
 * of another kind between: then it is that figure's noun, not this percentage's (the airline's
 * profits jumped to £410 million, and the union wants 11%). A list of percentages keeps it (coverage
 * reached 92 per cent in cities, and 61 per cent in rural areas), and so does a sum: a sum in
 * another clause after one is often its equivalent in another currency (الكلفة 310 ملايين دينار،
 * أي نحو 105 ملايين دولار).
 */
function otherFiguresNoun(analysis: Analysis, k: number, amount: Amount): boolean {
  const tokens = analysis.tokens;
  if (amount.kind !== 'percent' || tokens[k]!.clause === tokens[amount.number.tokenStart]!.clause) return false;
  // Only a clause of its own, opened by a conjunction (and the union wants 11%, «وتطالب النقابة»):
  // a clause without one is the change of the noun's figure (fell to 400 last year, down 20 per cent).
  let first = amount.number.tokenStart;
  while (first > 0 && tokens[first - 1]!.clause === tokens[amount.number.tokenStart]!.clause) first--;
  const opener = tokens[first]!;
  if (first === amount.number.tokenStart || !(CLAUSE_OPENERS.has(opener.key) || (opener.script === 'ar' && /^و[^\d]{2,}/.test(opener.key)))) return false;
  const percents = new Set(amounts(analysis).filter((other) => other.kind === 'percent').map((other) => other.number.tokenStart));
  const [from, to] = k < amount.number.tokenStart ? [k + 1, amount.number.tokenStart] : [amount.tokenEnd, k];
  for (let j = from; j < to; j++) if (tokens[j]!.script === 'digit' && !percents.has(j)) return true;
  return false;
}

/** Whether every noun of the fact in the amount's sentence is another figure's (above), and there is one. */
function nounOfOtherFigure(analysis: Analysis, amount: Amount, fact: Quantity): boolean {
  const found = nounTokens(analysis.tokens, amount, fact, 4 * NOUN_WINDOW);
  return found.length > 0 && found.every((k) => otherFiguresNoun(analysis, k, amount));
}

/** How many words lie between the amount and the nearest of the fact's nouns in its sentence (its clause first). */
function nounDistance(analysis: Analysis, amount: Amount, fact: Quantity): number {
  const tokens = analysis.tokens;
  let best = Infinity;
  for (const k of nounTokens(tokens, amount, fact)) {
    if (otherFiguresNoun(analysis, k, amount)) continue;
    // A noun of another clause stands farther than any of the amount's own («بنسبة نجاح بلغت 56.8 في المئة، وجاءت ولاية المنستير»).
    const apart = tokens[k]!.clause === tokens[amount.number.tokenStart]!.clause ? 0 : 2 * NOUN_WINDOW;
    best = Math.min(best, apart + (k < amount.number.tokenStart ? amount.number.tokenStart - k : k - amount.tokenEnd));
  }
  return best;
}

const namedOf = new WeakMap<Analysis, WeakMap<KnowledgeIndex, Map<number, Set<string>>>>();

/** The entities each sentence of the draft names, read once per draft and fact base. */
function namedIn(analysis: Analysis, knowledge: KnowledgeIndex): Map<number, Set<string>> {
  const byKnowledge = namedOf.get(analysis) ?? new WeakMap<KnowledgeIndex, Map<number, Set<string>>>();
  namedOf.set(analysis, byKnowledge);
  let named = byKnowledge.get(knowledge);
  if (!named) {
    named = new Map();
    for (const mention of mentions(analysis, knowledge)) {
      const sentence = analysis.tokens[mention.tokenStart]!.sentence;
      named.set(sentence, (named.get(sentence) ?? new Set()).add(mention.entity));
    }
    byKnowledge.set(knowledge, named);
  }
  return named;
}

/**
 * The facts a wrong figure may be a slip for, most likely first: those whose qualifier the
 * sentence names (inflation in September), those without one, then the others; among those, the
 * facts of a place the sentence names (ولاية سوسة), then those whose evidence sentence the draft
 * sentence restates, then the fact whose noun stands nearest the
 * amount («نسبة النجاح في شعبة الرياضيات 79.1 في المئة» is the mathematics rate's, not the overall
 * pass rate's), each in its order.
 */
function bySlip(analysis: Analysis, knowledge: KnowledgeIndex, amount: Amount, facts: Entity<Quantity>[]): Entity<Quantity>[] {
  const tokens = analysis.tokens;
  const sentence = tokens[amount.number.tokenStart]!.sentence;
  const named = namedIn(analysis, knowledge).get(sentence) ?? new Set<string>();
  const unnamed = (fact: Entity<Quantity>) => {
    const subject = fact.fact.subject ? knowledge.resolve(fact, fact.fact.subject) : undefined;
    return subject?.kind === 'place' && [...named].some((entity) => knowledge.same(subject.key, entity)) ? 0 : 1;
  };
  const keys = new Set(tokens.filter((token) => token.sentence === sentence).flatMap((token) => [token.key, ...tokenStems(token).map((s) => s.stem)]));
  const rank = (q: Quantity) => {
    const qualifiers = [...(q.qualifier?.ar ?? []), ...(q.qualifier?.en ?? [])].flatMap((text) => nameKeys(text));
    return qualifiers.length === 0 ? 1 : qualifiers.some((key) => keys.has(key)) ? 0 : 2;
  };
  // A fact whose evidence sentence the draft sentence restates comes before one whose noun merely
  // stands nearer (council tax rising by 9% restates the tax's sentence, not the fare rise's).
  const restated = (fact: Entity<Quantity>) => (restatesEvidence(analysis, knowledge, sentence, fact) ? 0 : 1);
  return facts
    .map((fact, order) => ({ fact, order, rank: rank(fact.fact), unnamed: unnamed(fact), restated: restated(fact), distance: nounDistance(analysis, amount, fact.fact) }))
    .sort((a, b) => a.rank - b.rank || a.unnamed - b.unnamed || a.restated - b.restated || a.distance - b.distance || a.order - b.order)
    .map((entry) => entry.fact);
}

const COMPARISONS = COMPARISON_WORDS.map((words) => words.map(wordKey));

/**
 * Whether the amount is a comparison value: a comparison word right before it ("up from £120m",
 * «مقارنة بـ120 مليون»), with an amount of its kind earlier in its sentence (the current one).
 */
function comparisonValue(analysis: Analysis, amount: Amount, all: readonly Amount[]): boolean {
  const tokens = analysis.tokens;
  const start = amount.number.tokenStart;
  const sentence = tokens[start]!.sentence;
  const before = (keys: readonly string[]) => keys.every((key, k) => tokens[start - keys.length + k]?.key === key && tokens[start - keys.length + k]!.sentence === sentence);
  // «بـ120»: the clitic ب of a comparison (مقارنة بـ) is glued to the figure.
  const glued = /^[وف]?ب\d/.test(tokens[start]!.key);
  if (!COMPARISONS.some((keys) => before(keys) && (!glued || keys.length === 1))) return false;
  return all.some((other) => other !== amount && other.kind === amount.kind && other.number.tokenStart < start && tokens[other.number.tokenStart]!.sentence === sentence);
}

/**
 * The facts a comparison value may be compared with: those whose qualifier or noun stands right
 * after it in its clause ("from 6.7 per cent in September", «مقارنة بـ40 في المئة العام
 * الماضي»), but not a fact whose figure an earlier amount of the sentence gives (the current one).
 */
function qualifiedBeside(analysis: Analysis, amount: Amount, facts: readonly Entity<Quantity>[], all: readonly Amount[]): Entity<Quantity>[] {
  const tokens = analysis.tokens;
  const clause = tokens[amount.number.tokenStart]!.clause;
  const sentence = tokens[amount.number.tokenStart]!.sentence;
  const keys = new Set<string>();
  for (let k = amount.tokenEnd; k < amount.tokenEnd + 4 && tokens[k]?.clause === clause; k++) for (const s of tokenStems(tokens[k]!)) keys.add(s.stem);
  const current = all.filter((other) => other.number.tokenStart < amount.number.tokenStart && tokens[other.number.tokenStart]!.sentence === sentence);
  return facts.filter(
    (q) =>
      !current.some((other) => sameValue(other.number.value, q.fact)) &&
      [...(q.fact.qualifier?.ar ?? []), ...(q.fact.qualifier?.en ?? []), ...(q.fact.noun?.ar ?? []), ...(q.fact.noun?.en ?? [])].some((text) => nameKeys(text).every((key) => keys.has(key))),
  );
}

/**
 * Whether an article sentence the draft sentence restates gives the fact's sum beside another sum
 * (3,450 dinars overland and 4,100 by air): a second sum of the draft sentence may then be a slip
 * for that other one, compared through the fact's noun.
 */
function restatedBesideAnother(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, fact: Quantity): boolean {
  return restatedWith(analysis, knowledge, sentence, (aligned) => aligned.money.has(fact.value) && aligned.money.size > 1);
}

const moneyOfSentences = new WeakMap<readonly Amount[], Map<number, Amount[]>>();

/** The money amounts of `all` by the sentence they stand in, read once per list. */
function moneyBySentence(tokens: readonly Token[], all: readonly Amount[]): Map<number, Amount[]> {
  let map = moneyOfSentences.get(all);
  if (!map) {
    map = new Map();
    for (const amount of all) {
      if (amount.kind !== 'money') continue;
      const sentence = tokens[amount.number.tokenStart]!.sentence;
      const list = map.get(sentence);
      if (list) list.push(amount);
      else map.set(sentence, [amount]);
    }
    moneyOfSentences.set(all, map);
  }
  return map;
}

/**
 * Drops the facts whose very sum another amount of the sentence gives, in the fact's currency,
 * and stands nearer the fact's noun: the noun is that amount's, and this one is the sum of
 * something else the sentence adds (a loan of 45 billion naira, while the state contributed 15
 * billion; «بقرض قيمته 450 مليون درهم، بينما ساهم المجلس بـ150 مليون درهم»). A sentence gives
 * one sum of one thing once, unless the article's own sentence gives the fact's sum beside another.
 */
function notGivenBeside(analysis: Analysis, knowledge: KnowledgeIndex, amount: Amount, all: readonly Amount[], facts: Entity<Quantity>[]): Entity<Quantity>[] {
  const tokens = analysis.tokens;
  const sentence = tokens[amount.number.tokenStart]!.sentence;
  if (amount.kind !== 'money') return facts;
  const others = (moneyBySentence(tokens, all).get(sentence) ?? []).filter((other) => other !== amount);
  if (others.length === 0) return facts;
  return facts.filter((fact) => {
    const mine = nounDistance(analysis, amount, fact.fact);
    const given = others.some((other) => sameValue(other.number.value, fact.fact) && currencyAgrees(fact.fact.currency, other) && nounDistance(analysis, other, fact.fact) < mine);
    return !given || restatedBesideAnother(analysis, knowledge, sentence, fact.fact);
  });
}

/** Checks every money amount and percentage of the draft. */
export function checkAmounts(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void): void {
  const facts = knowledge.quantities.filter((q) => q.fact.unit === 'money' || q.fact.unit === 'percent');
  if (facts.length === 0) return;
  const tokens = analysis.tokens;
  const all = amounts(analysis);
  const ranges = amountRanges(analysis);
  // Fractions said for a percentage (two-thirds of, «ربع») are compared as roundings.
  const rounded = new Set(fractions(analysis).map((fraction) => fractionAmount(fraction, analysis)));
  for (const amount of [...all, ...rounded]) {
    const sentence = tokens[amount.number.tokenStart]!.sentence;
    // A range is one claim, read once through the amount that carries its currency or percent.
    const range = ranges.get(amount.start);
    if (range && range.carrier !== amount) continue;
    const value = range ? range.high : amount.number.value;
    // A share of the fact's noun itself (half of our women) is of another base than the fact's share.
    const ofKind = facts.filter((q) => q.fact.unit === amount.kind && !(amount.kind === 'percent' && shareOfOtherBase(analysis, amount.tokenEnd, q.fact, rounded.has(amount))));
    const sameKind = ofKind.filter((q) => amount.kind === 'percent' || currencyAgrees(q.fact.currency, amount));
    // A sum per year is not the article's sum per month, nor a grant per family one per person.
    const rate = rateAfter(analysis, amount);
    const ofRate = ofKind.filter((q) => {
      const own = rateOfText(q.fact.evidence.map((range) => range.text).join(' '));
      // A share for each one («1440 ديناراً للأستاذ الواحد») is no total of another order (310 ملايين دينار).
      // An average per item (averaging 4 million dinars, «بمعدل») is no total of any order.
      return !ratesDiffer(rate, own) && !(rate.per && !own.per && (rate.per === AVERAGE_PER || !sameOrder(value, q.fact.value)));
    });
    // The article's figure at the draft's rate, or a bound, rounding or range of one: A$810 per
    // person is no rounding of up to A$900 per family.
    const hedges = hedgesBefore(tokens, amount.number.tokenStart);
    // A fraction's bound is loose: it agrees only with a fact it is tied to (below).
    const fraction = rounded.has(amount);
    if (!fraction && sameKind.some((q) => ofRate.includes(q) && agrees(value, range, hedges, q.fact, false))) continue;
    // The conversion of the article's sum into another currency is the converted fact's figure.
    const converted = range || fraction ? undefined : conversionFact(analysis, knowledge, all, amount, ofRate, sameValue);
    if (converted) {
      if (!agrees(value, undefined, hedges, converted.fact, false)) reportAmount(analysis, knowledge, amount, converted, undefined, report);
      continue;
    }
    // A fraction that glosses a percentage of its sentence (24.9 per cent, «أي أقل من ربع») is that one's.
    if (fraction && all.some((other) => other.kind === 'percent' && tokens[other.number.tokenStart]!.sentence === sentence && fractionAgrees(value, hedges, other.number.value))) continue;
    if (restatedWith(analysis, knowledge, sentence, (aligned) => (aligned.numbers.has(value) || (!!range && aligned.numbers.has(range.low))) && sameCurrencyIn(aligned, amount))) continue;
    // A comparison value is only the figure of a fact whose qualifier stands beside it.
    if (comparisonValue(analysis, amount, all)) {
      const own = qualifiedBeside(analysis, amount, sameKind.filter((q) => ofRate.includes(q)), all);
      if (own.length > 0) reportAmount(analysis, knowledge, amount, own[0]!, undefined, report);
      continue;
    }
    const nearAny = ofKind.filter((q) => nounNear(analysis, amount, q.fact));
    const near = nearAny.filter((q) => ofRate.includes(q));
    // The noun names a figure whose rate the draft's is not: another figure of the same thing
    // (85 dinars a month is 1,020 a year), not one of the sentence's other figures.
    if (nearAny.length > 0 && near.length === 0) continue;
    // Tied by the restated sentence alone, a figure of another order is another figure of it.
    // Nor to a fact whose noun the draft gives another figure of, in another clause.
    const restated = ofRate.filter((q) => restatesEvidence(analysis, knowledge, sentence, q) && sameOrder(value, q.fact.value) && !nounOfOtherFigure(analysis, amount, q.fact));
    // The body a sum comes from ties it to that body's sum (15 million dinars from Irbid municipality).
    const source = near.length === 0 ? fromSubject(analysis, knowledge, amount, ofRate) : [];
    // A restated sentence ties a figure whose own nearest noun is another fact's only to that fact.
    if (near.length === 0 && source.length === 0 && restated.length > 0 && nearestNounElsewhere(analysis, knowledge, amount, restated)) continue;
    // A fall is not the article's rise; Halden's figure is not Marlow's.
    // A change is not a level: "by 3%" is the article's change, "to 12%" its level.
    const candidates = notGivenBeside(analysis, knowledge, amount, all, preferRate(near.length > 0 ? near : source.length > 0 ? source : restated, rate));
    const directed = sameDirection(ownSubjects(analysis, knowledge, sentence, candidates, ofKind), amountDirection(analysis, amount));
    const tied = sameRole(directed, figureRole(tokens, amount.number.tokenStart));
    if (tied.length === 0 || (fraction && tied.some((q) => agrees(value, undefined, hedges, q.fact, true)))) continue;
    const sameCurrency = tied.filter((q) => amount.kind === 'percent' || currencyAgrees(q.fact.currency, amount));
    // Another currency: a conversion is not a contradiction, but the article's very figure with
    // another currency's name is (24 مليار يورو for 24 billion dollars).
    const wrongCurrency = sameCurrency.length === 0 ? tied.find((q) => sameValue(value, q.fact)) : undefined;
    if (sameCurrency.length === 0 && !wrongCurrency) continue;
    const tiedFirst: Entity<Quantity> = wrongCurrency ?? sameCurrency[0]!;
    // A sentence (or the amount's clause) about another occasion gives other figures: the loan
    // raised to $8bn in March 2024 beside the article's $3bn of December 2022.
    if (otherOccasionOfFigure(analysis, knowledge, sentence, tiedFirst, amount.number.tokenStart) || anotherTime(analysis, tiedFirst, amount.number.tokenStart)) continue;
    const fact = wrongCurrency ?? bySlip(analysis, knowledge, amount, sameCurrency)[0]!;
    // What is left of a share whose article sentence names the rest (a third, beside two thirds and "the rest") is the rest's.
    if (amount.kind === 'percent' && restOfShare(analysis, sentence, fact, value, rounded.has(amount))) continue;
    // An increment ("£50m more", «10 ملايين دينار إضافية») is no total, unless the article gives one.
    if (!range && isIncrement(tokens, amount.number.tokenStart, amount.tokenEnd) && !incrementFact(fact)) continue;
    if (range || rounded.has(amount)) reportWhole(analysis, knowledge, range ?? amount, fact, report);
    else reportAmount(analysis, knowledge, amount, fact, wrongCurrency, report);
  }
}

/**
 * Reports a range whose ends do not hold `fact`'s figure, or a fraction that does not round it,
 * over its whole text and without a fix.
 */
function reportWhole(analysis: Analysis, knowledge: KnowledgeIndex, whole: AmountRange | Amount, fact: Entity<Quantity>, report: (draft: Draft) => void): void {
  const first = 'carrier' in whole ? whole.carrier.number.tokenStart : whole.number.tokenStart;
  const lang = tokenLang(analysis, analysis.tokens[first]!);
  const actual = analysis.text.slice(whole.start, whole.end);
  report(wrongNumberFinding(knowledge, fact, { range: { start: whole.start, end: whole.end }, lang, actual }));
}

/** Reports an amount that is not `fact`'s figure, or its figure in another currency (`wrongCurrency`). */
function reportAmount(analysis: Analysis, knowledge: KnowledgeIndex, amount: Amount, fact: Entity<Quantity>, wrongCurrency: Entity<Quantity> | undefined, report: (draft: Draft) => void): void {
  const lang = tokenLang(analysis, analysis.tokens[amount.number.tokenStart]!);
  const actual = analysis.text.slice(amount.start, amount.end);
  const fix = wrongCurrency ? currencyFix(analysis, amount, fact.fact, lang) : expectedText(analysis, amount, fact.fact);
  report(
    wrongNumberFinding(knowledge, fact, {
      range: { start: amount.start, end: amount.end },
      lang,
      actual,
      expected: fix && wrongCurrency ? analysis.text.slice(amount.start, fix.start) + fix.text + analysis.text.slice(fix.end, amount.end) : fix?.text,
      fix: fix ? { text: fix.text, range: { start: fix.start, end: fix.end } } : undefined,
    }),
  );
}
