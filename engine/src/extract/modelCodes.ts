/**
 * Model codes: the figures that name a model, not how many of anything there are. A figure right
 * after a maker of `lexicon/makers.ts` (Boeing 777, «بوينغ 777»), a code of up to four letters joined
 * by a dash to its figure (F-16, Su-35, MiG-29, T-72, «إف-16», «سو-35», «تي-72»), a code of letters
 * and digits with a figure after its dash (A350-1000), and what continues them: a figure after a
 * dash (777-9, 737-800) and a capitalised variant word with its figure (737 MAX 8). Read for
 * drawing, so that a figure of a model is no count and a count before a model (14 Airbus A330-900
 * aircraft) is of the noun after it.
 */
import type { Analysis } from '../analysis';
import { MAKERS } from '../lexicon/makers';
import { MONTH_NAMES } from '../lexicon/months';
import { wordKey } from '../tokenKey';

const cache = new WeakMap<Analysis, Uint8Array>();
const MONTH_KEYS = new Set(MONTH_NAMES.flat().map(wordKey));

/** The original text between tokens `left` and `right`; none past the last token. */
function gap(analysis: Analysis, left: number, right: number): string {
  const after = analysis.tokens[right];
  return after ? analysis.text.slice(analysis.tokens[left]!.oEnd, after.oStart) : '';
}

/** Whether token `k` is a figure that a model may give (a year is none: Boeing 2025 results). */
function modelFigure(analysis: Analysis, k: number): boolean {
  const token = analysis.tokens[k];
  return token !== undefined && token.script === 'digit' && /^\d{1,4}$/.test(token.key) && !(Number(token.key) >= 1900 && Number(token.key) <= 2100);
}

/** Whether token `k` is a maker's name, maybe behind «و» (وبوينغ), with a figure or a code of letters and digits after a space. */
function makerAt(analysis: Analysis, k: number): boolean {
  const token = analysis.tokens[k]!;
  const name = token.script === 'ar' ? token.key.replace(/^و(?=..)/, '') : token.key;
  if (!MAKERS.has(token.key) && !MAKERS.has(name)) return false;
  const next = analysis.tokens[k + 1];
  return next !== undefined && gap(analysis, k, k + 1) === ' ' && (modelFigure(analysis, k + 1) || /^[a-z]{1,3}\d{2,4}[a-z]*$/.test(next.key));
}

/** Whether token `k` opens a code joined by a dash to its figure: up to four letters (F-16, «إف-16», a capital first in Latin letters) or letters and digits (A350-1000). */
function codeAt(analysis: Analysis, k: number): boolean {
  const token = analysis.tokens[k]!;
  if (gap(analysis, k, k + 1) !== '-' || !modelFigure(analysis, k + 1) || MONTH_KEYS.has(token.key)) return false;
  if (token.script === 'ar') return /^و?[\u0621-\u064a]{1,4}$/.test(token.key);
  return token.script === 'latin' && /^[A-Z]/.test(analysis.text.slice(token.oStart, token.oStart + 1)) && /^(?:[a-z]{1,4}|[a-z]{1,3}\d{2,4}[a-z]*)$/.test(token.key);
}

/** The token past a model whose first figure or code is token `k`: its figures after dashes, and a capitalised variant word with its figure (737 MAX 8). */
function modelEnd(analysis: Analysis, k: number): number {
  let end = k + 1;
  while (analysis.tokens[end] && gap(analysis, end - 1, end) === '-' && (modelFigure(analysis, end) || analysis.tokens[end]!.script === 'latin')) end++;
  const variant = analysis.tokens[end];
  if (variant && gap(analysis, end - 1, end) === ' ' && /^[A-Z]{2,4}$/.test(analysis.text.slice(variant.oStart, variant.oEnd)) && gap(analysis, end, end + 1) === ' ' && modelFigure(analysis, end + 1)) end += 2;
  return end;
}

/** The tokens of the analysis's model codes, makers' names included: 1 for a token of a model. */
export function modelTokens(analysis: Analysis): Uint8Array {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const marked = new Uint8Array(analysis.tokens.length);
  for (let k = 0; k < analysis.tokens.length; k++) {
    const maker = makerAt(analysis, k);
    if (!maker && !codeAt(analysis, k)) continue;
    const end = modelEnd(analysis, k + 1);
    for (let j = k; j < end; j++) marked[j] = 1;
    k = end - 1;
  }
  cache.set(analysis, marked);
  return marked;
}
