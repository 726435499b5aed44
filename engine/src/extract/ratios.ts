/**
 * The second term of a ratio: the figure after a word of ratio (one doctor for every 3,100 people,
 * «طبيب واحد لكل 3100 نسمة», one «من كل» five nurses, 12 deaths per 100,000 births; the words are
 * `lexicon/numbers.ts` `RATIO_LEADS`). It counts no thing of its own: drawing does not draw it as a
 * count of the noun after it, and the quantity rule does not compare it with that noun's count
 * unless the fact base gives a ratio itself (an editor's fact of one doctor for every 2,400
 * people), with which a draft's ratio may be compared.
 */
import type { Token } from '../analysis';
import { RATIO_LEADS } from '../lexicon/numbers';
import { fold } from '../text/normalise';
import { wordKey } from '../tokenKey';

const LEADS: readonly (readonly string[])[] = RATIO_LEADS.map((words) => words.map(wordKey));

/** Whether the words of a ratio end right before token `start`, in its clause. */
export function afterRatioWords(tokens: readonly Token[], start: number): boolean {
  return LEADS.some((words) => {
    const first = start - words.length;
    return first >= 0 && words.every((word, j) => tokens[first + j]!.key === word && tokens[first + j]!.clause === tokens[start]!.clause);
  });
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
