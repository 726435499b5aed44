/**
 * Quantities: counts with their noun (2012 قتيلاً, five justices), durations (ثلاثة أيام, three
 * days), money with its currency (35 مليار دولار, £140 million), percentages (35%, 4.6 per cent)
 * and distances, each with the hedge the article puts on it (نحو, more than).
 */
import { numbers, type NumberExpression } from '../extract/numbers';
import { dates } from '../extract/dates';
import { agePhrases } from '../extract/ages';
import { nameKeys } from '../knowledge';
import type { DrawContext } from './context';
import type { Token } from '../analysis';
import { APPROX_WORDS, CURRENCIES, CURRENCY_SYMBOLS, MULTIPLIERS, UNIT_WORDS_DRAW, WEEKDAYS } from './lexicon';
import { DOLLAR_PREFIXES, EXACT_CURRENCY_WORDS } from '../lexicon/units';
import { localCurrency } from './currencies';
import { amounts, type Amount } from '../extract/amounts';
import { MONTH_NAMES } from '../lexicon/months';
import { CURRENCY_WORDS } from '../lexicon/units';
import { isSpeech, key, stemsOf } from './words';
import { isFutureVerb } from '../text/stem';
import { AR_STOP } from '../lexicon/functionWords';
import { arabicNumberWord, englishNumberWord } from '../lexicon/numbers';
import { drawnFractions } from './quantityFractions';
import { EMPLOYED, workforceCount, workforceNoun } from './workforce';
import { AGREEMENT_ENTRY, AMOUNT_NOUNS, CONDITION_NOUNS, COUNT_NOUNS, DURATION_NOUNS, EVENT_COUNTS, FATE_QUALIFIERS, FATES_AFTER, LENGTH_ENTRY, LENGTH_WORKS, MEASURE_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { branchAfter, ordinalPart, placeOf, rateNoun, verbQualifier, type QualifiedNoun } from './quantityQualifiers';
import { beforeDigit, rangeEnds, TO, wordCounts, type RangeEnd } from './quantityWords';
import { earlierValue } from './earlierValues';
import { earlierOccasionSentences } from './earlierOccasions';
import { drawRanks } from './ranks';

const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'في', 'منذ', 'حتي', 'in', 'since', 'until', 'by', 'year', 'between', 'and', 'of'].map(key));

/** The drawing's currency words and the engine's (lexicon/units.ts), so that a draft's currency word the check reads is read here too. */
const CURRENCY = new Map([...Object.entries(CURRENCIES).map(([word, code]) => [nameKeys(word).join(' '), code] as [string, string]), ...CURRENCY_WORDS]);
const MULTIPLIER = new Map(Object.entries(MULTIPLIERS).map(([word, value]) => [key(word), value]));
const UNITS = new Map(Object.entries(UNIT_WORDS_DRAW).map(([word, unit]) => [key(word), unit]));
const APPROX = Object.entries(APPROX_WORDS).map(([words, kind]) => ({ keys: nameKeys(words), kind }));
/** Words that make a figure a percentage, folded as tokens are (المئة → الميه). */
const PERCENT_WORDS = [['في', 'المئة'], ['في', 'المائة'], ['بالمئة'], ['بالمائة'], ['per', 'cent'], ['percent']].map((words) => words.map(key));
const PERCENT_KEYS = new Set(PERCENT_WORDS.flat());
/** Nouns too general to tie a number to one fact (a draft's "people" may be any people). */
const GENERIC = new Set(
  ['شخص', 'شخصا', 'اشخاص', 'آخرين', 'آخرون', 'اخري', 'people', 'persons', 'others', 'other', 'حاله', 'حالات', 'مره', 'مرات', 'times', 'cases', 'case', 'في', 'من', 'of', 'the', 'and', 'to', 'in', 'from', 'by', 'at', 'on', 'منها', 'منه'].map(key),
);
/**
 * People counted as such (45,000 people, 300 ألف شخص): drawn, since the checker compares a count
 * of a bare noun only in a sentence that restates the count's own.
 */
const PEOPLE = new Set(['شخص', 'شخصا', 'اشخاص', 'people', 'persons'].map(key));

/** Month and weekday names, which are never what a number measures. */
const MONTH_OR_DAY = new Set([...MONTH_NAMES.flat().flatMap((name) => nameKeys(name)), ...Object.keys(WEEKDAYS).map(key)]);

/** Words that say "worth", "amounting to", "in exchange for" before a figure: never what it measures. */
const VALUE_WORDS = new Set(
  ['قيمه', 'قيمتها', 'قيمته', 'بقيمه', 'قدره', 'قدرها', 'مقداره', 'مقدارها', 'نسبه', 'نسبتها', 'نسبته', 'بنسبه', 'مقابل', 'تبلغ', 'يبلغ', 'بلغت', 'بلغ', 'تتجاوز', 'يتجاوز', 'تزيد', 'يزيد', 'تفوق', 'يفوق', 'اجمالي', 'بمبلغ', 'مبلغ', 'worth', 'valued', 'totalling', 'totaling', 'amounting', 'paid', 'pay', 'for', 'at', 'to', 'fell', 'rose', 'reached', 'with'].map(key),
);

/**
 * Who pays, spends or receives (تنفق الدولة 48 مليون دينار, the government paid £5m): the subject
 * before an amount, never what it measures; an amount after one has no noun to draw.
 */
const PAYERS = new Set(['الدولة', 'دولة', 'الحكومة', 'حكومة', 'الوزارة', 'وزارة', 'الشركة', 'شركة', 'البنك', 'المجلس', 'الدول', 'state', 'government', 'ministry', 'company', 'council', 'bank', 'firm'].map(key));

/** Words before a number that make it a clock time, not a quantity. */
const CLOCK = new Set(['الساعه', 'الساعة', 'o', 'clock'].map(key));

/** The hedge right before token `i` (نحو, أكثر من, about, more than). */
function approxBefore(ctx: DrawContext, i: number): string | undefined {
  for (const { keys, kind } of APPROX) {
    const start = i - keys.length;
    if (start < 0) continue;
    if (keys.every((k, j) => ctx.tokens[start + j]!.key === k || (j === 0 && stemsOf(ctx.tokens[start]).includes(k)))) return kind;
  }
  return undefined;
}

/** What a number was read as: its value, unit, currency, noun and the token past it. */
interface Read {
  value: number;
  unit: string;
  currency?: string;
  noun?: string;
  known?: QuantityNoun;
  end: number;
  weak?: boolean;
  /** What befell the people of a kind counted (توفيت خمس معلمات: died), written as the count's qualifier. */
  fate?: QuantityNoun;
}

