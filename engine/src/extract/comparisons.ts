/**
 * Earlier figures of a comparison, read alike in an article and in a draft: the words right before a
 * figure that set it against the current one (up from 15,000, «مقارنة بـ2800», «بعدما كانت 31»), and
 * the words that give a figure as the one a change came to (rose to 48, «إلى 48»). A draft that gives
 * an article sentence's earlier figure as the figure reached swaps the two.
 */
import type { Token } from '../analysis';
import { wordKey } from '../tokenKey';

/**
 * Words right before a figure that make it the earlier value of a comparison (folded, as tokens
 * are): the English and Arabic phrasings of wire copy, «بعد أن كانت» and «بعدما كانت» for a toll
 * that has risen since.
 */
export const COMPARISONS: readonly (readonly string[])[] = [
  ['up', 'from'], ['down', 'from'], ['compared', 'with'], ['compared', 'to'], ['مقارنة'], ['مقارنة', 'ب'], ['مقارنة', 'مع'], ['بالمقارنة', 'مع'],
  ['بعد', 'أن', 'كان'], ['بعد', 'أن', 'كانت'], ['بعدما', 'كان'], ['بعدما', 'كانت'],
].map((words) => words.map(wordKey));

/** The part of a token's key before its first digit: the clitic fused to a figure (بـ2800 → ب). */
function cliticOf(key: string): string | undefined {
  return /^(\D+)\d/.exec(key)?.[1];
}

/** Whether the figure at token `start` follows a comparison word in its clause: an earlier value. */
export function afterComparison(tokens: readonly Token[], start: number): boolean {
  const clause = tokens[start]?.clause;
  const clitic = cliticOf(tokens[start]?.key ?? '');
  const before = (count: number) => {
    const words = tokens.slice(Math.max(0, start - count), start).filter((token) => token.clause === clause).map((token) => token.key);
    return clitic ? [...words, clitic] : words;
  };
  return COMPARISONS.some((words) => {
    const last = before(words.length);
    return last.length >= words.length && words.every((word, j) => last[last.length - words.length + j] === word);
  });
}

/** Words right before a figure that give it as the value a change came to or reached (folded). */
const REACHED: ReadonlySet<string> = new Set(['to', 'reached', 'إلى', 'لتصل', 'ليصل', 'لتبلغ', 'ليبلغ'].map(wordKey));

/** Whether the figure at token `start` is given as the value reached: "to", «إلى» right before it, or «إلى» fused to it. */
export function givenAsReached(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  const clitic = cliticOf(tokens[start]?.key ?? '');
  return (!!before && before.clause === tokens[start]!.clause && REACHED.has(before.key)) || (!!clitic && REACHED.has(clitic));
}
