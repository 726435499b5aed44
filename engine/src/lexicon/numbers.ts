/**
 * Number words in Arabic (both genders, nominative and oblique case, with and without the
 * article) and English, plus counted-noun duals (شهرين = two months).
 */

/** Arabic number words (folded spellings: ة→ه, أ/إ→ا, ى→ي) → value. */
const AR_UNITS: Record<number, string[]> = {
  1: ['واحد', 'واحده'],
  2: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي'],
  3: ['ثلاثه', 'ثلاث'],
  4: ['اربعه', 'اربع'],
  5: ['خمسه', 'خمس'],
  6: ['سته', 'ست'],
  7: ['سبعه', 'سبع'],
  8: ['ثمانيه', 'ثماني', 'ثمان'],
  9: ['تسعه', 'تسع'],
  10: ['عشره', 'عشر'],
  20: ['عشرون', 'عشرين'],
  30: ['ثلاثون', 'ثلاثين'],
  40: ['اربعون', 'اربعين'],
  50: ['خمسون', 'خمسين'],
  60: ['ستون', 'ستين'],
  70: ['سبعون', 'سبعين'],
  80: ['ثمانون', 'ثمانين'],
  90: ['تسعون', 'تسعين'],
  100: ['مئه', 'مائه', 'مئتان', 'مئتين', 'مائتان', 'مائتين'],
  1000: ['الف', 'الفان', 'الفين', 'الاف', 'آلاف'],
};

const EN_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12, a: 1, an: 1, single: 1,
  half: 0.5,
};

/** Folds a lexicon spelling as token keys are folded (أ→ا, ئ→ي, ؤ→و, ى→ي, ة→ه). */
const foldWord = (word: string): string => word.replace(/[أإآ]/g, 'ا').replace(/ئ/g, 'ي').replace(/ؤ/g, 'و').replace(/ى/g, 'ي').replace(/ة/g, 'ه');

/** The hundreds written as one word: ثلاثمئة, أربعمائة … تسعمئة. */
const HUNDREDS: [number, string][] = [[3, 'ثلاث'], [4, 'اربع'], [5, 'خمس'], [6, 'ست'], [7, 'سبع'], [8, 'ثمان'], [8, 'ثماني'], [9, 'تسع']];

const AR_WORDS = new Map<string, number>();
for (const [value, words] of Object.entries(AR_UNITS)) {
  for (const word of words) {
    const folded = foldWord(word);
    AR_WORDS.set(folded, Number(value) === 100 && /تان|تين/.test(folded) ? 200 : Number(value) === 1000 && /ان$|ين$/.test(folded) ? 2000 : Number(value));
    AR_WORDS.set('ال' + folded, AR_WORDS.get(folded)!);
  }
}
for (const [unit, stem] of HUNDREDS) {
  for (const hundred of ['مئه', 'مائه']) {
    AR_WORDS.set(foldWord(stem + hundred), unit * 100);
    AR_WORDS.set('ال' + foldWord(stem + hundred), unit * 100);
  }
}
for (const dual of ['مئتا', 'مئتي', 'مائتا', 'مائتي']) AR_WORDS.set(foldWord(dual), 200);
// ألفاً, a thousand in the accusative (شارك ألفاً ومئتا عامل); after a number it is the scale word.
AR_WORDS.set('الفا', 1000);
// آلاف alone (رصدت آلاف الشكاوى, thousands of complaints) is a vague plural, no figure, as عشرات and
// مئات are; after a number (ثلاثة آلاف) it is the scale word that extract/numbers.ts reads.
AR_WORDS.delete('الاف');
AR_WORDS.delete('الالاف');

/** The value of a single Arabic number word (folded), if it is one. */
export function arabicNumberWord(token: string): number | undefined {
  return AR_WORDS.get(token) ?? (token.startsWith('و') ? undefined : undefined);
}

/** The value of a single English number word, if it is one. */
export function englishNumberWord(token: string): number | undefined {
  return EN_UNITS[token];
}

