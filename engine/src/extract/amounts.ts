/**
 * Amounts in a draft: a number with a currency (£140m, $35bn, 35 مليار دولار, 5 billion euros),
 * or a percentage (35%, ٪35, 4.6 per cent, 25 في المئة). Built on the number expressions, whose
 * scale words (مليار, billion, bn) are already applied.
 */
import type { Analysis } from '../analysis';
import { numbers, type NumberExpression } from './numbers';
import { CURRENCY_QUALIFIERS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, EXACT_CURRENCY_WORDS, PERCENT_WORDS } from '../lexicon/units';

/** A money amount or a percentage found in the draft. */
export interface Amount {
  number: NumberExpression;
  kind: 'money' | 'percent';
  /** ISO 4217 code, for money. */
  currency?: string;
  /**
   * Whether the currency was named without its country (a bare $, dollars, dinars, جنيه): it may
   * then be any currency of its family (`CURRENCY_FAMILIES`), `currency` being the usual one.
   */
  loose?: boolean;
  /** Original range of the whole amount (number, scale and currency or percent sign). */
  start: number;
  end: number;
  /** The token after the amount. */
  tokenEnd: number;
}

const cache = new WeakMap<Analysis, Amount[]>();

/** Every money amount and percentage of the draft, in order. */
export function amounts(analysis: Analysis): Amount[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const tokens = analysis.tokens;
  const out: Amount[] = [];
  for (const number of numbers(analysis)) {
    const sentence = tokens[number.tokenStart]!.sentence;
    const before = analysis.text.slice(Math.max(0, number.start - 3), number.start);
    // A dollar sign with a country prefix (A$75m, US$ 3bn) names that dollar.
    const prefix = /(?:^|[^A-Za-z])([A-Za-z]{1,3})\$\s?$/.exec(analysis.text.slice(Math.max(0, number.start - 6), number.start))?.[1]?.toLowerCase();
    const prefixed = prefix ? DOLLAR_PREFIXES[prefix] : undefined;
    const after = analysis.text.slice(number.end, number.end + 2);
    const symbol = /([$£€])\s?$/.exec(before)?.[1];
    if (/^\s?[%٪]/.test(after) || /[%٪]\s?$/.test(before)) {
      out.push({ number, kind: 'percent', start: number.start, end: number.end + after.indexOf(/%/.test(after) ? '%' : '٪') + 1, tokenEnd: number.tokenEnd });
      continue;
    }
    const percentWords = PERCENT_WORDS.find((words) => words.every((word, k) => tokens[number.tokenEnd + k]?.key === word && tokens[number.tokenEnd + k]!.sentence === sentence));
    if (percentWords) {
      const last = tokens[number.tokenEnd + percentWords.length - 1]!;
      out.push({ number, kind: 'percent', start: number.start, end: last.oEnd, tokenEnd: number.tokenEnd + percentWords.length });
      continue;
    }
    const next = tokens[number.tokenEnd];
    let currency = symbol === '$' && prefixed ? prefixed : symbol ? CURRENCY_SYMBOLS[symbol] : undefined;
    let loose = symbol === '$' && !prefixed;
    let end = number.end;
    let tokenEnd = number.tokenEnd;
    if (next && next.sentence === sentence && CURRENCY_WORDS.has(next.key)) {
      currency = CURRENCY_WORDS.get(next.key);
      loose = !EXACT_CURRENCY_WORDS.has(next.key);
      end = next.oEnd;
      tokenEnd++;
      const qualifier = tokens[tokenEnd];
      if (qualifier && qualifier.sentence === sentence && CURRENCY_QUALIFIERS.has(qualifier.key)) {
        currency = CURRENCY_QUALIFIERS.get(qualifier.key);
        loose = false;
      }
    }
    if (!currency) continue;
    const start = symbol ? number.start - before.length + before.lastIndexOf(symbol) - (prefixed && symbol === '$' ? prefix!.length : 0) : number.start;
    out.push({ number, kind: 'money', currency, loose, start, end, tokenEnd });
  }
  cache.set(analysis, out);
  return out;
}
