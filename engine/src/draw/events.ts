/**
 * Dated events: every absolute date of the article (day, month, year; a year alone) and every
 * relative day (أمس، أول أمس، اليوم، yesterday, on Wednesday) resolved against the article's date,
 * each an event named by its clause. Triggers are left to the engine's alignment of a draft
 * sentence with the event's evidence sentence.
 */
import { dates, type DateExpression } from '../extract/dates';
import { ordinalDays } from '../extract/ordinalDays';
import { nameKeys } from '../knowledge';
import type { DrawContext, Ymd } from './context';
import { addDays, weekdayOf } from './dateline';
import { PART_OF_DAY, RELATIVE_DAYS, WEEKDAYS, WEEKDAY_CODES } from './lexicon';
import { FUTURE_MARKERS } from '../lexicon/months';
import { RELATIVE_PRONOUNS } from '../lexicon/words';
import { isFutureVerb } from '../text/stem';
import { key } from './words';
import { arabicTriggers, contentWord, englishTriggers, eventLinks, eventName, placeClauseEntries, placeEvent, sentenceParticipants } from './eventLinks';
import { eventSegments, rangeOf, segmentOpening, type Segment } from './eventSegments';
import { clockTimes, type ClockTime } from '../extract/times';
import { sameMonthDays } from './sameMonthDays';
import { relativePeriods } from './relativePeriods';
import { occasionPlaces, pressEvents, withOccasion } from './pressEvents';
import { deferredFrom, deferredTo, tenseBefore, yearOfBareMonth, yearSaidAfter } from '../extract/monthYears';
import { calledFor } from '../extract/calledFor';
import { seriesLasts, type SeriesLast } from '../extract/seriesLasts';

const WEEKDAY_KEYS = new Map(Object.entries(WEEKDAYS).map(([word, day]) => [key(word), day]));
const PARTS = new Map(Object.entries(PART_OF_DAY).map(([word, part]) => [key(word), part]));
const RELATIVE = RELATIVE_DAYS.map((entry) => ({ keys: nameKeys(entry.words), offset: entry.offset })).sort((a, b) => b.keys.length - a.keys.length);

interface FoundDate {
  tokenStart: number;
  tokenEnd: number;
  date: Record<string, unknown>;
  unsure?: string;
}

/** Relative days and bare weekdays, resolved against the article's date. */
function relativeDates(ctx: DrawContext, taken: Uint8Array): FoundDate[] {
  const out: FoundDate[] = [];
  const tokens = ctx.tokens;
  const published = ctx.published;
  if (!published) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || tokens[i]!.quote !== -1) continue;
    let offset: number | undefined;
    let future = false;
    let end = i;
    for (const entry of RELATIVE) {
      if (entry.keys.every((k, j) => (j === 0 ? [tokens[i]!.key, tokens[i]!.key.replace(/^(و|ف|ب)/, '')].includes(k) : tokens[i + j]?.key === k))) {
        offset = entry.offset;
        end = i + entry.keys.length;
        break;
      }
    }
    let weekday = WEEKDAY_KEYS.get(tokens[end]?.key ?? '');
    if (offset === undefined) {
      const range = weekdayRange(ctx, i, published);
      if (range) {
        for (let k = range.tokenStart; k < range.tokenEnd; k++) taken[k] = 1;
        out.push(range);
        i = range.tokenEnd - 1;
        continue;
      }
      weekday = WEEKDAY_KEYS.get(tokens[i]!.key);
      if (weekday === undefined || headline(ctx, i)) continue;
      // A weekday before a day's number is that date's (من الاثنين 20 إلى الجمعة 24 يوليو, Friday 24), not a day counted from the article's.
      if (tokens[i + 1]?.script === 'digit' && tokens[i + 1]!.sentence === tokens[i]!.sentence) continue;
      // A bare weekday is the most recent such day on or before the article's date, unless the
      // clause speaks of the future (would return by Saturday; السبت المقبل): then the next one.
      future = futureWeekday(ctx, i);
      offset = future ? (weekday - weekdayOf(published) + 7) % 7 || 7 : -((weekdayOf(published) - weekday + 7) % 7);
      end = i + 1;
    } else if (weekday !== undefined) end++;
    const day: Ymd = addDays(published, offset);
    const date: Record<string, unknown> = { year: day.year, month: day.month, day: day.day, derived: true, relative: ctx.text(i, end) };
    let unsure: string | undefined = future ? 'a weekday to come, counted forward from the article\'s date' : undefined;
    if (weekday !== undefined) {
      date.weekday = WEEKDAY_CODES[weekday];
      if (weekday !== weekdayOf(day)) unsure = `the weekday does not match ${day.year}-${day.month}-${day.day}, the date derived from the article's date`;
    }
    const part = PARTS.get(tokens[i - 1]?.key ?? '') ?? PARTS.get(tokens[end]?.key ?? '');
    if (part) date.partOfDay = part;
    for (let k = i; k < end; k++) taken[k] = 1;
    out.push({ tokenStart: i, tokenEnd: end, date, unsure });
  }
  return out;
}

/**
 * Whether token `i` stands in the dateline or in a headline: with a dateline, anything before its
 * end (the dateline's sentence goes on into the first paragraph: "KAMLOOPS, Dec 2, 2026 (Reuters) -
 * A wildfire that began on Sunday"); without one, the article's first sentence.
 */
function headline(ctx: DrawContext, i: number): boolean {
  return i < ctx.datelineEnd || (ctx.datelineEnd === 0 && ctx.tokens[i]!.sentence === 0);
}