/** Parses digits with thousands separators: 2,500 → 2500; 8 → 8. */
export function parseDigits(token: string): number | undefined {
  if (!/^\d{1,3}(?:[,.]\d{3})+$|^\d+(?:\.\d+)?$/.test(token)) return undefined;
  if (/^\d{1,3}(?:,\d{3})+$/.test(token)) return Number(token.replace(/,/g, ''));
  return Number(token);
}

/** The lengths of time a number's noun may name: a day, a week, a month, a year, an hour, a minute. */
export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute';

/** Arabic dual forms of time units (folded): شهرين = 2 months, ساعتين = 2 hours. */
export const ARABIC_DUALS: Record<string, { value: number; unit: TimeUnit }> = {
  شهرين: { value: 2, unit: 'month' },
  شهران: { value: 2, unit: 'month' },
  عامين: { value: 2, unit: 'year' },
  عامان: { value: 2, unit: 'year' },
  سنتين: { value: 2, unit: 'year' },
  سنتان: { value: 2, unit: 'year' },
  يومين: { value: 2, unit: 'day' },
  يومان: { value: 2, unit: 'day' },
  اسبوعين: { value: 2, unit: 'week' },
  اسبوعان: { value: 2, unit: 'week' },
  ساعتين: { value: 2, unit: 'hour' },
  ساعتان: { value: 2, unit: 'hour' },
  دقيقتين: { value: 2, unit: 'minute' },
  دقيقتان: { value: 2, unit: 'minute' },
};

/** Time-unit nouns (folded), singular and plural, Arabic and English. */
export const UNIT_WORDS: Record<string, TimeUnit> = {
  يوم: 'day', يوما: 'day', ايام: 'day', day: 'day', days: 'day',
  اسبوع: 'week', اسبوعا: 'week', اسابيع: 'week', week: 'week', weeks: 'week',
  شهر: 'month', شهرا: 'month', اشهر: 'month', شهور: 'month', month: 'month', months: 'month',
  عام: 'year', عاما: 'year', اعوام: 'year', سنه: 'year', سنوات: 'year', سنين: 'year', year: 'year', years: 'year',
  ساعه: 'hour', ساعات: 'hour', hour: 'hour', hours: 'hour', hrs: 'hour',
  دقيقه: 'minute', دقايق: 'minute', minute: 'minute', minutes: 'minute', mins: 'minute',
};

/** Arabic number words in the masculine form used with a feminine or masculine noun, for fixes. */
export const ARABIC_DISPLAY: Record<number, { m: string; f: string }> = {
  1: { m: 'واحد', f: 'واحدة' }, 2: { m: 'اثنان', f: 'اثنتان' }, 3: { m: 'ثلاثة', f: 'ثلاث' }, 4: { m: 'أربعة', f: 'أربع' },
  5: { m: 'خمسة', f: 'خمس' }, 6: { m: 'ستة', f: 'ست' }, 7: { m: 'سبعة', f: 'سبع' }, 8: { m: 'ثمانية', f: 'ثماني' },
  9: { m: 'تسعة', f: 'تسع' }, 10: { m: 'عشرة', f: 'عشر' },
};

/**
 * Arabic time-unit nouns as a number governs them: one (شهر واحد), two (the dual شهران), three to
 * ten (the plural أشهر) and eleven or more (the singular accusative شهراً). A masculine unit takes
 * the number word ending in ة from three to ten (ثمانية أشهر), a feminine one the other (ثلاث ساعات).
 */
export const ARABIC_UNITS: Record<TimeUnit, { one: string; two: string; few: string; many: string; feminine?: boolean }> = {
  month: { one: 'شهر', two: 'شهران', few: 'أشهر', many: 'شهراً' },
  year: { one: 'عام', two: 'عامان', few: 'أعوام', many: 'عاماً' },
  week: { one: 'أسبوع', two: 'أسبوعان', few: 'أسابيع', many: 'أسبوعاً' },
  day: { one: 'يوم', two: 'يومان', few: 'أيام', many: 'يوماً' },
  hour: { one: 'ساعة', two: 'ساعتان', few: 'ساعات', many: 'ساعة', feminine: true },
  minute: { one: 'دقيقة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقة', feminine: true },
};

