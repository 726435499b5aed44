/**
 * `quantity`, figures of another time than the article's: a figure the draft gives for another
 * year named from its own ("last year 58,000 passed", «العام الماضي», "this year, 29,000 have
 * crossed" beside the article's last year) or as a later figure («ارتفعت الحصيلة في الأيام
 * التالية إلى نحو 2960 قتيلاً», "the toll later rose to"). The fact's own time is read from its
 * evidence and the article clause around it (`lexicon/months.ts` `RELATIVE_YEARS`, `LATER_WORDS`,
 * and its years against the article's: "in 2025" in an article of 2026 is last year); a fact
 * whose clause names no year is of the article's year, or of the year the headline names.
 */
import { analyse, type Analysis, type Token } from '../../analysis';
import type { Entity } from '../../knowledge';
import type { Quantity } from '../../factBase/schema';
import { evidenceClauses } from './evidenceClause';
import { DAY_CUT_OFFS, LATER_WORDS, RELATIVE_YEARS } from '../../lexicon/months';
import { wordKey } from '../../tokenKey';
import { dates } from '../../extract/dates';
import { articleOf } from '../../factBase/article';

interface Times {
  years: Set<string>;
  later: boolean;
}

const YEARS = RELATIVE_YEARS.map((entry) => ({ keys: entry.words.map(wordKey), year: entry.year }));
const LATER = LATER_WORDS.map((words) => words.map(wordKey));

/** Whether the token's key is `key`, or `key` behind one Arabic clitic (لهذا العام, وفي). */
function keyIs(token: Token, key: string): boolean {
  return token.key === key || (token.script === 'ar' && /^[وفلب]/.test(token.key) && token.key.slice(1) === key);
}

/** The times that the tokens [`from`, `to`) name. */
function timesIn(tokens: readonly Token[], from: number, to: number): Times {
  const times: Times = { years: new Set(), later: false };
  for (let k = from; k < to; k++) {
    for (const entry of YEARS) if (k + entry.keys.length <= to && entry.keys.every((key, n) => keyIs(tokens[k + n]!, key))) times.years.add(entry.year);
    if (LATER.some((keys) => k + keys.length <= to && keys.every((key, n) => keyIs(tokens[k + n]!, key)))) times.later = true;
  }
  return times;
}

/**
 * Adds to `times` the writer's years the dates of `text` name: one year before the article's
 * publication is last year ("in 2025" in an article of 2026), its own this year, the one after
 * next year, any other another.
 */
function addDatedYears(times: Times, text: Analysis, published: number): void {
  for (const date of dates(text)) {
    const shift = date.year && Number.isFinite(published) ? date.year.value - published : undefined;
    if (shift === -1) times.years.add('last');
    else if (shift === 0) times.years.add('this');
    else if (shift === 1) times.years.add('next');
    else if (shift !== undefined) times.years.add('another');
  }
}

/** The year an article of the fact base was published in (NaN when it gives none). */
function publishedYear(fact: Entity<Quantity>): number {
  return Number(/^(\d{4})-/.exec(fact.factBase?.source?.published ?? '')?.[1]);
}

const factTimes = new WeakMap<Entity<Quantity>, Times>();

/** The times of a fact: those its evidence and the article clause around each piece of it name. */
function timesOfFact(fact: Entity<Quantity>): Times {
  let times = factTimes.get(fact);
  if (!times) {
    const text = evidenceClauses(fact);
    times = timesIn(text.tokens, 0, text.tokens.length);
    // A year the clause names is one of the writer's when it is the article's own or one beside it.
    addDatedYears(times, text, publishedYear(fact));
    factTimes.set(fact, times);
  }
  return times;
}

const storyYears = new WeakMap<object, Set<string>>();

/**
 * The years the article's headline (its first line) names: the story's own time,
 * which a figure whose clause names no year shares («خطة حجاجه لموسم 2027» in an article of 2026
 * gives next year's figures).
 */
