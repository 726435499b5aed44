/**
 * People and cases counted: what befell the people a figure counts (وإصابة 153 آخرين, Two people
 * died), others of a kind counted after them, cases and what they are cases of (17 حالة اختناق,
 * 412,000 suspected cases), and a part of a counted whole (من أصل, out of).
 */
import type { NumberExpression } from '../extract/numbers';
import type { DrawContext } from './context';
import type { Token } from '../analysis';
import { key } from './words';
import { AR_STOP } from '../lexicon/functionWords';
import { arabicNumberWord, englishNumberWord, OF_THOSE } from '../lexicon/numbers';
import { COUNT_NOUNS, EVENT_COUNTS, FATE_ENTRIES, FATE_QUALIFIERS, FATES_AFTER, quantityNounAt, type QuantityNoun } from './quantityNouns';
import type { Fate } from '../lexicon/fates';
import { APPROX, GENERIC, EN_FUNCTION } from './quantityTables';
import type { Read } from './quantityRead';
import type { Candidate } from './quantityKeep';

/** Words after a count that make it a part of a whole: من أصل, out of. */
const PART_OF = [['من', 'اصل'], ['out', 'of']].map((words) => words.map(key));

/** Whether «من أصل» or "out of" and a figure follow token `end - 1` in its clause. */
export function partOfWhole(ctx: DrawContext, end: number): boolean {
  const tokens = ctx.tokens;
  return PART_OF.some((words) => words.every((word, j) => tokens[end + j]?.key === word && tokens[end + j]!.clause === tokens[end - 1]!.clause) && tokens[end + words.length]?.script === 'digit');
}

/**
 * The whole that figure `n` counts when it follows «من أصل» or "out of" right after a figure and a
 * counted noun of the table in its clause (نجح 18342 مترشحاً من أصل 47915, 18,342 candidates out of
 * 47,915): the part's noun counts the whole too. A whole with a noun of its own after it is read as
 * any count is; this reads one with none (a verb or a place follows it). `figures` are the article's.
 */
export function wholeCountOf(ctx: DrawContext, n: NumberExpression, figures: readonly NumberExpression[]): Read | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[n.tokenStart]!.clause;
  for (const words of PART_OF) {
    const link = n.tokenStart - words.length;
    if (link < 2 || !words.every((word, j) => tokens[link + j]!.key === word && tokens[link + j]!.clause === clause)) continue;
    // The part's noun, of up to three words, ends at the link and follows the part's figure.
    for (let at = link - 1; at >= Math.max(1, link - 3); at--) {
      const found = quantityNounAt(COUNT_NOUNS, tokens, at);
      if (found?.tokenEnd !== link || tokens[at]!.clause !== clause) continue;
      if (figures.some((figure) => figure.tokenEnd === at && tokens[figure.tokenStart]!.clause === clause)) return { value: n.value, unit: 'count', end: n.tokenEnd, noun: ctx.text(at, link), known: found.entry, whole: true };
    }
  }
  return undefined;
}

/** Words for "others" after a number, masculine and feminine (وإصابة 153 آخرين, وأصيبت 14 أخرى, injuring 37 others). */
export const OTHERS = new Set(['آخرين', 'آخرون', 'أخرى', 'أخريات', 'others'].map(key));

/** Verbs and verbal nouns of what befell people, folded, with their entry of the counted-noun table. */
const EVENT_WORDS = new Map(EVENT_COUNTS.flatMap(({ words, entry }) => words.map((word) => [key(word), entry] as const)));

/** The words of the hedges (نحو, at least), which may stand between a verb and the people it counts. */
const HEDGE_WORDS = new Set(APPROX.flatMap((a) => a.keys));

/** The counted noun a verb or verbal noun right before the number says (وإصابة 153 آخرين, injuring 37 others → injured). */
export function eventCount(ctx: DrawContext, tokenStart: number): QuantityNoun | undefined {
  // A hedge may stand between (أودى بحياة نحو 12 ألف شخص, killing at least 40 people).
  let at = tokenStart - 1;
  while (at > 0 && tokenStart - at <= 3 && HEDGE_WORDS.has(ctx.tokens[at]!.key)) at--;
  const before = ctx.tokens[at];
  if (!before || before.clause !== ctx.tokens[tokenStart]!.clause) return undefined;
  return EVENT_WORDS.get(before.key) ?? EVENT_WORDS.get(before.key.replace(/^[وب](?=...)/, ''));
}

/** The counted-noun table's entry of people (شخص, people), which a verb of what befell them makes the dead or the injured. */
export const PEOPLE_ENTRY = COUNT_NOUNS.find((entry) => entry.en.includes('people'))!;

/** Verbs after the people counted that say what befell them, folded, with their entry of the counted-noun table. */
const FATE_WORDS = new Map(FATES_AFTER.flatMap(({ words, entry }) => words.map((word) => [key(word), entry] as const)));

