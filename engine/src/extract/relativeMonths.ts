/**
 * Finds months and years said from the draft's date (last month, this month, next month,
 * «الشهر الماضي», «الشهر الجاري», «الشهر المقبل»; last year, this year, next year, «العام
 * الماضي», «هذا العام», «العام المقبل») and gives each the calendar month or year it names,
 * counted from a reference day (the draft's own date, else the article's publication date). "The
 * last month", "the next month" and "the last year" are durations, and "last month's" or "last
 * year's" dates the noun after it: neither is read; nor is "so far this year", a period up to now.
 * A part word before it (early, late, «مطلع», «أواخر», «نهاية») is kept as the date's part of the
 * month or year.
 */
import type { Analysis } from '../analysis';
import { nameKeys, tokenStems } from '../knowledge';
import { RELATIVE_MONTHS, RELATIVE_YEAR_DATES } from '../lexicon/months';
import { COMPARISON_WORDS } from '../lexicon/numbers';
import { wordKey } from '../tokenKey';
import { dateExpression, partOf, type DateExpression } from './dates';

type Table = { keys: string[]; offset: -1 | 0 | 1 }[];

const keyed = (table: readonly { words: string[]; offset: -1 | 0 | 1 }[]): Table => table.map((entry) => ({ keys: entry.words.map((word) => nameKeys(word)[0]!), offset: entry.offset }));
const MONTHS = keyed(RELATIVE_MONTHS);
const YEARS = keyed(RELATIVE_YEAR_DATES);

const monthCache = new WeakMap<Analysis, { reference: number; found: DateExpression[] }>();
const yearCache = new WeakMap<Analysis, { reference: number; found: DateExpression[] }>();

/** Keeps a part word (early, «مطلع», the end of) one or two words before token `i` as the date's part. */
function keepPart(analysis: Analysis, date: DateExpression, i: number): void {
  const tokens = analysis.tokens;
  for (const k of [i - 1, i - 2]) {
    const word = tokens[k];
    if (!word || word.sentence !== tokens[i]!.sentence) continue;
    const part = partOf(word);
    if (part) {
      date.part = part;
      date.partWord = { value: part, start: word.oStart, end: word.oEnd, tokenStart: k, tokenEnd: k + 1 };
      return;
    }
  }
}

/**
 * The relative expressions of `table` in the draft, each made a date by `make` from its offset:
 * not after "the" (a duration) nor before 's (a possessive), nor "this year" after "so far".
 */
function relativeExpressions(analysis: Analysis, table: Table, make: (offset: -1 | 0 | 1, range: { start: number; end: number; tokenStart: number; tokenEnd: number }) => DateExpression): DateExpression[] {
  const tokens = analysis.tokens;
  const firstKeys = new Set(table.map((entry) => entry.keys[0]!));
  const found: DateExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokenStems(tokens[i]!).some((s) => firstKeys.has(s.stem))) continue;
    const sentence = tokens[i]!.sentence;
    const entry = table.find((candidate) => candidate.keys.every((key, k) => tokens[i + k]?.sentence === sentence && tokenStems(tokens[i + k]!).some((s) => s.stem === key)));
    if (!entry) continue;
    const end = i + entry.keys.length;
    const last = tokens[end - 1]!;
    // "over the last month" is a duration; "last month's floods" dates the floods; "so far this year" is a period.
    if (tokens[i - 1]?.key === 'the' || tokens[i - 1]?.key === 'far' || /^['’]s\b/i.test(analysis.text.slice(last.oEnd, last.oEnd + 3))) {
      i = end - 1;
      continue;
    }
    const date = make(entry.offset, { start: tokens[i]!.oStart, end: last.oEnd, tokenStart: i, tokenEnd: end });
    keepPart(analysis, date, i);
    found.push(date);
    i = end - 1;
  }
  return found;
}

/** The relative months of the draft, as dates counted from `reference` (a UTC day number). */
export function relativeMonths(analysis: Analysis, reference: number): DateExpression[] {
  const cached = monthCache.get(analysis);
  if (cached && cached.reference === reference) return cached.found;
  const day = new Date(reference * 86_400_000);
  const base = day.getUTCFullYear() * 12 + day.getUTCMonth();
  const found = relativeExpressions(analysis, MONTHS, (offset, range) => {
    const months = base + offset;
    const year = Math.floor(months / 12);
    return dateExpression(analysis.tokens, range.tokenStart, range.tokenEnd, { year: { value: year, ...range }, month: { value: (months % 12) + 1, ...range, spellings: [] }, relativeMonth: { value: offset, ...range } });
  });
  monthCache.set(analysis, { reference, found });
  return found;
}

const COMPARISON_KEYS = new Set(COMPARISON_WORDS.map((words) => wordKey(words[0]!)).concat(['than', 'بالمقارنة'].map((word) => wordKey(word))));

/** Whether an Arabic word can head a construct: a noun with ta marbuta and without the article (موازنة, not المرحلة or الثانية). */
const constructHead = (word: string) => /ة\p{M}*$/u.test(word) && !/^[وفب]?(?:ال|لل)/u.test(word);

/**
 * Whether the relative year at token `i` is a figure's or a noun's: a figure stands up to four
 * words before it in its clause ("up from $350 million last year", «350 مليون دولار العام
 * الماضي»), a word of comparison up to two words before ("more than last year", «مقارنة بالعام
 * الماضي»), or an Arabic noun in construct with it right before, known by its ta marbuta, which
 * no verb ends with, and by its lack of the article («موازنة العام المقبل», next year's budget).
 */
function figuresYear(analysis: Analysis, i: number): boolean {
  const tokens = analysis.tokens;
  const before = tokens[i - 1];
  if (before && before.sentence === tokens[i]!.sentence && before.script === 'ar' && constructHead(analysis.text.slice(before.oStart, before.oEnd))) return true;
  for (let k = i - 1; k >= 0 && k >= i - 4 && tokens[k]!.clause === tokens[i]!.clause; k--) {
    if (/\d/.test(tokens[k]!.text)) return true;
    if (k >= i - 2 && COMPARISON_KEYS.has(tokens[k]!.key)) return true;
  }
  return false;
}

/**
 * The relative years of the draft, as dates counted from `reference` (a UTC day number); not the
 * year of a figure, which dates what was counted, not an event.
 */
export function relativeYears(analysis: Analysis, reference: number): DateExpression[] {
  const cached = yearCache.get(analysis);
  if (cached && cached.reference === reference) return cached.found;
  const base = new Date(reference * 86_400_000).getUTCFullYear();
  const found = relativeExpressions(analysis, YEARS, (offset, range) =>
    dateExpression(analysis.tokens, range.tokenStart, range.tokenEnd, { year: { value: base + offset, ...range }, relativeYear: { value: offset, ...range } }),
  ).filter((date) => !figuresYear(analysis, date.relativeYear!.tokenStart));
  yearCache.set(analysis, { reference, found });
  return found;
}