/** Reads what follows a number: multiplier, currency, percent, unit or counted noun. */
function readAfter(ctx: DrawContext, n: NumberExpression, carried?: string): Read | undefined {
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
  if (!next || !same(k) || next.quote !== -1 || (GENERIC.has(next.key) && !PEOPLE.has(next.key)) || AR_STOP.has(next.key) || next.script === 'digit' || next.key.length < 3) return undefined;
  if (arabicNumberWord(next.key.replace(/^و/, '')) !== undefined || englishNumberWord(next.key) !== undefined) return undefined;
  if (ctx.personAt[k] !== -1) return undefined;
  // A count is drawn only with a noun of the table of counted nouns, right after the number or
  // after one qualifier (أربعة مصادر عراقية, two Iraqi sources): a count of anything else is too
  // easily tied to some other number near the same word in a draft.
  // In English a run of capitalised words may stand between too (about 200 Australian Defence Force personnel).
  const capitalised = (j: number) => tokens[j]!.script === 'latin' && /^[A-Z]/.test(ctx.word(j));
  for (const at of [k, k + 1, k + 2, k + 3]) {
    if (!same(at) || (at > k && (ctx.personAt[at] !== -1 || tokens[at]!.script === 'digit'))) continue;
    if (at > k + 1 && !(ctx.lang === 'en' && capitalised(k) && capitalised(at - 1) && capitalised(at - 2)) && !adverbAndAdjective(ctx, k, at)) break;
    const found = headNoun(ctx, quantityNounAt(COUNT_NOUNS, tokens, at));
    // A part of a counted whole (62931 مترشحاً من أصل 152480, 62 candidates out of 150) counts a part the noun does not name.
    if (found && partOfWhole(ctx, found.tokenEnd)) return undefined;
    if (!found || (at !== k && ctx.lang !== 'en')) continue;
    // People counted with what befell them (Two people died, killing nine people) are the dead or the
    // injured; people of a kind (توفيت خمس معلمات, Two workers were injured) keep their kind, with what befell them as its qualifier.
    const fate = eventCount(ctx, n.tokenStart) ?? fateAfter(ctx, found.tokenEnd);
    // A workforce (employs 220 people, «ويعمل في الميناء 1850 عاملاً») is the staff, qualified by its verbs.
    if (!fate && workforceCount(ctx, n.tokenStart, found.entry)) return { value, unit: 'count', end: found.tokenEnd, noun: ctx.text(at, found.tokenEnd), known: workforceNoun(found.entry), fate: EMPLOYED };
    if (found.entry === PEOPLE_ENTRY) return { value, unit: 'count', end: found.tokenEnd, noun: ctx.text(at, found.tokenEnd), known: fate ?? found.entry };
    const befallen = fate ? FATE_QUALIFIERS.find((f) => f.entry === fate)?.qualifier : undefined;
    return { value, unit: 'count', end: found.tokenEnd, noun: ctx.text(at, found.tokenEnd), known: found.entry, ...(befallen ? { fate: befallen } : {}) };
  }
  return undefined;
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

/** Whether the figure `n` opens a later item of a list: «و» fused to its digits (و12 مليوناً), or "and" or «و» right before it. */
function listItem(ctx: DrawContext, tokenStart: number): boolean {
  const before = ctx.tokens[tokenStart - 1];
  return /^و\d/.test(ctx.tokens[tokenStart]!.key) || (!!before && before.clause === ctx.tokens[tokenStart]!.clause && (before.key === 'and' || before.key === key('و')));
}

/** Units of length a measure noun may be of, and the depths of rain and snow (folded). */
const LENGTHS = new Set(['km', 'metre']);
const DEPTHS = new Set(['مليمتر', 'مليمترا', 'مليمترات', 'ملم', 'millimetres', 'millimeters', 'mm', 'سنتيمتر', 'سنتيمترا', 'سنتيمترات', 'سم', 'centimetres', 'centimeters', 'cm'].map(key));
/** Words that make a unit of length one of area: كيلومتر مربع, square kilometres. */
const SQUARE_AR = new Set(['مربع', 'مربعا', 'مربعه'].map(key));
const SQUARE: Record<string, string> = { km: 'square-km', metre: 'square-metre' };
const SQUARE_UNITS: Record<string, true> = { 'square-km': true, 'square-metre': true };

/**
 * A measure at token `k` after the number at `tokenStart` with what it measures: a length or an
 * area (على عمق 140 متراً, an altitude of 2,800 metres, مساحة 12 كيلومتراً مربعاً, 60 km away) with
 * a noun of the measure table, or a depth of rain or snow (85 centimetres of fresh snow), whose
 * noun keeps the unit word, which the checker reads beside the figure. A length with no measure
 * noun is left to the unit reading.
 */
function measureAt(ctx: DrawContext, tokenStart: number, k: number): { unit: string; end: number; noun: string; known: QuantityNoun } | undefined {
  const tokens = ctx.tokens;
  const square = tokens[k]!.key === 'square' ? 1 : 0;
  const word = tokens[k + square];
  if (!word || word.clause !== tokens[tokenStart]!.clause) return undefined;
  const length = UNITS.get(word.key) ?? UNITS.get(stemsOf(word).at(-1) ?? '');
  if (length && LENGTHS.has(length)) {
    const squared = square === 1 || SQUARE_AR.has(tokens[k + 1]?.key ?? '');
    const end = k + 1 + (squared ? 1 : 0);
    const found = measureNoun(ctx, tokenStart, end);
    // A length before the work it measures (a 42-kilometre power line), or «بطول» after the work.
    const work = squared ? undefined : found ? (found.entry === LENGTH_ENTRY && found.at !== undefined ? workBefore(ctx, found.at) : undefined) : quantityNounAt(LENGTH_WORKS, tokens, end)?.entry;
    if (work) return { unit: length, end: Math.max(end, found?.end ?? 0), noun: work[ctx.lang][0] ?? ctx.word(k), known: { ar: [...work.ar, ...LENGTH_ENTRY.ar], en: [...work.en, ...LENGTH_ENTRY.en] } };
    if (!found) return undefined;
    return { unit: squared ? SQUARE[length]! : length, end: Math.max(end, found.end), noun: found.entry[ctx.lang][0] ?? ctx.word(k), known: found.entry };
  }
  if (square || !DEPTHS.has(word.key)) return undefined;
  const found = measureNoun(ctx, tokenStart, k + 1);
  const unitWord = ctx.word(k);
  const of = found?.entry;
  const known = { ar: of?.ar ?? [], en: of?.en ?? [], [ctx.lang]: [unitWord, ...(of?.[ctx.lang] ?? [])] } as QuantityNoun;
  return { unit: 'other', end: Math.max(k + 1, found?.end ?? 0), noun: unitWord, known };
}

/** The weights of the schema. */
const WEIGHT_UNITS = new Set(['tonne', 'kg']);

/**
 * A weight at token `k` with what it is a weight of, right after "of" or «من» (2.1 million tonnes
 * of wheat, «1.5 مليون طن من القمح»): a content word that is no name and no counted noun (tonnes
 * received from farmers, «من الفلاحين», are no weight of farmers). Without one the unit word
 * itself is the noun, which the check reads beside the figure.
 */
function weightAt(ctx: DrawContext, k: number): { unit: string; end: number; noun: string; known?: QuantityNoun } | undefined {
  const tokens = ctx.tokens;
  const unit = UNITS.get(tokens[k]!.key);
  if (!unit || !WEIGHT_UNITS.has(unit)) return undefined;
  const of = tokens[k + 1];
  const at = k + 2;
  const what = tokens[at];
  const content =
    !!of && ['of', 'من'].includes(of.key) && !!what && what.clause === tokens[k]!.clause && what.script !== 'digit' && what.quote === -1 && what.key.length >= 3 &&
    !AR_STOP.has(what.key) && !EN_FUNCTION.has(what.key) && !GENERIC.has(what.key) && ctx.personAt[at] === -1 && !ctx.placeAt.has(at) && !ctx.orgAt.has(at) && !ctx.lexiconMentionAt(at) && !quantityNounAt(COUNT_NOUNS, tokens, at, true);
  if (!content) return { unit, end: k + 1, noun: ctx.word(k) };
  const word = ctx.word(at);
  const bare = ctx.lang === 'ar' && word.startsWith('ال') && word.length > 4 ? word.slice(2) : undefined;
  const forms = [word, ...(bare ? [bare] : [])];
  return { unit, end: at + 1, noun: word, known: ctx.lang === 'ar' ? { ar: forms, en: [] } : { ar: [], en: forms } };
}

/** Words that may stand between a measure noun and its figure: على عمق نحو 8, an altitude of about 2,800, مساحة تزيد على 170. */
const MEASURE_LINKS = new Set(['of', 'at', 'a', 'an', 'the', 'some', 'على', 'يبلغ', 'تبلغ', 'قدره', 'قدرها', 'تقدر', 'تزيد', 'يزيد', 'نحو', 'حوالي', 'about', 'around', 'nearly', 'almost', 'more', 'than', 'over'].map(key));

/**
 * The work whose length the measure noun at token `at` gives: a noun of the works table ending
 * right before it or one adjective before it in its clause (رصيف جديد بطول, خط كهرباء بطول).
 */
function workBefore(ctx: DrawContext, at: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  for (let start = at - 1; start >= 0 && at - start <= 4 && tokens[start]!.clause === tokens[at]!.clause; start--) {
    const found = quantityNounAt(LENGTH_WORKS, tokens, start);
    if (found && at - found.tokenEnd <= 1) return found.entry;
  }
  return undefined;
}

/**
 * The measure noun before the figure at `tokenStart` (across the links above; `at` is its first
 * token), or right after the unit ending at `end` (away, deep; of rain, من الأمطار).
 */
function measureNoun(ctx: DrawContext, tokenStart: number, end: number): { entry: QuantityNoun; end: number; at?: number } | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  for (let j = tokenStart - 1; j >= 0 && tokenStart - j <= 5 && tokens[j]!.clause === clause; j--) {
    // The two-word form first (على بعد), then the word alone (بعد, عمق).
    const two = quantityNounAt(MEASURE_NOUNS, tokens, j - 1);
    const found = two ?? quantityNounAt(MEASURE_NOUNS, tokens, j);
    if (found && found.tokenEnd >= j + 1) return { entry: found.entry, end, at: two ? j - 1 : j };
    if (!MEASURE_LINKS.has(tokens[j]!.key)) break;
  }
  const after = tokens[end];
  if (!after || after.clause !== clause) return undefined;
  const of = ['of', 'من'].includes(after.key) ? 1 : 0;
  // An adjective between "of" and the noun (85 centimetres of fresh snow).
  for (const at of of ? [end + 1, end + 2] : [end]) {
    if (tokens[at]?.clause !== clause) break;
    const found = quantityNounAt(MEASURE_NOUNS, tokens, at);
    if (found) return { entry: found.entry, end: found.tokenEnd };
  }
  return undefined;
}

