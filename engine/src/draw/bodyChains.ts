/**
 * Bodies named by a long chain of capitalised words after "the" (the Royal College of Paediatrics
 * and Child Health, the Institute for Fiscal Studies, the Department for Culture, Media and Sport):
 * English puts no article before a person's name, and joins no person's name to other capitalised
 * words by "of", "for" or "and" inside one name. Every capitalised word of such a chain is the
 * body's, so that no run of two of them (Royal College, Child Health) is drawn as a person; a run
 * that holds a title or a given name is a person after the body and ends the chain.
 */
import type { DrawContext } from './context';
import { givenNameGender, titleAt } from './words';

/** The lower-case words that join the parts of a body's name (of, for, and, &, on), and "the" after them. */
const LINKS = new Set(['of', 'for', 'and', 'on']);

/** Whether token `k` is a capitalised Latin word in the clause `clause`. */
function capitalisedIn(ctx: DrawContext, k: number, clause: number): boolean {
  const token = ctx.tokens[k];
  return !!token && token.script === 'latin' && token.clause === clause && token.quote === -1 && /^\p{Lu}/u.test(ctx.word(k));
}

/** Whether tokens [start, end) hold a title's word (Minister) or a known given name (Wes). */
function heldByPerson(ctx: DrawContext, start: number, end: number): boolean {
  for (let m = start; m < end; m++) if (givenNameGender(ctx.tokens[m]!.key) || titleAt(ctx.tokens, m)) return true;
  return false;
}

/** The end of the run of capitalised words from token `k` in its clause. */
function runEnd(ctx: DrawContext, k: number, clause: number): number {
  let end = k;
  while (capitalisedIn(ctx, end, clause)) end++;
  return end;
}

/**
 * The tokens of every body's chain: a run of capitalised words right after "the", holding no known
 * given name, followed in its clause by a link word (and maybe "the") and another capitalised run,
 * and so on; each run of the chain is the body's.
 */
export function bodyChainTokens(ctx: DrawContext): Set<number> {
  const tokens = ctx.tokens;
  const out = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.key !== 'the' || tokens[i]!.script !== 'latin') continue;
    const clause = tokens[i]!.clause;
    const first = i + 1;
    let end = runEnd(ctx, first, clause);
    if (end === first) continue;
    let k = first;
    for (; k < end; k++) if (givenNameGender(tokens[k]!.key)) break;
    if (k < end) continue;
    const chain: number[] = [];
    for (let m = first; m < end; m++) chain.push(m);
    let links = 0;
    for (;;) {
      const link = tokens[end];
      if (!link || link.clause !== clause || !LINKS.has(link.key) || !/^\p{Ll}/u.test(ctx.word(end))) break;
      const next = tokens[end + 1]?.key === 'the' && /^\p{Ll}/u.test(ctx.word(end + 1)) ? end + 2 : end + 1;
      const nextEnd = runEnd(ctx, next, clause);
      // A run that holds a title or a given name is a person after the body (Officials from the
      // Treasury and Health Minister Wes Streeting), not a part of its name.
      if (nextEnd === next || heldByPerson(ctx, next, nextEnd)) break;
      for (let m = next; m < nextEnd; m++) chain.push(m);
      links++;
      end = nextEnd;
    }
    if (links > 0) for (const m of chain) out.add(m);
    i = end - 1;
  }
  return out;
}
