/**
 * English contractions and the words they stand for, so a quotation that spells a word out ("if
 * it is flooded") or contracts it ("if it's flooded") quotes the same words. "'s" is "is" (or
 * "has" before a past participle) only after the words listed here; after a noun it is a
 * possessive ("Sunak's plan").
 */

/** Words whose "'s" is a contracted "is" or "has" (it's, that's, there's); let's is "let us". */
export const APOSTROPHE_S_WORDS: ReadonlySet<string> = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'he', 'she', 'this', 'everything', 'nothing', 'something', 'everyone', 'someone', 'let']);

/** Words after which a contracted "'s" is "has" (it's been, that's got). */
export const HAS_AFTER: ReadonlySet<string> = new Set(['been', 'got', 'had', 'done', 'gone', 'made', 'taken', 'become']);

/** Negated auxiliaries whose stem changes (won't = will not, can't = can not, shan't = shall not). */
const IRREGULAR_NOT: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };

/** The endings of contractions after an apostrophe and the word each stands for. */
const ENDINGS: Readonly<Record<string, string>> = { re: 'are', ve: 'have', ll: 'will', d: 'would', m: 'am' };

/**
 * The words one contracted token (its text with the apostrophe: "don't", "we're", "i'm") stands
 * for, or undefined when it is no contraction.
 */
export function expandContraction(text: string): string[] | undefined {
  const lower = text.toLowerCase().replace(/’/g, "'");
  if (lower === 'cannot') return ['can', 'not'];
  const negated = /^([a-z]+)n't$/.exec(lower);
  if (negated) return [IRREGULAR_NOT[negated[1]!] ?? negated[1]!, 'not'];
  const ending = /^([a-z]+)'([a-z]+)$/.exec(lower);
  if (ending && ENDINGS[ending[2]!]) return [ending[1]!, ENDINGS[ending[2]!]!];
  return undefined;
}
