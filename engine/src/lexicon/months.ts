import { wordKey } from '../tokenKey';
/**
 * Month names: the Levantine/Iraqi series (كانون الثاني …), the Egyptian/Gulf series (يناير …),
 * the Maghrebi series (جانفي …) and English, with common spellings. Keys are folded token
 * sequences (see `nameKeys`), so hamza and ta-marbuta variants need not be listed.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  /* 1 */ ['كانون الثاني', 'يناير', 'جانفي', 'january', 'jan'],
  /* 2 */ ['شباط', 'فبراير', 'فيفري', 'february', 'feb'],
  /* 3 */ ['آذار', 'مارس', 'march', 'mar'],
  /* 4 */ ['نيسان', 'أبريل', 'ابريل', 'إبريل', 'أفريل', 'april', 'apr'],
  /* 5 */ ['أيار', 'مايو', 'ماي', 'may'],
  /* 6 */ ['حزيران', 'يونيو', 'يونيه', 'جوان', 'june', 'jun'],
  /* 7 */ ['تموز', 'يوليو', 'يوليه', 'جويلية', 'يوليوز', 'july', 'jul'],
  /* 8 */ ['آب', 'أغسطس', 'اغسطس', 'أوت', 'غشت', 'august', 'aug'],
  /* 9 */ ['أيلول', 'سبتمبر', 'شتنبر', 'september', 'sept', 'sep'],
  /* 10 */ ['تشرين الأول', 'أكتوبر', 'اكتوبر', 'october', 'oct'],
  /* 11 */ ['تشرين الثاني', 'نوفمبر', 'نونبر', 'november', 'nov'],
  /* 12 */ ['كانون الأول', 'ديسمبر', 'دجنبر', 'december', 'dec'],
];

