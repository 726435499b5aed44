/**
 * The figures of a ratio, which count nothing of their own: the second term after a word of ratio
 * (one doctor for every 3,100 people, «طبيب واحد لكل 3100 نسمة»: `extract/ratios.ts`) and the
 * numbers of a fraction said with its own whole (one in five nurses: `extract/fractions.ts`); the
 * check's counts leave both out too (`rules/quantity.ts` `countable`). Drawn as counts of the noun
 * after them, they gave that noun a second value, and the noun's own count (the 620,000 people a
 * hospital serves) was dropped as doubtful.
 */
import { fractions } from '../extract/fractions';
import { afterRatioWords } from '../extract/ratios';
import type { DrawContext } from './context';

/** Marks with 1 in `marks` the tokens of the article's ratios: each fraction's, and each figure's after a word of ratio. */
export function markRatios(ctx: DrawContext, figureStarts: readonly number[], marks: Uint8Array): void {
  for (const fraction of fractions(ctx.analysis)) for (let k = fraction.tokenStart; k < fraction.tokenEnd; k++) marks[k] = 1;
  for (const start of figureStarts) if (afterRatioWords(ctx.tokens, start)) marks[start] = 1;
}
