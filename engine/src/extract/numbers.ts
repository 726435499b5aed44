/**
 * Finds number expressions in a draft: digits in any script (already folded to ASCII), with
 * thousands separators; Arabic number words in both genders and cases, compounds (ثلاثة عشر,
 * خمسة وعشرون); English number words (twenty-five, eight-month); Arabic duals of time units.
 */
import type { Analysis, Token } from '../analysis';
import { arabicNumberWord, englishNumberWord, parseDigits, ARABIC_DUALS, ARABIC_FRACTIONS, FRACTION_DENOMINATORS, UNIT_WORDS, type TimeUnit } from '../lexicon/numbers';
import { wordKey } from '../tokenKey';

/** Denominators of fractions (folded): a number before one is a numerator (three quarters), no count. */
const DENOMINATORS: ReadonlySet<string> = new Set(Object.keys(FRACTION_DENOMINATORS).map(wordKey));

/** A number found in the draft. */
export interface NumberExpression {
  value: number;
  tokenStart: number;
  tokenEnd: number;
  /** Original range. */
  start: number;
  end: number;
  style: 'digits' | 'ar-words' | 'en-words' | 'dual';
  /** For Arabic words: whether the written form ends in ة (the form used with masculine nouns). */
  withTaMarbuta?: boolean;
  /** Whether the draft capitalised it (English words). */
  capitalised?: boolean;
  /** A time unit that is part of the expression (the dual شهرين, or eight-month). */
  unit?: TimeUnit;
  /** Original range of the number part alone (without a hyphenated unit). */
  numberEnd?: number;
  /** The scale the written number was multiplied by (مليار, billion, the m of 140m). */
  scale?: number;
  /**
   * Whether the figure joins two scales with و («3 ملايين و400 ألف», «ملياراً و200 مليون»): a fix
   * rewrites the whole figure, never its first part alone.
   */
  joined?: boolean;
}

const cache = new WeakMap<Analysis, NumberExpression[]>();

/** Scale words that multiply the number before them (folded; ألفاً after a number is a scale, not the dual). */
const SCALES = new Map<string, number>([
  ['الف', 1e3], ['الفا', 1e3], ['الاف', 1e3], ['آلاف', 1e3], ['thousand', 1e3],
  ['مليون', 1e6], ['مليونا', 1e6], ['ملايين', 1e6], ['million', 1e6], ['millions', 1e6], ['مليار', 1e9], ['مليارا', 1e9], ['مليارات', 1e9], ['billion', 1e9], ['billions', 1e9], ['bn', 1e9],
  ['تريليون', 1e12], ['تريليونات', 1e12], ['ترليون', 1e12], ['trillion', 1e12], ['trillions', 1e12], ['tn', 1e12],
]);
/** Duals of the scale words: مليونا فرصة = two million. */
const SCALE_DUALS = new Map<string, number>([['مليونا', 2e6], ['مليونان', 2e6], ['مليوني', 2e6], ['مليونين', 2e6], ['مليارا', 2e9], ['ملياران', 2e9], ['مليارين', 2e9], ['ملياري', 2e9]]);
const SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9 };
/** Arabic scale words that count one of themselves on their own: مليون فرصة = one million. */
const SCALE_SINGLES = new Map<string, number>([['مليون', 1e6], ['مليار', 1e9]]);

/** The first word of eleven (folded): أحد, إحدى. */
const ELEVEN_FIRST: ReadonlySet<string> = new Set(['احد', 'احدي', 'احدى']);
/** The first word of the ordinal eleventh (folded): الحادي, الحادية; the ordinal is no count. */
const ELEVENTH_FIRST: ReadonlySet<string> = new Set(['حادي', 'حاديه', 'الحادي', 'الحاديه']);
/** The second word of eleven to nineteen (folded). */
const TEN_WORDS: ReadonlySet<string> = new Set(['عشر', 'عشره']);

/** Scale words that stand alone for one of themselves before a smaller part: «مليون و200 ألف», «ملياراً و200 مليون». */
const SCALE_LONE = new Map<string, number>([...SCALE_SINGLES, ['مليونا', 1e6], ['مليارا', 1e9]]);

/**
 * The part after a scale that joins it with و and a smaller scale of its own («3 ملايين و400
 * ألف» is 3,400,000), as the part's value and the token after it. A figure after «بين» opens a
 * range (بين مليون و200 ألف), so the parts stay apart there.
 */
