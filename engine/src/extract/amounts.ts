/**
 * Amounts in a draft: a number with a currency (£140m, $35bn, 35 مليار دولار, 5 billion euros),
 * or a percentage (35%, ٪35, 4.6 per cent, 25 في المئة). Built on the number expressions, whose
 * scale words (مليار, billion, bn) are already applied.
 */
import type { Analysis, Token } from '../analysis';
import { numbers, type NumberExpression } from './numbers';
import { fold } from '../text/normalise';
import { tokenKey, wordKey } from '../tokenKey';
import { countryCurrency, CURRENCY_QUALIFIERS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, EXACT_CURRENCY_WORDS, PERCENT_WORDS } from '../lexicon/units';

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
  /**
   * The original range of the currency's words after the number (dollars, U.S. dollars, «دينار
   * تونسي»), which a fix naming another currency replaces; unset for a sign.
   */
  currencyWords?: { start: number; end: number };
}

/**
 * The currency words after the number at token `at`: a currency word, with a country's adjective
 * before it in English (1.2 billion U.S. dollars, Australian dollars) or after it in Arabic (دولار
 * أسترالي, جنيه إسترليني), which names the country's currency of the word's family exactly.
 */
function currencyAfter(tokens: readonly Token[], at: number, sentence: number): { currency: string; loose: boolean; tokenEnd: number; first: Token; last: Token } | undefined {
  const inSentence = (k: number) => tokens[k]?.sentence === sentence;
  // English: up to two words of a country's adjective between the number and the word.
  for (let gap = 0; gap <= 2; gap++) {
    const word = tokens[at + gap];
    if (!word || !inSentence(at + gap) || !CURRENCY_WORDS.has(word.key)) continue;
    const code = CURRENCY_WORDS.get(word.key)!;
    if (gap > 0) {
      const before = tokens.slice(at, at + gap).map((token) => token.key);
      const country = countryCurrency(code, before);
      if (!country || country.words !== gap) return undefined;
      return { currency: country.code, loose: !!country.loose, tokenEnd: at + gap + 1, first: tokens[at]!, last: word };
    }
    const next = tokens[at + 1];
    if (next && inSentence(at + 1)) {
      const country = countryCurrency(code, [], next.key);
      if (country) return { currency: country.code, loose: !!country.loose, tokenEnd: at + 2, first: word, last: next };
      const qualified = CURRENCY_QUALIFIERS.get(next.key);
      if (qualified) return { currency: qualified, loose: false, tokenEnd: at + 2, first: word, last: next };
    }
    return { currency: code, loose: !EXACT_CURRENCY_WORDS.has(word.key), tokenEnd: at + 1, first: word, last: word };
  }
  return undefined;
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
    let currency = symbol === '$' && prefixed ? prefixed : symbol ? CURRENCY_SYMBOLS[symbol] : undefined;
    let loose = symbol === '$' && !prefixed;
    let end = number.end;
    let tokenEnd = number.tokenEnd;
    let currencyWords: { start: number; end: number } | undefined;
    const words = currencyAfter(tokens, number.tokenEnd, sentence);
    if (words) {
      ({ currency, loose, tokenEnd } = words);
      end = words.last.oEnd;
      currencyWords = { start: words.first.oStart, end: words.last.oEnd };
    }
    if (!currency) continue;
    const start = symbol ? number.start - before.length + before.lastIndexOf(symbol) - (prefixed && symbol === '$' ? prefix!.length : 0) : number.start;
    out.push({ number, kind: 'money', currency, loose, start, end, tokenEnd, currencyWords });
  }
  cache.set(analysis, out);
  return out;
}

/** The period an amount is paid or counted over. */
export type Period = 'day' | 'week' | 'month' | 'year';

/** Words after an amount that give its period: A$180 a month, 120 ديناراً شهرياً, per annum. */
const PERIOD_WORDS: readonly { words: string[]; period: Period }[] = (
  [
    [['daily', 'a day', 'per day', 'each day', 'every day', 'يوميا', 'في اليوم', 'كل يوم'], 'day'],
    [['weekly', 'a week', 'per week', 'each week', 'every week', 'اسبوعيا', 'في الاسبوع', 'كل اسبوع'], 'week'],
    [['monthly', 'a month', 'per month', 'each month', 'every month', 'شهريا', 'في الشهر', 'كل شهر'], 'month'],
    [['annually', 'yearly', 'a year', 'per year', 'per annum', 'each year', 'every year', 'سنويا', 'في السنه', 'في العام', 'كل سنه', 'كل عام'], 'year'],
  ] as [string[], Period][]
).flatMap(([phrases, period]) => phrases.map((phrase) => ({ words: phrase.split(' '), period })));

