/**
 * What a duration measures: a noun of the duration table near it (مهلة 8 أشهر, for five years),
 * the journey of what arrived after it (reached the town after nine hours) or what lasted it (the
 * hearing lasted three days).
 */
import type { DrawContext } from './context';
import { key, stemsOf } from './words';
import { AR_STOP } from '../lexicon/functionWords';
import { ARRIVAL_VERBS } from '../lexicon/words';
import { DURATION_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { APPROX, GENERIC, EN_AUXILIARIES, EN_FUNCTION } from './quantityTables';

/** Words that say "for" or "over" before a duration (لمدة خمس سنوات, على مدى عشرة أيام, for five years). */
const DURATION_MARKERS = new Set(['لمده', 'مده', 'مدي', 'طوال', 'طيله', 'for', 'over'].map(key));

/** Words for "for" that tie a duration to the verb before it across its object (لمدة ست ساعات, for 11 hours). */
const FOR_MARKERS = new Set(['لمده', 'for'].map(key));

/** Words that open another act between a verb and a duration or an amount: after, before, when (بعد, قبل, عندما). */
export const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'since', 'until', 'because', 'following', 'بعد', 'قبل', 'عندما', 'حين', 'حينما', 'منذ', 'حتي', 'لان'].map(key));

/** Verbs that say how long something lasted (استمرت عملية الإصلاح 12 يوماً, the hearing lasted three days). */
const LASTED = new Set(['استمر', 'استمرت', 'يستمر', 'تستمر', 'سيستمر', 'ستستمر', 'دام', 'دامت', 'يدوم', 'تدوم', 'lasted', 'last', 'lasts', 'lasting'].map(key));

/**
 * Verbs that say how long something takes or how long it suffices for (رحلة الحافلة تستغرق 19
 * ساعة, طروداً غذائية تكفي 12 يوماً, the journey takes 19 hours), in the tenses news writes them.
 */
const TAKES = new Set(['تستغرق', 'يستغرق', 'استغرق', 'استغرقت', 'ستستغرق', 'سيستغرق', 'تكفي', 'يكفي', 'كفت', 'ستكفي', 'سيكفي', 'takes', 'take', 'took'].map(key));

/** Words of a route between a subject and its verb (من ورقلة إلى تمنراست, from Ouargla to Tamanrasset). */
const ROUTE = new Set(['من', 'إلى', 'بين', 'عبر', 'from', 'to', 'via', 'between', 'and'].map(key));

/** Hedges of one word that may stand between a verb and its duration (تستغرق نحو 19 ساعة, takes about 19 hours). */
const ONE_WORD_HEDGES = new Set(APPROX.filter((hedge) => hedge.keys.length === 1).map((hedge) => hedge.keys[0]!));

/** Whether token `k` of the clause is a content word that may name what a duration measures. */
function contentAt(ctx: DrawContext, k: number, clause: number): boolean {
  const token = ctx.tokens[k];
  if (!token || token.clause !== clause || token.script === 'digit' || token.key.length < 3) return false;
  if (AR_STOP.has(token.key) || EN_FUNCTION.has(token.key) || GENERIC.has(token.key) || LASTED.has(token.key) || TAKES.has(token.key)) return false;
  return ctx.personAt[k] === -1 && !ctx.placeAt.has(k) && !ctx.orgAt.has(k) && !ctx.lexiconMentionAt(k);
}

/**
 * Whether an Arabic word depends on the noun before it: a definite genitive after an indefinite
 * head (رحلة الحافلة) or a relative adjective of the head's own definiteness (طروداً غذائية).
 */
function dependsOn(head: string, word: string): boolean {
  const definite = (w: string) => w.startsWith('ال');
  return (!definite(head) && definite(word)) || (/يه$/.test(word) && definite(head) === definite(word));
}

/** Whether token `k` is a Latin word with a capital letter that does not open its sentence: a name. */
function capitalisedInSentence(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  return !!token && token.script === 'latin' && /^\p{Lu}/u.test(ctx.word(k)) && k > 0 && ctx.tokens[k - 1]!.sentence === token.sentence;
}

