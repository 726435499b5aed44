/**
 * Currencies and percent words in Arabic and English, folded the way the analyser folds a draft.
 * Facts about the languages, not about any story.
 */
import { wordKey } from '../tokenKey';

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
      [['ريال', 'ريالا', 'ريالات', 'riyal', 'riyals', 'rial', 'rials', 'sar'], 'SAR'],
      [['دينار', 'دينارا', 'دنانير', 'dinar', 'dinars', 'iqd'], 'IQD'],
      [['ليرة', 'ليرات', 'الليرة', 'lira', 'liras', 'lire', 'try'], 'TRY'],
      [['mad'], 'MAD'],
      // ISO 4217 codes of the other Arab currencies, each naming its currency exactly.
      [['omr'], 'OMR'],
      [['qar'], 'QAR'],
      [['yer'], 'YER'],
      [['kwd'], 'KWD'],
      [['bhd'], 'BHD'],
      [['jod'], 'JOD'],
      [['lyd'], 'LYD'],
      [['tnd'], 'TND'],
      [['dzd'], 'DZD'],
      [['sdg'], 'SDG'],
      [['lbp'], 'LBP'],
      [['syp'], 'SYP'],
      // The world's other currencies that news amounts are given in (ISO 4217; the words of the
      // English-language and Arabic press). A bare word names the first code of its family, which
      // the article's country narrows (shillings in a story from Kampala are Ugandan). Words that
      // are English words too (won, rub, real, dong) are left out, and so are the ISO codes that
      // are (SOS, COP, PHP, ARS): the currency is then read only with its country's adjective.
      [['شلن', 'شلنا', 'شلنات', 'الشلن', 'shilling', 'shillings', 'kes'], 'KES'],
      [['ugx'], 'UGX'],
      [['tzs'], 'TZS'],
      [['روبية', 'روبيات', 'الروبية', 'rupee', 'rupees', 'inr'], 'INR'],
      [['pkr'], 'PKR'],
      [['lkr'], 'LKR'],
      [['npr'], 'NPR'],
      [['بيزو', 'البيزو', 'peso', 'pesos', 'mxn'], 'MXN'],
      [['clp'], 'CLP'],
      [['ين', 'الين', 'yen', 'jpy'], 'JPY'],
      [['يوان', 'اليوان', 'yuan', 'renminbi', 'cny', 'rmb'], 'CNY'],
      [['روبل', 'روبلات', 'الروبل', 'rouble', 'roubles', 'ruble', 'rubles'], 'RUB'],
      [['نايرا', 'naira', 'ngn'], 'NGN'],
      [['راند', 'rand', 'zar'], 'ZAR'],
      [['reais', 'brl'], 'BRL'],
      [['وون', 'krw'], 'KRW'],
      [['baht', 'thb'], 'THB'],
      [['رينغيت', 'ringgit', 'myr'], 'MYR'],
      [['rupiah', 'idr'], 'IDR'],
      [['krona', 'kronor', 'sek'], 'SEK'],
      [['krone', 'kroner', 'nok'], 'NOK'],
      [['dkk'], 'DKK'],
      [['زلوتي', 'zloty', 'zlotys', 'zlotych', 'pln'], 'PLN'],
      [['فورنت', 'forint', 'forints', 'huf'], 'HUF'],
      [['هريفنيا', 'hryvnia', 'hryvnias', 'uah'], 'UAH'],
      [['شيكل', 'شيكلا', 'شيكلات', 'الشيكل', 'shekel', 'shekels', 'nis', 'ils'], 'ILS'],
      [['cedi', 'cedis', 'ghs'], 'GHS'],
      [['birr', 'etb'], 'ETB'],
      [['kwacha', 'zmw'], 'ZMW'],
      [['mwk'], 'MWK'],
      [['أوقية', 'أوقيات', 'ouguiya', 'ouguiyas', 'mru'], 'MRU'],
    ] as [string[], string][]
  ).flatMap(([words, code]) => words.map((word) => [wordKey(word), code] as [string, string])),
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
  // The riyal, and the Brazilian real, which Arabic calls ريال too.
  ['SAR', 'QAR', 'OMR', 'YER', 'IRR', 'BRL'],
  ['AED', 'MAD'],
  // The lira: Turkish, and the Lebanese and Syrian pounds, which Arabic calls ليرة.
  ['TRY', 'LBP', 'SYP'],
  ['CHF', 'XOF', 'XAF', 'KMF', 'DJF', 'GNF', 'RWF', 'BIF', 'CDF', 'XPF'],
  ['KES', 'UGX', 'TZS', 'SOS'],
  ['INR', 'PKR', 'LKR', 'NPR', 'MUR'],
  ['MXN', 'ARS', 'COP', 'CLP', 'PHP', 'UYU', 'DOP', 'CUP'],
  ['NOK', 'DKK'],
  ['ZMW', 'MWK'],
];