/** Words after a count that make it a part of a whole: من أصل, out of. */
const PART_OF = [['من', 'اصل'], ['out', 'of']].map((words) => words.map(key));

/** Whether «من أصل» or "out of" and a figure follow token `end - 1` in its clause. */
function partOfWhole(ctx: DrawContext, end: number): boolean {
  const tokens = ctx.tokens;
  return PART_OF.some((words) => words.every((word, j) => tokens[end + j]?.key === word && tokens[end + j]!.clause === tokens[end - 1]!.clause) && tokens[end + words.length]?.script === 'digit');
}

const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute']);

/** Speeds, measured in a unit of length per hour: the forms a draft writes them in. */
const SPEEDS: readonly { units: Set<string>; noun: QuantityNoun }[] = [
  { units: new Set(['km', 'كم', 'كلم', 'كيلومتر', 'كيلومترا', 'كيلومترات', 'kilometres', 'kilometers', 'kmh', 'kph'].map(key)), noun: { ar: ['كم/ساعة', 'كيلومترا في الساعة', 'كم في الساعة'], en: ['km/h', 'km per hour', 'kilometres per hour', 'kph'] } },
  { units: new Set(['miles', 'mph'].map(key)), noun: { ar: ['ميلا في الساعة', 'ميل في الساعة'], en: ['mph', 'miles per hour'] } },
];

/** Words after a unit of length that make it a speed: per hour, an hour, في الساعة, /h, /ساعة. */
const PER_HOUR = [['per', 'hour'], ['an', 'hour'], ['a', 'hour'], ['في', 'الساعه'], ['بالساعه'], ['h'], ['ساعه'], ['hr']].map((words) => words.map(key));

/** A speed at token `k` (70 km per hour, 120 كيلومترا في الساعة, 90 km/h, 60 mph), with the token past it. */
function speedAt(ctx: DrawContext, k: number): { noun: QuantityNoun; end: number } | undefined {
  const tokens = ctx.tokens;
  const token = tokens[k]!;
  const speed = SPEEDS.find((entry) => entry.units.has(token.key));
  if (!speed) return undefined;
  if (token.key === 'mph' || token.key === 'kph' || token.key === 'kmh') return { noun: speed.noun, end: k + 1 };
  for (const words of PER_HOUR) {
    if (!words.every((word, j) => tokens[k + 1 + j]?.key === word && tokens[k + 1 + j]!.clause === token.clause)) continue;
    // A bare h or ساعة is a speed only after a slash (km/h, كم/ساعة).
    if (words.length === 1 && words[0] !== key('بالساعه') && ctx.gap(k, k + 1).trim() !== '/') continue;
    return { noun: speed.noun, end: k + 1 + words.length };
  }
  return undefined;
}

/** The amount of money the check reads at a number of the article, if any. */
function moneyAt(ctx: DrawContext, n: NumberExpression): Amount | undefined {
  return amounts(ctx.analysis).find((amount) => amount.kind === 'money' && amount.currency && amount.number.tokenStart === n.tokenStart);
}

/** Words for "others" after a number, masculine and feminine (وإصابة 153 آخرين, وأصيبت 14 أخرى, injuring 37 others). */
const OTHERS = new Set(['آخرين', 'آخرون', 'أخرى', 'أخريات', 'others'].map(key));

/** Verbs and verbal nouns of what befell people, folded, with their entry of the counted-noun table. */
const EVENT_WORDS = new Map(EVENT_COUNTS.flatMap(({ words, entry }) => words.map((word) => [key(word), entry] as const)));

/** The words of the hedges (نحو, at least), which may stand between a verb and the people it counts. */
const HEDGE_WORDS = new Set(APPROX.flatMap((a) => a.keys));

/** The counted noun a verb or verbal noun right before the number says (وإصابة 153 آخرين, injuring 37 others → injured). */
function eventCount(ctx: DrawContext, tokenStart: number): QuantityNoun | undefined {
  // A hedge may stand between (أودى بحياة نحو 12 ألف شخص, killing at least 40 people).
  let at = tokenStart - 1;
  while (at > 0 && tokenStart - at <= 3 && HEDGE_WORDS.has(ctx.tokens[at]!.key)) at--;
  const before = ctx.tokens[at];
  if (!before || before.clause !== ctx.tokens[tokenStart]!.clause) return undefined;
  return EVENT_WORDS.get(before.key) ?? EVENT_WORDS.get(before.key.replace(/^[وب](?=...)/, ''));
}

/** The counted-noun table's entry of people (شخص, people), which a verb of what befell them makes the dead or the injured. */
const PEOPLE_ENTRY = COUNT_NOUNS.find((entry) => entry.en.includes('people'))!;

/** Verbs after the people counted that say what befell them, folded, with their entry of the counted-noun table. */
const FATE_WORDS = new Map(FATES_AFTER.flatMap(({ words, entry }) => words.map((word) => [key(word), entry] as const)));

/** Words that may stand between the people counted and the verb of what befell them: were, have been, later, seriously. */
const FATE_LINKS = new Set(['were', 'was', 'have', 'had', 'has', 'been', 'are', 'also', 'later', 'reportedly', 'seriously', 'critically', 'slightly'].map(key));

/**
 * The counted noun a verb after the people counted says (Two people died, 14 others were injured,
 * «تسعة أشخاص لقوا حتفهم», «لقي تسعة أشخاص حتفهم»): the token at `end` or after a few linking
 * words of its clause.
 */
function fateAfter(ctx: DrawContext, end: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[end - 1]?.clause;
  for (let j = end; j < end + 4 && tokens[j]?.clause === clause; j++) {
    const fate = FATE_WORDS.get(tokens[j]!.key) ?? FATE_WORDS.get(tokens[j]!.key.replace(/^و(?=...)/, ''));
    if (fate) return fate;
    if (!FATE_LINKS.has(tokens[j]!.key)) return undefined;
  }
  return undefined;
}

