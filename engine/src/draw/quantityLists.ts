/**
 * Counts a list gives place by place with the noun written once: 420 schools in Fez, 310 in Meknes
 * and 150 in Oujda; «420 مدرسة في فاس و310 في مكناس و150 في وجدة». News writing names the counted
 * noun at the list's first figure only; each later figure, joined to the place before it by a
 * comma, "and" or «و», and followed by a place of its own, counts the same noun at that place.
 * Only such a list is read: a later figure with no place after it, or one that does not follow the
 * place right away, may count anything, and is left out.
 */
import type { NumberExpression } from '../extract/numbers';
import type { DrawContext } from './context';
import type { Read } from './quantityRead';
import { key } from './words';
import { placeAfter } from './quantityQualifiers';

/** A count with its place right after it, which a list's later figures may follow. */
export interface PlacedCount {
  read: Read;
  sentence: number;
  /** The token past the place's name. */
  placeEnd: number;
}

/** The words that join a list's later figure to the place before it (a comma is read from the gap). */
const JOINERS = new Set(['and', 'و'].map(key));

/**
 * The count read at figure `n` as a list's item when a place follows it right away (420 schools
 * in Fez), or undefined: a count of a noun of the tables, not stated after its noun nor weakly read.
 */
export function placedCount(ctx: DrawContext, n: NumberExpression, read: Read): PlacedCount | undefined {
  if (read.unit !== 'count' || !read.known || read.stated || read.weak || read.fate || read.whole) return undefined;
  const after = placeAfter(ctx, read.end);
  return after ? { read, sentence: ctx.tokens[n.tokenStart]!.sentence, placeEnd: after.end } : undefined;
}

/** Whether figure `n` follows the place that ends at `placeEnd` right away, joined by a comma, "and" or «و». */
function joined(ctx: DrawContext, n: NumberExpression, placeEnd: number): boolean {
  const tokens = ctx.tokens;
  if (n.tokenStart === placeEnd + 1) return JOINERS.has(tokens[placeEnd]!.key);
  // An Arabic figure glued to its «و» (و310) is one token; an English one follows a comma.
  return n.tokenStart === placeEnd && (/^و\d/.test(tokens[n.tokenStart]!.key) || /^\s*,\s*$/.test(ctx.gap(placeEnd - 1, n.tokenStart)));
}

/**
 * The reading of figure `n` as a later item of the list whose last count is `last` (310 in Meknes
 * after 420 schools in Fez): the same noun, with the place after the figure. Undefined when the
 * figure has a unit or a scale of its own, does not follow the last place right away or has no
 * place after it.
 */
export function listedCount(ctx: DrawContext, n: NumberExpression, last: PlacedCount | undefined): Read | undefined {
  if (!last || ctx.tokens[n.tokenStart]!.sentence !== last.sentence || n.unit || n.scale !== undefined) return undefined;
  if (!joined(ctx, n, last.placeEnd)) return undefined;
  const after = placeAfter(ctx, n.tokenEnd);
  if (!after) return undefined;
  return { value: n.value, unit: 'count', end: n.tokenEnd, noun: last.read.noun, known: last.read.known, place: after.place };
}
