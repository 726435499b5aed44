/**
 * Figures given as increments on another: "another 16 engines", "a further 300 deaths", "£50m
 * more", "16 more engines", «300 وفاة إضافية», «ثلاث حالات أخرى». The words are
 * `lexicon/numbers.ts` `INCREMENT_BEFORE` and `INCREMENT_AFTER`; an increment is never a total, so
 * the quantity rule does not compare it with the article's.
 */
import type { Token } from '../analysis';
import { ARABIC_ADDITIONAL, INCREMENT_AFTER, INCREMENT_BEFORE } from '../lexicon/numbers';
import { wordKey } from '../tokenKey';

const BEFORE = new Set(INCREMENT_BEFORE.map(wordKey));
const AFTER = new Set(INCREMENT_AFTER.map(wordKey));
const ADDITIONAL = new Set(ARABIC_ADDITIONAL.map(wordKey));

/**
 * Whether the figure of tokens [`start`, `end`) is an increment: a word of `INCREMENT_BEFORE` right
 * before it ("another 16", "a further 300"), or a word of `INCREMENT_AFTER` right after it or its
 * noun ("16 more engines", "£50m more", «300 وفاة إضافية»), or «إضافية» after a qualifier too
 * («5 مراكز إيواء إضافية»), in its clause.
 */
export function isIncrement(tokens: readonly Token[], start: number, end: number): boolean {
  const clause = tokens[start]?.clause;
  const inClause = (k: number) => tokens[k]?.clause === clause;
  if (inClause(start - 1) && BEFORE.has(tokens[start - 1]!.key)) return true;
  // Not past a conjunction ("16 engines and more than 90 firefighters"), nor "more than", which
  // bounds the figure after it.
  for (let k = end; k <= end + 2 && inClause(k); k++) {
    const key = tokens[k]!.key;
    if (key === 'and' || key === 'or' || (k > end && key.length > 1 && key.startsWith('و') && !AFTER.has(key))) return false;
    // Past the noun, only «إضافية» (after a qualifier); «أخرى» there is another phrase's («من جهة أخرى»).
    if (AFTER.has(key) && (k <= end + 1 || ADDITIONAL.has(key))) return !(key === 'more' && tokens[k + 1]?.key === 'than');
  }
  return false;
}

/** Whether a token is a word that makes an increment ("another", "more", «إضافية», «أخرى»). */
export function incrementWord(token: Token): boolean {
  return BEFORE.has(token.key) || AFTER.has(token.key);
}
