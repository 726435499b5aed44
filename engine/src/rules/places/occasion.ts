/**
 * Earlier times a draft sentence gives itself, for the place checks: "last year", "last month", "a
 * year ago", "two years ago", «العام الماضي», «في السنة الماضية», «الشهر المنصرم», «قبل عامين», «قبل
 * ثلاث سنوات». A sentence that dates itself so speaks of an earlier occasion (an earlier visit, a
 * news conference of another year) unless the event it names falls in that time: its place is then
 * not the event's, and is not compared.
 *
 * A sentence that names a year ("in 2019", "in March 2019", «عام 2019») before the event's year
 * (its date's, else the draft's own or the article's publication year), and not the event's own,
 * speaks of an earlier occasion too: another fire, an earlier news conference. Only a time in the
 * place's own part of the sentence counts: a year after a semicolon (the route first opened in
 * 2019) is the time of what follows it (`extract/sentenceParts.ts`).
 *
 * A sentence dated by a weekday and naming no year tells of the article's own week, not of an event
 * the article dates by an earlier year alone (the quake of 2003 it recalls beside Saturday's).
 *
 * Left alone: a time right after a figure or a word of comparison (37.08 per cent last year, «مقابل
 * 37.08 في المئة العام الماضي»: the time of a figure, not of the sentence), a count tied to
 * something else («قبل عامين من الزلزال», two years before the quake), and "this year", "last week"
 * or a bare "ago", which may be the event's own time.
 */
import type { Analysis, Token } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import { nameKeys } from '../../knowledge';
import { perDraft } from '../../memo';
import { RELATIVE_MONTH, COUNTED_BACK } from '../../lexicon/months';
import { arabicNumberWord, englishNumberWord, parseDigits, ARABIC_DUALS, UNIT_WORDS, COMPARISON_WORDS } from '../../lexicon/numbers';
import { dates } from '../../extract/dates';
import { weekdays } from '../../extract/weekdays';
import { samePart } from '../../extract/sentenceParts';

/** An earlier time a sentence names: so many years or months before the reference date. */
export interface EarlierTime {
  tokenStart: number;
  tokenEnd: number;
  /** How far back, in `unit`s. */
  back: number;
  unit: 'year' | 'month';
}

const fold = (word: string) => nameKeys(word)[0]!;
const LAST = new Set(RELATIVE_MONTH.last.filter((word) => word !== 'past').flatMap((word) => [fold(word), fold(`${word}ة`)]));
const AGO = fold('ago');
const BEFORE = new Set(COUNTED_BACK.filter((word) => word === 'قبل').map(fold));
/**
 * The words that are {@link BEFORE} once a و or ف before them is taken off, written out once
 * (the loop below asks it of every Arabic word, which made a new string of each).
 */
const BEFORE_KEYS: ReadonlySet<string> = new Set([...BEFORE].flatMap((word) => [...(/^[وف]/.test(word) ? [] : [word]), `و${word}`, `ف${word}`]));
/** Words after a count that tie it to something else than the sentence's time (قبل عامين من …). */
const TIED = new Set(['من', 'على', 'of', 'before', 'after', 'earlier', 'later', 'from'].map(fold));
/** The first words of the comparisons that put a figure beside the current one. */
const COMPARISON = new Set(COMPARISON_WORDS.map((words) => fold(words[0]!)));
/** Arabic clitics a time noun may carry (وفي العام → العام after في is its own token). */
const CLITIC = /^(?:و|ف)?(?:ب|ل)?/;

/** The unit of a time noun (year or month), Arabic with or without its article. */
function unitOf(token: Token | undefined): 'year' | 'month' | undefined {
  if (!token) return undefined;
  const key = token.script === 'ar' ? token.key.replace(CLITIC, '').replace(/^ال/, '') : token.key;
  const unit = UNIT_WORDS[key];
  return unit === 'year' || unit === 'month' ? unit : undefined;
}