/**
 * People counted in words (the dual of وفاة شخصين, شخصان لقيا حتفهما) with what befell them before
 * or after are the dead or the injured, as a figure of people is (وفاة 296 شخصاً).
 */
function peopleBefell(ctx: DrawContext, n: NumberExpression, read: Read): Read {
  if (read.known !== PEOPLE_ENTRY) return read;
  const fate = eventCount(ctx, n.tokenStart) ?? fateAfter(ctx, read.end);
  return fate ? { ...read, known: fate } : read;
}

/** Words for "cases" after a number, which count what the sentence counted before them. */
const CASES = new Set(['حاله', 'حالات', 'cases'].map(key));

/**
 * The counted noun that «بـ452 حالة» counts: a noun of the counted-noun table earlier in the
 * sentence (سجّل العدد الأكبر من الوفيات بـ1293 حالة، يليه إقليم تارودانت بـ452 حالة), when the
 * cases have no noun of their own after them («1126 حالة غش» counts cheating, not the deaths).
 */
function casesOf(ctx: DrawContext, tokenStart: number, k: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  if (!CASES.has(tokens[k]!.key)) return undefined;
  const after = tokens[k + 1];
  if (after && after.clause === tokens[k]!.clause && !/^و/.test(after.key) && !['and', 'في', 'من', 'in', 'of'].includes(after.key)) return undefined;
  if (after?.key === 'of') return undefined;
  const sentence = tokens[tokenStart]!.sentence;
  for (let j = tokenStart - 1; j >= 0 && tokens[j]!.sentence === sentence && tokenStart - j <= 30; j--) {
    // Cases counted before (17 حالة اختناق … و40 حالة) are what these count too, not a noun before them.
    if (CASES.has(tokens[j]!.key) && namedCases(tokens, j)) return undefined;
    const found = quantityNounAt(COUNT_NOUNS, tokens, j, true);
    if (found) return found.entry;
  }
  return undefined;
}

/** Whether the cases word at token `j` names what they are cases of (حالة اختناق, cases of cholera), not a bare «بـ1293 حالة». */
function namedCases(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && next.clause === tokens[j]!.clause && (next.key === 'of' || (!/^و/.test(next.key) && !['and', 'في', 'من', 'in'].includes(next.key)));
}

/**
 * Cases named by what they are cases of, right after «حالة» or "cases of" (17 حالة اختناق, 1126
 * حالة غش, 40 cases of cholera): the count's noun is the two words together, in the article's
 * language only, so a draft's cases of another thing are not compared with it.
 */
function casesOfWhat(ctx: DrawContext, k: number): { noun: QuantityNoun; end: number } | undefined {
  const tokens = ctx.tokens;
  if (!CASES.has(tokens[k]!.key)) return undefined;
  const of = tokens[k + 1]?.key === 'of' ? 1 : 0;
  // English cases say what they are of only through "of" (cases of cholera): the word after a bare cases is a verb (cases had risen).
  if (ctx.lang === 'en' && !of) return undefined;
  const what = tokens[k + 1 + of];
  if (!what || what.clause !== tokens[k]!.clause || what.script === 'digit' || AR_STOP.has(what.key) || EN_FUNCTION.has(what.key) || GENERIC.has(what.key) || what.key.length < 2 || ctx.personAt[k + 1 + of] !== -1) return undefined;
  const word = ctx.word(k + 1 + of);
  const noun: QuantityNoun = ctx.lang === 'ar' ? { ar: [`حالات ${word}`, `حالة ${word}`], en: [] } : { ar: [], en: [`cases of ${word}`, `${word} cases`] };
  return { noun, end: k + 2 + of };
}

/**
 * Cases of a kind a health authority counts (412,000 suspected cases, 96 confirmed cases), with
 * their Arabic forms (the wording of WHO and ministry bulletins in both languages: حالة مشتبه بها,
 * حالة مؤكدة, حالة جديدة). The kind is part of the noun: a draft's cases of another kind, or cases
 * of no kind, are other counts.
 */
const CASE_KINDS: readonly { kind: string; noun: QuantityNoun }[] = [
  { kind: 'suspected', noun: { ar: ['حالة مشتبه', 'حالات مشتبه'], en: ['suspected cases', 'suspected case'] } },
  { kind: 'confirmed', noun: { ar: ['حالة مؤكدة', 'حالات مؤكدة'], en: ['confirmed cases', 'confirmed case'] } },
  { kind: 'new', noun: { ar: ['حالة جديدة', 'حالات جديدة'], en: ['new cases', 'new case'] } },
];

/**
 * The cases of a kind at token `k` of an English article (412,000 suspected cases): a kind of the
 * table above right before "cases" not followed by "of" (cases of X are X's, read above).
 */
function casesOfKind(ctx: DrawContext, k: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || !CASES.has(tokens[k + 1]?.key ?? '') || tokens[k + 2]?.key === 'of') return undefined;
  return CASE_KINDS.find((entry) => entry.kind === tokens[k]!.key)?.noun;
}

/** Words that say "for" or "over" before a duration (لمدة خمس سنوات, على مدى عشرة أيام, for five years). */
const DURATION_MARKERS = new Set(['لمده', 'مده', 'مدي', 'طوال', 'طيله', 'for', 'over'].map(key));

/** Words for "for" that tie a duration to the verb before it across its object (لمدة ست ساعات, for 11 hours). */
const FOR_MARKERS = new Set(['لمده', 'for'].map(key));

/** Words that open another act between a verb and a duration: after, before, when (بعد, قبل, عندما). */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'since', 'until', 'because', 'following', 'بعد', 'قبل', 'عندما', 'حين', 'حينما', 'منذ', 'حتي', 'لان'].map(key));

/** Verbs that say how long something lasted (استمرت عملية الإصلاح 12 يوماً, the hearing lasted three days). */
const LASTED = new Set(['استمر', 'استمرت', 'يستمر', 'تستمر', 'سيستمر', 'ستستمر', 'دام', 'دامت', 'يدوم', 'تدوم', 'lasted', 'last', 'lasts', 'lasting'].map(key));

/**
 * The noun a duration measures: a noun of the duration table up to four words before the number in
 * its clause (مهلة 8 أشهر, حداداً وطنياً لمدة ثلاثة أيام), up to ten when a word for "for" stands
 * right before it (سيحرمون من اجتياز الامتحان لمدة خمس سنوات) and up to eight after "over" (على
 * مدى), never past "after" or «بعد», or right after the unit (a six-month deadline).
 */
function durationNoun(ctx: DrawContext, tokenStart: number, unitEnd: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  const marker = tokens[tokenStart - 1]?.key ?? '';
  // A word for "for" ties the duration to the verb before it across its object, figures and all
  // (closed the M4 between junctions 44 and 46 for 11 hours); "over" and «على مدى» reach less far.
  const spanning = FOR_MARKERS.has(marker);
  const reach = spanning ? 10 : DURATION_MARKERS.has(marker) ? 8 : 4;
  for (let k = tokenStart - 1; k >= 0 && tokenStart - k <= reach && tokens[k]!.clause === clause; k--) {
    if (tokens[k]!.script === 'digit' && !spanning) break;
    // What follows "after" or «بعد» is another act (closed on Saturday after trading for 30 years).
    if (SUBORDINATORS.has(tokens[k]!.key) || stemsOf(tokens[k]).some((stem) => SUBORDINATORS.has(stem))) break;
    const found = quantityNounAt(DURATION_NOUNS, tokens, k);
    if (found) return found.entry;
  }
  const after = tokens[unitEnd];
  return after && after.clause === clause ? quantityNounAt(DURATION_NOUNS, tokens, unitEnd)?.entry : undefined;
}

