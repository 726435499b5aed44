/**
 * Finds date expressions in a draft: a month (any series, or a pair such as أيلول/سبتمبر) with an
 * optional day and year, a month made relative (سبتمبر المقبل, next September), a year alone
 * (عام 2003, in 2003), and early/mid/late markers (مطلع كانون الثاني/يناير 2020).
 */
import type { Analysis, Token } from '../analysis';
import { nameKeys, tokenStems } from '../knowledge';
import { ARABIC_DAY_ORDINALS, BYLINE_LABELS, DATE_NAMED_PLACE_HEADS, DATE_NAMED_PLACE_NOUNS, MONTH_NAMES, PART_WORDS, PUBLICATION_OPENERS, PUBLICATION_WORDS, RELATIVE_MONTH } from '../lexicon/months';
import { wordKey } from '../tokenKey';
import { arabicNumberWord, englishNumberWord, parseDigits } from '../lexicon/numbers';
import { joinRanges } from './dateRanges';
import { weekdayAt } from './weekdays';
import { STOPWORDS } from '../lexicon/words';
import type { PartStyle, YearPart } from './yearParts';

/** One part of a date expression with its original range. */
export interface DatePart<T> {
  value: T;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/**
 * A date found in the draft. `dates` makes every expression with all these fields (undefined when
 * absent), so that all of them have one shape and the code reading them is compiled once.
 */
export interface DateExpression {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  year?: DatePart<number>;
  /** The month; `spellings` holds each month name written (a pair like أيلول/سبتمبر has two). */
  month?: DatePart<number> & { spellings: string[] };
  day?: DatePart<number>;
  relative?: DatePart<'next' | 'last' | 'this'>;
  /**
   * A month said from the draft's date (last month, «الشهر المقبل», this month): its offset from
   * the reference month, over the words that say it; `year` and `month` are the month it names.
   * Set only by `relativeMonths` (`extract/relativeMonths.ts`), never by `dates`.
   */
  relativeMonth?: DatePart<-1 | 0 | 1>;
  /**
   * A year said from the draft's date (last year, «العام المقبل», this year): its offset from the
   * reference year, over the words that say it; `year` is the year it names. Set only by
   * `relativeYears` (`extract/relativeMonths.ts`), never by `dates`.
   */
  relativeYear?: DatePart<-1 | 0 | 1>;
  part?: 'early' | 'mid' | 'late';
  /** A month word that is also another word (May, March, مارس), read as the month only by the preposition of time before it. */
  lone?: true;
  /** The word that says early, mid or late, with its range. */
  partWord?: DatePart<'early' | 'mid' | 'late'>;
  /**
   * The last day of a range the draft wrote («من 3 إلى 5 مايو», "May 3-5"): then `day` is its
   * first day. `month` and `year` here only when written again for the end (30 April to 2 May).
   */
  to?: {
    day: DatePart<number>;
    month?: DatePart<number> & { spellings: string[] };
    year?: DatePart<number>;
    /** Whether the two days are a pair joined by "and" or «و» without between (on 21 and 22 October): two days, each of which the event must hold, not its ends. */
    paired?: boolean;
  };
  /**
   * The last year of a range of years (between 2019 and 2021, «بين عامي 2019 و2021», 2019-2021):
   * then `year` is its first. Set only by `yearRanges` (`extract/yearRanges.ts`), never by `dates`.
   */
  toYear?: DatePart<number>;
  /**
   * How a day read by `ordinalDays` (`extract/ordinalDays.ts`) was written: an Arabic or English
   * ordinal word («الخامس», fifth), digits with a suffix (5th) or digits before «من» and a month
   * («في 5 من مارس»); a fix writes the day again in that form. Never set by `dates`.
   */
  ordinalDay?: 'ar' | 'en' | 'suffix' | 'digits';
  /**
   * A quarter or a half of a year (the third quarter, «النصف الأول من العام»), over its ordinal
   * word, with the way the draft wrote it; `year` is the year written after it, if any. Set only
   * by `yearParts` (`extract/yearParts.ts`), never by `dates`.
   */
  yearPart?: DatePart<YearPart> & { style: PartStyle };
  /**
   * Set on a day of "the same month" («في 12 من الشهر نفسه», the 13th of that month), whose month
   * is the date's before it: it is compared by its day alone, since a wrong month there is the
   * earlier date's. Set only by `sameMonthDays` (`extract/sameMonthDays.ts`), never by `dates`.
   */
  inheritsMonth?: true;
}

/**
 * A date expression over the tokens [tokenStart, tokenEnd) with the parts given and every other
 * part present as undefined, so that every expression has one shape and the code reading them is
 * compiled once (see `emptyList.ts`).
 */
export function dateExpression(
  tokens: Analysis['tokens'],
  tokenStart: number,
  tokenEnd: number,
  parts: Pick<DateExpression, 'year' | 'month' | 'relativeMonth' | 'relativeYear'>,
): DateExpression {
  return {
    tokenStart,
    tokenEnd,
    start: tokens[tokenStart]!.oStart,
    end: tokens[tokenEnd - 1]!.oEnd,
    year: parts.year,
    month: parts.month,
    day: undefined,
    relative: undefined,
    relativeMonth: parts.relativeMonth,
    relativeYear: parts.relativeYear,
    part: undefined,
    partWord: undefined,
    to: undefined,
    toYear: undefined,
    ordinalDay: undefined,
    yearPart: undefined,
    inheritsMonth: undefined,
  };
}

const cache = new WeakMap<Analysis, DateExpression[]>();

/** Month spellings as folded token sequences, longest first. */
const MONTH_KEYS: { keys: string[]; month: number; spelling: string }[] = MONTH_NAMES.flatMap((names, index) =>
  names.map((spelling) => ({ keys: nameKeys(spelling), month: index + 1, spelling })),
).sort((a, b) => b.keys.length - a.keys.length);

const RELATIVE = new Map<string, 'next' | 'last' | 'this'>();
for (const [kind, words] of Object.entries(RELATIVE_MONTH)) for (const word of words) RELATIVE.set(nameKeys(word)[0]!, kind as 'next' | 'last' | 'this');
const PARTS = new Map<string, 'early' | 'mid' | 'late'>();
for (const [kind, words] of Object.entries(PART_WORDS)) for (const word of words) PARTS.set(nameKeys(word)[0]!, kind as 'early' | 'mid' | 'late');

/** The part of a period a word names (مطلع, early, late), by its first stem that names one. */
export function partOf(word: Token): 'early' | 'mid' | 'late' | undefined {
  for (const stemmed of tokenStems(word)) {
    const part = PARTS.get(stemmed.stem);
    if (part) return part;
  }
  return undefined;
}

const MONTHS_BY_FIRST = new Map<string, typeof MONTH_KEYS>();
for (const entry of MONTH_KEYS) {
  const list = MONTHS_BY_FIRST.get(entry.keys[0]!) ?? [];
  list.push(entry);
  MONTHS_BY_FIRST.set(entry.keys[0]!, list);
}

/** The month named at token `i` (one spelling, of one or two words), if one. */
export function monthAt(tokens: Token[], i: number): { month: number; length: number; spelling: string } | undefined {
  const first = tokens[i];
  if (!first || (first.script !== 'ar' && first.script !== 'latin')) return undefined;
  for (const { stem } of tokenStems(first)) {
    for (const entry of MONTHS_BY_FIRST.get(stem) ?? []) {
      // Short English abbreviations only when capitalised and followed by a number.
      let ok = true;
      for (let k = 1; k < entry.keys.length; k++) {
        if (tokens[i + k]?.key !== entry.keys[k]) ok = false;
      }
      if (ok) return { month: entry.month, length: entry.keys.length, spelling: entry.spelling };
    }
  }
  return undefined;
}

/** The year a token is (four digits, 1900 to 2100), if it is one. */
export function yearAt(token: Token | undefined): number | undefined {
  if (!token || token.script !== 'digit' || !/^\d{4}$/.test(token.text)) return undefined;
  const year = Number(token.text);
  return year >= 1900 && year <= 2100 ? year : undefined;
}

/** The day of a month a token is (digits, 1 to 31), if it can be one. */
export function dayAt(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  const value = token.script === 'digit' ? parseDigits(token.text) : undefined;
  return value !== undefined && value >= 1 && value <= 31 && Number.isInteger(value) ? value : undefined;
}

const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'اب', 'ماي', 'مارس', 'august']);

