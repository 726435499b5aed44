/**
 * Figures of a combined fate: "36 people dead or missing", "40 killed or injured", «45 شخصا بين
 * قتيل ومفقود», «36 قتيلا ومفقودا», and stated after the fates («بلغ عدد القتلى أو المفقودين 36»,
 * "the number of dead or missing rose to 36"). Such a figure counts the people of either fate
 * together: it is neither the dead alone nor the missing alone. Read alike in a draft (by the
 * `quantity` rule) and in an article (by drawing, which gives the figure both fates' nouns).
 */
import type { Token } from '../analysis';
import { FATE_JOINERS, fateOf, type Fate } from '../lexicon/fates';
import { wordKey } from '../tokenKey';
import type { NumberExpression } from './numbers';

/** Two fates joined into one, from token `start` to token `end` (exclusive). */
export interface CombinedFate {
  start: number;
  end: number;
  fates: readonly [Fate, Fate];
}

/**
 * Words that may stand between a figure and its fates ("36 people are dead or missing", «36 شخصا
 * بين قتيل ومفقود», «لا يزالون»), folded.
 */
const BETWEEN: ReadonlySet<string> = new Set(
  ['people', 'persons', 'others', 'are', 'were', 'have', 'been', 'now', 'left', 'listed', 'as', 'either', 'شخص', 'شخصا', 'أشخاص', 'بين', 'ما', 'من'].map(wordKey),
);

/** The combined fates of a token list: a fate, a joiner (or a و on the next word), another fate. */
export function combinedFates(tokens: readonly Token[]): CombinedFate[] {
  const out: CombinedFate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = fateOf(tokens[i]!.key);
    if (!first || first.joined) continue;
    const joiner = FATE_JOINERS.has(tokens[i + 1]!.key) ? 1 : 0;
    const next = tokens[i + 1 + joiner];
    const second = next && next.clause === tokens[i]!.clause ? fateOf(next.key) : undefined;
    if (!second || second.fate === first.fate || (joiner === 0 && !second.joined)) continue;
    out.push({ start: i, end: i + 2 + joiner, fates: [first.fate, second.fate] });
  }
  return out;
}

/** How far a stated figure may stand after its fates ("the number of dead or missing rose to 36"). */
const STATED_REACH = 8;

/**
 * The figures that count a combined fate, by their first token, with the two fates: the figure
 * right before the fates (with only `BETWEEN` words in between), else the first figure after them
 * in their clause.
 */
export function combinedFigures(tokens: readonly Token[], figures: readonly NumberExpression[]): Map<number, readonly [Fate, Fate]> {
  const out = new Map<number, readonly [Fate, Fate]>();
  for (const phrase of combinedFates(tokens)) {
    const clause = tokens[phrase.start]!.clause;
    let k = phrase.start - 1;
    while (k >= 0 && tokens[k]!.clause === clause && BETWEEN.has(tokens[k]!.key) && !figures.some((n) => n.tokenEnd === k + 1)) k--;
    const before = figures.find((n) => n.tokenEnd === k + 1 && tokens[n.tokenStart]!.clause === clause);
    const after = before ? undefined : figures.find((n) => n.tokenStart >= phrase.end && n.tokenStart - phrase.end < STATED_REACH && tokens[n.tokenStart]!.clause === clause);
    const figure = before ?? after;
    if (figure) out.set(figure.tokenStart, phrase.fates);
  }
  return out;
}