function headlineYears(fact: Entity<Quantity>): Set<string> {
  const factBase = fact.factBase;
  if (!factBase) return new Set();
  let years = storyYears.get(factBase);
  if (!years) {
    const headline = (articleOf(factBase) ?? '').trimStart().split('\n', 1)[0] ?? '';
    const text = analyse(headline, 'plaintext');
    const times = timesIn(text.tokens, 0, text.tokens.length);
    addDatedYears(times, text, publishedYear(fact));
    years = times.years;
    storyYears.set(factBase, years);
  }
  return years;
}

const CUT_OFFS = DAY_CUT_OFFS.map((words) => words.map(wordKey));

/** Words that may stand between a cut-off word and its year: by the end of, «بحلول نهاية عام». */
const BEFORE_YEAR = new Set(['the', 'end', 'of', 'year', 'عام', 'العام', 'سنة', 'نهاية', 'أواخر', 'مطلع'].map(wordKey));

/** Whether a cut-off word (by, until, «بحلول», «حتى») ends right before token `start`, past the words of `BEFORE_YEAR`. */
function cutOffBefore(tokens: readonly Token[], start: number, from: number): boolean {
  let end = start;
  while (end > from && BEFORE_YEAR.has(tokens[end - 1]!.key)) end--;
  return CUT_OFFS.some((keys) => end - keys.length >= from && keys.every((key, n) => keyIs(tokens[end - keys.length + n]!, key)));
}

/**
 * Whether tokens [`from`, `to`) set a target for a year after the article's publication: the year
 * after a cut-off word (by 2030, «بحلول عام 2030», until 2031).
 */
function targetYearIn(analysis: Analysis, from: number, to: number, published: number): boolean {
  if (!Number.isFinite(published)) return false;
  return dates(analysis).some((date) => !!date.year && date.year.value > published && date.tokenStart >= from && date.tokenEnd <= to && cutOffBefore(analysis.tokens, date.tokenStart, from));
}

const futureFacts = new WeakMap<Entity<Quantity>, boolean>();

/** Whether a fact's evidence clause names a year after the article's publication: a figure of a year to come. */
function futureFact(fact: Entity<Quantity>): boolean {
  let future = futureFacts.get(fact);
  if (future === undefined) {
    const published = publishedYear(fact);
    future = Number.isFinite(published) && dates(evidenceClauses(fact)).some((date) => !!date.year && date.year.value > published);
    futureFacts.set(fact, future);
  }
  return future;
}

/**
 * Whether the figure at token `at` is given for another time than `fact`'s: its clause (else its
 * sentence before that clause) names a year of the writer's that the fact's is not (the fact's is this year when its
 * clause names none), or calls the figure a later one where the fact's clause does not.
 */
export function anotherTime(analysis: Analysis, fact: Entity<Quantity>, at: number): boolean {
  const tokens = analysis.tokens;
  const token = tokens[at]!;
  let from = at;
  while (from > 0 && tokens[from - 1]!.clause === token.clause) from--;
  let to = at;
  while (to < tokens.length && tokens[to]!.clause === token.clause) to++;
  // A target set for a year to come (15,000 vehicles a day by 2030, «بحلول عام 2030») is no figure
  // of now, unless the article's own figure is one of a year to come too.
  if (targetYearIn(analysis, from, to, publishedYear(fact)) && !futureFact(fact)) return true;
  let draft = timesIn(tokens, from, to);
  if (draft.years.size === 0 && !draft.later) {
    // A time set before the figure's clause ("This year, 29,000 have crossed") speaks for it; one
    // after it ("…, against 37.08 per cent last year") for a figure of its own.
    draft = timesIn(tokens, analysis.sentences[token.sentence]!.tokenStart, from);
  }
  if (draft.years.size === 0 && !draft.later) return false;
  const own = timesOfFact(fact);
  if (draft.later && !own.later) return true;
  // A fact whose clause names no year but the article's own (a dateline's) is of the article's
  // year, and of the year its headline names.
  const ownYears = new Set(own.years.size > 0 ? own.years : ['this']);
  if ([...ownYears].every((year) => year === 'this')) for (const year of headlineYears(fact)) ownYears.add(year);
  return draft.years.size > 0 && ![...draft.years].some((year) => ownYears.has(year));
}
