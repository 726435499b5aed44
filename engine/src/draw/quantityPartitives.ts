/**
 * A part counted out of a whole just counted, with what tells the part apart: "employs 3,100 staff,
 * 1,240 of them drivers", "made 42 recommendations, eight of them marked as urgent", and in Arabic
 * «توظف 3100 موظف، منهم 1240 سائقاً». The word after "of them" (or the noun after «منهم N») is
 * what the figure counts, whether or not the table of counted nouns knows it: the construction
 * itself says so. A word that only describes the part (urgent) gets the whole's noun as its
 * qualifier, so that a draft compares it only beside its whole or where it restates the part's
 * sentence; a plural noun (drivers, «سائقاً») counts the part on its own, as any count of a noun does.
 * Left alone: a part followed by a preposition or a verb (95 of them within two years, 14 of them
 * had been off sick), which says when or what befell the part, not what it is.
 */
import type { NumberExpression } from '../extract/numbers';
import type { DrawContext } from './context';
import type { Read } from './quantityRead';
import { COUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { EN_AUXILIARIES, EN_FUNCTION, GENERIC } from './quantityTables';
import { OF_THOSE } from '../lexicon/numbers';
import { AR_STOP } from '../lexicon/functionWords';
import { STOPWORDS } from '../lexicon/words';
import { arabicNumberWord, englishNumberWord } from '../lexicon/numbers';
import { key } from './words';

/** The English pronouns after "of" that open a part (of them, of whom). */
const OF_THOSE_EN: ReadonlySet<string> = new Set(OF_THOSE.en.map(key));

/** The Arabic words before a figure that open a part of people or things (منهم, منهن, بينهم). */
const OF_THOSE_AR: ReadonlySet<string> = new Set([...OF_THOSE.ar, 'بينهم'].map(key));

/** Function words of both languages (lexicon/words.ts), which name no part. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(STOPWORDS);

/** English words that stand between "of them" and what tells the part apart: marked as urgent, classed as priorities. */
const AS = key('as');

/**
 * How a part is read: weakly, so that it is kept only when the article gives its noun no other
 * figure (three of them children beside 40 children evacuated makes neither doubtful), and as a
 * part, which has no others of its kind.
 */
const PART = { weak: true, part: true } as const;

/** Whether token `k` is a plain lower-case English word that may name what a part is (drivers, urgent, priorities). */
function englishWord(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token || token.script !== 'latin' || token.quote !== -1 || ctx.personAt[k] !== -1) return false;
  const word = ctx.word(k);
  // Letters, maybe joined by single hyphens (well-known), three or more before the first.
  if (!/^[a-z-]+$/.test(word) || !/^[a-z]{3}/.test(word) || /--|-$/.test(word) || /(?:ed|ing|ly)$/.test(word)) return false;
  return !EN_FUNCTION.has(token.key) && !EN_AUXILIARIES.has(token.key) && !GENERIC.has(token.key) && !FUNCTION_WORDS.has(token.key) && englishNumberWord(token.key) === undefined;
}

/** Whether token `k` is an Arabic word that may be a counted noun (سائقاً, مسعفاً). */
function arabicWord(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token || token.script !== 'ar' || token.quote !== -1 || ctx.personAt[k] !== -1) return false;
  const bare = token.key.replace(/^و/, '');
  return bare.length >= 3 && !AR_STOP.has(token.key) && !FUNCTION_WORDS.has(token.key) && !GENERIC.has(token.key) && arabicNumberWord(bare) === undefined;
}

/** Whether token `k` ends its clause or is followed by a comma, a full stop or another mark that closes a phrase. */
function endsPhrase(ctx: DrawContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return !next || next.clause !== ctx.tokens[k]!.clause || /[,.;:)،؛]/.test(ctx.gap(k, k + 1));
}

/**
 * The whole a part's figure is counted from: the noun right before the comma that opens the part,
 * with a figure at most three tokens before that noun (3,100 staff, …; 42 recommendations, …;
 * «3100 موظف، …»). Its entry of the counted-noun table when it has one, else the word itself.
 */