/**
 * The English indefinite articles, which count one (a year ago). Looked up in a set rather than
 * compared with `===`: V8 compiles a comparison with a string literal that has seen only
 * internalised strings (one-letter words are, most words are not) to a check that threw the
 * compiled caller away at the first other word.
 */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** A count and its unit at `j` (a year, عامين, three years, 3 سنوات), in one sentence. */
function countAt(tokens: readonly Token[], j: number): { end: number; back: number; unit: 'year' | 'month' } | undefined {
  const token = tokens[j];
  if (!token) return undefined;
  const dual = ARABIC_DUALS[token.key];
  if (dual && (dual.unit === 'year' || dual.unit === 'month')) return { end: j + 1, back: 2, unit: dual.unit };
  const single = unitOf(token);
  // A lone singular unit: «قبل عام», «قبل شهر» (a plural alone counts nothing).
  if (single && (token.key === fold('عام') || token.key === fold('سنة') || token.key === fold('شهر'))) return { end: j + 1, back: 1, unit: single };
  const article = INDEFINITE_ARTICLES.has(token.key);
  const value = article ? 1 : (englishNumberWord(token.key) ?? arabicNumberWord(token.key) ?? (token.script === 'digit' ? parseDigits(token.text) : undefined));
  const next = tokens[j + 1];
  const unit = next && next.sentence === token.sentence ? unitOf(next) : undefined;
  if (value === undefined || !unit || value < 1 || value > 50 || !Number.isInteger(value)) return undefined;
  return { end: j + 2, back: value, unit };
}

/** Whether a figure or a word of comparison stands within four tokens before `k` in its sentence. */
function afterFigure(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    const key = tokens[j]!.key;
    if (tokens[j]!.script === 'digit' || COMPARISON.has(key) || COMPARISON.has(key.replace(/^و/, ''))) return true;
  }
  return false;
}

/** The earlier times of each sentence of the draft, once per draft. */
export const earlierTimes = perDraft((analysis: Analysis): Map<number, EarlierTime[]> => {
  const tokens = analysis.tokens;
  const bySentence = new Map<number, EarlierTime[]>();
  const add = (time: EarlierTime) => {
    if (afterFigure(tokens, time.tokenStart)) return;
    const sentence = tokens[time.tokenStart]!.sentence;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), time]);
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (next.sentence !== token.sentence) continue;
    // "last year", «العام الماضي», «السنة الماضية».
    if (token.script === 'latin' && token.key === 'last' && unitOf(next)) add({ tokenStart: i, tokenEnd: i + 2, back: 1, unit: unitOf(next)! });
    else if (token.script === 'ar' && LAST.has(next.key) && token.key.replace(CLITIC, '').startsWith('ال') && unitOf(token)) add({ tokenStart: i, tokenEnd: i + 2, back: 1, unit: unitOf(token)! });
    // «قبل عامين», «قبل ثلاث سنوات», not «قبل عامين من الزلزال».
    else if (token.script === 'ar' && BEFORE_KEYS.has(token.key)) {
      const count = countAt(tokens, i + 1);
      const after = count ? tokens[count.end] : undefined;
      if (count && tokens[count.end - 1]!.sentence === token.sentence && !(after && after.sentence === token.sentence && TIED.has(after.key))) add({ tokenStart: i, tokenEnd: count.end, back: count.back, unit: count.unit });
    } else if (token.script !== 'ar') {
      // "a year ago", "two years ago".
      const count = countAt(tokens, i);
      const after = count ? tokens[count.end] : undefined;
      if (count && after && after.sentence === token.sentence && after.key === AGO) add({ tokenStart: i, tokenEnd: count.end + 1, back: count.back, unit: count.unit });
    }
  }
  return bySentence;
});

/** A date of the calendar, to count back from. */
export interface Reference {
  year: number;
  month: number;
}

