/**
 * The key a folded token is matched on: Latin tokens without apostrophes or hyphens
 * (al-Abbasi = alabbasi, Asa'ib = asaib), and one spelling of أمريكي/أميركي.
 */
export function tokenKey(token: string): string {
  return /[a-z]/.test(token) ? token.replace(/['-]/g, '') : token.replace('اميرك', 'امريك');
}