const WEEKDAY_JOIN = new Set(['to', 'until', 'through', 'الى', 'حتى', 'وحتى'].map(key));
/** Words that open a range of weekdays: from, between, من, بين, and يومي (on the two days: يومي السبت والأحد). */
const WEEKDAY_OPEN = new Set(['from', 'between', 'من', 'بين', 'يومي'].map(key));
const DAY_WORD = key('يوم');

/** The weekday at token `k`, also after يوم (يوم الأربعاء): its number and the token past it. */
function weekdayAt(ctx: DrawContext, k: number): { weekday: number; start: number; end: number } | undefined {
  const tokens = ctx.tokens;
  const withDay = tokens[k]?.key === DAY_WORD || tokens[k]?.key === key('ويوم') ? k + 1 : k;
  const weekday = WEEKDAY_KEYS.get(tokens[withDay]?.key ?? '');
  return weekday === undefined || tokens[withDay]!.sentence !== tokens[k]!.sentence ? undefined : { weekday, start: k, end: withDay + 1 };
}

/**
 * A range of weekdays as one event: "from Wednesday to Friday", "between Monday and Wednesday",
 * «من الثلاثاء إلى الخميس», «من يوم الأربعاء حتى يوم الجمعة». Its first day is counted like a bare
 * weekday (forward when the sentence speaks of the future, when it may be the article's own day:
 * "schools will stay closed from Tuesday to Thursday" in Tuesday's paper starts today), its last
 * day follows the first. A weekday before a day's number is a date's (من الاثنين 20), not read here.
 */
function weekdayRange(ctx: DrawContext, i: number, published: Ymd & { weekday?: number }): FoundDate | undefined {
  const tokens = ctx.tokens;
  const opened = WEEKDAY_OPEN.has(tokens[i]!.key) || (ctx.lang === 'ar' && /^(و)?(من|بين|يومي)$/.test(tokens[i]!.key));
  const first = weekdayAt(ctx, opened ? i + 1 : i);
  if (!first || headline(ctx, i)) return undefined;
  const join = tokens[first.end];
  if (!join || join.sentence !== tokens[i]!.sentence) return undefined;
  // «و» fused to the second weekday (بين الاثنين والأربعاء) joins it after an opener, as "and" does.
  const fused = opened && /^و/.test(join.key) ? WEEKDAY_KEYS.get(join.key.slice(1)) : undefined;
  const and = join.key === 'and' || join.key === key('و');
  if (fused === undefined && !(WEEKDAY_JOIN.has(join.key) || (and && opened))) return undefined;
  const last = fused !== undefined ? { weekday: fused, start: first.end, end: first.end + 1 } : weekdayAt(ctx, first.end + 1);
  // A weekday before a day's number is that date's (من الاثنين 20 إلى الجمعة 24), read by dayRange.
  if (!last || tokens[last.end]?.script === 'digit' || tokens[first.end]?.script === 'digit') return undefined;
  const future = futureWeekday(ctx, first.end - 1) || futureInSentence(ctx, first.end - 1);
  const today = weekdayOf(published);
  let offset = future ? (first.weekday - today + 7) % 7 : -((today - first.weekday + 7) % 7);
  const length = (last.weekday - first.weekday + 7) % 7 || 7;
  // A past range that would end after the article's date is the week before's.
  if (!future && offset + length > 0) offset -= 7;
  const start = addDays(published, offset);
  const end = addDays(published, offset + length);
  const date: Record<string, unknown> = {
    year: start.year,
    month: start.month,
    day: start.day,
    weekday: WEEKDAY_CODES[first.weekday],
    derived: true,
    relative: ctx.text(i, last.end),
    end: { year: end.year, month: end.month, day: end.day },
  };
  return { tokenStart: i, tokenEnd: last.end, date, unsure: future ? 'a range of weekdays to come, counted forward from the article\'s date' : undefined };
}

/** The engine's future markers, folded as tokens are (and as extract/countedDays.ts folds them). */
const FUTURE_MARKER_KEYS = new Set(FUTURE_MARKERS.flatMap((word) => [key(word), nameKeys(word)[0]!]));

/**
 * Whether a folded Arabic word is a verb in the future as narration writes it: the engine's
 * reading (سيلتقي, ستعقد, وسنعمل) less the first person with سأ, which folds to سا as a past verb
 * of the third form does (سافر, ساهم, ساروا). Drawing leaves quotations out, and news copy outside
 * them does not speak in the first person.
 */
function narratedFuture(word: string): boolean {
  return isFutureVerb(word) && !/^[وف]?سا/.test(word);
}

/** Words that put a whole sentence in the future: the engine's future markers and verbs of expecting (expects, forecast, يتوقع). */
const FUTURE_WORDS = new Set([...FUTURE_MARKERS, 'expects', 'expect', 'forecast', 'forecasts', 'predicts', 'plans', 'يتوقع', 'تتوقع', 'ويتوقع', 'وتتوقع', 'يرتقب'].map(key));

/** Whether the sentence of token `i` speaks of the future anywhere before it. */
function futureInSentence(ctx: DrawContext, i: number): boolean {
  const tokens = ctx.tokens;
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (FUTURE_WORDS.has(tokens[k]!.key) || (tokens[k]!.script === 'ar' && narratedFuture(tokens[k]!.key))) return true;
  }
  return false;
}

/**
 * Words of a deadline or a conditional before a weekday (would, by, until, حتى, بحلول): not future
 * markers on their own, but a weekday after them is one to come. The future markers themselves
 * (will, سوف, المقرر, expected, a verb with سـ …) are the engine's, read as futureBefore in extract/countedDays.ts reads them.
 */