/** Words that open the one each share is paid to: per person, for each family, «لكل أستاذ». */
const PER_WORDS = new Set(['per', 'each', 'لكل']);

/** An amount's rate: its period and the one it is paid to (person, family), as folded words. */
export interface Rate {
  period?: Period;
  per?: string;
}

/** The bare form of a word the rate compares: no article, clitic ل or plural s. */
function bare(key: string): string {
  return key.replace(/^(?:لل|ل|ال)(?=..)/, '').replace(/(?<=...)s$/, '');
}

/**
 * The rate written in `keys` (folded words) from index `from`, up to three words on: a period
 * (a month, شهرياً) and a share (per person, «لكل أستاذ», «للأستاذ الواحد»).
 */
export function rateIn(keys: readonly string[], from: number, to = keys.length): Rate {
  const rate: Rate = {};
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const period = PERIOD_WORDS.find(({ words }) => words.every((word, i) => keys[k + i] === word));
    if (period && !rate.period) rate.period = period.period;
    if (!period && PER_WORDS.has(keys[k]!) && keys[k + 1] && !rate.per) rate.per = bare(keys[k + 1]!);
    // «للأستاذ الواحد»: to the one teacher.
    if (keys[k + 1] === 'الواحد' && /^لل/.test(keys[k]!) && !rate.per) rate.per = bare(keys[k]!);
  }
  return rate;
}

/**
 * The share an average is of, when no item is named: "averaging 4 million dinars", «بمعدل 4
 * ملايين دينار», «بمتوسط», "4 million dinars each". An average per item is never a total.
 */
export const AVERAGE_PER = 'average';

/** Words before an amount that make it an average per item (at an average of, «بمعدل»), folded. */
const AVERAGE_BEFORE: ReadonlySet<string> = new Set(['average', 'averaging', 'averaged', 'بمعدل', 'بمتوسط'].map(wordKey));

/**
 * The rate of a draft's amount, from the words after it in its sentence, or for money an average
 * per item from a word of average just before it or "each" right after it.
 */
export function rateAfter(analysis: Analysis, amount: Amount): Rate {
  const tokens = analysis.tokens;
  const sentence = tokens[amount.number.tokenStart]!.sentence;
  let end = amount.tokenEnd;
  while (end < tokens.length && end < amount.tokenEnd + 5 && tokens[end]!.sentence === sentence) end++;
  const rate = rateIn(tokens.map((token) => token.key), amount.tokenEnd, end);
  if (rate.per || amount.kind !== 'money') return rate;
  const before = [1, 2, 3].map((step) => tokens[amount.number.tokenStart - step]);
  const average = before.some((token) => token?.sentence === sentence && AVERAGE_BEFORE.has(token.key)) || (tokens[amount.tokenEnd]?.sentence === sentence && tokens[amount.tokenEnd]!.key === 'each');
  return average ? { ...rate, per: AVERAGE_PER } : rate;
}

/** The rate an article's evidence text gives its figure: the first period and share it names. */
export function rateOfText(text: string): Rate {
  const keys = fold(text.toLowerCase()).split(/[^\p{L}\p{N}$]+/u).filter(Boolean).map(tokenKey);
  const rate: Rate = {};
  for (let k = 0; k < keys.length; k++) {
    const found = rateIn(keys, k, k + 1);
    rate.period ??= found.period;
    rate.per ??= found.per;
  }
  // An article's own average (at an average of, «بمعدل») is an average per item too.
  if (!rate.per && keys.some((k) => AVERAGE_BEFORE.has(k))) rate.per = AVERAGE_PER;
  return rate;
}

/** Whether two rates differ: both name a period, or both a share, and they are not the same. */
export function ratesDiffer(a: Rate, b: Rate): boolean {
  return (!!a.period && !!b.period && a.period !== b.period) || (!!a.per && !!b.per && a.per !== b.per);
}
