/**
 * Quantities: counts with their noun (2012 قتيلاً, five justices), durations (ثلاثة أيام, three
 * days), money with its currency (35 مليار دولار, £140 million), percentages (35%, 4.6 per cent)
 * and distances, each with the hedge the article puts on it (نحو, more than).
 * The readings live beside it: quantityRead.ts (what follows a figure), quantityMeasures.ts,
 * quantityCounted.ts, quantityDurations.ts and quantityAmountNouns.ts (what a figure is of), and
 * quantityKeep.ts (which of the figures drawn are kept).
 */
import { numbers, type NumberExpression } from '../extract/numbers';
import { dates } from '../extract/dates';
import { agePhrases } from '../extract/ages';
import { modelTokens } from '../extract/modelCodes';
import type { DrawContext } from './context';
import { key, stemsOf } from './words';
import { arabicNumberWord, HEDGE_NEGATIONS } from '../lexicon/numbers';
import { drawnFractions } from './quantityFractions';
import { COUNT_NOUNS, type QuantityNoun } from './quantityNouns';
import { branchAfter, changedAfter, nationalityQualifier, ordinalPart, placeOf, rateNoun, verbQualifier } from './quantityQualifiers';
import { beforeDigit, rangeEnds, TO, wordCounts } from './quantityWords';
import { earlierValue } from './earlierValues';
import { drawRanks } from './ranks';
import { APPROX, PERCENT_WORDS, TIME_UNITS } from './quantityTables';
import { LENGTHS, SQUARE_UNITS, WEIGHT_UNITS, weightQualifier } from './quantityMeasures';
import { peopleBefell, othersOfKind, combinedRead, partOfWhole, wholeCountOf, partBefell } from './quantityCounted';
import { combinedFigures } from '../extract/combinedFates';
import { lastedNoun } from './quantityDurations';
import { actedNoun } from './quantityVerbs';
import { amountNoun, nounBefore, continuedNoun, ofCounted, ofNoun, nounForms } from './quantityAmountNouns';
import { readAfter, lowerEnd } from './quantityRead';
import { conversionAfter, nounAfterConversion } from './quantityEquivalents';
import { changeOfAmountBefore, changeVerbAt } from './quantityChanges';
import { changedFrom, changedNoun } from './quantityChangePairs';
import { type Candidate, keepSingleValued } from './quantityKeep';
import { labelledCountOf, statedCountOf } from './quantityStated';
import { listedCount, placedCount, type PlacedCount } from './quantityLists';
import { estimatedQualifier } from './quantityEstimates';
import { attributiveNoun } from './quantityAttributive';
import { partOfWholeBefore } from './quantityPartitives';
import { markFractions, ratioTerm } from './quantityRatios';
import { goalBefore, proposalBefore } from './forecasts';

const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'في', 'منذ', 'حتي', 'in', 'since', 'until', 'by', 'year', 'between', 'and', 'of'].map(key));

/** Words before a number that make it a clock time, not a quantity. */
const CLOCK = new Set(['الساعه', 'الساعة', 'o', 'clock'].map(key));

/** The bound a negated bound gives (لم تتجاوز 28, no more than 28: up to 28; no fewer than 40: at least 40). */
const NEGATED_APPROX: Record<string, string> = { 'more-than': 'up-to', 'at-least': 'up-to', 'less-than': 'at-least', 'up-to': 'at-least' };
const NEGATIONS = new Set(HEDGE_NEGATIONS.map(key));

/** The hedge right before token `i` (نحو, أكثر من, about, more than), turned by a negation before it. */
function approxBefore(ctx: DrawContext, i: number): string | undefined {
  for (const { keys, kind } of APPROX) {
    const start = i - keys.length;
    if (start < 0) continue;
    if (!keys.every((k, j) => ctx.tokens[start + j]!.key === k || (j === 0 && stemsOf(ctx.tokens[start]).includes(k)))) continue;
    const negated = start > 0 && NEGATIONS.has(ctx.tokens[start - 1]!.key) ? NEGATED_APPROX[kind] : undefined;
    return negated ?? kind;
  }
  return undefined;
}

