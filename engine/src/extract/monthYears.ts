/**
 * The year of a month the article gives without one («في مارس», in April, on 3 April), for
 * drawing's `events.ts` and for alignment's dateline years (`align.ts`): read from the article's date and the tense of the words before the month in its
 * clause. A month after a verb in the future (will open in April, «ستفتتح في مارس», «من المقرر
 * أن …») is the next such month from the article's date (this year's when it is still to come); a
 * month after a cut-off word (before February, by January, «قبل فبراير», «بحلول أبريل», by the
 * end of January, «بحلول نهاية يناير») is the next such month after the article's own, unless a past verb governs it; a month after a verb in
 * the past (handled … in September, had opened, «وكانت … قد تسلمت», «تم») is the last such month
 * on or before the article's; a past form after be is a participle (will be held, will be built in
 * January: the future word before it counts). Without a cue the article's year stands, as before. Only the nearest
 * cue counts, and an infinitive (to, «أن») between a past verb and the month takes the month out
 * of that verb's time (agreed to open in September); a plan said in the past (was scheduled to,
 * «كان من المقرر») is past for a weekday, and for a month gives the year that brings the month
 * nearest the article's date (a plan put off or kept may lie on either side of it: "had been
 * scheduled for October 6" in September, «كانت مقررة في 28 يوليو» in June). A month that a
 * postponement's verb sends a thing to (postponed … to November 18, «تأجيل … إلى 22 سبتمبر», «أرجأت
 * … حتى») is to come, whatever the tense of that verb. A participle after "had been" or "has been" is past (power had been
 * restored by Wednesday), and one after the object of a modal or a future word is that word's time
 * (would keep the terminal closed until Friday, plans to keep the quay sealed until Saturday), and «على أن» before an imperfect verb is to come («على أن تعقد …»).
 * A present verb in -s after a word of time is to come (before the council meets on 28 January),
 * and a month that no nearer cue dates but "would" governs, farther back in its sentence (said the
 * road would close from 4 January), is the nearest such month, as a plan said in the past is.
 */
import type { Analysis } from '../analysis';
import { FUTURE_MARKERS, RELATIVE_YEAR_DATES, SCHEDULED_PRESENTS, WEEKDAYS } from '../lexicon/months';
import { ALL_SPEECH_VERBS } from '../lexicon/speech';
import { nameKeys } from '../knowledge';
import { isFutureVerb } from '../text/stem';
import { wordKey as key } from '../tokenKey';
import { verbBefore, wordBeforeDate, type ClauseVerb } from './clauseVerbs';

/** A calendar date. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const keySet = (words: readonly string[]) => new Set(words.map(key));

/** The engine's future markers, the feminine and accusative of «مقرر» («كانت مقررة», «كان مقرراً»), and verbs of expecting or planning (expects, plans, «يتوقع»). */
const FUTURE = new Set([...FUTURE_MARKERS.flatMap((word) => [key(word), nameKeys(word)[0]!]), ...keySet(['expects', 'expect', 'forecast', 'forecasts', 'plans', 'must', 'يتوقع', 'تتوقع', 'ويتوقع', 'وتتوقع', 'يرتقب', 'يجب', 'ويجب', 'مقررة', 'مقرراً', 'مقررا'])]);
/** Cut-off words right before a month: before, by, ahead of, «قبل», «قبيل», «بحلول». */
const CUT_OFF = keySet(['before', 'by', 'ahead', 'قبل', 'وقبل', 'قبيل', 'بحلول', 'وبحلول']);
/**
 * Words of the past in English (auxiliaries and common irregular verbs of news copy, besides any
 * verb in -ed) and in Arabic (كان and its forms, لقد, تم, جرى: a bare Arabic verb does not show its
 * tense in writing). Speech verbs are left out: what is said may be to come.
 */
