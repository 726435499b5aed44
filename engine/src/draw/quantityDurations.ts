/**
 * What a duration measures: a noun of the duration table near it (مهلة 8 أشهر, for five years) or
 * what lasted it (the hearing lasted three days).
 */
import type { DrawContext } from './context';
import { key, stemsOf } from './words';
import { AR_STOP } from '../lexicon/functionWords';
import { DURATION_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { GENERIC, EN_AUXILIARIES } from './quantityTables';

/** Words that say "for" or "over" before a duration (لمدة خمس سنوات, على مدى عشرة أيام, for five years). */
const DURATION_MARKERS = new Set(['لمده', 'مده', 'مدي', 'طوال', 'طيله', 'for', 'over'].map(key));

/** Words for "for" that tie a duration to the verb before it across its object (لمدة ست ساعات, for 11 hours). */
const FOR_MARKERS = new Set(['لمده', 'for'].map(key));

/** Words that open another act between a verb and a duration or an amount: after, before, when (بعد, قبل, عندما). */
export const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'since', 'until', 'because', 'following', 'بعد', 'قبل', 'عندما', 'حين', 'حينما', 'منذ', 'حتي', 'لان'].map(key));

/** Verbs that say how long something lasted (استمرت عملية الإصلاح 12 يوماً, the hearing lasted three days). */
const LASTED = new Set(['استمر', 'استمرت', 'يستمر', 'تستمر', 'سيستمر', 'ستستمر', 'دام', 'دامت', 'يدوم', 'تدوم', 'lasted', 'last', 'lasts', 'lasting'].map(key));

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
  const after = tokens[unitEnd];
  return after && after.clause === clause ? quantityNounAt(DURATION_NOUNS, tokens, unitEnd)?.entry : undefined;
}

/**
 * What lasted a duration: the content word right before a verb of lasting that stands right before
 * the number (عملية الإصلاح استمرت 12 يوماً → الإصلاح; the hearing lasted three days → hearing), or
 * right after such a verb that opens the clause (استمرت المفاوضات ثلاثة أيام).
 */
export function lastedNoun(ctx: DrawContext, tokenStart: number): string | undefined {
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
