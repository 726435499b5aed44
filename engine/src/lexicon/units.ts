/**
 * Currencies and percent words in Arabic and English, folded the way the analyser folds a draft.
 * Facts about the languages, not about any story.
 */
import { fold } from '../text/normalise';
import { tokenKey } from '../tokenKey';

const k = (word: string): string => tokenKey(fold(word));

/** Currency words (after the number) → ISO 4217 code. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      [['دولار', 'دولارا', 'دولارات', 'الدولار', 'الدولارات', 'dollar', 'dollars', 'usd', 'us$'], 'USD'],
      [['يورو', 'اليورو', 'euro', 'euros', 'eur'], 'EUR'],
      [['جنيه', 'جنيها', 'جنيهات', 'الجنيه', 'egp'], 'EGP'],
      [['استرليني', 'الاسترليني', 'pound', 'pounds', 'sterling', 'gbp'], 'GBP'],
      [['درهم', 'دراهم', 'درهما', 'الدرهم', 'dirham', 'dirhams', 'aed', 'dh', 'dhs'], 'AED'],
      [['فرنك', 'فرنكات', 'franc', 'francs', 'chf'], 'CHF'],
      [['ريال', 'ريالا', 'ريالات', 'riyal', 'riyals', 'sar'], 'SAR'],
      [['دينار', 'دينارا', 'دنانير', 'dinar', 'dinars', 'iqd'], 'IQD'],
      [['mad'], 'MAD'],
    ] as [string[], string][]
  ).flatMap(([words, code]) => words.map((word) => [k(word), code] as [string, string])),
);

/** Currency symbols written before a number. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '£': 'GBP', '€': 'EUR' };

/** A currency word that names the country's pound or dinar more precisely (جنيه إسترليني is GBP). */
export const CURRENCY_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  [k('إسترليني'), 'GBP'],
  [k('مصري'), 'EGP'],
  [k('سويسري'), 'CHF'],
  [k('مغربي'), 'MAD'],
  [k('إماراتي'), 'AED'],
]);

/** Word sequences meaning "per cent" after a number. */
export const PERCENT_WORDS: readonly string[][] = [['per', 'cent'], ['percent'], ['pc'], ['في', 'المئة'], ['في', 'المائة'], ['بالمئة'], ['بالمائة'], ['بالمئه'], ['في', 'المئه'], ['في', 'المائه'], ['بالمائه']].map((words) => words.map(k));