/**
 * What lasted a duration: the content word right before a verb of lasting that stands right before
 * the number (عملية الإصلاح استمرت 12 يوماً → الإصلاح; the hearing lasted three days → hearing), or
 * right after such a verb that opens the clause (استمرت المفاوضات ثلاثة أيام).
 */
function lastedNoun(ctx: DrawContext, tokenStart: number): string | undefined {
  const tokens = ctx.tokens;
  const verb = tokens[tokenStart - 1];
  const clause = tokens[tokenStart]!.clause;
  const content = (k: number) => {
    const token = tokens[k];
    return !!token && token.clause === clause && token.script !== 'digit' && !AR_STOP.has(token.key) && !GENERIC.has(token.key) && token.key.length >= 3 && ctx.personAt[k] === -1 && !ctx.placeAt.has(k) && !ctx.orgAt.has(k) && !ctx.lexiconMentionAt(k) && !LASTED.has(token.key);
  };
  if (verb && LASTED.has(verb.key) && content(tokenStart - 2)) return ctx.word(tokenStart - 2);
  // A word for "for" between (to last for two weeks), and "to" or a modal before the verb (the evacuation is expected to last).
  if (verb && DURATION_MARKERS.has(verb.key) && LASTED.has(tokens[tokenStart - 2]?.key ?? '')) {
    let k = tokenStart - 3;
    while (k >= 0 && tokenStart - k <= 6 && tokens[k]!.clause === clause && EN_AUXILIARIES.has(tokens[k]!.key)) k--;
    if (content(k)) return ctx.word(k);
  }
  const opening = tokens[tokenStart - 2];
  if (opening && LASTED.has(stemsOf(opening).at(-1) ?? opening.key) && (tokenStart - 2 === 0 || tokens[tokenStart - 3]!.clause !== clause) && content(tokenStart - 1)) return ctx.word(tokenStart - 1);
  return undefined;
}

/** Whether a digit token other than the amount's own stands between tokens `from` and `to`. */
function numberBetween(ctx: DrawContext, from: number, to: number, ownStart: number, ownEnd: number): boolean {
  for (let k = from; k <= to && k < ctx.tokens.length; k++) if ((k < ownStart || k >= ownEnd) && ctx.tokens[k]!.script === 'digit') return true;
  return false;
}

/** The noun an amount or a percentage is of: a noun of the amount table in its clause, nearest first, at most four words away. */
function amountNoun(ctx: DrawContext, tokenStart: number, tokenEnd: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  // A later item of a list (و12 مليوناً من المنح) takes its noun from after it, never from the item before.
  const item = listItem(ctx, tokenStart);
  // An agreement is what the sum is of only when no other noun of the table is near: the annual
  // cost of the agreement («الكلفة السنوية للاتفاق 210 ملايين دينار») is a cost.
  let agreement: QuantityNoun | undefined;
  for (let distance = 1; distance <= 4; distance++) {
    for (const k of item ? [tokenEnd - 1 + distance] : [tokenStart - distance, tokenEnd - 1 + distance]) {
      const token = tokens[k];
      if (!token || token.clause !== clause || numberBetween(ctx, Math.min(k, tokenStart), Math.max(k, tokenEnd - 1), tokenStart, tokenEnd)) continue;
      const found = quantityNounAt(AMOUNT_NOUNS, tokens, k);
      if (found && found.entry === AGREEMENT_ENTRY) agreement ??= found.entry;
      else if (found) return found.entry;
    }
  }
  if (agreement) return agreement;
  // The subject that opens the clause, further off (Unemployment in the region already stands at 7.3 per cent).
  let first = tokenStart;
  while (first > 0 && tokenStart - first < 8 && tokens[first - 1]!.clause === clause) first--;
  const opening = first === tokenStart || (first > 0 && tokens[first - 1]!.clause === clause) ? undefined : quantityNounAt(AMOUNT_NOUNS, tokens, first);
  return opening && !numberBetween(ctx, first, tokenStart - 1, tokenStart, tokenEnd) ? opening.entry : undefined;
}

