/**
 * The Arabic spellings of a story's people whom its fact base names in Latin letters only (an
 * editor's English fact base: Fiona Marr, Hannah Blyth), spelt by the rule the drawing uses for an
 * English article's names (`lexicon/foreignNames.ts`: the press's spellings of common given names,
 * the rest letter by letter with stressed vowels written long). Story detection looks for them in
 * Arabic drafts as written, which finds a short name (فيونا مار) that the consonant skeleton
 * cannot tell from ordinary Arabic words (`skeleton.ts` needs five consonants). Only full names of
 * two words or more are spelt: a family name alone (مار) is too often an Arabic word.
 */
import { arabicNameForms } from '../lexicon/foreignNames';
import { nameKeys } from '../knowledge';

/** How many Arabic spellings of one name are looked for, the press's usual one first. */
const MOST_SPELLINGS = 6;

/** The folded keys of the Arabic spellings of a person's Latin names of two words or more. */
export function arabicSpellingsOf(names: readonly string[]): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (name.trim().split(/\s+/).length < 2) continue;
    for (const spelling of arabicNameForms(name, MOST_SPELLINGS).spellings) {
      const keys = nameKeys(spelling);
      const joined = keys.join(' ');
      if (keys.length < 2 || seen.has(joined)) continue;
      seen.add(joined);
      out.push(keys);
    }
  }
  return out;
}
