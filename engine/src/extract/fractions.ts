/**
 * Fractions of a whole said in words: "half of", "a third of", "two-thirds of", "three quarters
 * of", "one in five", «نصف المترشحين», «ثلث», «ثلثا», «ثلاثة أرباع». A fraction names a share of
 * something, so it is read only before what it is a share of: "of" in English (or "in" between two
 * numbers: one in five), a word in Arabic (the fraction's complement); one that ends its clause
 * (turnout was less than half, «بلغت النسبة الثلث») is one too, but not the measure of a change
 * (cut in half). Its value is the share as a percentage (a third
 * is 33.3), for comparison with a percentage the article gives.
 */
import type { Analysis, Token } from '../analysis';
import { ARABIC_FRACTIONS, englishNumberWord, arabicNumberWord, FRACTION_DENOMINATORS, FRACTION_PERIOD_AFTER, FRACTION_PERIOD_BEFORE } from '../lexicon/numbers';
import { wordKey } from '../tokenKey';

/** A fraction of the draft, as a percentage, with its original range and tokens. */
export interface Fraction {
  percent: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

const DENOMINATORS: ReadonlyMap<string, number> = new Map(Object.entries(FRACTION_DENOMINATORS).map(([word, value]) => [wordKey(word), value]));
const ARABIC: ReadonlyMap<string, number> = new Map(Object.entries(ARABIC_FRACTIONS).map(([word, value]) => [wordKey(word), value]));

const PERIOD_BEFORE: ReadonlySet<string> = new Set(FRACTION_PERIOD_BEFORE.map(wordKey));
const PERIOD_AFTER: ReadonlySet<string> = new Set(FRACTION_PERIOD_AFTER.map(wordKey));

/** Words before a fraction that make it the measure of a change: cut in half, fell by a third. */
const CHANGE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'by', 'into']);

const cache = new WeakMap<Analysis, Fraction[]>();

/** The numerator a word writes: a, an, one … nine, or digits (`key` in the word's `script`). */
function numerator(script: Token['script'], key: string): number | undefined {
  if (script === 'digit') return /^\d$/.test(key) ? Number(key) : undefined;
  const value = script === 'ar' ? arabicNumberWord(key) : englishNumberWord(key);
  return value !== undefined && value >= 1 && value <= 9 && Number.isInteger(value) ? value : undefined;
}

/** The numerator of a word that may be missing (past the last token). */
const numeratorOf = (token: Token | undefined): number | undefined => (token ? numerator(token.script, token.key) : undefined);

/**
 * An English fraction that starts at token `i`, with the token after it; `counted` when it holds
 * its own whole (one in five: what follows is what it counts).
 */
function englishAt(tokens: readonly Token[], i: number): { share: number; end: number; counted?: boolean } | undefined {
  const token = tokens[i]!;
  // two-thirds, one-third (a word with no hyphen is split no further: most words).
  const parts = token.text.includes('-') ? token.text.toLowerCase().split('-') : undefined;
  if (parts?.length === 2 && DENOMINATORS.has(parts[1]!)) {
    const top = numerator(token.script, parts[0]!);
    return top !== undefined ? { share: top / DENOMINATORS.get(parts[1]!)!, end: i + 1 } : undefined;
  }
  if (token.key === 'half') return { share: 0.5, end: i + 1 };
  const top = numeratorOf(token);
  if (top === undefined) return undefined;
  const next = tokens[i + 1];
  if (next && next.sentence === token.sentence && DENOMINATORS.has(next.key)) return { share: top / DENOMINATORS.get(next.key)!, end: i + 2 };
  // one in five, two out of three, one in every four
  let k = i + 1;
  if (tokens[k]?.key === 'in') k++;
  else if (tokens[k]?.key === 'out' && tokens[k + 1]?.key === 'of') k += 2;
  else return undefined;
  if (tokens[k]?.key === 'every') k++;
  const bottom = numeratorOf(tokens[k]) ?? (tokens[k]?.key === 'ten' ? 10 : undefined);
  return bottom !== undefined && bottom > top && tokens[k]!.sentence === token.sentence ? { share: top / bottom, end: k + 1, counted: true } : undefined;
}

/** A folded Arabic word without a و or ب before at least two letters (وثلث → ثلث, بربع → ربع). */
function withoutClitic(key: string): string {
  const first = key.charCodeAt(0);
  return (first === 0x0648 || first === 0x0628) && key.length >= 3 ? key.slice(1) : key;
}

/** An Arabic fraction that starts at token `i` (with و or ب before it), with the token after it. */
function arabicAt(tokens: readonly Token[], i: number): { share: number; end: number; counted?: boolean } | undefined {
  const token = tokens[i]!;
  const key = withoutClitic(token.key);
  const own = ARABIC.get(key) ?? (key.startsWith('ال') ? ARABIC.get(key.slice(2)) : undefined);
  if (own !== undefined) return { share: own, end: i + 1 };
  // A numerator counts only before a denominator, which is looked up first (most words are none).
  const next = tokens[i + 1];
  if (!next || next.sentence !== token.sentence || !DENOMINATORS.has(next.key)) return undefined;
  const top = numerator('ar', key);
  return top !== undefined ? { share: top / DENOMINATORS.get(next.key)!, end: i + 2 } : undefined;
}

/** Every fraction of the draft said before what it is a share of, in order. */
export function fractions(analysis: Analysis): Fraction[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const tokens = analysis.tokens;
  const out: Fraction[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const found = token.script === 'ar' ? arabicAt(tokens, i) : englishAt(tokens, i);
    if (!found || found.share <= 0 || found.share >= 1) continue;
    const after = tokens[found.end];
    const sameClause = !!after && after.clause === tokens[found.end - 1]!.clause;
    // What it is a share of follows it: "of" (half the), one in five's own noun, an Arabic
    // complement; or an Arabic fraction with its article ends its clause (بلغت النسبة الثلث).
    // An English fraction may end its clause too (turnout was less than half), but not as the
    // measure of a change (cut in half, fell by a third).
    const english = sameClause ? after.key === 'of' || (token.key === 'half' && after.key === 'the') : !CHANGE_PREPOSITIONS.has(tokens[i - 1]?.key ?? '') && !CHANGE_PREPOSITIONS.has(tokens[i - 2]?.key ?? '');
    const arabic = (sameClause && !ARABIC.has(after.key)) || (!sameClause && token.key.startsWith('ال'));
    if (!found.counted && !(token.script === 'ar' ? arabic : english)) continue;
    // The first half, «النصف الأول», half an hour, «ربع قرن»: a part of a period or a unit.
    const before = tokens[i - 1]?.key === 'the' || tokens[i - 1]?.key === 'a' ? tokens[i - 2] : tokens[i - 1];
    let n = found.end;
    while (n < found.end + 2 && (tokens[n]?.key === 'of' || tokens[n]?.key === 'the' || tokens[n]?.key === 'a')) n++;
    const next = tokens[n];
    if ((before && PERIOD_BEFORE.has(before.key)) || (next && next.sentence === token.sentence && (PERIOD_AFTER.has(next.key) || PERIOD_AFTER.has(next.key.replace(/^[وف]/, ''))))) continue;
    out.push({ percent: found.share * 100, tokenStart: i, tokenEnd: found.end, start: token.oStart, end: tokens[found.end - 1]!.oEnd });
    i = found.end - 1;
  }
  cache.set(analysis, out);
  return out;
}
