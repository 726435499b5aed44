/**
 * People named in the other script than every name their fact base gives them: an Arabic draft of
 * a story whose fact base names its people in English only (غاريث هاولز for Gareth Howells), and
 * an English draft of one that names them in Arabic only (Moncef Riahi for منصف الرياحي).
 *
 * A draft name is read by the consonant classes the two scripts share (`scope/skeleton.ts`: the
 * vowels, glides and every h dropped, the letters a transliteration confuses in one class). A name
 * of two words or more whose every word has the consonants of the same word of one person's name
 * is that person: their titles and ties are then compared like those of an exact mention. It is
 * never a misspelling (the vowels of a name written in another script are the writer's), a name
 * whose skeleton has too few consonants to tell it apart, or that two people's names fit, is no
 * one, and a Latin name is only read when its words are capitalised. After the full name, the
 * family name alone («مادوكس») is the same person in the rest of the draft.
 */
import type { Analysis, Token } from './analysis';
import { tokenStems, type KnowledgeIndex, type NameForm } from './knowledge';
import { arabicSkeleton, isArabicWord, latinSkeletons } from './scope/skeleton';
import { AR_STOP } from './lexicon/functionWords';
import { silentLetterForms } from './lexicon/foreignNames';

/** A person's name indexed by the skeleton of its first word, for drafts in the other script. */
interface CrossForm {
  form: NameForm;
  /** The skeleton variants of each later word. */
  rest: readonly (readonly string[])[];
  /** Whether the name has fewer consonants than a name needs to be read in any Arabic words (see {@link LEAST_SHORT_AR}). */
  short: boolean;
}

/** The names indexed for Arabic draft words (from Latin-only people) and for Latin ones. */
interface CrossIndex {
  ar: Map<string, CrossForm[]>;
  latin: Map<string, CrossForm[]>;
}

/** A name found in the draft: the person's form and its token range (the first token's clitic prefix aside). */
export interface CrossMention {
  form: NameForm;
  tokenStart: number;
  tokenEnd: number;
  prefix: number;
}

/**
 * The fewest consonants a name's skeleton needs, all words together, to tell it apart (as story
 * detection) in Arabic words; capitalised Latin words are names already, and the Latin spelling of
 * an Arabic name keeps fewer consonants (Hatem Bejaoui).
 */
const LEAST_CONSONANTS = { ar: 5, latin: 4 };
/**
 * The fewest consonants of a short English name read in Arabic words (Dina Cole, Amina Ross: four),
 * when none of the draft's words is a function word or carries the article, as no foreign name
 * written in Arabic does («الدين كله» has the consonants of Dina Cole).
 */
const LEAST_SHORT_AR = 4;
/** The fewest consonants a family name alone needs, after the full name (three would take فرص for Ferris). */
const LEAST_FAMILY = 4;

const ARTICLES = new Set(['al', 'el', 'ال']);

const indexCache = new WeakMap<KnowledgeIndex, CrossIndex>();

/**
 * The skeleton variants of one folded word of either script; sh and s are one class here, since
 * Arabic writes some foreign s with ش (غوتيريش for Guterres).
 */
export function crossSkeletons(word: string): string[] {
  // An English name's silent letters (Vaughan فون, Knight نايت) are not written in Arabic: the
  // skeletons of the word as it sounds are kept beside the written one's.
  const found = isArabicWord(word) ? [arabicSkeleton(word)] : [...latinSkeletons(word), ...silentLetterForms(word).flatMap((form) => latinSkeletons(form))];
  return [...new Set(found.map((skeleton) => skeleton.replace(/S/g, 's').replace(/s+/g, 's')))];
}

/** The index of the people a fact base names in one script only, once per knowledge index. */
function crossIndex(knowledge: KnowledgeIndex): CrossIndex {
  let index = indexCache.get(knowledge);
  if (index) return index;
  index = { ar: new Map(), latin: new Map() };
  const scripts = new Map<string, Set<boolean>>();
  // The scripts of each person's full names (a family name alone in the other script names no one in full).
  for (const form of knowledge.nameForms) {
    if (form.kind !== 'person' || form.lexicon || form.short) continue;
    const set = scripts.get(form.entity) ?? new Set<boolean>();
    for (const key of form.keys) set.add(isArabicWord(key));
    scripts.set(form.entity, set);
  }
  for (const form of knowledge.nameForms) {
    if (form.kind !== 'person' || form.lexicon || form.short || scripts.get(form.entity)!.size !== 1) continue;
    const words = form.keys.filter((key) => !ARTICLES.has(key)).map(crossSkeletons);
    if (words.length < 2 || words.some((variants) => variants[0]!.length === 0)) continue;
    const consonants = words.reduce((sum, variants) => sum + variants[0]!.length, 0);
    // A Latin-only person is looked up by the draft's Arabic words, and the other way round.
    const map = isArabicWord(form.keys[0]!) ? index.latin : index.ar;
    const least = map === index.ar ? LEAST_SHORT_AR : LEAST_CONSONANTS.latin;
    if (consonants < least) continue;
    const short = map === index.ar && consonants < LEAST_CONSONANTS.ar;
    for (const first of words[0]!) {
      const list = map.get(first) ?? [];
      if (!list.some((entry) => entry.form.entity === form.entity && entry.form.keys.length === form.keys.length)) list.push({ form, rest: words.slice(1), short });
      map.set(first, list);
    }
  }
  indexCache.set(knowledge, index);
  return index;
}

