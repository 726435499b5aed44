/**
 * Measures read after a figure: lengths and areas with what they measure (على عمق 140 متراً, an
 * area of 12 square kilometres), depths of rain and snow, weights with what they are of (2.1
 * million tonnes of wheat) and speeds (90 km/h).
 */
import type { DrawContext } from './context';
import { key, stemsOf } from './words';
import { AR_STOP } from '../lexicon/functionWords';
import { COUNT_NOUNS, LENGTH_ENTRY, LENGTH_WORKS, MEASURE_NOUNS, WEIGHT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { UNITS, GENERIC, EN_FUNCTION } from './quantityTables';
import type { QualifiedNoun } from './quantityQualifiers';

/** Units of length a measure noun may be of, and the depths of rain and snow (folded). */
export const LENGTHS = new Set(['km', 'metre']);
const DEPTHS = new Set(['مليمتر', 'مليمترا', 'مليمترات', 'ملم', 'millimetres', 'millimeters', 'mm', 'سنتيمتر', 'سنتيمترا', 'سنتيمترات', 'سم', 'centimetres', 'centimeters', 'cm'].map(key));
/** Words that make a unit of length one of area: كيلومتر مربع, square kilometres. */
const SQUARE_AR = new Set(['مربع', 'مربعا', 'مربعه'].map(key));
const SQUARE: Record<string, string> = { km: 'square-km', metre: 'square-metre' };
export const SQUARE_UNITS: Record<string, true> = { 'square-km': true, 'square-metre': true };

/**
 * A measure at token `k` after the number at `tokenStart` with what it measures: a length or an
 * area (على عمق 140 متراً, an altitude of 2,800 metres, مساحة 12 كيلومتراً مربعاً, 60 km away) with
 * a noun of the measure table (with the thing measured, when a verb of measuring follows it: the
 * dam wall is 112 metres high), or a depth of rain or snow (85 centimetres of fresh snow), whose
 * noun keeps the unit word, which the checker reads beside the figure. A length with no measure
 * noun is left to the unit reading.
 */
export function measureAt(ctx: DrawContext, tokenStart: number, k: number): { unit: string; end: number; noun: string; known: QuantityNoun } | undefined {
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
    // An area of the noun before "of" (holds back a reservoir of 23 square kilometres): that noun, with the area's words.
    const areaOf = !found && squared ? nounBeforeOf(ctx, tokenStart) : undefined;
    if (areaOf) return { unit: SQUARE[length]!, end, noun: areaOf, known: { ar: [...AREA_ENTRY.ar], en: [areaOf, ...AREA_ENTRY.en] } };
    if (!found) return undefined;
    // The thing measured, when the clause says it is so long or high (the dam wall is 112 metres high), names the measure too.
    const subject = found.at === undefined ? measuredSubject(ctx, tokenStart) : undefined;
    const known = subject ? { ar: found.entry.ar, en: [...found.entry.en, subject] } : found.entry;
    return { unit: squared ? SQUARE[length]! : length, end: Math.max(end, found.end), noun: found.entry[ctx.lang][0] ?? ctx.word(k), known };
  }
  if (square || !DEPTHS.has(word.key)) return undefined;
  const found = measureNoun(ctx, tokenStart, k + 1);
  const unitWord = ctx.word(k);
  const of = found?.entry;
  const known = { ar: of?.ar ?? [], en: of?.en ?? [], [ctx.lang]: [unitWord, ...(of?.[ctx.lang] ?? [])] } as QuantityNoun;
  return { unit: 'other', end: Math.max(k + 1, found?.end ?? 0), noun: unitWord, known };
}

/** The entry of the measure table for an area (area, covers, «مساحة»). */
const AREA_ENTRY = MEASURE_NOUNS.find((entry) => entry.en.includes('area'))!;

/**
 * The English noun right before "of" before the figure at `tokenStart`, after an article (a
 * reservoir of 23 square kilometres → reservoir): a lower-case content word of the figure's clause.
 */
function nounBeforeOf(ctx: DrawContext, tokenStart: number): string | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  if (ctx.lang !== 'en' || tokens[tokenStart - 1]?.key !== 'of') return undefined;
  const noun = tokens[tokenStart - 2];
  if (!noun || noun.clause !== clause || !['a', 'an', 'the'].includes(tokens[tokenStart - 3]?.key ?? '')) return undefined;
  const word = ctx.word(tokenStart - 2);
  return /^[a-z]{4,}$/.test(word) && !EN_FUNCTION.has(noun.key) && !GENERIC.has(noun.key) ? word : undefined;
}

/** English verbs that say what a thing measures: the wall is 112 metres high, the tower stands 41 metres tall. */
const MEASURING_VERBS = new Set(['is', 'are', 'was', 'were', 'stands', 'stood', 'rises', 'rose', 'measures', 'measured', 'reaches', 'reached', 'runs', 'ran', 'stretches', 'stretched']);