function wholeBefore(ctx: DrawContext, at: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const noun = at - 1;
  if (noun < 1 || !/[,،]/.test(ctx.gap(noun, at)) || tokens[noun]!.sentence !== tokens[at]!.sentence) return undefined;
  const counted = [noun - 1, noun - 2, noun - 3].some((k) => k >= 0 && tokens[k]!.clause === tokens[noun]!.clause && (tokens[k]!.script === 'digit' || englishNumberWord(tokens[k]!.key) !== undefined || arabicNumberWord(tokens[k]!.key) !== undefined));
  if (!counted) return undefined;
  const known = quantityNounAt(COUNT_NOUNS, tokens, noun);
  if (known) return known.entry;
  const word = ctx.word(noun);
  if (tokens[noun]!.script === 'latin' && englishWord(ctx, noun)) return { ar: [], en: [word] };
  if (tokens[noun]!.script === 'ar' && arabicWord(ctx, noun)) return { ar: [word], en: [] };
  return undefined;
}

/** The word that tells an English part apart, after "of them": the word itself, or after a participle and "as" (marked as urgent). */
function englishPartWord(ctx: DrawContext, ofThem: number): number | undefined {
  let k = ofThem + 2;
  const clause = ctx.tokens[ofThem]!.clause;
  if (/^[a-z]{3,}ed$/.test(ctx.word(k)) && ctx.tokens[k + 1]?.clause === clause && !endsPhrase(ctx, k)) k++;
  if (ctx.tokens[k]?.key === AS && ctx.tokens[k + 1]?.clause === clause) k++;
  return ctx.tokens[k]?.clause === clause && englishWord(ctx, k) && endsPhrase(ctx, k) ? k : undefined;
}

/**
 * A part counted out of the whole before it, read at figure `n`: "1,240 of them drivers" (English,
 * the part's word after "of them") or «منهم 1240 سائقاً» (Arabic, the noun right after the figure),
 * a word that only describes the part qualified by its whole. Undefined for any other figure.
 */
export function partOfWholeBefore(ctx: DrawContext, n: NumberExpression): Read | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[n.tokenStart]!.clause;
  const of = n.tokenEnd;
  if (ctx.lang === 'en' && tokens[of]?.key === 'of' && tokens[of + 1]?.clause === clause && OF_THOSE_EN.has(tokens[of + 1]!.key)) {
    const at = englishPartWord(ctx, of);
    const whole = at === undefined ? undefined : wholeBefore(ctx, n.tokenStart);
    if (at === undefined || !whole) return undefined;
    const known = quantityNounAt(COUNT_NOUNS, tokens, at);
    // A plural noun (drivers, priorities) counts the part on its own, as a count of any noun does;
    // a word that only describes (urgent) needs its whole beside it.
    // Adjectives in -ous, -ss, -us and -is (serious, anonymous) end in s without being plurals.
    const describing = !known && (!/s$/i.test(ctx.word(at)) || /(?:ous|ss|us|is)$/i.test(ctx.word(at)));
    return { value: n.value, unit: 'count', end: at + 1, noun: ctx.word(at), ...(known ? { known: known.entry } : {}), ...(describing ? { partOf: whole } : {}), ...PART };
  }
  const opener = n.tokenStart - 1;
  if (ctx.lang !== 'ar' || !tokens[opener] || tokens[opener].clause !== clause || !OF_THOSE_AR.has(tokens[opener].key)) return undefined;
  const at = n.tokenEnd;
  if (tokens[at]?.clause !== clause || !arabicWord(ctx, at) || tokens[at].key.startsWith('ال')) return undefined;
  // The noun after the figure (سائقاً) counts the part on its own, as an English plural does.
  return wholeBefore(ctx, opener) ? { value: n.value, unit: 'count', end: at + 1, noun: ctx.word(at), ...PART } : undefined;
}