/** Whether a token may be a word of a name in the other script: a name word of its script, capitalised in Latin. */
function nameWord(analysis: Analysis, token: Token | undefined, script: 'ar' | 'latin'): token is Token {
  if (!token || token.script !== script || token.key.length < 2) return false;
  if (script === 'ar') return true;
  const first = analysis.text[token.oStart]!;
  return first !== first.toLowerCase();
}

/** Whether an Arabic word may write a word of a short foreign name: no function word, no article. */
function plainArabicWord(word: string): boolean {
  return !AR_STOP.has(word) && !word.startsWith('ال');
}

/**
 * The end of a name whose later words start at draft token `i`, when every later word matches
 * (an article written as a word of its own is passed over); undefined when one does not.
 */
function restEnd(analysis: Analysis, i: number, entry: CrossForm, script: 'ar' | 'latin', taken: Uint8Array): number | undefined {
  const tokens = analysis.tokens;
  let at = i;
  for (const variants of entry.rest) {
    if (tokens[at] && ARTICLES.has(tokens[at]!.key) && tokens[at + 1]?.sentence === tokens[at]!.sentence) at++;
    const token = tokens[at];
    if (!nameWord(analysis, token, script) || taken[at] || token.clause !== tokens[i - 1]!.clause || token.quote !== tokens[i - 1]!.quote) return undefined;
    if (!crossSkeletons(token.key).some((skeleton) => variants.includes(skeleton))) return undefined;
    if (entry.short && !plainArabicWord(token.key)) return undefined;
    at++;
  }
  return at;
}

/**
 * The people named in the other script in the draft, on tokens no exact mention took: full names,
 * then their family names alone after them.
 */
export function crossScriptMentions(analysis: Analysis, knowledge: KnowledgeIndex, taken: Uint8Array): CrossMention[] {
  const index = crossIndex(knowledge);
  if (index.ar.size === 0 && index.latin.size === 0) return [];
  const tokens = analysis.tokens;
  const out: CrossMention[] = [];
  const families = new Map<string, NameForm>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (taken[i] || (token.script !== 'ar' && token.script !== 'latin')) continue;
    const script = token.script;
    if (!nameWord(analysis, token, script)) continue;
    const map = script === 'ar' ? index.ar : index.latin;
    const found = new Map<string, CrossMention>();
    for (const { stem, prefix } of script === 'ar' ? tokenStems(token) : [{ stem: token.key, prefix: 0 }]) {
      for (const skeleton of crossSkeletons(stem)) {
        for (const entry of map.get(skeleton) ?? []) {
          if (entry.short && !plainArabicWord(stem)) continue;
          const end = restEnd(analysis, i + 1, entry, script, taken);
          const known = found.get(entry.form.entity);
          if (end !== undefined && (!known || end > known.tokenEnd)) found.set(entry.form.entity, { form: entry.form, tokenStart: i, tokenEnd: end, prefix });
        }
      }
    }
    // A name two people's names fit is neither's.
    if (found.size !== 1) continue;
    const mention = [...found.values()][0]!;
    out.push(mention);
    taken.fill(1, mention.tokenStart, mention.tokenEnd);
    const family = crossSkeletons(tokens[mention.tokenEnd - 1]!.key)[0]!;
    if (family.length >= LEAST_FAMILY) families.set(`${script}:${family}`, mention.form);
    i = mention.tokenEnd - 1;
  }
  return families.size === 0 ? out : [...out, ...familyMentions(analysis, families, taken, out[0]!.tokenEnd)].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** The family names alone of people the draft named in full in the other script, after the first full name. */
function familyMentions(analysis: Analysis, families: ReadonlyMap<string, NameForm>, taken: Uint8Array, from: number): CrossMention[] {
  const out: CrossMention[] = [];
  const tokens = analysis.tokens;
  // Two people with one family skeleton make it no one's.
  const seen = new Map<string, string>();
  for (const [key, form] of families) seen.set(key, seen.has(key) && seen.get(key) !== form.entity ? '' : form.entity);
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (taken[i] || (token.script !== 'ar' && token.script !== 'latin') || !nameWord(analysis, token, token.script)) continue;
    for (const { stem, prefix } of token.script === 'ar' ? tokenStems(token) : [{ stem: token.key, prefix: 0 }]) {
      const key = `${token.script}:${crossSkeletons(stem)[0]!}`;
      const form = families.get(key);
      if (!form || !seen.get(key)) continue;
      out.push({ form, tokenStart: i, tokenEnd: i + 1, prefix });
      taken[i] = 1;
      break;
    }
  }
  return out;
}