/** Currency words that name one currency exactly: ISO codes, sterling, US$ (folded). */
export const EXACT_CURRENCY_WORDS: ReadonlySet<string> = new Set(
  ['usd', 'us$', 'eur', 'egp', 'gbp', 'aed', 'chf', 'sar', 'iqd', 'mad', 'try', 'omr', 'qar', 'yer', 'kwd', 'bhd', 'jod', 'lyd', 'tnd', 'dzd', 'sdg', 'lbp', 'syp', 'sterling', 'استرليني', 'الاسترليني',
    'kes', 'ugx', 'tzs', 'inr', 'pkr', 'lkr', 'npr', 'mxn', 'clp', 'jpy', 'cny', 'rmb', 'ngn', 'zar', 'brl', 'krw', 'thb', 'myr', 'idr', 'sek', 'nok', 'dkk', 'pln', 'huf', 'uah', 'ils', 'nis', 'ghs', 'etb', 'zmw', 'mwk', 'mru'].map(wordKey),
);

/** Whether an amount in `loose` (a bare word or sign of that currency's family) may be `code`. */
export function currencyAgrees(code: string | undefined, amount: { currency?: string; loose?: boolean }): boolean {
  if (code === amount.currency) return true;
  if (!amount.loose || !code) return false;
  return CURRENCY_FAMILIES.some((family) => family.includes(code) && family.includes(amount.currency ?? ''));
}

/** A currency word that names the country's pound or dinar more precisely (جنيه إسترليني is GBP). */
export const CURRENCY_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  [wordKey('إسترليني'), 'GBP'],
  [wordKey('مصري'), 'EGP'],
  [wordKey('سويسري'), 'CHF'],
  [wordKey('مغربي'), 'MAD'],
  [wordKey('إماراتي'), 'AED'],
]);

/**
 * Countries named with a currency word, as their adjective (ISO 4217 for the codes): "U.S. dollars",
 * "Australian dollars", «دولار أسترالي», «دينار تونسي». The adjective names one currency exactly,
 * the one of its country in the family of the word it qualifies (Australian dollars is AUD,
 * «دينار كويتي» KWD). English writes the adjective before the word, Arabic after it; an English
 * adjective is one or two words (U S, New Zealand, Hong Kong). Arabic forms are the masculine and
 * the feminine (ليرة لبنانية), each with and without the article.
 */