/**
 * The English noun whose dimension the figure at `tokenStart` gives through a verb of measuring
 * right before it, across a hedge (The dam wall is 112 metres high; its portal tower stands about
 * 41 metres tall → wall, tower): a lowercase content word that is no name, place or body.
 */
function measuredSubject(ctx: DrawContext, tokenStart: number): string | undefined {
  if (ctx.lang !== 'en') return undefined;
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  const hedged = ['about', 'some', 'nearly', 'almost', 'around', 'over'].includes(tokens[tokenStart - 1]?.key ?? '');
  const k = tokenStart - (hedged ? 3 : 2);
  const verb = tokens[k + 1];
  const token = tokens[k];
  if (!verb || !MEASURING_VERBS.has(verb.key) || !token || token.clause !== clause || verb.clause !== clause) return undefined;
  if (!/^[a-z]{3,}$/.test(ctx.word(k)) || EN_FUNCTION.has(token.key) || GENERIC.has(token.key) || ctx.personAt[k] !== -1 || ctx.placeAt.has(k) || ctx.orgAt.has(k) || ctx.lexiconMentionAt(k)) return undefined;
  return ctx.word(k);
}

/** The weights of the schema. */
export const WEIGHT_UNITS: ReadonlySet<string> = new Set(['tonne', 'kg']);

/**
 * A weight at token `k` with what it is a weight of, right after "of" or «من» (2.1 million tonnes
 * of wheat, «1.5 مليون طن من القمح»): a content word that is no name and no counted noun (tonnes
 * received from farmers, «من الفلاحين», are no weight of farmers). Without one the unit word
 * itself is the noun, which the check reads beside the figure.
 */
export function weightAt(ctx: DrawContext, k: number): { unit: string; end: number; noun: string; known?: QuantityNoun } | undefined {
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

/**
 * Words that may stand between a measure noun and its figure: على عمق نحو 8, an altitude of about
 * 2,800, مساحة تزيد على 170, and the adjective of a total after an Arabic noun (بمساحة إجمالية تبلغ).
 */
const MEASURE_LINKS = new Set(['of', 'at', 'a', 'an', 'the', 'some', 'على', 'يبلغ', 'تبلغ', 'قدره', 'قدرها', 'تقدر', 'تزيد', 'يزيد', 'نحو', 'حوالي', 'إجمالية', 'إجمالي', 'الإجمالية', 'الإجمالي', 'about', 'around', 'nearly', 'almost', 'more', 'than', 'over'].map(key));

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

/** Speeds, measured in a unit of length per hour: the forms a draft writes them in. */
const SPEEDS: readonly { units: Set<string>; noun: QuantityNoun }[] = [
  { units: new Set(['km', 'كم', 'كلم', 'كيلومتر', 'كيلومترا', 'كيلومترات', 'kilometres', 'kilometers', 'kmh', 'kph'].map(key)), noun: { ar: ['كم/ساعة', 'كيلومترا في الساعة', 'كم في الساعة'], en: ['km/h', 'km per hour', 'kilometres per hour', 'kph'] } },
  { units: new Set(['miles', 'mph'].map(key)), noun: { ar: ['ميلا في الساعة', 'ميل في الساعة'], en: ['mph', 'miles per hour'] } },
];

/** Words after a unit of length that make it a speed: per hour, an hour, في الساعة, /h, /ساعة. */
const PER_HOUR = [['per', 'hour'], ['an', 'hour'], ['a', 'hour'], ['في', 'الساعه'], ['بالساعه'], ['h'], ['ساعه'], ['hr']].map((words) => words.map(key));

/** A speed at token `k` (70 km per hour, 120 كيلومترا في الساعة, 90 km/h, 60 mph), with the token past it. */
export function speedAt(ctx: DrawContext, k: number): { noun: QuantityNoun; end: number } | undefined {
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

/** How many words before a weight its noun may stand (production this season to reach 290,000 tonnes). */
const WEIGHT_NOUN_REACH = 6;

/**
 * The noun of the weight table before the weight whose figure starts at `tokenStart` and whose
 * noun is its bare unit (a load of 3,700 tonnes, «وحمولتها 3700 طن»), in its clause and with no
 * other figure between, as the qualifier that tells two such weights apart; undefined when none.
 */
export function weightQualifier(ctx: DrawContext, tokenStart: number): QualifiedNoun | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  for (let k = tokenStart - 1; k >= 0 && tokenStart - k <= WEIGHT_NOUN_REACH; k--) {
    const token = tokens[k]!;
    if (token.clause !== clause || token.script === 'digit' || token.quote !== -1) return undefined;
    const found = quantityNounAt(WEIGHT_NOUNS, tokens, k);
    if (found) return { noun: { ar: [...found.entry.ar], en: [...found.entry.en] }, key: `weight:${key(found.entry.en[0]!)}` };
  }
  return undefined;
}
