/**
 * One sentence, several dated events: «ووقّع الوزير الاتفاق الثلاثاء، على أن يبدأ التنفيذ في يناير
 * 2026»; "The company was founded in 1998 and listed in London in 2004". Each date gets the part of
 * its sentence that speaks of it, so that its triggers, place and participants are its own and not
 * those of the other date's verb. Two dates of one sentence are parted at the last break between
 * them: a comma or another clause break, or a word that opens a new clause (and, while, after, ثم,
 * بينما, على أن, a verb of the table of news verbs with و). With no such break the dates share the
 * whole sentence, as one date does.
 */
import type { DrawContext } from './context';
import { key } from './words';
import { EVENT_WORDS } from './lexicon';
import { AR_STOP } from '../lexicon/functionWords';
import { STOPWORDS } from '../lexicon/words';
import { weekdayAt } from '../extract/weekdays';

/** A part of a sentence: tokens [start, end), and whether it is a part of a split sentence. */
export interface Segment {
  start: number;
  end: number;
  split: boolean;
}

/** Words that open a new clause of their own. */
const OPENERS = new Set(['and', 'but', 'while', 'whereas', 'then', 'before', 'after', 'when', 'which', 'who', 'ثم', 'بينما', 'فيما', 'لكن', 'ولكن', 'حيث', 'كما', 'بعدما', 'قبلما', 'حين', 'عندما', 'التي', 'الذي'].map(key));
/** Two-word openers: على أن (on the understanding that), قبل أن, بعد أن. */
const OPENER_PAIRS = [['على', 'أن'], ['قبل', 'أن'], ['بعد', 'أن'], ['على', 'ان']].map((pair) => pair.map(key));
/** Arabic verbs of the table, to read a و-verb (وأعلن, ووقّع) as the start of a new clause. */
const TABLE_VERBS = new Set(EVENT_WORDS.flatMap((entry) => entry.ar).map(key));

/** Whether a new clause starts at token `k`. */
function opensClause(ctx: DrawContext, k: number): boolean {
  const tokens = ctx.tokens;
  const token = tokens[k]!;
  const previous = tokens[k - 1];
  if (!previous || previous.sentence !== token.sentence) return false;
  if (previous.clause !== token.clause) return true;
  if (joinsModifiers(ctx, k)) return false;
  if (OPENERS.has(token.key) || OPENER_PAIRS.some(([a, b]) => token.key === a && tokens[k + 1]?.key === b)) return true;
  return ctx.lang === 'ar' && /^و/.test(token.key) && token.key.length >= 4 && TABLE_VERBS.has(token.key.slice(1));
}

const FUNCTION_WORDS = new Set(STOPWORDS);

/** Whether token `k` is an English lower-case content word (bus, tram, fares), not a function word. */
function plainWord(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  return !!token && token.script === 'latin' && /^[a-z]/.test(ctx.word(k)) && !FUNCTION_WORDS.has(token.key);
}

/**
 * Whether an English "and" or "or" at token `k` joins two words before a head they share (a rise
 * in bus and tram fares, road and pavement repairs): plain lower-case words on both sides, the
 * second no participle in -ed, and a third right after it in the same clause. Such a word joins
 * parts of one noun, not two clauses.
 */
function joinsModifiers(ctx: DrawContext, k: number): boolean {
  const tokens = ctx.tokens;
  const token = tokens[k]!;
  if (token.key !== 'and' && token.key !== 'or') return false;
  const same = (j: number) => tokens[j]?.clause === token.clause;
  return same(k - 1) && same(k + 2) && plainWord(ctx, k - 1) && plainWord(ctx, k + 1) && plainWord(ctx, k + 2) && !/ed$/.test(tokens[k + 1]!.key);
}

/** Words that open a range before its first date: from, between, من, بين, منذ. */
const RANGE_OPEN = new Set(['from', 'between', 'من', 'بين', 'منذ'].map(key));
/** Words that join the two dates of a range: to, until, and (after between), إلى, حتى, و (after بين). */
const RANGE_JOIN = new Set(['to', 'until', 'till', 'through', 'and', 'الى', 'إلى', 'حتى', 'وحتى', 'والى', 'وإلى'].map(key));

/**
 * Whether dates `a` and `b` are the two ends of one range: "from 3 to 5 March", "between 2020 and
 * 2022", «من عام 1980 وحتى عام 1988», «بين 2020 و2022», "3-5 March": a range word before `a` (or
 * none with a dash) and only a joining word (or و fused to `b`'s first word) between them.
 */
export function rangeOf(ctx: DrawContext, a: { tokenStart: number; tokenEnd: number }, b: { tokenStart: number; tokenEnd: number }): boolean {
  const tokens = ctx.tokens;
  if (tokens[a.tokenStart]!.sentence !== tokens[b.tokenStart]!.sentence || b.tokenStart - a.tokenEnd > 2) return false;
  // A weekday before each date (from Monday 26 October to Friday 30 October) stands inside the range.
  const weekday = (k: number) => k >= 0 && weekdayAt(tokens, k) !== undefined;
  const first = weekday(a.tokenStart - 1) ? a.tokenStart - 1 : a.tokenStart;
  const opener = tokens[first - 1]?.key ?? '';
  const opened = RANGE_OPEN.has(opener) || RANGE_OPEN.has(opener.replace(/^و/, '')) || (tokens[first - 2] !== undefined && RANGE_OPEN.has(tokens[first - 2]!.key) && /^(عام|العام|سنه|in|year)$/.test(opener));
  const between = tokens.slice(a.tokenEnd, b.tokenStart).map((token) => token.key);
  if (between.length === 0) return /^\s*[-–]\s*$/.test(ctx.gap(a.tokenEnd - 1, b.tokenStart)) || (opened && /^و/.test(tokens[b.tokenStart]!.key));
  // The joining word, and a year word before the second date (حتى عام 1988, وعام 2022).
  const year = (word: string | undefined) => word !== undefined && /^(عام|العام|سنه|in|year)$/.test(word);
  const [join, rest] = between;
  if (!opened) return false;
  if (between.length === 1 && /^و/.test(join!) && year(join!.slice(1))) return true;
  return RANGE_JOIN.has(join!) && (rest === undefined || year(rest) || (first < a.tokenStart && weekday(b.tokenStart - 1)));
}