const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'in', 'since', 'until', 'by', 'of', 'year']);

/**
 * Prepositions of time before a month (folded): in, by, since, until, from, before, after, during;
 * في, منذ, حتى, بحلول, قبل, بعد, خلال, شهر, and «و» before them.
 */
const TIME_PREPOSITIONS = new Set(['in', 'by', 'since', 'until', 'till', 'from', 'before', 'after', 'during', 'في', 'منذ', 'حتي', 'بحلول', 'قبل', 'بعد', 'خلال', 'شهر']);

/**
 * Whether the lone month word at token `i` that is also another word (May, March, مارس) is read
 * as the month: right after a preposition of time or a part word (early May), in its sentence,
 * and in English written with a capital (Theresa May and they march are not; آب, which folds like
 * أب, a father, never is).
 */
function afterTimePreposition(analysis: Analysis, i: number, part: boolean): boolean {
  const token = analysis.tokens[i]!;
  const before = analysis.tokens[i - 1];
  if (!before || before.sentence !== token.sentence || token.key === 'اب') return false;
  if (token.script === 'latin' && !/^\p{Lu}/u.test(analysis.text.slice(token.oStart, token.oEnd))) return false;
  return part || TIME_PREPOSITIONS.has(before.key) || TIME_PREPOSITIONS.has(before.key.replace(/^و/, ''));
}

