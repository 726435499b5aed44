/**
 * What names an English date's event where no verb in the past or after a modal does: a phrase of
 * coming into force in the date's clause ("the new rules, which take effect on Monday") and an
 * adjective of readiness after a modal and "be" ("could be ready by 2029"). The event is given the
 * phrase in each of its forms, or the adjective, and the Arabic a draft writes for them («حيز
 * التنفيذ», «جاهزاً»). The words are `lexicon.ts` `TAKING_EFFECT` and `READINESS`.
 */
import type { DrawContext } from './context';
import { key } from './words';
import { READINESS, TAKING_EFFECT } from './lexicon';

const PHRASES = TAKING_EFFECT.en.map((phrase) => phrase.split(' ').map(key));
const READY = new Map(READINESS.map((row) => [key(row.en), row]));
/** Modals before "be" that put the readiness to come (could be ready, will be operational, to be ready). */
const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'to', 'shall']);
/** How many words before the date the phrase or the adjective may stand, in its clause. */
const REACH = 8;

/** Whether the words at token `k` are a phrase of coming into force, within the clause of token `k`. */
function effectAt(ctx: DrawContext, k: number): boolean {
  const tokens = ctx.tokens;
  return PHRASES.some((phrase) => phrase.every((word, j) => tokens[k + j]?.key === word && tokens[k + j]!.clause === tokens[k]!.clause));
}

/** The adjective of readiness at token `k` after a modal and "be" (could be ready), if any. */
function readyAt(ctx: DrawContext, k: number): string | undefined {
  const tokens = ctx.tokens;
  if (!READY.has(tokens[k]!.key) || tokens[k - 1]?.key !== 'be' || !MODALS.has(tokens[k - 2]?.key ?? '')) return undefined;
  return tokens[k - 1]!.clause === tokens[k]!.clause ? tokens[k]!.key : undefined;
}

/**
 * The English triggers of the date at `start` named by a phrase of coming into force (every form
 * of every such phrase) or an adjective of readiness, up to eight words before it in its clause,
 * not before `opening`; empty where there is neither.
 */
export function effectTriggers(ctx: DrawContext, start: number, opening: number): string[] {
  const tokens = ctx.tokens;
  for (let k = start - 1; k >= opening && start - k <= REACH && tokens[k]!.clause === tokens[start]!.clause; k--) {
    if (effectAt(ctx, k)) return [...TAKING_EFFECT.en];
    const ready = readyAt(ctx, k);
    if (ready) return [ready];
  }
  return [];
}

/** The Arabic triggers of an English trigger of this module (take effect → حيز التنفيذ; ready → جاهز), or undefined. */
export function effectArabic(english: string): readonly string[] | undefined {
  if (TAKING_EFFECT.en.includes(english)) return TAKING_EFFECT.ar;
  return READY.get(key(english))?.ar;
}
