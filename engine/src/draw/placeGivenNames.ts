/**
 * Places that open or close an English person's name: Jordan Henderson, Chad Smith, Georgia Brown,
 * Israel Katz, Ghana Shyam Gurung; Ana Lima, Maria Paris. The reference lexicons name Jordan, Chad,
 * Georgia, Israel, Ghana, Lima and Paris as places, so without this reading such a person is never
 * drawn, and a quote they gave is carried on to the last person drawn before them.
 */
import type { Token } from '../analysis';
import type { Mention } from '../mentions';
import { ALL_SPEECH_VERBS, COMMENT_VERBS } from '../lexicon/speech';
import { nationalityOf } from '../titles';
import { EN_COMPANY_TAILS, EN_ORG_HEADS, EN_PLACE_PREPOSITIONS, EN_PLACE_TAILS } from './lexicon';
import { givenNameGender } from './words';

/** Words that open an apposition after a person's name and a comma (Chad Smith, the mayor of Kerikeri). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'who']);

const SPEECH = new Set<string>([...ALL_SPEECH_VERBS, ...COMMENT_VERBS]);

/** Whether token `k` may be a family or middle name after a place that opens a name: capitalised, no kind noun, place word or nationality. */
function surnameLike(tokens: Token[], article: string, k: number): boolean {
  const token = tokens[k]!;
  if (token.script !== 'latin' || !/^\p{Lu}\p{Ll}/u.test(article.slice(token.oStart, token.oEnd))) return false;
  return !EN_ORG_HEADS[token.key] && !EN_COMPANY_TAILS.has(token.key) && !EN_PLACE_TAILS.has(token.key) && !nationalityOf(token);
}

/**
 * Whether a one-word place of the lexicon, written in Latin letters, opens a person's name: one or
 * two capitalised words that the lexicons do not name follow it in its clause, separated by spaces,
 * and the whole is the subject of a speech verb right after it or is followed by an apposition
 * after a comma (", the …", ", who …"). A run after "the" (the Jordan Times) or a preposition of
 * place (in Jordan Valley) stays a place's or a body's.
 */
export function placeOpensPersonName(tokens: Token[], article: string, mention: Mention, covered: (k: number) => boolean): boolean {
  if (mention.kind !== 'place' || mention.tokenEnd - mention.tokenStart !== 1) return false;
  const first = mention.tokenStart;
  const token = tokens[first]!;
  if (token.script !== 'latin' || token.quote !== -1) return false;
  const before = tokens[first - 1];
  if (before && before.sentence === token.sentence && (before.key === 'the' || EN_PLACE_PREPOSITIONS.has(before.key))) return false;
  let end = first + 1;
  while (end < tokens.length && end - first <= 2 && tokens[end]!.clause === token.clause && /^ +$/.test(article.slice(tokens[end - 1]!.oEnd, tokens[end]!.oStart)) && surnameLike(tokens, article, end) && !covered(end)) end++;
  if (end === first + 1) return false;
  const next = tokens[end];
  if (!next || next.sentence !== token.sentence) return false;
  const gap = article.slice(tokens[end - 1]!.oEnd, next.oStart);
  if (/^\s+$/.test(gap)) return SPEECH.has(next.key);
  return /^,\s+$/.test(gap) && APPOSITION_OPENERS.has(next.key) && article.slice(next.oStart, next.oStart + 1) === next.key[0];
}

/**
 * Whether a one-word place of the lexicon, written in Latin letters, closes a person's name: the
 * word right before it, in its clause and after one space, is a capitalised given name of the
 * lexicon's lists of men's and women's names that no other mention covers (Ana Lima, Maria Paris,
 * David Jordan). A place after a preposition or "the" has no given name right before it, so "in
 * Lima" and "the Paris talks" stay places.
 */
export function placeClosesPersonName(tokens: Token[], article: string, mention: Mention, covered: (k: number) => boolean): boolean {
  if (mention.kind !== 'place' || mention.tokenEnd - mention.tokenStart !== 1) return false;
  const token = tokens[mention.tokenStart]!;
  const given = tokens[mention.tokenStart - 1];
  if (token.script !== 'latin' || !given || given.script !== 'latin' || given.clause !== token.clause || covered(mention.tokenStart - 1)) return false;
  if (article.slice(given.oEnd, token.oStart) !== ' ' || !/^\p{Lu}\p{Ll}/u.test(article.slice(given.oStart, given.oEnd))) return false;
  return givenNameGender(given.key) !== undefined;
}
