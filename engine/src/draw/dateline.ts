/**
 * The article's date: `--published`, else a `published:` (or `date:`) line of the article's front
 * matter, else the dateline (a full date in the first lines, such as
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

/** The `published:` or `date:` (YYYY-MM-DD) of a YAML front matter at the article's start. */
export function frontMatterPublished(article: string): string | undefined {
  const match = /^\ufeff?---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(article);
  if (!match) return undefined;
  const lines = match[1]!.split('\n');
  const found = new Map<string, string>();
  for (const line of lines) {
    const value = /^(published|date):\s*["']?(\d{4}-\d{2}-\d{2})/.exec(line);
    if (value && !found.has(value[1]!)) found.set(value[1]!, value[2]!);
  }
  // A `published:` key wins over a `date:` key, wherever each stands.
  return found.get('published') ?? found.get('date');
}

/** A YYYY-MM-DD text as a calendar date, or undefined. */
function calendarDate(text: string): Ymd | undefined {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = { year, month, day };
  return !Number.isNaN(new Date(Date.UTC(year, month - 1, day)).getTime()) && addDays(date, 0).day === day ? date : undefined;
}

/** Sets `ctx.published` from the option, the front matter or the dateline. */
export function drawDateline(ctx: DrawContext, published?: string): void {
  for (const given of [published, frontMatterPublished(ctx.article)]) {
    if (!given) continue;
    const date = calendarDate(given);
    if (date) {
      ctx.published = date;
      return;
    }
    ctx.warnings.push({ code: 'published-not-a-date', published: given });
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
    if (weekday !== undefined && weekday !== weekdayOf(date)) ctx.warnings.push({ code: 'dateline-weekday-mismatch', date: `${date.year}-${date.month}-${date.day}` });
    return;
  }
  ctx.warnings.push({ code: 'no-publication-date' });
}
