/**
 * Relative months and years (last month, next year, this year, «الشهر الماضي», «العام المقبل»,
 * «هذا العام»), resolved against the article's date into a month or a year, for `events.ts`: the
 * event of their clause is dated by them, as by a relative day. A past period that belongs to the
 * earlier value of a comparison (compared with £4 million last year, «مقارنة بـ4 ملايين العام
 * الماضي», the same period last year) or that an ongoing state starts from (since last year) dates
 * no event of its clause.
 */
import type { DrawContext } from './context';
import { key } from './words';

/** A relative period found, in the shape `events.ts` gives its dates. */
export interface PeriodDate {
  tokenStart: number;
  tokenEnd: number;
  date: Record<string, unknown>;
}

const PERIOD = new Map<string, 'year' | 'month'>([...['year', 'العام', 'عام', 'السنه', 'سنه'].map((w) => [key(w), 'year'] as const), ...['month', 'الشهر', 'شهر'].map((w) => [key(w), 'month'] as const)]);
/** Words after an Arabic period (العام الماضي) and before an English one (last year), with the offset they give. */
const AR_AFTER = new Map<string, number>([
  ...['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'السابق', 'السابقه'].map((w) => [key(w), -1] as const),
  ...['المقبل', 'المقبله', 'القادم', 'القادمه'].map((w) => [key(w), 1] as const),
  ...['الحالي', 'الحاليه', 'الجاري', 'الجاريه'].map((w) => [key(w), 0] as const),
]);
const EN_BEFORE = new Map<string, number>([
  [key('last'), -1],
  [key('next'), 1],
  [key('this'), 0],
]);
/** «هذا العام», «هذه السنة»: the current period, the demonstrative before it. */
const AR_THIS = new Set(['هذا', 'هذه'].map(key));

/**
 * Words before a past period that make it the earlier value's of a comparison or a state's start:
 * compared with, from, than, against, since, period (the same period last year), «مقارنة»,
 * «مقابل», «منذ», «الفترة».
 */
const NOT_THE_EVENT = new Set(['compared', 'from', 'than', 'against', 'since', 'period', 'earlier', 'مقارنه', 'بالمقارنه', 'مقابل', 'منذ', 'الفتره', 'بالفتره', 'الفترة'].map(key));

/** The relative period at token `i`: its offset, whether it is a month or a year, and the token past it. */
function periodAt(ctx: DrawContext, i: number): { offset: number; unit: 'year' | 'month'; end: number } | undefined {
  const tokens = ctx.tokens;
  const here = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.sentence !== here.sentence) return undefined;
  if (ctx.lang === 'en') {
    const offset = EN_BEFORE.get(here.key);
    const unit = PERIOD.get(next.key);
    return offset !== undefined && unit ? { offset, unit, end: i + 2 } : undefined;
  }
  const bare = here.key.replace(/^[وفبل](?=ال)/, '');
  const unit = PERIOD.get(bare);
  if (unit && bare.startsWith('ال') && AR_AFTER.has(next.key)) return { offset: AR_AFTER.get(next.key)!, unit, end: i + 2 };
  const after = PERIOD.get(next.key);
  if (AR_THIS.has(here.key.replace(/^و/, '')) && after && next.key.startsWith('ال')) return { offset: 0, unit: after, end: i + 2 };
  return undefined;
}

/** Whether a word of a comparison or of a state's start stands before token `i` in its clause, at most eight words back. */
function notTheEvent(ctx: DrawContext, i: number): boolean {
  const tokens = ctx.tokens;
  for (let k = i - 1; k >= 0 && i - k <= 8 && tokens[k]!.clause === tokens[i]!.clause; k--) {
    const word = tokens[k]!.key;
    if (NOT_THE_EVENT.has(word) || NOT_THE_EVENT.has(word.replace(/^[وب]/, '')) || /^(?:ب|و)?مقارنه/.test(word)) return true;
  }
  return false;
}

/** The article's relative months and years outside quotations, the dateline and the tokens `taken`, resolved against its date. */
export function relativePeriods(ctx: DrawContext, taken: Uint8Array): PeriodDate[] {
  const published = ctx.published;
  const out: PeriodDate[] = [];
  if (!published) return out;
  const tokens = ctx.tokens;
  for (let i = ctx.datelineEnd; i < tokens.length - 1; i++) {
    if (taken[i] || taken[i + 1] || tokens[i]!.quote !== -1) continue;
    const period = periodAt(ctx, i);
    if (!period || notTheEvent(ctx, i)) continue;
    const date: Record<string, unknown> = { year: published.year + (period.unit === 'year' ? period.offset : 0), derived: true, relative: ctx.text(i, period.end) };
    if (period.unit === 'month') {
      const month = published.month + period.offset;
      date.year = published.year + (month < 1 ? -1 : month > 12 ? 1 : 0);
      date.month = ((month + 11) % 12) + 1;
    }
    for (let k = i; k < period.end; k++) taken[k] = 1;
    out.push({ tokenStart: i, tokenEnd: period.end, date });
    i = period.end - 1;
  }
  return out;
}