const COUNTRY_CURRENCIES: readonly { en: string[]; ar: string[]; codes: string[]; loose?: true }[] = [
  // The CFA franc names two currencies of one name, the West African (XOF) and the Central African
  // (XAF): "CFA francs", «فرنك أفريقي», «فرنك سيفا» (the spellings of AFP, Reuters and the Arabic
  // press for the Sahel) name either, as a bare word its family, which the article's country narrows.
  { en: ['cfa'], ar: ['أفريقي', 'إفريقي', 'سيفا'], codes: ['XOF'], loose: true },
  { en: ['u s', 'us', 'american', 'united states'], ar: ['أمريكي', 'أميركي'], codes: ['USD'] },
  { en: ['australian'], ar: ['أسترالي'], codes: ['AUD'] },
  { en: ['canadian'], ar: ['كندي'], codes: ['CAD'] },
  { en: ['new zealand'], ar: ['نيوزيلندي'], codes: ['NZD'] },
  { en: ['hong kong'], ar: ['هونغ كونغ'], codes: ['HKD'] },
  { en: ['singapore', 'singaporean'], ar: ['سنغافوري'], codes: ['SGD'] },
  { en: ['taiwan', 'taiwanese'], ar: ['تايواني'], codes: ['TWD'] },
  { en: ['iraqi'], ar: ['عراقي'], codes: ['IQD'] },
  { en: ['tunisian'], ar: ['تونسي'], codes: ['TND'] },
  { en: ['algerian'], ar: ['جزائري'], codes: ['DZD'] },
  { en: ['kuwaiti'], ar: ['كويتي'], codes: ['KWD'] },
  { en: ['jordanian'], ar: ['أردني'], codes: ['JOD'] },
  { en: ['bahraini'], ar: ['بحريني'], codes: ['BHD'] },
  { en: ['libyan'], ar: ['ليبي'], codes: ['LYD'] },
  { en: ['serbian'], ar: ['صربي'], codes: ['RSD'] },
  { en: ['british'], ar: ['إسترليني', 'بريطاني'], codes: ['GBP'] },
  { en: ['egyptian'], ar: ['مصري'], codes: ['EGP'] },
  { en: ['lebanese'], ar: ['لبناني'], codes: ['LBP'] },
  { en: ['syrian'], ar: ['سوري'], codes: ['SYP'] },
  { en: ['sudanese'], ar: ['سوداني'], codes: ['SDG'] },
  { en: ['saudi'], ar: ['سعودي'], codes: ['SAR'] },
  { en: ['qatari'], ar: ['قطري'], codes: ['QAR'] },
  { en: ['omani'], ar: ['عماني'], codes: ['OMR'] },
  { en: ['yemeni'], ar: ['يمني'], codes: ['YER'] },
  { en: ['iranian'], ar: ['إيراني'], codes: ['IRR'] },
  { en: ['emirati', 'uae'], ar: ['إماراتي'], codes: ['AED'] },
  { en: ['moroccan'], ar: ['مغربي'], codes: ['MAD'] },
  { en: ['swiss'], ar: ['سويسري'], codes: ['CHF'] },
  { en: ['turkish'], ar: ['تركي'], codes: ['TRY'] },
  { en: ['kenyan'], ar: ['كيني'], codes: ['KES'] },
  { en: ['ugandan'], ar: ['أوغندي'], codes: ['UGX'] },
  { en: ['tanzanian'], ar: ['تنزاني'], codes: ['TZS'] },
  { en: ['somali'], ar: ['صومالي'], codes: ['SOS'] },
  { en: ['indian'], ar: ['هندي'], codes: ['INR'] },
  { en: ['pakistani'], ar: ['باكستاني'], codes: ['PKR'] },
  { en: ['sri lankan'], ar: ['سريلانكي'], codes: ['LKR'] },
  { en: ['nepalese', 'nepali'], ar: ['نيبالي'], codes: ['NPR'] },
  { en: ['mauritian'], ar: ['موريشيوسي'], codes: ['MUR'] },
  { en: ['mexican'], ar: ['مكسيكي'], codes: ['MXN'] },
  { en: ['argentine', 'argentinian'], ar: ['أرجنتيني'], codes: ['ARS'] },
  { en: ['colombian'], ar: ['كولومبي'], codes: ['COP'] },
  { en: ['chilean'], ar: ['تشيلي'], codes: ['CLP'] },
  { en: ['philippine'], ar: ['فلبيني'], codes: ['PHP'] },
  { en: ['norwegian'], ar: ['نرويجي'], codes: ['NOK'] },
  { en: ['danish'], ar: ['دنماركي'], codes: ['DKK'] },
  { en: ['brazilian'], ar: ['برازيلي'], codes: ['BRL'] },
  { en: ['zambian'], ar: ['زامبي'], codes: ['ZMW'] },
  { en: ['malawian'], ar: ['مالاوي'], codes: ['MWK'] },
];

/** The family of currencies a code belongs to (itself alone when it has none). */
function familyOf(code: string): readonly string[] {
  return CURRENCY_FAMILIES.find((family) => family.includes(code)) ?? [code];
}

/** The folded adjective forms of each country: Arabic with ال and the feminine ة too. */
const COUNTRY_FORMS: readonly { en: string[][]; ar: Set<string>; codes: string[]; loose?: true }[] = COUNTRY_CURRENCIES.map(({ en, ar, codes, loose }) => ({
  en: en.map((words) => words.split(' ').map(wordKey)),
  ar: new Set(ar.flatMap((word) => [word, 'ال' + word, word + 'ة', 'ال' + word + 'ة'].map(wordKey))),
  codes,
  ...(loose ? { loose } : {}),
}));