/**
 * The other Arabic word for a year, سنة (feminine: ثلاث سنوات, خمس عشرة سنة), which a fix keeps
 * where the draft wrote it («5 سنوات» → «3 سنوات», not «3 أعوام»); recognised by its folded stem سن.
 */
export const ARABIC_YEAR_SANA = { one: 'سنة', two: 'سنتان', few: 'سنوات', many: 'سنة', feminine: true } as const;

/** English number words for fixes. */
export const ENGLISH_DISPLAY = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Words that join the two sides of a split (four to one, 4 مقابل 1), folded. */
export const SPLIT_JOINERS: ReadonlySet<string> = new Set(['to', 'مقابل', 'against']);

/**
 * Nouns of a vote that may stand between a split's first figure and its joiner (by 33 votes to 28,
 * «بـ33 صوتاً مقابل 28»), folded.
 */
export const SPLIT_NOUNS: ReadonlySet<string> = new Set(['votes', 'vote', 'صوتا', 'صوت', 'اصوات']);

/**
 * The headers of a table's columns of the two sides of a vote ("| Vote | For | Against |", «| التصويت
 * | مع | ضد |»), as written (folded where they are read).
 */
export const SPLIT_COLUMNS: { for: readonly string[]; against: readonly string[] } = {
  for: ['for', 'yes', 'ayes', 'in favour', 'in favor', 'مع', 'نعم', 'مؤيد', 'مؤيدون', 'المؤيدون', 'لصالح'],
  against: ['against', 'no', 'noes', 'nays', 'ضد', 'لا', 'معارض', 'معارضون', 'المعارضون'],
};

/**
 * Words before a figure that make it a bound or a rounding, as word sequences (unfolded): "more
 * than 150,000" and «أكثر من 150 ألفاً» are true of 152,480, "nearly 3,000" of 2,960, «نحو 12
 * ألفاً» of 11,900. `above`: the figure is a lower bound; `below`: an upper bound; `near`: an
 * upper bound close to it (nearly, قرابة); `about`: a rounding either way. A bound after a
 * negation (`HEDGE_NEGATIONS`: did not exceed, no more than, «لم يتجاوز», «لم يزد على») is the other
 * bound. The jussive «يزد», «تزد», «يتعد» and «تتعد» stand after «لم» only. The words are those of
 * Reuters, AFP and Asharq Al-Awsat copy on rates, tolls and prices.
 */
export const HEDGES: readonly { words: readonly string[]; kind: 'above' | 'below' | 'near' | 'about' }[] = [
  ...[['more', 'than'], ['over'], ['above'], ['exceeding'], ['exceeded'], ['at', 'least'], ['upwards', 'of'], ['in', 'excess', 'of'],
    ['أكثر', 'من'], ['ما', 'يزيد', 'على'], ['ما', 'يزيد', 'عن'], ['يزيد', 'على'], ['يزيد', 'عن'], ['تزيد', 'على'], ['تزيد', 'عن'], ['ما', 'يفوق'], ['يفوق'], ['تفوق'],
    ['تجاوز'], ['تجاوزت'], ['يتجاوز'], ['تتجاوز'], ['exceed'], ['exceeds'], ['يزد'], ['تزد'], ['يتعد'], ['تتعد'], ['ما', 'لا', 'يقل', 'عن'], ['لا', 'يقل', 'عن'], ['لا', 'تقل', 'عن'], ['فوق']].map((words) => ({ words, kind: 'above' as const })),
  ...[['less', 'than'], ['fewer', 'than'], ['under'], ['below'], ['up', 'to'], ['أقل', 'من'], ['ما', 'يقل', 'عن'], ['يقل', 'عن'], ['تقل', 'عن'], ['دون']].map((words) => ({ words, kind: 'below' as const })),
  ...[['nearly'], ['almost'], ['just', 'under'], ['close', 'to'], ['ما', 'يقارب'], ['يقارب'], ['تقارب'], ['قرابة'], ['ما', 'يناهز'], ['يناهز'], ['تناهز']].map((words) => ({ words, kind: 'near' as const })),
  ...[['about'], ['around'], ['some'], ['roughly'], ['approximately'], ['an', 'estimated'], ['نحو'], ['حوالي'], ['حوالى'], ['زهاء'], ['ما', 'يقرب', 'من']].map((words) => ({ words, kind: 'about' as const })),
];