function scaledRest(analysis: Analysis, end: number, scale: number): { value: number; end: number } | undefined {
  const tokens = analysis.tokens;
  const rest = tokens[end];
  const next = tokens[end + 1];
  if (!rest || !next || rest.script !== 'ar' || !/^و/.test(rest.key) || next.sentence !== rest.sentence || rest.sentence !== tokens[end - 1]!.sentence) return undefined;
  const part = cliticNumber(analysis, rest);
  const partScale = SCALES.get(next.key);
  if (!part || partScale === undefined || partScale >= scale || part.value * partScale >= scale) return undefined;
  for (let k = end - 1; k >= Math.max(0, end - 3) && tokens[k]!.sentence === rest.sentence; k--) if (tokens[k]!.key === 'بين') return undefined;
  return { value: part.value * partScale, end: end + 2 };
}

/**
 * A scale word in words, alone or dual, whose next part after و has a smaller scale of its own
 * («مليار ومئتا مليون» is 1,200,000,000, «مليونان وخمسمئة ألف» 2,500,000): the figure of both,
 * its end and the larger scale. Where that part cannot join it (a range: بين مليون وثلاثمئة ألف),
 * the scale word stands alone, so the part is not read as units added to it (1,000,300); where
 * no scaled part follows, undefined, and the word is composed as any other.
 */
function scaleParts(analysis: Analysis, i: number, value: number): { value: number; end: number; scale?: number } | undefined {
  const tokens = analysis.tokens;
  const key = tokens[i]!.key;
  const scale = SCALE_LONE.get(key) ?? (SCALE_DUALS.has(key) ? value / 2 : undefined);
  const after = tokens[i + 2];
  if (scale === undefined || !after || after.sentence !== tokens[i]!.sentence || !SCALES.has(after.key) || SCALES.get(after.key)! >= scale) return undefined;
  // «ملياراً» before a scaled part is the accusative of one, not the dual construct.
  const own = SCALE_LONE.get(key) ?? value;
  const rest = scaledRest(analysis, i + 1, scale);
  return rest ? { value: own + rest.value, end: rest.end, scale } : { value: own, end: i + 1 };
}

/** The Arabic half after a scale (مليون ونصف), folded. */
const ARABIC_HALF = wordKey('ونصف');

/**
 * A half of a scale of millions or billions after a figure read from token `i` to `end`: «مليون
 * ونصف» or «مليون ونصف المليون» (1.5 million), «ثلاثة ملايين ونصف», "one and a half million":
 * how the figure becomes its value, the end past the half (and past the scale word repeated
 * after it), and the scale. A half of another thing (ثلاث ساعات ونصف, two and a half hours) is
 * not read here.
 */
function halfOfScale(tokens: readonly Token[], i: number, end: number, style: NumberExpression['style'], applied: number | undefined): { value: (figure: number) => number; end: number; scale: number } | undefined {
  const sentence = tokens[i]!.sentence;
  const at = (k: number) => (tokens[k] && tokens[k].sentence === sentence ? tokens[k].key : undefined);
  if (style === 'en-words' && at(end) === 'and' && at(end + 1) === 'a' && at(end + 2) === 'half') {
    const scale = SCALES.get(at(end + 3) ?? '');
    return scale !== undefined && scale >= 1e6 ? { value: (figure) => (figure + 0.5) * scale, end: end + 4, scale } : undefined;
  }
  if (style !== 'ar-words' && style !== 'digits') return undefined;
  const key = tokens[i]!.key;
  const scale = applied ?? (end === i + 1 ? (SCALE_LONE.get(key) ?? (SCALE_DUALS.has(key) ? SCALE_DUALS.get(key)! / 2 : undefined)) : undefined);
  if (scale === undefined || scale < 1e6 || at(end) !== ARABIC_HALF) return undefined;
  const repeated = at(end + 1);
  const again = repeated !== undefined && SCALES.get(repeated.replace(/^ال/, '')) === scale ? 1 : 0;
  return { value: (figure) => figure + scale / 2, end: end + 1 + again, scale };
}

/**
 * The scale of "half a million" (half a billion) from token `i`, «half», when "a" and a scale of
 * millions or more follow it in its sentence: English writes a half of a scale with no figure so.
 * Not "half a dozen", nor "half a million's" worth of anything else: only the scale words.
 */
