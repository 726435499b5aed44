/**
 * Ranges of years: "between 2019 and 2021", "from 2019 to 2021", "2019-2021", «بين عامي 2019
 * و2021» (the last year glued to «و», which the date reader leaves alone), «من 2019 إلى 2021». The
 * date reader keeps the two years apart (the fact-base drawer joins them itself); the `event-date`
 * rule reads them here as one range, the first year in `year` and the last in `toYear`.
 */
import type { Analysis } from '../analysis';
import type { DateExpression } from './dates';
import { betweenBefore, joint } from './dateRanges';
import { wordKey } from '../tokenKey';

/** Year nouns that may stand between "between" and the first year (بين عامي 2019 و2021, between the years 2019 and 2021). */
const YEAR_NOUNS = new Set(['عامي', 'عام', 'سنتي', 'العامين', 'الاعوام', 'السنوات', 'years', 'the'].map((word) => wordKey(word)));

/** Whether a date is a year and nothing more. */
const yearOnly = (date: DateExpression) => !!date.year && !date.month && !date.day && !date.relative && !date.partWord && !date.to;

/** Whether "between" (بين) stands before token `index`, perhaps with a year noun between. */
function afterBetween(analysis: Analysis, index: number): boolean {
  let k = index;
  while (k > 0 && k > index - 3 && YEAR_NOUNS.has(analysis.tokens[k - 1]!.key) && analysis.tokens[k - 1]!.sentence === analysis.tokens[index]!.sentence) k--;
  return betweenBefore(analysis.tokens, k);
}

/** The last year glued to «و» right after the year `first` (بين عامي 2019 و2021), as a date part. */
function gluedYear(analysis: Analysis, first: DateExpression): DateExpression['toYear'] {
  const token = analysis.tokens[first.tokenEnd];
  const match = token && token.sentence === analysis.tokens[first.tokenStart]!.sentence ? /^و((?:19|20)\d\d)$/.exec(token.key) : null;
  if (!match) return undefined;
  return { value: Number(match[1]), start: token!.oEnd - 4, end: token!.oEnd, tokenStart: first.tokenEnd, tokenEnd: first.tokenEnd + 1 };
}

/**
 * The draft's dates with each range of years joined into one expression (copies: the list of
 * `dates` is shared), the second year's own expression left out. The last year must come after
 * the first; «و»/and joins them only after "between".
 */
export function yearRanges(analysis: Analysis, all: readonly DateExpression[]): DateExpression[] {
  const out: DateExpression[] = [];
  for (let n = 0; n < all.length; n++) {
    const date = all[n]!;
    if (!yearOnly(date)) {
      out.push(date);
      continue;
    }
    const glued = gluedYear(analysis, date);
    if (glued && glued.value > date.year!.value && afterBetween(analysis, date.year!.tokenStart)) {
      out.push({ ...date, toYear: glued, tokenEnd: glued.tokenEnd, end: glued.end });
      continue;
    }
    const next = all[n + 1];
    const how = next && yearOnly(next) && next.year!.value > date.year!.value ? joint(analysis, date.year!.tokenStart, next.year!.tokenStart) : undefined;
    if (how && (how !== 'and' || afterBetween(analysis, date.year!.tokenStart))) {
      out.push({ ...date, toYear: next!.year, tokenEnd: next!.tokenEnd, end: next!.end });
      n++;
      continue;
    }
    out.push(date);
  }
  return out;
}