const NAMED_BEFORE = new Set(DATE_NAMED_PLACE_NOUNS.map((word) => wordKey(word)));
const NAMED_AFTER = new Set(DATE_NAMED_PLACE_HEADS);
const ORDINAL_KEYS = new Set(ARABIC_DAY_ORDINALS.flat().filter((spelling) => !spelling.includes(' ')).map((spelling) => wordKey(spelling)));

/**
 * Whether a date is a place's name: right after a noun of the places named after dates («مدينة
 * السادس من أكتوبر», «كوبري 6 أكتوبر», «شارع 26 يوليو»), or right before an English head
 * capitalised with it (October 6 Bridge, 6th of October City).
 */
export function namesPlace(analysis: Analysis, expression: DateExpression): boolean {
  const tokens = analysis.tokens;
  const sentence = tokens[expression.tokenStart]!.sentence;
  let k = expression.tokenStart - 1;
  // An Arabic ordinal and «من» before the month: «مدينة السادس من أكتوبر».
  if (tokens[k]?.key === 'من' && tokens[k - 1] && ORDINAL_KEYS.has(tokens[k - 1]!.key)) k -= 2;
  const before = tokens[k];
  if (before && before.sentence === sentence && tokenStems(before).some(({ stem }) => NAMED_BEFORE.has(stem))) return true;
  const after = tokens[expression.tokenEnd];
  if (!after || after.sentence !== sentence || after.script !== 'latin' || !NAMED_AFTER.has(after.key)) return false;
  return /^\p{Lu}/u.test(analysis.text.slice(after.oStart, after.oEnd));
}