/**
 * Hedges (unfolded) that give a figure as the largest of its kind: "waited up to 19 hours" says the
 * longest wait was nineteen hours. Where the article gives its figure so too (`approx: 'up-to'`),
 * a draft's "up to" restates that maximum, and another figure is wrong rather than a looser bound.
 */
export const MAXIMUM_HEDGES: readonly (readonly string[])[] = [['up', 'to']];

/**
 * Words that negate a hedge right after them (unfolded), which makes a bound the other bound: "did
 * not exceed 5 per cent" and «لم يتجاوز 5 في المئة» say at most five, "no fewer than 40" at least
 * forty. «ما» is left out: «ما يزيد على» is a hedge of its own, not a negation.
 */
export const HEDGE_NEGATIONS: readonly string[] = ['not', 'no', 'never', 'لم', 'ولم', 'لا', 'ولا', 'لن', 'ولن'];

/**
 * Words before the second term of a ratio (unfolded): one doctor «لكل» 3,100 people, "for every"
 * 3,100, 12 deaths "per" 100,000 births, one «من كل» five nurses. The figure after them counts no
 * thing of its own.
 */
export const RATIO_LEADS: readonly (readonly string[])[] = [['لكل'], ['ولكل'], ['من', 'كل'], ['for', 'every'], ['in', 'every'], ['out', 'of', 'every'], ['per']];

/**
 * Fractions (unfolded), each with the share it names: the English denominators after a numerator
 * (a third, two-thirds, three quarters) and the Arabic ones, whose singular and dual carry their
 * numerator («ثلث» a third, «ثلثا» two-thirds, «نصف» half) and whose plural takes a number before
 * it («ثلاثة أرباع»). «خمس» is left out: it is also five.
 */
export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  'أرباع': 4, 'أثلاث': 3, 'أخماس': 5, 'أعشار': 10,
};

/**
 * Words beside a fraction that make it part of a period, a match or a unit rather than a share of
 * people or things (unfolded): before it, the first half, the final quarter; after it, half an
 * hour, half a million, «ربع مليون», «النصف الأول», «الربع الأخير», «ربع ساعة», «ربع قرن», «ربع النهائي».
 */
export const FRACTION_PERIOD_BEFORE: readonly string[] = ['first', 'second', 'third', 'fourth', 'last', 'final', 'opening', 'closing', 'next', 'past', 'previous'];
export const FRACTION_PERIOD_AFTER: readonly string[] = [
  'an', 'million', 'billion', 'مليون', 'مليار', 'ألف', 'hour', 'hours', 'century', 'decade', 'mile', 'miles', 'time', 'final', 'finals', 'way', 'year', 'month', 'season', 'match', 'game', 'day',
  'الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الأخير', 'الأخيرة', 'الماضي', 'المقبل', 'ساعة', 'الساعة', 'قرن', 'القرن', 'نهائي', 'النهائي', 'ميل', 'كيلومتر', 'شهر', 'الشهر', 'العام', 'عام', 'السنة', 'سنة', 'يوم', 'اليوم', 'دقيقة',
];

/**
 * Words that open what a share is of (its base): "of" and «من», then, in English, the determiners
 * and possessives that may stand before the base's noun (half of our women, 30 per cent of the
 * women). Arabic writes a possessive as a suffix of the noun (نسائنا), which the stemmer strips.
 */