/**
 * Whether token `k` is a name in a route that the drawing does not know as a place: a capitalised
 * Latin word right after a word of the route or another such name (from Lodwar to Kitale).
 */
function routeName(ctx: DrawContext, k: number): boolean {
  if (!capitalisedInSentence(ctx, k)) return false;
  for (let j = k - 1; j >= 0 && k - j <= 3 && ctx.tokens[j]!.clause === ctx.tokens[k]!.clause; j--) {
    if (ROUTE.has(ctx.tokens[j]!.key)) return true;
    if (!capitalisedInSentence(ctx, j)) return false;
  }
  return false;
}

/**
 * The head of the subject of a verb of taking or sufficing right before a duration (past a hedge):
 * the content word before the verb, past a route of places (أن رحلة الحافلة من ورقلة إلى تمنراست
 * تستغرق نحو 19 ساعة; the journey from Ouargla to Tamanrasset takes about 19 hours), or the noun
 * an Arabic genitive or relative adjective there depends on (رحلة الحافلة, طروداً غذائية).
 */
function takingSubject(ctx: DrawContext, tokenStart: number): number | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  let verb = tokenStart - 1;
  while (verb > 0 && tokenStart - verb <= 2 && ONE_WORD_HEDGES.has(tokens[verb]!.key)) verb--;
  const taking = tokens[verb];
  if (!taking || taking.clause !== clause || !(TAKES.has(taking.key) || stemsOf(taking).some((stem) => TAKES.has(stem)))) return undefined;
  // An English infinitive (was planned to take three years) has no subject right before it: the
  // verb itself then measures the duration (quantityVerbs.ts), not the word before "to".
  if (tokens[verb - 1]?.key === 'to') return undefined;
  let k = verb - 1;
  while (k >= 0 && verb - k <= 8 && tokens[k]!.clause === clause && (ctx.placeAt.has(k) || ROUTE.has(tokens[k]!.key) || routeName(ctx, k))) k--;
  // A name the drawing does not know is no subject (a town of the route the gazetteer lacks).
  if (!contentAt(ctx, k, clause) || capitalisedInSentence(ctx, k)) return undefined;
  return tokens[k]!.script === 'ar' && contentAt(ctx, k - 1, clause) && dependsOn(tokens[k - 1]!.key, tokens[k]!.key) ? k - 1 : k;
}

/** Verbs of arriving (the lexicon's, folded); the Arabic ones are also read without «و». */
const ARRIVING: ReadonlySet<string> = new Set(ARRIVAL_VERBS);

/** Objects after which "reached" names no arrival (reached a deal after nine hours of talks). */
const REACHED_STATES = new Set(['deal', 'agreement', 'accord', 'settlement', 'compromise', 'verdict', 'decision', 'consensus', 'conclusion', 'target', 'peak', 'record', 'level'].map(key));

/** Words after «من» that name the setting out a journey is counted from (بعد تسع ساعات من انطلاقها). */
const SETTING_OUT = /^(ال)?(انطلاق|مغادر|تحرك|خروج)/;

/** The journey's entry of the duration table. */
const JOURNEY = DURATION_NOUNS.find((entry) => entry.en.includes('journey'))!;

/**
 * Whether the duration at `tokenStart` is one after which something arrived: "after" or «بعد»
 * right before it (past a hedge), and a verb of arriving at most ten words before that in its
 * clause (ووصلت القافلة إلى البلدة بعد نحو تسع ساعات, the convoy reached the town after about nine
 * hours). A duration of something else (after two days of talks, «بعد يومين من المفاوضات») and a
 * deal reached are not a journey's.
 */