/** All date expressions of the draft, in order. */
export function dates(analysis: Analysis): DateExpression[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const tokens = analysis.tokens;
  const out: DateExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const month = monthAt(tokens, i);
    if (month) {
      const expression = dateExpression(tokens, i, i + month.length, {
        month: { value: month.month, start: tokens[i]!.oStart, end: tokens[i + month.length - 1]!.oEnd, tokenStart: i, tokenEnd: i + month.length, spellings: [month.spelling] },
      });
      let j = i + month.length;
      // A second spelling of the same month: أيلول/سبتمبر.
      const second = monthAt(tokens, j);
      if (second && second.month === month.month && tokens[j]!.sentence === tokens[i]!.sentence) {
        expression.month!.spellings.push(second.spelling);
        expression.month!.end = tokens[j + second.length - 1]!.oEnd;
        expression.month!.tokenEnd = j + second.length;
        j += second.length;
      } else if (second && second.month !== month.month && analysis.text.slice(tokens[j - 1]!.oEnd, tokens[j]!.oStart).includes('/')) {
        // A pair that disagrees with itself (أيلول/أكتوبر): report the first; the pair is odd anyway.
        expression.month!.spellings.push(second.spelling);
        expression.month!.end = tokens[j + second.length - 1]!.oEnd;
        expression.month!.tokenEnd = j + second.length;
        j += second.length;
      }
      // English "January 5, 2020" (and "Dec. 15", whose period ends no sentence); a list's next
      // item number after the sentence's end and a line break ("… in October.\n2.") is no day.
      const dayAfter = dayAt(tokens[j]);
      if (dayAfter !== undefined && !yearAt(tokens[j]) && tokens[j]!.script === 'digit' && tokens[j]!.text.length <= 2 && !nextLineItem(analysis, tokens, i, j)) {
        expression.day = { value: dayAfter, start: tokens[j]!.oStart, end: tokens[j]!.oEnd, tokenStart: j, tokenEnd: j + 1 };
        j++;
      }
      const year = yearAt(tokens[j]);
      if (year !== undefined && tokens[j]!.sentence === tokens[i]!.sentence) {
        expression.year = { value: year, start: tokens[j]!.oStart, end: tokens[j]!.oEnd, tokenStart: j, tokenEnd: j + 1 };
        j++;
      } else {
        const relative = tokens[j] ? RELATIVE.get(tokens[j]!.key) : undefined;
        if (relative && tokens[j]!.sentence === tokens[i]!.sentence) {
          expression.relative = { value: relative, start: tokens[j]!.oStart, end: tokens[j]!.oEnd, tokenStart: j, tokenEnd: j + 1 };
          j++;
        }
      }
      // "next September".
      const before = tokens[i - 1];
      if (!expression.relative && before && before.sentence === tokens[i]!.sentence && before.script === 'latin') {
        const relative = RELATIVE.get(before.key);
        if (relative) {
          expression.relative = { value: relative, start: before.oStart, end: before.oEnd, tokenStart: i - 1, tokenEnd: i };
          expression.tokenStart = i - 1;
          expression.start = before.oStart;
        }
      }
      // A day before the month: 5 January, الخامس من كانون الثاني.
      const dayBefore = dayAt(tokens[i - 1]);
      if (dayBefore !== undefined && tokens[i - 1]!.text.length <= 2) {
        expression.day = { value: dayBefore, start: tokens[i - 1]!.oStart, end: tokens[i - 1]!.oEnd, tokenStart: i - 1, tokenEnd: i };
        expression.tokenStart = i - 1;
        expression.start = tokens[i - 1]!.oStart;
      }
      // Early, mid, late: مطلع كانون الثاني, early January.
      for (const k of [i - 1, i - 2]) {
        const word = tokens[k];
        if (!word || word.sentence !== tokens[i]!.sentence) continue;
        const part = partOf(word);
        if (part) {
          expression.part = part;
          expression.partWord = { value: part, start: word.oStart, end: word.oEnd, tokenStart: k, tokenEnd: k + 1 };
          break;
        }
      }
      // A lone ambiguous word (may, march, آب, مارس) is only a month with a day, a year or a
      // relative word beside it.
      const ambiguous = !expression.year && !expression.day && !expression.relative && expression.month!.spellings.length === 1 && AMBIGUOUS_MONTHS.has(nameKeys(month.spelling)[0]!);
      if (ambiguous && !afterTimePreposition(analysis, i, expression.part !== undefined)) continue;
      if (ambiguous) expression.lone = true;
      expression.tokenEnd = Math.max(expression.tokenEnd, j);
      expression.end = tokens[expression.tokenEnd - 1]!.oEnd;
      if (!namesPlace(analysis, expression)) out.push(expression);
      i = j - 1;
      continue;
    }
    const year = yearAt(tokens[i]);
    if (year !== undefined) {
      const before = tokens[i - 1];
      const looksLikeYear = (before !== undefined && tokenStems(before).some((s) => YEAR_WORDS.has(s.stem))) || /^(?:19|20)\d\d$/.test(tokens[i]!.text);
      if (!looksLikeYear) continue;
      const expression = dateExpression(tokens, i, i + 1, { year: { value: year, start: tokens[i]!.oStart, end: tokens[i]!.oEnd, tokenStart: i, tokenEnd: i + 1 } });
      // "the end of 2025", "نهاية عام 2025", "أواخر 2025".
      for (let k = i - 1; k >= i - 3 && k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
        const word = tokens[k]!;
        const part = partOf(word);
        if (part) {
          expression.part = part;
          expression.partWord = { value: part, start: word.oStart, end: word.oEnd, tokenStart: k, tokenEnd: k + 1 };
          break;
        }
        if (!['of', 'the', 'عام', 'العام', 'سنه'].includes(word.key)) break;
      }
      out.push(expression);
    }
  }
  const joined = joinRanges(analysis, out);
  cache.set(analysis, joined);
  return joined;
}

/** Whether the token at j opens another sentence on a later line than the token at i (a numbered list's next item). */
function nextLineItem(analysis: Analysis, tokens: Token[], i: number, j: number): boolean {
  return tokens[j]!.sentence !== tokens[i]!.sentence && analysis.text.slice(tokens[j - 1]!.oEnd, tokens[j]!.oStart).includes('\n');
}

/**
 * Whether a date is a wire dateline's, the day of writing before the story's first sentence:
 * after a place (and perhaps a weekday) that opens its line and a comma or dash, and before a
 * dash, perhaps after an agency in brackets ("CAIRO, Feb 24 - Egypt on Friday signed …",
 * "PORT ALDEN, Tuesday 3 March 2026 (Reuters) – …", «الرباط، 10 سبتمبر – …»).
 */