export const SHARE_BASE_OPENERS: readonly string[] = ['of', 'من'];
export const SHARE_BASE_DETERMINERS: readonly string[] = ['the', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'all', 'these', 'those', 'this', 'that'];
/** Pronouns after "of" that are a share's base themselves (60 per cent of them women, of whom). */
export const SHARE_BASE_PRONOUNS: readonly string[] = ['them', 'whom', 'which', 'it', 'us'];
/** Arabic words of «من» with a pronoun, a share's base named before (60 في المئة منهم نساء). */
export const SHARE_BASE_PRONOUN_WORDS: readonly string[] = ['منهم', 'منهن', 'منها'];

/** Prepositions that tie a counted noun to its place right after it (15,000 trainees in Irbid, «متدرب في إربد»). */
export const NOUN_PLACE_PREPOSITIONS: readonly string[] = ['in', 'across', 'في'];

/** Prepositions that name where a sum comes from right after it (15 million dinars from the council, «من البلدية»). */
export const SUM_SOURCE_PREPOSITIONS: readonly string[] = ['from', 'من'];

/** Arabic fractions that carry their numerator: a half, a third, two-thirds, a quarter. */
export const ARABIC_FRACTIONS: Readonly<Record<string, number>> = { 'نصف': 1 / 2, 'ثلث': 1 / 3, 'ثلثا': 2 / 3, 'ثلثي': 2 / 3, 'ربع': 1 / 4 };

/**
 * Words that open the noun of a count stated after it (unfolded): "the number of injured", "the
 * death toll", «عدد الجرحى», «حصيلة القتلى», «إجمالي المصابين». A word may carry و or ب before it.
 */
export const COUNT_OPENERS: readonly string[] = ['number', 'total', 'toll', 'عدد', 'حصيلة', 'إجمالي', 'مجموع'];

/**
 * Words that state a count after its noun, right before the figure (unfolded word sequences):
 * "reached 45", "stands at nine", "rose to 35", «بلغ 45», «وصل إلى 45». `weak` links (is, was, to,
 * «إلى») state a count only after an opener of {@link COUNT_OPENERS} ("the number of injured is
 * 45"); comparison words (up from, compared with, «مقارنة بـ») are no link, so a figure after
 * them is never read as the current one.
 */
export const COUNT_LINKS: readonly { words: readonly string[]; weak?: boolean }[] = [
  ...[['reached'], ['reaches'], ['hit'], ['hits'], ['totalled'], ['totaled'], ['totals'], ['numbered'], ['stood', 'at'], ['stands', 'at'], ['stand', 'at'], ['remains', 'at'], ['remained', 'at'],
    ['rose', 'to'], ['risen', 'to'], ['climbed', 'to'], ['increased', 'to'], ['jumped', 'to'], ['grew', 'to'], ['fell', 'to'], ['dropped', 'to'], ['reached', 'to'],
    ['بلغ'], ['بلغت'], ['يبلغ'], ['تبلغ'], ['ليبلغ'], ['لتبلغ'], ['وبلغ'], ['وبلغت']].map((words) => ({ words })),
  ...[['is'], ['was'], ['are'], ['were'], ['now'], ['to'], ['at'], ['إلى']].map((words) => ({ words, weak: true })),
];

/**
 * Verbs of employing (unfolded), and the words of having or of working somewhere that give the
 * same workforce (`STAFF_HOLDERS`): a firm that "employs 220 people" «توظف 220 عاملاً» "has 220
 * staff", is a plant "with 220 workers", «يعمل فيها 220 موظفاً», «تضم 220 عاملاً».
 */
export const EMPLOY_VERBS: readonly string[] = ['employs', 'employ', 'employed', 'employing', 'hires', 'توظف', 'يوظف', 'وظفت', 'تشغل', 'يشغل', 'شغلت'];
export const STAFF_HOLDERS: readonly string[] = ['has', 'have', 'had', 'having', 'with', 'يعمل', 'تعمل', 'يعملون', 'يشتغل', 'تضم', 'يضم', 'لديها', 'لديه', 'لدى', 'فيها', 'فيه', 'بها', 'به'];