const PAST = keySet([
  'was', 'were', 'had', 'did', 'began', 'took', 'came', 'rose', 'fell', 'saw', 'made', 'won', 'lost', 'held', 'met', 'went', 'left', 'built', 'sold', 'paid', 'grew', 'became', 'struck', 'spent', 'brought', 'bought', 'broke', 'caught', 'ago',
  'كان', 'كانت', 'كانوا', 'وكان', 'وكانت', 'وكانوا', 'فكان', 'فكانت', 'لقد', 'ولقد', 'تم', 'وتم', 'جرى', 'وجرى',
]);
/** Auxiliaries of the past that make a plan said after them a past one (was scheduled to, «كان من المقرر»). */
const PAST_AUXILIARIES = keySet(['was', 'were', 'had', 'كان', 'كانت', 'وكان', 'وكانت']);
/** Words before an -ed form that make it a participle or an adjective, not a past verb (be completed, the delayed terminal). */
const NOT_A_VERB_BEFORE = keySet(['be', 'been', 'being', 'is', 'are', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'newly', 'recently']);
/** What the tense of a month is read from: an article's analysis (a drawing's, or one read by `align.ts`), its tokens and original text. */
export type TokensOf = Pick<Analysis, 'tokens' | 'text'>;

/** Infinitive markers: a verb after them has its own time. */
const INFINITIVE = keySet(['to', 'أن', 'ان', 'وأن']);
/** Words after "to" that make it a preposition (to most customers, to the port, to 40,000 homes). */
const AFTER_PREPOSITION = keySet(['the', 'a', 'an', 'most', 'all', 'some', 'its', 'their', 'his', 'her', 'our', 'about', 'around', 'more', 'nearly', 'almost']);

/** Whether token `k` marks an infinitive: «أن», or "to" before neither a determiner, a number nor a capital (to open, not to the port). */
function infinitiveAt(ctx: TokensOf, k: number): boolean {
  const token = ctx.tokens[k]!;
  if (!INFINITIVE.has(token.key)) return false;
  if (token.key !== 'to') return true;
  const next = ctx.tokens[k + 1];
  return next !== undefined && !AFTER_PREPOSITION.has(next.key) && next.script !== 'digit' && !/^\p{Lu}/u.test(ctx.text.slice(next.oStart, next.oStart + 1));
}

/** The tense a cue before a date gives it, if any. */
export type Tense = 'future' | 'past' | undefined;

/** Auxiliaries of the perfect: a participle after them and "been" is past (had been restored, has been closed). */
const PERFECT = keySet(['had', 'has', 'have']);

/**
 * Whether the English past form at token `k` is a participle after be or an adjective after a
 * determiner (will be held, is paid, the delayed terminal), not a past verb; one after a perfect's
 * "been" (had been restored, has been sold) is past.
 */
function participleAt(ctx: TokensOf, k: number): boolean {
  const before = ctx.tokens[k - 1]?.key ?? '';
  if (before === 'been') return !PERFECT.has(ctx.tokens[k - 2]?.key ?? '');
  return NOT_A_VERB_BEFORE.has(before);
}

/** Whether an English word is a past verb in -ed, not a participle (`participleAt`). */
function pastInEd(ctx: TokensOf, k: number): boolean {
  const word = ctx.tokens[k]!.key;
  if (word.length < 5 || !word.endsWith('ed') || word.endsWith('eed') || word === 'hundred' || ALL_SPEECH_VERBS.has(word)) return false;
  return !participleAt(ctx, k);
}

const ON_CONDITION = key('على');

/** Whether token `k` is «أن» after «على» before an imperfect verb: «على أن تعقد …» schedules what is to come. */
function scheduledAt(ctx: TokensOf, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return INFINITIVE.has(ctx.tokens[k]!.key) && ctx.tokens[k]!.script === 'ar' && ctx.tokens[k - 1]?.key === ON_CONDITION && next !== undefined && /^[يت]/.test(next.key);
}

/** Whether a future word at token `k` follows an auxiliary of the past (was scheduled, «كان من المقرر»). */
function pastPlan(ctx: TokensOf, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 2 && ctx.tokens[j]!.clause === ctx.tokens[k]!.clause; j--) if (PAST_AUXILIARIES.has(ctx.tokens[j]!.key)) return true;
  return false;
}

/** Modals and verbs of intending that may govern a participle after their object (would keep the terminal closed, plans to keep the quay sealed). */
const MODALS = keySet(['would', 'could', 'may', 'might', 'should', 'intends', 'aims', 'wants']);
/** Words that open another clause between a modal and a participle: a subordinator, a relative or a subject pronoun (will cut jobs after it closed the plant). */
const CLAUSE_OPENERS = keySet(['after', 'before', 'when', 'while', 'since', 'because', 'as', 'and', 'but', 'which', 'who', 'that', 'it', 'he', 'she', 'they', 'we', 'i']);