function halfAScale(tokens: readonly Token[], i: number): { scale: number } | undefined {
  const sentence = tokens[i]!.sentence;
  const article = tokens[i + 1];
  const word = tokens[i + 2];
  if (article?.key !== 'a' || !word || article.sentence !== sentence || word.sentence !== sentence || word.script !== 'latin') return undefined;
  const scale = SCALES.get(word.key);
  return scale !== undefined && scale >= 1e6 && !word.key.endsWith('s') ? { scale } : undefined;
}

/** Fractions that may stand before a lone scale word (folded, with و or ب before them): «ربع مليون», «نصف مليار». */
const SCALE_FRACTIONS = new Map<string, number>(Object.entries(ARABIC_FRACTIONS).map(([word, value]) => [wordKey(word), value]));

/** The fraction the token before token `i` gives the scale word at `i` (0.25 for «ربع مليون»), if any. */
function scaleShare(tokens: readonly Token[], i: number): number | undefined {
  const before = tokens[i - 1];
  if (!before || before.sentence !== tokens[i]!.sentence) return undefined;
  return SCALE_FRACTIONS.get(before.key) ?? (before.script === 'ar' ? SCALE_FRACTIONS.get(before.key.replace(/^(?:و|ب|وب)(?=..)/, '')) : undefined);
}

/**
 * The figure `value` read from token `i` to `end` with the scale word after it, if any (300 ألف,
 * ثلاثة ملايين, 4.5 billion), and the rest joined to it after و: its value, its end, the scale
 * applied and whether a smaller scaled part joins it («3 ملايين و400 ألف»).
 */
function withScaleWord(analysis: Analysis, i: number, end: number, value: number, style: NumberExpression['style']): { value: number; end: number; scale?: number; joined: boolean } {
  const tokens = analysis.tokens;
  const token = tokens[i]!;
  const scale = tokens[end] && tokens[end]!.sentence === token.sentence ? SCALES.get(tokens[end]!.key) : undefined;
  // Thousands of a million or a billion are written with it too (A$1,200 million, «35000 مليون
  // دولار»), and thousands of a thousand in digits («1200 ألف دينار», 2,500 thousand tonnes).
  if (!scale || !(value < 1000 || (style === 'digits' && value < 1e6 && (scale >= 1e6 || thousandsOfThousand(analysis, token, value))))) return { value, end, joined: false };
  value *= scale;
  end++;
  // The rest after the scale with و: 62 ألفاً و931 (62,931), and a smaller scaled part (3 ملايين و400 ألف).
  const rest = tokens[end];
  const restValue = rest && rest.sentence === token.sentence && /^و\d/.test(rest.text) ? cliticNumber(analysis, rest) : undefined;
  const scaled = scaledRest(analysis, end, scale);
  if (scaled) return { value: value + scaled.value, end: scaled.end, scale, joined: true };
  if (restValue && restValue.style === 'digits' && restValue.value < scale && !(tokens[end + 1] && tokens[end + 1]!.sentence === token.sentence && SCALES.has(tokens[end + 1]!.key))) {
    return { value: value + restValue.value, end: end + 1, scale, joined: false };
  }
  if (style === 'ar-words' && scale === 1e3) {
    // The parts after a thousand written in words: ثلاثة آلاف وأربعمئة وخمسون (3,450).
    const composed = composeArabic(tokens, end, token.sentence, value);
    return { value: composed.value, end: composed.end, scale, joined: false };
  }
  return { value, end, scale, joined: false };
}

/**
 * Whether a figure of four digits or more before the scale ألف (thousand) counts thousands of it
 * («1200 ألف دينار» is 1.2 million): not a year written bare (1900 to 2100 without a separator),
 * which the verb ألّف (he wrote) may follow («في 1998 ألف روايته»).
 */
function thousandsOfThousand(analysis: Analysis, token: Token, value: number): boolean {
  if (!Number.isInteger(value)) return false;
  const written = analysis.text.slice(token.oStart, token.oEnd);
  const grouped = /^[^\d٠-٩]*[\d٠-٩]{1,3}[,٬][\d٠-٩]{3}$/.test(written);
  return grouped || value < 1900 || value > 2100;
}

/** The scale of a suffixed number token (1e6 for 140m), if any. */
function suffixScale(token: Token): number | undefined {
  const match = token.script === 'latin' ? /^\d+(?:\.\d+)?(k|m|mn|bn|b)$/.exec(token.text) : null;
  return match ? SUFFIX_SCALES[match[1]!] : undefined;
}

