/**
 * A fact's date written for a message in either language: "early January 2020", "22 July 2024",
 * «مطلع كانون الثاني/يناير 2020», with the article's relative wording after it when it has one
 * ("September 2024 (“next September”)").
 */
import { ARABIC_PART, ARABIC_RELATIVE, arabicMonth, quoteAr } from './arabic';
import { englishMonth, quoteEn } from './english';
import { WEEKDAY_DISPLAY, WEEKDAYS } from '../lexicon/months';

type WeekdayId = (typeof WEEKDAYS)[number]['id'];

/** A date as a message shows it. */
export interface MessageDate {
  year: number;
  month?: number;
  day?: number;
  part?: 'early' | 'mid' | 'late';
  /** The article's relative wording (سبتمبر/ أيلول المقبل, the day before yesterday), if any. */
  relative?: string;
  /** Where a relative month points, when the article's wording says it. */
  direction?: 'next' | 'last' | 'this';
  /** The inclusive end of a range (from 3 to 5 May: day 5), when the date is one. */
  end?: { year: number; month?: number; day?: number };
}

/** The range's end in the start's terms: its month and year default to the start's. */
function rangeEnd(date: MessageDate): { year: number; month: number; day: number } | undefined {
  const end = date.end;
  if (!end || !date.month || !date.day || end.day === undefined) return undefined;
  return { year: end.year, month: end.month ?? date.month, day: end.day };
}

/** The last month of a range of months without days (July to September 2025), when the date is one. */
function monthRange(date: MessageDate): { year: number; month: number } | undefined {
  const end = date.end;
  if (!end || !date.month || date.day !== undefined || end.day !== undefined || end.month === undefined) return undefined;
  if (end.year === date.year && end.month === date.month) return undefined;
  return { year: end.year, month: end.month };
}

/** The absolute date in English: "22 July 2024", "mid-September 2025", "early 2020", "2003". */
export function englishDate(date: MessageDate): string {
  const end = rangeEnd(date);
  if (end) {
    // "3–5 May 2024", "30 April–2 May 2024", "30 December 2023–2 January 2024".
    if (end.year !== date.year) return `${date.day} ${englishMonth(date.month!)} ${date.year}–${end.day} ${englishMonth(end.month)} ${end.year}`;
    if (end.month !== date.month) return `${date.day} ${englishMonth(date.month!)}–${end.day} ${englishMonth(end.month)} ${date.year}`;
    return `${date.day}–${end.day} ${englishMonth(date.month)} ${date.year}`;
  }
  const months = monthRange(date);
  // "July–September 2025", a quarter or a half of a year.
  if (months) return `${englishMonth(date.month!)}${months.year !== date.year ? ` ${date.year}` : ''}–${englishMonth(months.month)} ${months.year}`;
  const monthYear = date.month ? `${englishMonth(date.month)} ${date.year}` : String(date.year);
  if (date.day && date.month) return `${date.day} ${monthYear}`;
  if (date.part === 'mid') return `mid-${monthYear}`;
  if (date.part) return `${date.part} ${monthYear}`;
  return monthYear;
}

/** The absolute date in Arabic: «22 تموز/يوليو 2024», «مطلع كانون الثاني/يناير 2020», «2003». */
export function arabicDate(date: MessageDate): string {
  const end = rangeEnd(date);
  if (end) {
    // «من 3 إلى 5 أيار/مايو 2024», «من 30 نيسان/أبريل إلى 2 أيار/مايو 2024».
    if (end.year !== date.year) return `من ${date.day} ${arabicMonth(date.month!)} ${date.year} إلى ${end.day} ${arabicMonth(end.month)} ${end.year}`;
    if (end.month !== date.month) return `من ${date.day} ${arabicMonth(date.month!)} إلى ${end.day} ${arabicMonth(end.month)} ${date.year}`;
    return `من ${date.day} إلى ${end.day} ${arabicMonth(date.month)} ${date.year}`;
  }
  const months = monthRange(date);
  // «من تموز/يوليو إلى أيلول/سبتمبر 2025», a quarter or a half of a year.
  if (months) return `من ${arabicMonth(date.month!)}${months.year !== date.year ? ` ${date.year}` : ''} إلى ${arabicMonth(months.month)} ${months.year}`;
  const monthYear = date.month ? `${arabicMonth(date.month)} ${date.year}` : String(date.year);
  if (date.day && date.month) return `${date.day} ${monthYear}`;
  if (date.part) return `${ARABIC_PART[date.part]} ${monthYear}`;
  return monthYear;
}

/** How the article put it, in English, when that differs from the absolute date: “next September”. */
function englishRelative(date: MessageDate): string | undefined {
  if (date.relative && /[A-Za-z]/.test(date.relative) && !/[\u0600-\u06ff]/.test(date.relative)) return quoteEn(date.relative);
  if (!date.direction || !date.month) return undefined;
  // «الخميس الماضي» is last Thursday, not last July.
  const weekday = weekdayNamed(date.relative);
  return quoteEn(`${date.direction} ${weekday ? WEEKDAY_DISPLAY.en[weekday] : englishMonth(date.month)}`);
}

/** The weekday an article's relative wording names («الخميس الماضي» → thu), if any. */
function weekdayNamed(relative: string | undefined): WeekdayId | undefined {
  if (!relative) return undefined;
  const words = relative.split(/[^\p{L}]+/u);
  return WEEKDAYS.find((weekday) => weekday.names.some((name) => words.includes(name)))?.id;
}

/** How the article put it, in Arabic: «سبتمبر/ أيلول المقبل». */
function arabicRelative(date: MessageDate): string | undefined {
  if (date.relative && /[\u0600-\u06ff]/.test(date.relative)) return quoteAr(date.relative);
  if (date.direction && date.month) return quoteAr(`${arabicMonth(date.month)} ${ARABIC_RELATIVE[date.direction]}`);
  return undefined;
}

/** The date with the article's relative wording after it in brackets, in the given language. */
export function datePhrase(date: MessageDate, lang: 'ar' | 'en'): string {
  const absolute = lang === 'ar' ? arabicDate(date) : englishDate(date);
  const relative = lang === 'ar' ? arabicRelative(date) : englishRelative(date);
  return relative ? `${absolute} (${relative})` : absolute;
}