/**
 * The currency a country's adjective names in the family of `code` (the code of the word it
 * qualifies), with the number of words it takes: `english` are the (folded) words right before
 * the currency word, nearest last; `arabic` the word right after it.
 */
export function countryCurrency(code: string, english: readonly string[], arabic?: string): { code: string; words: number; loose?: true } | undefined {
  const family = familyOf(code);
  for (const country of COUNTRY_FORMS) {
    const exact = country.codes.find((c) => family.includes(c));
    if (!exact) continue;
    const loose = country.loose ? { loose: country.loose } : {};
    if (arabic !== undefined && country.ar.has(arabic)) return { code: exact, words: 1, ...loose };
    for (const words of country.en) {
      if (words.length <= english.length && words.every((word, i) => english[english.length - words.length + i] === word)) return { code: exact, words: words.length, ...loose };
    }
  }
  return undefined;
}

/**
 * Units of measure, each as the words and symbols that write it in either language (folded): a
 * draft that writes "mm" or «ملم» for the article's "millimetres" writes the same unit.
 */
export const MEASURE_UNITS: readonly (readonly string[])[] = [
  ['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm', 'ملم', 'مم', 'مليمتر', 'مليمترا', 'مليمترات', 'ملليمتر', 'ملليمترا', 'ميليمتر', 'ميليمترا'],
  ['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm', 'سم', 'سنتيمتر', 'سنتيمترا', 'سنتيمترات', 'سنتمتر', 'سنتمترا'],
  ['metre', 'metres', 'meter', 'meters', 'متر', 'مترا', 'أمتار'],
  ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'كم', 'كلم', 'كيلومتر', 'كيلومترا', 'كيلومترات'],
  ['km/h', 'kmh', 'kph', 'كم/س', 'كم/ساعة'],
  ['mph', 'miles', 'mile', 'ميل', 'ميلا', 'أميال'],
  // The units of news at sea: the nautical mile (1,852 metres, as the International Hydrographic
  // Conference fixed it in 1929) and the knot (a nautical mile an hour), with their English
  // abbreviations and the Arabic the Arabic press writes: «ميلاً بحرياً», «أميال بحرية» (the
  // word بحري after ميل; the feminine بحرية is left out, as it is also the navy) and «عقدة»
  // (its plural عقد is left out: it is also a contract, a decade and "he held"). From general
  // knowledge of English and Arabic maritime news usage (Reuters, AFP, Al Jazeera, Asharq Al-Awsat).
  ['nautical', 'nmi', 'بحري', 'بحريا'],
  ['knot', 'knots', 'kt', 'kts', 'عقدة'],
  ['inch', 'inches', 'بوصة', 'بوصات', 'إنش', 'إنشات'],
  ['kilogram', 'kilograms', 'kg', 'كغ', 'كلغ', 'كيلوغرام', 'كيلوغراما', 'كيلوغرامات'],
  ['tonne', 'tonnes', 'ton', 'tons', 'طن', 'أطنان'],
  ['degree', 'degrees', 'درجة', 'درجات'],
  // Units of electric power and tension, with the Arabic spellings of the press (ميغاواط, ميجاوات):
  // a plant's capacity, a line's voltage. SI unit names and their symbols.
  ['megawatt', 'megawatts', 'mw', 'ميغاواط', 'ميغاوات', 'ميجاوات', 'ميجاواط'],
  ['gigawatt', 'gigawatts', 'gw', 'غيغاواط', 'غيغاوات', 'جيجاوات', 'جيجاواط'],
  ['kilowatt', 'kilowatts', 'kw', 'كيلوواط', 'كيلووات'],
  ['kilovolt', 'kilovolts', 'kv', 'كيلوفولت'],
].map((forms) => forms.map(wordKey));

/**
 * Words that say which dimension a length measures (folded), each with its forms in both
 * languages: "14 metres deep", «بعمق 14 متراً», "20 metres wide", «ارتفاعه 300 متر». A length with
 * one of them measures that dimension, so it is no figure of a fact measured by another (a quay's
 * length is not its depth). The dimension nouns and adjectives of English and Arabic news.
 */