/** Canonical month names per language and series, for messages and fixes. */
export const MONTH_DISPLAY = {
  levantine: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  egyptian: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** Series of each spelling index in {@link MONTH_NAMES} rows: which display list it belongs to. */
export function monthSeries(month: number, spelling: string): 'levantine' | 'egyptian' | 'en' {
  if (/^[a-z]/.test(spelling)) return 'en';
  const levantine = MONTH_DISPLAY.levantine[month - 1]!;
  return spelling.replace(/[أإآ]/g, 'ا') === levantine.replace(/[أإآ]/g, 'ا') ? 'levantine' : 'egyptian';
}

/** Words that make a month relative to the time of writing: next, last, this. */
export const RELATIVE_MONTH = {
  next: ['المقبل', 'القادم', 'المقبله', 'القادمه', 'next', 'coming'],
  last: ['الماضي', 'المنصرم', 'الفائت', 'last', 'past'],
  this: ['الجاري', 'الحالي', 'this'],
} as const;

/** Words for early, mid and late in a month or year. */
export const PART_WORDS = {
  early: ['مطلع', 'أوائل', 'اوائل', 'بداية', 'بدايه', 'أول', 'early', 'beginning', 'start'],
  mid: ['منتصف', 'أواسط', 'mid', 'middle'],
  late: ['أواخر', 'اواخر', 'نهاية', 'نهايه', 'late', 'end'],
} as const;

/** Weekday names (ISO order from Monday), Arabic with and without the article, and English. */
export const WEEKDAYS: readonly { id: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'; names: string[] }[] = [
  { id: 'mon', names: ['الاثنين', 'الإثنين', 'اثنين', 'monday'] },
  { id: 'tue', names: ['الثلاثاء', 'ثلاثاء', 'tuesday'] },
  { id: 'wed', names: ['الأربعاء', 'أربعاء', 'الاربعاء', 'wednesday'] },
  { id: 'thu', names: ['الخميس', 'خميس', 'thursday'] },
  { id: 'fri', names: ['الجمعة', 'جمعة', 'friday'] },
  { id: 'sat', names: ['السبت', 'سبت', 'saturday'] },
  { id: 'sun', names: ['الأحد', 'احد', 'sunday'] },
];

/** Relative days: word sequences → days from the reference date (أمس = −1). */
export const RELATIVE_DAYS: readonly { words: string[]; offset: number }[] = [
  { words: ['أول', 'أمس'], offset: -2 },
  { words: ['أول', 'من', 'أمس'], offset: -2 },
  { words: ['أمس'], offset: -1 },
  { words: ['البارحة'], offset: -1 },
  { words: ['the', 'day', 'before', 'yesterday'], offset: -2 },
  { words: ['yesterday'], offset: -1 },
  // Days ahead of the reference day: «غداً» is read only with its tanween or after «يوم»
  // (`extract/weekdays.ts` `relativeDayAt`), as the bare «غدا» is also the verb "became".
  { words: ['بعد', 'غد'], offset: 2 },
  { words: ['يوم', 'غد'], offset: 1 },
  { words: ['غدا'], offset: 1 },
  { words: ['the', 'day', 'after', 'tomorrow'], offset: 2 },
  { words: ['tomorrow'], offset: 1 },
];

/**
 * Relative weeks, as weeks before (-1) or after (+1) the week of the reference day: a calendar
 * week, which starts on Saturday, Sunday or Monday depending on the country. "This week" is in
 * {@link THIS_WEEK}: it is read against the draft's own date only.
 */
export const RELATIVE_WEEKS: readonly { words: string[]; offset: number }[] = [
  { words: ['الأسبوع', 'الماضي'], offset: -1 },
  { words: ['الأسبوع', 'المنصرم'], offset: -1 },
  { words: ['الأسبوع', 'الفائت'], offset: -1 },
  { words: ['الأسبوع', 'السابق'], offset: -1 },
  { words: ['الأسبوع', 'المقبل'], offset: 1 },
  { words: ['الأسبوع', 'القادم'], offset: 1 },
  { words: ['last', 'week'], offset: -1 },
  { words: ['next', 'week'], offset: 1 },
];

/**
 * "This week" (هذا الأسبوع, الأسبوع الجاري, earlier this week): the calendar week of the draft's
 * own date, or more loosely the seven days around it. Unlike last and next week it is compared only
 * when the draft states its date (front matter or a dated first line): a draft read against the
 * article's publication date may have been written days later, and "this week" then names the
 * writer's week, not the article's.
 */
export const THIS_WEEK: readonly string[][] = [
  ['هذا', 'الأسبوع'],
  ['الأسبوع', 'الجاري'],
  ['الأسبوع', 'الحالي'],
  ['this', 'week'],
];

/**
 * Relative months, as calendar months before (-1) or after (+1) the month of the reference day, or
 * that month itself (0): last month, «الشهر الماضي», this month, «الشهر الجاري», next month. "The
 * last month" (a duration) and "last month's" are read apart by `extract/relativeMonths.ts`.
 */
export const RELATIVE_MONTHS: readonly { words: string[]; offset: -1 | 0 | 1 }[] = [
  { words: ['الشهر', 'الماضي'], offset: -1 },
  { words: ['الشهر', 'المنصرم'], offset: -1 },
  { words: ['الشهر', 'الفائت'], offset: -1 },
  { words: ['الشهر', 'السابق'], offset: -1 },
  { words: ['الشهر', 'المقبل'], offset: 1 },
  { words: ['الشهر', 'القادم'], offset: 1 },
  { words: ['هذا', 'الشهر'], offset: 0 },
  { words: ['الشهر', 'الجاري'], offset: 0 },
  { words: ['الشهر', 'الحالي'], offset: 0 },
  { words: ['last', 'month'], offset: -1 },
  { words: ['next', 'month'], offset: 1 },
  { words: ['this', 'month'], offset: 0 },
];

/**
 * Relative years as dates, as calendar years before (-1) or after (+1) the year of the reference
 * day, or that year itself (0): last year, «العام الماضي», this year, «هذا العام», «العام الجاري»,
 * next year, «العام المقبل», in the words of {@link RELATIVE_YEARS} that name one calendar year.
 * "The past year" (a duration), "so far this year" (a period up to now) and "the previous year"
 * (counted from another year) are left out; `extract/relativeMonths.ts` also leaves out "the last
 * year" and "last year's".
 */
export const RELATIVE_YEAR_DATES: readonly { words: string[]; offset: -1 | 0 | 1 }[] = [
  ...[['last', 'year'], ['العام', 'الماضي'], ['السنة', 'الماضية'], ['العام', 'المنصرم'], ['السنة', 'المنصرمة'], ['العام', 'الفائت']].map((words) => ({ words, offset: -1 as const })),
  ...[['this', 'year'], ['هذا', 'العام'], ['هذه', 'السنة'], ['العام', 'الحالي'], ['العام', 'الجاري'], ['السنة', 'الحالية'], ['السنة', 'الجارية']].map((words) => ({ words, offset: 0 as const })),
  ...[['next', 'year'], ['العام', 'المقبل'], ['العام', 'القادم'], ['السنة', 'المقبلة'], ['السنة', 'القادمة']].map((words) => ({ words, offset: 1 as const })),
];

/** A relative year as a fix writes it, by its offset from the reference year. */
export const RELATIVE_YEAR_DISPLAY = {
  en: { '-1': 'last year', '0': 'this year', '1': 'next year' },
  ar: { '-1': 'العام الماضي', '0': 'هذا العام', '1': 'العام المقبل' },
} as const;

/** A relative month as a fix writes it, by its offset from the reference month. */
export const RELATIVE_MONTH_DISPLAY = {
  en: { '-1': 'last month', '0': 'this month', '1': 'next month' },
  ar: { '-1': 'الشهر الماضي', '0': 'هذا الشهر', '1': 'الشهر المقبل' },
} as const;

/** Words that say "since" before a date: since 2019, «منذ عام 2021». */
export const SINCE_WORDS: readonly string[] = ['since', 'منذ'];

/**
 * Words that make a date after since a comparison's, the last time of something else, not the
 * date of the event the clause tells: first (for the first time since 2019, «لأول مرة منذ»,
 * «للمرة الأولى منذ») and superlatives (the biggest since 2021, «الأقوى منذ عام 2021», «أعنف زلزال
 * … منذ»), with and without the Arabic article.
 */
export const SINCE_COMPARISONS: readonly string[] = [
  'first', 'biggest', 'largest', 'worst', 'highest', 'lowest', 'strongest', 'deadliest', 'heaviest', 'hottest', 'coldest',
  'wettest', 'driest', 'busiest', 'sharpest', 'steepest', 'fastest', 'slowest', 'most', 'least', 'best', 'longest',
  'greatest', 'smallest', 'weakest', 'fewest', 'costliest', 'worst-ever',
  'أول', 'لأول', 'الأول', 'الأولى', 'أقوى', 'الأقوى', 'أعنف', 'الأعنف', 'أكبر', 'الأكبر', 'أسوأ', 'الأسوأ', 'أعلى', 'الأعلى',
  'أدنى', 'الأدنى', 'أشد', 'الأشد', 'أكثر', 'الأكثر', 'أقل', 'الأقل', 'أفضل', 'الأفضل', 'أطول', 'الأطول', 'أضخم', 'الأضخم',
  'أخطر', 'الأخطر', 'أدمى', 'الأدمى', 'أعمق', 'الأعمق', 'أسرع', 'الأسرع',
];

/** Weekday names as a fix writes them. */
export const WEEKDAY_DISPLAY = {
  en: { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' },
  ar: { sun: 'الأحد', mon: 'الاثنين', tue: 'الثلاثاء', wed: 'الأربعاء', thu: 'الخميس', fri: 'الجمعة', sat: 'السبت' },
} as const;

/**
 * Words that count days or weeks back from the draft's own date: "two days ago", «قبل يومين»,
 * «منذ أسبوع» (English "ago" follows the count, Arabic words precede it).
 */
export const COUNTED_BACK: readonly string[] = ['ago', 'قبل', 'منذ'];
/** Words that count days or weeks forward from it: "in two days", «بعد يومين» (after a future marker only). */
export const COUNTED_FORWARD: readonly string[] = ['in', 'بعد'];
/**
 * Words of continuity before «منذ»: with them «منذ أسبوع» is a duration ("for a week"), not a
 * date (يستمر منذ أسبوع, المتواصل منذ يومين, still … since).
 */
export const CONTINUITY_WORDS: readonly string[] = [
  'يستمر', 'تستمر', 'استمر', 'مستمر', 'مستمرة', 'المستمر', 'المستمرة', 'يتواصل', 'تتواصل', 'متواصل', 'متواصلة', 'المتواصل', 'المتواصلة',
  'يدوم', 'تدوم', 'دام', 'قائم', 'قائمة', 'القائم', 'القائمة', 'جارٍ', 'جارية', 'الجاري', 'الجارية', 'يجري', 'تجري', 'مازال', 'زال', 'يزال', 'تزال',
  'ينتظر', 'تنتظر', 'يعيش', 'تعيش', 'يعمل', 'تعمل', 'مغلق', 'مغلقة', 'معطل', 'معطلة', 'متوقف', 'متوقفة', 'عالق', 'عالقون', 'محاصر', 'محاصرون',
];
/**
 * Words of a state's end or a resumption (reopen, resume, lifted, «استئناف», «إعادة فتح», «تعود»):
 * a day after them dates when something starts again, not the event that stopped it ("schools will
 * reopen on Friday" beside the article's closure from Tuesday to Thursday).
 */
export const RESUMPTION_WORDS: readonly string[] = [
  'reopen', 'reopens', 'reopened', 'reopening', 'resume', 'resumes', 'resumed', 'resuming', 'resumption', 'restart', 'restarts', 'restarted',
  'restored', 'restores', 'lifted', 'lifts', 'ended', 'ends', 'return', 'returns', 'returned',
  'استئناف', 'يستأنف', 'تستأنف', 'استأنف', 'استأنفت', 'ستستأنف', 'سيستأنف', 'إعادة', 'يعاد', 'تعاد', 'أعيد', 'أعيدت', 'ستعاد', 'سيعاد',
  'تعيد', 'يعيد', 'ستعيد', 'سيعيد', 'تعود', 'يعود', 'ستعود', 'سيعود', 'عادت', 'عاد', 'عودة', 'انتهى', 'انتهت', 'ينتهي', 'تنتهي', 'انتهاء',
];
/**
 * Words of a plan or an aim (plans, aims, «تعتزم», «تسعى»): a date after them in their clause is
 * one to come, which a date the article gives of a thing done is not a slip of.
 */
export const INTENTION_WORDS: readonly string[] = [
  'plan', 'plans', 'planned', 'planning', 'aim', 'aims', 'intend', 'intends', 'hope', 'hopes', 'seek', 'seeks', 'want', 'wants',
  'يعتزم', 'تعتزم', 'يخطط', 'تخطط', 'يسعى', 'تسعى', 'يطمح', 'تطمح', 'يأمل', 'تأمل', 'ينوي', 'تنوي', 'خطة',
];
/**
 * Verbs of a request or an order to others (asked, urged, «طلب», «دعت»): a deadline after one in
 * its clause is the requested act's (asked residents to register … by 30 September, «طلب المجلس
 * من السكان تسجيل … قبل 30 سبتمبر»), not the request's, which was made on another day.
 */
export const REQUEST_VERBS: readonly string[] = [
  'asked', 'urged', 'told', 'ordered', 'instructed', 'invited', 'called', 'required', 'requested', 'directed', 'encouraged', 'advised',
  'طلب', 'طلبت', 'دعا', 'دعت', 'حث', 'حثت', 'طالب', 'طالبت', 'أمر', 'أمرت', 'ألزم', 'ألزمت', 'ناشد', 'ناشدت',
];

const REQUEST_KEYS: ReadonlySet<string> = new Set(REQUEST_VERBS.map((word) => wordKey(word)));

/** Whether a folded word is a verb of a request (asked, «طلب»), with an Arabic «و» or «ف» before it («وطلب»). */
export function isRequestVerb(key: string): boolean {
  return REQUEST_KEYS.has(key) || (/^[وف]/.test(key) && REQUEST_KEYS.has(key.slice(1)));
}
/** Future markers before a forward count: "will sign in two days", «سيوقّع بعد يومين» (the س prefix is read in code). */
export const FUTURE_MARKERS: readonly string[] = ['will', 'shall', "'ll", 'سوف', 'المقرر', 'مقرر', 'يعتزم', 'تعتزم', 'due', 'expected', 'scheduled'];
/**
 * English verbs in the present's -s that tell a scheduled act after a word of time (before the
 * council meets on 28 January, until the court sits in March, before the ban takes effect): a
 * closed list, since a word in -s after "after" or "before" is as often a plural noun (after heavy
 * rains on Monday). Read by `extract/monthYears.ts`.
 */
export const SCHEDULED_PRESENTS: readonly string[] = ['meets', 'sits', 'convenes', 'reconvenes', 'begins', 'opens', 'reopens', 'resumes', 'closes', 'decides', 'expires', 'arrives', 'takes', 'comes'];
/**
 * Words that make a weekday after them a cut-off ("by Sunday evening", "as of Monday", «حتى مساء
 * الأحد», «بحلول يوم الأحد»): a figure given up to that day is a count of its own, not the count of
 * the day an event happened.
 */
export const DAY_CUT_OFFS: readonly (readonly string[])[] = [['by'], ['until'], ['till'], ['through'], ['as', 'of'], ['حتى'], ['بحلول'], ['لغاية'], ['غاية']];

/** Modal words that make a sentence a forecast or a supposition ("could kill", "may rise"), beside `FUTURE_MARKERS`. */
export const MODAL_WORDS: readonly string[] = ['could', 'may', 'might', 'would', 'forecast', 'forecasts', 'expects', 'expect', 'قد', 'يتوقع', 'تتوقع', 'يرجح'];

/**
 * Words that open a span of time before its first date ("from October 2022", «منذ أكتوبر 2022»,
 * «من أكتوبر 2022»), and the words that close it before its end ("until she was sacked", «حتى
 * إقالتها», «إلى أن»): an event named after the closing word dates the span's end, not its start.
 */
export const SPAN_START: readonly string[] = ['from', 'since', 'منذ', 'من'];
export const SPAN_END: readonly string[] = ['until', 'till', 'to', 'through', 'حتى', 'لغاية', 'إلى', 'الى'];
/**
 * Words that say a day is the first or the last of something that lasts ("the resit session starts
 * on 20 July", «تنطلق دورة المراقبة يوم 20 يوليو», "ends on 24 July", «تختتم … يوم 24»): against an
 * event the article dates over several days, such a day is compared with the range's first or last
 * day, not only placed inside it. "Closes" is left out: a closure starts on its day.
 */
export const RANGE_START_WORDS: readonly string[] = [
  'starts', 'start', 'started', 'starting', 'begins', 'begin', 'began', 'beginning', 'opens', 'opened', 'kicks',
  'تنطلق', 'ينطلق', 'انطلقت', 'انطلق', 'انطلاق', 'ستنطلق', 'سينطلق', 'تبدأ', 'يبدأ', 'بدأت', 'بدأ', 'بدء', 'ستبدأ', 'سيبدأ', 'تفتتح', 'يفتتح', 'افتتحت', 'افتتح', 'افتتاح',
];
export const RANGE_END_WORDS: readonly string[] = [
  'ends', 'end', 'ended', 'ending', 'concludes', 'concluded', 'finishes', 'finished', 'wraps',
  'تنتهي', 'ينتهي', 'انتهت', 'انتهى', 'انتهاء', 'ستنتهي', 'سينتهي', 'تختتم', 'يختتم', 'اختتمت', 'اختتم', 'اختتام', 'ستختتم', 'سيختتم',
];

/**
 * Words that lead a date without content of their own (in, on, during, the year; في, خلال, عام,
 * سنة, يوم): a clause that holds only them and the date («وفي عام 2025، …», "In 2025, …") is set
 * off, and dates the clause beside it.
 */
export const DATE_LEAD_WORDS: readonly string[] = ['in', 'on', 'during', 'the', 'year', 'في', 'خلال', 'عام', 'العام', 'سنة', 'يوم'];

/** Words that open a range of days before its first day: from 20 to 24 July, between 3 and 5 May, «من 20 إلى 24 يوليو», «بين 3 و5 مايو». */
export const RANGE_OPEN_WORDS: readonly string[] = ['from', 'between', 'من', 'بين'];

/** Words that make the day after them the end of a state: until Monday, till Friday, «حتى الاثنين», «لغاية 24 يوليو». */
export const UNTIL_WORDS: readonly string[] = ['until', 'till', 'حتى', 'لغاية'];

/**
 * Years named from the writer's own (unfolded word sequences): last year, this year, next year,
 * and a year before another named one (the previous year, «العام السابق»), in both languages. A
 * figure given for one of them is not the article's figure of another.
 */
export const RELATIVE_YEARS: readonly { words: readonly string[]; year: 'last' | 'this' | 'next' | 'prior' }[] = [
  ...[['last', 'year'], ['the', 'past', 'year'], ['العام', 'الماضي'], ['السنة', 'الماضية'], ['العام', 'المنصرم'], ['السنة', 'المنصرمة'], ['عام', 'مضى']].map((words) => ({ words, year: 'last' as const })),
  ...[['this', 'year'], ['so', 'far', 'this', 'year'], ['هذا', 'العام'], ['هذه', 'السنة'], ['العام', 'الحالي'], ['العام', 'الجاري'], ['السنة', 'الحالية'], ['السنة', 'الجارية']].map((words) => ({ words, year: 'this' as const })),
  ...[['next', 'year'], ['العام', 'المقبل'], ['العام', 'القادم'], ['السنة', 'المقبلة'], ['السنة', 'القادمة']].map((words) => ({ words, year: 'next' as const })),
  ...[['the', 'previous', 'year'], ['the', 'year', 'before'], ['a', 'year', 'earlier'], ['العام', 'السابق'], ['السنة', 'السابقة'], ['العام', 'الذي', 'سبقه']].map((words) => ({ words, year: 'prior' as const })),
];

/**
 * Words that give a figure as a later one than the article's (unfolded word sequences): "in the
 * following days", "later figures", «في الأيام التالية», «أرقام لاحقة». A toll that rose in the
 * following days is a figure the article did not yet have. Not "later", "has since" or «لاحقاً»
 * alone: "the fire has since burned 12,000 hectares" is often the article's own latest figure.
 */
export const LATER_WORDS: readonly (readonly string[])[] = [
  ['following', 'days'], ['following', 'weeks'], ['subsequent', 'days'], ['later', 'figures'], ['later', 'official', 'figures'],
  ['لاحقة'], ['اللاحقة'], ['الأيام', 'التالية'], ['الأيام', 'اللاحقة'], ['الأسابيع', 'التالية'],
];

/** The Arabic ordinals of the units, one to nine (الأول … التاسع), as a day of the month takes them (masculine, with يوم). */
const ARABIC_UNIT_DAYS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];

/**
 * The days of the month as Arabic ordinals, by day (index 0 is the first), in the forms of Modern
 * Standard Arabic grammar as news agencies write a date («في الخامس من مارس», «الحادي عشر من
 * يونيو», «الخامس والعشرين من مايو»): the units with the article, eleven with الحادي, the teens with
 * عشر and the tens joined by «و»; the genitive (-ين) first, which a fix writes, then the nominative
 * (-ون) and الواحد for one in the compounds.
 */
export const ARABIC_DAY_ORDINALS: readonly (readonly string[])[] = [
  ...ARABIC_UNIT_DAYS.map((unit) => [unit]),
  ['العاشر'],
  ...ARABIC_UNIT_DAYS.map((unit, index) => [`${index === 0 ? 'الحادي' : unit} عشر`]),
  ['العشرين', 'العشرون'],
  ...ARABIC_UNIT_DAYS.map((unit, index) => (index === 0 ? ['الحادي والعشرين', 'الواحد والعشرين', 'الحادي والعشرون', 'الواحد والعشرون'] : [`${unit} والعشرين`, `${unit} والعشرون`])),
  ['الثلاثين', 'الثلاثون'],
  ['الحادي والثلاثين', 'الواحد والثلاثين', 'الحادي والثلاثون', 'الواحد والثلاثون'],
];

/** The days of the month as English ordinal words ("the fifth of March"), by day, from the ordinal numerals of English grammar. */
export const ENGLISH_DAY_ORDINALS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth',
  'thirty-first',
];

