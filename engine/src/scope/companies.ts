/**
 * Companies a fact base names in Arabic by their head, their own name and their trade (شركة مصر
 * للغزل والنسيج, شركة كفر الدوار للغزل, مجموعة القرطاس الصناعية), found in an English draft that
 * writes the own name in Latin letters and then the trade's English word or the head's ("Misr
 * Spinning and Weaving", "the Kafr El-Dawwar Spinning Company", "the Qirtas Industrial Group").
 * The own name is read by the consonant skeleton of each of its words (`skeleton.ts`), from a
 * capitalised word; the English word must follow it, at most one word after. A company with no
 * own name (الشركة القابضة للقطن والغزل والنسيج) gives no form: its trade alone names no one
 * company, and another company of the same town or trade ("Benha Spinning", "Sindian Cement")
 * names another own name or another trade.
 */
import type { Analysis } from '../analysis';
import { COMPANY_HEADS, COMPANY_TRADES } from '../lexicon/trades';
import { GENERIC_WORDS } from './words';
import { arabicSkeleton, isArabicWord, latinSkeletons } from './skeleton';

/** A company named in Arabic, as an English draft writes it: the skeletons of its own name's words, then one of its English words. */
export interface CompanyForm {
  anchor: number;
  /** The consonant skeleton of each word of the company's own name (كفر الدوار: kfr, dwr). */
  skeletons: readonly string[];
  /** The folded English words written after the own name: its trade's (spinning, weaving), else its head's (company, group). */
  english: readonly string[];
  weight: number;
}

/** The fewest consonants of a company's own name looked for in English drafts. */
const MIN_CONSONANTS = 3;

/** The most words of a company's own name. */
const MAX_OWN_WORDS = 3;

/** The most words between the own name and its English word (the Qirtas Industrial Group). */
const MAX_WORDS_BETWEEN = 1;

/** An Arabic word without its conjunction, preposition and article (والنسيج → نسيج, للغزل → غزل). */
function bare(word: string): string {
  return word.replace(/^و?(?:لل|ال|ل)?/, '');
}

/** Whether a word opens a complement of the name (للغزل, لصناعة) or joins one (والنسيج). */
function complement(word: string): boolean {
  return /^و?ل/.test(word) && !word.startsWith('ال');
}

/**
 * The own name and English words of a company an Arabic name of folded `keys` names, or none: the
 * head (شركة, مجموعة), then up to {@link MAX_OWN_WORDS} words of its own name (the first word, and
 * later ones that are no adjective: الصناعية ends it), then its trades after their preposition.
 */
export function companyNameParts(keys: readonly string[]): { own: string[]; english: string[] } | undefined {
  const head = keys[0] && isArabicWord(keys[0]) ? COMPANY_HEADS.get(keys[0].replace(/^ال/, '')) : undefined;
  if (!head) return undefined;
  const own: string[] = [];
  let i = 1;
  for (; i < keys.length && own.length < MAX_OWN_WORDS; i++) {
    const word = keys[i]!;
    if (complement(word) || word.startsWith('و') || GENERIC_WORDS.has(word) || COMPANY_TRADES.has(bare(word))) break;
    // A later word ending in the feminine nisba (الصناعية, التجارية) is an adjective of the company.
    if (own.length > 0 && word.endsWith('يه')) break;
    own.push(word);
  }
  if (own.length === 0) return undefined;
  const trades = new Set<string>();
  for (; i < keys.length; i++) for (const english of COMPANY_TRADES.get(bare(keys[i]!)) ?? []) trades.add(english);
  return { own, english: trades.size > 0 ? [...trades] : [...head] };
}

/** The form of a company an Arabic name of folded `keys` names, for English drafts, if it is one with an own name of consonants enough. */
export function companyForm(anchor: number, keys: readonly string[], weight: number): CompanyForm | undefined {
  const parts = companyNameParts(keys);
  if (!parts) return undefined;
  const skeletons = parts.own.map((word) => arabicSkeleton(word));
  if (skeletons.some((skeleton) => skeleton.length === 0) || skeletons.join('').length < MIN_CONSONANTS) return undefined;
  return { anchor, skeletons, english: parts.english, weight };
}

/** The article written as a word of its own (Kafr El Dawwar), which a skeleton leaves out. */
const ARTICLES = new Set(['al', 'el']);

/** Calls `found` with each company of `companies` (by the skeleton of its own name's first word) that the draft's Latin words name. */
export function findCompanies(analysis: Analysis, companies: ReadonlyMap<string, readonly CompanyForm[]>, found: (anchor: number, weight: number) => void): void {
  if (companies.size === 0) return;
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'latin' || !/^(?:[ae]l-)?[A-Z]/.test(analysis.text.slice(token.oStart, token.oEnd))) continue;
    for (const skeleton of latinSkeletons(token.key)) {
      for (const form of companies.get(skeleton) ?? []) {
        const end = ownNameEnd(tokens, i, form.skeletons);
        if (end >= 0 && englishFollows(tokens, i, end, form.english)) found(form.anchor, form.weight);
      }
    }
  }
}

/** The index after the own name whose first word is at `start`, or -1 when its later words are not there. */
function ownNameEnd(tokens: Analysis['tokens'], start: number, skeletons: readonly string[]): number {
  let at = start + 1;
  for (let j = 1; j < skeletons.length; j++) {
    while (tokens[at] && ARTICLES.has(tokens[at]!.key)) at++;
    const token = tokens[at];
    if (!token || token.sentence !== tokens[start]!.sentence || token.script !== 'latin' || !latinSkeletons(token.key).includes(skeletons[j]!)) return -1;
    at++;
  }
  return at;
}

/** Whether one of the English words follows the own name ending before `end`, at most {@link MAX_WORDS_BETWEEN} words after it. */
function englishFollows(tokens: Analysis['tokens'], start: number, end: number, english: readonly string[]): boolean {
  for (let k = end; k <= end + MAX_WORDS_BETWEEN && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.sentence !== tokens[start]!.sentence || token.script !== 'latin') return false;
    if (english.includes(token.key)) return true;
  }
  return false;
}
