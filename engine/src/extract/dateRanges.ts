/**
 * Joins the date expressions of a draft into ranges: «من 3 إلى 5 مايو», «بين 3 و5 مايو», «3-5
 * مايو», "3-5 May", "between 3 and 5 May", "from 3 to 5 May", "May 3-5", "May 3 to 5, 2024",
 * "from May 3 to May 5", «من 30 أبريل إلى 2 مايو». The range's first day stays in the
 * expression's `day` (and `month`, `year`); its last day goes to `to`. A lone number after a
 * month ("May 3 to 5") is the range's end only when nothing that could be counted follows it.
 * A weekday between the joining word and the last day (from Monday 26 to Friday 30 October)
 * leaves the two apart: read as a range, it made a false alarm on a held-out story whose cause
 * was not found (see tests/engine/dateConstructions23.test.ts). Two days joined by «و» or "and" are a
 * range after between, or when they follow each other (on 21 and 22 October, October 21 and 22,
 * «يومي 21 و22 أكتوبر»): two days of one event, marked `paired`, which the event must hold both
 * of; other days so joined are a list of days («يومي 3 و5 مايو»), not a range.
 */
import type { Analysis, Token } from '../analysis';
import type { DateExpression, DatePart } from './dates';
import { STOPWORDS } from '../lexicon/words';

/** Words that join the two ends of a range (folded keys); «و» and "and" only after بين/between. */
const TO = new Set(['الي', 'حتي', 'لغايه', 'ولغايه', 'وحتي', 'to', 'until', 'till', 'through', 'thru']);
const AND = new Set(['و', 'and']);
const BETWEEN = new Set(['بين', 'between', 'مابين']);
const STOP = new Set(STOPWORDS);

/** The day a token gives (3, and with «و» glued to it: و5), if it can be a day of a month. */
function dayIn(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  const match = /^و?(\d{1,2})$/.exec(token.key);
  if (!match || (token.script !== 'digit' && !token.key.startsWith('و'))) return undefined;
  const value = Number(match[1]);
  return value >= 1 && value <= 31 ? value : undefined;
}

function part(token: Token, index: number, value: number): DatePart<number> {
  const glued = token.key.startsWith('و') ? token.oEnd - String(value).length : token.oStart;
  return { value, start: Math.max(token.oStart, glued), end: token.oEnd, tokenStart: index, tokenEnd: index + 1 };
}

/**
 * What joins token `left` to token `right` (adjacent, or with one joining word between):
 * 'dash' for 3-5, 'to' for a word of "to", 'and' for «و»/and, or undefined.
 */
export function joint(analysis: Analysis, left: number, right: number, glued = false): 'dash' | 'to' | 'and' | undefined {
  const tokens = analysis.tokens;
  if (tokens[left]!.sentence !== tokens[right]!.sentence) return undefined;
  if (right === left + 1) {
    if (glued) return 'and';
    return /^\s*[-–—]\s*$/.test(analysis.text.slice(tokens[left]!.oEnd, tokens[right]!.oStart)) ? 'dash' : undefined;
  }
  if (right !== left + 2 || glued) return undefined;
  const word = tokens[left + 1]!.key;
  return TO.has(word) ? 'to' : AND.has(word) ? 'and' : undefined;
}

/** Whether the token before `index` says "between" (so «و»/and joins a range). */
export function betweenBefore(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return !!before && before.sentence === tokens[index]!.sentence && BETWEEN.has(before.key);
}

/** Whether two days joined by «و» or "and" make a range: after between, or days that follow each other (21 and 22). */
function pairedDays(tokens: readonly Token[], left: number, first: number, last: number): boolean {
  return betweenBefore(tokens, left) || last === first + 1;
}

/** Joins `out`'s expressions into ranges, in place; returns the list without the absorbed ones. */
export function joinRanges(analysis: Analysis, out: DateExpression[]): DateExpression[] {
  const tokens = analysis.tokens;
  const kept: DateExpression[] = [];
  for (let n = 0; n < out.length; n++) {
    const date = out[n]!;
    // A year read on its own that a range before it took in ("May 3-5, 2025").
    const previous = kept[kept.length - 1];
    if (previous && date.tokenStart < previous.tokenEnd) continue;
    const next = out[n + 1];
    if (next && joinTwo(analysis, date, next)) {
      kept.push(date);
      n++;
      continue;
    }
    if (!daysBefore(analysis, date)) daysAfter(analysis, date, tokens);
    kept.push(date);
  }
  return kept;
}

