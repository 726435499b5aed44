/**
 * A quantity of the fact base written for a message: a count (four), a duration (eight months,
 * ثمانية أشهر), a percentage, a sum of money or a measure, in either language.
 */
import { arabicDuration, arabicNumber } from './arabic';
import { englishDuration, englishNumber, groupThousands } from './english';

/** The units a quantity may have (the fact-base schema's `unit`). */
export type AmountUnit =
  | 'count' | 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute' | 'percent' | 'money' | 'age' | 'score' | 'votes'
  | 'km' | 'metre' | 'square-metre' | 'square-km' | 'kg' | 'tonne' | 'other';

/** Units that are lengths of time, written with their noun (eight months). */
export const DURATIONS = new Set<AmountUnit>(['day', 'week', 'month', 'year', 'hour', 'minute']);

/** Measures written with a symbol, which needs no agreement in either language. */
const SYMBOLS: Partial<Record<AmountUnit, { ar: string; en: string }>> = {
  km: { ar: 'كم', en: 'km' },
  metre: { ar: 'م', en: 'm' },
  'square-metre': { ar: 'م²', en: 'm²' },
  'square-km': { ar: 'كم²', en: 'km²' },
  kg: { ar: 'كغ', en: 'kg' },
  tonne: { ar: 'طن', en: 't' },
};

/** Weights written in words after a scale word in English (1.2 million tonnes, not 1.2 million t). */
const LARGE_MEASURES: Partial<Record<AmountUnit, { en: string }>> = { tonne: { en: 'tonnes' }, kg: { en: 'kg' } };

/** Currencies written with a sign before the amount in English ($35 billion). */
const CURRENCY_SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** Dollars of other countries, written with the country's prefix before the sign (A$75 million). */
const PREFIXED_SIGNS: Record<string, string> = { AUD: 'A$', CAD: 'C$', NZD: 'NZ$', HKD: 'HK$', SGD: 'S$' };

/** Currency names in Arabic, after the amount (35 مليار دولار). */
const ARABIC_CURRENCIES: Record<string, string> = {
  USD: 'دولار', AUD: 'دولار أسترالي', CAD: 'دولار كندي', NZD: 'دولار نيوزيلندي', EUR: 'يورو', GBP: 'جنيه إسترليني', EGP: 'جنيه مصري', SAR: 'ريال سعودي', AED: 'درهم إماراتي', MAD: 'درهم مغربي', IQD: 'دينار عراقي', QAR: 'ريال قطري', KWD: 'دينار كويتي', JOD: 'دينار أردني', TND: 'دينار تونسي', DZD: 'دينار جزائري', LBP: 'ليرة لبنانية', SYP: 'ليرة سورية', TRY: 'ليرة تركية',
  OMR: 'ريال عماني', BHD: 'دينار بحريني', YER: 'ريال يمني', LYD: 'دينار ليبي', SDG: 'جنيه سوداني', MRU: 'أوقية موريتانية', IRR: 'ريال إيراني', ILS: 'شيكل', CHF: 'فرنك سويسري', XOF: 'فرنك أفريقي', XAF: 'فرنك أفريقي',
  JPY: 'ين ياباني', CNY: 'يوان صيني', INR: 'روبية هندية', RUB: 'روبل روسي', PKR: 'روبية باكستانية',
  KES: 'شلن كيني', UGX: 'شلن أوغندي', TZS: 'شلن تنزاني', SOS: 'شلن صومالي', LKR: 'روبية سريلانكية', NPR: 'روبية نيبالية', MUR: 'روبية موريشيوسية',
  MXN: 'بيزو مكسيكي', ARS: 'بيزو أرجنتيني', COP: 'بيزو كولومبي', CLP: 'بيزو تشيلي', PHP: 'بيزو فلبيني', NGN: 'نايرا', ZAR: 'راند', BRL: 'ريال برازيلي',
  KRW: 'وون كوري', MYR: 'رينغيت', PLN: 'زلوتي', HUF: 'فورنت', UAH: 'هريفنيا',
};

