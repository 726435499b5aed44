/**
 * Rule `event-date`: a dated event of the fact base given the wrong year, month or day, or the
 * wrong relative month ("October next" for "September next"). A date is tied to the event whose
 * trigger word is nearest in the same clause (before it, else shortly after it); a one-word trigger
 * (ضربة, talks) counts only when the sentence also names a participant or the place of the event.
 * Any event mentioned near the date that agrees with it clears it; when several candidates all
 * disagree, the one nearest in time is reported. Months
 * are read in the Levantine, Egyptian, Maghrebi and English series, digits in either script, and
 * a derived absolute date (September 2024 for "next September") agrees with its relative form.
 * A weekday written before a date ("on Friday, March 23") puts the date in the weekday's clause;
 * an English trigger in another inflection (overturns for overturned) names its event only in a
 * sentence that restates the event's own; a date that another event of the restated article
 * sentence has is that event's. Weekdays (also of an event the article gives a weekday without a date), relative days
 * and relative weeks (last week, الأسبوع الماضي; this week only from the draft's own date), and days
 * counted from the draft's own date (two days ago, a week ago, «قبل يومين», «منذ أسبوع», «بعد يومين»
 * after a future verb; tied only by the event's word just before them) are
 * checked in `dates/weekdays.ts`, the part of the day given with the event's weekday (صباح الخميس,
 * Sunday evening) against its `partOfDay` in `dates/partOfDay.ts`, clock times (الساعة الرابعة فجراً, 4am, 23:11)
 * against the event's `time` in `dates/times.ts`. A range (from 3 to 5 May, «بين 3 و5 مايو», May 3-5)
 * against an event the article dates over several days (`date.end`) is compared end by end, and a
 * single day with the range, in `dates/ranges.ts`. A weekday written with its own date («الخميس 15
 * أبريل», "Thursday, 13 February 2026") is read against the calendar in `dates/weekdayOfDate.ts`,
 * with the date's year, else the draft's own date's or the article's: the weekday is wrong when
 * the event's date is the draft's, the day number when the event's day nearby has the weekday. A
 * day right after a speech verb (said on Wednesday) is the statement's, not the reported event's;
 * it is compared with the statement the article dates with its own speech verb in the sentence
 * the draft restates, when the draft reports that sentence's claim (three of its words or figures).
 * A date in a clause of the future (will, would, سوف, سـ) is not the date of an event the article
 * gives before the draft's date ("after the signing … work would start in early 2025"). A wire
 * dateline's date ("CAIRO, Feb 24 - Egypt on Friday signed …") is the day of writing; the cut-off
 * of a state ("as of 24 July", a negated «حتى») and a statement's date («قال … في 23 تموز إن»)
 * are no event's, nor a year after since in a comparison ("for the first time since 2019",
 * «الأقوى منذ عام 2021») (`dates/cutOffs.ts`). A short trigger is backed by a sentence that restates the
 * event's own evidence, and a trigger written in another word of its meaning (unveiled for
 * announced, `lexicon/concepts.ts`) names its event in such a sentence; a date wrong in both its
 * year and its month, more than two months from the event's, is another occasion's. A date with its day and no event word, in a sentence that strongly restates the article sentence that
 * dates one event, is that event's (`dates/restatedDate.ts`), and so is a day slipped in a pair of days
 * an article sentence gives in the same order, in a draft of the other language than the article (`dates/pairedDates.ts`),
 * and a single date of such a draft's sentence (a day and its month, a month and its year, a range of days) one part
 * away from the date of the event whose article sentence it shares the most concepts with, or a
 * year alone a few years from an event dated by its year that the sentence names by a word of its
 * meaning, and after a word of a plan only an event still to come (`dates/crossDate.ts`); a wire dateline's day is no date of
 * the article's lead sentence. A date in an opening clause of its own («وفي عام 2025، …») dates
 * the clause after it, and a day after until (حتى) against an event of several days is its end.
 * A range of years (between 2019 and 2021, «بين عامي 2019 و2021», 2019-2021; `extract/yearRanges.ts`)
 * is compared year by year with an event the article dates over several years, not with one of a
 * single year; a date inside another event's range does not clear a sentence that restates its own event's.
 * A list written with commas (claims from Afghans, Syrians and Yemenis in 2019) does not cut a
 * date from its event's word. A month said from the draft's date (last month, «الشهر الماضي», this
 * month, next month; `extract/relativeMonths.ts`) is a date counted from the draft's own date, else
 * the article's, fixed with the relative month that names the event's; one right after a speech
 * verb (told councillors last month) is the statement's. So is a year said from the draft's date
 * (last year, this year, next year, «العام الماضي», «هذا العام», «العام المقبل»), fixed with the
 * relative year that names the event's; not one of a figure ("up from $350 million last year",
 * «مقارنة بالعام الماضي»). A day may be an ordinal beside its month
 * or a relative month (the 5th of March, March 5th, the fifth of March, «في الخامس من مارس», «في
 * الخامس من الشهر الجاري»; `extract/ordinalDays.ts`), tied by its event's word only and fixed in
 * the same form; an ordinal without a month ranks a thing and is no day. A quarter or a half of a
 * year (the third quarter, «النصف الأول من العام»; `extract/yearParts.ts`) is compared with an
 * event the fact base dates to a quarter or a half, by the part its words name, else its months.
 */
