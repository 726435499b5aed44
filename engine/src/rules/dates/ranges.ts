/**
 * Date ranges in `event-date`: an event the article dates over several days (`date.end`), or a
 * draft that gives a range («من 3 إلى 5 مايو», "May 3-5"). Two ranges are compared end by end, and
 * a wrong first or last day or month is a finding that names its end. A single day of the draft
 * inside the article's range is right, one outside it is wrong (with no fix: which day was meant
 * is not known). A range of the draft against a single day of the article is not compared: it
 * usually dates something else that lasted (talks on 9-11 March before the vote on the 13th). A
 * day said as the first or last of the event is compared with that end, and a day after "until"
 * with the last day (or the day after it). Two days joined by "and" (on 27 and 28 October) are two
 * days of the event, each compared as a single day is. A range of years (between 2019 and 2021) is compared
 * year by year with an event the article dates over several years.
 */
import type { DateExpression } from '../../extract/dates';
import type { FactDate } from '../../factBase/schema';

/** A calendar position: days counted from the epoch, months counted from year 0. */
const dayNumber = (year: number, month: number, day: number) => Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
const monthNumber = (year: number, month: number) => year * 12 + month;

/** The parts of a date (or its range's ends) that disagree with its event's. */
export interface RangeMismatch {
  ok: false;
  year?: boolean;
  month?: boolean;
  day?: boolean;
  part?: boolean;
  /** The range's first day, its last day, or its last month is wrong. */
  start?: boolean;
  end?: boolean;
  endMonth?: boolean;
  /** A range of years' first or last year is wrong. */
  startYear?: boolean;
  endYear?: boolean;
  /** A quarter or a half of a year is wrong (`eventDate.ts`). */
  yearPart?: boolean;
}

/**
 * What a single day of the draft says of the event: its first day (starts on), its last day (ends
 * on), or the end of the state after "until" (the last day or the day after it).
 */
export type Boundary = 'start' | 'end' | 'until';

/** The article's last day, month and year of `fact` (its own when it is not a range). */
export function factEnd(fact: FactDate): { year: number; month?: number; day?: number } {
  const end = fact.end;
  if (!end) return { year: fact.year, month: fact.month, day: fact.day };
  return { year: end.year, month: end.month ?? fact.month, day: end.day };
}

/** Whether `compareRange` is the comparison to use: the draft or the article gives a range. */
export function isRange(draft: DateExpression, fact: FactDate): boolean {
  return !!draft.to || !!draft.toYear || !!fact.end;
}

/**
 * Compares a date with an event's when either is a range; undefined when nothing is comparable.
 * A single day said as the first or the last of the event (`boundary`: starts on, «تختتم يوم») is
 * compared with that end of the article's range.
 */
export function compareRange(draft: DateExpression, fact: FactDate, boundary?: Boundary): { ok: true } | RangeMismatch | undefined {
  // A range against a single day is not compared: it dates something that lasted (talks on
  // 9-11 March before the vote of the 13th), seldom the day itself.
  if ((draft.to || draft.toYear) && !fact.end) return undefined;
  const last = factEnd(fact);
  // A range of years: its first and last year against the article's.
  if (draft.toYear && draft.year) {
    const years: RangeMismatch = { ok: false, startYear: draft.year.value !== fact.year, endYear: draft.toYear.value !== last.year };
    return years.startYear || years.endYear ? years : { ok: true };
  }
  const verdict: RangeMismatch = { ok: false };
  let comparable = false;
  const startYear = draft.year?.value ?? fact.year;
  if (draft.year) {
    comparable = true;
    if (draft.year.value < fact.year || draft.year.value > last.year) verdict.year = true;
  }
  if (verdict.year || fact.month === undefined || !draft.month) return done(verdict, comparable);
  comparable = true;
  if (boundary === 'until' && !draft.to) return untilDay(draft, fact, startYear);
  const draftMonth = monthNumber(startYear, draft.month.value);
  const firstMonth = monthNumber(fact.year, fact.month);
  const lastMonth = monthNumber(last.year, last.month ?? fact.month);
  if (draft.to?.paired) return pairedDays(draft, fact, startYear, verdict);
  if (draft.to) {
    const toMonth = monthNumber(draft.to.year?.value ?? startYear, draft.to.month?.value ?? draft.month.value);
    // Range against range: each end against its own.
    if (draftMonth !== firstMonth) verdict.month = true;
    if (draft.to.month && toMonth !== lastMonth) verdict.endMonth = true;
    if (fact.day !== undefined && !verdict.month && draft.day && draft.day.value !== fact.day) verdict.start = true;
    if (last.day !== undefined && !verdict.month && !verdict.endMonth && draft.to.day.value !== last.day) verdict.end = true;
    return done(verdict, comparable);
  }
  // A single date against the article's range: inside it is right.
  if (draftMonth < firstMonth || draftMonth > lastMonth) {
    verdict.month = true;
    return done(verdict, comparable);
  }
  if (draft.day && fact.day !== undefined && last.day !== undefined) {
    const day = dayNumber(startYear, draft.month.value, draft.day.value);
    const first = dayNumber(fact.year, fact.month, fact.day);
    const final = dayNumber(last.year, last.month ?? fact.month, last.day);
    if (day < first || day > final) verdict.day = true;
    else if (boundary === 'start' && day !== first) verdict.start = true;
    else if (boundary === 'end' && day !== final) verdict.end = true;
  }
  return done(verdict, comparable);
}

/**
 * Two days joined by "and" or «و» (on 27 and 28 October) against the article's range: each must
 * lie inside it, as a single day must; a day outside it is a wrong first or last day of the pair.
 */
function pairedDays(draft: DateExpression, fact: FactDate, startYear: number, verdict: RangeMismatch): { ok: true } | RangeMismatch | undefined {
  const last = factEnd(fact);
  if (!draft.day || !draft.month || fact.month === undefined || fact.day === undefined || last.day === undefined) return undefined;
  const first = dayNumber(fact.year, fact.month, fact.day);
  const final = dayNumber(last.year, last.month ?? fact.month, last.day);
  const outside = (day: number) => day < first || day > final;
  if (outside(dayNumber(startYear, draft.month.value, draft.day.value))) verdict.start = true;
  if (outside(dayNumber(startYear, draft.month.value, draft.to!.day.value))) verdict.end = true;
  return done(verdict, true);
}

/**
 * A single day after "until" against the article's range: the end of the state, right when it is
 * the range's last day or the day after it (closed until Friday, for Tuesday to Thursday), else a
 * wrong end.
 */
function untilDay(draft: DateExpression, fact: FactDate, startYear: number): { ok: true } | RangeMismatch | undefined {
  const last = factEnd(fact);
  if (!draft.day || !draft.month || last.day === undefined || fact.month === undefined) return undefined;
  const day = dayNumber(startYear, draft.month.value, draft.day.value);
  const final = dayNumber(last.year, last.month ?? fact.month, last.day);
  return day === final || day === final + 1 ? { ok: true } : { ok: false, end: true };
}

function done(verdict: RangeMismatch, comparable: boolean): { ok: true } | RangeMismatch | undefined {
  if (!comparable) return undefined;
  return verdict.year || verdict.month || verdict.day || verdict.start || verdict.end || verdict.endMonth || verdict.startYear || verdict.endYear ? verdict : { ok: true };
}