/**
 * A figure grouped in thousands with a scale suffix right after a currency sign ($1,500m, £2,300m,
 * €1,250bn): its value and scale. Without the sign a grouped figure with an m is a length (a
 * 1,500m climb), so it is read only after one.
 */
function signedGroupedSuffix(analysis: Analysis, token: Token): { value: number; scale: number } | undefined {
  const match = token.script === 'latin' ? /^(\d{1,3}(?:,\d{3})+)(k|m|mn|bn|b)$/.exec(token.text) : null;
  if (!match || !/[$£€¥]\s?$/.test(analysis.text.slice(Math.max(0, token.oStart - 2), token.oStart))) return undefined;
  const scale = SUFFIX_SCALES[match[2]!]!;
  return { value: Number(match[1]!.replace(/,/g, '')) * scale, scale };
}

/** Arabic clitics that may stand before digits: و, ف, بـ, لـ, كـ and the article (الـ24, وبـ452, للـ48). */
const CLITIC_DIGITS = /^(?:[وف]?(?:[بلك]?ال|لل|[بلك])|[وف])(\d+(?:\.\d+)?)$/;

/** The place of the last part of an Arabic compound: thousands, hundreds, units, or closed. */
const placeOf = (value: number): number => (value >= 1000 ? 1000 : value >= 100 ? 100 : value < 10 ? 1 : 0);

/**
 * Composes an Arabic number from its parts joined by و, largest first and units before tens
 * (ألفين وأربعمئة واثنين وخمسين = 2452; ثلاثة عشر = 13; مئة وعشرون = 120). Stops at a part that
 * does not fit the order, so "ثلاثة وأربعة" stays two numbers.
 */
function composeArabic(tokens: Token[], end: number, sentence: number, value: number): { value: number; end: number } {
  let place = placeOf(value);
  while (place > 0) {
    const next = tokens[end];
    if (!next || next.sentence !== sentence) break;
    if (place === 1 && TEN_WORDS.has(next.key)) {
      value += 10;
      end++;
      break;
    }
    const part = next.key.startsWith('و') ? arabicNumberWord(next.key.slice(1)) : undefined;
    if (part === undefined) break;
    const fits = place === 1 ? part >= 20 && part <= 90 && part % 10 === 0 : part < place;
    if (!fits) break;
    value += part;
    end++;
    place = place === 1 ? 0 : placeOf(part);
  }
  return { value, end };
}

/**
 * Composes an English number from its words after the first: a unit after a ten (twenty-five
 * written apart), hundred and thousand multiplying what came before, "and" before the tens and
 * units after a hundred or a thousand (three thousand four hundred and twelve), twelve hundred,
 * two dozen (24). Stops at a word that does not fit the order, so "one two" stays two numbers.
 */
function composeEnglish(tokens: Token[], end: number, sentence: number, first: number): { value: number; end: number } {
  let total = 0;
  let current = first;
  // The place the next word may fill: 100 after a ten or a unit (a hundred may follow), 10 after
  // a ten (a unit may follow), 0 when nothing but a scale may follow.
  let last = first;
  for (;;) {
    const next = tokens[end];
    if (!next || next.sentence !== sentence) break;
    let word = next.key;
    let at = end;
    if (word === 'and' && (last === 100 || last === 1000)) {
      const after = tokens[end + 1];
      if (!after || after.sentence !== sentence) break;
      word = after.key;
      at = end + 1;
      const value = englishNumberWord(word);
      if (value === undefined || value >= 100 || value < 1) break;
    }
    const value = englishNumberWord(word);
    if (value === undefined || word === 'a' || word === 'an' || word === 'half' || word === 'single') break;
    if (value === 100 && current >= 1 && current < 100 && last !== 100 && last !== 1000) current *= 100;
    else if (value === 12 && word === 'dozen' && current > 1 && last === current) current *= 12;
    else if (value === 1000 && current >= 1 && current < 1000 && last !== 1000 && total === 0) {
      total = current * 1000;
      current = 0;
    } else if (value < 10 && value >= 1 && last >= 20 && last < 100 && last % 10 === 0) current += value;
    else if (value < 100 && value >= 1 && (last === 100 || last === 1000)) current += value;
    else break;
    last = value;
    end = at + 1;
  }
  return { value: total + current, end };
}

