/**
 * Bodies and sites a fact base names in English by their own name and a noun after it (Lomar
 * Buses, Kelty Hospital, the Brannock crossing; see `lexicon/sites.ts` `ARABIC_HEADS`), found in
 * an Arabic draft that puts the noun's Arabic word first and writes the own name in Arabic letters
 * after it: «حافلات لومار», «مستشفى كيلتي». The own name is read by the consonant skeleton of each
 * of its words (`skeleton.ts`), right after the Arabic noun; only the same kind of noun counts, so
 * a school of the same name («مدرسة لومار») or the own name alone («لومار») is not the body. An
 * own name that the reference lexicons know (a city's: Edinburgh Airport) is left to them.
 */
import type { Analysis } from '../analysis';
import { tokenStems } from '../knowledge';
import { ARABIC_HEADS } from '../lexicon/sites';
import { GENERIC_WORDS } from './words';
import { arabicSkeleton, isArabicWord, latinSkeletons } from './skeleton';

/** A body or site named in English, as an Arabic draft writes it: its Arabic noun, then its own name's skeletons. */
export interface EnglishSiteForm {
  anchor: number;
  /** The skeletons each word of the own name may stand for (kelty: klt). */
  skeletons: readonly (readonly string[])[];
  weight: number;
}

/** The most words of an own name. */
const MAX_OWN_WORDS = 2;

/** The fewest consonants of an own name looked for in Arabic drafts. */
const MIN_CONSONANTS = 2;

/**
 * The own name and the noun after it of an English name of folded `keys` (lomar buses), or none:
 * the last word is a noun of `ARABIC_HEADS`, and the own name the one or two words before it that
 * are no ordinary word of institutions' names (Grange University Hospital: grange).
 */
export function englishSiteParts(keys: readonly string[]): { own: string[]; heads: readonly string[] } | undefined {
  if (keys.length < 2 || keys.some(isArabicWord)) return undefined;
  const heads = ARABIC_HEADS.get(keys.at(-1)!);
  if (!heads) return undefined;
  const before = keys.slice(0, -1);
  while (before.length > 0 && GENERIC_WORDS.has(before[0]!)) before.shift();
  const own: string[] = [];
  for (const word of before) {
    if (GENERIC_WORDS.has(word)) break;
    own.push(word);
  }
  if (own.length === 0 || own.length > MAX_OWN_WORDS) return undefined;
  return { own, heads };
}

/** Files the form of an English name of folded `keys` under its Arabic nouns, when it is one (see {@link englishSiteParts}). */
export function addEnglishSite(sites: Map<string, EnglishSiteForm[]>, anchor: number, keys: readonly string[], weight: number): void {
  const parts = englishSiteParts(keys);
  if (!parts) return;
  const skeletons = parts.own.map((word) => latinSkeletons(word).filter((skeleton) => skeleton.length > 0));
  if (skeletons.some((variants) => variants.length === 0)) return;
  if (skeletons.reduce((sum, variants) => sum + Math.min(...variants.map((variant) => variant.length)), 0) < MIN_CONSONANTS) return;
  for (const head of parts.heads) {
    const list = sites.get(head) ?? [];
    if (!list.some((form) => form.anchor === anchor)) list.push({ anchor, skeletons, weight });
    sites.set(head, list);
  }
}

/** Calls `found` with each body or site of `sites` that the draft's Arabic words name (its noun, then its own name). */
export function findEnglishSites(analysis: Analysis, sites: ReadonlyMap<string, readonly EnglishSiteForm[]>, found: (anchor: number, weight: number) => void): void {
  if (sites.size === 0) return;
  const tokens = analysis.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'ar') continue;
    for (const { stem } of tokenStems(token)) {
      for (const form of sites.get(stem.replace(/^ال/, '')) ?? []) if (ownNameFollows(tokens, i, form.skeletons)) found(form.anchor, form.weight);
    }
  }
}

/** Whether the Arabic words right after the noun at i write the own name's words, one by one. */
function ownNameFollows(tokens: Analysis['tokens'], i: number, skeletons: readonly (readonly string[])[]): boolean {
  for (let j = 0; j < skeletons.length; j++) {
    const token = tokens[i + 1 + j];
    if (!token || token.sentence !== tokens[i]!.sentence || token.script !== 'ar') return false;
    const written = tokenStems(token).map(({ stem }) => arabicSkeleton(stem));
    if (!written.some((skeleton) => skeletons[j]!.includes(skeleton))) return false;
  }
  return true;
}
