/**
 * Days an action is called for: "called a strike for Thursday", «دعت النقابة إلى إضراب يوم الخميس».
 * The verb of calling is past, but the day it sends the action to is still to come, as a
 * postponement's new date is (`deferredTo` of `monthYears.ts`). Read for weekdays by drawing's
 * `events.ts`. The day of the call itself ("called on Monday for a rally", «دعت يوم الاثنين إلى
 * اعتصام») and the day of a call for something that is no action set for a day ("called for calm
 * on Monday", «دعا إلى التهدئة يوم الاثنين») are not read here: they stay the verb's time.
 */
import { conceptKey } from '../lexicon/concepts';
import { contentStem } from '../text/stem';
import { wordKey as key } from '../tokenKey';
import type { TokensOf } from './monthYears';
import { verbBefore, wordBeforeDate, type ClauseVerb } from './clauseVerbs';

const keySet = (words: readonly string[]) => new Set(words.map(key));

/** Verbs and nouns of calling for an action, with the «و» or «ف» an Arabic word may take. */
const CALLING = keySet(['call', 'calls', 'called', 'calling', 'urge', 'urges', 'urged', 'دعا', 'دعت', 'دعوا', 'دعتا', 'يدعو', 'تدعو', 'يدعون', 'دعوة', 'الدعوة']);
/** Words that may stand between the action and its day: on, «يوم». */
const BEFORE_DAY = keySet(['on', 'يوم']);
/**
 * Arabic nouns of collective action besides the concepts strike and protest of `lexicon/concepts.ts`
 * (a sit-in, a stand, a march, disobedience), which the concepts do not hold.
 */
const ACTIONS = keySet(['اعتصام', 'اعتصاما', 'وقفة', 'مسيرة', 'مسيرات', 'عصيان']);

/** Whether the word at token `k` names a collective action (إضراب, مظاهرة, اعتصام). */
function actionAt(ctx: TokensOf, k: number): boolean {
  const word = ctx.tokens[k]?.key ?? '';
  const concept = conceptKey(contentStem(word) ?? '');
  return ACTIONS.has(word) || concept === '~strike' || concept === '~protest';
}

/** Verbs of calling, looked for at most eight words before the action or "for". */
const CALLING_VERB: ClauseVerb = { words: CALLING, reach: 8, afterConjunction: 'دتي' };

/**
 * Whether the weekday at token `start` is the day an action is called for: "for" right before it
 * (or before "on") with a verb of calling some words back and a word between them (called a strike
 * for Thursday), or in Arabic a noun of collective action after «إلى» right before it, or one word
 * before it (إلى إضراب عام يوم الخميس), after a verb of calling.
 */
export function calledFor(ctx: TokensOf, start: number): boolean {
  const tokens = ctx.tokens;
  const k = wordBeforeDate(ctx, start, BEFORE_DAY, 1);
  if (k < 0 || tokens[k]!.clause !== tokens[start]!.clause) return false;
  if (tokens[k]!.key === 'for') return k >= 2 && !CALLING.has(tokens[k - 1]!.key) && verbBefore(ctx, k - 1, start, CALLING_VERB);
  for (const noun of [k, k - 1]) {
    const to = tokens[noun - 1];
    if (noun > 0 && actionAt(ctx, noun) && to !== undefined && (to.key === key('إلى') || to.key === key('الى'))) return verbBefore(ctx, noun - 1, start, CALLING_VERB);
  }
  return false;
}
