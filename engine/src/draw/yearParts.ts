/**
 * Quarters and halves of a year in an article (the first half of 2027, «الربع الثالث من العام
 * الماضي», Q3 2025), for `events.ts`: a year found with a quarter or a half written before it
 * becomes that part's range of months (July to September 2025), with the article's words in
 * `relative`, as knowledge/README.md's "A half-year" tells an editor to write it. A part without
 * its year is left alone: a company's "third quarter" may be a fiscal one, whose months the article
 * does not give; so is one beside "fiscal" or «المالي».
 */
import type { DrawContext } from './context';
import { dateExpression, type DateExpression } from '../extract/dates';
import { yearParts } from '../extract/yearParts';
import { key } from './words';

/** A date found by `events.ts`, in the shape it gives its dates. */
interface Found {
  tokenStart: number;
  tokenEnd: number;
  date: Record<string, unknown>;
}

/** Words that make a quarter or a half a fiscal one (folded). */
const FISCAL = new Set(['fiscal', 'financial', 'المالي', 'الماليه'].map(key));

/** Whether a word of a fiscal year stands in tokens `start..end` or right beside them. */
function fiscal(ctx: DrawContext, start: number, end: number): boolean {
  for (let k = Math.max(0, start - 1); k <= end && k < ctx.tokens.length; k++) if (FISCAL.has(ctx.tokens[k]!.key)) return true;
  return false;
}

/** Widens each year of `found` that a quarter or a half stands before into the part's months. */
export function widenYearParts(ctx: DrawContext, found: Found[]): void {
  const years = new Map<number, Found>();
  const list: DateExpression[] = [];
  for (const item of found) {
    if (typeof item.date.year !== 'number' || item.date.month !== undefined || item.date.end !== undefined) continue;
    years.set(item.tokenEnd, item);
    const year = { value: item.date.year, start: ctx.tokens[item.tokenStart]!.oStart, end: ctx.tokens[item.tokenEnd - 1]!.oEnd, tokenStart: item.tokenStart, tokenEnd: item.tokenEnd };
    list.push(dateExpression(ctx.tokens, item.tokenStart, item.tokenEnd, { year }));
  }
  if (list.length === 0) return;
  for (const expression of yearParts(ctx.analysis, list)) {
    const part = expression.yearPart?.value;
    const item = years.get(expression.tokenEnd);
    if (!part || !expression.year || !item || fiscal(ctx, expression.tokenStart, expression.tokenEnd)) continue;
    const size = part.kind === 'quarter' ? 3 : 6;
    const year = item.date.year as number;
    item.date.month = (part.ordinal - 1) * size + 1;
    item.date.end = { year, month: part.ordinal * size };
    item.date.relative = ctx.text(expression.tokenStart, expression.tokenEnd);
    item.tokenStart = expression.tokenStart;
  }
}
