/**
 * Named things that are neither people nor organisations nor places: storms and vessels (Severe
 * Tropical Cyclone Tamsin, Hurricane Katrina, the tanker Front Altair). English capitalised runs
 * led by such a word are drawn as groups (a named actor of the story's events), not as people;
 * every later mention of the bare name (Tamsin) names the same group, so that events tie to it.
 */
import type { DrawContext, DrawnFact } from './context';
import { EN_NAMED_THING_HEADS } from './lexicon';

/** A named thing found in a capitalised run: the head word and the name after it. */
export interface NamedThingSpan {
  /** The first token of the run (a modifier such as Severe Tropical, or the head). */
  tokenStart: number;
  /** The token of the head word (Cyclone). */
  head: number;
  /** The first token of the name itself (Tamsin). */
  nameStart: number;
  tokenEnd: number;
}

const capitalised = (ctx: DrawContext, k: number) => /^\p{Lu}/u.test(ctx.word(k));

/**
 * The named thing in the capitalised run [start, end): its last head word (Cyclone), with one to
 * three capitalised words after it, or a lower-case head right before the run (the tanker Front
 * Altair, tropical cyclone Tamsin).
 */
export function namedThingIn(ctx: DrawContext, start: number, end: number): NamedThingSpan | undefined {
  const tokens = ctx.tokens;
  let head = -1;
  for (let k = start; k < end; k++) if (EN_NAMED_THING_HEADS[tokens[k]!.key]) head = k;
  const before = tokens[start - 1];
  if (head === -1 && before && before.sentence === tokens[start]!.sentence && EN_NAMED_THING_HEADS[before.key] && !capitalised(ctx, start - 1)) head = start - 1;
  if (head === -1) return undefined;
  const nameStart = head + 1;
  if (end - nameStart < 1 || end - nameStart > 3) return undefined;
  return { tokenStart: Math.min(start, head), head, nameStart, tokenEnd: end };
}

/** Draws the named things into `ctx.out.groups`, and marks their mentions (the bare name too) in `ctx.orgAt`. */
export function drawNamedThings(ctx: DrawContext, spans: readonly NamedThingSpan[]): void {
  const byName = new Map<string, DrawnFact>();
  const keysOf = (from: number, to: number) => ctx.tokens.slice(from, to).map((token) => token.key);
  for (const span of spans) {
    const nameKey = keysOf(span.nameStart, span.tokenEnd).join(' ');
    const name = ctx.text(span.nameStart, span.tokenEnd);
    // A capitalised head is part of the name (Cyclone Tamsin); a lower-case one is not (the tanker Sea Lark).
    const withHead = `${ctx.word(span.head)} ${name}`;
    const named = capitalised(ctx, span.head);
    const full = ctx.text(span.tokenStart, span.tokenEnd);
    let fact = byName.get(nameKey);
    if (!fact) {
      fact = { id: ctx.id(nameKey), names: { en: named ? [withHead, name] : [name, withHead] }, evidence: [ctx.tokenEvidence(span.tokenStart, span.tokenEnd)] };
      byName.set(nameKey, fact);
      ctx.out.groups.push(fact);
    }
    const names = (fact.names as { en: string[] }).en;
    for (const form of [withHead, full]) if (!names.includes(form)) names.push(form);
    for (let k = span.tokenStart; k < span.tokenEnd; k++) ctx.orgAt.set(k, fact.id);
  }
  // The bare name elsewhere (Tamsin formed in the Coral Sea), capitalised and not part of a longer run.
  for (const [nameKey, fact] of byName) {
    const keys = nameKey.split(' ');
    for (let i = 0; i + keys.length <= ctx.tokens.length; i++) {
      if (ctx.orgAt.has(i) || ctx.tokens[i]!.quote !== -1 || !capitalised(ctx, i) || !keys.every((word, j) => ctx.tokens[i + j]!.key === word)) continue;
      const next = i + keys.length;
      if (next < ctx.tokens.length && capitalised(ctx, next) && ctx.tokens[next]!.clause === ctx.tokens[i]!.clause && ctx.tokens[next]!.sentence === ctx.tokens[i]!.sentence) continue;
      for (let k = i; k < next; k++) ctx.orgAt.set(k, fact.id);
    }
  }
}
