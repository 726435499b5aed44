/**
 * Finds weekday names in a draft (on Wednesday, يوم الأربعاء, السبت). An Arabic weekday is read
 * with its article or after a day noun only: bare أحد, اثنين and جمعة are also "one", "two" and
 * "association".
 */
import type { Analysis, Token } from '../analysis';
import { nameKeys, tokenStems } from '../knowledge';
import { RELATIVE_DAYS, RELATIVE_MONTH, WEEKDAYS } from '../lexicon/months';

export type WeekdayId = (typeof WEEKDAYS)[number]['id'];

const WEEKDAY_BY_KEY = new Map<string, WeekdayId>(WEEKDAYS.flatMap((day) => day.names.map((name) => [nameKeys(name)[0]!, day.id] as [string, WeekdayId])));

/** Words that introduce a day (يوم الخميس, ليلة الجمعة). */
const DAY_NOUNS = new Set(['يوم', 'ليله', 'ليل', 'مساء', 'صباح', 'فجر', 'ظهر', 'on', 'last', 'next', 'this', 'since', 'until', 'by']);

/** Whether token `index` is a word that introduces a day (يوم, on). */
export function dayNounAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return !!token && DAY_NOUNS.has(token.key);
}

/** The weekday token `i` names, if any. */
export function weekdayAt(tokens: Token[], i: number): WeekdayId | undefined {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const introduced = !!before && before.sentence === token.sentence && DAY_NOUNS.has(before.key);
  for (const { stem } of tokenStems(token)) {
    const day = WEEKDAY_BY_KEY.get(stem);
    if (day && (token.script === 'latin' || stem.startsWith('ال') || introduced)) return day;
  }
  return undefined;
}

/** The words that put a weekday in the week to come: next Monday, this coming Monday, «الاثنين المقبل». */
const NEXT_KEYS = new Set(RELATIVE_MONTH.next.map((word) => nameKeys(word)[0]!));

/**
 * Whether the weekday at token `i` is said to come ("next Monday", "this coming Monday", «يوم
 * الاثنين المقبل», «الاثنين القادم»): a day after the day it is said on, whatever the tense of
 * its verb ("would open next Monday").
 */
export function weekdayAhead(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before && before.sentence === token.sentence && NEXT_KEYS.has(before.key)) return true;
  return !!after && after.sentence === token.sentence && (NEXT_KEYS.has(after.key) || tokenStems(after).some((form) => NEXT_KEYS.has(form.stem)));
}

const cache = new WeakMap<Analysis, { token: number; weekday: WeekdayId }[]>();

/** Every weekday the draft names, in order. */
export function weekdays(analysis: Analysis): { token: number; weekday: WeekdayId }[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const out: { token: number; weekday: WeekdayId }[] = [];
  for (let i = 0; i < analysis.tokens.length; i++) {
    const weekday = weekdayAt(analysis.tokens, i);
    if (weekday) out.push({ token: i, weekday });
  }
  cache.set(analysis, out);
  return out;
}

/** The relative days (أمس, أول أمس, yesterday) as token keys, each with its offset in days. */
export const RELATIVE_DAY_KEYS: readonly { keys: string[]; offset: number }[] = RELATIVE_DAYS.map((entry) => ({ keys: entry.words.map((word) => nameKeys(word)[0]!), offset: entry.offset }));

/** The relative day whose words start at token `i` in one sentence, if any (the longer first: أول أمس). */
export function relativeDayAt(tokens: readonly Token[], i: number): { keys: string[]; offset: number } | undefined {
  return RELATIVE_DAY_KEYS.find((entry) => entry.keys.every((key, k) => tokens[i + k] && tokens[i + k]!.sentence === tokens[i]!.sentence && tokenStems(tokens[i + k]!).some((form) => form.stem === key)));
}

const BARE_TOMORROW = nameKeys('غدا')[0]!;

/**
 * The relative day whose words start at token `i`, read in the draft's text: a bare «غدا» is
 * tomorrow only with its tanween (غداً, غدًا) or closing its clause, not the verb "became"
 * («غدا المشروع رمزاً»); a day ahead after "of" is a future, not a day ("the city of tomorrow"),
 * and one inside a quotation counts from the day the words were said.
 */
export function relativeDayIn(analysis: Analysis, i: number): { keys: string[]; offset: number } | undefined {
  const tokens = analysis.tokens;
  const relative = relativeDayAt(tokens, i);
  // "The city of tomorrow", "the jobs of tomorrow": a future, not a day.
  if (relative && relative.offset > 0 && tokens[i - 1]?.key === 'of' && tokens[i - 1]!.sentence === tokens[i]!.sentence) return undefined;
  // A day ahead inside a quotation counts from the day the words were said, which the draft does not give.
  if (relative && relative.offset > 0 && tokens[i]!.quote !== -1) return undefined;
  if (!relative || relative.keys.length !== 1 || relative.keys[0] !== BARE_TOMORROW) return relative;
  const token = tokens[i]!;
  if (/[\u064b]/u.test(analysis.text.slice(token.oStart, token.oEnd))) return relative;
  const next = tokens[i + 1];
  return !next || next.clause !== token.clause || weekdayAt(tokens, i + 1) ? relative : undefined;
}

const WEEK_ORDER: readonly WeekdayId[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The weekday of a UTC day number (days since 1 January 1970, a Thursday). */
export function weekdayOfDay(dayNo: number): WeekdayId {
  return WEEK_ORDER[(((dayNo + 4) % 7) + 7) % 7]!;
}