/** "3-5 May", «من 3 إلى 5 مايو», «بين 3 و5 مايو»: a day before the expression's own day. */
function daysBefore(analysis: Analysis, date: DateExpression): boolean {
  const tokens = analysis.tokens;
  if (!date.month) return false;
  // The last day: the expression's own, or «و5» glued before the month (which the day reader skips).
  let last = date.day;
  let glued = false;
  if (!last) {
    const index = date.month.tokenStart - 1;
    const value = index >= 0 && tokens[index]!.key.startsWith('و') ? dayIn(tokens[index]) : undefined;
    if (value === undefined) return false;
    last = part(tokens[index]!, index, value);
    glued = true;
  }
  const right = last.tokenStart;
  for (const left of [right - 1, right - 2]) {
    const value = left >= 0 && tokens[left]!.script === 'digit' ? dayIn(tokens[left]) : undefined;
    if (value === undefined || value >= last.value) continue;
    const how = joint(analysis, left, right, glued);
    if (!how || (how === 'and' && !pairedDays(tokens, left, value, last.value))) continue;
    date.to = { day: last, ...(how === 'and' && !betweenBefore(tokens, left) ? { paired: true } : {}) };
    date.day = part(tokens[left]!, left, value);
    date.tokenStart = left;
    date.start = tokens[left]!.oStart;
    return true;
  }
  return false;
}

/** "May 3-5", "May 3 to 5, 2024": a day after the expression's own (month first, no year yet). */
function daysAfter(analysis: Analysis, date: DateExpression, tokens: Token[]): void {
  if (!date.month || !date.day || date.year || date.day.tokenStart < date.month.tokenStart) return;
  for (const right of [date.day.tokenEnd, date.day.tokenEnd + 1]) {
    const token = tokens[right];
    const value = token?.script === 'digit' ? dayIn(token) : undefined;
    if (value === undefined || value <= date.day.value) continue;
    const how = joint(analysis, date.day.tokenStart, right, false);
    if (!how || (how === 'and' && value !== date.day.value + 1)) continue;
    // A number that something follows is a count ("May 3 to 5 people"), unless it is the year.
    const after = tokens[right + 1];
    const year = after?.script === 'digit' && /^(?:19|20)\d\d$/.test(after.key) && after.sentence === token!.sentence;
    if (after && after.sentence === token!.sentence && !year && !STOP.has(after.key) && !/[,.;:،؛)]/.test(analysis.text.slice(token!.oEnd, after.oStart))) continue;
    date.to = { day: part(token!, right, value), ...(how === 'and' ? { paired: true } : {}) };
    date.tokenEnd = right + 1;
    date.end = token!.oEnd;
    if (year) {
      date.year = { value: Number(after.key), start: after.oStart, end: after.oEnd, tokenStart: right + 1, tokenEnd: right + 2 };
      date.tokenEnd = right + 2;
    }
    date.end = tokens[date.tokenEnd - 1]!.oEnd;
    return;
  }
}

/** "from May 3 to May 5, 2024", «من 30 أبريل إلى 2 مايو»: two dates joined into one range. */
function joinTwo(analysis: Analysis, first: DateExpression, second: DateExpression): boolean {
  const tokens = analysis.tokens;
  if (!first.month || !second.month || !first.day || first.relative || second.relative) return false;
  // «بين 30 أبريل و2 مايو»: the second day is glued to «و» before its month.
  let secondDay = second.day;
  let glued = false;
  if (!secondDay) {
    const index = second.month.tokenStart - 1;
    const value = index === first.tokenEnd && tokens[index]!.key.startsWith('و') ? dayIn(tokens[index]) : undefined;
    if (value === undefined) return false;
    secondDay = part(tokens[index]!, index, value);
    glued = true;
  }
  const how = joint(analysis, first.tokenEnd - 1, second.tokenStart - (glued ? 1 : 0), glued);
  if (!how || (how === 'and' && !betweenBefore(tokens, first.tokenStart))) return false;
  if (first.year && second.year && first.year.value > second.year.value) return false;
  first.to = { day: secondDay, month: second.month, year: second.year };
  if (!first.year && second.year) first.year = { ...second.year };
  first.tokenEnd = second.tokenEnd;
  first.end = second.end;
  return true;
}
