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

/**
 * Nouns English names of bodies put after the body's own name and Arabic before it, as for a site
 * (Lomar Buses, «حافلات لومار»; Kelso College, «كلية كيلسو»): with the site nouns above read the
 * other way, the Arabic heads of an English body's or site's name.
 */
const BODY_NOUNS: Record<string, string[]> = {
  buses: ['حافلات'],
  coaches: ['حافلات'],
  airways: ['طيران'],
  airlines: ['طيران'],
  school: ['مدرسة'],
  college: ['كلية'],
  university: ['جامعة'],
};

/**
 * The folded Arabic nouns written before the own name of a body or site an English name writes
 * with this folded noun after it (hospital: مستشفى; buses: حافلات), by the English noun. Site
 * nouns of two Arabic words (مركز حدود) are left out.
 */
export const ARABIC_HEADS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  const add = (english: string, arabic: string) => {
    const key = wordKey(english);
    const list = out.get(key) ?? [];
    if (!list.includes(wordKey(arabic))) list.push(wordKey(arabic));
    out.set(key, list);
  };
  for (const [arabic, english] of Object.entries(SITES)) if (!arabic.includes(' ')) for (const noun of english) if (!noun.includes(' ')) add(noun, arabic);
  for (const [english, arabic] of Object.entries(BODY_NOUNS)) for (const noun of arabic) add(english, noun);
  return out;
})();

/**
 * Nouns of institutions and public places that Arabic names after a person, the person's name
 * right after the noun in construct (مدرسة خالد بن الوليد, جامعة الملك سعود, شارع الملك فهد,
 * مسجد الإمام علي, مركز الملك سلمان): with the site nouns above (مستشفى الملك فيصل, مطار الملكة
 * علياء, جسر الملك حسين), the name after one is the place's or the body's, not a person in the
 * story. Sources: Arabic usage in news of the Gulf, the Levant and North Africa.
 */
const INSTITUTION_NOUNS = ['مدرسة', 'جامعة', 'كلية', 'معهد', 'مسجد', 'جامع', 'شارع', 'مستوصف', 'مركز', 'مؤسسة', 'قاعة', 'ميدان', 'ساحة', 'حديقة', 'مكتبة', 'قاعدة', 'مجمع', 'جائزة'];

/** The folded nouns after which a person's name names a place or a body ({@link INSTITUTION_NOUNS} and the one-word site nouns). */
export const NAMED_AFTER_PERSON_NOUNS: ReadonlySet<string> = new Set([...INSTITUTION_NOUNS, ...Object.keys(SITES).filter((noun) => !noun.includes(' '))].map(wordKey));
