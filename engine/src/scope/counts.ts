/**
 * A story's counted figures, as evidence that a draft is about it when its names are few or
 * written in the other script: a number of the fact base's quantities written with the thing it
 * counts or the unit it measures (23 people, 31 hours, «45 يوماً», 140 personnel). A figure of two
 * significant digits weighs nothing alone (`figures.ts`: many texts hold such numbers), but with
 * its noun it is the story's own; each corroborates a name (see `detect.ts`) and weighs little.
 *
 * Only figures of 11 or more that are not round (a multiple of ten, or of a hundred from a hundred
 * on) count: three dead, ten days or 200 workers are in too many stories.
 */
import type { Analysis } from '../analysis';
import type { FactBaseData } from '../factBase/schema';
import { numbers } from '../extract/numbers';
import { nameKeys, stems, tokenStems } from '../knowledge';
import { UNIT_WORDS } from '../lexicon/numbers';
import { wordKey } from '../tokenKey';

/** The weight of a counted figure found with its noun or unit. */
export const COUNTED_FIGURE_WEIGHT = 0.5;

/** How many words after the number its noun or unit may stand (23 trapped people, «23 شخصاً أحياء»). */
const NOUN_WINDOW = 3;

/** One counted figure of a story: the words that name what it counts. */
export interface CountedFigure {
  anchor: number;
  words: ReadonlySet<string>;
}

/** Whether a value is distinctive enough to count with its noun (see the module's comment). */
export function countable(value: number): boolean {
  if (!Number.isInteger(value) || value < 11 || value >= 1000) return false;
  return value < 100 ? value % 10 !== 0 : value % 100 !== 0;
}

/** The folded words (and their stems) naming what a quantity counts or measures. */
export function countedWords(quantity: NonNullable<FactBaseData['quantities']>[number]): Set<string> {
  const words = new Set<string>();
  const add = (word: string) => {
    words.add(word);
    for (const stem of stems(word)) words.add(stem.stem);
  };
  if (quantity.unit === 'count') {
    for (const noun of [...(quantity.noun?.ar ?? []), ...(quantity.noun?.en ?? [])]) for (const key of nameKeys(noun)) add(key);
  } else {
    words.add(quantity.unit);
    for (const [word, unit] of Object.entries(UNIT_WORDS)) if (unit === quantity.unit) add(wordKey(word));
  }
  return words;
}

/** Calls `found` for each counted figure written in the analysed text with one of its words after it. */
export function findCounted(analysis: Analysis, counted: ReadonlyMap<number, readonly CountedFigure[]>, found: (anchor: number) => void): void {
  if (counted.size === 0) return;
  const tokens = analysis.tokens;
  for (const number of numbers(analysis)) {
    const figures = counted.get(number.value);
    if (!figures) continue;
    const end = number.tokenEnd;
    const sentence = tokens[end - 1]?.sentence;
    for (const figure of figures) {
      // A unit inside the expression (the dual «يومين», an eight-month) is its own word.
      if (number.unit && figure.words.has(number.unit)) {
        found(figure.anchor);
        continue;
      }
      for (let k = end; k < end + NOUN_WINDOW && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
        if (figure.words.has(tokens[k]!.key) || tokenStems(tokens[k]!).some((stem) => figure.words.has(stem.stem))) {
          found(figure.anchor);
          break;
        }
      }
    }
  }
}