/**
 * Words after which an Arabic ordinal (or a day in digits) before «من» and a month is a day: a
 * preposition or noun of time («في الخامس من مارس», «يوم الخامس من مارس», «بتاريخ», «ليلة
 * الخامس», «صباح الخامس»). After a noun the ordinal ranks it instead («الأسبوع الأول من مارس»,
 * «المرة الثالثة»), after a weekday it counts the weekdays of the month («الأربعاء الأول من مارس»,
 * the first Wednesday of March), and after since, until, before or after it opens or closes a
 * span: all are left alone.
 */
export const ARABIC_DAY_ORDINAL_BEFORE: readonly string[] = ['في', 'يوم', 'بتاريخ', 'ليلة', 'ليل', 'صباح', 'مساء', 'فجر', 'ظهر'];

/**
 * Words that name the month of the date written before them, after a day and "of" or «من» (the
 * 13th of the same month, the 13th of that month, «في 12 من الشهر نفسه», «من نفس الشهر», «من
 * الشهر ذاته», «من ذات الشهر»: English and Arabic news usage), and «منه», which says it in one
 * word right after the day («في 21 منه»).
 */
export const SAME_MONTH: readonly (readonly string[])[] = [['the', 'same', 'month'], ['that', 'month'], ['الشهر', 'نفسه'], ['نفس', 'الشهر'], ['الشهر', 'ذاته'], ['ذات', 'الشهر']];
export const SAME_MONTH_ONE_WORD: readonly string[] = ['منه'];

