/**
 * The clause reader shared by the readers of a date's governing verb: a postponement's dates
 * ("postponed the derby from 12 March to 2 April", «أرجأت … إلى 2 أبريل»: `deferredFrom` and
 * `deferredTo` of `monthYears.ts`) and a day an action is called for ("called a strike for
 * Thursday", «دعت … إلى إضراب يوم الخميس»: `calledFor.ts`). Each looks past the words that may stand
 * before the date (on, «يوم», a weekday) for the word that opens it, then back from there, in the
 * date's clause, for a verb of its kind; what differs between them (the verbs, how far back they
 * look, the letters after which «و» or «ف» before a verb is the conjunction) is data.
 */
import type { TokensOf } from './monthYears';

/** A kind of verb looked for before the word that opens a date. */
export interface ClauseVerb {
  /** The verbs' token keys. */
  words: ReadonlySet<string>;
  /** How many words before the opening word the verb may stand. */
  reach: number;
  /** The first letters of the verbs that the conjunction «و» or «ف» may stand before (وأجلت, فدعت). */
  afterConjunction: string;
}

/** The token before the date at token `start`, past at most `most` words of `between` (on, «يوم»). */
export function wordBeforeDate(ctx: TokensOf, start: number, between: ReadonlySet<string>, most: number): number {
  let k = start - 1;
  while (k >= start - most && k >= 0 && between.has(ctx.tokens[k]!.key)) k--;
  return k;
}

/** Whether a verb of `verb` stands before token `k`, within its reach and in the clause of token `start`. */
export function verbBefore(ctx: TokensOf, k: number, start: number, verb: ClauseVerb): boolean {
  const tokens = ctx.tokens;
  for (let j = k - 1; j >= 0 && j >= k - verb.reach && tokens[j]!.clause === tokens[start]!.clause; j--) {
    const word = tokens[j]!.key;
    if (verb.words.has(word)) return true;
    if ((word[0] === 'و' || word[0] === 'ف') && verb.afterConjunction.includes(word[1] ?? '') && verb.words.has(word.slice(1))) return true;
  }
  return false;
}