/** Clitics that may stand before a number word (وثلاثة, لسبعة, وبخمسة), longest first. */
const WORD_CLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Number words that, behind a clitic, are more often another word (لست: "I am not"). */
const CLITIC_AMBIGUOUS = new Set(['ست']);

/** A number written behind an Arabic clitic, with the original start of the number itself. */
function cliticNumber(analysis: Analysis, token: Token): { value: number; style: 'digits' | 'ar-words'; start: number } | undefined {
  if (token.script !== 'ar') return undefined;
  const at = (offset: number) => analysis.norm.toOriginal(token.start + offset, token.end).start;
  const match = CLITIC_DIGITS.exec(token.text);
  if (match) {
    const value = parseDigits(match[1]!);
    return value === undefined ? undefined : { value, style: 'digits', start: at(token.text.length - match[1]!.length) };
  }
  for (const clitic of WORD_CLITICS) {
    if (!token.key.startsWith(clitic)) continue;
    let rest = token.key.slice(clitic.length);
    if (clitic.endsWith('ل') && rest.startsWith('ل')) rest = 'ا' + rest;
    const value = rest.length >= 3 && !CLITIC_AMBIGUOUS.has(rest) ? arabicNumberWord(rest) : undefined;
    // The key is folded like the text, letter for letter, so the clitic's length is the offset.
    if (value !== undefined) return { value, style: 'ar-words', start: at(clitic.length) };
  }
  return undefined;
}

function wordValue(token: Token): { value: number; style: NumberExpression['style'] } | undefined {
  if (token.script === 'latin' && /^\d/.test(token.text)) {
    // 140m, 35bn: digits with a scale suffix.
    const match = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b)$/.exec(token.text);
    return match ? { value: Math.round(Number(match[1]) * SUFFIX_SCALES[match[2]!]!), style: 'digits' } : undefined;
  }
  if (token.script === 'digit') {
    const value = parseDigits(token.text);
    return value === undefined ? undefined : { value, style: 'digits' };
  }
  if (token.script === 'ar') {
    const dual = SCALE_DUALS.get(token.key) ?? SCALE_SINGLES.get(token.key);
    if (dual !== undefined) return { value: dual, style: 'ar-words' };
    const value = arabicNumberWord(token.key);
    return value === undefined ? undefined : { value, style: 'ar-words' };
  }
  if (token.script === 'latin') {
    const value = englishNumberWord(token.key);
    return value === undefined ? undefined : { value, style: 'en-words' };
  }
  return undefined;
}

/**
 * Thousands grouped with a space (45 000, «300 000 شخص», a no-break or thin space too): a figure
 * of one to three digits followed, one space apart, by groups of exactly three digits is one
 * number. Returns the value and the token after the last group (`i + 1` when nothing follows).
 */
function spaceGrouped(analysis: Analysis, i: number, value: number): { value: number; end: number } {
  const tokens = analysis.tokens;
  let end = i + 1;
  if (!/^\d{1,3}$/.test(tokens[i]!.text.replace(/^\D+/, ''))) return { value, end };
  while (tokens[end] && tokens[end]!.sentence === tokens[i]!.sentence && tokens[end]!.script === 'digit' && /^\d{3}$/.test(tokens[end]!.text) && /^[ \u00A0\u202F\u2009]$/.test(analysis.text.slice(tokens[end - 1]!.oEnd, tokens[end]!.oStart))) {
    value = value * 1000 + Number(tokens[end]!.text);
    end++;
  }
  return { value, end };
}

/** Whether a token's text has an ASCII digit (folding makes every digit one). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

const arabicNumberKeys = new Map<string, boolean>();

/**
 * Whether an Arabic token key without digits may start a number expression: a dual of a time
 * unit or a scale, a number word, or one behind a clitic (the tests of {@link numbers},
 * {@link wordValue} and {@link cliticNumber} that read the key alone), once per key.
 */