function arrivedAfter(ctx: DrawContext, tokenStart: number, unitEnd: number): boolean {
  const tokens = ctx.tokens;
  const clause = tokens[tokenStart]!.clause;
  let after = tokenStart - 1;
  while (after > 0 && tokenStart - after <= 2 && ONE_WORD_HEDGES.has(tokens[after]!.key)) after--;
  if (!['after', 'بعد'].map(key).includes(tokens[after]?.key ?? '') || tokens[after]!.clause !== clause) return false;
  const next = tokens[unitEnd];
  if (next && next.clause === clause && (next.key === 'of' || (next.key === key('من') && !SETTING_OUT.test(tokens[unitEnd + 1]?.key ?? '')))) return false;
  for (let k = after - 1; k >= 0 && after - k <= 10 && tokens[k]!.clause === clause; k--) {
    if (REACHED_STATES.has(tokens[k]!.key)) return false;
    if (ARRIVING.has(tokens[k]!.key) || (tokens[k]!.script === 'ar' && stemsOf(tokens[k]).some((stem) => ARRIVING.has(stem)))) return true;
  }
  return false;
}

/**
 * The noun a duration measures: a noun of the duration table up to four words before the number in
 * its clause (مهلة 8 أشهر, حداداً وطنياً لمدة ثلاثة أيام), up to ten when a word for "for" stands
 * right before it (سيحرمون من اجتياز الامتحان لمدة خمس سنوات) and up to eight after "over" (على
 * مدى), never past "after" or «بعد», or right after the unit (a six-month deadline).
 */
export function durationNoun(ctx: DrawContext, tokenStart: number, unitEnd: number): QuantityNoun | undefined {
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
  // The journey of what arrived after the duration (ووصلت القافلة … بعد نحو تسع ساعات, reached the town after nine hours).
  if (arrivedAfter(ctx, tokenStart, unitEnd)) return JOURNEY;
  // The subject of a verb of taking (رحلة الحافلة … تستغرق نحو 19 ساعة) when the table names it.
  const subject = takingSubject(ctx, tokenStart);
  const taken = subject === undefined ? undefined : quantityNounAt(DURATION_NOUNS, tokens, subject)?.entry;
  if (taken) return taken;
  const after = tokens[unitEnd];
  return after && after.clause === clause ? quantityNounAt(DURATION_NOUNS, tokens, unitEnd)?.entry : undefined;
}

/**
 * What lasted a duration: the content word right before a verb of lasting that stands right before
 * the number, past a modal or an auxiliary (عملية الإصلاح استمرت 12 يوماً → الإصلاح; the hearing
 * lasted three days → hearing; the work on the terminal will last four months → terminal), or
 * right after such a verb that opens the clause (استمرت المفاوضات ثلاثة أيام), or the subject of a
 * verb of taking or sufficing before it (طروداً غذائية تكفي 12 يوماً → طروداً).
 */
export function lastedNoun(ctx: DrawContext, tokenStart: number): string | undefined {
  const tokens = ctx.tokens;
  const verb = tokens[tokenStart - 1];
  const clause = tokens[tokenStart]!.clause;
  const content = (k: number) => contentAt(ctx, k, clause);
  // A modal or an auxiliary before the verb (will last, has lasted) stands between it and its subject.
  if (verb && LASTED.has(verb.key)) {
    let k = tokenStart - 2;
    while (k >= 0 && tokenStart - k <= 4 && tokens[k]!.clause === clause && EN_AUXILIARIES.has(tokens[k]!.key)) k--;
    if (content(k) && !capitalisedInSentence(ctx, k)) return ctx.word(k);
  }
  // A word for "for" between (to last for two weeks), and "to" or a modal before the verb (the evacuation is expected to last).
  if (verb && DURATION_MARKERS.has(verb.key) && LASTED.has(tokens[tokenStart - 2]?.key ?? '')) {
    let k = tokenStart - 3;
    while (k >= 0 && tokenStart - k <= 6 && tokens[k]!.clause === clause && EN_AUXILIARIES.has(tokens[k]!.key)) k--;
    if (content(k)) return ctx.word(k);
  }
  const opening = tokens[tokenStart - 2];
  if (opening && LASTED.has(stemsOf(opening).at(-1) ?? opening.key) && (tokenStart - 2 === 0 || tokens[tokenStart - 3]!.clause !== clause) && content(tokenStart - 1)) return ctx.word(tokenStart - 1);
  // What takes a duration or suffices for it (طروداً غذائية تكفي 12 يوماً → طرود).
  const subject = takingSubject(ctx, tokenStart);
  return subject === undefined ? undefined : ctx.word(subject);
}