/** Words after which a word in -ing is a verb, not a noun: after securing, by winning, before raising. */
const GERUND_LEADS = new Set(['after', 'before', 'by', 'since', 'without', 'through']);

/** Whether `noun`, the word before the amount at token `at`, is a word in -ing right after a preposition (after securing £1.2 million): a verb, which measures nothing. */
function gerundBefore(ctx: DrawContext, at: number, noun: string): boolean {
  if (!/^[a-z]{3,}ing$/.test(noun)) return false;
  for (let k = at - 1; k >= 0 && at - k <= 5; k--) if (ctx.word(k) === noun) return GERUND_LEADS.has(ctx.tokens[k - 1]?.key ?? '');
  return false;
}

/**
 * The tokens whose figures are no quantity, marked 1: dates (a bare year only after a year word),
 * the figure of an age and the figures of models. Drawing marks the words a percentage reads past too.
 */
function notQuantities(ctx: DrawContext): Uint8Array {
  const tokens = ctx.tokens;
  const inDate = new Uint8Array(tokens.length);
  for (const d of dates(ctx.analysis)) {
    // A bare year (2012) may be a count (2012 قتيلاً); it is a date after a year word or with a month.
    const bareYear = !d.month && !d.day && d.tokenEnd - d.tokenStart === 1 && !YEAR_WORDS.has(tokens[d.tokenStart - 1]?.key ?? '');
    if (!bareYear) for (let k = d.tokenStart; k < d.tokenEnd; k++) inDate[k] = 1;
  }
  // An age (يبلغ من العمر 63 عاماً, a 67-year-old man) is no duration: ages.ts reads those beside a name.
  for (const phrase of agePhrases(ctx.analysis)) inDate[phrase.number.tokenStart] = 1;
  // A figure of a model (Boeing 777-9, F-16, «إف-16») counts nothing.
  const models = modelTokens(ctx.analysis);
  for (let k = 0; k < tokens.length; k++) if (models[k]) inDate[k] = 1;
  return inDate;
}