/** The reference date: the draft's own date, else the publication date of the event's fact base. */
export function referenceOf(event: Entity<Event>, documentDate?: Reference): Reference | undefined {
  if (documentDate) return documentDate;
  const match = /^(\d{4})-(\d{2})/.exec(event.factBase?.source?.published ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
}

/**
 * Whether the earlier time `time` is another occasion than `event`: the event's date falls in
 * another year (or month) than the time counted back from `reference`. An event without a year, or
 * a time with no reference to count from, is taken for another occasion: the article tells of now.
 */
export function anotherOccasion(time: EarlierTime, event: Entity<Event>, reference: Reference | undefined): boolean {
  const date = event.fact.date;
  if (!reference || !date?.year) return true;
  if (time.unit === 'year') return date.year !== reference.year - time.back;
  const months = reference.year * 12 + (reference.month - 1) - time.back;
  const year = Math.floor(months / 12);
  if (date.month === undefined) return date.year !== year;
  return date.year * 12 + (date.month - 1) !== months;
}

/** Words that mark a number as a year (in 2019, عام 2019, سنة 2019), folded. */
const YEAR_MARKERS = new Set(['in', 'since', 'عام', 'العام', 'سنه', 'في', 'منذ'].map(fold));

/**
 * The years each sentence names as years, each with the token it stands on: with a month, or after
 * a word that marks a year (in 2019, «عام 2019»; 2059 injured is no year). Once per draft.
 */
export const namedYears = perDraft((analysis: Analysis): Map<number, { year: number; token: number }[]> => {
  const tokens = analysis.tokens;
  const bySentence = new Map<number, { year: number; token: number }[]>();
  for (const date of dates(analysis)) {
    if (!date.year) continue;
    const before = tokens[date.year.tokenStart - 1];
    const marked = !!before && before.sentence === tokens[date.year.tokenStart]!.sentence && YEAR_MARKERS.has(before.key);
    if (!date.month && !marked) continue;
    const sentence = tokens[date.tokenStart]!.sentence;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), { year: date.year.value, token: date.year.tokenStart }]);
  }
  return bySentence;
});

/**
 * Whether sentence `sentence` names years, all of them before the year of `event` (its date's,
 * else the reference date's): it tells of an earlier occasion. Given a `token`, only the years in
 * its part of the sentence count (`extract/sentenceParts.ts`).
 */
function inAnEarlierYear(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, event: Entity<Event>, reference: Reference | undefined, token?: number): boolean {
  const years = (namedYears(analysis, knowledge).get(sentence) ?? []).filter((named) => token === undefined || samePart(analysis, named.token, token));
  const own = event.fact.date?.year ?? reference?.year;
  return years.length > 0 && own !== undefined && years.every((named) => named.year < own);
}

/**
 * Whether draft sentence `sentence` gives itself an earlier time that is another occasion than
 * `event`, or names only years before the event's (see the module comment); given the place's
 * `token`, only the times in its part of the sentence count (a year after a semicolon is the time
 * of what follows it).
 */
export function atAnotherTime(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, event: Entity<Event>, documentDate?: Reference, token?: number): boolean {
  const times = (earlierTimes(analysis, knowledge).get(sentence) ?? []).filter((time) => token === undefined || samePart(analysis, time.tokenStart, token));
  const reference = referenceOf(event, documentDate);
  return times.some((time) => anotherOccasion(time, event, reference)) || inAnEarlierYear(analysis, knowledge, sentence, event, reference, token) || weekdayOfNow(analysis, knowledge, sentence, event, reference);
}

/**
 * Whether sentence `sentence` dates itself by a weekday and names no year, while `event` is dated
 * by a year alone, before the reference year or with none to compare: a weekday tells of the
 * article's own week ("struck Hormozgan province on Saturday"), and an event the article dates
 * only by its year is one it recalls ("in 2003 a quake destroyed Bam"), so the sentence's places
 * are not that event's.
 */
function weekdayOfNow(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, event: Entity<Event>, reference: Reference | undefined): boolean {
  const date = event.fact.date;
  if (!date?.year || date.month !== undefined || date.day !== undefined || date.weekday !== undefined) return false;
  if (reference && date.year >= reference.year) return false;
  if ((namedYears(analysis, knowledge).get(sentence)?.length ?? 0) > 0) return false;
  return weekdays(analysis).some(({ token }) => analysis.tokens[token]!.sentence === sentence);
}