/**
 * Nouns of places that Arab cities, roads and squares are named after a date by, right before the
 * date: Egypt's مدينة السادس من أكتوبر and مدينة العاشر من رمضان, Cairo's كوبري 6 أكتوبر and شارع 26
 * يوليو, Suez's ميدان 23 يوليو (the national days and wars they commemorate, as Egyptian and Arab
 * maps and the press name them). A date right after one is the place's name, not a date.
 */
export const DATE_NAMED_PLACE_NOUNS: readonly string[] = ['مدينة', 'كوبري', 'جسر', 'شارع', 'ميدان', 'محور', 'نفق', 'حي', 'محطة'];

/** English heads after a date that make it a place's name: October 6 Bridge, 6th of October City. */
export const DATE_NAMED_PLACE_HEADS: readonly string[] = ['bridge', 'street', 'city', 'square', 'road', 'avenue', 'stadium'];

/**
 * Words that open a byline, after which a writer's name and the date stand ("By Jane Smith, 4
 * December 2026", «بقلم سامي الحاج – 4 ديسمبر 2026»). From the bylines of English and Arabic
 * news sites. Folded where matched.
 */
export const BYLINE_LABELS: readonly string[] = ['by', 'بقلم'];

/**
 * Words of a publication line ("Published on 4 December 2026", "Last updated: …", «نُشر في …»,
 * «آخر تحديث: …», «تاريخ النشر: …»): the line is a dateline when it holds nothing but these before
 * its date. From the time stamps of English and Arabic news sites. Folded where matched.
 */
export const PUBLICATION_WORDS: readonly string[] = [
  'published', 'posted', 'updated', 'filed', 'last', 'on', 'at', 'date',
  'نشر', 'تحديث', 'اخر', 'آخر', 'تاريخ', 'النشر', 'التحديث', 'في', 'بتاريخ',
];

/** The words that open a publication line (a subset of PUBLICATION_WORDS). */
export const PUBLICATION_OPENERS: readonly string[] = ['published', 'posted', 'updated', 'filed', 'last', 'date', 'نشر', 'تحديث', 'اخر', 'آخر', 'تاريخ'];