function mayBeArabicNumber(key: string): boolean {
  let known = arabicNumberKeys.get(key);
  if (known === undefined) {
    known =
      ARABIC_DUALS[key] !== undefined ||
      (key.length > 3 && 'وفبل'.includes(key[0]!) && ARABIC_DUALS[key.slice(1)] !== undefined) ||
      SCALE_DUALS.has(key) ||
      SCALE_SINGLES.has(key) ||
      arabicNumberWord(key) !== undefined ||
      WORD_CLITICS.some((clitic) => {
        if (!key.startsWith(clitic)) return false;
        let rest = key.slice(clitic.length);
        if (clitic.endsWith('ل') && rest.startsWith('ل')) rest = 'ا' + rest;
        return rest.length >= 3 && !CLITIC_AMBIGUOUS.has(rest) && arabicNumberWord(rest) !== undefined;
      });
    if (arabicNumberKeys.size > 200_000) arabicNumberKeys.clear();
    arabicNumberKeys.set(key, known);
  }
  return known;
}

/**
 * A hyphenated English compound (twenty-five, eight-month): its number, with the time unit after
 * it if any. A numerator (three-quarters, two-thirds) is no number of its own.
 */
function hyphenatedNumber(analysis: Analysis, token: Token, i: number): NumberExpression | undefined {
  const parts = token.text.split('-');
  let value = 0;
  let used = 0;
  for (const part of parts) {
    const partValue = englishNumberWord(part) ?? parseDigits(part);
    if (partValue === undefined || part === 'a' || part === 'an') break;
    value += partValue;
    used++;
  }
  if (used === 0 || (used < parts.length && DENOMINATORS.has(parts[used]!.toLowerCase()))) return undefined;
  const unit = used < parts.length ? UNIT_WORDS[parts[used]!] : undefined;
  const numberLength = parts.slice(0, used).join('-').length;
  return {
    value,
    tokenStart: i,
    tokenEnd: i + 1,
    start: token.oStart,
    end: token.oEnd,
    numberEnd: analysis.norm.toOriginal(token.start, token.start + numberLength).end,
    style: 'en-words',
    unit,
    capitalised: /[A-Z]/.test(analysis.text[token.oStart] ?? ''),
  };
}