/** Words that may stand between the people counted and the verb of what befell them: were, have been, later, seriously. */
const FATE_LINKS = new Set(
  [
    ...['were', 'was', 'have', 'had', 'has', 'been', 'are', 'also', 'later', 'reportedly', 'seriously', 'critically', 'slightly', 'still', 'remain', 'remained', 'remains'],
    // People still missing in Arabic: «في عداد المفقودين» (listed among the missing), «ما زالوا مفقودين», «لا يزالون مفقودين».
    ...['في', 'عداد', 'ما', 'زالوا', 'زال', 'لا', 'يزالون', 'يزال'],
  ].map(key),
);

/**
 * The counted noun a verb after the people counted says (Two people died, 14 others were injured,
 * «تسعة أشخاص لقوا حتفهم», «لقي تسعة أشخاص حتفهم»): the token at `end` or after a few linking
 * words of its clause.
 */
export function fateAfter(ctx: DrawContext, end: number): QuantityNoun | undefined {
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
export function peopleBefell(ctx: DrawContext, n: NumberExpression, read: Read): Read {
  if (read.known !== PEOPLE_ENTRY) return read;
  const fate = eventCount(ctx, n.tokenStart) ?? fateAfter(ctx, read.end);
  return fate ? { ...read, known: fate } : read;
}

/** Words that make a figure a part of those counted before it (`lexicon/numbers.ts` `OF_THOSE`): «منهم», «منهن»; of whom, of them (after "of"). */
const OF_THOSE_AR = new Set(OF_THOSE.ar.map(key));
const OF_THOSE_EN = new Set(OF_THOSE.en.map(key));

/**
 * A part of those counted before it with what befell it, as wire copy gives a toll: «توفي منهم
 * أربعة», «توفي أربعة منهم», seven of whom drowned, three of them died. It counts the dead, the
 * injured or the missing; it is read weak, so that it is kept only where the article gives that
 * fate no other figure (a toll of its own beside it is the story's).
 */
export function partBefell(ctx: DrawContext, n: NumberExpression): Read | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[n.tokenStart]!.clause;
  const inClause = (k: number) => tokens[k]?.clause === clause;
  let fate: QuantityNoun | undefined;
  let end = n.tokenEnd;
  if (inClause(n.tokenStart - 1) && OF_THOSE_AR.has(tokens[n.tokenStart - 1]!.key)) fate = eventCount(ctx, n.tokenStart - 1);
  else if (inClause(n.tokenEnd) && OF_THOSE_AR.has(tokens[n.tokenEnd]!.key)) {
    end = n.tokenEnd + 1;
    fate = eventCount(ctx, n.tokenStart) ?? fateAfter(ctx, end);
  } else if (tokens[n.tokenEnd]?.key === 'of' && inClause(n.tokenEnd + 1) && OF_THOSE_EN.has(tokens[n.tokenEnd + 1]!.key)) {
    end = n.tokenEnd + 2;
    fate = fateAfter(ctx, end);
  }
  return fate ? { value: n.value, unit: 'count', known: fate, end, weak: true, part: true } : undefined;
}

/** Words for "cases" after a number, which count what the sentence counted before them. */
const CASES = new Set(['حاله', 'حالات', 'cases'].map(key));

/**
 * The counted noun that «بـ452 حالة» counts: a noun of the counted-noun table earlier in the
 * sentence (سجّل العدد الأكبر من الوفيات بـ1293 حالة، يليه إقليم تارودانت بـ452 حالة), when the
 * cases have no noun of their own after them («1126 حالة غش» counts cheating, not the deaths).
 */
export function casesOf(ctx: DrawContext, tokenStart: number, k: number): QuantityNoun | undefined {
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
export function casesOfWhat(ctx: DrawContext, k: number): { noun: QuantityNoun; end: number } | undefined {
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
export function casesOfKind(ctx: DrawContext, k: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || !CASES.has(tokens[k + 1]?.key ?? '') || tokens[k + 2]?.key === 'of') return undefined;
  return CASE_KINDS.find((entry) => entry.kind === tokens[k]!.key)?.noun;
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
export function othersOfKind(ctx: DrawContext, tokenStart: number, fact: Record<string, unknown>, befell: QuantityNoun | undefined): Candidate | undefined {
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

/**
 * A figure of two fates joined (36 people dead or missing, «45 شخصاً بين قتيل ومفقود») counts both:
 * its noun is both fates' nouns, which the checker reads as a combined fate's, so that a draft's
 * dead alone or missing alone is not compared with it.
 */
export function combinedRead(read: Read | undefined, fates: readonly [Fate, Fate] | undefined): Read | undefined {
  if (!read || !fates || read.unit !== 'count') return read;
  const [a, b] = fates.map((fate) => FATE_ENTRIES[fate]) as [QuantityNoun, QuantityNoun];
  return { ...read, known: { ar: [...a.ar, ...b.ar], en: [...a.en, ...b.en] }, fate: undefined };
}
