/**
 * Places a fact base names in Latin letters only, written in Arabic by an Arabic draft: the
 * districts, towns and villages of an English article («منطقة مبيريكو» for the Mbiriko district),
 * which an editor's or a drawn fact base names in English alone.
 *
 * A place is read right after an Arabic noun of a place (`lexicon/words.ts`
 * `ARABIC_PLACE_NOUNS`: منطقة, بلدة, قرية …, with its clitics: بمنطقة), since a bare Arabic word of
 * three or four consonants is often a word of the language («بمباركة» has the consonants of
 * Mbiriko); after a dual noun («بلدتي بوين وبروسربين») the name after و is read too, and two names
 * that both fit are read even when one has two consonants only (Kilolo). It is read after a
 * preposition of place written as a word of its own (`ARABIC_PLACE_PREPOSITIONS`: «إلى مبيريكو»)
 * only when the draft's word writes the name's vowels as a foreign name's transliteration does
 * (at least one long vowel letter for every two of the Latin word's vowels: مبيريكو, not مباركة
 * nor كل), and a name of two consonants only when it is a gazetteer neighbour (below). So is a
 * venue's name (a building, an airport or a port of the fact base) after an Arabic noun of a
 * venue (`VENUE_NOUNS`: «مستشفى كالدر فيل», «سجن هولم هاوس» for Calder Vale Hospital or HMP Holme
 * House), whose vowels it must write as after a preposition. Each
 * word of the place's name must have the consonants of the draft's word in order
 * (`crossSkeletons`, the classes the two scripts share), and a name two places fit is neither's.
 * Places the gazetteer knows are found by their own Arabic names, never here, except the
 * neighbours of the fact base's places it names in Latin letters only (`placeNeighbours.ts`: a
 * district of the article's city, a town of its town's region).
 */
import type { Analysis, Token } from './analysis';
import { tokenStems, type KnowledgeIndex, type NameForm } from './knowledge';
import type { Place } from './factBase/schema';
import { crossSkeletons, type CrossMention } from './crossScriptNames';
import { isArabicWord } from './scope/skeleton';
import { ARABIC_DUAL_PLACE_NOUNS, ARABIC_PLACE_NOUNS, ARABIC_PLACE_PREPOSITIONS, STOPWORDS, VENUE_NOUNS } from './lexicon/words';
import { latinOnlyNeighbours } from './placeNeighbours';

/**
 * The fewest consonants a place's name needs, all words together, to be told apart; a name of
 * fewer (Kilolo, two) is read only with the other place a dual names, when both names fit.
 */
const LEAST_CONSONANTS = 3;
const LEAST_IN_PAIR = 2;

/** A place's Latin name: its form and the skeleton variants of each of its words. */
interface PlaceForm {
  form: NameForm;
  words: readonly (readonly string[])[];
  /** Fewer consonants than `LEAST_CONSONANTS`: read only as one of a dual's two places. */
  weak: boolean;
  /** A building, an airport or a port: a venue, whose name may follow a noun of a venue. */
  venue: boolean;
}

/** The kinds of place a noun of a venue names (a hospital, a prison, a hotel, an airport, a port). */
const VENUE_KINDS: ReadonlySet<string> = new Set(['building', 'airport', 'port']);

const STOP_KEYS = new Set(STOPWORDS);
const VENUE_NOUN = new Set(VENUE_NOUNS);
const indexCache = new WeakMap<KnowledgeIndex, Map<string, PlaceForm[]>>();

/** The fact base's places named in Latin letters only, by the skeleton of their first word, once per knowledge index. */
function placeIndex(knowledge: KnowledgeIndex): Map<string, PlaceForm[]> {
  let index = indexCache.get(knowledge);
  if (index) return index;
  index = new Map();
  const arabic = new Set<string>();
  const neighbours = latinOnlyNeighbours(knowledge);
  for (const form of knowledge.nameForms) if (form.kind === 'place' && form.keys.some((key) => isArabicWord(key))) arabic.add(form.entity);
  for (const form of knowledge.nameForms) {
    if (form.kind !== 'place' || (form.lexicon && (!neighbours.has(form.entity) || form.form.includes(','))) || arabic.has(form.entity)) continue;
    if (form.keys.some((key) => STOP_KEYS.has(key))) continue;
    const words = form.keys.map(crossSkeletons);
    if (words.some((variants) => variants[0]!.length === 0)) continue;
    const consonants = words.reduce((sum, variants) => sum + variants[0]!.length, 0);
    if (consonants < LEAST_IN_PAIR) continue;
    for (const first of words[0]!) {
      const list = index.get(first) ?? [];
      const venue = VENUE_KINDS.has(knowledge.entity<Place>(form.entity)?.fact.kind ?? '');
      if (!list.some((entry) => entry.form.entity === form.entity && entry.words.length === words.length)) list.push({ form, words, weak: consonants < LEAST_CONSONANTS, venue });
      index.set(first, list);
    }
  }
  indexCache.set(knowledge, index);
  return index;
}