export const DIMENSION_WORDS: readonly (readonly string[])[] = [
  ['long', 'length', 'lengths', 'طول', 'الطول', 'طوله', 'طولها'],
  ['deep', 'depth', 'عمق', 'العمق', 'عمقه', 'عمقها'],
  ['wide', 'width', 'broad', 'across', 'عرض', 'العرض', 'عرضه', 'عرضها'],
  ['high', 'height', 'tall', 'altitude', 'ارتفاع', 'الارتفاع', 'ارتفاعه', 'ارتفاعها', 'علو'],
  ['thick', 'thickness', 'سمك', 'سماكة'],
  ['away', 'distance', 'بعد', 'مسافة', 'المسافة'],
].map((forms) => forms.map(wordKey));

/**
 * Words that name an area as the dimension measured (folded): "| Lake area | 38 square kilometres
 * |", «مساحة البحيرة», «بمساحة». A label of an area may hold one beside what it measures. The area
 * nouns of English and Arabic news.
 */
export const AREA_WORDS: ReadonlySet<string> = new Set(['area', 'surface', 'size', 'مساحة', 'المساحة', 'بمساحة', 'مساحته', 'مساحتها'].map(wordKey));

/** The forms of the unit a folded word writes, itself alone when it writes none. */
export function unitForms(key: string): readonly string[] {
  return MEASURE_UNITS.find((forms) => forms.includes(key)) ?? [key];
}

/** The measures of the fact-base schema a draft's unit word writes (kilometres, metres, kilograms, tonnes). */
export type MeasureUnit = 'km' | 'metre' | 'kg' | 'tonne';

/** Each form of a unit of the schema (folded) → that unit: كيلومترات, km → km. */
export const MEASURE_SCHEMA_UNITS: ReadonlyMap<string, MeasureUnit> = new Map(
  (
    [
      [wordKey('kilometre'), 'km'],
      [wordKey('metre'), 'metre'],
      [wordKey('kilogram'), 'kg'],
      [wordKey('tonne'), 'tonne'],
    ] as [string, MeasureUnit][]
  ).flatMap(([first, unit]) => (MEASURE_UNITS.find((forms) => forms[0] === first) ?? []).map((form) => [form, unit] as [string, MeasureUnit])),
);

/** Unit symbols (folded), which a number of any size leaves unchanged (12 km, «20 كم»). */
export const MEASURE_SYMBOLS: ReadonlySet<string> = new Set(['km', 'm', 'kg', 't', 'mm', 'cm', 'كم', 'كلم', 'كغ', 'كلغ', 'ملم', 'مم', 'سم'].map(wordKey));

/**
 * The Arabic words of the schema's measures as a number governs them: one (كيلومتر), three to ten
 * (the plural كيلومترات), eleven to ninety-nine (the singular accusative كيلومتراً).
 */
export const ARABIC_MEASURE_WORDS: Readonly<Record<MeasureUnit, { one: string; few: string; many: string }>> = {
  km: { one: 'كيلومتر', few: 'كيلومترات', many: 'كيلومتراً' },
  metre: { one: 'متر', few: 'أمتار', many: 'متراً' },
  kg: { one: 'كيلوغرام', few: 'كيلوغرامات', many: 'كيلوغراماً' },
  tonne: { one: 'طن', few: 'أطنان', many: 'طناً' },
};

/**
 * The Arabic word of measure `unit` after the number `value`: the last part of the number governs
 * it, so 3 to 10 take the plural (103 أطنان), 11 to 99 the accusative singular (12 كيلومتراً), and
 * a round hundred or thousand, one or two, the singular (2500 طن).
 */
export function arabicMeasureWord(value: number, unit: MeasureUnit): string {
  const words = ARABIC_MEASURE_WORDS[unit];
  const last = Number.isInteger(value) ? value % 100 : 11;
  return last >= 3 && last <= 10 ? words.few : last >= 11 ? words.many : words.one;
}

/** Word sequences meaning "per cent" after a number. */
export const PERCENT_WORDS: readonly string[][] = [['per', 'cent'], ['percent'], ['pc'], ['في', 'المئة'], ['في', 'المائة'], ['بالمئة'], ['بالمائة'], ['بالمئه'], ['في', 'المئه'], ['في', 'المائه'], ['بالمائه']].map((words) => words.map(wordKey));