/**
 * Words that put a figure beside the current one as an earlier or another figure (unfolded word
 * sequences): "up from 120", "compared with", "from 6.7 per cent", «مقارنة بـ120», «مقابل 120».
 * A figure right after one of them, with a figure of its kind before it in its sentence, is never
 * the current figure of the fact its noun names.
 */
export const COMPARISON_WORDS: readonly (readonly string[])[] = [
  ['up', 'from'], ['down', 'from'], ['from'], ['compared', 'with'], ['compared', 'to'], ['against'], ['versus'], ['vs'],
  ['مقارنة'], ['مقارنة', 'ب'], ['مقابل'], ['بالمقارنة', 'مع'], ['مقارنة', 'مع'], ['بعد', 'أن', 'كان'], ['بعد', 'أن', 'كانت'],
];

/**
 * Words that make a figure an increment on another rather than a total: before it ("another 16
 * engines", "a further 300 deaths", "an additional 200"), right after it or its noun ("£50m more",
 * "16 more engines", "30 extra staff", «300 وفاة إضافية», «ثلاث حالات أخرى»). Such a figure is
 * never the article's total, so it is not compared with one. «آخرين» is no such word: «وإصابة
 * 153 آخرين» counts the injured themselves.
 */
export const INCREMENT_BEFORE: readonly string[] = ['another', 'further', 'additional', 'extra'];
/** The Arabic adjective "additional" in its forms, which may follow a qualifier of the noun («5 مراكز إيواء إضافية»). */
export const ARABIC_ADDITIONAL: readonly string[] = ['إضافية', 'إضافي', 'إضافيا', 'إضافيين', 'إضافيون', 'الإضافية', 'الإضافيين'];
export const INCREMENT_AFTER: readonly string[] = ['more', 'extra', 'additional', 'أخرى', 'أخريات', ...ARABIC_ADDITIONAL];

/**
 * Nouns for the rest of a whole ("with the government paying the rest", "the remainder", «فيما
 * تتحمل الدولة الباقي», «المتبقي»): an article sentence that gives one share and names the rest
 * gives the rest's share too, as what is left of a hundred per cent. The common nouns of English
 * and Arabic news for it; adjectives (remaining, المتبقية) are left out, as they qualify other
 * things too (the remaining ships, المدة المتبقية).
 */
export const REST_WORDS: readonly string[] = ['rest', 'remainder', 'الباقي', 'البقية', 'المتبقي'];

/** English ordinals one to twenty, by value (1st, 2nd … are read from their digits). */
export const ENGLISH_ORDINALS: readonly string[] = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/**
 * Arabic ordinals one to ten, by value: the masculine and the feminine (ثاني إعصار, الإعصار
 * الثاني, المرتبة الثانية); each may take the article.
 */
export const ARABIC_ORDINALS: readonly { m: string; f: string }[] = [
  { m: '', f: '' },
  { m: 'أول', f: 'أولى' },
  { m: 'ثاني', f: 'ثانية' },
  { m: 'ثالث', f: 'ثالثة' },
  { m: 'رابع', f: 'رابعة' },
  { m: 'خامس', f: 'خامسة' },
  { m: 'سادس', f: 'سادسة' },
  { m: 'سابع', f: 'سابعة' },
  { m: 'ثامن', f: 'ثامنة' },
  { m: 'تاسع', f: 'تاسعة' },
  { m: 'عاشر', f: 'عاشرة' },
];

/**
 * The words that make a figure a part of the people counted before it, before or after the
 * figure: «منهم», «منهن» (توفي منهم أربعة, أربعة منهم), and the pronouns after "of" (of whom, of
 * them: seven of whom drowned). The quantity rule's parts (`SUBGROUP_WORDS`) and drawing's
 * (`draw/quantityCounted.ts`) both read them.
 */
