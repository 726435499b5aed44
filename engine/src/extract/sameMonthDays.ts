/**
 * Days of "the same month", read for the `event-date` rule: a day whose month is that of the date
 * written before it, in its sentence or the one before ("began on 5 October and ended on the 13th
 * of the same month", "the 13th of that month", «في 12 من الشهر نفسه», «في الحادي عشر من الشهر
 * ذاته», «في 12 منه»). The day is read as `ordinalDays` reads one beside a month (digits after an
 * Arabic word of time, an ordinal, digits with a suffix); the date gets the earlier date's month
 * and no year of its own; it is compared by its day alone (`inheritsMonth`), so a wrong month,
 * which is the earlier date's, is not flagged twice. Without an earlier date with a month the
 * words name none, and a date after the day is not its month ("on the 11th of that month, after
 * the strike began on 5 October").
 */
import type { Analysis, Token } from '../analysis';
import { SAME_MONTH, SAME_MONTH_ONE_WORD } from '../lexicon/months';
import { wordKey } from '../tokenKey';
import { dateExpression, type DateExpression } from './dates';
import { dayBeforeOf, withDay } from './ordinalDays';

/**
 * Whether a date's month is the earlier date's (read here, `inheritsMonth` set): it is compared by
 * its day alone, since a wrong month there is the earlier date's error, flagged on that date.
 */
export function inheritsMonth(date: DateExpression): boolean {
  return date.inheritsMonth === true;
}

const PHRASES = SAME_MONTH.map((words) => words.map((word) => wordKey(word)));
const ONE_WORD = new Set(SAME_MONTH_ONE_WORD.map((word) => wordKey(word)));
const OF = new Set(['of', 'من'].map((word) => wordKey(word)));

/** The length of the phrase of the same month at token `i`, with whether "of" or «من» is part of the day's words (0 when none). */
function phraseAt(tokens: Token[], i: number): { length: number; of: boolean } {
  if (ONE_WORD.has(tokens[i]!.key)) return { length: 1, of: false };
  for (const phrase of PHRASES) {
    if (phrase.every((key, k) => tokens[i + k]?.key === key && tokens[i + k]!.sentence === tokens[i]!.sentence)) return { length: phrase.length, of: true };
  }
  return { length: 0, of: false };
}

/** The month the date before token `dayStart` names (its range's end month when it has one), in its sentence or the one before. */
function earlierMonth(tokens: Token[], dates: readonly DateExpression[], dayStart: number): NonNullable<DateExpression['month']> | undefined {
  const sentence = tokens[dayStart]!.sentence;
  let best: DateExpression | undefined;
  for (const date of dates) {
    if (date.tokenEnd > dayStart || !date.month || tokens[date.tokenStart]!.sentence < sentence - 1) continue;
    if (!best || date.tokenEnd > best.tokenEnd) best = date;
  }
  return best ? (best.to?.month ?? best.month) : undefined;
}

/**
 * The draft's dates (`list`) with the days of "the same month" added, each with the month of the
 * date before it. The list itself is not changed.
 */
export function sameMonthDays(analysis: Analysis, list: readonly DateExpression[]): DateExpression[] {
  const tokens = analysis.tokens;
  const found: DateExpression[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i);
    if (phrase.length === 0) continue;
    const before = tokens[i - 1]!;
    if (before.sentence !== tokens[i]!.sentence || (phrase.of && !OF.has(before.key))) continue;
    const day = dayBeforeOf(tokens, phrase.of ? i - 1 : i);
    if (!day || tokens[day.day.tokenStart]!.sentence !== tokens[i]!.sentence) continue;
    const month = earlierMonth(tokens, [...list, ...found], day.day.tokenStart);
    if (!month) continue;
    const end = i + phrase.length;
    const words = { value: month.value, start: tokens[i]!.oStart, end: tokens[end - 1]!.oEnd, tokenStart: i, tokenEnd: end, spellings: month.spellings };
    const date: DateExpression = { ...withDay(tokens, dateExpression(tokens, i, end, { month: words }), { ...day, after: false }), inheritsMonth: true };
    found.push(date);
    i = end - 1;
  }
  if (found.length === 0) return [...list];
  return [...list, ...found].sort((a, b) => a.tokenStart - b.tokenStart);
}
