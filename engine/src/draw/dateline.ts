/**
 * The article's date: `--published`, else the dateline (a full date in the first lines, such as
 * "القاهرة – السبت 24 فبراير/شباط 2024" or "LONDON, Wednesday 15 November 2023").
 */
import { dates } from '../extract/dates';
import type { DrawContext, Ymd } from './context';
import { WEEKDAYS } from './lexicon';
import { key } from './words';

const WEEKDAY_KEYS = new Map(Object.entries(WEEKDAYS).map(([word, day]) => [key(word), day]));

/** The weekday (0 = Sunday) of a date. */
export function weekdayOf(date: Ymd): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** A date moved by `days`. */
export function addDays(date: Ymd, days: number): Ymd {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Sets `ctx.published` from the option or the dateline. */
export function drawDateline(ctx: DrawContext, published?: string): void {
  if (published) {
    const [year, month, day] = published.split('-').map(Number) as [number, number, number];
    const date = { year, month, day };
    if (!Number.isNaN(new Date(Date.UTC(year, month - 1, day)).getTime()) && addDays(date, 0).day === day) {
      ctx.published = date;
      return;
    }
    ctx.warnings.push(`--published ${published} is not a calendar date; it was ignored`);
  }
  const lines = ctx.article.split('\n').slice(0, 4).join('\n').length;
  for (const expression of dates(ctx.analysis)) {
    if (expression.start > lines) break;
    if (!expression.day || !expression.month || !expression.year) continue;
    const date = { year: expression.year.value, month: expression.month.value, day: expression.day.value };
    ctx.published = date;
    ctx.datelineEnd = expression.tokenEnd;
    // A weekday in the dateline that disagrees with the date is worth a warning.
    const before = ctx.tokens[expression.tokenStart - 1];
    const weekday = before ? WEEKDAY_KEYS.get(before.key) : undefined;
    if (weekday !== undefined && weekday !== weekdayOf(date)) ctx.warnings.push(`the dateline's weekday does not match ${date.year}-${date.month}-${date.day}`);
    return;
  }
  ctx.warnings.push('no dateline date found and no --published given: relative dates (yesterday, أمس) are left out');
}
