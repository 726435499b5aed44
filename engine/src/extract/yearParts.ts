/**
 * Quarters and halves of a year in a draft: the third quarter, third-quarter (profit), Q3,
 * «الربع الثالث», «الربع الأخير» (the fourth), the first half of 2027, H1 2026, «النصف الأول من
 * العام». A year written after the part (of 2025, «من عام 2025», «من العام الماضي», Q3 2025) is
 * joined to it from the date reader's years. A half is read only with a year after it (a year, a
 * relative year, or "of the year", «من العام»), so that a half of a match or of a month is not; an
 * English "last quarter" is the quarter before, not the fourth, and is not read. `event-date`
 * compares the part with an event the fact base dates to a quarter or a half (`yearPartOfFact`).
 */
import type { Analysis, Token } from '../analysis';
import { dateExpression, type DateExpression } from './dates';
import { wordKey } from '../tokenKey';
import { fold } from '../text/normalise';

/** A quarter or a half of a year, and which one (1 to 4, or 1 and 2). */
export interface YearPart {
  kind: 'quarter' | 'half';
  ordinal: number;
}

/**
 * The ordinals a quarter or a half takes, by value: English ordinal words and the masculine
 * Arabic ordinals with the article (الربع and النصف are masculine nouns), from the ordinal
 * numerals of both grammars; «الأخير» (the last) is the fourth quarter or the second half.
 */
const ENGLISH_PART_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['final', 0],
]);
const ARABIC_PART_ORDINALS: ReadonlyMap<string, number> = new Map(
  [
    ['الأول', 1],
    ['الثاني', 2],
    ['الثالث', 3],
    ['الرابع', 4],
    ['الأخير', 0],
  ].map(([word, value]) => [wordKey(word as string), value as number]),
);
/** The Arabic ordinals a fix writes, by value. */
const ARABIC_ORDINAL_TEXT = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع'];
const ENGLISH_ORDINAL_TEXT = ['', 'first', 'second', 'third', 'fourth'];

/** The nouns of the parts, bare and with the clitics an Arabic noun takes (و, ف, ب, ل: للربع). */
const ENGLISH_NOUNS: ReadonlyMap<string, YearPart['kind']> = new Map([
  ['quarter', 'quarter'],
  ['half', 'half'],
]);
const ARABIC_NOUNS: ReadonlyMap<string, YearPart['kind']> = new Map(
  ['', 'و', 'ف', 'ب', 'وب', 'فب', 'ل', 'ول'].flatMap((clitic) =>
    (['الربع', 'النصف'] as const).map((noun) => [wordKey(clitic.endsWith('ل') ? `${clitic}${noun.slice(1)}` : `${clitic}${noun}`), noun === 'الربع' ? 'quarter' : 'half'] as const),
  ),
);
/** Words between a part and its year: of (the year), «من (العام|عام|السنة)». */
const OF = new Set(['of', 'من'].map(wordKey));
const YEAR_NOUNS = new Set(['the', 'year', 'عام', 'العام', 'السنة', 'سنة', 'this', 'next', 'last'].map(wordKey));
/** The nouns that make «من العام» or "of the year" a year without its number. */
const BARE_YEAR = new Set(['year', 'العام', 'السنة'].map(wordKey));

/** The part a token or two starting at `index` name, with the tokens it spans and the token of its ordinal. */
function partAt(tokens: readonly Token[], index: number): { part: YearPart; end: number; ordinalToken: number; style: PartStyle } | undefined {
  const token = tokens[index]!;
  const key = token.key;
  // Q3, H1.
  const short = /^([qh])([1-4])$/.exec(key);
  if (short && (short[1] === 'q' || Number(short[2]) <= 2)) {
    return { part: { kind: short[1] === 'q' ? 'quarter' : 'half', ordinal: Number(short[2]) }, end: index + 1, ordinalToken: index, style: 'short' };
  }
  // third-quarter, first-half (one token with its hyphen).
  const joined = /^(first|second|third|fourth|final)(quarter|half)$/.exec(key);
  if (joined && /-/.test(token.text)) {
    const ordinal = ENGLISH_PART_ORDINALS.get(joined[1]!)!;
    return ofOrdinal(joined[2] as YearPart['kind'], ordinal, index, index + 1, 'hyphen');
  }
  const next = tokens[index + 1];
  if (!next || next.sentence !== token.sentence) return undefined;
  if (ENGLISH_PART_ORDINALS.has(key) && ENGLISH_NOUNS.has(next.key)) return ofOrdinal(ENGLISH_NOUNS.get(next.key)!, ENGLISH_PART_ORDINALS.get(key)!, index, index + 2, 'en');
  if (ARABIC_NOUNS.has(key) && ARABIC_PART_ORDINALS.has(next.key)) {
    const found = ofOrdinal(ARABIC_NOUNS.get(key)!, ARABIC_PART_ORDINALS.get(next.key)!, index, index + 2, 'ar');
    return found && { ...found, ordinalToken: index + 1 };
  }
  return undefined;
}

/** How the draft wrote the part's ordinal, which a fix follows. */
export type PartStyle = 'short' | 'hyphen' | 'en' | 'ar';

/** A part from its noun and ordinal (0 for final and «الأخير»: the fourth quarter, the second half). */
function ofOrdinal(kind: YearPart['kind'], ordinal: number, start: number, end: number, style: PartStyle) {
  const value = ordinal === 0 ? (kind === 'quarter' ? 4 : 2) : ordinal;
  if (kind === 'half' && value > 2) return undefined;
  return { part: { kind, ordinal: value }, end, ordinalToken: start, style };
}