/**
 * Whether token `k`, right after a date, is a verb joined by و (عام 1998 وأدرجت): an Arabic word
 * with و and no article that names nothing the drawing knows. After a date, و joins a new clause
 * far more often than a noun.
 */
function verbAfterDate(ctx: DrawContext, dateEnd: number, k: number): boolean {
  const token = ctx.tokens[k]!;
  // و with a word (وأدرجت), or ل with a verb in the present (لتعود: to return).
  if (k !== dateEnd || ctx.lang !== 'ar' || token.script !== 'ar' || !/^(و|ل[يتن])/.test(token.key) || /^(وال|ول|لل)/.test(token.key) || token.key.length < 4 || AR_STOP.has(token.key.slice(1))) return false;
  return ctx.personAt[k] === -1 && !ctx.placeAt.has(k) && !ctx.orgAt.has(k) && !ctx.lexiconMentionAt(k);
}

/**
 * Whether the break at token `k` is the comma that closes a date set off by commas (أعلنت الوزارة،
 * أمس الاثنين، نتائج …; the ministry said, on Monday, that …): the sentence goes on with the same verb.
 */
function closesAside(ctx: DrawContext, date: { tokenStart: number; tokenEnd: number }, k: number): boolean {
  const tokens = ctx.tokens;
  const before = tokens[date.tokenStart - 1];
  if (k !== date.tokenEnd || !before || before.sentence !== tokens[k]!.sentence || OPENERS.has(tokens[k]!.key)) return false;
  // The date's own clause holds nothing but the date and a word before it (on, يوم, أمس).
  let first = date.tokenStart;
  while (first > 0 && tokens[first - 1]!.clause === tokens[date.tokenStart]!.clause && date.tokenStart - first < 2) first--;
  return tokens[first - 1] !== undefined && tokens[first - 1]!.clause !== tokens[first]!.clause && tokens[first - 1]!.sentence === tokens[first]!.sentence;
}

/**
 * The part of its sentence each date speaks of, in the order of `dates` (sorted by token). A range
 * of two dates (from … to …) is one date here: the caller passes it as one.
 */
export function eventSegments(ctx: DrawContext, dates: readonly { tokenStart: number; tokenEnd: number }[]): Segment[] {
  const tokens = ctx.tokens;
  const sentences = ctx.analysis.sentences;
  const segments: Segment[] = dates.map((date) => {
    const sentence = sentences[tokens[date.tokenStart]!.sentence]!;
    return { start: sentence.tokenStart, end: sentence.tokenEnd, split: false };
  });
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1]!;
    const b = dates[i]!;
    if (tokens[a.tokenStart]!.sentence !== tokens[b.tokenStart]!.sentence) continue;
    let cut = -1;
    if (!rangeOf(ctx, a, b)) for (let k = b.tokenStart - 1; k >= a.tokenEnd && cut < 0; k--) if ((opensClause(ctx, k) && !closesAside(ctx, a, k)) || verbAfterDate(ctx, a.tokenEnd, k)) cut = k;
    if (cut < 0) {
      // No break: the later date shares the earlier one's part of the sentence.
      segments[i]!.start = segments[i - 1]!.start;
      segments[i]!.split = segments[i - 1]!.split;
      continue;
    }
    segments[i - 1]!.end = cut;
    segments[i - 1]!.split = true;
    segments[i]!.start = cut;
    segments[i]!.split = true;
  }
  dates.forEach((date, i) => subordinate(ctx, date, segments[i]!));
  return segments;
}

/**
 * A date after على أن, قبل أن or بعد أن in its part of the sentence belongs to the clause they
 * open, which has a verb of its own: «قال الوزير إن الوزارة شكّلت لجنة، على أن تعقد اجتماعها
 * الأول في مسقط يوم الخميس» dates the meeting, not the minister's words. The part starts there.
 */
function subordinate(ctx: DrawContext, date: { tokenStart: number }, segment: Segment): void {
  const tokens = ctx.tokens;
  for (let k = date.tokenStart - 2; k > segment.start; k--) {
    if (!OPENER_PAIRS.some(([a, b]) => tokens[k]!.key === a && tokens[k + 1]?.key === b)) continue;
    segment.start = k;
    segment.split = true;
    return;
  }
}

/** The first token of a segment past the words that open it (على أن, and, ثم): where its own verb stands. */
export function segmentOpening(ctx: DrawContext, segment: Segment): number {
  const tokens = ctx.tokens;
  let k = segment.start;
  while (k < segment.end - 1 && (OPENERS.has(tokens[k]!.key) || OPENER_PAIRS.some(([a, b]) => tokens[k]!.key === a || tokens[k]!.key === b))) k++;
  return k;
}
