/**
 * Light stemming for aligning a draft's sentences with the article's: one key per content word,
 * the same for the inflections a restatement uses. Arabic loses its proclitics (و, ف, ب, ل, ك, ال)
 * and the common suffixes of plural, dual, feminine and possessive forms; English loses the
 * possessive and the regular inflections (-s, -es, -ies, -ed, -ing, -ly). Function words give no
 * key. Broken plurals are left to the folding the analyser already does; a sentence shares enough
 * other words with its source for that not to matter.
 */
import { STOPWORDS } from '../lexicon/words';
import { ownsFirstLetter } from '../lexicon/radicals';

const STOP = new Set(STOPWORDS);
const AR_PREFIXES = ['وبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
const AR_SUFFIXES = ['تهما', 'تهم', 'اتها', 'اتهم', 'يين', 'يون', 'ات', 'ون', 'ين', 'ان', 'تان', 'تين', 'ها', 'هم', 'هما', 'نا', 'يه', 'ه', 'ي', 'ا'];
/** The prefixes above that end in the preposition ل (li-), which may be a root's own first letter instead. */
const AR_LI_PREFIXES = new Set(['ولل', 'لل', 'ول', 'فل', 'ل']);
const EN_SUFFIXES: [string, string][] = [['ies', 'y'], ['ing', ''], ['ed', ''], ['es', ''], ['ly', ''], ['s', '']];

/** The content key of a folded token key, or undefined for a function word or a number. */
export function contentStem(key: string): string | undefined {
  // Words repeat: each key is stemmed once ('' stands for no stem), in a bounded cache.
  const cached = stemCache.get(key);
  if (cached !== undefined) return cached === '' ? undefined : cached;
  const stem = computeStem(key);
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(key, stem ?? '');
  return stem;
}

const stemCache = new Map<string, string>();

function computeStem(key: string): string | undefined {
  if (key.length < 2 || STOP.has(key) || /^\d/.test(key)) return undefined;
  const first = key.charCodeAt(0);
  if (first >= 0x0621 && first <= 0x064a) {
    const withoutPrefix = arabicPrefixStem(key);
    if (STOP.has(withoutPrefix)) return undefined;
    const stem = arabicSuffixStem(withoutPrefix);
    return stem.length >= 2 ? stem : undefined;
  }
  if (first >= 97 && first <= 122) {
    let stem = key;
    for (const [suffix, replacement] of EN_SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length - suffix.length >= 3 && !stem.endsWith('ss')) {
        stem = stem.slice(0, stem.length - suffix.length) + replacement;
        break;
      }
    }
    // "ruling", "rules" and "ruled" meet at "rul"; so do "agreed" and "agree".
    if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
    return stem.length >= 3 ? stem : undefined;
  }
  return undefined;
}

/**
 * A folded Arabic word without its proclitics. The first letter of the word's root is kept when it
 * is a clitic letter too: a و or a ف (وزارة, وكالة, فلاحي, فتحت: not و + زارة, nor و + ك + الة, nor ف + تحت) unless the
 * rest is a function word (وكلها) or the و comes with the article (والدين is و + الدين), and a ل (لجنة,
 * لاعب, لقاء), so that ووزارة, الوزارة and وزارة meet, as do لجنة, للجنة and ولجنة; the conjunction
 * and the preposition before a word of another root (وقال, لوزارة, للوزير) are stripped.
 */
function arabicPrefixStem(key: string): string {
  for (const prefix of AR_PREFIXES) {
    if (!key.startsWith(prefix) || key.length - prefix.length < 3) continue;
    return key.slice(rootStart(key, prefix) ?? prefix.length);
  }
  return key;
}

/** Where in a clitic prefix the word's root begins instead, if it begins there. */
function rootStart(key: string, prefix: string): number | undefined {
  // و and ف alike: وزارة and فلاحي (of فلح), فتحت (of فتح), not و + زارة nor ف + تحت.
  if ((prefix[0] === 'و' || prefix[0] === 'ف') && !prefix.includes('ال') && ownsFirstLetter(key) && contentStem(key.slice(1)) !== undefined) return 0;
  if (AR_LI_PREFIXES.has(prefix) && ownsFirstLetter(key.slice(prefix.length - 1))) return prefix.length - 1;
  return undefined;
}

/** A folded Arabic word, already without its proclitics, without its commonest suffix. */
function arabicSuffixStem(stem: string): string {
  for (const suffix of AR_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) return stem.slice(0, stem.length - suffix.length);
  }
  return stem;
}

/**
 * Words that open like an Arabic future verb (س before the imperfect prefix ي, ت, ن or أ) and are
 * not one, folded and without و/ف: nouns and adjectives of the roots سيس, سير, سيد, سيح, سطر,
 * ستت, سنو, سند, common loanwords and place names. A word that starts with one of the prefixes
 * here is not a verb (سياسي, سيارات, سيطرت); the others must match exactly.
 */
const NOT_FUTURE_PREFIXES = ['سياس', 'سيار', 'سياح', 'سياد', 'سيطر', 'سينما', 'سيناري', 'سيناء', 'سنوي', 'سنتيم', 'سنغال', 'سنغافور', 'ستراتيج', 'ستراسبور', 'ستوكهولم', 'ستوديو', 'سيبيري', 'سيراليون'];
const NOT_FUTURE_WORDS = new Set(['سيما', 'سيول', 'سيف', 'سير', 'سيرا', 'سيدي', 'سيدني', 'سيشل', 'ستين', 'ستون', 'ستار', 'ستاره', 'سنين', 'سنون', 'سند', 'سنت', 'سنتا', 'سنتات', 'ستيف', 'ستيفن', 'سنودن']);

/**
 * Whether a folded Arabic token key is a verb in the future: س (or سـ after و or ف) before an
 * imperfect prefix, as in سيوقّع, ستعقد, سنعمل, سأزور, وسيتم, فستكون. Read by its form: the rest
 * after the prefix has at least two letters (سيتم); a feminine noun in ة (سيارة, سياسة, ستة, سنة:
 * a short rest ending in ة, folded to ه), a feminine plural in ات (سنوات, سندات) and the listed
 * nouns, adjectives and names (لا سيما, سيول, ستين, سياسي) are not verbs.
 */
export function isFutureVerb(key: string): boolean {
  const bare = key.length > 4 && (key[0] === 'و' || key[0] === 'ف') && key[1] === 'س' ? key.slice(1) : key;
  if (bare.length < 4 || bare[0] !== 'س' || !'يتنا'.includes(bare[1]!)) return false;
  const rest = bare.slice(2);
  if (rest.length < 2) return false;
  if (bare.endsWith('ه') && rest.length <= 3) return false;
  if (bare.endsWith('ات') && bare.length >= 5) return false;
  if (NOT_FUTURE_WORDS.has(bare) || NOT_FUTURE_PREFIXES.some((prefix) => bare.startsWith(prefix))) return false;
  return true;
}