/** Draws the article's quantities into `ctx.out.quantities`. */
export function drawQuantities(ctx: DrawContext): void {
  const tokens = ctx.tokens;
  const inDate = notQuantities(ctx);
  const seen = new Set<string>();
  const drawn: Candidate[] = [];
  /** The last amount of money drawn, with the token past it, for an equivalent in brackets after it. */
  let lastMoney: { end: number; noun: string; known?: QuantityNoun; currency?: string } | undefined;
  /** The last amount or percentage drawn with a noun of the tables, for the amount a change came to after it. */
  let lastAmount: { sentence: number; known: QuantityNoun; percentEnd?: number; rightAfter?: boolean } | undefined;
  /** The currency of the last amount of money read, with its sentence, for a list's later figure that gives none. */
  let lastCurrency: { sentence: number; currency: string } | undefined;
  /** The last count read with its place right after it, for a list's later figures (420 schools in Fez, 310 in Meknes). */
  let lastPlaced: PlacedCount | undefined;
  // The headline and standfirst above the dateline are read after the body, so that a figure the
  // body repeats keeps the body's evidence; the dateline's own words hold no quantity.
  const datelineStart = lineStart(ctx, ctx.datelineEnd);
  const inHeadline = (n: NumberExpression) => n.tokenStart < datelineStart;
  // An Arabic «واحد» after its noun (في عام واحد, قتيل واحد) is the noun's adjective, not a figure that opens a range.
  const figures = numbers(ctx.analysis).filter((n) => !adjectiveOne(ctx, n));
  // Counts said in words (dozens of homes, the dual مستشفيان) are read with the figures.
  const words = wordCounts(ctx, figures);
  const ranges = rangeEnds(ctx, figures);
  // Figures of two fates joined (36 dead or missing) count both.
  const combined = combinedFigures(ctx.tokens, figures);
  const all = [...figures, ...[...words.values()].map((w) => w.number)].sort((a, b) => a.tokenStart - b.tokenStart);
  // The numbers of a fraction with its own whole (one in five nurses) count nothing.
  markFractions(ctx, inDate);
  for (const n of [...all.filter((n) => !inHeadline(n)), ...all.filter(inHeadline)]) {
    if (inDate[n.tokenStart] || tokens[n.tokenStart]!.quote !== -1 || (n.tokenStart >= datelineStart && n.tokenStart < ctx.datelineEnd)) continue;
    if (n.style === 'en-words' && n.value === 1) continue;
    // The earlier value of a comparison (up from 15,000, «مقارنة بـ2800») is not what the noun counts now.
    // So is the earlier figure of a change stated by its two values (will rise from £2.00 to £2.15).
    if (earlierValue(ctx, n) || changedFrom(ctx, n.tokenStart)) continue;
    // A year after a year word (عام 1948, in 2020) is a date; a number after الساعة is a clock time.
    const previous = tokens[n.tokenStart - 1];
    if (n.style === 'digits' && n.value >= 1900 && n.value <= 2100 && previous && YEAR_WORDS.has(previous.key)) continue;
    const clock = [1, 2, 3, 4].map((d) => tokens[n.tokenStart - d]).some((t) => t && t.clause === tokens[n.tokenStart]!.clause && (CLOCK.has(t.key) || stemsOf(t).some((s) => CLOCK.has(s))));
    if (clock) continue;
    if (n.style === 'ar-words' && previous && arabicNumberWord(previous.key.replace(/^و/, '')) !== undefined) continue;
    const word = words.get(n.tokenStart);
    const range = word ? undefined : ranges.get(n.tokenStart);
    const carried = lastCurrency?.sentence === tokens[n.tokenStart]!.sentence ? lastCurrency.currency : undefined;
    const read = combinedRead((word ? peopleBefell(ctx, n, word.read) : undefined) ?? (range?.approx === 'at-least' ? lowerEnd(ctx, n, range) : undefined) ?? readAfter(ctx, n, carried) ?? (word ? undefined : (listedCount(ctx, n, lastPlaced) ?? partBefell(ctx, n) ?? partOfWholeBefore(ctx, n) ?? statedCountOf(ctx, n, figures) ?? labelledCountOf(ctx, n) ?? wholeCountOf(ctx, n, figures))), combined.get(n.tokenStart));
    if (read) lastPlaced = placedCount(ctx, n, read);
    if (read?.currency) lastCurrency = { sentence: tokens[n.tokenStart]!.sentence, currency: read.currency };
    // The noun of a range's second end is looked for from its first (the contract is worth between $3m and $5m).
    const at = range?.approx === 'up-to' ? range.other.tokenStart : n.tokenStart;
    if (!read) continue;
    // The words of a percentage (في المئة) hold no figure of their own; the first end of a range reads past the second.
    if (range?.approx !== 'at-least') for (let k = n.tokenEnd; k < read.end; k++) inDate[k] = 1;
    const approx = word?.approx ?? range?.approx ?? approxBefore(ctx, n.tokenStart);
    const amount = read.unit === 'money' || read.unit === 'percent';
    const measured = read.unit === 'other' || LENGTHS.has(read.unit) || read.unit in SQUARE_UNITS;
    const qualifier = read.place ?? (read.unit === 'count' || amount ? (branchAfter(ctx, read.end) ?? placeOf(ctx, at, read.end)) : measured ? placeOf(ctx, at, read.end) : undefined);
    const rate = read.unit === 'percent' ? (changedAfter(ctx, at, read.end) ?? rateNoun(ctx, at) ?? (qualifier ? rateNoun(ctx, at, true) : undefined)) : undefined;
    const known = read.known ?? (read.unit === 'money' ? tabledAttributive(ctx, at, read.end) : undefined) ?? (read.unit === 'percent' && !rate ? ofCounted(ctx, read.end) : undefined) ?? (amount && !rate ? (amountNoun(ctx, at, read.end) ?? continuedNoun(ctx, at, lastAmount) ?? (read.unit === 'percent' ? changeOfAmountBefore(ctx, at, read.end, lastAmount) : undefined)) : undefined) ?? (read.unit === 'money' ? nounAfterConversion(ctx, read.end, read.currency) : undefined);
    if (amount && known) lastAmount = { sentence: tokens[n.tokenStart]!.sentence, known, ...(read.unit === 'percent' ? { percentEnd: read.end } : {}) };
    // A change of a noun of the tables said with «بنسبة» (ارتفعت الإيرادات بنسبة 11% إلى 9.8 مليار
    // درهم) gives its noun to the amount right after it only.
    else if (rate?.noun.ar?.length && rate.noun.en?.length) lastAmount = { sentence: tokens[n.tokenStart]!.sentence, known: { ar: rate.noun.ar, en: rate.noun.en }, percentEnd: read.end, rightAfter: true };
    const lasted = TIME_UNITS.has(read.unit) && !known ? lastedNoun(ctx, at) : undefined;
    // A duration or a distance right after a verb (was planned to take three years, walked two hours, drove 85 km) measures the verb's act.
    const acted = (TIME_UNITS.has(read.unit) || LENGTHS.has(read.unit)) && !known && !lasted ? actedNoun(ctx, at, read.end) : undefined;
    // One part of a counted whole (الأولى بقيمة 15 مليار دولار خلال أسبوع): its money and duration are the part's.
    const part = !known && !rate && !lasted && (amount || TIME_UNITS.has(read.unit)) ? ordinalPart(ctx, at, COUNT_NOUNS) : undefined;
    let noun = part ? part.key : rate ? rate.key : known ? (known[ctx.lang][0] ?? read.noun) : TIME_UNITS.has(read.unit) ? (lasted ?? acted?.en[0] ?? nounBefore(ctx, at, true)) : acted ? acted.en[0] : (read.noun ?? (amount ? (ofNoun(ctx, read.end, read.unit === 'percent') ?? nounBefore(ctx, at) ?? changedNoun(ctx, at)) : undefined));
    // An amount in another currency in brackets right after one (310 ملايين دينار (نحو 105 ملايين دولار), £5m ($6.2m)), or after ", or", is of the same noun.
    const equivalent = read.unit === 'money' && !noun && lastMoney && conversionAfter(ctx, lastMoney.end, n.tokenStart) && lastMoney.currency !== read.currency ? lastMoney : undefined;
    if (equivalent) noun = equivalent.noun;
    if (!noun) continue;
    if (read.unit === 'money') lastMoney = { end: read.end, noun, known: known ?? equivalent?.known, currency: read.currency };
    const nounKnown = known ?? equivalent?.known ?? acted;
    const named = part ?? rate;
    const forms = named ? [...(named.noun[ctx.lang] ?? named.noun.ar ?? named.noun.en ?? [])] : nounKnown ? [...nounKnown[ctx.lang]] : nounForms(noun);
    const signature = `${read.value}|${read.unit}|${forms[0]}|${qualifier?.key ?? ''}|${read.fate?.en[0] ?? ''}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    const fact: Record<string, unknown> = {
      id: ctx.id(`${read.unit === 'count' ? 'count' : read.unit}-${read.value}`),
      value: read.value,
      unit: read.unit,
      ...(read.currency ? { currency: read.currency } : {}),
      ...(approx ? { approx } : {}),
      noun: named ? named.noun : nounKnown ? { ...(nounKnown.ar.length ? { ar: [...nounKnown.ar] } : {}), ...(nounKnown.en.length ? { en: [...nounKnown.en] } : {}) } : { [ctx.lang]: forms },
      ...(read.fate ? { qualifier: { ar: [...read.fate.ar], en: [...read.fate.en] } } : read.partOf ? { qualifier: { ar: [...read.partOf.ar], en: [...read.partOf.en] } } : {}),
      evidence: [ctx.clauseEvidence(n.tokenStart, read.end)],
    };
    // A noun of the tables says what the number measures; any other word is a guess to review
    // (an unsure quantity contradicts no draft until an editor removes the mark).
    if (word?.review) fact.review = { unsure: true, reason: word.review };
    else if (range || inRange(ctx, n.tokenStart, read.end, read.unit === 'percent')) fact.review = { unsure: true, reason: 'one end of a range (60% to 70%); a draft figure inside the range is not wrong: give both ends, or delete the fact' };
    else if (!nounKnown && !named && !lasted && (TIME_UNITS.has(read.unit) || (amount && (/^[a-z]+ed$/.test(noun) || gerundBefore(ctx, at, noun))) || (read.unit === 'percent' && !read.noun && noun !== ofNoun(ctx, read.end, true)))) fact.review = { unsure: true, reason: `the ${read.unit === 'money' ? 'amount' : read.unit === 'percent' ? 'percentage' : 'duration'} is tied to the word before it (${noun}); check what it measures` };
    // Amounts of one noun in two currencies are one amount and its equivalent, not two values of it.
    // The dead of a kind and the kind counted otherwise (خمس معلمات توفين, 19 معلمة في الحافلة) are two facts, not two values of one.
    // The object of an estimate (estimates the country's need at about 45,000 housing units) narrows it first.
    // A weight in its bare unit is narrowed by the noun of the weight table before it (a load of 3,700 tonnes).
    const verb = read.unit === 'count' && !read.fate && !read.stated && !read.partOf ? (estimatedQualifier(ctx, n.tokenStart) ?? verbQualifier(ctx, n.tokenStart, read.end)) : WEIGHT_UNITS.has(read.unit) && !known ? weightQualifier(ctx, at) : undefined;
    // A nationality beside the noun (منها خمس شركات تونسية, five Tunisian companies) narrows a noun counted twice.
    const nationality = read.unit === 'count' && !read.fate && !read.stated && !read.partOf ? nationalityQualifier(ctx, n.tokenEnd, read.end) : undefined;
    // A part of a counted whole and the whole (نجح 18342 مترشحاً من أصل 47915) are two figures of one noun that both hold.
    const partWhole = read.whole ? 'whole' : read.unit === 'count' && !word && partOfWhole(ctx, read.end) ? 'part' : undefined;
    drawn.push({ fact, noun: `${key(forms[0]!)}|${read.currency ?? read.unit}${read.fate ? `|${key(read.fate.en[0]!)}` : ''}`, qualifier, verb, nationality, headline: inHeadline(n), vague: !!word?.review || read.weak || ratioTerm(ctx, n.tokenStart), sentence: tokens[n.tokenStart]!.sentence, goal: goalBefore(ctx, n.tokenStart) || proposalBefore(ctx, n.tokenStart), ...(partWhole ? { partWhole } : {}) });
    const others = read.weak && !word && !read.part ? othersOfKind(ctx, n.tokenStart, fact, read.known) : undefined;
    if (others) drawn.push({ ...others, headline: inHeadline(n) });
  }
  // Fractions of a table noun (ثلثي التكلفة, two thirds of the cost) are percentages the fraction rounds.
  for (const fraction of drawnFractions(ctx, datelineStart, (tokenStart) => approxBefore(ctx, tokenStart))) drawn.push(fraction);
  // A headline's figure of a noun the body gives is the body's, rounded or abridged: only a noun
  // the body does not give (a headline-only figure) is drawn from the headline.
  const body = drawn.filter((c) => !c.headline);
  const bodyNouns = new Set(body.map((c) => c.noun));
  const bodyValues = new Set(body.map((c) => `${String(c.fact.value)}|${String(c.fact.currency ?? c.fact.unit)}`));
  keepSingleValued(
    ctx,
    drawn.filter((c) => !c.headline || (!bodyNouns.has(c.noun) && !bodyValues.has(`${String(c.fact.value)}|${String(c.fact.currency ?? c.fact.unit)}`))),
  );
  // Ranks given by an ordinal beside their noun (the second cyclone, «ثاني منخفض») are quantities too.
  drawRanks(ctx);
}

/** Whether figure `n` is «واحد» or «واحدة» right after an Arabic word of its clause (عام واحد): the adjective "one". */
function adjectiveOne(ctx: DrawContext, n: NumberExpression): boolean {
  const before = ctx.tokens[n.tokenStart - 1];
  return n.style === 'ar-words' && n.value === 1 && n.tokenEnd - n.tokenStart === 1 && !!before && before.script === 'ar' && before.clause === ctx.tokens[n.tokenStart]!.clause && arabicNumberWord(before.key.replace(/^و/, '')) === undefined;
}

/** The first token on the line of token `end - 1` (the dateline's line); 0 without a dateline. */
function lineStart(ctx: DrawContext, end: number): number {
  if (end <= 0) return 0;
  let k = end - 1;
  while (k > 0 && !ctx.gap(k - 1, k).includes('\n')) k--;
  return k;
}

/** Whether the figure whose digits are token `k` is a percentage (70%, 70 per cent, 70 في المئة). */
function percentAt(ctx: DrawContext, k: number): boolean {
  const sign = ctx.article[ctx.tokens[k]!.oEnd];
  return sign === '%' || sign === '٪' || PERCENT_WORDS.some((words) => words.every((w, j) => ctx.tokens[k + 1 + j]?.key === w));
}

/**
 * Whether a figure is one end of a range: another figure joined to it by to, إلى, حتى or a dash,
 * of its own kind: a percentage and a sum (climbed 17% to 803 billion rupees, rose 22% to £410
 * million) are a change and what it came to, not the two ends of one range.
 */
function inRange(ctx: DrawContext, tokenStart: number, end: number, percent: boolean): boolean {
  const tokens = ctx.tokens;
  // The dateline's figures (Monday 9 March 2026 - Exports rose to £4.2 billion) are no end of a range of the body's.
  const afterDateline = tokenStart >= ctx.datelineEnd;
  const digit = (k: number) => tokens[k]?.script === 'digit' && tokens[k].sentence === tokens[tokenStart]!.sentence && !(afterDateline && k < ctx.datelineEnd) && percentAt(ctx, k) === percent;
  const joins = (k: number) => !!tokens[k] && (TO.has(tokens[k].key) || TO.has(beforeDigit(tokens[k].key)));
  // A figure before a verb of change is what changed, not a range's end (its net profit for 2025 rose to 3.2 billion riyals).
  const verbBetween = (k: number) => [k + 1, k + 2].some((j) => j < tokenStart - 1 && changeVerbAt(ctx, j));
  // Nor is the earlier figure of a change stated by its two values (from £2.00 to £2.15).
  const before = (k: number) => digit(k) && tokens[k]!.clause === tokens[tokenStart - 1]!.clause && !verbBetween(k) && !changedFrom(ctx, k);
  if ((joins(tokenStart - 1) && (before(tokenStart - 2) || before(tokenStart - 3) || before(tokenStart - 4))) || (/^\s*[-–]\s*$/.test(ctx.gap(tokenStart - 1, tokenStart)) && digit(tokenStart - 1))) return true;
  // The figure after "to" in the next clause is the amount a change came to, not the range's other end.
  for (const k of [end, end + 1]) if (joins(k) && digit(k + 1) && tokens[k]!.clause === tokens[end - 1]!.clause) return true;
  return /^\s*[-–]\s*$/.test(ctx.gap(end - 1, end)) && digit(end);
}

/**
 * The noun of an attributive sum (its £1.4 billion budget: `attributiveNoun`) when the amount
 * table knows the phrase's head, so that the noun has its Arabic forms too. Another phrase (a £312
 * million plan) gives English words only, which an Arabic draft cannot write, while the word the
 * other readers take for it (has approved) carries the other language's words: such a sum keeps
 * that reading (found at the held-out guard of session 33, where an Arabic restatement of a cost
 * in the wrong currency went unflagged).
 */
function tabledAttributive(ctx: DrawContext, at: number, end: number): QuantityNoun | undefined {
  const noun = attributiveNoun(ctx, at, end);
  return noun && noun.ar.length > 0 ? noun : undefined;
}
