/**
 * The terms of a ratio. The second: the figure after a word of ratio (one doctor for every 3,100 people,
 * «طبيب واحد لكل 3100 نسمة», one «من كل» five nurses, 12 deaths per 100,000 births; the words are
 * `lexicon/numbers.ts` `RATIO_LEADS`). It counts no thing of its own: drawing does not draw it as a
 * count of the noun after it, and the quantity rule does not compare it with that noun's count
 * unless the fact base gives a ratio itself (an editor's fact of one doctor for every 2,400
 * people), with which a draft's ratio may be compared. The first term, a figure and its noun
 * before the words of ratio and a figure or a noun (3 workers for every 100 metres, 90 workers
 * per shift), is a rate and is left alone alike; not one per a period (9,000 vehicles per day),
 * which is the count a day.
 */
import type { Token } from '../analysis';
import { RATIO_LEADS } from '../lexicon/numbers';
import { fold } from '../text/normalise';
import { wordKey } from '../tokenKey';

const LEADS: readonly (readonly string[])[] = RATIO_LEADS.map((words) => words.map(wordKey));

/** Whether the words of a ratio end right before token `start`, in its clause. */
export function afterRatioWords(tokens: readonly Token[], start: number): boolean {
  return ratioLeadBefore(tokens, start) > 0;
}

/** The number of the words of a ratio that end right before token `start`, in its clause (0 when none do). */
export function ratioLeadBefore(tokens: readonly Token[], start: number): number {
  const lead = LEADS.find((words) => {
    const first = start - words.length;
    return first >= 0 && words.every((word, j) => tokens[first + j]!.key === word && tokens[first + j]!.clause === tokens[start]!.clause);
  });
  return lead?.length ?? 0;
}

/**
 * Whether the first term of a ratio ends at token `end` (3 workers for every 100 metres, «3 عمال
 * لكل 100 متر», 90 workers per shift): the words of a ratio within the three words after it, in
 * its clause, and a number (one of `numberStarts`) or a noun other than a period right after
 * them. The first term is a rate, not a count.
 */
export function beforeRatioWords(tokens: readonly Token[], end: number, numberStarts: ReadonlySet<number>): boolean {
  return ratioLeadAfter(tokens, end, numberStarts) >= 0;
}

/** The first token of the words of a ratio after a first term that ends at token `end` ({@link beforeRatioWords}), or -1. */
export function ratioLeadAfter(tokens: readonly Token[], end: number, numberStarts: ReadonlySet<number>): number {
  const clause = tokens[end - 1]?.clause;
  for (let k = end; k < tokens.length && k <= end + 3 && tokens[k]!.clause === clause; k++) {
    if (numberStarts.has(k) && k > end) return -1;
    const lead = LEADS.find((words) => words.every((word, j) => tokens[k + j]?.key === word && tokens[k + j]!.clause === clause));
    if (lead) return numberStarts.has(k + lead.length) || perNoun(tokens[k + lead.length], clause) ? k : -1;
  }
  return -1;
}

/** Words after "per" that make no rate of a count: per cent, and the periods a count's own qualifier gives (a day, per year). */
const NOT_RATES = new Set(['cent', 'centum', 'day', 'week', 'month', 'year', 'annum', 'يوم', 'اليوم', 'أسبوع', 'شهر', 'سنة', 'عام', 'المئة', 'مئة'].map(wordKey));

/** Whether the word after the words of a ratio is a noun in its clause other than a period (per shift, per village, «لكل نوبة»). */
function perNoun(token: Token | undefined, clause: number): boolean {
  return !!token && token.clause === clause && token.script !== 'digit' && token.key.length >= 3 && !NOT_RATES.has(token.key);
}

/** Whether a text (a fact's evidence) gives a ratio: the words of a ratio before another word. */
export function textHasRatio(text: string): boolean {
  const words = fold(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map(wordKey);
  for (let i = 0; i < words.length; i++) {
    if (LEADS.some((lead) => i + lead.length < words.length && lead.every((word, j) => words[i + j] === word))) return true;
  }
  return false;
}
