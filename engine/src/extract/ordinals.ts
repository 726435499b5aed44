/**
 * Ordinals in both languages: "third", "3rd", «ثالث», «الثالثة». An ordinal ranks a thing (the
 * second cyclone of the season, «المرتبة الثانية») and is never a count: `numbers.ts` does not
 * read one. The quantity rule compares one with a fact the article gives as an ordinal
 * (`rules/quantities/ordinals.ts`).
 */
import type { Token } from '../analysis';
import { ARABIC_ORDINALS, ENGLISH_ORDINALS } from '../lexicon/numbers';
import { wordKey } from '../tokenKey';

export interface Ordinal {
  value: number;
  /** Arabic gender and article, for a fix in the same form. */
  feminine?: boolean;
  article?: boolean;
  /** An Arabic conjunction before it (و, ف), which a fix keeps. */
  prefix?: string;
}

const ENGLISH = new Map(ENGLISH_ORDINALS.map((word, value) => [word, value] as const).filter(([word]) => word));
const ARABIC = new Map<string, Ordinal>();
ARABIC_ORDINALS.forEach((forms, value) => {
  if (!forms.m) return;
  for (const [word, feminine] of [[forms.m, false], [forms.f, true]] as const) {
    ARABIC.set(wordKey(word), { value, feminine, article: false });
    ARABIC.set(wordKey(`ال${word}`), { value, feminine, article: true });
  }
});

/** The ordinal a token is, if it is one. */
export function ordinalAt(token: Token | undefined): Ordinal | undefined {
  if (!token) return undefined;
  if (token.script === 'ar') {
    const bare = ARABIC.get(token.key);
    if (bare) return bare;
    const joined = /^[وف]/.test(token.key) ? ARABIC.get(token.key.slice(1)) : undefined;
    return joined && { ...joined, prefix: token.text[0] };
  }
  const english = ENGLISH.get(token.key);
  if (english !== undefined) return { value: english };
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(token.key);
  return digits ? { value: Number(digits[1]) } : undefined;
}

/** An ordinal written like `like` for `value`: "third" → "second", «الثالث» → «الثاني». */
export function ordinalLike(value: number, like: Ordinal, written: string): string | undefined {
  if (/^\d/.test(written)) return `${value}${value % 10 === 1 && value % 100 !== 11 ? 'st' : value % 10 === 2 && value % 100 !== 12 ? 'nd' : value % 10 === 3 && value % 100 !== 13 ? 'rd' : 'th'}`;
  if (like.feminine === undefined) {
    const word = ENGLISH_ORDINALS[value];
    if (!word) return undefined;
    return /^[A-Z]/.test(written) ? word[0]!.toUpperCase() + word.slice(1) : word;
  }
  const forms = ARABIC_ORDINALS[value];
  if (!forms?.m) return undefined;
  return `${like.prefix ?? ''}${like.article ? 'ال' : ''}${like.feminine ? forms.f : forms.m}`;
}
