/**
 * A part of a country or region named by a direction between a locative and the place: "in the
 * north of England", "in southern Spain", "in north-east Wales", «في شمال المغرب», «بجنوب إسبانيا»,
 * «في شمال شرق الجزائر». The part lies inside the place, so the event-place rule compares the place
 * as if the locative stood right before it, and reports the whole part ("the north of England").
 *
 * Left alone: a direction from a place ("20 miles north of Swansea", "north of England" without
 * "the": outside it), «جنوب غرب مراكش» after a verb with no locative (the article's "south-west of
 * Marrakech"), and a direction before a city or a smaller place, which may name the country
 * around it («في جنوب غرب مراكش»).
 */
import type { Analysis } from '../../analysis';
import type { KnowledgeIndex } from '../../knowledge';
import type { Mention } from '../../mentions';
import type { Place } from '../../factBase/schema';
import { ARABIC_DIRECTION_NOUNS, ENGLISH_DIRECTION_ADJECTIVES, ENGLISH_DIRECTION_NOUNS } from '../../lexicon/directions';

/** The direction before a place: the token where the part starts and the cue before it. */
export interface DirectionPart {
  /** The token of the first word of the part (the direction, or "the" before it). */
  start: number;
  /** The token before the part, where the locative is looked for. */
  cue: number;
  /** The part's first word carries its own locative (بجنوب, وبشمال). */
  fused: boolean;
}

/** The clitics an Arabic direction noun may carry, longest first, and whether they hold ب. */
const ARABIC_CLITICS: readonly [string, boolean][] = [['وب', true], ['فب', true], ['ب', true], ['و', false], ['ف', false], ['', false]];

/** The Arabic direction noun of a folded key with its clitic, or undefined. */
function arabicDirection(key: string): { fused: boolean } | undefined {
  return arabicDirectionNoun(key);
}

/**
 * Every Arabic direction noun with each clitic it may carry, by its folded key: the noun without the
 * clitic and whether the clitic holds ب. The longest clitic is tried first, so a key written two ways
 * keeps the first. Made once, as the place checks ask it of every Arabic word of a draft.
 */
const ARABIC_DIRECTION_KEYS: ReadonlyMap<string, { readonly noun: string; readonly fused: boolean }> = (() => {
  const keys = new Map<string, { noun: string; fused: boolean }>();
  for (const [clitic, fused] of ARABIC_CLITICS) for (const noun of ARABIC_DIRECTION_NOUNS) if (!keys.has(clitic + noun)) keys.set(clitic + noun, { noun, fused });
  return keys;
})();

/** The Arabic direction noun of a folded key without its clitic (وبشمال → شمال), and whether the clitic holds ب. */
export function arabicDirectionNoun(key: string): { readonly noun: string; readonly fused: boolean } | undefined {
  return ARABIC_DIRECTION_KEYS.get(key);
}

/**
 * The direction part before `place` when the place is a country or region (see the module
 * comment); `cue` is the token right before the place.
 */
export function directionPart(analysis: Analysis, knowledge: KnowledgeIndex, place: Mention, cue: number): DirectionPart | undefined {
  const tokens = analysis.tokens;
  const sentence = tokens[place.tokenStart]!.sentence;
  const at = (k: number) => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  const first = at(cue);
  if (!first) return undefined;
  const kind = knowledge.entity<Place>(place.entity)?.fact.kind;
  if (kind !== 'country' && kind !== 'region') return undefined;
  if (first.script === 'ar') {
    // «شمال شرق الجزائر»: a second direction noun before the first.
    let k = cue;
    if (!arabicDirection(first.key)) return undefined;
    if (at(k - 1) && arabicDirection(at(k - 1)!.key) && !arabicDirection(first.key)!.fused) k--;
    const found = arabicDirection(at(k)!.key)!;
    return { start: k, cue: k - 1, fused: found.fused };
  }
  // "the north of England": the noun needs "the" before it; without it, it is a direction from the place.
  if (first.key === 'of') {
    const noun = at(cue - 1);
    if (!noun || !ENGLISH_DIRECTION_NOUNS.has(noun.key) || at(cue - 2)?.key !== 'the') return undefined;
    return { start: cue - 2, cue: cue - 3, fused: false };
  }
  if (!ENGLISH_DIRECTION_ADJECTIVES.has(first.key) && !ENGLISH_DIRECTION_NOUNS.has(first.key)) return undefined;
  // "in the southern Highlands" keeps its article inside the part.
  const start = at(cue - 1)?.key === 'the' ? cue - 1 : cue;
  return { start, cue: start - 1, fused: false };
}

/** Where a direction part starts in the draft: after the clitics of an Arabic noun (وبجنوب → جنوب). */
export function partStart(analysis: Analysis, part: DirectionPart): number {
  const token = analysis.tokens[part.start]!;
  if (token.script !== 'ar') return token.oStart;
  const clitics = /^(?:[وف][\u064B-\u0652]*)?(?:ب[\u064B-\u0652]*)?/.exec(analysis.text.slice(token.oStart, token.oEnd))![0];
  // A clitic read over the noun's own first letter (a noun that starts with ب or و) is no clitic.
  return arabicDirection(token.key.slice(clitics.replace(/[\u064B-\u0652]/g, '').length)) ? token.oStart + clitics.length : token.oStart;
}
