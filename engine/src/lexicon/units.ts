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

/** Country prefixes of the dollar sign (A$, US$, C$, NZ$ …), each naming one dollar exactly (folded). */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', nz: 'NZD', hk: 'HKD', s: 'SGD', nt: 'TWD', j: 'JMD', bds: 'BBD', tt: 'TTD', fj: 'FJD',
};

/**
 * Currencies that share a name (ISO 4217): a bare dollar sign or a currency word without its
 * country (dollars, dinars, pounds, جنيه, riyals, dirhams, francs) may be any currency of its family;
 * an ISO code, a prefixed sign (A$) or a qualifier (إسترليني, مصري) names one exactly.
 */
export const CURRENCY_FAMILIES: readonly (readonly string[])[] = [
  ['USD', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD', 'JMD', 'BSD', 'BBD', 'BZD', 'BMD', 'BND', 'KYD', 'XCD', 'FJD', 'GYD', 'LRD', 'NAD', 'SBD', 'SRD', 'TTD', 'ZWL'],
  ['IQD', 'TND', 'DZD', 'KWD', 'JOD', 'BHD', 'LYD', 'RSD'],
  ['GBP', 'EGP', 'LBP', 'SYP', 'SDG', 'SSP', 'FKP', 'GIP', 'SHP'],
  ['SAR', 'QAR', 'OMR', 'YER', 'IRR'],
  ['AED', 'MAD'],
  ['CHF', 'XOF', 'XAF', 'KMF', 'DJF', 'GNF', 'RWF', 'BIF', 'CDF', 'XPF'],
];

/** Currency words that name one currency exactly: ISO codes, sterling, US$ (folded). */
export const EXACT_CURRENCY_WORDS: ReadonlySet<string> = new Set(
  ['usd', 'us$', 'eur', 'egp', 'gbp', 'aed', 'chf', 'sar', 'iqd', 'mad', 'sterling', 'استرليني', 'الاسترليني'].map(k),
);

/** Whether an amount in `loose` (a bare word or sign of that currency's family) may be `code`. */
export function currencyAgrees(code: string | undefined, amount: { currency?: string; loose?: boolean }): boolean {
  if (code === amount.currency) return true;
  if (!amount.loose || !code) return false;
  return CURRENCY_FAMILIES.some((family) => family.includes(code) && family.includes(amount.currency ?? ''));
}

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