import type { Rule } from './rule';
import { dates, standsAsDateline, wireDateline, type DateExpression } from '../extract/dates';
import { hitsAround, supportedEvents, triggerHitsWithConcepts, type TriggerHit } from '../events';
import { DATE_LEAD_WORDS, RANGE_END_WORDS, RANGE_OPEN_WORDS, RANGE_START_WORDS, RELATIVE_MONTH, SPAN_END, SPAN_START, UNTIL_WORDS } from '../lexicon/months';
import { wordKey } from '../tokenKey';
import { fold } from '../text/normalise';
import { tokenLang, type Analysis } from '../analysis';
import { MONTH_DISPLAY, RELATIVE_MONTH_DISPLAY, RELATIVE_YEAR_DISPLAY, monthSeries } from '../lexicon/months';
import { tokenStems, type Entity, type KnowledgeIndex } from '../knowledge';
import type { Draft } from '../findingBuilder';
import type { Event } from '../factBase/schema';
import { wrongDate, type DatePart, type MessageDate } from '../messages';
import { restatedWith, restatesEvidence, type ArticleSentence } from '../align';
import { checkDays, publishedDay } from './dates/weekdays';
import { afterSpeechVerb } from './dates/cutOffs';
import { relativeMonths, relativeYears } from '../extract/relativeMonths';
import { checkWeekdaysOfDates } from './dates/weekdayOfDate';
import { checkTimes } from './dates/times';
import { monthSpanEnds } from './dates/monthSpans';
import { weekdayAt } from '../extract/weekdays';
import { futureBefore } from '../extract/countedDays';
import { closesState, comparisonSince, statementDate } from './dates/cutOffs';
import { compareRange, factEnd, isRange, type Boundary, type RangeMismatch } from './dates/ranges';
import { restatedDatedEvents } from './dates/restatedDate';
import { pairedDatedEvents } from './dates/pairedDates';
import { crossLanguageDatedEvents, intended } from './dates/crossDate';
import { comparedDate, postponedTo } from './dates/postponements';
import { yearRanges } from '../extract/yearRanges';
import { ordinalDays, ordinalDayText } from '../extract/ordinalDays';
import { inheritsMonth, sameMonthDays } from '../extract/sameMonthDays';
import { yearPartOfFact, yearPartText, yearParts } from '../extract/yearParts';
import { lastAfter, seriesHit, seriesLastHits } from './dates/seriesLast';
import { rowLabelHits } from './dates/rowLabels';
import { requestedAfter } from './dates/requests';
import { otherOccurrence } from './dates/otherOccurrence';

/** The parts of a date that disagree with its event's. */
type Mismatch = RangeMismatch;
type Verdict = { ok: true } | Mismatch;

function compare(draft: DateExpression, event: Event, boundary?: Boundary): Verdict | undefined {
  const fact = event.date;
  if (!fact) return undefined;
  if (draft.yearPart) return compareYearPart(draft, fact);
  // "Next September" can only be an event the article also dates as next, last or this month.
  if (draft.relative && relativeDirection(fact.relative) !== draft.relative.value) return undefined;
  // A range of the article's (from 20 to 24 July) or of the draft's: end by end, or a day inside it
  // (its first or last day when the draft says the day starts or ends the event).
  if (isRange(draft, fact)) return compareRange(draft, fact, boundary);
  let comparable = false;
  const verdict: Mismatch = { ok: false };
  if (draft.year) {
    comparable = true;
    if (draft.year.value !== fact.year) verdict.year = true;
  }
  if (draft.month && fact.month !== undefined) {
    comparable = true;
    if (draft.month.value !== fact.month) verdict.month = true;
  }
  if (draft.day && fact.day !== undefined) {
    comparable = true;
    if (draft.day.value !== fact.day) verdict.day = true;
  }
  // Early, mid or late: against the fact's own part of the same month, or against its month
  // when the draft gives a year alone ("the end of 2025" for September 2025).
  if (draft.partWord && !verdict.year && !verdict.month) {
    if (draft.month && fact.part && draft.month.value === fact.month) {
      comparable = true;
      if (draft.partWord.value !== fact.part) verdict.part = true;
    } else if (!draft.month && fact.month !== undefined) {
      comparable = true;
      const months = { early: [1, 3], mid: [4, 9], late: [10, 12] }[draft.partWord.value];
      if (fact.month < months[0]! || fact.month > months[1]!) verdict.part = true;
    }
  }
  // A relative month ("next September") written against a fact stated in absolute terms only,
  // or the other way round, is compared on the month alone (done above).
  if (!comparable) return undefined;
  return verdict.year || verdict.month || verdict.day || verdict.part ? verdict : { ok: true };
}

/**
 * Whether an event agrees with a date so that the date is no other event's wrong one. A quarter or
 * a half of a year agrees with a month inside it, but not with a day without its year: a forecast
 * for a half ("could cut again in the first half of 2026") does not make 12 March right for the
 * cut the article dates to 5 March.
 */
function clears(date: DateExpression, event: Event, boundary: Boundary | undefined): boolean {
  if (compare(date, event, boundary)?.ok !== true) return false;
  return !dayOnlyInPart(date, event);
}

/** Whether a day without its year falls inside the quarter or half of a year an event is dated to. */
function dayOnlyInPart(date: DateExpression, event: Event): boolean {
  return !!date.day && !date.year && !date.yearPart && !!event.date && yearPartOfFact(event.date) !== undefined;
}

/**
 * A quarter or a half of the draft's against an event's date: against the quarter or half the
 * fact base dates it to (`yearPartOfFact`), part by part and with the year when the draft writes
 * one; against another date, by its year alone, as a year written alone is.
 */
function compareYearPart(draft: DateExpression, fact: NonNullable<Event['date']>): Verdict | undefined {
  const part = yearPartOfFact(fact);
  if (!part) {
    if (!draft.year) return undefined;
    return draft.year.value < fact.year || draft.year.value > factEnd(fact).year ? { ok: false, year: true } : { ok: true };
  }
  if (part.kind !== draft.yearPart!.value.kind) return undefined;
  const verdict: Mismatch = { ok: false };
  if (draft.year && draft.year.value !== fact.year) verdict.year = true;
  if (draft.yearPart!.value.ordinal !== part.ordinal) verdict.yearPart = true;
  return verdict.year || verdict.yearPart ? verdict : { ok: true };
}

