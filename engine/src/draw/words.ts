/**
 * Folded look-up sets built once from the drawing lexicon and the engine's word lists.
 */
import { nameKeys, stems } from '../knowledge';
import { tokenKey } from '../tokenKey';
import { fold } from '../text/normalise';
import { GIVEN_NAMES, NOT_NAMES, SPEECH_VERBS } from '../lexicon/words';
import { AR_NAME_SPELLINGS, AR_TITLES, DESCRIPTORS_AR, EN_TITLES, FEMININE_CUES, HONORIFICS_IN_NAME, MASCULINE_CUES, SPEECH_VERBS_DRAW, type TitleEntry } from './lexicon';
import type { Token } from '../analysis';

/** Folds one word the way the analyser folds tokens. */
export const key = (word: string): string => tokenKey(fold(word));
const keySet = (words: readonly string[]) => new Set(words.map(key));

/** Given names (folded) that start an Arabic name. */
export const GIVEN = new Set<string>([...GIVEN_NAMES, ...Object.keys(AR_NAME_SPELLINGS).filter((w) => !w.includes(' ')).map(key)]);
for (const word of ['بن', 'بنت', 'ال', 'ابو', 'السادس', 'الخامس', 'الثاني', 'الثالث', 'الحسن']) GIVEN.delete(word);

/** Speech verbs (folded). */
export const SPEECH = new Set<string>([...SPEECH_VERBS, ...SPEECH_VERBS_DRAW.map(key)]);

/** Cues of gender. */
export const FEMININE = keySet(FEMININE_CUES);
export const MASCULINE = keySet(MASCULINE_CUES);

/** Honorifics kept in a name. */
export const HONORIFICS = keySet([...HONORIFICS_IN_NAME.ar, ...HONORIFICS_IN_NAME.en]);

/** Arabic function words and common non-name words (folded). */
export const AR_STOP = new Set<string>([
  ...NOT_NAMES,
  ...[
    'إن', 'أن', 'إنه', 'أنه', 'أنها', 'بأن', 'بأنها', 'بأنه', 'لأن', 'الذي', 'التي', 'الذين', 'على', 'إلى', 'عن', 'من', 'في', 'مع', 'عقب', 'خلال', 'منذ', 'أيضا', 'أيضاً', 'اليوم', 'أمس', 'غدا',
    'عبر', 'نحو', 'حول', 'وفق', 'بحسب', 'وفقا', 'لدى', 'ضمن', 'بعد', 'قبل', 'دون', 'مساء', 'صباح', 'يوم', 'حيث', 'كما', 'لكن', 'بينما', 'فيما', 'إذ', 'ثم', 'قد', 'لقد', 'لم', 'لن', 'لا', 'ما',
    'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'نفسه', 'نفسها', 'جميع', 'كل', 'بعض', 'عدد', 'منصب', 'يشغل', 'تصريحات', 'بيان', 'مؤتمر', 'مرفوقا', 'الذي', 'عضو', 'دولة',
  ].map(key),
]);

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
        if (!next || next.sentence !== first.sentence || next.key !== form.keys[k]) ok = false;
      }
      if (ok) return { entry: form.entry, start: i, end: i + form.keys.length, prefix: first.key.length - stem.length };
    }
  }
  return undefined;
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
  return stemsOf(token).some((s) => SPEECH.has(s));
}