/** All number expressions of the draft, in order. */
export function numbers(analysis: Analysis): NumberExpression[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const tokens = analysis.tokens;
  const out: NumberExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Hyphenated English compounds: twenty-five, eight-month.
    if (token.script === 'latin' && token.text.includes('-')) {
      const hyphenated = hyphenatedNumber(analysis, token, i);
      if (hyphenated) out.push(hyphenated);
      continue;
    }
    // Eleven: «أحد عشر», «إحدى عشرة» (the first word is no number on its own: أحد is also "one of"
    // and Sunday). The ordinal «الحادي عشر», «الحادية عشرة» (the eleventh day, eleven o'clock) is
    // no count: both words are passed over, so «عشر» is not read as ten.
    const tenAfter = token.script === 'ar' && TEN_WORDS.has(tokens[i + 1]?.key ?? '') && tokens[i + 1]!.sentence === token.sentence;
    if (tenAfter && ELEVENTH_FIRST.has(token.key.replace(/^و/, ''))) {
      i++;
      continue;
    }
    const eleven = tenAfter && ELEVEN_FIRST.has(token.key.replace(/^و/, ''));
    // Most Arabic words are no number: known so from the key alone when no digit is written.
    if (!eleven && token.script === 'ar' && !hasDigit(token.text) && !mayBeArabicNumber(token.key)) continue;
    const dual = token.script === 'ar' && !eleven ? ARABIC_DUALS[token.key] ?? (token.key.length > 3 && 'وفبل'.includes(token.key[0]!) ? ARABIC_DUALS[token.key.slice(1)] : undefined) : undefined;
    if (dual) {
      out.push({ value: dual.value, tokenStart: i, tokenEnd: i + 1, start: token.oStart, end: token.oEnd, style: 'dual', unit: dual.unit });
      continue;
    }
    // A keycap emoji (2️⃣) numbers a list item; it is not a quantity.
    if (token.script === 'digit' && /^[\uFE0F]?\u20E3/.test(analysis.text.slice(token.oEnd, token.oEnd + 2))) continue;
    const signed = signedGroupedSuffix(analysis, token);
    const plain = eleven ? { value: 11, style: 'ar-words' as const } : signed ? { value: signed.value, style: 'digits' as const } : wordValue(token);
    const clitic = plain ? undefined : cliticNumber(analysis, token);
    const first = plain ?? clitic;
    const halfOf = token.key === 'half' ? halfAScale(tokens, i) : undefined;
    if (halfOf) {
      out.push({ value: halfOf.scale / 2, tokenStart: i, tokenEnd: i + 3, start: token.oStart, end: tokens[i + 2]!.oEnd, style: 'en-words', capitalised: /[A-Z]/.test(analysis.text[token.oStart] ?? ''), scale: halfOf.scale, joined: true });
      i += 2;
      continue;
    }
    if (!first || (first.style === 'en-words' && (token.key === 'a' || token.key === 'an' || token.key === 'half'))) continue;
    let value = first.value;
    let end = i + 1;
    let loneScale: number | undefined;
    if (eleven) end = i + 2;
    else if (first.style === 'ar-words') {
      const parted = scaleParts(analysis, i, value);
      const composed = parted ?? composeArabic(tokens, end, token.sentence, value);
      value = composed.value;
      end = composed.end;
      if (parted?.scale) loneScale = parted.scale;
    } else if (first.style === 'en-words') {
      const composed = composeEnglish(tokens, end, token.sentence, value);
      value = composed.value;
      end = composed.end;
    } else if (first.style === 'digits') {
      const grouped = spaceGrouped(analysis, i, value);
      value = grouped.value;
      end = grouped.end;
    }
    // A scale word after the number: 300 ألف, ثلاثة ملايين, 4.5 billion.
    const scaled = withScaleWord(analysis, i, end, value, first.style);
    value = scaled.value;
    end = scaled.end;
    let applied = loneScale ?? scaled.scale ?? signed?.scale ?? suffixScale(token);
    let joined = scaled.joined || loneScale !== undefined;
    // A lone scale word with a smaller scaled part after و («مليون و200 ألف», «ملياراً و200 مليون»):
    // one of the scale (the written «ملياراً» is the accusative, not the dual construct), plus the part.
    const single = end === i + 1 && first.style === 'ar-words' ? SCALE_LONE.get(token.key) : undefined;
    const loneRest = single === undefined ? undefined : scaledRest(analysis, end, single);
    if (single !== undefined && loneRest) {
      value = single + loneRest.value;
      applied = single;
      end = loneRest.end;
      joined = true;
    }
    // A half of the scale after it: «مليون ونصف», «ثلاثة ملايين ونصف», one and a half million.
    const half = halfOfScale(tokens, i, end, first.style, applied);
    if (half) {
      value = half.value(value);
      end = half.end;
      applied = half.scale;
      joined = true;
    }
    // A numerator before its denominator (three quarters, «ثلاثة أرباع») is no number of its own.
    if (tokens[end] && tokens[end]!.sentence === token.sentence && DENOMINATORS.has(tokens[end]!.key)) {
      i = end - 1;
      continue;
    }
    // A fraction of a scale: «ربع مليون» (250,000), «نصف مليار».
    const share = SCALE_SINGLES.has(token.key) && end === i + 1 ? scaleShare(tokens, i) : undefined;
    if (share !== undefined) value *= share;
    const from = share !== undefined ? i - 1 : i;
    out.push({
      value,
      tokenStart: from,
      tokenEnd: end,
      start: share !== undefined ? tokens[i - 1]!.oStart : eleven && /^و/.test(token.key) ? analysis.norm.toOriginal(token.start + 1, token.end).start : (clitic?.start ?? token.oStart),
      end: tokens[end - 1]!.oEnd,
      style: first.style,
      withTaMarbuta: first.style === 'ar-words' && !eleven ? token.key.endsWith('ه') : undefined,
      capitalised: first.style === 'en-words' ? /[A-Z]/.test(analysis.text[token.oStart] ?? '') : undefined,
      scale: applied,
      ...(joined ? { joined } : {}),
    });
    i = end - 1;
  }
  cache.set(analysis, out);
  return out;
}

/**
 * The other reading of a figure whose one dot or comma stands before exactly three digits, as a
 * thousands separator («62.931» in Tunisian or French usage is 62,931; "1,126" is read so already):
 * the integer it gives, or undefined when the figure is not written so.
 */
export function thousandsReading(analysis: Analysis, number: NumberExpression): number | undefined {
  if (number.style !== 'digits' || number.scale !== undefined) return undefined;
  const written = analysis.text.slice(number.start, number.end).replace(/^\D+/, '');
  const match = /^(\d{1,3})(?:[.,٫](\d{3}))+$/.exec(written);
  return match ? Number(written.replace(/[.,٫]/g, '')) : undefined;
}