const DEADLINE_BEFORE = new Set(['would', 'next', 'by', 'until', 'حتى', 'بحلول'].map(key));
const FUTURE_AFTER = new Set(['المقبل', 'القادم', 'next'].map(key));

/**
 * Whether the weekday at token `i` is one to come: a future word before it in its clause (eight
 * words back, or the nearest cue of tense within ten: «ومن المقرر أن تجتمع … عصر الجمعة»), or
 * المقبل after it, or a postponement's "to" before it (postponed the derby to Sunday, «أجل … إلى
 * السبت») or a call for an action on it (called a strike for Thursday, «دعت إلى إضراب يوم الخميس»), or a deadline word before it unless the nearest cue is a past verb (restored … by 3pm
 * on Wednesday is the last Wednesday).
 */
function futureWeekday(ctx: DrawContext, i: number): boolean {
  const tokens = ctx.tokens;
  if (FUTURE_AFTER.has(tokens[i + 1]?.key ?? '') && tokens[i + 1]!.clause === tokens[i]!.clause) return true;
  // A postponement sends its thing to a day to come, whatever its verb's tense (postponed the derby to Sunday).
  if (deferredTo(ctx.analysis, i) || calledFor(ctx.analysis, i)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 8 && tokens[k]!.clause === tokens[i]!.clause; k--) if (FUTURE_MARKER_KEYS.has(tokens[k]!.key) || (tokens[k]!.script === 'ar' && narratedFuture(tokens[k]!.key))) return true;
  const tense = tenseBefore(ctx.analysis, i);
  if (tense) return tense === 'future';
  for (let k = i - 1; k >= 0 && k >= i - 8 && tokens[k]!.clause === tokens[i]!.clause; k--) if (DEADLINE_BEFORE.has(tokens[k]!.key) && !differenceBy(ctx, k, i)) return true;
  return fartherTense(ctx, i) === 'future';
}

/**
 * For a weekday with no cue of tense in the ten words before it (`tenseBefore`) nor a word of a
 * deadline, the tense of the nearest cue farther back in its clause, up to thirty words: "will
 * hold a long-awaited public vote on the new harbour tram plan and its funding on Thursday" is a
 * Thursday to come. None in a clause with a relative pronoun, whose verb may tell another time
 * than the main verb's («وتظاهر السكان الذين سيفقدون منازلهم … يوم الأحد» is a Sunday past).
 */
function fartherTense(ctx: DrawContext, i: number): ReturnType<typeof tenseBefore> {
  const tokens = ctx.tokens;
  let farther: ReturnType<typeof tenseBefore>;
  for (let from = i - 10; farther === undefined && from > 0 && from >= i - 20 && tokens[from]!.clause === tokens[i]!.clause; from -= 10) farther = tenseBefore(ctx.analysis, from);
  if (farther === undefined) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - 30 && tokens[k]!.clause === tokens[i]!.clause; k--) if (RELATIVE_PRONOUNS.has(tokens[k]!.key)) return undefined;
  return farther;
}

/**
 * Whether "by" at token `k` gives a difference, not a cut-off, for the weekday at token `i`: a
 * figure follows it and the weekday stands more than four words after it (cut the rate by 25 basis
 * points to 4.75% on Tuesday); "by 3pm on Wednesday" stays a cut-off.
 */
function differenceBy(ctx: DrawContext, k: number, i: number): boolean {
  const next = ctx.tokens[k + 1];
  return ctx.tokens[k]!.key === 'by' && i - k > 4 && next !== undefined && (next.script === 'digit' || /^\d/.test(next.key));
}

/** Words of records being kept (since records began in 1950, منذ بدء التسجيلات عام 1950). */
const RECORD_WORDS = new Set(['records', 'record-keeping', 'recordkeeping', 'record', 'measurements', 'السجلات', 'التسجيلات', 'التسجيل', 'الرصد', 'القياسات', 'السجلات'].map(key));
const SINCE = new Set(['since', 'منذ'].map(key));
/** Superlatives and ordinals of a record (the first major wildfire in December; أول إضراب, the worst, the largest). */
const SUPERLATIVES = new Set(['first', 'largest', 'biggest', 'worst', 'most', 'highest', 'lowest', 'strongest', 'deadliest', 'hottest', 'coldest', 'wettest', 'driest', 'earliest', 'latest', 'only', 'أول', 'اول', 'أكبر', 'اكبر', 'أسوأ', 'اسوا', 'أعلى', 'اعلى', 'أدنى', 'ادني', 'أقوى', 'اقوى', 'أشد', 'اشد', 'الأول', 'الاول', 'الأولى', 'الاولى', 'الأكبر', 'الاكبر', 'الأسوأ', 'الاسوا'].map(key));

/**
 * Dates that are not events of the story: the year records began in (since records began in 1950;
 * منذ بدء التسجيلات عام 1950), and a bare month with neither day nor year in a sentence that says
 * something is a record or the first ("the first major wildfire in the region in December"): the
 * month there is the time of year the record is about, not a day something happened.
 */