/** Whether the article's relative expression points at the next, the last or this month. */
function relativeDirection(relative: string | undefined): 'next' | 'last' | 'this' | undefined {
  if (!relative) return undefined;
  // A fact's relative expression is read once: every relative date of a draft is compared with every event.
  if (directions.has(relative)) return directions.get(relative);
  const words = fold(relative).split(/[^\p{L}]+/u);
  let found: 'next' | 'last' | 'this' | undefined;
  for (const [direction, list] of Object.entries(RELATIVE_MONTH)) {
    if (list.some((word) => words.includes(fold(word)))) {
      found = direction as 'next' | 'last' | 'this';
      break;
    }
  }
  if (directions.size > 10_000) directions.clear();
  directions.set(relative, found);
  return found;
}

const directions = new Map<string, 'next' | 'last' | 'this' | undefined>();

const SPAN_START_KEYS = new Set(SPAN_START.map((word) => wordKey(word)));
const SPAN_END_KEYS = new Set(SPAN_END.map((word) => wordKey(word)));

/**
 * Whether the date whose first token is `first` opens a span of time ("from October 2022 until
 * she was sacked", «منذ أكتوبر 2022 حتى إقالتها»): a word of `SPAN_START` stands right before it.
 */
function opensSpan(analysis: Analysis, first: number): boolean {
  const previous = analysis.tokens[first - 1];
  return !!previous && previous.sentence === analysis.tokens[first]!.sentence && SPAN_START_KEYS.has(previous.key);
}

/** Whether a colon or semicolon separates token `index` from the one before it. */
function segmentBreak(analysis: Analysis, index: number): boolean {
  const token = analysis.tokens[index];
  const previous = analysis.tokens[index - 1];
  if (!token || !previous) return false;
  return /[:;؛]/.test(analysis.mask.slice(previous.oEnd, token.oStart));
}

/** Writes `month` in the series the draft used for `draftMonth` (كانون الثاني/يناير for شباط/فبراير). */
function monthText(month: number, spellings: string[], separator: string, draftMonth: number): string {
  return spellings
    .map((spelling) => MONTH_DISPLAY[monthSeries(draftMonth, spelling.toLowerCase())][month - 1]!)
    .join(separator);
}

/** The text between the two spellings of a month pair (أيلول/ سبتمبر → "/ "), if it is a pair. */
function pairSeparator(analysis: Analysis, month: NonNullable<DateExpression['month']>): string | undefined {
  if (month.spellings.length < 2) return undefined;
  for (let k = month.tokenStart; k + 1 < month.tokenEnd; k++) {
    const token = analysis.tokens[k]!;
    const next = analysis.tokens[k + 1]!;
    const between = analysis.text.slice(token.oEnd, next.oStart);
    if (/[/\\|-]/.test(between)) return between;
  }
  return undefined;
}

export const eventDate: Rule = {
  id: 'event-date',
  category: 'date',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A dated event is given the wrong year, month, day or relative date.',
    ar: 'حدث مؤرَّخ نُسب إليه عام أو شهر أو يوم أو تاريخ نسبي خاطئ.',
  },
  check({ analysis, knowledge, report, documentDate }) {
    checkDays(analysis, knowledge, report, documentDate);
    checkTimes(analysis, knowledge, report);
    const own = documentDate ? Math.floor(Date.UTC(documentDate.year, documentDate.month - 1, documentDate.day) / 86_400_000) : undefined;
    const reference = own ?? publishedDay(knowledge);
    // Months said from the draft's date (last month, «الشهر المقبل») are dates like the others.
    // Days written as ordinals beside their month («في الخامس من مارس», the 5th of this month) too.
    // So are years said from it (last year, «العام المقبل»).
    const relative = reference === undefined ? [] : [...relativeMonths(analysis, reference), ...relativeYears(analysis, reference)];
    // And quarters and halves of a year (the third quarter, «النصف الأول من العام»).
    // And days of the same month as the date before them («في 12 من الشهر نفسه», the 13th of that month).
    const all = yearParts(analysis, sameMonthDays(analysis, ordinalDays(analysis, [...yearRanges(analysis, dates(analysis)), ...relative])));
    if (all.length === 0) return;
    // A weekday written with its date is read against the calendar first; a day it reports is not reported again.
    const dayReported = checkWeekdaysOfDates(analysis, knowledge, report, own ?? publishedDay(knowledge));
    const hits = withSeriesLasts(analysis, knowledge, triggerHitsWithConcepts(analysis, knowledge), all);
    const dateTokens = new Uint8Array(analysis.tokens.length);
    for (const date of all) for (let k = date.tokenStart; k < date.tokenEnd; k++) dateTokens[k] = 1;
    const spans = monthSpanEnds(analysis, all);
    for (const written of all) {
      // A postponement's old date is not compared, and its pair only by the new date.
      const date = comparedDate(analysis, written);
      if (!date || isOwnDateline(analysis, date, documentDate) || dayReported.has(written)) continue;
      // "told councillors last month", «قال الشهر الماضي»: the month of a statement, not of what it reports.
      if ((date.relativeMonth || date.relativeYear) && afterSpeechVerb(analysis, date.tokenStart)) continue;
      const wrong = datedEvent(analysis, knowledge, hits, dateTokens, date, reference);
      // A day of the same month is compared by its day alone: a wrong month is the earlier date's.
      if (wrong && inheritsMonth(written) && (wrong.verdict.month || wrong.verdict.year || !wrong.verdict.day)) continue;
      // A span of months (from July to September) dates a period, not an event of one day.
      if (wrong && spans.has(date) && wrong.chosen.fact.date?.day !== undefined && !wrong.chosen.fact.date.end) continue;
      if (wrong && date.relativeMonth && (wrong.verdict.month || wrong.verdict.year)) reportRelativeMonth(analysis, knowledge, report, date, wrong.chosen, reference!);
      else if (wrong && date.relativeYear && wrong.verdict.year) reportRelativeYear(analysis, knowledge, report, date, wrong.chosen, reference!);
      else if (wrong) reportWrongDate(analysis, knowledge, report, date, wrong.chosen, wrong.verdict);
    }
  },
};

