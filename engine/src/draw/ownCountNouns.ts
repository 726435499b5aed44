/**
 * The article's own counted nouns: a noun outside the table of counted nouns (quantityNouns.ts)
 * that the article counts right after figures in two sentences or more (84 green sea turtles …
 * 19 turtles died; «84 سلحفاة … 19 سلحفاة»). A story counts its own subject again and again (the
 * animals stranded, the stations of a line, the cells of a jail), and a noun it counts in two
 * places is what those figures count, not a word that happens to follow one. A noun counted once
 * is left out, as the table's rule for other nouns says: a single figure before a word is too
 * easily some other thing. English counts the plural (turtles, after lower-case words that
 * qualify it: green sea turtles); Arabic the word right after the figure, its tamyeez (سلحفاة,
 * قطاراً, قطارات), grouped by its form without the accusative alif.
 */
import type { DrawContext } from './context';
import { numbers } from '../extract/numbers';
import { dates } from '../extract/dates';
import { AR_STOP } from '../lexicon/functionWords';
import { arabicNumberWord, englishNumberWord } from '../lexicon/numbers';
import { CURRENCY, EN_AUXILIARIES, EN_FUNCTION, GENERIC, MULTIPLIER, PERCENT_KEYS, UNITS } from './quantityTables';

/** How many qualifying words may stand between an English figure and its noun (51 long-finned pilot whales). */
const ENGLISH_QUALIFIERS = 2;

/** The article's own counted nouns, by the key of their counted form, computed once per drawing. */
const ownNouns = new WeakMap<DrawContext, ReadonlySet<string>>();

/** A noun of the article's own counts at a token: its key and the token past it. */
export interface OwnNoun {
  key: string;
  at: number;
  tokenEnd: number;
}

/** The key a counted form is grouped by: the Arabic form without its tanween and accusative alif. */
function formKey(ctx: DrawContext, at: number): string {
  const token = ctx.tokens[at]!;
  if (token.script !== 'ar') return token.key;
  const bare = token.key.replace(/[\u064b-\u065f\u0640]/g, '');
  return /[^ا]ا$/.test(bare) && bare.length > 3 ? bare.slice(0, -1) : bare;
}

/** Whether token `at` may be a counted noun at all: a word of its script that is no unit, currency, number or function word. */
function nounLike(ctx: DrawContext, at: number): boolean {
  const token = ctx.tokens[at]!;
  const k = token.key;
  if (token.quote !== -1 || ctx.personAt[at] !== -1 || GENERIC.has(k) || UNITS.has(k) || CURRENCY.has(k) || MULTIPLIER.has(k) || PERCENT_KEYS.has(k)) return false;
  if (token.script === 'ar') return k.length >= 3 && !k.startsWith('ال') && !AR_STOP.has(k) && arabicNumberWord(k.replace(/^و/, '')) === undefined;
  // An English plural in lower case (turtles, cells, stations), never a word in -ss, -us or -is.
  return token.script === 'latin' && /^[a-z]{3,}s$/.test(ctx.word(at)) && !/(?:ss|us|is)$/.test(k) && !EN_FUNCTION.has(k) && !EN_AUXILIARIES.has(k) && englishNumberWord(k) === undefined;
}

/** Whether token `at` is a lower-case English word that may qualify a noun after it (green, pilot, long-finned). */
function qualifierLike(ctx: DrawContext, at: number): boolean {
  const token = ctx.tokens[at]!;
  return token.script === 'latin' && ctx.word(at).split('-').every((part) => /^[a-z]+$/.test(part)) && !EN_FUNCTION.has(token.key) && !EN_AUXILIARIES.has(token.key) && !GENERIC.has(token.key) && englishNumberWord(token.key) === undefined;
}

/**
 * The noun counted by a figure whose next token is `k`, read as the article counts it: in English
 * the first plural word within {@link ENGLISH_QUALIFIERS} lower-case words, joined by spaces, in the
 * figure's clause; in Arabic the word right after it. The noun need not be one of the article's own.
 */
function countedAt(ctx: DrawContext, k: number): OwnNoun | undefined {
  const tokens = ctx.tokens;
  const first = tokens[k];
  if (!first || k === 0 || first.clause !== tokens[k - 1]!.clause || !/^[\s\u00a0]+$/.test(ctx.gap(k - 1, k))) return undefined;
  if (first.script === 'ar') return nounLike(ctx, k) ? { key: formKey(ctx, k), at: k, tokenEnd: k + 1 } : undefined;
  if (ctx.lang !== 'en') return undefined;
  for (let at = k; at <= k + ENGLISH_QUALIFIERS && at < tokens.length; at++) {
    if (at > k && (tokens[at]!.clause !== first.clause || ctx.gap(at - 1, at) !== ' ')) return undefined;
    if (nounLike(ctx, at)) return { key: formKey(ctx, at), at, tokenEnd: at + 1 };
    if (!qualifierLike(ctx, at)) return undefined;
  }
  return undefined;
}

/** The article's own counted nouns: those counted after figures (not dates) in two sentences or more. */
function ownCountNouns(ctx: DrawContext): ReadonlySet<string> {
  let own = ownNouns.get(ctx);
  if (own) return own;
  const inDate = new Uint8Array(ctx.tokens.length);
  for (const d of dates(ctx.analysis)) for (let k = d.tokenStart; k < d.tokenEnd; k++) inDate[k] = 1;
  const sentences = new Map<string, Set<number>>();
  for (const n of numbers(ctx.analysis)) {
    if (inDate[n.tokenStart] || n.unit) continue;
    const noun = countedAt(ctx, n.tokenEnd);
    if (noun) sentences.set(noun.key, (sentences.get(noun.key) ?? new Set()).add(ctx.tokens[n.tokenStart]!.sentence));
  }
  own = new Set([...sentences].filter(([, where]) => where.size >= 2).map(([noun]) => noun));
  ownNouns.set(ctx, own);
  return own;
}

/** The article's own counted noun that a figure whose next token is `k` counts, if any. */
export function ownCountNounAt(ctx: DrawContext, k: number): OwnNoun | undefined {
  const noun = countedAt(ctx, k);
  return noun && ownCountNouns(ctx).has(noun.key) ? noun : undefined;
}

/**
 * Whether the article's own counted noun stands right at token `at` (English), after a word that
 * qualifies it there (12 injured turtles): the count is the noun's, not the qualifier's.
 */
export function ownNounFollows(ctx: DrawContext, at: number): boolean {
  return ctx.lang === 'en' && ctx.tokens[at]?.script === 'latin' && ctx.gap(at - 1, at) === ' ' && ctx.tokens[at].clause === ctx.tokens[at - 1]!.clause && nounLike(ctx, at) && ownCountNouns(ctx).has(formKey(ctx, at));
}