function notAnEvent(ctx: DrawContext, expression: DateExpression): boolean {
  const tokens = ctx.tokens;
  const start = expression.tokenStart;
  const sentence = tokens[start]!.sentence;
  let record = false;
  for (let k = start - 1; k >= 0 && k >= start - 5 && tokens[k]!.sentence === sentence; k--) {
    if (RECORD_WORDS.has(tokens[k]!.key)) record = true;
    else if (record && SINCE.has(tokens[k]!.key)) return true;
  }
  if (sinceInComparison(ctx, start)) return true;
  if (financialYear(ctx, expression)) return true;
  if (expression.year || expression.day || expression.relative) return false;
  for (let k = start - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (SUPERLATIVES.has(tokens[k]!.key)) return true;
  return false;
}

/**
 * Whether a year alone is one end of a span of two years that follow each other, joined by a dash
 * or a slash (a budget for 2027-28, the 2019/20 season, «ميزانية 2027-2028»): a financial or
 * school year or a season that qualifies a noun, not the date of the sentence's event.
 */
function financialYear(ctx: DrawContext, expression: DateExpression): boolean {
  const year = expression.year;
  if (!year || expression.month || expression.day || expression.tokenEnd - expression.tokenStart !== 1) return false;
  const tokens = ctx.tokens;
  const joined = (left: number, right: number) => /^[-–/]$/.test(ctx.gap(left, right));
  const next = tokens[expression.tokenEnd];
  if (next && joined(expression.tokenStart, expression.tokenEnd) && [String(year.value + 1), String((year.value + 1) % 100).padStart(2, '0')].includes(next.key)) return true;
  const before = tokens[expression.tokenStart - 1];
  return !!before && joined(expression.tokenStart - 1, expression.tokenStart) && before.key === String(year.value - 1);
}

/**
 * Whether a date at token `start` follows since, at most five words back in its clause, in a
 * comparison: a superlative or a first at most ten words before since in the same clause («وهي
 * الأولى منذ حل البرلمان السابق عام 2024», the first since the parliament was dissolved in 2024,
 * the biggest since 2019). The date is the last time of something else, not the sentence's event.
 */
function sinceInComparison(ctx: DrawContext, start: number): boolean {
  const tokens = ctx.tokens;
  const clause = tokens[start]!.clause;
  for (let k = start - 1; k >= 0 && k >= start - 6 && tokens[k]!.clause === clause; k--) {
    if (!SINCE.has(tokens[k]!.key)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 10 && tokens[j]!.clause === clause; j--) if (SUPERLATIVES.has(tokens[j]!.key)) return true;
    return false;
  }
  return false;
}

/** Draws the article's dated events into `ctx.out.events`. */
export function drawEvents(ctx: DrawContext): void {
  const tokens = ctx.tokens;
  const taken = new Uint8Array(tokens.length);
  const found: FoundDate[] = [];
  // Days written as ordinals beside their month (the 3rd of March, «في الثالث من مارس») are read too.
  for (const expression of ordinalDays(ctx.analysis, dates(ctx.analysis))) {
    if (!expression.year && !expression.month) continue;
    // A lone month read through its preposition (in May, by March) dates a draft's claim, but drawing
    // takes an event's date only from a month it cannot mistake: the article's year is a guess for it.
    if (expression.lone) continue;
    if (expression.tokenStart < ctx.datelineEnd) continue;
    if (tokens[expression.tokenStart]!.quote !== -1) continue;
    if (notAnEvent(ctx, expression)) continue;
    const date: Record<string, unknown> = {};
    const range = dayRange(ctx, expression);
    const year = yearOfDate(ctx, expression, range?.tokenEnd ?? expression.tokenEnd);
    if (!year) continue;
    let unsure = year.unsure;
    Object.assign(date, year.date);
    if (expression.month) date.month = expression.month.value;
    if (expression.day) date.day = expression.day.value;
    if (expression.part) date.part = expression.part;
    if (range) {
      date.day = range.start;
      // A range into the next month or year (from 28 February to 3 March; 30 December to 2 January).
      const endMonth = range.endMonth ?? (date.month as number);
      const endYear = range.endYear ?? ((date.year as number) + (endMonth < (date.month as number) ? 1 : 0));
      date.end = { year: endYear, month: endMonth, day: range.end };
      // A postponement from one date to another (postponed the derby from 12 March to 2 April) is dated by its new date alone.
      if (deferredFrom(ctx.analysis, expression.tokenStart)) unsure = postponedTo(date);
    }
    const tokenStart = range?.tokenStart ?? expression.tokenStart;
    const tokenEnd = year.tokenEnd ?? range?.tokenEnd ?? expression.tokenEnd;
    for (let k = tokenStart; k < tokenEnd; k++) taken[k] = 1;
    const before = tokens[tokenStart - 1];
    const weekday = before ? WEEKDAY_KEYS.get(before.key) : undefined;
    // A range's weekdays are its ends' (الاثنين 20 إلى الجمعة 24): none is the whole range's.
    if (weekday !== undefined && date.day && !range) {
      date.weekday = WEEKDAY_CODES[weekday];
      // A year guessed from the article's date is the one its weekday gives (from Sunday 3 January, in
      // an article of December): the weekday fixes it, so the date is no longer a guess. A year that
      // a word gives (last April, «الماضي») stays the word's.
      const weekdayYear = expression.year || expression.relative || year.tokenEnd !== undefined || !ctx.published ? undefined : yearOfWeekday(ctx.published, date.month as number, date.day as number, weekday);
      if (weekdayYear !== undefined) {
        date.year = weekdayYear;
        unsure = undefined;
      }
    }
    found.push({ tokenStart, tokenEnd, date, unsure });
  }
  joinRanges(ctx, found);
  // The dateline itself is not an event.
  for (let k = 0; k < ctx.datelineEnd; k++) taken[k] = 1;
  found.push(...relativeDates(ctx, taken));
  // A relative month or year (last month, «العام المقبل») dates its clause's event by the month or the year.
  found.push(...relativePeriods(ctx, taken));
  found.sort((a, b) => a.tokenStart - b.tokenStart);
  // A day in the month of the date before it («وآخرها في 28 من الشهر نفسه», «في 9 منه»).
  found.push(...sameMonthDays(ctx, found, taken));
  found.sort((a, b) => a.tokenStart - b.tokenStart);
  joinCoordinatedDays(ctx, found);
  found.push(...timedSentences(ctx, found));
  found.sort((a, b) => a.tokenStart - b.tokenStart);
  const segments = eventSegments(ctx, found);
  attachTimes(ctx, found, segments);
  const occasions = pressEvents(ctx, found);
  const lasts = seriesLasts(ctx.analysis);
  let previous: { item: FoundDate; links: ReturnType<typeof eventLinks>; name: string } | undefined;
  for (const [index, item] of found.entries()) {
    const sentence = ctx.sentenceEvidence(item.tokenStart);
    const segment = segments[index]!;
    // A date of a sentence with several dated verbs is named by its own part of the sentence.
    const named = segment.split ? ctx.tokenEvidence(segmentOpening(ctx, segment), clauseEnd(ctx, item.tokenEnd, segment.end)).text : sentence.text;
    const words = named.split(/\s+/).slice(0, 10).join(' ');
    // A day coordinated with the date before it (stayed closed on Wednesday and Thursday) is another
    // day of the same event: it shares that date's triggers, participants, place and name.
    const paired = previous && coordinatedDay(ctx, previous.item, item) ? previous : undefined;
    const links = paired?.links ?? withSeriesTriggers(ctx, lasts, item.tokenStart, eventLinks(ctx, item.tokenStart, item.tokenEnd, segment));
    const name = paired?.name ?? eventName(ctx, links.triggers, upToDate(ctx, segment.split ? segmentOpening(ctx, segment) : ctx.tokens.findIndex((token) => token.sentence === ctx.tokens[item.tokenStart]!.sentence), item.tokenStart) || words);
    previous = { item, links, name };
    const fact: Record<string, unknown> = {
      id: ctx.id(eventId(item.date as { year: number; month?: number; day?: number })),
      // A trigger of three words names the event better than the sentence's opening (الضربة الجوية الأمريكية).
      names: { [ctx.lang]: [name] },
      ...(links.triggers.length > 0 ? { triggers: triggersOf(ctx.lang, links.triggers) } : {}),
      // A day beside "told reporters" or «في مؤتمر صحفي» is the statement's: its occasion names it too.
      ...(occasions.has(index) ? { triggers: withOccasion(links.triggers.length > 0 ? triggersOf(ctx.lang, links.triggers) : undefined) } : {}),
      date: item.date,
      ...(links.place ? { place: links.place } : {}),
      ...(links.participants.length > 0 ? { participants: links.participants } : {}),
      evidence: [sentence],
    };
    if (item.unsure) fact.review = { unsure: true, reason: item.unsure };
    ctx.out.events.push(fact as never);
  }
  drawPlaceEvents(ctx, found.map((item) => tokens[item.tokenStart]!.sentence));
}

/**
 * Two days that follow each other coordinated in one clause (stayed closed on Wednesday and
 * Thursday, on 3 and 4 March read as two dates) are one event of two days, with `date.end`, as
 * an Arabic pair of days is (يومي الخميس والجمعة) and as a fact base writes it: a draft's day
 * joined by "and" to its first day is then compared with its last. `found` is sorted by token.
 */
function joinCoordinatedDays(ctx: DrawContext, found: FoundDate[]): void {
  const dayOf = (date: Record<string, unknown>) => Date.UTC(date.year as number, (date.month as number) - 1, date.day as number) / 86_400_000;
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (a.date.end || b.date.end || a.date.day === undefined || b.date.day === undefined || a.date.month === undefined || b.date.month === undefined) continue;
    if (dayOf(b.date) !== dayOf(a.date) + 1 || !coordinatedDay(ctx, a, b)) continue;
    a.date.end = { year: b.date.year, month: b.date.month, day: b.date.day };
    a.tokenEnd = b.tokenEnd;
    a.unsure ??= b.unsure;
    found.splice(i + 1, 1);
  }
}

