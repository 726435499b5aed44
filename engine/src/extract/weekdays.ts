/**
 * Finds weekday names in a draft (on Wednesday, يوم الأربعاء, السبت). An Arabic weekday is read
 * with its article or after a day noun only: bare أحد, اثنين and جمعة are also "one", "two" and
 * "association".
 */
import type { Analysis, Token } from '../analysis';
import { nameKeys, tokenStems } from '../knowledge';
import { WEEKDAYS } from '../lexicon/months';

export type WeekdayId = (typeof WEEKDAYS)[number]['id'];

const WEEKDAY_BY_KEY = new Map<string, WeekdayId>(WEEKDAYS.flatMap((day) => day.names.map((name) => [nameKeys(name)[0]!, day.id] as [string, WeekdayId])));

/** Words that introduce a day (يوم الخميس, ليلة الجمعة). */
const DAY_NOUNS = new Set(['يوم', 'ليله', 'ليل', 'مساء', 'صباح', 'فجر', 'ظهر', 'on', 'last', 'next', 'this', 'since', 'until', 'by']);

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
