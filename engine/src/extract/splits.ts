/**
 * Splits of a vote or a bench in a draft: digits joined by a dash (5-0, 2–1) and number words or
 * digits joined by "to" or مقابل (four to one, 4 مقابل 1), with or without the noun of the vote
 * after the first figure (33 votes to 28, «33 صوتاً مقابل 28»). The larger side comes first, as a
 * split is written; a pair whose first side is smaller is a range (9-11 October), not a split.
 */
import { tokenAtOffset, type Analysis } from '../analysis';
import { numbers } from './numbers';
import { SPLIT_JOINERS, SPLIT_NOUNS } from '../lexicon/numbers';

/** A split said in the draft. */
export interface Split {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  value: number;
  against: number;
  style: 'digits' | 'words';
  /** The noun of the vote written between the figures (votes, «صوتاً»), if any. */
  noun?: string;
}

const cache = new WeakMap<Analysis, Split[]>();

/** Words before a pair that make it a change or a range (from 6 to 4, من 6 إلى 4). */
const FROM_WORDS = new Set(['from', 'between', 'من', 'بين']);

/** Every split of the draft, in order. */
export function splits(analysis: Analysis): Split[] {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const out: Split[] = [];
  const tokens = analysis.tokens;
  for (const match of analysis.mask.matchAll(/(?<![\d.,:/–-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\d.,:/–-])/g)) {
    const value = Number(match[1]);
    const against = Number(match[2]);
    if (value < against) continue;
    const start = match.index;
    const end = start + match[0].length;
    out.push({ start, end, tokenStart: tokenAtOffset(tokens, start), tokenEnd: tokenAtOffset(tokens, end - 1) + 1, value, against, style: 'digits' });
  }
  const all = numbers(analysis);
  for (let k = 0; k + 1 < all.length; k++) {
    const first = all[k]!;
    const second = all[k + 1]!;
    // The noun of the vote may stand between the first figure and the joiner: 33 votes to 28.
    const nounToken = tokens[first.tokenEnd];
    const withNoun = nounToken !== undefined && SPLIT_NOUNS.has(nounToken.key);
    const joinerIndex = withNoun ? first.tokenEnd + 1 : first.tokenEnd;
    const joiner = tokens[joinerIndex];
    if (!joiner || second.tokenStart !== joinerIndex + 1 || !SPLIT_JOINERS.has(joiner.key) || tokens[second.tokenStart]!.sentence !== joiner.sentence) continue;
    if (first.value < second.value || first.value > 1000 || first.scale || second.scale || !Number.isInteger(first.value) || !Number.isInteger(second.value)) continue;
    // From six to four is a change, between six and four a range: neither is a split.
    if (FROM_WORDS.has(tokens[first.tokenStart - 1]?.key ?? '')) continue;
    const style = first.style === 'digits' ? 'digits' : 'words';
    const split: Split = { start: first.start, end: second.end, tokenStart: first.tokenStart, tokenEnd: second.tokenEnd, value: first.value, against: second.value, style };
    if (withNoun) split.noun = analysis.text.slice(nounToken.oStart, nounToken.oEnd);
    out.push(split);
  }
  out.sort((a, b) => a.start - b.start);
  cache.set(analysis, out);
  return out;
}