/**
 * Whether the date `item` is a day coordinated with the date `before` in one clause of an English
 * sentence ("on Wednesday and Thursday", "on Monday and on Tuesday", "on 3 and 4 March" read as two
 * dates): only "and" or "or", and "on", stand between them. Arabic pairs of days are read as one
 * range (يومي الأربعاء والخميس).
 */
function coordinatedDay(ctx: DrawContext, before: FoundDate, item: FoundDate): boolean {
  const tokens = ctx.tokens;
  if (ctx.lang !== 'en' || before.tokenEnd >= item.tokenStart || tokens[before.tokenStart]!.clause !== tokens[item.tokenStart]!.clause) return false;
  const between = tokens.slice(before.tokenEnd, item.tokenStart).map((token) => token.key);
  return (between[0] === 'and' || between[0] === 'or') && between.slice(1).every((word) => word === 'on') && between.length <= 2;
}

/**
 * The clock time of each dated event: a time that says its half of the day (11pm, 23:00, الساعة
 * الرابعة فجراً) in the date's part of its sentence ("made landfall at about 11pm on Monday"),
 * the one nearest the date when there are several. A twelve-hour figure alone (at four) is left
 * out: the drawing does not guess its half of the day.
 */
function attachTimes(ctx: DrawContext, found: readonly FoundDate[], segments: readonly Segment[]): void {
  const times = clockTimes(ctx.analysis).filter((time) => time.clock24 && !time.zoned && ctx.tokens[time.tokenStart]!.quote === -1);
  for (const [index, item] of found.entries()) {
    const segment = segments[index]!;
    const sentence = ctx.tokens[item.tokenStart]!.sentence;
    const distance = (time: ClockTime) => (time.tokenStart >= item.tokenEnd ? time.tokenStart - item.tokenEnd : item.tokenStart - time.tokenEnd);
    const near = times
      .filter((time) => time.tokenStart >= segment.start && time.tokenEnd <= segment.end && ctx.tokens[time.tokenStart]!.sentence === sentence)
      // A range's end (end) has no single time; a time inside the date's own tokens is the date's.
      .filter(() => !item.date.end)
      .sort((a, b) => distance(a) - distance(b))[0];
    if (near) item.date.time = `${String(near.hour).padStart(2, '0')}:${String(near.minute ?? 0).padStart(2, '0')}`;
  }
}