/** Whether an Arabic word's skeleton, behind any clitic, is one of `variants`; the clitic's length when it is. */
function wordPrefix(token: Token, variants: readonly string[]): number | undefined {
  for (const { stem, prefix } of tokenStems(token)) if (crossSkeletons(stem).some((skeleton) => variants.includes(skeleton))) return prefix;
  return undefined;
}

/** A place found in the draft, whether its name has too few consonants to stand alone, and whether it is a venue. */
type FoundPlace = CrossMention & { weak: boolean; venue: boolean };

/** The one place whose name starts at draft token `at` (its later words unprefixed), or none when none or two fit. */
function placeAt(analysis: Analysis, index: Map<string, PlaceForm[]>, at: number, taken: Uint8Array): FoundPlace | undefined {
  const tokens = analysis.tokens;
  const found = new Map<string, FoundPlace>();
  for (const { stem, prefix } of tokenStems(tokens[at]!)) {
    for (const skeleton of crossSkeletons(stem)) {
      for (const entry of index.get(skeleton) ?? []) {
        const end = at + entry.words.length;
        if (end > tokens.length || taken.subarray(at, end).indexOf(1) >= 0) continue;
        const rest = entry.words.slice(1).every((variants, k) => {
          const token = tokens[at + 1 + k]!;
          return token.script === 'ar' && token.clause === tokens[at]!.clause && wordPrefix(token, variants) === 0;
        });
        const known = found.get(entry.form.entity);
        if (rest && (!known || end > known.tokenEnd)) found.set(entry.form.entity, { form: entry.form, tokenStart: at, tokenEnd: end, prefix, weak: entry.weak, venue: entry.venue });
      }
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * The nouns of a place a token is, behind its clitics: single, dual, or none; else a noun of a
 * venue (مستشفى, سجن, فندق: `VENUE_NOUNS`) or a preposition of place.
 */
function placeNoun(token: Token): 'one' | 'two' | 'venue' | 'preposition' | undefined {
  for (const { stem } of tokenStems(token)) {
    if (ARABIC_PLACE_NOUNS.has(stem)) return 'one';
    if (ARABIC_DUAL_PLACE_NOUNS.has(stem)) return 'two';
  }
  if (tokenStems(token).some(({ stem }) => VENUE_NOUN.has(stem))) return 'venue';
  return ARABIC_PLACE_PREPOSITIONS.has(token.key) ? 'preposition' : undefined;
}

const LATIN_VOWELS = /[aeiou]+|y$/g;
const LONG_VOWEL_LETTERS = /[اوي]/g;

/**
 * Whether each of the draft's words of a place writes the name's vowels as a transliteration
 * does: a long vowel letter (ا, و, ي) for at least every second vowel of the Latin word, and one
 * at least («ليث» for Leith, «مبيريكو» for Mbiriko; not «مباركة», «كل»).
 */
function writesVowels(analysis: Analysis, place: FoundPlace): boolean {
  return place.form.keys.every((key, k) => {
    const vowels = key.match(LATIN_VOWELS)?.length ?? 0;
    const word = analysis.tokens[place.tokenStart + k]!.key.slice(k === 0 ? place.prefix : 0);
    const letters = word.match(LONG_VOWEL_LETTERS)?.length ?? 0;
    return letters >= Math.max(1, Math.ceil(vowels / 2));
  });
}

/**
 * The places of the fact base named in Latin letters only that an Arabic draft names after a
 * noun of a place, on tokens no other mention took.
 */
export function crossScriptPlaces(analysis: Analysis, knowledge: KnowledgeIndex, taken: Uint8Array): CrossMention[] {
  const index = placeIndex(knowledge);
  if (index.size === 0) return [];
  const tokens = analysis.tokens;
  const out: CrossMention[] = [];
  // A fact base's Latin-only places and the gazetteer's Latin-only neighbours.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]!;
    if (tokens[i]!.script !== 'ar' || next.script !== 'ar' || next.sentence !== tokens[i]!.sentence || taken[i + 1]) continue;
    const noun = placeNoun(tokens[i]!);
    if (!noun) continue;
    const first = placeAt(analysis, index, i + 1, taken);
    if (!first || first.prefix !== 0) continue;
    // After a preposition the name must be written as a foreign name is. A gazetteer neighbour may
    // then be short (Leith); a fact base's short place may not: after a preposition such a word is
    // too often a word of the language (a false alarm the held-out guard showed).
    if (noun === 'preposition') {
      if (!writesVowels(analysis, first)) continue;
      if (first.form.lexicon) first.weak = false;
    }
    // After a noun of a venue («مستشفى كالدر فيل», «سجن هولم هاوس») the name is a venue's, one of
    // the fact base's buildings, airports or ports that an editor names in English alone (not a
    // gorge or a river a station stands on); many words of the language follow such a noun
    // (مستشفى المدينة), so the name must be written as a foreign name is too.
    if (noun === 'venue' && (!first.venue || !writesVowels(analysis, first) || first.weak)) continue;
    // A dual names a second place after و («منطقتي كيلولو وموفيندي»); two names that both fit
    // are read even when one has few consonants.
    const after = tokens[first.tokenEnd];
    const second = noun === 'two' && after && after.clause === next.clause && after.key.startsWith('و') && !taken[first.tokenEnd] ? placeAt(analysis, index, first.tokenEnd, taken) : undefined;
    // The و is the conjunction (a glide, it leaves the skeleton as it is: the name may be found with it).
    const pair = second && second.prefix <= 1 && second.form.entity !== first.form.entity ? [first, { ...second, prefix: 1 }] : [first];
    const read = pair.length === 2 ? pair : pair.filter((place) => !place.weak);
    for (const place of read) {
      out.push({ form: place.form, tokenStart: place.tokenStart, tokenEnd: place.tokenEnd, prefix: place.prefix });
      taken.fill(1, place.tokenStart, place.tokenEnd);
      i = place.tokenEnd - 1;
    }
  }
  return out;
}

/**
 * Whether Arabic words write a place the fact base names in Latin letters only: each word of its
 * name by its consonants, in order, save one word of a name of two or more that the draft may put
 * in Arabic words of its own (the Bay of Nelson Mandela Bay: «خليج نيلسون مانديلا»); the draft may
 * give no other word than that one and nouns of a place (لبلدة هارتويل). The name's words must
 * hold `LEAST_CONSONANTS` consonants at least. The place is looked up by the skeleton of each
 * draft word, never by a walk over the fact base's places.
 */
export function writesLatinPlace(knowledge: KnowledgeIndex, words: readonly Token[]): boolean {
  const index = placeIndex(knowledge);
  if (index.size === 0 || words.length === 0 || words.some((token) => token.script !== 'ar')) return false;
  for (const token of words) {
    for (const { stem } of tokenStems(token)) {
      for (const skeleton of crossSkeletons(stem)) {
        for (const entry of index.get(skeleton) ?? []) if (coversPlace(entry, words)) return true;
      }
    }
  }
  return false;
}

/** Whether the draft's words write `entry`'s name in order, as {@link writesLatinPlace} asks. */
function coversPlace(entry: PlaceForm, words: readonly Token[]): boolean {
  let next = 0;
  let consonants = 0;
  const used = new Set<number>();
  for (const variants of entry.words) {
    // A word of the name the draft does not write may be in words of its own (خليج for Bay).
    const at = words.findIndex((token, i) => i >= next && wordPrefix(token, variants) !== undefined);
    if (at < 0) continue;
    used.add(at);
    next = at + 1;
    consonants += variants[0]!.length;
  }
  const missing = entry.words.length - used.size;
  const others = words.filter((token, i) => !used.has(i) && placeNoun(token) !== 'one' && placeNoun(token) !== 'two');
  if (consonants < LEAST_CONSONANTS) return false;
  if (missing === 0) return others.length === 0;
  return missing === 1 && entry.words.length >= 2 && others.length <= 1;
}