/** Draws the article's quantities into `ctx.out.quantities`. */
export function drawQuantities(ctx: DrawContext): void {
  const tokens = ctx.tokens;
  const inDate = new Uint8Array(tokens.length);
  for (const d of dates(ctx.analysis)) {
    // A bare year (2012) may be a count (2012 قتيلاً); it is a date after a year word or with a month.
    const bareYear = !d.month && !d.day && d.tokenEnd - d.tokenStart === 1 && !YEAR_WORDS.has(tokens[d.tokenStart - 1]?.key ?? '');
    if (!bareYear) for (let k = d.tokenStart; k < d.tokenEnd; k++) inDate[k] = 1;
  }
  // An age (يبلغ من العمر 63 عاماً, a 67-year-old man) is no duration: ages.ts reads those beside a name.
  for (const phrase of agePhrases(ctx.analysis)) inDate[phrase.number.tokenStart] = 1;
  const seen = new Set<string>();
  const drawn: Candidate[] = [];
  /** The last amount of money drawn, with the token past it, for an equivalent in brackets after it. */
  let lastMoney: { end: number; noun: string; known?: QuantityNoun } | undefined;
  /** The last amount or percentage drawn with a noun of the tables, for the amount a change came to after it. */
  let lastAmount: { sentence: number; known: QuantityNoun } | undefined;
  /** The currency of the last amount of money read, with its sentence, for a list's later figure that gives none. */
  let lastCurrency: { sentence: number; currency: string } | undefined;
  // The headline and standfirst above the dateline are read after the body, so that a figure the
  // body repeats keeps the body's evidence; the dateline's own words hold no quantity.
  const datelineStart = lineStart(ctx, ctx.datelineEnd);
  const inHeadline = (n: NumberExpression) => n.tokenStart < datelineStart;
  const figures = numbers(ctx.analysis);
  // Counts said in words (dozens of homes, the dual مستشفيان) are read with the figures.
  const words = wordCounts(ctx, figures);
  const ranges = rangeEnds(ctx, figures);
  const all = [...figures, ...[...words.values()].map((w) => w.number)].sort((a, b) => a.tokenStart - b.tokenStart);
  for (const n of [...all.filter((n) => !inHeadline(n)), ...all.filter(inHeadline)]) {
    if (inDate[n.tokenStart] || tokens[n.tokenStart]!.quote !== -1 || (n.tokenStart >= datelineStart && n.tokenStart < ctx.datelineEnd)) continue;
    if (n.style === 'en-words' && n.value === 1) continue;
    // The earlier value of a comparison (up from 15,000, «مقارنة بـ2800») is not what the noun counts now.
    if (earlierValue(ctx, n)) continue;
    // A year after a year word (عام 1948, in 2020) is a date; a number after الساعة is a clock time.
    const previous = tokens[n.tokenStart - 1];
    if (n.style === 'digits' && n.value >= 1900 && n.value <= 2100 && previous && YEAR_WORDS.has(previous.key)) continue;
    const clock = [1, 2, 3, 4].map((d) => tokens[n.tokenStart - d]).some((t) => t && t.clause === tokens[n.tokenStart]!.clause && (CLOCK.has(t.key) || stemsOf(t).some((s) => CLOCK.has(s))));
    if (clock) continue;
    if (n.style === 'ar-words' && previous && arabicNumberWord(previous.key.replace(/^و/, '')) !== undefined) continue;
    const word = words.get(n.tokenStart);
    const range = word ? undefined : ranges.get(n.tokenStart);
    const carried = lastCurrency?.sentence === tokens[n.tokenStart]!.sentence ? lastCurrency.currency : undefined;
    const read = (word ? peopleBefell(ctx, n, word.read) : undefined) ?? (range?.approx === 'at-least' ? lowerEnd(ctx, n, range) : undefined) ?? readAfter(ctx, n, carried);
    if (read?.currency) lastCurrency = { sentence: tokens[n.tokenStart]!.sentence, currency: read.currency };
    // The noun of a range's second end is looked for from its first (the contract is worth between $3m and $5m).
    const at = range?.approx === 'up-to' ? range.other.tokenStart : n.tokenStart;
    if (!read) continue;
    // The words of a percentage (في المئة) hold no figure of their own; the first end of a range reads past the second.
    if (range?.approx !== 'at-least') for (let k = n.tokenEnd; k < read.end; k++) inDate[k] = 1;
    const approx = word?.approx ?? range?.approx ?? approxBefore(ctx, n.tokenStart);
    const amount = read.unit === 'money' || read.unit === 'percent';
    const measured = read.unit === 'other' || LENGTHS.has(read.unit) || read.unit in SQUARE_UNITS;
    const qualifier = read.unit === 'count' || amount ? (branchAfter(ctx, read.end) ?? placeOf(ctx, at, read.end)) : measured ? placeOf(ctx, at, read.end) : undefined;
    const rate = read.unit === 'percent' ? (rateNoun(ctx, at) ?? (qualifier ? rateNoun(ctx, at, true) : undefined)) : undefined;
    const known = read.known ?? (read.unit === 'percent' && !rate ? ofCounted(ctx, read.end) : undefined) ?? (amount && !rate ? (amountNoun(ctx, at, read.end) ?? continuedNoun(ctx, at, lastAmount)) : undefined);
    if (amount && known) lastAmount = { sentence: tokens[n.tokenStart]!.sentence, known };
    const lasted = TIME_UNITS.has(read.unit) && !known ? lastedNoun(ctx, at) : undefined;
    // One part of a counted whole (الأولى بقيمة 15 مليار دولار خلال أسبوع): its money and duration are the part's.
    const part = !known && !rate && !lasted && (amount || TIME_UNITS.has(read.unit)) ? ordinalPart(ctx, at, COUNT_NOUNS) : undefined;
    let noun = part ? part.key : rate ? rate.key : known ? (known[ctx.lang][0] ?? read.noun) : TIME_UNITS.has(read.unit) ? (lasted ?? nounBefore(ctx, at, true)) : (read.noun ?? (amount ? (ofNoun(ctx, read.end, read.unit === 'percent') ?? nounBefore(ctx, at)) : undefined));
    // An amount in another currency in brackets right after one (310 ملايين دينار (نحو 105 ملايين دولار), £5m ($6.2m)) is of the same noun.
    const equivalent = read.unit === 'money' && !noun && lastMoney && bracketedAfter(ctx, lastMoney.end, n.tokenStart) ? lastMoney : undefined;
    if (equivalent) noun = equivalent.noun;
    if (!noun) continue;
    if (read.unit === 'money') lastMoney = { end: read.end, noun, known: known ?? equivalent?.known };
    const nounKnown = known ?? equivalent?.known;
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
      ...(read.fate ? { qualifier: { ar: [...read.fate.ar], en: [...read.fate.en] } } : {}),
      evidence: [ctx.clauseEvidence(n.tokenStart, read.end)],
    };
    // A noun of the tables says what the number measures; any other word is a guess to review
    // (an unsure quantity contradicts no draft until an editor removes the mark).
    if (word?.review) fact.review = { unsure: true, reason: word.review };
    else if (range || inRange(ctx, n.tokenStart, read.end, read.unit === 'percent')) fact.review = { unsure: true, reason: 'one end of a range (60% to 70%); a draft figure inside the range is not wrong: give both ends, or delete the fact' };
    else if (!nounKnown && !named && !lasted && (TIME_UNITS.has(read.unit) || (amount && /^[a-z]+ed$/.test(noun)) || (read.unit === 'percent' && !read.noun && noun !== ofNoun(ctx, read.end, true)))) fact.review = { unsure: true, reason: `the ${read.unit === 'money' ? 'amount' : read.unit === 'percent' ? 'percentage' : 'duration'} is tied to the word before it (${noun}); check what it measures` };
    // Amounts of one noun in two currencies are one amount and its equivalent, not two values of it.
    // The dead of a kind and the kind counted otherwise (خمس معلمات توفين, 19 معلمة في الحافلة) are two facts, not two values of one.
    const verb = read.unit === 'count' && !read.fate ? verbQualifier(ctx, n.tokenStart) : undefined;
    drawn.push({ fact, noun: `${key(forms[0]!)}|${read.currency ?? read.unit}${read.fate ? `|${key(read.fate.en[0]!)}` : ''}`, qualifier, verb, headline: inHeadline(n), vague: !!word?.review || read.weak, sentence: tokens[n.tokenStart]!.sentence });
    const others = read.weak && !word ? othersOfKind(ctx, n.tokenStart, fact, read.known) : undefined;
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

/** Whether a number stands right before token `j` (خمس معلمات, 12 soldiers). */
function numberBefore(ctx: DrawContext, j: number): boolean {
  const token = ctx.tokens[j - 1];
  return !!token && token.clause === ctx.tokens[j]!.clause && (token.script === 'digit' || /\d/.test(token.key) || arabicNumberWord(token.key.replace(/^و/, '')) !== undefined || englishNumberWord(token.key) !== undefined);
}

/**
 * Others counted after a count of people of a kind in the same sentence (توفيت خمس معلمات وأصيبت
 * 14 أخرى, killing three soldiers and wounding 12 others) are of that kind too: a second fact, of
 * the kind with what befell them as its qualifier, beside the count of the injured or the dead.
 */
function othersOfKind(ctx: DrawContext, tokenStart: number, fact: Record<string, unknown>, befell: QuantityNoun | undefined): Candidate | undefined {
  const qualifier = FATE_QUALIFIERS.find((f) => f.entry === befell)?.qualifier;
  if (!qualifier) return undefined;
  const tokens = ctx.tokens;
  for (let j = tokenStart - 1; j > 0 && tokenStart - j <= 12 && tokens[j]!.sentence === tokens[tokenStart]!.sentence; j--) {
    const found = quantityNounAt(COUNT_NOUNS, tokens, j);
    if (!found || found.entry === PEOPLE_ENTRY || !numberBefore(ctx, j)) continue;
    const kind = found.entry;
    const noun = { ...(kind.ar.length ? { ar: [...kind.ar] } : {}), ...(kind.en.length ? { en: [...kind.en] } : {}) };
    const others = { ...fact, id: ctx.id(`count-${String(fact.value)}`), noun, qualifier: { ar: [...qualifier.ar], en: [...qualifier.en] } };
    return { fact: others, noun: `${key(kind[ctx.lang][0]!)}|count|${key(qualifier.en[0]!)}` };
  }
  return undefined;
}

/** The first token on the line of token `end - 1` (the dateline's line); 0 without a dateline. */
function lineStart(ctx: DrawContext, end: number): number {
  if (end <= 0) return 0;
  let k = end - 1;
  while (k > 0 && !ctx.gap(k - 1, k).includes('\n')) k--;
  return k;
}

/** A drawn quantity with its noun's key and what narrows it, before the values of each noun are compared. */
interface Candidate {
  fact: Record<string, unknown>;
  /** Whether the figure stands in the headline or standfirst, above the dateline. */
  headline?: boolean;
  /**
   * Whether its noun is weakly read (a vague count: dozens of; others counted after what befell
   * them: injuring 37 others): it gives its noun no value of its own, and a weak figure that is
   * not marked unsure is kept only when no other figure of its noun is drawn.
   */
  vague?: boolean;
  noun: string;
  qualifier?: QualifiedNoun;
  /** The verb right before a count (ألغت 48 رحلة, treated 86 runners), which narrows a noun counted twice. */
  verb?: QualifiedNoun;
  /** The sentence the figure stands in. */
  sentence?: number;
}

/**
 * Keeps the quantities whose noun has one value in the article. A noun stated with two values (7
 * درجات here, 6.8 درجات there) ties no number reliably, unless each value has its own place or
 * branch (نسبة النجاح 58.6 في صفاقس، 55.2 في المنستير): a count then keeps its noun and gets the
 * place as its subject; a percentage or an amount, which the check ties by its noun alone, takes
 * the place's or the branch's name as its noun. Those come first, so that a draft sentence naming
 * the place is compared with the place's figure before the general one. A figure of an earlier
 * occasion (./earlierOccasions.ts) is left out where the story gives its noun a figure of its own.
 */
function keepSingleValued(ctx: DrawContext, candidates: Candidate[]): void {
  // A figure of an earlier occasion (وكانت الهيئة قد فرضت في مارس 2025 غرامة …) gives way to the
  // story's own figure of its noun, which it would otherwise make doubtful; one with a place or a
  // branch of its own (محطة … في جزيرة جربة بطاقة 50 ألف متر مكعب) is told apart by it below.
  const earlier = earlierOccasionSentences(ctx);
  const isEarlier = (c: Candidate) => c.sentence !== undefined && earlier.has(c.sentence) && !c.qualifier;
  const currentNouns = new Set(candidates.filter((c) => !isEarlier(c) && !c.vague).map((c) => c.noun));
  const drawn = candidates.filter((c) => !isEarlier(c) || !currentNouns.has(c.noun));
  const valuesOf = (list: Candidate[], keyOf: (c: Candidate) => string) => {
    const values = new Map<string, Set<unknown>>();
    for (const c of list) values.set(keyOf(c), (values.get(keyOf(c)) ?? new Set()).add(c.fact.value));
    return values;
  };
  // A vague count (hundreds of residents) gives no value that makes a figure of its noun doubtful.
  const first = valuesOf(drawn.filter((c) => !c.vague), (c) => c.noun);
  // A figure the article also gives without a place (a headline's, the national rate) is the general one.
  const general = valuesOf(drawn.filter((c) => !c.qualifier), (c) => c.noun);
  for (const c of drawn) {
    // A measure of another unit is compared only with the place it was measured at (412 mm at Proserpine).
    if (c.fact.unit === 'other' && c.qualifier?.subject) c.fact.subject ??= c.qualifier.subject;
    if ((first.get(c.noun)?.size ?? 1) === 1 || !c.qualifier || general.get(c.noun)?.has(c.fact.value)) continue;
    // A count or a measure keeps its noun and takes the place as its subject; an amount takes the place's name as its noun.
    if (c.fact.unit === 'count' || c.fact.unit === 'other' || LENGTHS.has(String(c.fact.unit)) || String(c.fact.unit) in SQUARE_UNITS) c.noun = `${c.noun}|${c.qualifier.key}`;
    else {
      c.noun = `${c.qualifier.key}|${String(c.fact.currency ?? c.fact.unit)}`;
      c.fact.noun = c.qualifier.noun;
    }
    if (c.qualifier.subject) c.fact.subject = c.qualifier.subject;
  }
  // A count stated twice with two verbs (ألغت 48 رحلة وأجّلت 31 رحلة; treated 86 of the 9,600
  // runners) is two facts, each qualified by its verb; a count with no verb keeps the bare noun.
  for (const c of drawn) {
    if ((first.get(c.noun)?.size ?? 1) === 1 || c.qualifier || !c.verb || c.fact.unit !== 'count' || c.fact.qualifier) continue;
    c.noun = `${c.noun}|${c.verb.key}`;
    c.fact.qualifier = c.verb.noun;
  }
  const values = valuesOf(drawn.filter((c) => !c.vague), (c) => c.noun);
  const weakValues = valuesOf(drawn.filter((c) => c.vague), (c) => c.noun);
  const once = new Set<string>();
  const kept = drawn.filter(({ fact, noun, vague }) => {
    // The same figure of the same noun twice (a headline's and the body's) is one fact.
    const signature = `${String(fact.value)}|${noun}`;
    if (once.has(signature)) return false;
    once.add(signature);
    // A fact marked unsure contradicts no draft: the ends of a range are both kept, for review.
    if ((fact.review as { unsure?: boolean } | undefined)?.unsure && (values.get(noun)?.size ?? 1) <= 2) return true;
    if (vague) return !values.has(noun) && weakValues.get(noun)!.size === 1;
    return values.get(noun)!.size === 1 && !digitsWithClitic(ctx, noun, fact.value);
  });
  const specific = (c: Candidate) => (c.fact.unit !== 'count' && c.noun.startsWith(c.qualifier?.key ?? '\0') ? 0 : 1);
  kept.sort((a, b) => specific(a) - specific(b));
  for (const { fact } of kept) ctx.out.quantities.push(fact as never);
}

/**
 * The first end of a range with no noun of its own (between 30 and 40 tourists, 30-40 soldiers,
 * «بين 3 و5 ملايين دولار»): the second end's noun, unit and currency, at the first end's value
 * (scaled as the second end is: 3 of «3 و5 ملايين» is three million), read past the second end.
 */
function lowerEnd(ctx: DrawContext, n: NumberExpression, range: RangeEnd): ReturnType<typeof readAfter> {
  const upper = readAfter(ctx, range.other);
  if (!upper) return undefined;
  const scale = n.scale === undefined && range.other.value !== 0 ? upper.value / range.other.value : 1;
  return { ...upper, value: n.value * scale };
}

/** Whether the figure at token `start` opens a bracket right after token `end - 1` (with a hedge: (نحو 105 ملايين دولار)). */
function bracketedAfter(ctx: DrawContext, end: number, start: number): boolean {
  if (start < end || start - end > 3) return false;
  if (!/^\s*[([]\s*[$£€¥]?$/.test(ctx.gap(end - 1, end))) return false;
  for (let k = end; k < start; k++) if (!APPROX.some((a) => a.keys.includes(ctx.tokens[k]!.key))) return false;
  return true;
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
  const before = (k: number) => digit(k) && tokens[k]!.clause === tokens[tokenStart - 1]!.clause;
  if ((joins(tokenStart - 1) && (before(tokenStart - 2) || before(tokenStart - 3) || before(tokenStart - 4))) || (/^\s*[-–]\s*$/.test(ctx.gap(tokenStart - 1, tokenStart)) && digit(tokenStart - 1))) return true;
  // The figure after "to" in the next clause is the amount a change came to, not the range's other end.
  for (const k of [end, end + 1]) if (joins(k) && digit(k + 1) && tokens[k]!.clause === tokens[end - 1]!.clause) return true;
  return /^\s*[-–]\s*$/.test(ctx.gap(end - 1, end)) && digit(end);
}

/** Whether the article also writes the noun after a number with a clitic (بـ6.8 درجات) of another value. */
function digitsWithClitic(ctx: DrawContext, noun: string, value: unknown): boolean {
  return ctx.tokens.some((token, i) => {
    const match = /^[وبل]+(\d+(?:[.,]\d+)?)$/.exec(token.key);
    return !!match && Number(match[1]!.replace(',', '.')) !== value && stemsOf(ctx.tokens[i + 1]).includes(noun);
  });
}

/** English function words a noun before a figure is never (within ten days, after 12 days, by 2%). */
const EN_FUNCTION = new Set(
  ['within', 'after', 'before', 'about', 'around', 'during', 'over', 'under', 'than', 'into', 'onto', 'upon', 'with', 'without', 'between', 'among', 'through', 'another', 'other', 'further', 'extra', 'additional', 'just', 'only', 'nearly', 'almost', 'roughly', 'some', 'least', 'most', 'more', 'less', 'fewer', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'also', 'still', 'already', 'then', 'than', 'next', 'last', 'first', 'final', 'past', 'every', 'each', 'per', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my'].map(key),
);

/** English auxiliaries and modals: the word after one is a verb (would release, will be paid, to last). */
const EN_AUXILIARIES = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'to', 'be', 'been', 'being', 'was', 'were', 'is', 'are', 'am', 'has', 'have', 'had', 'did', 'does', 'do', 'not'].map(key));

/** Arabic particles before a verb: قد صرفت, لن تصرف, لم يدفع, سوف يصرف. */
const AR_VERB_PARTICLES = new Set(['قد', 'لقد', 'لن', 'لم', 'سوف', 'وقد', 'ولن', 'ولم'].map(key));

/**
 * Whether token `k` is a verb by its form or its neighbour: an Arabic verb in the future (ستصرف)
 * or after a particle (لن تصرف), an English word after an auxiliary or a modal (would release, be
 * paid) or an English past form (resumed). A quantity's noun is never a verb.
 */
function verbAt(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token) return false;
  const before = ctx.tokens[k - 1];
  if (token.script === 'ar') return isFutureVerb(token.key) || (!!before && before.clause === token.clause && AR_VERB_PARTICLES.has(before.key));
  if (EN_AUXILIARIES.has(token.key)) return true;
  return (!!before && before.clause === token.clause && EN_AUXILIARIES.has(before.key) && before.key !== 'to') || /^[a-z]{3,}[^e]ed$/.test(token.key);
}

/**
 * The content word before a number (قيمتها 35 مليار, a 35% stake), for money and percentages, and
 * for durations (`pastVerb`) also the subject before a verb (الرواتب ستصرف خلال عشرة أيام → الرواتب;
 * wages would be paid within ten days → wages). A verb before an amount ends the search: the word
 * before it is who pays (the province would release C$25 million).
 */
function nounBefore(ctx: DrawContext, index: number, pastVerb = false): string | undefined {
  // The words of a hedge of two words right before the figure (grants of up to £500, منحاً تصل إلى) do not take the reach.
  let reach = 3;
  while (reach < 5 && APPROX.some((a) => a.keys.length > 1 && a.keys.includes(ctx.tokens[index - reach + 2]?.key ?? ''))) reach++;
  // A later item of a list (و1.5 مليون للمتاجر, and £1.5 million for shops) takes no noun from the item before it.
  if (/^و\d/.test(ctx.tokens[index]!.key)) return undefined;
  for (let k = index - 1; k >= 0 && index - k <= reach; k--) {
    const token = ctx.tokens[k]!;
    if (token.clause !== ctx.tokens[index]!.clause || token.key === 'and' || token.key === key('و')) return undefined;
    if (ctx.lexiconMentionAt(k) || ctx.personAt[k] !== -1 || ctx.placeAt.has(k) || ctx.orgAt.has(k) || MONTH_OR_DAY.has(token.key) || PAYERS.has(token.key)) return undefined;
    if (CURRENCY.has(token.key) || MULTIPLIER.has(token.key) || isSpeech(token)) return undefined;
    const verb = verbAt(ctx, k);
    if (verb && pastVerb) {
      // The verb and its auxiliaries (would be paid, لن تصرف) stand between the subject and the figure.
      reach = index - k + 3;
      continue;
    }
    if (token.script === 'digit' || PERCENT_KEYS.has(token.key) || AR_STOP.has(token.key) || EN_FUNCTION.has(token.key) || GENERIC.has(token.key) || VALUE_WORDS.has(token.key) || stemsOf(token).some((stem) => VALUE_WORDS.has(stem)) || APPROX.some((a) => a.keys.includes(token.key)) || token.key.length < 3) continue;
    if (verb) return undefined;
    return ctx.word(k);
  }
  return undefined;
}

/** Words that open a clause with the amount a change came to: to, «إلى», «ليصل إلى». */
const CAME_TO = new Set(['to', 'الي', 'لتصل', 'ليصل', 'لتبلغ', 'ليبلغ'].map(key));

/**
 * The noun of the amount or percentage drawn before in the sentence, for an amount that opens its
 * clause with "to" (sales had fallen 18 per cent in the year to June, to £96 million from £117
 * million; «تراجعت المبيعات 18 في المئة، إلى 96 مليون جنيه»): the amount the change came to.
 */
function continuedNoun(ctx: DrawContext, at: number, last: { sentence: number; known: QuantityNoun } | undefined): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  if (!last || last.sentence !== tokens[at]!.sentence) return undefined;
  let k = at - 1;
  if (tokens[k] && CAME_TO.has(tokens[k]!.key) && tokens[k - 1]?.key && CAME_TO.has(tokens[k - 1]!.key)) k--;
  const opens = !!tokens[k] && CAME_TO.has(tokens[k]!.key) && tokens[k]!.clause === tokens[at]!.clause && tokens[k - 1]?.clause !== tokens[k]!.clause;
  return opens ? last.known : undefined;
}