/**
 * A sentence that gives a clock time and no date ("A gust of 243 km/h was recorded on Hamilton
 * Island at 10.40pm.") is an event of its own with that time, in the month of the sentence before
 * it, marked unsure: its day is not written (it is often not the day the sentence before gives).
 * Without a dated sentence just before, the time is left out.
 */
function timedSentences(ctx: DrawContext, found: readonly FoundDate[]): FoundDate[] {
  const tokens = ctx.tokens;
  const out: FoundDate[] = [];
  const dated = new Set(found.map((item) => tokens[item.tokenStart]!.sentence));
  for (const time of clockTimes(ctx.analysis)) {
    const sentence = tokens[time.tokenStart]!.sentence;
    if (!time.clock24 || time.zoned || tokens[time.tokenStart]!.quote !== -1 || dated.has(sentence) || time.tokenStart < ctx.datelineEnd) continue;
    const before = found.filter((item) => item.tokenStart < time.tokenStart && !item.date.end && item.date.day !== undefined).at(-1);
    if (!before || sentence - tokens[before.tokenStart]!.sentence > 1) continue;
    // Only the month: the day is often another one (a quake late on Friday told after Saturday's toll).
    const { year, month } = before.date;
    out.push({ tokenStart: time.tokenStart, tokenEnd: time.tokenEnd, date: { year, month, derived: true }, unsure: 'a time with no day in its sentence; the month is the sentence before\'s' });
    dated.add(sentence);
  }
  return out;
}

/**
 * Undated events at a place (المفاوضات في واشنطن), one per place and sentence that no dated event
 * already places; a place an occasion phrase was held at (في مؤتمر صحفي بعمّان) is one with the
 * occasion's words as its triggers. A place whose clause names again a dated event of the sentence before (the
 * signing took place in York) is that event's place instead. `sentences` holds the sentence of each
 * dated event, in the order of `ctx.out.events`.
 */
function drawPlaceEvents(ctx: DrawContext, sentences: readonly number[]): void {
  const placed = new Set(ctx.out.events.filter((event) => event.place).map((event) => `${String(event.place)}|${event.evidence[0]!.start}`));
  const occasions = occasionPlaces(ctx);
  for (const [k, place] of [...ctx.placeAt.entries()].sort((a, b) => a[0] - b[0])) {
    if (ctx.placeAt.get(k - 1) === place || k < ctx.datelineEnd) continue;
    const sentence = ctx.sentenceEvidence(k);
    if (placed.has(`${place}|${sentence.start}`)) continue;
    const earlier = earlierEvent(ctx, k, place, sentences);
    if (earlier) {
      earlier.place = place;
      placed.add(`${place}|${sentence.start}`);
      continue;
    }
    // A place an occasion was held at («في مؤتمر صحفي بعمّان») names the occasion's event.
    const links = placeEvent(ctx, k) ?? (occasions.has(k) ? { triggers: [], participants: sentenceParticipants(ctx, k) } : undefined);
    if (!links) continue;
    placed.add(`${place}|${sentence.start}`);
    ctx.out.events.push({
      id: ctx.id(`event-${place}`),
      names: { [ctx.lang]: [sentence.text.split(/\s+/).slice(0, 10).join(' ')] },
      triggers: links.triggers.length > 0 ? triggersOf(ctx.lang, links.triggers) : withOccasion(undefined),
      place,
      ...(links.participants.length > 0 ? { participants: links.participants } : {}),
      evidence: [sentence],
      review: { unsure: true, reason: 'an undated event drawn from the words before its place; check its triggers' },
    } as never);
  }
}

/**
 * The dated event that a sentence with no date of its own gives the place of by naming it again
 * ("… signed a deal on 2 March. The signing took place in York."; «… وجرت مراسم التوقيع في
 * الرباط»): the article's only dated event whose triggers share an entry of the table of news
 * words with the place's clause, in one of the two sentences before. Undefined when there is none,
 * when the article dates two such events (a judgment in London after two rulings), or when the
 * event already has a place.
 */
function earlierEvent(ctx: DrawContext, k: number, place: string, sentences: readonly number[]): { place?: unknown } | undefined {
  const sentence = ctx.tokens[k]!.sentence;
  if (sentences.includes(sentence)) return undefined;
  const entries = placeClauseEntries(ctx, k, place);
  if (entries.size === 0) return undefined;
  const events = (ctx.out.events as unknown as { place?: unknown; triggers?: Record<string, string[]> }[]).slice(0, sentences.length);
  const matching = events.flatMap((event, i) => (Object.values(event.triggers ?? {}).flat().some((word) => entries.has(word.toLowerCase())) ? [i] : []));
  if (matching.length !== 1) return undefined;
  const event = events[matching[0]!]!;
  const distance = sentence - sentences[matching[0]!]!;
  return distance >= 1 && distance <= 2 && !event.place ? event : undefined;
}

/** The parts a date gives, as a word (year, year-month, year-month-day). */
const precision = (date: Record<string, unknown>) => ['year', 'month', 'day'].filter((part) => date[part] !== undefined).join('-');
/** A date's position in time, for ordering two dates of the same precision. */
const position = (date: Record<string, unknown>) => (date.year as number) * 400 + ((date.month as number | undefined) ?? 0) * 32 + ((date.day as number | undefined) ?? 0);

