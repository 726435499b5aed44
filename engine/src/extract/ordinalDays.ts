/**
 * Days of the month written as ordinals, read for the `event-date` rule and the drawer's events: an ordinal beside a
 * month name ("the 5th of March", "5th March", "March 5th, 2027", "the fifth of March", «في
 * الخامس من مارس», «يوم الحادي عشر من يونيو 2026», and digits with «من»: «في 5 من مارس») or
 * beside a month said from the draft's date ("the 5th of this month", «في الخامس من الشهر
 * الجاري»). An ordinal is a day only there: without a month it ranks a thing (the fifth berth,
 * «المرة الثالثة»); an Arabic one must follow a preposition or noun of time (في, يوم, بتاريخ,
 * ليلة), not a noun it qualifies («الأسبوع الأول من مارس») nor a weekday, after which it counts
 * the weekdays of the month («الأربعاء الأول من مارس»), and an English word must follow "the". The date reader (`dates.ts`), which every other rule shares, is left
 * as it is: these dates are copies with the day added, put in place of the expressions they hold.
 */
import type { Analysis, Token } from '../analysis';
import { nameKeys, tokenStems } from '../knowledge';
import { ARABIC_DAY_ORDINALS, ARABIC_DAY_ORDINAL_BEFORE, ENGLISH_DAY_ORDINALS } from '../lexicon/months';
import { wordKey } from '../tokenKey';
import { dateExpression, dayAt, monthAt, namesPlace, yearAt, type DateExpression, type DatePart } from './dates';

export type Form = NonNullable<DateExpression['ordinalDay']>;

/** Ordinal days by their folded token keys, one or two words (الحادي عشر → 11, sixth → 6). */
const ORDINAL_WORDS = new Map<string, { day: number; form: Form }>();
ARABIC_DAY_ORDINALS.forEach((spellings, index) => {
  for (const spelling of spellings) ORDINAL_WORDS.set(nameKeys(spelling).join(' '), { day: index + 1, form: 'ar' });
});
ENGLISH_DAY_ORDINALS.forEach((word, index) => ORDINAL_WORDS.set(nameKeys(word).join(' '), { day: index + 1, form: 'en' }));

const BEFORE_ARABIC = new Set(ARABIC_DAY_ORDINAL_BEFORE.map((word) => wordKey(word)));
const OF = new Set(['of', 'من'].map((word) => wordKey(word)));

/** A day part over tokens [start, end). */
function dayPart(tokens: Token[], value: number, start: number, end: number): DatePart<number> {
  return { value, start: tokens[start]!.oStart, end: tokens[end - 1]!.oEnd, tokenStart: start, tokenEnd: end };
}

/** The day a token is when written as digits with an English suffix (5th, 21st), if one. */
function suffixDay(token: Token | undefined): number | undefined {
  const match = token?.script === 'latin' ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(token.key) : null;
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? day : undefined;
}

/**
 * Whether an Arabic day at token `start` follows a preposition or noun of time. Not a weekday:
 * after one an ordinal counts the weekdays of the month («الأربعاء الأول من مارس», the first
 * Wednesday of March; «الخميس الثالث من نوفمبر»).
 */
function arabicDayLead(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[start]!.sentence) return false;
  return tokenStems(before).some(({ stem }) => BEFORE_ARABIC.has(stem));
}

/**
 * The day that ends at token `end - 1`, right before «من» or "of" and a month: an ordinal word of
 * one or two tokens (after "the" in English, after a word of time in Arabic), digits with a suffix
 * (the 5th of March), or digits after an Arabic word of time («في 5 من مارس»).
 */
export function dayBeforeOf(tokens: Token[], end: number): { day: DatePart<number>; form: Form } | undefined {
  const last = tokens[end - 1];
  if (!last) return undefined;
  const suffix = suffixDay(last);
  if (suffix !== undefined) return { day: dayPart(tokens, suffix, end - 1, end), form: 'suffix' };
  const digits = last.script === 'digit' && last.text.length <= 2 ? dayAt(last) : undefined;
  if (digits !== undefined) return arabicDayLead(tokens, end - 1) ? { day: dayPart(tokens, digits, end - 1, end), form: 'digits' } : undefined;
  const previous = tokens[end - 2];
  const two = previous && previous.sentence === last.sentence ? ORDINAL_WORDS.get(`${previous.key} ${last.key}`) : undefined;
  const found = two ?? ORDINAL_WORDS.get(last.key);
  if (!found) return undefined;
  const start = two ? end - 2 : end - 1;
  const lead = found.form === 'en' ? tokens[start - 1]?.key === 'the' && tokens[start - 1]!.sentence === last.sentence : arabicDayLead(tokens, start);
  return lead ? { day: dayPart(tokens, found.day, start, end), form: found.form } : undefined;
}

