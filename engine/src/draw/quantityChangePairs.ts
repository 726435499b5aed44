/**
 * A change stated in English by its two values after a verb of change, "from" the earlier figure
 * "to" the later one (a single fare will rise from £2.00 to £2.15), and a second such pair whose
 * verb the sentence leaves out (…, and a day ticket from £5.00 to £5.40). The earlier figure is not
 * what the noun measures now, the later one is, and the two are no range; the noun is the subject
 * of the verb, or of the pair that leaves it out, a plain word such as fare or ticket.
 */
import type { DrawContext } from './context';
import { changeVerbAt } from './quantityChanges';
import { EN_AUXILIARIES, EN_FUNCTION, MULTIPLIER } from './quantityTables';

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'each', 'every']);
/** Prepositions before a determiner: the noun after them is a complement (rents in the town centre), not the subject. */
const PREPOSITIONS = new Set(['in', 'of', 'for', 'on', 'at', 'from', 'with', 'by', 'to', 'into', 'across', 'near']);

/** Whether token `k` is a plain lower-case English word (fare, ticket, hourly), not a function word. */
function plainWord(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  return !!token && token.script === 'latin' && /^[a-z]{3,}$/.test(ctx.word(k)) && !EN_FUNCTION.has(token.key) && !EN_AUXILIARIES.has(token.key) && !DETERMINERS.has(token.key);
}

/** The token past a figure at `k` and its scale word (4 million), in its clause. */
function figureEnd(ctx: DrawContext, k: number): number {
  const next = ctx.tokens[k + 1];
  return next && next.clause === ctx.tokens[k]!.clause && MULTIPLIER.has(next.key) ? k + 2 : k + 1;
}

/**
 * The subject before token `end` (exclusive): a plain word right before it, opened by a determiner
 * with at most two plain words between (an hourly parking ticket, a day ticket), and no preposition
 * before the determiner. The noun's token and the determiner's.
 */
function subjectBefore(ctx: DrawContext, end: number): { head: number; opening: number } | undefined {
  const tokens = ctx.tokens;
  const head = end - 1;
  if (!plainWord(ctx, head)) return undefined;
  for (let k = head - 1; k >= 0 && head - k <= 3 && tokens[k]!.clause === tokens[head]!.clause; k--) {
    if (DETERMINERS.has(tokens[k]!.key)) return PREPOSITIONS.has(tokens[k - 1]?.key ?? '') ? undefined : { head, opening: k };
    if (!plainWord(ctx, k)) return undefined;
  }
  return undefined;
}

/** The token of a verb of change right before "from" at `from`, past a modal (will rise from, rose from), if any. */
function verbBeforeFrom(ctx: DrawContext, from: number): number | undefined {
  const tokens = ctx.tokens;
  const verb = from - 1;
  return tokens[verb]?.sentence === tokens[from]!.sentence && tokens[verb].script === 'latin' && changeVerbAt(ctx, verb) ? verb : undefined;
}

/**
 * Whether a clause that opens with "and" leaves out the verb of change of the sentence's earlier
 * pair (…, and a day ticket from £5.00 to £5.40): "and", the subject, then "from" at `from`, after
 * a verb of change with "from" earlier in the sentence.
 */
function elidedVerb(ctx: DrawContext, from: number): boolean {
  const tokens = ctx.tokens;
  const subject = subjectBefore(ctx, from);
  if (subject === undefined || tokens[subject.opening - 1]?.key !== 'and') return false;
  for (let k = subject.opening - 2; k >= 0 && tokens[k]!.sentence === tokens[from]!.sentence; k--) if (tokens[k]!.key === 'from' && verbBeforeFrom(ctx, k) !== undefined) return true;
  return false;
}

/**
 * The pair of a change whose earlier figure starts at token `k`: "from" before it, "to" and a
 * figure after it, and a verb of change before "from" or left out. The later figure's token and
 * the subject's noun token (undefined when the verb's subject is no plain word), or undefined.
 */
function changePair(ctx: DrawContext, k: number): { later: number; subject?: number } | undefined {
  const tokens = ctx.tokens;
  const from = k - 1;
  if (ctx.lang !== 'en' || tokens[from]?.key !== 'from' || tokens[k]?.script !== 'digit') return undefined;
  const to = figureEnd(ctx, k);
  if (tokens[to]?.key !== 'to' || tokens[to + 1]?.script !== 'digit' || tokens[to + 1]!.sentence !== tokens[k].sentence) return undefined;
  const verb = verbBeforeFrom(ctx, from);
  if (verb !== undefined) {
    // The subject of the verb, past its modal (will rise, is expected to rise).
    let end = verb;
    while (end > 0 && EN_AUXILIARIES.has(tokens[end - 1]!.key) && tokens[end - 1]!.clause === tokens[verb]!.clause) end--;
    return { later: to + 1, subject: subjectBefore(ctx, end)?.head };
  }
  return elidedVerb(ctx, from) ? { later: to + 1, subject: from - 1 } : undefined;
}

/** Whether the figure at token `k` is the earlier value of a change stated by its two values (from £2.00 to £2.15). */
export function changedFrom(ctx: DrawContext, k: number): boolean {
  return changePair(ctx, k) !== undefined;
}

/**
 * The noun of the later figure at token `at` of a change stated by its two values: the plain word
 * that is the verb's subject (ticket in "an hourly parking ticket will rise from £1.80 to £1.95").
 */
export function changedNoun(ctx: DrawContext, at: number): string | undefined {
  const tokens = ctx.tokens;
  if (tokens[at - 1]?.key !== 'to') return undefined;
  for (const k of [at - 2, at - 3]) {
    const pair = k >= 0 ? changePair(ctx, k) : undefined;
    if (pair?.later === at) return pair.subject === undefined ? undefined : ctx.word(pair.subject);
  }
  return undefined;
}