/**
 * Two dates the date reader left apart that are the ends of one range ("between 1990 and 2025",
 * «من عام 2016 إلى عام 2020», from March 2020 to June 2021) become one event with an end: each
 * given as fully as the other, the second later than the first. `found` is sorted by token.
 */
function joinRanges(ctx: DrawContext, found: FoundDate[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (a.date.end || b.date.end || precision(a.date) !== precision(b.date) || position(b.date) <= position(a.date) || !rangeOf(ctx, a, b)) continue;
    a.date.end = Object.fromEntries(['year', 'month', 'day'].filter((part) => b.date[part] !== undefined).map((part) => [part, b.date[part]]));
    a.tokenEnd = b.tokenEnd;
    a.unsure ??= b.unsure;
    if (deferredFrom(ctx.analysis, a.tokenStart)) a.unsure = postponedTo(a.date);
    found.splice(i + 1, 1);
  }
}

/**
 * Dates a postponement by its new date, the end of the pair `date` was read as (from 12 March to 2
 * April): the old date is no day of the event, and a draft that gives it as the new one is wrong.
 * The reason a reviewer reads, naming the old date left out.
 */
function postponedTo(date: Record<string, unknown>): string {
  const end = date.end as Record<string, number>;
  const old = `${date.year as number}-${date.month as number}-${date.day as number}`;
  for (const part of ['year', 'month', 'day']) date[part] = end[part] ?? date[part];
  delete date.end;
  return `the new date of a postponement; the old date, ${old}, is left out`;
}

/**
 * The year of a date of the article, as the date's fields to set, with the reason it is a guess and,
 * when words after the date give it, the token after them; `end` is the token after the date (or its
 * range). A year written stands; a month called last or next («أبريل الماضي», next September) and a
 * month with a relative year after it (in October last year, «في أكتوبر من العام الماضي») take it
 * from the article's date; any other month the next or last such month by the tense before it.
 * Undefined without the article's date.
 */
function yearOfDate(ctx: DrawContext, expression: DateExpression, end: number): { date: Record<string, unknown>; unsure?: string; tokenEnd?: number } | undefined {
  if (expression.year) return { date: { year: expression.year.value } };
  if (!ctx.published) return undefined;
  // The date reader takes the "last" of "October last year" for the month's own (October last).
  const relativeAfter = expression.month && expression.relative && expression.relative.tokenStart >= expression.month.tokenEnd;
  const said = expression.month ? yearSaidAfter(ctx.analysis, relativeAfter ? expression.relative!.tokenStart : end, ctx.published) : undefined;
  if (said) return { date: { year: said.year, derived: true }, tokenEnd: said.tokenEnd };
  if (expression.month && expression.relative) {
    const year = relativeYear(ctx.published, expression.month.value, expression.relative.value);
    return { date: { year, relative: ctx.text(expression.tokenStart, expression.tokenEnd), derived: true } };
  }
  const bare = yearOfBareMonth(ctx.analysis, expression.tokenStart, expression.month?.value ?? ctx.published.month, ctx.published, expression.day?.value);
  return { date: { year: bare.year, derived: true }, unsure: bare.reason };
}

/** The year of a month the article calls last, next or this (أبريل الماضي in July 2026 is April 2026). */
function relativeYear(published: Ymd, month: number, relative: 'next' | 'last' | 'this'): number {
  if (relative === 'last') return month < published.month ? published.year : published.year - 1;
  if (relative === 'next') return month > published.month ? published.year : published.year + 1;
  return published.year;
}

/**
 * The year, of the article's year and the years just before and after it, in which a day of a
 * month falls on a weekday; undefined when none does (the article's weekday is wrong). Within three
 * years a day of a month falls on a given weekday at most once.
 */
function yearOfWeekday(published: Ymd, month: number, day: number, weekday: number): number | undefined {
  return [published.year, published.year + 1, published.year - 1].find((year) => weekdayOf({ year, month, day }) === weekday);
}

const RANGE_JOIN = new Set(['to', 'until', 'through', 'and', 'الى', 'حتى', 'وحتى'].map(key));
const RANGE_OPEN = new Set(['from', 'between', 'من', 'بين', 'يومي'].map(key));
const dayNumber = (text: string | undefined) => (text !== undefined && /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 31 ? Number(text) : undefined);

/**
 * A range of days in one month around a date expression: «من الاثنين 20 إلى الجمعة 24 يوليو»,
 * from 3 to 5 March, 3-5 March, «يومي 16 و17 سبتمبر», September 16-18. The first day, the last
 * day and the tokens the whole range covers; undefined for anything else.
 */