const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all']);

/**
 * The counted noun of the table after "of" or «من» right after a percentage (38 في المئة من معلمات
 * المنطقة, 40% of the teachers): what the percentage is a share of, with its forms in both languages.
 */
function ofCounted(ctx: DrawContext, end: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  if (!['of', 'من'].includes(tokens[end]?.key ?? '') || tokens[end]!.clause !== tokens[end - 1]?.clause) return undefined;
  let k = end + 1;
  while (OF_DETERMINERS.has(tokens[k]?.key ?? '')) k++;
  if (tokens[k]?.clause !== tokens[end]!.clause || ctx.personAt[k] !== -1) return undefined;
  const found = quantityNounAt(COUNT_NOUNS, tokens, k, true);
  return found && found.entry !== PEOPLE_ENTRY ? found.entry : undefined;
}

/**
 * The English noun after "of" right after a figure (78% of its members → members); with `share`,
 * for a percentage, also the Arabic noun in construct after «من» (30 في المئة من مياه الشرب →
 * مياه), not a name, a figure or a word of value (من إجمالي).
 */
function ofNoun(ctx: DrawContext, end: number, share = false): string | undefined {
  const tokens = ctx.tokens;
  const after = tokens[end + 1];
  if (share && tokens[end]?.key === key('من') && after && after.script === 'ar' && after.clause === tokens[end].clause && after.quote === -1) {
    // Only a noun in construct with a definite word (مياه الشرب, طلاب الجامعة): a definite noun alone (من المستوى المطلوب) may be a measure's level, not a share.
    const genitive = tokens[end + 2];
    const construct = !/^ال/.test(after.key) && !!genitive && genitive.clause === after.clause && /^ال/.test(genitive.key);
    const content = construct && after.key.length >= 3 && !AR_STOP.has(after.key) && !GENERIC.has(after.key) && !VALUE_WORDS.has(after.key) && !/\d/.test(after.key);
    const named = ctx.personAt[end + 1] !== -1 || ctx.placeAt.has(end + 1) || ctx.orgAt.has(end + 1) || !!ctx.lexiconMentionAt(end + 1);
    return content && !named ? ctx.word(end + 1) : undefined;
  }
  if (tokens[end]?.key !== 'of' || tokens[end].clause !== tokens[end - 1]?.clause) return undefined;
  let k = end + 1;
  while (OF_DETERMINERS.has(tokens[k]?.key ?? '')) k++;
  const word = ctx.word(k);
  return tokens[k]?.clause === tokens[end].clause && /^[a-z]{3,}$/.test(word) && !AR_STOP.has(tokens[k]!.key) ? word : undefined;
}

/** A noun as written and without the accusative alef (قتيلاً → قتيل) or clitics. */
function nounForms(noun: string): string[] {
  const bare = noun.replace(/[\u064b-\u065f\u0640]/g, '');
  const forms = [bare];
  if (/[^ا]ا$/.test(bare) && bare.length > 3) forms.push(bare.slice(0, -1));
  return [...new Set(forms)];
}
