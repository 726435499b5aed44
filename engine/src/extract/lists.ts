/**
 * Lists written with commas: "from Afghans, Syrians and Yemenis", "on Monday, Tuesday and
 * Wednesday", «الاثنين، والثلاثاء والأربعاء». A comma ends a clause in the analysis; between the
 * items of a list it does not, and the clauses of the items are one with the clause of the last
 * item, for a word (a date) that looks for its event's word across the list.
 */
import type { Analysis, Token } from '../analysis';
import { weekdayAt } from './weekdays';

/** The words that join the last item of a list: and, or, «و», «أو». */
const JOINERS = new Set(['and', 'or', 'و', 'او']);

/** Whether token `k` can be an item of a list: a capitalised Latin word (a name) or a weekday. */
function itemAt(analysis: Analysis, k: number): boolean {
  const token = analysis.tokens[k];
  if (!token) return false;
  if (weekdayAt(analysis.tokens, k)) return true;
  return token.script === 'latin' && /^[A-Z]/.test(analysis.text.slice(token.oStart, token.oEnd));
}

/** The first token of the clause of token `index`. */
function clauseStart(tokens: readonly Token[], index: number): number {
  let k = index;
  while (k > 0 && tokens[k - 1]!.clause === tokens[index]!.clause) k--;
  return k;
}

/** Whether a comma (, or ،) stands right before token `index`, in its sentence. */
function commaBefore(analysis: Analysis, index: number): boolean {
  const token = analysis.tokens[index]!;
  const previous = analysis.tokens[index - 1];
  return !!previous && previous.sentence === token.sentence && /^\s*[,،]\s*$/.test(analysis.mask.slice(previous.oEnd, token.oStart));
}

/**
 * Whether the clause from token `first` opens with the last items of a list: one to three item
 * words, then "and" or "or" (Syrians and Yemenis), or the next item glued to «و» (الثلاثاء والأربعاء).
 */
function opensWithItems(analysis: Analysis, first: number): boolean {
  const tokens = analysis.tokens;
  for (let n = 1; n <= 3; n++) {
    if (!itemAt(analysis, first + n - 1) || tokens[first + n - 1]!.clause !== tokens[first]!.clause) return false;
    const next = tokens[first + n];
    if (!next || next.clause !== tokens[first]!.clause) return false;
    if (JOINERS.has(next.key) || (next.key.startsWith('و') && weekdayAt(tokens, first + n) && weekdayAt(tokens, first + n - 1))) return true;
  }
  return false;
}

/** Whether every token from `start` to `end` (exclusive) is an item word. */
function allItems(analysis: Analysis, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!itemAt(analysis, k)) return false;
  return true;
}

/**
 * The clauses before the clause of token `index` that hold earlier items of the same list: the
 * clause opens with its last items and a joiner right after a comma, and the clause before ends
 * with an item; through a clause that is a lone item (B in "A, B and C") to the one before it.
 */
export function listClauses(analysis: Analysis, index: number): number[] {
  const tokens = analysis.tokens;
  const out: number[] = [];
  if (!tokens[index]) return out;
  let first = clauseStart(tokens, index);
  if (!opensWithItems(analysis, first)) return out;
  while (first > 0 && commaBefore(analysis, first) && itemAt(analysis, first - 1)) {
    out.push(tokens[first - 1]!.clause);
    const start = clauseStart(tokens, first - 1);
    if (first - start > 3 || !allItems(analysis, start, first) || !commaBefore(analysis, start)) break;
    first = start;
  }
  return out;
}
