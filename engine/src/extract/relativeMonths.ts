/**
 * Finds months said from the draft's date (last month, this month, next month, «الشهر الماضي»,
 * «الشهر الجاري», «الشهر المقبل») and gives each the calendar month it names, counted from a
 * reference day (the draft's own date, else the article's publication date). "The last month"
 * and "the next month" are durations, and "last month's" dates the noun after it: neither is read.
 * A part word before it (early, late, «مطلع», «أواخر») is kept as the date's part of the month.
 */
import type { Analysis } from '../analysis';
import { nameKeys, tokenStems } from '../knowledge';
import { RELATIVE_MONTHS } from '../lexicon/months';
import { dateExpression, partOf, type DateExpression } from './dates';

const MONTHS = RELATIVE_MONTHS.map((entry) => ({ keys: entry.words.map((word) => nameKeys(word)[0]!), offset: entry.offset }));
const FIRST_KEYS = new Set(MONTHS.map((entry) => entry.keys[0]!));

const cache = new WeakMap<Analysis, { reference: number; found: DateExpression[] }>();

/** The relative months of the draft, as dates counted from `reference` (a UTC day number). */
export function relativeMonths(analysis: Analysis, reference: number): DateExpression[] {
  const cached = cache.get(analysis);
  if (cached && cached.reference === reference) return cached.found;
  const tokens = analysis.tokens;
  const day = new Date(reference * 86_400_000);
  const base = day.getUTCFullYear() * 12 + day.getUTCMonth();
  const found: DateExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokenStems(tokens[i]!).some((s) => FIRST_KEYS.has(s.stem))) continue;
    const sentence = tokens[i]!.sentence;
    const entry = MONTHS.find((month) => month.keys.every((key, k) => tokens[i + k]?.sentence === sentence && tokenStems(tokens[i + k]!).some((s) => s.stem === key)));
    if (!entry) continue;
    const end = i + entry.keys.length;
    const last = tokens[end - 1]!;
    // "over the last month" is a duration; "last month's floods" dates the floods.
    if (tokens[i - 1]?.key === 'the' || /^['’]s\b/i.test(analysis.text.slice(last.oEnd, last.oEnd + 3))) {
      i = end - 1;
      continue;
    }
    const months = base + entry.offset;
    const year = Math.floor(months / 12);
    const month = (months % 12) + 1;
    const range = { start: tokens[i]!.oStart, end: last.oEnd, tokenStart: i, tokenEnd: end };
    const date = dateExpression(tokens, i, end, { year: { value: year, ...range }, month: { value: month, ...range, spellings: [] }, relativeMonth: { value: entry.offset, ...range } });
    // Early, mid or late: «مطلع الشهر الجاري», late last month, the beginning of this month.
    for (const k of [i - 1, i - 2]) {
      const word = tokens[k];
      if (!word || word.sentence !== sentence) continue;
      const part = partOf(word);
      if (part) {
        date.part = part;
        date.partWord = { value: part, start: word.oStart, end: word.oEnd, tokenStart: k, tokenEnd: k + 1 };
        break;
      }
    }
    found.push(date);
    i = end - 1;
  }
  cache.set(analysis, { reference, found });
  return found;
}
