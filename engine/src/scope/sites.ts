/**
 * Sites a fact base names in Arabic by a site noun and one word (معبر العمري, مخيم الصفيان; see
 * `lexicon/sites.ts`), found in an English draft that writes the name in Latin letters before the
 * site's English noun: "the al-Omari crossing", "Sufayan camp", "the al-Omari border crossing".
 * The name is read by its consonant skeleton (`skeleton.ts`), which Omari and العمري share; only
 * a capitalised word counts, and only before a noun of the same kind of site, so a common word
 * the drawing took for a name (محطة القطار) is not met in English.
 */
import type { Analysis } from '../analysis';
import type { SiteForm } from './profile';
import { latinSkeletons } from './skeleton';

/** The most words between a site's name and its English noun (the al-Omari border crossing). */
const MAX_WORDS_BETWEEN = 1;

/** Calls `found` with each site of `sites` the draft's Latin words name, and its weight. */
export function findSites(analysis: Analysis, sites: ReadonlyMap<string, readonly SiteForm[]>, found: (anchor: number, weight: number) => void): void {
  if (sites.size === 0) return;
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'latin' || !capitalisedName(analysis.text, token.oStart, token.oEnd)) continue;
    for (const skeleton of latinSkeletons(token.key)) {
      for (const form of sites.get(skeleton) ?? []) if (nounFollows(tokens, i, form.english)) found(form.anchor, form.weight);
    }
  }
}

/** Whether one of a site's English nouns (or its plural) follows the word at i in its sentence, at most one word after it. */
function nounFollows(tokens: Analysis['tokens'], i: number, english: readonly string[]): boolean {
  for (let k = i + 1; k <= i + 1 + MAX_WORDS_BETWEEN && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.sentence !== tokens[i]!.sentence || token.script !== 'latin') return false;
    if (english.includes(token.key) || (token.key.endsWith('s') && english.includes(token.key.slice(0, -1)))) return true;
  }
  return false;
}

/** Whether a word of the text opens with a capital Latin letter, or after its article does (al-Omari, el-Arish). */
function capitalisedName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return /^(?:[ae]l-)?[A-Z]/.test(word);
}
