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

/**
 * Sets `ctx.published`. The dateline is the article's own date and the anchor its relative days
 * ("on Monday", أمس) were written from, so it wins over a front-matter `published:` line (often
 * the time a web page was posted, a day later); an explicit `--published` wins over both, since the
 * user asked for it. Either one that disagrees with the dateline gets a warning naming both dates.
 */
export function drawDateline(ctx: DrawContext, published?: string): void {
  const given: [string | undefined, 'option' | 'front-matter'][] = [
    [published, 'option'],
    [frontMatterPublished(ctx.article), 'front-matter'],
  ];
  const found = readDateline(ctx);
  // A dateline without its year (KATHMANDU, Nov 18 (Reuters) -) takes the year of a date given beside it.
  const anchor = given.map(([text]) => (text ? calendarDate(text) : undefined)).find(Boolean);
  const dateline = found && 'year' in found ? found : found && anchor ? nearestYear(found, anchor) : undefined;
  for (const [text, source] of given) {
    if (!text) continue;
    const date = calendarDate(text);
    if (!date) {
      ctx.warnings.push({ code: 'published-not-a-date', published: text });
      continue;
    }
    if (dateline && ymdText(dateline) !== ymdText(date)) ctx.warnings.push({ code: 'published-disagrees-with-dateline', published: ymdText(date), dateline: ymdText(dateline), source });
    // The dateline wins over the front matter, not over the option.
    if (source === 'front-matter' && dateline) break;
    ctx.published = date;
    return;
  }
  if (dateline) ctx.published = dateline;
  else if (found) ctx.warnings.push({ code: 'dateline-without-year', date: `${String(found.month).padStart(2, '0')}-${String(found.day).padStart(2, '0')}` });
  else ctx.warnings.push({ code: 'no-publication-date' });
}

/** A date as YYYY-MM-DD. */
export function ymdText(date: Ymd): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** A month and day as the date of the year that brings it nearest to `anchor` (Dec 31 beside 1 January is the year before). */
function nearestYear(date: { month: number; day: number }, anchor: Ymd): Ymd {
  const options = [anchor.year - 1, anchor.year, anchor.year + 1].map((year) => ({ year, month: date.month, day: date.day }));
  const distance = (d: Ymd) => Math.abs(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(anchor.year, anchor.month - 1, anchor.day));
  return options.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/**
 * The dateline's date (a full date in the first lines), marking the tokens it ends at; undefined
 * without one. A day and month without a year (KATHMANDU, Nov 18 (Reuters) -, as Reuters writes
 * them) is a dateline when an agency or a dash follows it: its month and day are returned, for
 * the year of a date given with the article.
 */
function readDateline(ctx: DrawContext): Ymd | { month: number; day: number } | undefined {
  // The first four lines after a front matter, if any.
  const frontMatter = /^\ufeff?---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(ctx.article)?.[0].length ?? 0;
  const lines = frontMatter + ctx.article.slice(frontMatter).split('\n').slice(0, 4).join('\n').length;
  for (const expression of dates(ctx.analysis)) {
    if (expression.start > lines) break;
    if (!expression.day || !expression.month) continue;
    // A dateline opens its line: at most a place and an agency before the date (BRISBANE, Tuesday;
    // القاهرة –), not a sentence's words («وعقد المؤتمر في بغداد صباح 3 آذار»).
    if (expression.to || !opensDateline(ctx, expression.tokenStart, expression.tokenEnd)) continue;
    if (!expression.year) {
      const end = agencyEnd(ctx, expression.tokenEnd);
      if (end === expression.tokenEnd && !/^\s*[-–—]/.test(ctx.article.slice(ctx.tokens[expression.tokenEnd - 1]!.oEnd))) continue;
      ctx.datelineEnd = end;
      return { month: expression.month.value, day: expression.day.value };
    }
    const date = { year: expression.year.value, month: expression.month.value, day: expression.day.value };
    ctx.datelineEnd = agencyEnd(ctx, expression.tokenEnd);
    // A weekday in the dateline that disagrees with the date is worth a warning.
    const before = ctx.tokens[expression.tokenStart - 1];
    const weekday = before ? WEEKDAY_KEYS.get(before.key) : undefined;
    if (weekday !== undefined && weekday !== weekdayOf(date)) ctx.warnings.push({ code: 'dateline-weekday-mismatch', date: `${date.year}-${date.month}-${date.day}` });
    return date;
  }
  return undefined;
}

/**
 * Whether the words before a date at tokens `start`..`end` on its line are a dateline's: at most
 * three (BRISBANE, Tuesday; «الرباط، الاثنين»), or at most six when a comma sets a town off from
 * its country or region and a dash (maybe after an agency) follows the date, as wire copy writes
 * a town of two words and its country ("CAPE TOWN, South Africa, Sunday 13 December 2026 -",
 * «دار السلام، تنزانيا، الأحد 13 ديسمبر 2026 -»). A sentence's words before a date
 * («وعقد المؤتمر في بغداد صباح 3 آذار») are neither.
 */
function opensDateline(ctx: DrawContext, start: number, end: number): boolean {
  const count = wordsBefore(ctx, start);
  if (count <= 3) return true;
  if (count > 6) return false;
  const lineStart = ctx.article.lastIndexOf('\n', ctx.tokens[start]!.oStart - 1) + 1;
  const comma = /[,،]/.test(ctx.article.slice(lineStart, ctx.tokens[start]!.oStart));
  return comma && /^[ \t]*(\([^()\n]{1,40}\)[ \t]*)?[-–—]/.test(ctx.article.slice(ctx.tokens[end - 1]!.oEnd));
}

/** The words before token `index` on its line, a weekday right before it not counted. */
function wordsBefore(ctx: DrawContext, index: number): number {
  const lineStart = ctx.article.lastIndexOf('\n', ctx.tokens[index]!.oStart - 1) + 1;
  let count = 0;
  for (let k = index - 1; k >= 0 && ctx.tokens[k]!.oStart >= lineStart; k--) if (!(k === index - 1 && WEEKDAY_KEYS.has(ctx.tokens[k]!.key))) count++;
  return count;
}

/**
 * The token past the agency and dash that follow a dateline's date ("Dec 2, 2026 (Reuters) -",
 * «2 ديسمبر 2026 (وكالات)»): they belong to the dateline, not to the first sentence's event.
 */
function agencyEnd(ctx: DrawContext, end: number): number {
  const after = ctx.tokens[end - 1]!.oEnd;
  // Read with a loop: blanks, a bracketed agency of at most 40 characters, blanks, a dash, blanks.
  const text = ctx.article;
  const blanks = (at: number) => {
    while (at < text.length && /[ \t\u00a0]/.test(text[at]!)) at++;
    return at;
  };
  let stop = blanks(after);
  if (text[stop] === '(') {
    const close = text.indexOf(')', stop);
    if (close > stop && close - stop <= 41 && !/[(\n]/.test(text.slice(stop + 1, close))) stop = blanks(close + 1);
  }
  if ('-–—:'.includes(text[stop] ?? 'x')) stop = blanks(stop + 1);
  let k = end;
  while (k < ctx.tokens.length && ctx.tokens[k]!.oEnd <= stop) k++;
  return k;
}