export function wireDateline(analysis: Analysis, date: DateExpression): boolean {
  if (date.to) return false;
  const text = analysis.text;
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  if (date.start - lineStart > 60) return false;
  const before = text.slice(lineStart, date.start);
  // A place opens the line (no bullet, heading or table cell) and a comma or a dash follows it.
  if (!/^\p{L}/u.test(before) || /\d/.test(before) || !/[,،–—-]\s*(?:\p{L}+[,،]?\s*)?$/u.test(before)) return false;
  // At most five words, one of them no weekday ("Thursday, 22 February – the cabinet …" is a timeline's line).
  let words = 0;
  let place = false;
  for (let k = date.tokenStart - 1; k >= 0 && analysis.tokens[k]!.oStart >= lineStart; k--) {
    words++;
    if (!weekdayAt(analysis.tokens, k)) place = true;
  }
  if (words > 5 || !place) return false;
  return /^\s*(?:\([^)\n]{1,25}\)\s*)?[–—-]\s/u.test(text.slice(date.end, date.end + 40));
}

/** Re-exported for the number rule: number words that might be a day. */
export { arabicNumberWord, englishNumberWord };

/** Function words, which a dateline's words before its date never are (but a day noun: «يوم»). */
const NOT_DATELINE_WORDS = new Set(STOPWORDS.filter((word) => word !== wordKey('يوم') && word !== 'day'));

const BYLINE_KEYS = new Set(BYLINE_LABELS.map(wordKey));
const PUBLICATION_KEYS = new Set(PUBLICATION_WORDS.map(wordKey));
const OPENER_KEYS = new Set(PUBLICATION_OPENERS.map(wordKey));

/**
 * Whether the words `from`..`to` before a date are a label's: a publication line's words alone
 * ("Published on", "Last updated", «آخر تحديث», «نُشر في»), or a byline's word and a writer's name
 * ("By Jane Smith", no function word after "by"). A sentence that opens with such a word ("Last
 * month …", «نشرت الوزارة تقريرها …») is none.
 */
function labelledLine(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  const first = tokens[from]!.key;
  if (BYLINE_KEYS.has(first)) {
    for (let k = from + 1; k < to; k++) if (NOT_DATELINE_WORDS.has(tokens[k]!.key)) return false;
    return to - from > 1;
  }
  if (!OPENER_KEYS.has(first)) return false;
  for (let k = from + 1; k < to; k++) if (!PUBLICATION_KEYS.has(tokens[k]!.key)) return false;
  return true;
}

/** A clock time after a dateline's date, with its half of the day or its zone ("10:30 GMT", "4.15pm", «10:30 ص»). */
const CLOCK_AFTER_DATE = /\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.?m\.?|gmt|utc|bst|cet|ص|م))?/iu;

/** What else may follow a dateline's date on its line: punctuation, emphasis or a separator. */
const ONLY_PUNCTUATION = /^[\s.,،:;|–—*_-]*$/u;

/**
 * Whether a full date stands as a dateline, the day the draft was written: a wire dateline, or a
 * date with at most five words before it on its line, none of them a function word (a place, a
 * weekday, a label: «القاهرة – السبت 24 فبراير 2024», "Morning briefing – Thursday 16 November
 * 2023"), or a line that opens with a byline's or a publication's word ("By Jane Smith, 4
 * December 2026", "Published on …", «نُشر في …»), and nothing after it on its line but punctuation,
 * emphasis or a clock time. A date in a sentence ("The new pay scale will take effect on 1 May
 * 2027.", «وقّعت مصر الصفقة يوم الجمعة 23 فبراير 2024 …») is the date of what the sentence tells.
 */
export function standsAsDateline(analysis: Analysis, date: DateExpression): boolean {
  if (wireDateline(analysis, date)) return true;
  const tokens = analysis.tokens;
  const lineStart = analysis.text.lastIndexOf('\n', date.start - 1) + 1;
  let first = date.tokenStart;
  while (first > 0 && tokens[first - 1]!.oStart >= lineStart) first--;
  const labelled = labelledLine(tokens, first, date.tokenStart);
  if (date.tokenStart - first > (labelled ? 8 : 5)) return false;
  for (let k = first; k < date.tokenStart && !labelled; k++) if (NOT_DATELINE_WORDS.has(tokens[k]!.key)) return false;
  const rest = analysis.text.slice(date.end, date.end + 80);
  const lineEnd = rest.indexOf('\n');
  return ONLY_PUNCTUATION.test((lineEnd < 0 ? rest : rest.slice(0, lineEnd)).replace(CLOCK_AFTER_DATE, ' '));
}