/**
 * The modal or future word that governs the English word in -ed at token `k`, at most six words
 * before it in its clause with no other clause opened between (would keep the container terminal
 * closed, plans to keep the fishing quay sealed): the word is then a participle describing the
 * object, not a past verb. -1 when there is none.
 */
function modalBefore(ctx: TokensOf, k: number): number {
  const tokens = ctx.tokens;
  for (let j = k - 1; j >= 0 && j >= k - 6 && tokens[j]!.clause === tokens[k]!.clause; j--) {
    const word = tokens[j]!.key;
    if (MODALS.has(word) || FUTURE.has(word)) return j;
    if (CLAUSE_OPENERS.has(word) || PAST.has(word)) return -1;
  }
  return -1;
}

/** The tense of the nearest cue before token `start` in its clause, at most ten words back (also read for weekdays by `events.ts`). */
export function tenseBefore(ctx: TokensOf, start: number): Tense {
  const cue = cueBefore(ctx, start);
  return cue === 'plan' ? 'past' : cue;
}

/** English words that open a clause of time: a present verb after them tells what is to come (before the council meets). */
const TIME_SUBORDINATORS = keySet(['before', 'until', 'till', 'when', 'once', 'after']);
/** The present verbs of a scheduled act (`SCHEDULED_PRESENTS`), folded. */
const SCHEDULED = keySet(SCHEDULED_PRESENTS);

/**
 * Whether an English verb of a scheduled act in the present's -s (`SCHEDULED_PRESENTS`) stands
 * after the subordinator at token `k`, past its subject, before token `start` ("before the council meets on 28 January", "until the court sits
 * in March"): the present after a word of time tells a time to come, whatever the tense of the
 * main verb (had cost … before the council meets). One after a determiner is a noun (before the
 * opens), and one right after the subordinator has no subject before it.
 */
function presentAfter(ctx: TokensOf, k: number, start: number): boolean {
  for (let j = k + 2; j < start; j++) {
    const word = ctx.tokens[j]!.key;
    if (SCHEDULED.has(word) && !NOT_A_VERB_BEFORE.has(ctx.tokens[j - 1]!.key)) return true;
  }
  return false;
}

/** The nearest cue of tense before token `start` in its clause, with a plan said in the past (was scheduled for, «كانت مقررة») told apart. */
function cueBefore(ctx: TokensOf, start: number): Tense | 'plan' {
  const tokens = ctx.tokens;
  let infinitive = false;
  for (let k = start - 1; k >= 0 && k >= start - 10 && tokens[k]!.clause === tokens[start]!.clause; k--) {
    const token = tokens[k]!;
    const word = token.key;
    if (FUTURE.has(word) || (token.script === 'ar' && isFutureVerb(word) && !/^[وف]?سا/.test(word))) return pastPlan(ctx, k) ? 'plan' : 'future';
    if (TIME_SUBORDINATORS.has(word) && presentAfter(ctx, k, start)) return 'future';
    if (!infinitive && scheduledAt(ctx, k)) return 'future';
    if (infinitiveAt(ctx, k)) infinitive = true;
    else if (!infinitive && PAST.has(word) && !participleAt(ctx, k)) return 'past';
    else if (!infinitive && token.script !== 'ar' && pastInEd(ctx, k)) {
      // A participle after the object of a modal (would keep the terminal closed until Friday) is the modal's time.
      const governor = modalBefore(ctx, k);
      if (governor < 0) return 'past';
      return pastPlan(ctx, governor) ? 'plan' : 'future';
    }
  }
  return undefined;
}

/**
 * Verbs and nouns of putting something off, from the concept «postpone» of `lexicon/concepts.ts`
 * with their common inflections and the forms an Arabic pronoun ends («تأجيلها», «إرجاءه»).
 */
const DEFERRAL = keySet([
  'postponed', 'postpone', 'postpones', 'postponing', 'postponement', 'delayed', 'delay', 'delays', 'deferred', 'defer', 'defers', 'adjourned', 'adjourn', 'adjournment', 'rescheduled', 'reschedule',
  'أجل', 'أجلت', 'تأجيل', 'التأجيل', 'يؤجل', 'تؤجل', 'أرجأ', 'أرجأت', 'أرجئ', 'إرجاء', 'الإرجاء', 'يرجئ', 'ترجئ', 'إرجائه', 'إرجائها', 'تأجيله', 'تأجيلها',
]);
/** Words that send a postponed thing to its new date: to, until, «إلى», «حتى». */
const DEFERRED_TO = keySet(['to', 'until', 'till', 'إلى', 'الى', 'حتى', 'لغاية']);
/** Words that may stand between "to" and the date: on, «يوم», a weekday (to Tuesday 22 September). */
const BEFORE_DATE = new Set([...keySet(['on', 'يوم']), ...WEEKDAYS.flatMap((day) => day.names.map(key))]);

