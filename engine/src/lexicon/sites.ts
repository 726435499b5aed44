/**
 * Nouns of sites and structures that Arabic names by a name after them (معبر العمري, مخيم
 * الزعتري, سد النهضة, حقل الشرارة) and the English nouns news writing puts after the same name
 * ("the al-Omari crossing", "Zaatari camp", "the Sharara field"). A site noun of two words (مركز
 * حدود, a border post) is written with a space. Entries are folded on load.
 */
import { wordKey } from '../tokenKey';

const SITES: Record<string, string[]> = {
  معبر: ['crossing', 'border crossing'],
  منفذ: ['crossing', 'border crossing'],
  'مركز حدود': ['crossing', 'border crossing', 'border post'],
  مخيم: ['camp'],
  مطار: ['airport'],
  ميناء: ['port'],
  مرفأ: ['port'],
  سد: ['dam'],
  جسر: ['bridge'],
  حقل: ['field', 'oilfield', 'gasfield'],
  منجم: ['mine'],
  مصفاة: ['refinery'],
  محطة: ['station', 'plant'],
  مصنع: ['factory', 'plant', 'mill'],
  سجن: ['prison', 'jail'],
  مستشفى: ['hospital'],
  ملعب: ['stadium'],
};

/** A site noun of one or two folded Arabic words and the English nouns after a site's name. */
export interface SiteNoun {
  /** The folded Arabic words of the noun (one, or two: مركز حدود). */
  words: readonly string[];
  /** The folded English nouns, the last word of each: crossing, camp, post. */
  english: readonly string[];
}

/** Site nouns by the folded key of their first Arabic word. */
export const SITE_NOUNS: ReadonlyMap<string, readonly SiteNoun[]> = (() => {
  const out = new Map<string, SiteNoun[]>();
  for (const [arabic, english] of Object.entries(SITES)) {
    const words = arabic.split(' ').map(wordKey);
    const list = out.get(words[0]!) ?? [];
    list.push({ words, english: [...new Set(english.map((noun) => wordKey(noun.split(' ').at(-1)!)))] });
    out.set(words[0]!, list);
  }
  return out;
})();
