/**
 * The grammar of a list of counts by place with the noun written once: 420 schools in Fez, 310 in
 * Meknes and about 150 in Oujda; «420 مدرسة في فاس و310 في مكناس ونحو 150 في وجدة». News writing
 * names the counted noun at the list's first figure only; each later figure is joined to the place
 * before it by a comma, "and" or «و» (glued to the figure or to a hedge before it: «و310»,
 * «ونحو 150»), and followed by «في» or "in" and a place of its own, maybe behind the place's noun
 * («في محافظة جرش», "in the town of Jerash"). Drawing (`draw/quantityLists.ts`) and the check
 * (`rules/quantities/elidedCounts.ts`) read lists with this one grammar; each says itself which
 * tokens are places (the drawn places, the fact base's).
 */
import type { Analysis, Token } from '../analysis';
import { PLACE_NOUNS_AFTER_IN } from '../lexicon/words';
import { wordKey } from '../tokenKey';
import { hedgeLengthBefore } from './hedges';

/** The words that put a figure of a list in its place: «في», "in". */
const IN_WORDS: ReadonlySet<string> = new Set(['في', 'in'].map(wordKey));

/** The words that join a later figure to the place before it, standing alone: «و», "and" (a comma is read from the gap). */
const AND_WORDS: ReadonlySet<string> = new Set(['و', 'and'].map(wordKey));

/** How many place nouns may stand between «في» or "in" and the place's name (in the city of). */
const MOST_PLACE_NOUNS = 3;

/** Whether token `token` is «في» or "in". */
export function isInWord(token: Token | undefined): boolean {
  return !!token && IN_WORDS.has(token.key);
}

/**
 * The token a later figure of a list that starts at token `start` is joined at: the place before
 * it must end there (its last token is the one before). A hedge before the figure belongs to it
 * («ونحو 30», "and about 30"). Undefined where nothing joins it: no «و», "and" or comma.
 */
export function listJoint(analysis: Analysis, start: number): number | undefined {
  const tokens = analysis.tokens;
  const first = start - hedgeLengthBefore(tokens, start);
  const token = tokens[first];
  if (!token) return undefined;
  // «و» glued to the figure or to its hedge (و310, ونحو): the place ends right before it.
  if (token.script !== 'latin' && token.text.startsWith('و') && (first < start || /^و\d/.test(token.key) || token.script === 'ar')) return first;
  const before = tokens[first - 1];
  if (!before || before.sentence !== token.sentence) return undefined;
  if (AND_WORDS.has(before.key)) return first - 1;
  return /[,،]/.test(analysis.text.slice(before.oEnd, token.oStart)) ? first : undefined;
}

/**
 * The first token of the place named after «في» or "in" at token `at`, behind the place's noun if
 * any («في محافظة الكرك», "in the town of Jerash"), by `placeStartsAt`; undefined when there is none
 * in the clause of «في».
 */
export function placeAfterIn(tokens: readonly Token[], at: number, placeStartsAt: (k: number) => boolean): number | undefined {
  const word = tokens[at];
  if (!isInWord(word)) return undefined;
  let k = at + 1;
  while (k <= at + MOST_PLACE_NOUNS && tokens[k]?.clause === word!.clause && !placeStartsAt(k) && PLACE_NOUNS_AFTER_IN.has(tokens[k]!.key)) k++;
  return tokens[k]?.clause === word!.clause && placeStartsAt(k) ? k : undefined;
}

/**
 * The «في» or "in" before the place that starts at token `start`, over the place's noun if any;
 * undefined when the place does not follow one.
 */
export function inWordBefore(tokens: readonly Token[], start: number): number | undefined {
  let k = start - 1;
  while (k >= 0 && k >= start - MOST_PLACE_NOUNS && !isInWord(tokens[k]) && PLACE_NOUNS_AFTER_IN.has(tokens[k]!.key) && tokens[k]!.clause === tokens[start]!.clause) k--;
  return k >= 0 && isInWord(tokens[k]) && tokens[k]!.clause === tokens[start]!.clause ? k : undefined;
}
