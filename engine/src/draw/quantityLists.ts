/**
 * Counts a list gives place by place with the noun written once: 420 schools in Fez, 310 in Meknes
 * and 150 in Oujda; «420 مدرسة في فاس و310 في مكناس و150 في وجدة». News writing names the counted
 * noun at the list's first figure only; each later figure, joined to the place before it by a
 * comma, "and" or «و» (maybe with a hedge: «ونحو 150», "and about 150"), and followed by a place of
 * its own, counts the same noun at that place; the grammar is the check's too
 * (`extract/placeLists.ts`). Only such a list is read: a later figure with no place after it, or one that does not follow the
 * place right away, may count anything, and is left out.
 */
import type { NumberExpression } from '../extract/numbers';
import type { DrawContext } from './context';
import type { Read } from './quantityRead';
import { listJoint } from '../extract/placeLists';
import { placeAfter } from './quantityQualifiers';

/** A count with its place right after it, which a list's later figures may follow. */
export interface PlacedCount {
  read: Read;
  sentence: number;
  /** The token past the place's name. */
  placeEnd: number;
}

/**
 * The count read at figure `n` as a list's item when a place follows it right away (420 schools
 * in Fez), or undefined: a count of a noun of the tables, not stated after its noun nor weakly read.
 */
export function placedCount(ctx: DrawContext, n: NumberExpression, read: Read): PlacedCount | undefined {
  if (read.unit !== 'count' || !read.known || read.stated || read.weak || read.fate || read.whole) return undefined;
  const after = placeAfter(ctx, read.end);
  return after ? { read, sentence: ctx.tokens[n.tokenStart]!.sentence, placeEnd: after.end } : undefined;
}

/**
 * The reading of figure `n` as a later item of the list whose last count is `last` (310 in Meknes
 * after 420 schools in Fez): the same noun, with the place after the figure. Undefined when the
 * figure has a unit or a scale of its own, does not follow the last place right away or has no
 * place after it.
 */
export function listedCount(ctx: DrawContext, n: NumberExpression, last: PlacedCount | undefined): Read | undefined {
  if (!last || ctx.tokens[n.tokenStart]!.sentence !== last.sentence || n.unit || n.scale !== undefined) return undefined;
  if (listJoint(ctx.analysis, n.tokenStart) !== last.placeEnd) return undefined;
  const after = placeAfter(ctx, n.tokenEnd);
  if (!after) return undefined;
  return { value: n.value, unit: 'count', end: n.tokenEnd, noun: last.read.noun, known: last.read.known, place: after.place };
}
