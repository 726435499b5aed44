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

/** Each folded Arabic portfolio word of the lexicon with the English words of its portfolio. */
const ENGLISH_PORTFOLIOS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const words of Object.values(PORTFOLIOS)) {
    const english = words.filter((word) => /^[a-z]/.test(word));
    for (const word of words) if (!/^[a-z]/.test(word)) out.set(wordKey(word), english);
  }
  return out;
})();

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
    for (const form of ENGLISH_PORTFOLIOS.get(bare) ?? []) english.add(form);
  }
  return [...english].map((form) => form[0]!.toUpperCase() + form.slice(1)).flatMap((form) => [`Ministry of ${form}`, `${form} Ministry`]);
}
