import { fold } from './text/normalise';

/**
 * The key a folded token is matched on: Latin tokens without apostrophes or hyphens
 * (al-Abbasi = alabbasi, Asa'ib = asaib), and one spelling of أمريكي/أميركي.
 */
export function tokenKey(token: string): string {
  if (/[a-z]/.test(token)) return token.replace(/['-]/g, '');
  // أبو/أبا/أبي are one word in three cases (أبا مهدي المهندس).
  if (token === 'ابا' || token === 'ابي') return 'ابو';
  return token.replace('اميرك', 'امريك');
}

/** The key of a word as written in a lexicon: folded, then matched as a token is. */
export function wordKey(word: string): string {
  return tokenKey(fold(word));
}
