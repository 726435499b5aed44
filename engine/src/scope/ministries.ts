/**
 * English names of a ministry that a fact base names in Arabic only, for story detection in
 * English drafts of an Arabic story. A drawn fact base gives English names to a ministry of one
 * portfolio (وزارة التربية, Ministry of Education), but a name that goes on past its portfolio
 * (وزارة الموارد المائية والري, وزارة الأوقاف والشؤون والمقدسات الإسلامية) keeps its Arabic name
 * alone, and an English draft names it by its portfolio: the Ministry of Water Resources and
 * Irrigation, the Awqaf Ministry. Each portfolio word of the name (the lexicon's `PORTFOLIOS`,
 * after «الشؤون» or joined by و) gives "Ministry of X" and "X Ministry" for each of its English
 * words; a draft's longer name holds the shorter one in a row. The forms weigh as any name of the
 * story does: a common portfolio (health, education, ministry) weighs nothing (`words.ts`).
 */
import { PORTFOLIOS } from '../lexicon/words';
import { wordKey } from '../tokenKey';

/** The Arabic head of a ministry's name, folded. */
const MINISTRY = wordKey('وزارة');

/** «الشؤون» (affairs), whose portfolio is the word after it (وزارة الشؤون الدينية). */
const AFFAIRS = wordKey('الشؤون');

/** How many words after the head are read for portfolios: a name's nationality and place come after them. */
const MAX_WORDS = 4;

/** Whether a word of the lexicon's portfolios is written in Latin letters. */
const latin = (word: string) => /^[a-z]/.test(word);

/**
 * Each folded portfolio word of the lexicon with the words of its portfolio in the other script:
 * an Arabic word with the English ones, an English word with the Arabic ones.
 */
const OTHER_SCRIPT_PORTFOLIOS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const words of Object.values(PORTFOLIOS)) {
    const english = words.filter(latin);
    const arabic = words.filter((word) => !latin(word));
    for (const word of arabic) out.set(wordKey(word), english);
    for (const word of english) out.set(wordKey(word), arabic);
  }
  return out;
})();

/** The English words of a ministry's name: "ministry", and "of" after it. */
const ENGLISH_MINISTRY = 'ministry';
const OF = 'of';

/**
 * The English names of a ministry whose Arabic name has the folded `keys` ("Ministry of Awqaf",
 * "Awqaf Ministry" for وزارة الأوقاف والشؤون والمقدسات الإسلامية), or none when it is not a
 * ministry's name or names no portfolio the lexicon knows.
 */
export function ministryEnglishNames(keys: readonly string[]): string[] {
  if (keys[0] !== MINISTRY) return [];
  const english = new Set<string>();
  for (let i = 1; i < keys.length && i <= MAX_WORDS; i++) {
    const word = keys[i]!;
    // A later portfolio is joined by و (والري, والأوقاف); the first follows the head or «الشؤون»,
    // and an adjective may come between (الموارد المائية والري).
    const bare = i > 1 && word.startsWith('و') ? word.slice(1) : word;
    if (bare === AFFAIRS) continue;
    for (const form of OTHER_SCRIPT_PORTFOLIOS.get(bare) ?? []) english.add(form);
  }
  return [...english].map((form) => form[0]!.toUpperCase() + form.slice(1)).flatMap((form) => [`Ministry of ${form}`, `${form} Ministry`]);
}

/**
 * The Arabic names of a ministry whose English name has the folded `keys` («وزارة المياه» for the
 * Ministry of Water and Irrigation or the Water Ministry), or none when it is not a ministry's name
 * or names no portfolio the lexicon knows. The portfolios are those after "Ministry of" (joined by
 * "and") or the words before "Ministry".
 */
export function ministryArabicNames(keys: readonly string[]): string[] {
  const at = keys.indexOf(ENGLISH_MINISTRY);
  if (at < 0) return [];
  const words = keys[at + 1] === OF ? keys.slice(at + 2, at + 2 + MAX_WORDS) : keys.slice(Math.max(0, at - 2), at);
  const arabic = new Set<string>();
  for (const word of words) for (const form of OTHER_SCRIPT_PORTFOLIOS.get(word) ?? []) arabic.add(form);
  return [...arabic].map((form) => `وزارة ${form}`);
}