export const OF_THOSE: { readonly ar: readonly string[]; readonly en: readonly string[] } = { ar: ['منهم', 'منهن'], en: ['whom', 'them'] };

/**
 * Adjectives of a period that stand before the noun of a figure (an annual capacity of 1.5
 * million tonnes, «الطاقة السنوية», a daily output): the figure is over that period, as "a year"
 * after its unit says (`rules/quantities/weights.ts`).
 */
export const PERIOD_ADJECTIVES: Readonly<Record<'day' | 'week' | 'month' | 'year', readonly string[]>> = {
  day: ['daily', 'اليومي', 'اليومية', 'يومي', 'يومية'],
  week: ['weekly', 'الأسبوعي', 'الأسبوعية', 'أسبوعي', 'أسبوعية'],
  month: ['monthly', 'الشهري', 'الشهرية', 'شهري', 'شهرية'],
  year: ['annual', 'yearly', 'السنوي', 'السنوية', 'سنوي', 'سنوية'],
};

/**
 * Words that set a figure without a noun of its own against the count before it, as a part or a
 * contrast: "needed 12,000 pickers, but only 7,500 signed up", «يحتاج إلى 12 ألف عامل لم يسجل
 * منهم سوى 7500». The figure counts the same noun (`rules/quantities/contrastedCounts.ts`).
 */
export const CONTRAST_LINKS: readonly string[] = ['but', 'only', 'whom', 'them', 'لكن', 'ولكن', 'سوى', 'إلا', 'منهم', 'منهن', 'منها'];

/**
 * The English words that may follow such a figure whose noun is left out (only 7,500 were
 * available, had signed up): a verb of being or having. Any other word may be the figure's own
 * noun (5,000 farmers); an Arabic figure ends its clause («سوى نحو 7500.»).
 */
export const ELIDED_NOUN_VERBS: readonly string[] = ['were', 'was', 'are', 'is', 'had', 'have', 'has', 'remain', 'remained', 'remains'];

/**
 * Words said after a place that make the figure before it that place's share of a count the
 * sentence gave before (unfolded): "40 homes in Barcelos alone", «40 منزلاً في برسيلوس وحدها»,
 * «في المدينة نفسها».
 */
export const ALONE_WORDS: readonly string[] = ['alone', 'itself', 'وحدها', 'وحده', 'وحدهما', 'نفسها', 'نفسه'];

/**
 * Words that open a part of the count before them (unfolded word sequences): "2,012 dead,
 * including 1,293 in Al Haouz", "of whom", «بينهم 1293 في إقليم الحوز», «منهم» ({@link OF_THOSE}
 * among them). A figure right after one, with no noun of its own, counts the same thing as that count.
 */
export const SUBGROUP_WORDS: readonly (readonly string[])[] = [
  ['including'], ...OF_THOSE.en.map((pronoun) => ['of', pronoun]), ['among', 'them'], ['among', 'whom'], ['of', 'which'],
  ['بينهم'], ['من', 'بينهم'], ...OF_THOSE.ar.map((word) => [word]), ['بينها'], ['من', 'بينها'], ['منها'],
];

/**
 * Nouns that count people of any kind (unfolded): people, residents, «شخص», «نسمة», «مواطن». Such
 * a noun names a count of the article only in a sentence that restates its sentence by its words:
 * a name or a figure shared with that sentence is not enough ("Taza, a city of 300,000 people" is
 * no restatement of the province's 600,000 people). From English and Arabic news usage.
 */
export const ANYONE_NOUNS: readonly string[] = [
  'people', 'person', 'persons', 'residents', 'inhabitants', 'citizens', 'population',
  'شخص', 'شخصا', 'أشخاص', 'الأشخاص', 'نسمة', 'مواطن', 'مواطنا', 'مواطنين', 'المواطنين', 'مواطنون', 'سكان', 'السكان', 'ساكن',
];
