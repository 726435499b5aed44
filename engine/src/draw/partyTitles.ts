/**
 * The party an English title names in its own words, when no drawn body stands there: a party's
 * possessive before the title's head ("The Liberal Democrats' health spokesperson, Helen Marsh")
 * or "of" and the party closing the title ("Carys Vaughan, the health spokesperson of Plaid
 * Cymru"). The run must be capitalised and hold a party's own word (`PARTY_WORDS`: Labour,
 * Democrats, Greens, Plaid) or a political head (Party); a place, a person or a nationality there
 * is no party. The post is then of the party, and the holder a member of it.
 */
import type { DrawContext } from './context';
import { notParty, partyOf, partyWords } from './partyMembers';

/** Whether token `k` is a capitalised Latin word of a run joined by single spaces to the token before it. */
function joinedCapital(ctx: DrawContext, k: number, first: number): boolean {
  const token = ctx.tokens[k];
  if (!token || token.script !== 'latin' || token.key === 'the' || !/^\p{Lu}/u.test(ctx.word(k)) || ctx.orgAt.has(k)) return false;
  return k === first || (/^ $/.test(ctx.gap(k - 1, k)) && token.clause === ctx.tokens[first]!.clause);
}

/** Whether the run [from, to) of a title [start, end) is set as a party: possessive before the head, or after "of" at the title's end. */
function setAsParty(ctx: DrawContext, from: number, to: number, start: number, end: number): boolean {
  const tokens = ctx.tokens;
  if (to < end) return /^['’]s?\s/.test(ctx.gap(to - 1, to)) && tokens[to]!.clause === tokens[from]!.clause;
  const before = tokens[from - 1]?.key === 'the' ? from - 2 : from - 1;
  return before >= start && tokens[before]!.key === 'of';
}

/** The party drawn for the party run a title's tokens [start, end) name, if they name one. */
export function partyInTitle(ctx: DrawContext, start: number, end: number): string | undefined {
  if (ctx.lang !== 'en') return undefined;
  for (let from = start; from < end; from++) {
    if (!joinedCapital(ctx, from, from)) continue;
    let to = from + 1;
    while (to < end && to - from < 4 && joinedCapital(ctx, to, from)) to++;
    if (setAsParty(ctx, from, to, start, end) && partyWords(ctx, from, to) && !notParty(ctx, from, to)) return partyOf(ctx, { start: from, end: to, titleEnd: end });
    from = to - 1;
  }
  return undefined;
}