/** Verbs and nouns of putting off, looked for at most twelve words before the word that opens a date. */
const PUTTING_OFF: ClauseVerb = { words: DEFERRAL, reach: 12, afterConjunction: 'اتي' };

/**
 * Whether a word of `openers` stands before the date at token `start` in its clause, past on,
 * «يوم» or a weekday between them, with a verb of `verb` before that word in the clause.
 */
function deferralOpener(ctx: TokensOf, start: number, openers: Set<string>, verb: ClauseVerb): boolean {
  const k = wordBeforeDate(ctx, start, BEFORE_DATE, 3);
  if (k < 0 || !openers.has(ctx.tokens[k]!.key) || ctx.tokens[k]!.clause !== ctx.tokens[start]!.clause) return false;
  return verbBefore(ctx, k, start, verb);
}

/** Whether a word of putting off, at most twelve words before the "to" in the clause, sends the date at token `start` (to, «إلى») to come (also read for weekdays by `events.ts`). */
export function deferredTo(ctx: TokensOf, start: number): boolean {
  return deferralOpener(ctx, start, DEFERRED_TO, PUTTING_OFF);
}

/** Words that open a postponed thing's old date: from, «من». */
const DEFERRED_FROM = keySet(['from', 'من']);
/** Verbs of moving a date, read with "from" only (pushed back from 12 March, moved from): "moved to" may send a thing to a place. */
const MOVED = keySet(['moved', 'pushed', 'brought', 'shifted']);
/** Words of putting off and verbs of moving a date, before an old date's "from". */
const PUTTING_OFF_OR_MOVING: ClauseVerb = { ...PUTTING_OFF, words: new Set([...DEFERRAL, ...MOVED]) };

/**
 * Whether the date at token `start` is a postponed thing's old date: "from" («من») before it, with a
 * word of putting off or a verb of moving a date at most twelve words before that in the clause
 * (postponed the derby from 12 March to 2 April, «أرجأت المهرجان من 12 مارس إلى 2 أبريل»). The date
 * after its "to" is the new one (`deferredTo`); read by drawing's `events.ts` and by `event-date`.
 */
export function deferredFrom(ctx: TokensOf, start: number): boolean {
  return deferralOpener(ctx, start, DEFERRED_FROM, PUTTING_OFF_OR_MOVING);
}

/** The year that brings month `month` nearest the article's date: at most six months either side. */
function nearestYearOfMonth(month: number, published: Ymd): number {
  const offset = month - published.month;
  if (offset > 6) return published.year - 1;
  if (offset < -6) return published.year + 1;
  return published.year;
}

/** Words of a part of the month (the end of, late, «نهاية», «أواخر»), folded. */
const MONTH_PARTS = keySet(['end', 'late', 'early', 'mid', 'middle', 'نهاية', 'أواخر', 'أوائل', 'منتصف', 'مطلع']);
/** Words that join a part of the month to its cut-off word and its month (by the end of January). */
const PART_JOINERS = keySet(['the', 'of']);

/**
 * Whether a cut-off word stands right before token `start` (by January, «قبل فبراير», ahead of
 * May), or before the words of a part of the month that stand there (by the end of January,
 * «بحلول نهاية يناير», before late May): such a deadline is the month's too.
 */
function cutOffBefore(ctx: TokensOf, start: number): boolean {
  if (cutOffRightBefore(ctx, start)) return true;
  let first = start;
  let part = false;
  for (let k = start - 1; k >= 0 && start - k <= 3 && ctx.tokens[k]!.sentence === ctx.tokens[start]!.sentence; k--) {
    if (MONTH_PARTS.has(ctx.tokens[k]!.key)) part = true;
    else if (!PART_JOINERS.has(ctx.tokens[k]!.key)) break;
    first = k;
  }
  return part && cutOffRightBefore(ctx, first);
}

/** Whether a cut-off word stands right before token `start` (by January, «قبل فبراير», ahead of May). */
function cutOffRightBefore(ctx: TokensOf, start: number): boolean {
  const before = ctx.tokens[start - 1];
  if (!before || before.sentence !== ctx.tokens[start]!.sentence) return false;
  if (before.key === 'of') return ctx.tokens[start - 2]?.key === 'ahead';
  return CUT_OFF.has(before.key) && before.key !== 'ahead';
}

