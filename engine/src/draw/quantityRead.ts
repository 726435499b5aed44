/**
 * What a figure of the article was read as: its value with its scale, and its currency, percentage
 * sign, unit, measure or counted noun, read from the words after it.
 */
import type { NumberExpression } from '../extract/numbers';
import type { DrawContext } from './context';
import { CURRENCY_SYMBOLS } from './lexicon';
import { DOLLAR_PREFIXES, EXACT_CURRENCY_WORDS } from '../lexicon/units';
import { localCurrency } from './currencies';
import { amounts, type Amount } from '../extract/amounts';
import { modelTokens } from '../extract/modelCodes';
import { stemsOf } from './words';
import { AR_STOP } from '../lexicon/functionWords';
import { arabicNumberWord, englishNumberWord } from '../lexicon/numbers';
import { EMPLOYED, workforceCount, workforceNoun } from './workforce';
import { CONDITION_NOUNS, COUNT_NOUNS, FATE_QUALIFIERS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import type { RangeEnd } from './quantityWords';
import { CURRENCY, MULTIPLIER, UNITS, PERCENT_WORDS, GENERIC, PEOPLE, TIME_UNITS } from './quantityTables';
import { measureAt, weightAt, speedAt } from './quantityMeasures';
import { OTHERS, eventCount, PEOPLE_ENTRY, fateAfter, casesOf, casesOfWhat, casesOfKind } from './quantityCounted';
import { durationNoun } from './quantityDurations';
import { listItem } from './quantityAmountNouns';
import type { QualifiedNoun } from './quantityQualifiers';
import { ownCountNounAt, ownNounFollows } from './ownCountNouns';

/** What a number was read as: its value, unit, currency, noun and the token past it. */
export interface Read {
  value: number;
  unit: string;
  currency?: string;
  noun?: string;
  known?: QuantityNoun;
  end: number;
  weak?: boolean;
  /** What befell the people of a kind counted (توفيت خمس معلمات: died), written as the count's qualifier. */
  fate?: QuantityNoun;
  /** Whether the count was stated after its noun (quantityStated.ts): the verb before its figure is a link, not what was done to what it counts. */
  stated?: boolean;
  /** Whether the figure is the whole of a part counted before it (من أصل 47915, out of 47,915), read with the part's noun. */
  whole?: boolean;
  /** Whether the figure is a part of those counted before it with what befell it (توفي منهم أربعة, seven of whom drowned): a weak count of that fate, with no kind of its own. */
  part?: boolean;
  /** The noun of the whole a part was counted out of (3,100 staff, 1,240 of them drivers), written as the count's qualifier. */
  partOf?: QuantityNoun;
  /** The place a list's later figure is given for (310 in Meknes after 420 schools in Fez), read after it. */
  place?: QualifiedNoun;
}

/** Reads what follows a number: multiplier, currency, percent, unit or counted noun. */
export function readAfter(ctx: DrawContext, n: NumberExpression, carried?: string): Read | undefined {
  const tokens = ctx.tokens;
  let value = n.value;
  let k = n.tokenEnd;
  const same = (index: number) => tokens[index] && tokens[index].clause === tokens[n.tokenStart]!.clause;
  const multiplier = same(k) ? MULTIPLIER.get(tokens[k]!.key) : undefined;
  if (multiplier) {
    value *= multiplier;
    k++;
  }
  // Money as the check reads it (extract/amounts.ts): a sign, a currency word, its country's
  // adjective (ريال عماني, Kuwaiti dinars) or code; a word without its country is the article's.
  const money = moneyAt(ctx, n);
  if (money) return { value: money.number.value, unit: 'money', currency: money.loose ? localCurrency(ctx, money.currency!) : money.currency!, end: money.tokenEnd };
  const start = tokens[n.tokenStart]!.oStart;
  const sign = ctx.article[start - 1] ?? '';
  // A dollar sign with a country prefix (A$75m, NZ$3bn) names that dollar (lexicon/units.ts).
  const prefix = sign === '$' ? /(?:^|[^A-Za-z])([A-Za-z]{1,3})$/.exec(ctx.article.slice(Math.max(0, start - 5), start - 1))?.[1]?.toLowerCase() : undefined;
  // A bare dollar sign is the dollar of the article's country ($75m in a story from Brisbane).
  const symbol = (prefix ? DOLLAR_PREFIXES[prefix] : undefined) ?? (sign === '$' ? localCurrency(ctx, 'USD') : CURRENCY_SYMBOLS[sign]);
  if (symbol) return { value, unit: 'money', currency: symbol, end: k };
  if (ctx.article[tokens[n.tokenEnd - 1]!.oEnd] === '%' || ctx.article[tokens[n.tokenEnd - 1]!.oEnd] === '٪') return { value, unit: 'percent', end: k };
  for (const words of PERCENT_WORDS) if (words.every((w, j) => tokens[k + j]?.key === w)) return { value, unit: 'percent', end: k + words.length };
  for (const length of [2, 1]) {
    if (k + length > tokens.length) continue;
    const phrase = tokens.slice(k, k + length).map((t) => t.key).join(' ');
    const found = same(k) ? CURRENCY.get(phrase) : undefined;
    // A bare currency word (دينار, dollars) is its family's currency of the article's country.
    const currency = found && length === 1 && !EXACT_CURRENCY_WORDS.has(phrase) ? localCurrency(ctx, found) : found;
    if (currency) return { value, unit: 'money', currency, end: k + length };
  }
  // A list's later figure with no currency of its own (منها 18 مليون دينار قروضاً و12 مليوناً من المنح)
  // is in the first figure's; weakly read, as a part of a whole often is: another figure of its noun
  // (ودائع قيمتها 11 مليار دولار) is the noun's.
  if ((multiplier || n.scale !== undefined) && carried && listItem(ctx, n.tokenStart)) return { value, unit: 'money', currency: carried, end: k, weak: true };
  // A weight, with its scale word or without (2.1 million tonnes of wheat, «370 ألف طن من القمح»).
  const weight = same(k) ? weightAt(ctx, k) : undefined;
  // The scale word multiplies in binary floating point (4.1 × 1,000,000 is 4099999.9999999995): the weight is rounded back.
  if (weight) return { value: Number(value.toPrecision(12)), ...weight };
  if (multiplier) return undefined;
  const speed = same(k) ? speedAt(ctx, k) : undefined;
  if (speed) return { value, unit: 'other', end: speed.end, noun: speed.noun.en[0], known: speed.noun };
  // A counted unit of two words whose first is a unit of length (مليون متر مكعب, cubic metres) is counted, not measured.
  const volume = same(k) ? quantityNounAt(COUNT_NOUNS, tokens, k) : undefined;
  if (volume && volume.tokenEnd > k + 1 && UNITS.has(tokens[k]!.key)) return { value, unit: 'count', end: volume.tokenEnd, noun: ctx.text(k, volume.tokenEnd), known: volume.entry };
  const measure = same(k) ? measureAt(ctx, n.tokenStart, k) : undefined;
  if (measure) return { value, ...measure };
  const unit = same(k) ? UNITS.get(tokens[k]!.key) ?? UNITS.get(stemsOf(tokens[k]).at(-1) ?? '') : undefined;
  if (unit && unit !== 'other') return { value, unit, end: k + 1, noun: ctx.word(k), known: TIME_UNITS.has(unit) ? durationNoun(ctx, n.tokenStart, k + 1) : undefined };
  if (n.unit) return { value, unit: n.unit, end: k, known: TIME_UNITS.has(n.unit) ? durationNoun(ctx, n.tokenStart, k) : undefined };
  // A model between a count and its noun (14 Airbus A330-900 aircraft, 12 F-16 fighter planes) leaves the count the noun's.
  const models = modelTokens(ctx.analysis);
  while (models[k] && same(k)) k++;
  const next = tokens[k];
  const cases = next && same(k) ? casesOf(ctx, n.tokenStart, k) : undefined;
  if (cases) return { value, unit: 'count', end: k + 1, noun: ctx.word(k), known: cases };
  const ofWhat = next && same(k) ? casesOfWhat(ctx, k) : undefined;
  if (ofWhat) return { value, unit: 'count', end: ofWhat.end, noun: ofWhat.noun[ctx.lang][0], known: ofWhat.noun };
  const ofKind = next && same(k) && same(k + 1) ? casesOfKind(ctx, k) : undefined;
  if (ofKind) return { value, unit: 'count', end: k + 2, noun: ctx.text(k, k + 2), known: ofKind };
  // Others counted after what befell them (injuring 37 others) are of that kind; people stay people,
  // which the checker compares only in a sentence that restates their own.
  // People counted in a condition (بينهم 1404 في حالة خطرة, three in a critical condition) are a count of that condition.
  const condition = next && same(k) ? quantityNounAt(CONDITION_NOUNS, tokens, k) : undefined;
  if (condition) return { value, unit: 'count', end: condition.tokenEnd, noun: ctx.text(k, condition.tokenEnd), known: condition.entry };
  const befell = next && same(k) && OTHERS.has(next.key) ? (eventCount(ctx, n.tokenStart) ?? fateAfter(ctx, k + 1)) : undefined;
  if (befell) return { value, unit: 'count', end: k + 1, noun: ctx.word(k), known: befell, weak: true };
  // A function word (منصب, a post) may open a counted noun of two words («منصب شغل», a job), and
  // one that titles read as a function word may be counted itself (من 14 دولة, 14 countries).
  const phrase = next && AR_STOP.has(next.key) ? quantityNounAt(COUNT_NOUNS, tokens, k) : undefined;
  const stop = !!next && AR_STOP.has(next.key) && !phrase;
  if (!next || !same(k) || next.quote !== -1 || (GENERIC.has(next.key) && !PEOPLE.has(next.key)) || stop || next.script === 'digit' || next.key.length < 3) return undefined;
  if (arabicNumberWord(next.key.replace(/^و/, '')) !== undefined || englishNumberWord(next.key) !== undefined) return undefined;
  if (ctx.personAt[k] !== -1) return undefined;
  // A count is drawn only with a noun of the table of counted nouns, right after the number or
  // after one qualifier (أربعة مصادر عراقية, two Iraqi sources): a count of anything else is too
  // easily tied to some other number near the same word in a draft.
  // In English a run of capitalised words may stand between too (about 200 Australian Defence Force
  // personnel, 45 Parks and Wildlife staff): capitalisedRun.
  // A figure joined by a hyphen to the word after it (3-bedroom homes, a five-storey building)
  // counts that word alone: it says what the noun after them is like, not how many there are.
  const joined = /^[-‐–]$/.test(ctx.gap(n.tokenEnd - 1, k));
  if (hyphenCompound(ctx, n.tokenEnd - 1)) return undefined;
  for (const at of [k, k + 1, k + 2, k + 3, k + 4]) {
    if (at > k && joined) break;
    if (!same(at) || (at > k && (ctx.personAt[at] !== -1 || tokens[at]!.script === 'digit'))) continue;
    if (at > k + 1 && !capitalisedRun(ctx, k, at) && !adverbAndAdjective(ctx, k, at)) break;
    const found = headNoun(ctx, quantityNounAt(COUNT_NOUNS, tokens, at));
    if (!found || (at !== k && ctx.lang !== 'en')) continue;
    // A noun of the table that qualifies the article's own counted noun (12 injured turtles) is not what is counted.
    if (ownNounFollows(ctx, found.tokenEnd)) break;
    // People counted with what befell them (Two people died, killing nine people) are the dead or the
    // injured; people of a kind (توفيت خمس معلمات, Two workers were injured) keep their kind, with what befell them as its qualifier.
    const fate = eventCount(ctx, n.tokenStart) ?? fateAfter(ctx, found.tokenEnd);
    // A workforce (employs 220 people, «ويعمل في الميناء 1850 عاملاً») is the staff, qualified by its verbs.
    if (!fate && workforceCount(ctx, n.tokenStart, found.entry)) return { value, unit: 'count', end: found.tokenEnd, noun: ctx.text(at, found.tokenEnd), known: workforceNoun(found.entry), fate: EMPLOYED };
    if (found.entry === PEOPLE_ENTRY) return { value, unit: 'count', end: found.tokenEnd, noun: ctx.text(at, found.tokenEnd), known: fate ?? found.entry };
    const befallen = fate ? FATE_QUALIFIERS.find((f) => f.entry === fate)?.qualifier : undefined;
    return { value, unit: 'count', end: found.tokenEnd, noun: ctx.text(at, found.tokenEnd), known: found.entry, ...(befallen ? { fate: befallen } : {}) };
  }
  return ownCount(ctx, n, value, k);
}

/**
 * A count of the article's own counted noun (ownCountNouns.ts: 84 green sea turtles, «19 سلحفاة»),
 * with what befell the things counted as its qualifier (19 turtles died), as a noun of the table gets.
 */
function ownCount(ctx: DrawContext, n: NumberExpression, value: number, k: number): Read | undefined {
  const own = ownCountNounAt(ctx, k);
  if (!own) return undefined;
  const fate = eventCount(ctx, n.tokenStart) ?? fateAfter(ctx, own.tokenEnd);
  const befallen = fate ? FATE_QUALIFIERS.find((f) => f.entry === fate)?.qualifier : undefined;
  return { value, unit: 'count', end: own.tokenEnd, noun: ctx.word(own.at), ...(befallen ? { fate: befallen } : {}) };
}

/**
 * Whether token `k` is a number word joined by a hyphen to a word that is no number (three-bedroom,
 * five-storey; not twenty-five): a compound adjective whose figure counts none of the words after it.
 */
function hyphenCompound(ctx: DrawContext, k: number): boolean {
  const parts = ctx.word(k).split(/[-‐]/);
  return parts.length > 1 && /^[a-z]+$/i.test(parts.at(-1)!) && englishNumberWord(parts.at(-1)!.toLowerCase()) === undefined;
}

/** The lower-case words that may join the capitalised words of a name (Parks and Wildlife, Ministry of Health). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for']);

/**
 * Whether the English words from `k` to the word at `at` (two words or more) may be the name of a
 * body before a counted noun: capitalised words, or a word that joins two of them (about 200
 * Australian Defence Force personnel, 45 Parks and Wildlife staff, 60 Ministry of Health
 * officials); the count is of the noun after the name. A run that ends in a joining word before a
 * capitalised word (Parks and | Wildlife) goes on, so that the loop reads on to the noun.
 */
function capitalisedRun(ctx: DrawContext, k: number, at: number): boolean {
  const capitalised = (j: number) => ctx.tokens[j]?.script === 'latin' && /^[A-Z]/.test(ctx.word(j));
  if (ctx.lang !== 'en' || !capitalised(k)) return false;
  for (let j = k + 1; j < at; j++) if (!capitalised(j) && !(NAME_JOINERS.has(ctx.tokens[j]!.key) && capitalised(j + 1))) return false;
  return true;
}

/**
 * Whether two English words before the noun at `at` are an adverb in -ly and the adjective it
 * qualifies (72 severely malnourished children, 3 million internally displaced people, 40 critically
 * ill patients): the count is of the noun after them, as with one qualifier.
 */
function adverbAndAdjective(ctx: DrawContext, k: number, at: number): boolean {
  return ctx.lang === 'en' && at === k + 2 && /^[a-z]{3,}ly$/.test(ctx.word(k)) && /^[a-z]+$/.test(ctx.word(k + 1)) && /^ $/.test(ctx.gap(k, k + 1)) && /^ $/.test(ctx.gap(k + 1, k + 2));
}

/**
 * The head of a counted noun that qualifies another of the table right after it (1,200 displaced
 * families, five injured soldiers): the count is of the later noun, with the first as part of its
 * words. People stay the first noun's (internally displaced people are the displaced), since people
 * alone are compared only where the sentence restates their own.
 */
function headNoun(ctx: DrawContext, found: ReturnType<typeof quantityNounAt>): ReturnType<typeof quantityNounAt> {
  if (!found || ctx.lang !== 'en' || !/^ $/.test(ctx.gap(found.tokenEnd - 1, found.tokenEnd)) || ctx.tokens[found.tokenEnd]?.clause !== ctx.tokens[found.tokenEnd - 1]!.clause) return found;
  const head = quantityNounAt(COUNT_NOUNS, ctx.tokens, found.tokenEnd);
  return head && head.entry !== PEOPLE_ENTRY && head.entry !== found.entry ? { entry: head.entry, tokenEnd: head.tokenEnd } : found;
}

/** The amount of money the check reads at a number of the article, if any. */
function moneyAt(ctx: DrawContext, n: NumberExpression): Amount | undefined {
  return amounts(ctx.analysis).find((amount) => amount.kind === 'money' && amount.currency && amount.number.tokenStart === n.tokenStart);
}

/**
 * The first end of a range with no noun of its own (between 30 and 40 tourists, 30-40 soldiers,
 * «بين 3 و5 ملايين دولار»): the second end's noun, unit and currency, at the first end's value
 * (scaled as the second end is: 3 of «3 و5 ملايين» is three million), read past the second end.
 */
export function lowerEnd(ctx: DrawContext, n: NumberExpression, range: RangeEnd): ReturnType<typeof readAfter> {
  const upper = readAfter(ctx, range.other);
  if (!upper) return undefined;
  const scale = n.scale === undefined && range.other.value !== 0 ? upper.value / range.other.value : 1;
  return { ...upper, value: n.value * scale };
}