/**
 * The year after a part (of 2025, «من العام الماضي», Q3 2025): the date of `list` that starts
 * right after it or after "of", «من» and a year noun, with a year and no month; or `bare` when the
 * part is followed by "of the year" or «من العام» without a number.
 */
function yearAfter(tokens: readonly Token[], byStart: Map<number, DateExpression>, end: number): DateExpression | 'bare' | undefined {
  let k = end;
  const direct = byStart.get(k);
  if (direct) return direct;
  if (!tokens[k] || !OF.has(tokens[k]!.key)) return undefined;
  k++;
  for (let steps = 0; steps < 3 && tokens[k]; steps++, k++) {
    const date = byStart.get(k);
    if (date) return date;
    if (!YEAR_NOUNS.has(tokens[k]!.key)) return undefined;
    if (BARE_YEAR.has(tokens[k]!.key) && !byStart.has(k + 1) && !YEAR_NOUNS.has(tokens[k + 1]?.key ?? '')) return 'bare';
  }
  return undefined;
}

/**
 * The dates of `list` with the quarters and halves of the draft added: a part joined to the year
 * written after it takes that year's place.
 */
export function yearParts(analysis: Analysis, list: readonly DateExpression[]): DateExpression[] {
  const tokens = analysis.tokens;
  const byStart = new Map<number, DateExpression>();
  for (const date of list) if (date.year && !date.month && !date.day && !date.toYear) byStart.set(date.tokenStart, date);
  const found: DateExpression[] = [];
  const absorbed = new Set<DateExpression>();
  for (let i = 0; i < tokens.length; i++) {
    const hit = partAt(tokens, i);
    if (!hit) continue;
    const year = yearAfter(tokens, byStart, hit.end);
    if (hit.part.kind === 'half' && !year) continue;
    const ordinal = tokens[hit.ordinalToken]!;
    const withYear = year && year !== 'bare' ? year : undefined;
    const date = dateExpression(tokens, i, withYear ? withYear.tokenEnd : hit.end, { year: withYear?.year, relativeYear: withYear?.relativeYear });
    date.yearPart = { value: hit.part, start: ordinal.oStart, end: ordinal.oEnd, tokenStart: hit.ordinalToken, tokenEnd: hit.ordinalToken + 1, style: hit.style };
    if (withYear) absorbed.add(withYear);
    found.push(date);
    i = date.tokenEnd - 1;
  }
  if (found.length === 0) return [...list];
  return [...list.filter((date) => !absorbed.has(date)), ...found].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** The ordinal of a part written as the draft wrote `written` (second → third, «الثاني» → «الثالث», Q2 → Q3, second-quarter → third-quarter). */
export function yearPartText(written: string, style: PartStyle, part: YearPart): string {
  if (style === 'short') return `${written[0]}${part.ordinal}`;
  if (style === 'ar') return ARABIC_ORDINAL_TEXT[part.ordinal]!;
  const word = ENGLISH_ORDINAL_TEXT[part.ordinal]!;
  const cased = /^[A-Z]/.test(written) ? word[0]!.toUpperCase() + word.slice(1) : word;
  return style === 'hyphen' ? written.replace(/^[A-Za-z]+/, cased) : cased;
}

/** A folded Arabic quarter or half with its ordinal («الربع الثالث», «النصف الاول»), as `fold` writes them. */
const ARABIC_PART_WORDS = /(الربع|النصف)\s+(الاول|الثاني|الثالث|الرابع|الاخير)/;

const factParts = new Map<string, YearPart | undefined>();

/** The quarter or half a fact's own words name ("the third quarter", «النصف الأول من العام الحالي»), read once per text. */
function partOfWords(relative: string): YearPart | undefined {
  if (factParts.has(relative)) return factParts.get(relative);
  const text = fold(relative);
  let found: YearPart | undefined;
  const short = /\b([qh])([1-4])\b/.exec(text);
  const english = /\b(first|second|third|fourth|final)[\s-]+(quarter|half)\b/.exec(text);
  const arabic = ARABIC_PART_WORDS.exec(text);
  if (english) found = ofOrdinal(english[2] as YearPart['kind'], ENGLISH_PART_ORDINALS.get(english[1]!)!, 0, 0, 'en')?.part;
  else if (arabic) found = ofOrdinal(arabic[1] === wordKey('الربع') ? 'quarter' : 'half', ARABIC_PART_ORDINALS.get(arabic[2]!)!, 0, 0, 'ar')?.part;
  else if (short && (short[1] === 'q' || Number(short[2]) <= 2)) found = { kind: short[1] === 'q' ? 'quarter' : 'half', ordinal: Number(short[2]) };
  if (factParts.size > 10_000) factParts.clear();
  factParts.set(relative, found);
  return found;
}

/**
 * The quarter or half of a year an event's date is: the one its `relative` words name (a fiscal
 * quarter keeps the company's own months), else the one its range of months is (July to
 * September, January to June, without days).
 */
export function yearPartOfFact(date: { year: number; month?: number; day?: number; end?: { year: number; month?: number; day?: number }; relative?: string }): YearPart | undefined {
  if (date.month === undefined || date.day !== undefined || !date.end || date.end.day !== undefined || date.end.month === undefined) return undefined;
  const named = date.relative ? partOfWords(date.relative) : undefined;
  if (named) return named;
  if (date.end.year !== date.year) return undefined;
  const first = date.month;
  const last = date.end.month;
  if (last - first === 2 && (first - 1) % 3 === 0) return { kind: 'quarter', ordinal: (first + 2) / 3 };
  if (last - first === 5 && (first === 1 || first === 7)) return { kind: 'half', ordinal: first === 1 ? 1 : 2 };
  return undefined;
}