/**
 * The trigger hits with those of the lasts of a series whose noun is left out ("and the last on 2
 * November": `dates/seriesLast.ts`), in token order; a last that is already a trigger's word
 * («وآخرها» of an event triggered so) is not added again. The date before the last in its
 * sentence names the series: when it is the day of an event, the last is of that event's article
 * sentence ("the first tram carried passengers on 11 April, and the last on 2 May" is not the last
 * tram delivered).
 */
function withSeriesLasts(analysis: Analysis, knowledge: KnowledgeIndex, hits: TriggerHit[], all: readonly DateExpression[]): TriggerHit[] {
  const added: TriggerHit[] = [];
  for (const last of seriesLastHits(analysis, knowledge)) {
    if (hits.some((hit) => hit.tokenStart <= last.tokenStart && last.tokenStart < hit.tokenEnd)) continue;
    const sentence = analysis.tokens[last.tokenStart]!.sentence;
    const prior = all.filter((date) => date.tokenEnd <= last.tokenStart && analysis.tokens[date.tokenStart]!.sentence === sentence).at(-1);
    const firsts = prior ? knowledge.events.filter((event) => event.fact.date && clears(prior, event.fact, undefined)) : [];
    const kept = seriesHit(analysis, knowledge, last, firsts);
    if (kept) added.push(kept);
  }
  if (added.length === 0) return hits;
  return [...hits, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * Whether a date is the draft's dateline: its own date (see `documentDate`), written in full and
 * ending its line («الرياض – الأحد 12 أكتوبر 2025» before the first paragraph). A Markdown
 * paragraph may run the dateline into the next line's sentence; the date is still not an event's.
 */
function isOwnDateline(analysis: Analysis, date: DateExpression, own: { year: number; month: number; day: number } | undefined): boolean {
  if (wireDateline(analysis, date)) return true;
  if (!own || date.to || date.year?.value !== own.year || date.month?.value !== own.month || date.day?.value !== own.day) return false;
  // A byline, a publication line or a clock time after the date (`standsAsDateline`) is a dateline too.
  if (standsAsDateline(analysis, date)) return true;
  // A dateline is a place and a weekday at most before the date, not a sentence that ends on it
  // ("Egypt and ADQ sealed the agreement on 25 February 2024.").
  const lineStart = analysis.text.lastIndexOf('\n', date.start - 1) + 1;
  let words = 0;
  for (let k = date.tokenStart - 1; k >= 0 && analysis.tokens[k]!.oStart >= lineStart; k--) words++;
  if (words > 5) return false;
  const rest = analysis.text.slice(date.end, date.end + 80);
  const lineEnd = rest.indexOf('\n');
  return /^[\s.,،:;–—-]*$/u.test(lineEnd < 0 ? rest : rest.slice(0, lineEnd));
}

/** A dated event a draft's date contradicts, with the parts that disagree. */
type WrongDate = { chosen: Entity<Event>; verdict: Mismatch };

/**
 * The event a draft's date is about, when the date contradicts it: the nearest trigger in the
 * date's clause (else before it in its sentence), unless an event near the date agrees with it.
 */
function datedEvent(analysis: Analysis, knowledge: KnowledgeIndex, hits: TriggerHit[], dateTokens: Uint8Array, date: DateExpression, reference: number | undefined): WrongDate | undefined {
  // Any event mentioned near the date in its sentence that agrees with it clears it.
  const sentence = analysis.tokens[date.tokenStart]!.sentence;
  // The cut-off of a state and the day of a statement are no event's date.
  // So is a date after since in a comparison (for the first time since 2019, «الأقوى منذ عام 2021»).
  if (closesState(analysis, date) || statementDate(analysis, date) || comparisonSince(analysis, date)) return undefined;
  const boundary = boundaryBefore(analysis, date);
  const around = hitsAround(analysis, hits, date.tokenStart, date.tokenEnd, { before: 24, after: 8 }).filter((hit) => analysis.tokens[hit.tokenStart]!.sentence === sentence);
  if (around.some((hit) => hit.events.some((event) => clears(date, event.fact, boundary)))) return undefined;
  const dated = candidateEvents(analysis, knowledge, hits, dateTokens, date, reference, boundary);
  return dated.length === 0 ? undefined : chosenEvent(analysis, knowledge, date, dated, boundary);
}

/** The first token of a date: its own, or its word of early, mid or late when that comes first. */
function firstToken(date: DateExpression): number {
  return Math.min(date.tokenStart, date.partWord?.tokenStart ?? date.tokenStart);
}

/**
 * The trigger hits that may name a date's event, nearest first: after a date that opens its line
 * ("**آب/أغسطس المقبل**: …", timelines), those after it; else those of its clause around it.
 */
function triggerWindow(analysis: Analysis, hits: TriggerHit[], dateTokens: Uint8Array, date: DateExpression): TriggerHit[] {
  const sentence = analysis.tokens[date.tokenStart]!.sentence;
  const first = firstToken(date);
  const opensLine = first === 0 || analysis.tokens[first - 1]!.sentence !== sentence || /^\d{1,2}$/.test(analysis.tokens[first - 1]!.text);
  // A weekday written before the date ("on Friday, March 23", الجمعة، 23 فبراير) belongs to it:
  // the date's clause is the weekday's.
  // So do the words without content that lead it (وفي عام 2025، …; In 2025, …).
  // So does the word that opens a range (from 20 to 24 July, «من 20 إلى 24 يوليو»), even after a label's colon.
  const start = leadStart(analysis, rangeOpened(analysis, date, first > 0 && analysis.tokens[first - 1]!.sentence === sentence && weekdayAt(analysis.tokens, first - 1) ? first - 1 : date.tokenStart));
  // The start of a span: an event after its closing word (until, حتى) dates the span's end.
  const span = opensSpan(analysis, first);
  const spanEnd = (index: number) => span && index > date.tokenStart && SPAN_END_KEYS.has(analysis.tokens[index]!.key);
  return opensLine
    ? hitsAround(analysis, hits, date.tokenStart, date.tokenEnd, { before: 0, after: 10, barrier: (index) => dateTokens[index] === 1 || spanEnd(index) })
    : hitsAround(analysis, hits, start, date.tokenEnd, { before: 24, after: 8, sameClause: true, setOff: true, barrier: (index) => dateTokens[index] === 1 || segmentBreak(analysis, index) || spanEnd(index) });
}

/**
 * The events a draft's date may be about, each with a date it can be compared with: those of the
 * nearest trigger of its window that names some, else those a table row's label, the restated
 * article sentence, a pair of days or a sentence of the other language ties it to.
 */
function candidateEvents(analysis: Analysis, knowledge: KnowledgeIndex, hits: TriggerHit[], dateTokens: Uint8Array, date: DateExpression, reference: number | undefined, boundary: Boundary | undefined): Entity<Event>[] {
  const first = firstToken(date);
  const coming = reference !== undefined && futureClause(analysis, first);
  // An event fits the date when it has a date the date can be compared with, is not already past
  // for a date to come, and is not another occasion of the same kind.
  const fits = (event: Entity<Event>) => !!event.fact.date && compare(date, event.fact, boundary) !== undefined && !(coming && lastDay(event.fact.date) < reference) && !anotherOccasion(date, event);
  for (const hit of boundWordsLast(analysis, triggerWindow(analysis, hits, dateTokens, date), date)) {
    // The act a request before the date asks for is not the date's (`dates/requests.ts`).
    if (lastAfter(hit, date.tokenStart) || requestedAfter(analysis, hit, date, first)) continue;
    // The nearest word of an event, marked as another occurrence of it (an earlier inspection, «التفتيش السابق»), dates that occurrence.
    if (otherOccurrence(analysis.tokens, hit)) return [];
    const dated = supportedEvents(analysis, knowledge, hits, hit, { restated: true }).filter(fits);
    if (dated.length > 0) return dated;
  }
  // No event's word in the date's clause: a date alone in a later cell of a table row dates what
  // the row's first cell names, past the figures' cells between them (`dates/rowLabels.ts`).
  for (const hit of rowLabelHits(analysis, hits, date, first)) {
    const dated = supportedEvents(analysis, knowledge, hits, hit, { restated: true }).filter(fits);
    if (dated.length > 0) return dated;
  }
  // No event's word dates it: the event of the article sentence its sentence restates, if one
  // (not for a date to come: "said after the landslide that repairs would be finished in April").
  // An ordinal day is tied by its event's word only. A quarter or a half to come may be an event's
  // to come (margins would improve in the second half of 2026): only a past event is left out.
  if ((!futureClause(analysis, first) || !!date.yearPart) && !date.ordinalDay) {
    const dated = restatedDatedEvents(analysis, knowledge, date).filter(fits);
    if (dated.length > 0) return dated;
  }
  // Nor an alignment: the pair of days the sentence gives in the order of an article sentence's
  // pair, one of them true (in a draft of the other language only; `dates/pairedDates.ts`).
  const paired = pairedDatedEvents(analysis, knowledge, date).filter((event) => compare(date, event.fact, boundary) !== undefined);
  if (paired.length > 0) return paired;
  // Nor a pair: a single date of a sentence in the other language, one part away from the date of
  // the event whose article sentence it shares the most concepts with (in a clause of the future, only an event still to come; `dates/crossDate.ts`).
  // Outside a clause of the future, not an event still to come when the article was published: a
  // past sentence's date ("In February 2024, a drone strike killed …") is another thing's.
  // After a word of a plan or an aim (plans, «خطة»), a date to come too, of an event still to come.
  const toCome = reference === undefined ? undefined : (event: Entity<Event>) => lastDay(event.fact.date!) > reference;
  const ahead = coming || (toCome !== undefined && intended(analysis, first));
  return crossLanguageDatedEvents(analysis, knowledge, date, toCome).filter((event) => fits(event) && !(!ahead && toCome?.(event)));
}

/**
 * Whether the date's sentence restates an article sentence that gives this very date: it dates
 * something the article dates so, whichever event the trigger pointed to (not for a quarter or a
 * half, whose year the article sentence gives with the other part). Not for a postponement's new
 * date (postponed to 12 March): the article may give that day as the old one.
 */
function restatesThisDate(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, date: DateExpression): boolean {
  if (date.yearPart || postponedTo(analysis, date)) return false;
  return restatedWith(analysis, knowledge, sentence, (aligned) =>
    (!date.year || aligned.years.has(date.year.value) || (!!date.month && aligned.yearlessMonths.has(date.month.value))) && !(date.year && date.month && aligned.ruledOut.has(`${date.year.value}-${date.month.value}`)) && (!date.month || aligned.months.has(date.month.value)) && givesDay(aligned, date) && (!date.to || aligned.days.has(date.to.day.value)) && (!date.toYear || aligned.years.has(date.toYear.value)) && (!date.part || aligned.parts.has(date.part)) && !!(date.year || date.month),
  );
}

/**
 * Of the candidate events of a date, the one it contradicts, when none agrees with it and the
 * sentence restates no article sentence that gives the date: the one nearest in time, when one is.
 */
function chosenEvent(analysis: Analysis, knowledge: KnowledgeIndex, date: DateExpression, dated: Entity<Event>[], boundary: Boundary | undefined): WrongDate | undefined {
  const sentence = analysis.tokens[date.tokenStart]!.sentence;
  // A day without its year is not the quarter's or the half's of an event dated so.
  const verdicts = dated.map((event) => ({ event, verdict: compare(date, event.fact, boundary) })).filter((v) => v.verdict !== undefined && !(v.verdict.ok && dayOnlyInPart(date, v.event.fact)));
  if (verdicts.length === 0 || verdicts.some((v) => v.verdict!.ok)) return undefined;
  if (restatesThisDate(analysis, knowledge, sentence, date)) return undefined;
  // The sentence restates the article's sentence of another event that has this date ("29 June
  // 2023 | Court of Appeal rules it unlawful" beside the June ruling): the date is that event's.
  // When it restates the dated event's own sentence as well, only a date the other event has
  // itself counts, not one inside its range: a ministry that spoke of a drought between 2019 and
  // 2023 does not make 2022 the drought's in "the ministry launched the programme in 2022".
  const ownRestated = verdicts.some((v) => restatesEvidence(analysis, knowledge, sentence, v.event));
  if (knowledge.events.some((event) => event.fact.date && !(ownRestated && event.fact.date.end) && clears(date, event.fact, boundary) && restatesEvidence(analysis, knowledge, sentence, event))) return undefined;
  // Several candidate events that all disagree: the one nearest in time is the one meant.
  const distance = (event: Entity<Event>) => monthsApart(date, event);
  verdicts.sort((a, b) => distance(a.event) - distance(b.event));
  // Five years or more away is another event, not a wrong date for this one.
  if (distance(verdicts[0]!.event) >= 60) return undefined;
  // Two as near: which one is meant is not known, unless a year alone is wrong for both alike.
  if (verdicts.length > 1 && distance(verdicts[0]!.event) === distance(verdicts[1]!.event) && !sameYearSlip(date, verdicts.slice(0, 2))) return undefined;
  return { chosen: verdicts[0]!.event, verdict: verdicts[0]!.verdict as Mismatch };
}

/**
 * Whether an aligned article sentence gives the draft's day: the day itself, and with the draft's
 * month when the sentence pairs that month with a day («إلى 22 سبتمبر، بعد أن كانت مقررة في 28
 * يوليو» gives no 28 September); a sentence that names the month with no day of its own keeps
 * the day and the month apart.
 */
function givesDay(aligned: ArticleSentence, date: DateExpression): boolean {
  if (!date.day) return true;
  if (!aligned.days.has(date.day.value)) return false;
  if (!date.month || aligned.monthDays.has(`${date.month.value}-${date.day.value}`)) return true;
  const prefix = `${date.month.value}-`;
  for (const pair of aligned.monthDays) if (pair.startsWith(prefix)) return false;
  return true;
}

/**
 * Whether a year alone is wrong alike for each of the candidates: all in one year, and the
 * draft's date gives no month or day that could tell them apart ("In 2025, the union staged a
 * strike" beside the article's strikes of April and September 2026).
 */
function sameYearSlip(date: DateExpression, verdicts: { event: Entity<Event>; verdict: Verdict | undefined }[]): boolean {
  if (date.month || date.day || !date.year) return false;
  const years = new Set(verdicts.map((v) => v.event.fact.date!.year));
  return years.size === 1 && verdicts.every((v) => v.verdict && !v.verdict.ok && v.verdict.year && !v.verdict.part);
}

const DATE_LEAD_KEYS = new Set(DATE_LEAD_WORDS.map((word) => wordKey(word)));
const RANGE_OPEN_KEYS = new Set(RANGE_OPEN_WORDS.map((word) => wordKey(word)));

/**
 * The token of the word that opens a range before token `start`, its first day or that day's
 * weekday (from, between, «من», «بين»), else `start`: the word leads the range as "on" leads a
 * day, so that a colon before it («إضراب المرشدين: من 20 إلى 21 أكتوبر») parts no label from it.
 */
function rangeOpened(analysis: Analysis, date: DateExpression, start: number): number {
  const before = analysis.tokens[start - 1];
  if (!date.to) return weekdayRangeOpen(analysis, start) ?? start;
  return before && before.sentence === analysis.tokens[start]!.sentence && RANGE_OPEN_KEYS.has(before.key) ? start - 1 : start;
}

/**
 * The word that opens a range of days whose last day carries its weekday, when the date from
 * token `start` (its weekday, else its day) is that last day: from Tuesday 20 to Sunday 25
 * October, «من الثلاثاء 20 إلى الأحد 25 أكتوبر». The date reader leaves such a range apart
 * (`extract/dateRanges.ts`), so the last day is read alone; its clause still starts at the
 * opening word, even after a label's colon.
 */
function weekdayRangeOpen(analysis: Analysis, start: number): number | undefined {
  const tokens = analysis.tokens;
  if (!weekdayAt(tokens, start)) return undefined;
  const sentence = tokens[start]!.sentence;
  const at = (k: number) => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  if (!SPAN_END_KEYS.has(at(start - 1)?.key ?? '')) return undefined;
  const day = at(start - 2);
  if (!day || day.script !== 'digit' || !/^\d{1,2}$/.test(day.key)) return undefined;
  const open = at(start - 3) && weekdayAt(tokens, start - 3) ? start - 4 : start - 3;
  return RANGE_OPEN_KEYS.has(at(open)?.key ?? '') ? open : undefined;
}

/** The first of the words without content that lead the date from token `start` in its clause (وفي عام, in the year). */
function leadStart(analysis: Analysis, start: number): number {
  const tokens = analysis.tokens;
  let k = start;
  while (k > 0 && tokens[k - 1]!.clause === tokens[start]!.clause && tokenStems(tokens[k - 1]!).some((s) => DATE_LEAD_KEYS.has(s.stem))) k--;
  return k;
}

/** How many months lie between a draft's date and an event's (a part the draft leaves out is the event's). */
function monthsApart(date: DateExpression, event: Entity<Event>): number {
  const fact = event.fact.date!;
  const draftMonths = (date.year?.value ?? fact.year) * 12 + (date.month?.value ?? fact.month ?? 1);
  return Math.abs(draftMonths - (fact.year * 12 + (fact.month ?? 1)));
}

/**
 * Whether a date wrong in both its year and its month, more than a season away, is another
 * occasion's than `event`'s ("a US strike in February 2024" beside the article's strike of early
 * January 2020; "the earlier fire broke out in August 2020" beside this week's fire): a writer's
 * slip changes one part of a date, not all of them. A trigger farther from the date may then name
 * the event it is about.
 */
function anotherOccasion(date: DateExpression, event: Entity<Event>): boolean {
  const verdict = compare(date, event.fact);
  return !!verdict && !verdict.ok && !!verdict.year && !!verdict.month && monthsApart(date, event) > 2;
}

const RANGE_START_KEYS = new Set(RANGE_START_WORDS.map(wordKey));
const UNTIL_KEYS = new Set(UNTIL_WORDS.map((word) => wordKey(word)));
const DAY_NOUNS = new Set(['يوم', 'on', 'the'].map((word) => wordKey(word)));
const RANGE_END_KEYS = new Set(RANGE_END_WORDS.map(wordKey));

/** Whether every word of a trigger hit is a word of a range's bound (began, ended, «انتهت»). */
function boundWord(analysis: Analysis, hit: TriggerHit): boolean {
  for (let k = hit.tokenStart; k < hit.tokenEnd; k++) if (!tokenStems(analysis.tokens[k]!).some((s) => RANGE_START_KEYS.has(s.stem) || RANGE_END_KEYS.has(s.stem))) return false;
  return true;
}

/**
 * The window's trigger hits, nearest first, but a word of a range's bound nearest the date after
 * the other words of the date's clause: such a word names an event only with its subject, so
 * where the subject names one ("The exams ended on 30 June", where the article's marking of the
 * exam papers "ended" on 6 July), that one is meant.
 */
function boundWordsLast(analysis: Analysis, window: TriggerHit[], date: DateExpression): TriggerHit[] {
  if (window.length < 2 || !boundWord(analysis, window[0]!)) return window;
  const clause = analysis.tokens[date.tokenStart]!.clause;
  const named = window.filter((hit) => !boundWord(analysis, hit) && analysis.tokens[hit.tokenStart]!.clause === clause);
  return named.length === 0 ? window : [...named, ...window.filter((hit) => !named.includes(hit))];
}

/**
 * Whether the date is said as the first or the last day of something (a word of
 * `RANGE_START_WORDS` or `RANGE_END_WORDS` up to six words before it in its clause, the nearest):
 * "the resit session starts on 21 July", «تختتم الدورة يوم 23 يوليو».
 */
function boundaryBefore(analysis: Analysis, date: DateExpression): Boundary | undefined {
  const tokens = analysis.tokens;
  const clause = tokens[date.tokenStart]!.clause;
  // Right after until (till, حتى, لغاية; perhaps with يوم or a weekday between): the end of a state.
  let before = date.tokenStart - 1;
  while (before >= 0 && (weekdayAt(tokens, before) || DAY_NOUNS.has(tokens[before]!.key))) before--;
  if (before >= 0 && UNTIL_KEYS.has(tokens[before]!.key)) return 'until';
  for (let k = date.tokenStart - 1; k >= 0 && k >= date.tokenStart - 6 && tokens[k]!.clause === clause; k--) {
    const stems = tokenStems(tokens[k]!);
    if (stems.some((s) => RANGE_START_KEYS.has(s.stem))) return 'start';
    if (stems.some((s) => RANGE_END_KEYS.has(s.stem))) return 'end';
  }
  return undefined;
}

/** Reported futures (would) beside the engine's future markers: "said work would start in early 2025". */
const WOULD = new Set(['would', "'d"]);

/**
 * Whether the date at token `first` stands in a clause of the future (will, would, سوف, a verb
 * with سـ, up to sixteen words before it): a date to come, which is not the date of an event the
 * article gives before the draft's date ("told a news conference after the signing that work would
 * start in early 2025").
 */
function futureClause(analysis: Analysis, first: number): boolean {
  const tokens = analysis.tokens;
  if (futureBefore(tokens, first, 16)) return true;
  for (let k = first - 1; k >= 0 && k >= first - 16 && tokens[k]!.clause === tokens[first]!.clause; k--) if (WOULD.has(tokens[k]!.key)) return true;
  return false;
}

/** The last day an event's date may mean, as a UTC day number (the end of its month or year when it gives no day). */
function lastDay(date: NonNullable<Event['date']>): number {
  const end = factEnd(date);
  const month = end.month ?? 12;
  const day = end.day ?? new Date(Date.UTC(end.year, month, 0)).getUTCDate();
  return Math.floor(Date.UTC(end.year, month - 1, day) / 86_400_000);
}

/** Reports each part of `date` (year, month, part of month, day) that contradicts `chosen`. */
function reportWrongDate(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, date: DateExpression, chosen: Entity<Event>, verdict: Mismatch): void {
  const fact = chosen.fact.date!;
  const lang = tokenLang(analysis, analysis.tokens[date.tokenStart]!);
  const evidence = knowledge.evidenceOf(chosen.key);
  const event = knowledge.names(chosen.key);
  const messageDate: MessageDate = { year: fact.year, month: fact.month, day: fact.day, part: fact.part, relative: fact.relative, direction: relativeDirection(fact.relative), end: fact.end };
  // One finding for one wrong part of the date, with the article's form of that part as its fix
  // (none when it is not known: a day outside the article's range, a range without its day).
  const wrong = (part: DatePart, range: { start: number; end: number }, expected: string | undefined) => {
    const actual = analysis.text.slice(range.start, range.end);
    report({ ruleId: 'event-date', range, lang, message: wrongDate({ part, event, date: messageDate, actual }), actual, expected, fix: expected === undefined ? undefined : { text: expected }, factId: chosen.id, evidence });
  };
  if (verdict.year && date.year) wrong('year', { start: date.year.start, end: date.year.end }, yearText(analysis.text.slice(date.year.start, date.year.end), fact.year));
  if (verdict.month && date.month && fact.month) {
    const expected = monthText(fact.month, date.month.spellings, pairSeparator(analysis, date.month) ?? '/', date.month.value);
    wrong(date.to && fact.end ? 'start' : 'month', { start: date.month.start, end: date.month.end }, expected);
  }
  reportRangeEnds(analysis, date, fact, verdict, wrong);
  if (verdict.part && date.partWord) {
    const partNames = { early: ['مطلع', 'early'], mid: ['منتصف', 'mid'], late: ['أواخر', 'late'] } as const;
    const english = lang === 'en';
    let range = { start: date.partWord.start, end: date.partWord.end };
    let expected: string;
    if (date.month && fact.part) {
      expected = partNames[fact.part][english ? 1 : 0];
      const written = analysis.text.slice(range.start, range.end);
      if (english && /^[A-Z]/.test(written)) expected = expected[0]!.toUpperCase() + expected.slice(1);
    } else {
      range = { start: date.partWord.start, end: date.year!.end };
      expected = english ? `${MONTH_DISPLAY.en[fact.month! - 1]} ${fact.year}` : `${MONTH_DISPLAY.levantine[fact.month! - 1]}/${MONTH_DISPLAY.egyptian[fact.month! - 1]} ${fact.year}`;
    }
    wrong('time', range, expected);
  }
  if (verdict.yearPart && date.yearPart) {
    const part = yearPartOfFact(fact)!;
    const written = analysis.text.slice(date.yearPart.start, date.yearPart.end);
    wrong(part.kind, { start: date.yearPart.start, end: date.yearPart.end }, yearPartText(written, date.yearPart.style, part));
  }
  if (verdict.day && date.day && fact.day) {
    wrong('day', { start: date.day.start, end: date.day.end }, fact.end ? undefined : ordinalDayText(fact.day, date.ordinalDay));
  }
}

/**
 * Reports a relative month that names another month than the event's (last month for this
 * month's signing), fixed with the relative month that names the event's when it is last, this or
 * next month from `reference`, else without a fix.
 */
function reportRelativeMonth(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, date: DateExpression, chosen: Entity<Event>, reference: number): void {
  const fact = chosen.fact.date!;
  if (fact.month === undefined) return;
  const lang = tokenLang(analysis, analysis.tokens[date.tokenStart]!);
  const day = new Date(reference * 86_400_000);
  const offset = fact.year * 12 + fact.month - 1 - (day.getUTCFullYear() * 12 + day.getUTCMonth());
  const expected = offset >= -1 && offset <= 1 ? RELATIVE_MONTH_DISPLAY[lang][String(offset) as '-1' | '0' | '1'] : undefined;
  const range = { start: date.relativeMonth!.start, end: date.relativeMonth!.end };
  const actual = analysis.text.slice(range.start, range.end);
  const messageDate: MessageDate = { year: fact.year, month: fact.month, day: fact.day, part: fact.part, relative: fact.relative, direction: relativeDirection(fact.relative), end: fact.end };
  report({ ruleId: 'event-date', range, lang, message: wrongDate({ part: 'month', event: knowledge.names(chosen.key), date: messageDate, actual }), actual, expected, fix: expected === undefined ? undefined : { text: expected }, factId: chosen.id, evidence: knowledge.evidenceOf(chosen.key) });
}

/**
 * Reports a relative year that names another year than the event's (this year for last year's
 * inauguration), fixed with the relative year that names the event's when it is last, this or
 * next year from `reference`, else without a fix.
 */
function reportRelativeYear(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void, date: DateExpression, chosen: Entity<Event>, reference: number): void {
  const fact = chosen.fact.date!;
  const lang = tokenLang(analysis, analysis.tokens[date.tokenStart]!);
  const offset = fact.year - new Date(reference * 86_400_000).getUTCFullYear();
  const expected = offset >= -1 && offset <= 1 ? RELATIVE_YEAR_DISPLAY[lang][String(offset) as '-1' | '0' | '1'] : undefined;
  const range = { start: date.relativeYear!.start, end: date.relativeYear!.end };
  const actual = analysis.text.slice(range.start, range.end);
  const messageDate: MessageDate = { year: fact.year, month: fact.month, day: fact.day, part: fact.part, relative: fact.relative, direction: relativeDirection(fact.relative), end: fact.end };
  report({ ruleId: 'event-date', range, lang, message: wrongDate({ part: 'year', event: knowledge.names(chosen.key), date: messageDate, actual }), actual, expected, fix: expected === undefined ? undefined : { text: expected }, factId: chosen.id, evidence: knowledge.evidenceOf(chosen.key) });
}

/** `year` in the digits of `actual`, the year it replaces (Arabic-Indic, Persian or ASCII). */
function yearText(actual: string, year: number): string {
  if (/[\u0660-\u0669]/.test(actual)) return String(year).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  if (/[\u06f0-\u06f9]/.test(actual)) return String(year).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
  return String(year);
}

/** Reports a range's wrong first day, last day or last month, or a range of years' wrong first or last year. */
function reportRangeEnds(analysis: Analysis, date: DateExpression, fact: NonNullable<Event['date']>, verdict: Mismatch, wrong: (part: DatePart, range: { start: number; end: number }, expected: string | undefined) => void): void {
  const last = factEnd(fact);
  if (verdict.startYear && date.year) wrong('start', { start: date.year.start, end: date.year.end }, yearText(analysis.text.slice(date.year.start, date.year.end), fact.year));
  if (verdict.endYear && date.toYear) wrong('end', { start: date.toYear.start, end: date.toYear.end }, yearText(analysis.text.slice(date.toYear.start, date.toYear.end), last.year));
  if (verdict.start && date.day && fact.day) wrong('start', { start: date.day.start, end: date.day.end }, ordinalDayText(fact.day, date.ordinalDay));
  if (verdict.endMonth && date.to?.month && last.month) {
    const month = date.to.month;
    wrong('end', { start: month.start, end: month.end }, monthText(last.month, month.spellings, pairSeparator(analysis, month) ?? '/', month.value));
  }
  if (verdict.end && date.to && last.day) wrong('end', { start: date.to.day.start, end: date.to.day.end }, String(last.day));
  // A single day said as the last of the event («تختتم … يوم 23 يوليو»).
  if (verdict.end && !date.to && date.day && last.day) wrong('end', { start: date.day.start, end: date.day.end }, ordinalDayText(last.day, date.ordinalDay));
}
