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
