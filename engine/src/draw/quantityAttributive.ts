/**
 * An English amount of money that stands between a determiner and a noun (its £48 million ferry
 * terminal, a £6 million gap, a A$75 million recovery package): the sum modifies the noun after
 * it as an adjective would, so that noun is what the sum is of, whatever the words before it are.
 * Arabic states a sum after its noun (مبنى بقيمة 48 مليون جنيه), which the other readers take.
 * Only a plain phrase is read: one to three lower-case words, none a function word, a pronoun, an
 * auxiliary, a participle in -ed or a figure, with nothing but spaces between them, and not
 * followed by a fourth such word; anything else (the £5 million it had borrowed) is left alone.
 */
import type { DrawContext } from './context';
import { AMOUNT_NOUNS, quantityNounAt, type QuantityNoun } from './quantityNouns';
import { CURRENCY, EN_AUXILIARIES, EN_FUNCTION, GENERIC, MULTIPLIER, PERCENT_KEYS } from './quantityTables';
import { englishNumberWord } from '../lexicon/numbers';

/** The determiners before an attributive sum: a, the, its and the other possessives (not "that", which may be a conjunction). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this']);

/** Pronouns, which may follow a sum as the subject of a relative clause (the £5 million it borrowed). */
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'i', 'them', 'us', 'him']);

/** How many words the noun phrase after the sum may have. */
const LONGEST = 3;

/** Whether token `k` is a word of a plain English noun phrase: lower case, no function word, pronoun, auxiliary, participle or figure. */
function phraseWord(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  if (!token || token.script !== 'latin' || token.quote !== -1 || ctx.personAt[k] !== -1 || ctx.placeAt.has(k) || ctx.orgAt.has(k)) return false;
  const word = ctx.word(k);
  if (!word.split('-').every((part) => /^[a-z]+$/.test(part)) || word.length < 3 || /[a-z]{2}ed$/.test(word)) return false;
  const k2 = token.key;
  return !EN_FUNCTION.has(k2) && !EN_AUXILIARIES.has(k2) && !GENERIC.has(k2) && !PRONOUNS.has(k2) && !CURRENCY.has(k2) && !MULTIPLIER.has(k2) && !PERCENT_KEYS.has(k2) && englishNumberWord(k2) === undefined;
}

/**
 * The noun of the sum whose figure starts at token `tokenStart` and whose reading ends before token
 * `end`, when a determiner stands right before it and a plain noun phrase right after it: the
 * entry of the amount table its head names (a £1.42 billion budget), else the phrase's words, head
 * first (terminal, ferry). Undefined for any other sum.
 */
export function attributiveNoun(ctx: DrawContext, tokenStart: number, end: number): QuantityNoun | undefined {
  const tokens = ctx.tokens;
  const before = tokens[tokenStart - 1];
  const clause = tokens[tokenStart]!.clause;
  if (!before || before.clause !== clause || !DETERMINERS.has(before.key)) return undefined;
  const words: number[] = [];
  for (let k = end; k < end + LONGEST + 1 && tokens[k]?.clause === clause && phraseWord(ctx, k); k++) {
    // Words of one phrase follow one another with nothing but spaces between them.
    if (!/^ +$/.test(ctx.gap(k - 1, k))) break;
    words.push(k);
  }
  if (words.length === 0 || words.length > LONGEST) return undefined;
  const head = words[words.length - 1]!;
  // A phrase that ends in a word in -ing or -ly may go on as a verb or an adverb (the £5m remaining, a £5m yearly).
  if (/(?:ing|ly)$/.test(ctx.word(head))) return undefined;
  const known = quantityNounAt(AMOUNT_NOUNS, tokens, head);
  if (known) return known.entry;
  return { ar: [], en: words.reverse().map((k) => ctx.word(k)) };
}
