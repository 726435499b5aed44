/**
 * Consonant skeletons shared by the Arabic and the Latin script, so that story detection can tie
 * a draft that writes a story's names in the other script than its fact base (سوناك for Sunak,
 * Madbouly for مدبولي) when the fact base lists no form in that script.
 *
 * Both scripts are reduced to one alphabet of consonant classes: vowels, long vowels, و and ي,
 * ع, the hamza and every h (ح, ه; the silent h of Johnson, جونسون) are dropped (writers render
 * them in many ways or not at all); the letters a
 * transliteration confuses share a class (ج غ ق ك and g j k q c; س ص ز ظ and s z; ت ط ث and t
 * th; د ض ذ and d dh; ف and f v ph; ب and b p); doubled letters are written once. The article
 * (ال, al-, el-) is left out. A skeleton is a weak name: story detection only counts one of
 * several consonants (see `profile.ts`). The Latin side is `text/skeleton.ts` with its
 * `CROSS_SCRIPT` classes.
 */
import { CROSS_SCRIPT, LATIN_ARTICLE, latinConsonants, type SkeletonTable } from '../text/skeleton';

const ARABIC: Record<string, string> = {
  ب: 'b', پ: 'b', ت: 't', ط: 't', ث: 't', ج: 'k', خ: 'k', د: 'd', ض: 'd', ذ: 'd', ر: 'r', ز: 's', ظ: 's', س: 's',
  ص: 's', ش: 'S', چ: 'S', غ: 'k', ق: 'k', ك: 'k', گ: 'k', ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n',
};

/** The skeleton of one Arabic word, without its article unless `keepArticle` (عبد القادر, Abdelkader). */
export function arabicSkeleton(word: string, keepArticle = false): string {
  const bare = !keepArticle && word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
  let out = '';
  for (let i = 0; i < bare.length; i++) {
    const letter = bare[i]!;
    // تش is how Arabic writes the English ch (تشاباغاين, Chapagain).
    if (letter === 'ت' && bare[i + 1] === 'ش') continue;
    const mapped = ARABIC[letter];
    if (mapped && !out.endsWith(mapped)) out += mapped;
  }
  return out;
}

/**
 * The skeletons a folded Latin word may stand for: the word as written and, when it starts with
 * al or el, the word without it (al-Sharqawi and Elsharkawi for الشرقاوي, but Alamein for العلمين).
 * `table` is {@link CROSS_SCRIPT} for the other script, `SPELLING` for another Latin spelling of
 * an Arabic name.
 */
export function latinSkeletons(word: string, table: SkeletonTable = CROSS_SCRIPT): string[] {
  const out: string[] = [];
  for (const form of emphaticForms(word)) {
    const whole = latinConsonants(form, table);
    if (!out.includes(whole)) out.push(whole);
    if (!LATIN_ARTICLE.test(form)) continue;
    const rest = latinConsonants(form.slice(2), table);
    if (!out.includes(rest)) out.push(rest);
  }
  return out;
}

/**
 * A folded Latin word and, when it writes dh, the word with z for it: the Gulf, Iraqi and Yemeni
 * press writes the emphatic ظ dh (Kadhim, Hafidh, Dhafra for كاظم, حافظ, الظفرة) where others
 * write z (Kazim, Hafiz), while dh also writes ذ and ض, which stay in the d class.
 */
function emphaticForms(word: string): string[] {
  return word.includes('dh') ? [word, word.replaceAll('dh', 'z')] : [word];
}

/** The skeletons of one folded word of either script, without its article (see {@link arabicSkeleton}, {@link latinSkeletons}). */
export function wordSkeletons(word: string): string[] {
  return isArabicWord(word) ? [arabicSkeleton(word)] : latinSkeletons(word);
}

/** Whether a folded word is written in Arabic letters. */
export function isArabicWord(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 0x0600 && first <= 0x06ff;
}

/**
 * The skeletons of a name's words, in order, each a list of the variants it may stand for; the
 * article written as a word of its own (al, el, ال) is left out. Latin words are read with
 * `table` (see {@link latinSkeletons}).
 */
export function nameSkeletons(keys: readonly string[], table: SkeletonTable = CROSS_SCRIPT): string[][] {
  const out: string[][] = [];
  for (const key of keys) {
    if (key === 'al' || key === 'el' || key === 'ال') continue;
    out.push(isArabicWord(key) ? [arabicSkeleton(key)] : latinSkeletons(key, table));
  }
  return out;
}
