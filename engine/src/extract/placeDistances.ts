/**
 * A place named by its distance, and maybe its direction, from the place before it: "30 km south
 * of Kandahar", "about 40 miles north-east of Herat", "20 km from Kandahar", «على بعد 30 كلم جنوب
 * غرب الموصل», «على بعد 20 كيلومتراً من الموصل». What happened there happened near the place, not
 * in it: the event-place rule compares such a place as after "near" (a locative of direction, not
 * of place proper), and drawing takes it as the event's place when its clause names no place after
 * a locative. A direction with no distance ("south of Kandahar") is left alone: it may name a
 * region beyond the place ("the provinces south of Kabul"), and "the north of England" names a
 * part of it (`rules/places/direction.ts`).
 */
import type { Token } from '../analysis';
import { wordKey } from '../tokenKey';
import { ENGLISH_DIRECTION_NOUNS } from '../lexicon/directions';
import { arabicDirectionNoun } from '../rules/places/direction';

/**
 * The words of a distance (folded): the kilometre's and the mile's forms in both languages, as
 * `lexicon/units.ts` writes them, with the Arabic mile (ميل, أميال) that units.ts does not need.
 */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(
  ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'kms', 'mile', 'miles', 'كم', 'كلم', 'كيلومتر', 'كيلومترا', 'كيلومترات', 'ميل', 'ميلا', 'أميال'].map(wordKey),
);

/**
 * Whether the token before the place at `placeToken` closes a distance from it: "30 km south of",
 * "20 miles from", «30 كلم جنوب غرب», «20 كيلومتراً من». Only words of the place's sentence count.
 */
export function distanceBefore(tokens: readonly Token[], placeToken: number): boolean {
  const sentence = tokens[placeToken]?.sentence;
  const at = (k: number): Token | undefined => (k >= 0 && tokens[k]!.sentence === sentence ? tokens[k] : undefined);
  let k = placeToken - 1;
  const first = at(k);
  if (!first) return false;
  if (first.script === 'ar') {
    // «كلم من الموصل», «كلم جنوب غرب الموصل»: one or two direction nouns, with no clitic of their own.
    if (first.key !== 'من') {
      const direction = arabicDirectionNoun(first.key);
      if (!direction || direction.fused || first.key !== direction.noun) return false;
      const second = at(k - 1) && arabicDirectionNoun(at(k - 1)!.key);
      if (second && !second.fused && at(k - 1)!.key === second.noun) k--;
    }
    return DISTANCE_UNITS.has(at(k - 1)?.key ?? '');
  }
  if (first.key === 'from') return DISTANCE_UNITS.has(at(k - 1)?.key ?? '');
  if (first.key !== 'of' || !ENGLISH_DIRECTION_NOUNS.has(at(k - 1)?.key ?? '')) return false;
  return DISTANCE_UNITS.has(at(k - 2)?.key ?? '');
}
