/**
 * Honorifics in Arabic and English: the courtesy words written before a name (السيد, الدكتور, Dr),
 * the ranks and styles that are part of how a person is called (الملك, الشيخ, Lord, Sheikh), and
 * the English forms of the Arabic ones. Facts about the languages, not about any story; entries
 * are written in ordinary spelling and folded on load, the way the analyser folds a draft.
 *
 * Sources: compiled by the project from Arabic and English news usage, under the policy of the
 * gazetteer (knowledge/README.md): the forms of Al Jazeera, Asharq Al-Awsat, Reuters and AP.
 */
import { wordKey } from '../tokenKey';

const ks = (words: string[]): string[] => words.map(wordKey);

/**
 * Honorifics written before a name (الشيخ محمد, Dr Amal): they belong to the name, not to a title
 * before it, and name no post.
 */
export const HONORIFICS = new Set(ks(['الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'المهندس', 'المهندسة', 'الحاج', 'الأستاذ', 'الأستاذة', 'sheikh', 'sheikha', 'dr', 'mr', 'mrs', 'ms']));

/** Academic titles written before a name (Professor Jane Doe, Prof Ali Omar, «البروفيسور»). */
export const ACADEMIC_TITLES: ReadonlySet<string> = new Set(ks(['professor', 'prof', 'البروفيسور', 'البروفيسورة']));

/** Words that stand before a name as part of how the person is called (kept in the name). */
export const NAME_HONORIFIC_WORDS = {
  ar: ['الملك', 'الملكة', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'السلطان', 'مولاي', 'اللورد', 'السير'],
  en: ['lord', 'lady', 'sir', 'dame', 'king', 'queen', 'prince', 'princess', 'sheikh', 'sultan', 'pope'],
};

/** English forms of Arabic honorifics. */
export const HONORIFIC_SPELLINGS: Record<string, string[]> = {
  الملك: ['King'],
  الملكة: ['Queen'],
  الأمير: ['Prince', 'Crown Prince'],
  الأميرة: ['Princess'],
  الشيخ: ['Sheikh', 'Shaikh', 'Cheikh'],
  الشيخة: ['Sheikha', 'Cheikha'],
  السلطان: ['Sultan'],
  مولاي: ['Moulay', 'Mulay'],
  اللورد: ['Lord'],
  السير: ['Sir'],
};

/** `NAME_HONORIFIC_WORDS` of both languages, folded. */
export const NAME_HONORIFICS: ReadonlySet<string> = new Set(ks([...NAME_HONORIFIC_WORDS.ar, ...NAME_HONORIFIC_WORDS.en]));