/**
 * The year of the month `month` that the date at token `start` gives without a year, from the
 * article's date `published`, with the reason a reviewer reads: the next such month after a future
 * verb or a cut-off, the last one after a past verb, else the article's year. A cut-off in the
 * article's own month is the next year's only when its day (`day`, when the date gives one) is
 * not still to come: "by 30 September" in an article of 9 September is this September.
 */
export function yearOfBareMonth(ctx: TokensOf, start: number, month: number, published: Ymd, day?: number): { year: number; reason: string } {
  if (deferredTo(ctx, start)) {
    return { year: month < published.month ? published.year + 1 : published.year, reason: "the year is taken from the article's date, the next such month by the postponement before it" };
  }
  const tense = cueBefore(ctx, start);
  if (tense === 'plan') return { year: nearestYearOfMonth(month, published), reason: "the year is taken from the article's date, the nearest such month by the plan said in the past before it" };
  const cutOff = cutOffBefore(ctx, start);
  if (tense === 'past') return { year: month > published.month ? published.year - 1 : published.year, reason: 'the year is taken from the article\'s date, the last such month by the past verb before it' };
  if (tense === 'future' || cutOff) {
    const ahead = cutOff ? month < published.month || (month === published.month && !(day !== undefined && day > published.day)) : month < published.month;
    return { year: ahead ? published.year + 1 : published.year, reason: `the year is taken from the article's date, the next such month by the ${cutOff ? 'cut-off word' : 'future verb'} before it` };
  }
  if (wouldBefore(ctx, start)) return { year: nearestYearOfMonth(month, published), reason: "the year is taken from the article's date, the nearest such month by the \"would\" before it" };
  return { year: published.year, reason: 'the year is taken from the article\'s date' };
}

/** The modal of a future told in the past (said the road would close): what it governs is to come from the time it was said. */
const WOULD = key('would');

/**
 * Whether "would" governs a month at token `start` that no nearer cue dates: at most twenty words
 * back in its sentence, across the commas of a place or a list ("would send riders to a camp in
 * Girona, Spain, in February"), with no past verb between. What was said to be to come lies near
 * the article's date, on either side of it ("said the road would close from 4 January" in a
 * December article is next January's): the month is the nearest such month.
 */
function wouldBefore(ctx: TokensOf, start: number): boolean {
  const tokens = ctx.tokens;
  for (let k = start - 1; k >= 0 && k >= start - 20 && tokens[k]!.sentence === tokens[start]!.sentence; k--) {
    if (tokens[k]!.key === WOULD) return true;
    if ((PAST.has(tokens[k]!.key) && !participleAt(ctx, k)) || (tokens[k]!.script !== 'ar' && pastInEd(ctx, k))) return false;
  }
  return false;
}

/** Words that may join a month to the relative year said after it: "of", «من» (in October of last year, «في أكتوبر من العام الماضي»). */
const YEAR_JOINERS = keySet(['of', 'من']);
/** The relative years of the lexicon as token keys, with their offsets from the article's year. */
const RELATIVE_YEAR_KEYS = RELATIVE_YEAR_DATES.map(({ words, offset }) => ({ keys: words.map(key), offset }));

/**
 * The year a relative year right after a month gives it, counted from the article's year `published`
 * (in October last year, «في أكتوبر من العام الماضي», in March next year), with the token after
 * those words; `end` is the token after the month. Undefined when no relative year follows in the sentence.
 */
export function yearSaidAfter(ctx: TokensOf, end: number, published: Ymd): { year: number; tokenEnd: number } | undefined {
  const sentence = ctx.tokens[end - 1]?.sentence;
  const at = YEAR_JOINERS.has(ctx.tokens[end]?.key ?? '') ? end + 1 : end;
  const sameAt = (k: number, word: string) => ctx.tokens[k]?.key === word && ctx.tokens[k].sentence === sentence;
  for (const { keys, offset } of RELATIVE_YEAR_KEYS) {
    // "last year's" names a figure's year, not the month's.
    if (keys.every((word, i) => sameAt(at + i, word)) && ctx.tokens[at + keys.length]?.key !== 's') return { year: published.year + offset, tokenEnd: at + keys.length };
  }
  return undefined;
}