/** The ordinal day beside the month or relative month over tokens [first, end): before it, or (an English month) after it. */
function dayBeside(tokens: Token[], first: number, end: number, english: boolean): { day: DatePart<number>; form: Form; after: boolean } | undefined {
  const before = tokens[first - 1];
  if (before && before.sentence === tokens[first]!.sentence) {
    if (OF.has(before.key)) {
      const found = dayBeforeOf(tokens, first - 1);
      if (found && tokens[found.day.tokenStart]!.sentence === before.sentence) return { ...found, after: false };
    }
    // "5th March", without "of".
    const suffix = english ? suffixDay(before) : undefined;
    if (suffix !== undefined) return { day: dayPart(tokens, suffix, first - 1, first), form: 'suffix', after: false };
  }
  // "March 5th".
  const next = tokens[end];
  const suffix = english && next?.sentence === tokens[first]!.sentence ? suffixDay(next) : undefined;
  return suffix !== undefined ? { day: dayPart(tokens, suffix, end, end + 1), form: 'suffix', after: true } : undefined;
}

/** The month over tokens [first, end) with its expression of the date reader's (by its month's first token), or a new one. */
function monthExpression(tokens: Token[], byMonth: Map<number, DateExpression>, first: number, end: number, spelling: string, month: number): DateExpression {
  const known = byMonth.get(first);
  if (known) return { ...known };
  const part = { value: month, start: tokens[first]!.oStart, end: tokens[end - 1]!.oEnd, tokenStart: first, tokenEnd: end, spellings: [spelling] };
  return dateExpression(tokens, first, end, { month: part });
}

/** The date with its ordinal day, stretched over the day and a year that follows a day after the month ("March 5th, 2027"). */
export function withDay(tokens: Token[], date: DateExpression, found: { day: DatePart<number>; form: Form; after: boolean }): DateExpression {
  const out: DateExpression = { ...date, day: found.day, ordinalDay: found.form };
  out.tokenStart = Math.min(out.tokenStart, found.day.tokenStart);
  out.start = tokens[out.tokenStart]!.oStart;
  out.tokenEnd = Math.max(out.tokenEnd, found.day.tokenEnd);
  if (found.after && !out.year) {
    const year = tokens[found.day.tokenEnd];
    const value = yearAt(year);
    if (value !== undefined && year!.sentence === tokens[found.day.tokenStart]!.sentence) {
      out.year = { value, start: year!.oStart, end: year!.oEnd, tokenStart: found.day.tokenEnd, tokenEnd: found.day.tokenEnd + 1 };
      out.tokenEnd = found.day.tokenEnd + 1;
    }
  }
  out.end = tokens[out.tokenEnd - 1]!.oEnd;
  return out;
}

/**
 * The draft's dates (`list`: the date reader's, with relative months) with each ordinal day read
 * into its month: a copy with the day takes the place of every expression it overlaps (the month
 * alone, or a year the day stood between: "March 5th, 2027"). The list itself is not changed.
 */
export function ordinalDays(analysis: Analysis, list: readonly DateExpression[]): DateExpression[] {
  const tokens = analysis.tokens;
  const found: DateExpression[] = [];
  const relatives = new Map<number, DateExpression>();
  const byMonth = new Map<number, DateExpression>();
  for (const date of list) {
    if (date.relativeMonth) relatives.set(date.tokenStart, date);
    else if (date.month) byMonth.set(date.month.tokenStart, date);
  }
  for (let i = 0; i < tokens.length; i++) {
    const relative = relatives.get(i);
    const month = relative ? undefined : monthAt(tokens, i);
    if (!relative && !month) continue;
    const end = relative ? relative.tokenEnd : i + month!.length;
    const day = dayBeside(tokens, i, end, !relative && tokens[i]!.script === 'latin');
    if (!day || (relative && day.after)) continue;
    const base = relative ? { ...relative } : monthExpression(tokens, byMonth, i, end, month!.spelling, month!.month);
    if (base.day || base.to) continue;
    const dated = withDay(tokens, base, day);
    // A place named after the date (6th of October City) is no date.
    if (!namesPlace(analysis, dated)) found.push(dated);
    i = end - 1;
  }
  if (found.length === 0) return [...list];
  const covered = new Uint8Array(tokens.length);
  for (const date of found) covered.fill(1, date.tokenStart, date.tokenEnd);
  const overlapped = (date: DateExpression) => covered.subarray(date.tokenStart, date.tokenEnd).includes(1);
  return [...list.filter((date) => !overlapped(date)), ...found].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** Day `day` written in the form a draft wrote its ordinal day: 3rd, third, «الثالث», or digits. */
export function ordinalDayText(day: number, form: DateExpression['ordinalDay']): string {
  if (form === 'ar') return ARABIC_DAY_ORDINALS[day - 1]?.[0] ?? String(day);
  if (form === 'en') return ENGLISH_DAY_ORDINALS[day - 1] ?? String(day);
  if (form === 'suffix') return `${day}${day % 100 >= 11 && day % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th')}`;
  return String(day);
}
