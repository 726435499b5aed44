/**
 * The figures of a ratio, which count nothing of their own: the numbers of a fraction said with
 * its own whole (one in five nurses: `extract/fractions.ts`), which the check's counts leave out
 * too (`rules/quantity.ts` `countable`), and the second term after a word of ratio (one doctor for
 * every 3,100 people, «طبيب واحد لكل 3100 نسمة»: `extract/ratios.ts`). Drawn as counts of the noun
 * after them, they gave that noun a second value, and the noun's own count (the 620,000 people a
 * hospital serves) was dropped as doubtful. A fraction's numbers are not drawn; a ratio's term is
 * drawn as a weak figure, kept only where its noun has no other figure (then it is the ratio the
 * article gives, which a draft's ratio is compared with).
 */
import { fractions } from '../extract/fractions';
import { afterRatioWords } from '../extract/ratios';
import type { DrawContext } from './context';

/** Marks with 1 in `marks` the tokens of the article's fractions said with their own whole. */
export function markFractions(ctx: DrawContext, marks: Uint8Array): void {
  for (const fraction of fractions(ctx.analysis)) for (let k = fraction.tokenStart; k < fraction.tokenEnd; k++) marks[k] = 1;
}

/** Whether the figure starting at token `start` is the second term of a ratio (for every 3,100 people). */
export function ratioTerm(ctx: DrawContext, start: number): boolean {
  return afterRatioWords(ctx.tokens, start);
}
