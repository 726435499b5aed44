/**
 * Folded look-up sets built once from the drawing lexicon (titles, descriptors, cues of gender),
 * and the matchers over them. The word lists checking shares (given names, honorifics, speech
 * verbs, function words) are in `../lexicon/`.
 */
import { nameKeys, stems } from '../knowledge';
import { wordKey } from '../tokenKey';
import { ALL_SPEECH_VERBS } from '../lexicon/speech';
import { FEMININE_GIVEN_NAMES, KNOWN_GIVEN_NAMES, MASCULINE_GIVEN_NAMES } from '../lexicon/givenNames';
import { AR_TITLES, DESCRIPTORS_AR, EN_TITLES, FEMININE_CUES, MASCULINE_CUES, type TitleEntry } from './lexicon';
import type { Token } from '../analysis';

/** Folds one word the way the analyser folds tokens. */
export const key = (word: string): string => wordKey(word);
const keySet = (words: readonly string[]) => new Set(words.map(key));

/** Cues of gender. */
export const FEMININE = keySet(FEMININE_CUES);
export const MASCULINE = keySet(MASCULINE_CUES);

/** A title entry matched at a token. */
export interface TitleMatch {
  entry: TitleEntry;
  /** Token range of the head words. */
  start: number;
  end: number;
  /** Length of the clitics (و، ل) on the first token, in folded characters. */
  prefix: number;
}

interface TitleForm {
  keys: string[];
  entry: TitleEntry;
}

const TITLE_FORMS: TitleForm[] = [...AR_TITLES, ...EN_TITLES]
  .flatMap((entry) => [...(entry.ar ?? []), ...(entry.en ?? [])].map((form) => ({ keys: nameKeys(form), entry })))
  .sort((a, b) => b.keys.length - a.keys.length);
const TITLES_BY_FIRST = new Map<string, TitleForm[]>();
for (const form of TITLE_FORMS) TITLES_BY_FIRST.set(form.keys[0]!, [...(TITLES_BY_FIRST.get(form.keys[0]!) ?? []), form]);

/** Descriptors (رجل الأعمال): words that describe a person and end before the name. */
const DESCRIPTOR_FORMS = DESCRIPTORS_AR.map((form) => nameKeys(form));

/** The stems of a token (the token itself first, then without clitics). */
export function stemsOf(token: Token | undefined): string[] {
  return token ? stems(token.key).map((s) => s.stem) : [];
}

/** The title whose head words start at token `i`, if any (clitics allowed on the first word). */
export function titleAt(tokens: readonly Token[], i: number): TitleMatch | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  for (const stem of stemsOf(first)) {
    if (stem.length < first.key.length && !/^(و|ف|ل|ب|ول|وب|لل)/.test(first.key)) continue;
    for (const form of TITLES_BY_FIRST.get(stem) ?? []) {
      let ok = true;
      for (let k = 1; k < form.keys.length; k++) {
        const next = tokens[i + k];
        const last = k === form.keys.length - 1;
        if (!next || next.sentence !== first.sentence || (next.key !== form.keys[k] && !(last && next.key === withPronoun(form.keys[k]!)))) ok = false;
      }
      if (ok) return { entry: form.entry, start: i, end: i + form.keys.length, prefix: first.key.length - stem.length };
    }
  }
  return pronounTitleAt(tokens, i);
}

/**
 * An indefinite Arabic word with the possessive pronoun ها, its feminine ending written ت (إدارة →
 * إدارتها): the last word of a title in construct that owns it to a body named before (رئيس مجلس
 * إدارتها, its chairman), which posts.ts resolves as it does a pronoun on the head. None for a
 * word with the article, which takes no pronoun, or a Latin one.
 */
function withPronoun(word: string): string | undefined {
  if (word.startsWith('ال') || !/^[\u0600-\u06ff]{2,}$/.test(word)) return undefined;
  return `${word.replace(/[هة]$/, 'ت')}ها`;
}

/**
 * A title whose head carries the possessive pronoun ها (رئيسها التنفيذي, مديرها العام: its chief
 * executive, its director general), read as the title with the article (الرئيس التنفيذي); the
 * pronoun refers to a body named before, which posts.ts resolves.
 */
function pronounTitleAt(tokens: readonly Token[], i: number): TitleMatch | undefined {
  const first = tokens[i]!;
  const match = /^[وف]?(.{3,})ها$/.exec(first.key);
  if (!match || first.script !== 'ar') return undefined;
  let best: TitleMatch | undefined;
  for (const stem of [match[1]!, `ال${match[1]!}`]) {
    for (const form of TITLES_BY_FIRST.get(stem) ?? []) {
      const fits = form.keys.every((word, k) => k === 0 || (tokens[i + k]?.sentence === first.sentence && tokens[i + k]!.key === word));
      // The longest title read wins (رئيسها التنفيذي is its chief executive, not its head).
      if (fits && (!best || i + form.keys.length > best.end)) best = { entry: form.entry, start: i, end: i + form.keys.length, prefix: 0 };
    }
  }
  return best;
}

/** The length of a descriptor starting at token `i`, or 0. */
export function descriptorAt(tokens: readonly Token[], i: number): number {
  for (const form of DESCRIPTOR_FORMS) {
    if (form.every((k, j) => (j === 0 ? stemsOf(tokens[i]).includes(k) : tokens[i + j]?.key === k))) return form.length;
  }
  return 0;
}

/** Whether a token is a speech verb (with clitics stripped). */
export function isSpeech(token: Token | undefined): boolean {
  return stemsOf(token).some((s) => ALL_SPEECH_VERBS.has(s));
}

let genders: Map<string, 'm' | 'f'> | undefined;

/**
 * The gender a given name gives (folded word): the feminine and masculine lists of the given-names
 * lexicon, and the other Arabic given names it knows, which are men's. Undefined for a name borne
 * by both or unknown.
 */
export function givenNameGender(word: string): 'm' | 'f' | undefined {
  if (!genders) {
    genders = new Map();
    const feminine = new Set(FEMININE_GIVEN_NAMES.split(/\s+/).filter(Boolean).map(key));
    for (const name of KNOWN_GIVEN_NAMES) if (!feminine.has(name) && /[\u0600-\u06ff]/.test(name)) genders.set(name, 'm');
    // Borne by men and women alike.
    for (const name of ['نور', 'جو'].map(key)) genders.delete(name);
    for (const name of MASCULINE_GIVEN_NAMES.split(/\s+/).filter(Boolean)) genders.set(key(name), 'm');
    for (const name of feminine) genders.set(name, 'f');
  }
  return genders.get(key(word));
}