/** Currency names in English, after the amount (24 billion dollars). */
const ENGLISH_CURRENCIES: Record<string, string> = {
  USD: 'dollars', AUD: 'Australian dollars', CAD: 'Canadian dollars', NZD: 'New Zealand dollars', EUR: 'euros', GBP: 'pounds', EGP: 'Egyptian pounds', SAR: 'Saudi riyals', QAR: 'Qatari riyals',
  AED: 'dirhams', MAD: 'dirhams', IQD: 'dinars', TND: 'Tunisian dinars', KWD: 'Kuwaiti dinars', JOD: 'Jordanian dinars', CHF: 'Swiss francs', XOF: 'CFA francs', XAF: 'CFA francs',
  OMR: 'Omani rials', BHD: 'Bahraini dinars', YER: 'Yemeni rials', LYD: 'Libyan dinars', SDG: 'Sudanese pounds', DZD: 'Algerian dinars', LBP: 'Lebanese pounds', SYP: 'Syrian pounds',
  TRY: 'Turkish lira', IRR: 'Iranian rials', ILS: 'shekels', JPY: 'yen', CNY: 'yuan', INR: 'rupees', RUB: 'roubles', PKR: 'Pakistani rupees', MRU: 'ouguiyas',
  KES: 'Kenyan shillings', UGX: 'Ugandan shillings', TZS: 'Tanzanian shillings', SOS: 'Somali shillings', LKR: 'Sri Lankan rupees', NPR: 'Nepalese rupees', MUR: 'Mauritian rupees',
  MXN: 'Mexican pesos', ARS: 'Argentine pesos', COP: 'Colombian pesos', CLP: 'Chilean pesos', PHP: 'Philippine pesos', NGN: 'naira', ZAR: 'rand', BRL: 'reais',
  KRW: 'won', THB: 'baht', MYR: 'ringgit', IDR: 'rupiah', SEK: 'kronor', NOK: 'Norwegian kroner', DKK: 'Danish kroner', PLN: 'zlotys', HUF: 'forints', UAH: 'hryvnias',
  GHS: 'cedis', ETB: 'birr', ZMW: 'kwacha', MWK: 'Malawian kwacha',
};

/**
 * The name of a currency as a draft writes it after a number (دولار, dollars), or its sign for
 * a draft that wrote a sign ($): the text of a fix that names the article's currency.
 */
export function currencyName(code: string, lang: 'ar' | 'en', sign: boolean): string | undefined {
  if (sign) return CURRENCY_SIGNS[code] ?? PREFIXED_SIGNS[code];
  return lang === 'ar' ? ARABIC_CURRENCIES[code] : ENGLISH_CURRENCIES[code];
}

/** A quantity's value with its unit. */
export interface Amount {
  value: number;
  unit: AmountUnit;
  /** ISO 4217 code, for money. */
  currency?: string;
}

/** The amount in English: "four", "eight months", "12%", "35 Tunisian dinars" (a currency without a sign is named in words), "45 years", "3 km". */
export function englishAmount({ value, unit, currency }: Amount): string {
  if (DURATIONS.has(unit)) return englishDuration(value, unit as 'hour');
  if (unit === 'age') return englishDuration(value, 'year');
  if (unit === 'percent') return `${value}%`;
  if (unit === 'money') {
    // Money is never written in words: $5, $12,000, $35 billion.
    const figure = value >= 1e6 ? englishNumber(value) : groupThousands(value, ',');
    const sign = currency ? CURRENCY_SIGNS[currency] : undefined;
    if (sign) return `${sign}${figure}`;
    return currency ? `${figure} ${ENGLISH_CURRENCIES[currency] ?? currency}` : figure;
  }
  // A million and more is written with its scale word, as news writes weights and areas (1.2 million tonnes).
  if (unit in LARGE_MEASURES && value >= 1e6) return `${englishNumber(value)} ${LARGE_MEASURES[unit]!.en}`;
  const symbol = SYMBOLS[unit];
  if (symbol) return `${groupThousands(value, ',')} ${symbol.en}`;
  return englishNumber(value);
}

/** The amount in Arabic: «أربعة», «ثمانية أشهر», «12%», «35 USD», «45 عاماً», «3 كم». */
export function arabicAmount({ value, unit, currency }: Amount): string {
  if (DURATIONS.has(unit)) return arabicDuration(value, unit as 'hour');
  if (unit === 'age') return arabicDuration(value, 'year');
  if (unit === 'percent') return `${value}%`;
  if (unit === 'money') {
    const amount = value >= 1e6 ? arabicNumber(value) : String(value);
    return currency ? `${amount} ${ARABIC_CURRENCIES[currency] ?? currency}` : amount;
  }
  const symbol = SYMBOLS[unit];
  // A million and more is written with its scale word («5 ملايين طن»), never as a run of digits.
  if (symbol) return `${value >= 1e6 ? arabicNumber(value) : String(value)} ${symbol.ar}`;
  return arabicNumber(value);
}

/** The Arabic noun that heads «X of the noun is …» for a unit: عدد المصادر, مدة المهلة, نسبة …. */
export function arabicMeasureNoun(unit: AmountUnit): string | undefined {
  if (unit === 'count' || unit === 'score' || unit === 'votes') return 'عدد';
  if (DURATIONS.has(unit)) return 'مدة';
  if (unit === 'percent') return 'نسبة';
  if (unit === 'money') return 'قيمة';
  if (unit === 'age') return 'عمر';
  return undefined;
}