function dayRange(ctx: DrawContext, expression: DateExpression): { start: number; end: number; endMonth?: number; endYear?: number; tokenStart: number; tokenEnd: number } | undefined {
  const tokens = ctx.tokens;
  const month = expression.month;
  if (!month) return undefined;
  const weekdayAt = (k: number) => WEEKDAY_KEYS.has(tokens[k]?.key ?? '');
  const dash = (left: number, right: number) => /^\s*[-–]\s*$/.test(ctx.gap(left, right));
  const day = expression.day;
  // A range the date reader joined itself (3-5 March, from 3 to 5 March, between 3 and 5 March, September 16-18).
  if (expression.to) {
    // The last day may be in a later month or year (from 28 February to 3 March, 30 December 2025
    // to 2 January 2026); one that would come before the first is no range.
    if (!day) return undefined;
    const endMonth = expression.to.month?.value ?? month.value;
    const endYear = expression.to.year?.value ?? (expression.year?.value ?? 0) + (endMonth < month.value ? 1 : 0);
    const startYear = expression.year?.value ?? 0;
    if (endYear * 400 + endMonth * 32 + expression.to.day.value <= startYear * 400 + month.value * 32 + day.value) return undefined;
    const opened = RANGE_OPEN.has(tokens[expression.tokenStart - 1]?.key ?? '');
    const later = endMonth !== month.value || endYear !== startYear;
    return { start: day.value, end: expression.to.day.value, ...(later ? { endMonth, ...(expression.to.year ? { endYear } : {}) } : {}), tokenStart: opened ? expression.tokenStart - 1 : expression.tokenStart, tokenEnd: expression.tokenEnd };
  }
  if (day && day.tokenStart === expression.tokenStart) {
    // The first day before the date: [from] [weekday] N to [weekday] M month; N-M month.
    let k = expression.tokenStart - 1;
    if (weekdayAt(k)) k--;
    let joined = RANGE_JOIN.has(tokens[k]?.key ?? '');
    if (joined) k--;
    else joined = dash(k, k + 1);
    if (weekdayAt(k) && RANGE_JOIN.has(tokens[k + 1]?.key ?? '')) k--;
    const first = dayNumber(tokens[k]?.key);
    if (!joined || first === undefined || first >= day.value || tokens[k]!.sentence !== tokens[expression.tokenStart]!.sentence) return undefined;
    let start = k;
    if (weekdayAt(start - 1)) start--;
    // "and" joins a range only after "between" (between 3 and 5 March); to, إلى and a dash need no opener.
    const opened = RANGE_OPEN.has(tokens[start - 1]?.key ?? '');
    if ((tokens[k + 1]?.key === 'and' || tokens[k + 1]?.key === key('و')) && !opened) return undefined;
    return { start: first, end: day.value, tokenStart: opened ? start - 1 : start, tokenEnd: expression.tokenEnd };
  }
  if (!day) {
    // «16 و17 سبتمبر»: the second day carries و and stands right before the month.
    const second = /^و(\d{1,2})$/.exec(tokens[month.tokenStart - 1]?.key ?? '');
    const first = dayNumber(tokens[month.tokenStart - 2]?.key);
    if (!second || first === undefined || first >= Number(second[1])) return undefined;
    return { start: first, end: Number(second[1]), tokenStart: month.tokenStart - 2, tokenEnd: expression.tokenEnd };
  }
  // September 16-18: the last day after a dash.
  const last = dayNumber(tokens[expression.tokenEnd]?.key);
  if (last === undefined || last <= day.value || !dash(expression.tokenEnd - 1, expression.tokenEnd)) return undefined;
  return { start: day.value, end: last, tokenStart: expression.tokenStart, tokenEnd: expression.tokenEnd + 1 };
}

/** The text from token `from` to just before the date at `dateStart` (the whole clause when the date opens it). */
function upToDate(ctx: DrawContext, from: number, dateStart: number): string {
  // A date that opens its sentence (أمس الجمعة، …): the words after it name the event.
  if (dateStart - from < 2) return ctx.text(from, Math.min(ctx.tokens.length, from + 10));
  // The article's dateline and headline before the first sentence are not the event's name.
  return ctx.text(Math.max(from, ctx.datelineEnd), dateStart);
}

/** The end of the clause of the token before `end`, at most `limit`. */
function clauseEnd(ctx: DrawContext, end: number, limit: number): number {
  let k = end;
  while (k < limit && ctx.tokens[k]!.clause === ctx.tokens[end - 1]!.clause) k++;
  return k;
}

/** The id of a drawn event: its date, as far as the article gives it. */
/**
 * An event's links with the triggers of the last of a series told with its noun left out ("the
 * first turbine … on 28 August, and the last on 2 November", `extract/seriesLasts.ts`) when its
 * date stands right after "the last on" («وآخرها في»): the last and the final of the noun after
 * "first" (last turbine, final turbine; «آخر رحلة»), so that a draft naming the last one, or
 * leaving its noun out too, dates it.
 */
function withSeriesTriggers(ctx: DrawContext, lasts: readonly SeriesLast[], tokenStart: number, links: ReturnType<typeof eventLinks>): ReturnType<typeof eventLinks> {
  const last = lasts.find((one) => one.token + 2 === tokenStart);
  const noun = last?.nouns.find((k) => contentWord(ctx, k));
  if (noun === undefined) return links;
  const word = ctx.word(noun).replace(/[\u064b-\u065f\u0640]/g, '');
  const series = ctx.lang === 'en' ? [`last ${word.toLowerCase()}`, `final ${word.toLowerCase()}`] : [`آخر ${word}`];
  return { ...links, triggers: [...series, ...links.triggers.filter((trigger) => !series.includes(trigger))] };
}

function eventId(date: { year: number; month?: number; day?: number }): string {
  return ['event', date.year, date.month, date.day].filter((part) => part !== undefined).join('-');
}

/**
 * An event's triggers: the article's words, and their forms in the other language from the table
 * of news verbs (an Arabic article's غزت → invaded, an English article's announced → أعلنت), so
 * that a draft in the other language ties its date and place to the event.
 */
function triggersOf(lang: 'ar' | 'en', words: string[]): Record<string, string[]> {
  if (lang === 'ar') {
    const english = englishTriggers(words);
    return english.length > 0 ? { ar: words, en: english } : { ar: words };
  }
  const arabic = arabicTriggers(words);
  return arabic.length > 0 ? { en: words, ar: arabic } : { en: words };
}
