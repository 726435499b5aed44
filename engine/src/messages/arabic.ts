/**
 * Arabic wording for messages: agreement of verbs, pronouns and adjectives with a person's gender,
 * the definite form of a noun phrase, numbers with their counted unit, and dates.
 */
import { ARABIC_DISPLAY, ARABIC_UNITS, arabicNumberWord } from '../lexicon/numbers';
import { MONTH_DISPLAY } from '../lexicon/months';
import { ARABIC_PLURALS } from '../lexicon/plurals';
import { fold } from '../text/normalise';

/** A grammatical gender, as a fact base gives it for a person. */
export type Gender = 'm' | 'f';

/**
 * The words of the message templates that agree with their subject, masculine → feminine. A
 * template writes the masculine form through {@link agree}, and the test of the templates checks
 * that no masculine form of this table stands next to a feminine subject.
 */
export const AGREEMENT: Readonly<Record<string, string>> = {
  هو: 'هي',
  يعمل: 'تعمل',
  ينتمي: 'تنتمي',
  يمثل: 'تمثل',
  يتزعم: 'تتزعم',
  كان: 'كانت',
  قال: 'قالت',
  يبلغ: 'تبلغ',
  توفي: 'توفيت',
};

/** The form of `masculine` (a word of {@link AGREEMENT}) that agrees with `gender`. */
export function agree(masculine: keyof typeof AGREEMENT, gender: Gender): string {
  return gender === 'f' ? (AGREEMENT[masculine] ?? masculine) : masculine;
}

/**
 * A noun phrase made definite: مهلة زمنية → المهلة الزمنية, مصادر → المصادر. A noun followed by
 * a noun is a construct (حقوق تطوير → حقوق التطوير), whose head never takes the article; it takes
 * it before an adjective of relation (-ي, -ية), the kind of adjective fact-base nouns carry.
 */
export function definite(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const withArticle = (word: string) => (/^(ال|لل)/.test(word) ? word : 'ال' + word);
  const adjective = (word: string | undefined) => !word || /(ي|ية|يه)$/.test(word);
  return words.map((word, k) => (k > 0 || adjective(words[1]) ? withArticle(word) : word)).join(' ');
}

/**
 * An Arabic noun without the accusative a number gives it (مترشحاً → مترشح, حداداً → حداد): its
 * tanween, or a final alef when the list holds the word without it too.
 */
export function withoutAccusative(word: string, list: readonly string[]): string {
  if (/(?:اً|ًا)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ا') && list.includes(word.slice(0, -1))) return word.slice(0, -1);
  return word;
}

/**
 * Whether a word of a fact's Arabic nouns can name what it counts in a message: not a number word
 * (ثلاثة, الستين) nor a verb in the plural (تجاوزوا), which fact bases list to find the figure.
 */
export function arabicNounLike(word: string): boolean {
  const key = fold(word.trim());
  return arabicNumberWord(key) === undefined && !/^\S{3,}وا$/.test(key);
}

/**
 * The noun of a count that heads «عدد …»: a plural of the fact's nouns (a sound plural, وفيات,
 * مصابين; a known broken plural, مراكز; the plural of a known singular, شخص → أشخاص), else the
 * first noun without its accusative. «عدد المترشحين», not «عدد المترشحاً».
 */
export function arabicCountNoun(nouns: readonly string[]): string | undefined {
  const bare = nouns.map((noun) => withoutAccusative(noun, nouns));
  const key = (word: string) => fold(word).replace(/^ال(?=...)/, '');
  const plurals = new Set([...ARABIC_PLURALS.values()].map(key));
  const pluralOf = new Map([...ARABIC_PLURALS].map(([singular, plural]) => [key(singular), plural]));
  const sound = (suffix: RegExp) => bare.find((word) => !word.includes(' ') && key(word).length >= 5 && suffix.test(word));
  return (
    bare.find((word) => plurals.has(key(word))) ??
    sound(/ات$/) ??
    sound(/(?:ون|ين)$/) ??
    bare.map((word) => pluralOf.get(key(word))).find((plural) => plural !== undefined) ??
    bare[0]
  );
}

/**
 * A number on its own, as in «عدد المصادر أربعة»: a word up to ten, «مليون», «ملياران», «35 مليار»
 * and «2.5 مليون» for round large figures, digits otherwise.
 */
export function arabicNumber(value: number): string {
  if (Number.isInteger(value) && ARABIC_DISPLAY[value]) return ARABIC_DISPLAY[value].m;
  for (const [size, word] of [[1e9, 'مليار'], [1e6, 'مليون']] as const) {
    if (value === size) return word;
    if (value === 2 * size) return `${word}ان`;
    // A whole number of millions whose last two digits are three to ten counts them in the plural (310 ملايين).
    const count = value / size;
    if (Math.abs(value) >= size && Number.isInteger(count) && count % 100 >= 3 && count % 100 <= 10) return `${count} ${word === 'مليار' ? 'مليارات' : 'ملايين'}`;
    if (Math.abs(value) >= size && Number.isInteger(count * 100)) return `${count} ${word}`;
  }
  return String(value);
}

/** A number of time units with the unit in the form the number governs: ثمانية أشهر, ثلاث ساعات, 15 شهراً. */
export function arabicDuration(value: number, unit: keyof typeof ARABIC_UNITS, words: { one: string; two: string; few: string; many: string; feminine?: boolean } = ARABIC_UNITS[unit]): string {
  if (value === 1) return `${words.one} ${words.feminine ? 'واحدة' : 'واحد'}`;
  if (value === 2) return words.two;
  if (Number.isInteger(value) && value >= 3 && value <= 10) return `${words.feminine ? ARABIC_DISPLAY[value]!.f : ARABIC_DISPLAY[value]!.m} ${words.few}`;
  return `${value} ${Number.isInteger(value) && value >= 11 ? words.many : words.one}`;
}

/** Early, mid and late in Arabic. */
export const ARABIC_PART = { early: 'مطلع', mid: 'منتصف', late: 'أواخر' } as const;

/** Relative months in Arabic, after the month's name: أيلول/سبتمبر المقبل. */
export const ARABIC_RELATIVE = { next: 'المقبل', last: 'الماضي', this: 'الجاري' } as const;

/** A month in both Arabic series: أيلول/سبتمبر. */
export function arabicMonth(month: number): string {
  return `${MONTH_DISPLAY.levantine[month - 1]}/${MONTH_DISPLAY.egyptian[month - 1]}`;
}

/**
 * Wraps draft or article text in Arabic quotation marks, without doubling marks it already has. A
 * bare number (a year, a day) is left unquoted, as an editor writes it: «لا 2025».
 */
export function quoteAr(text: string): string {
  const bare = unquote(text);
  return isNumeral(bare) ? bare : `«${bare}»`;
}

/** Whether a text is a number in digits of any script. */
export function isNumeral(text: string): boolean {
  return /^[0-9\u0660-\u0669\u06f0-\u06f9]+$/.test(text);
}

const OPENING_MARKS = new Set(['"', "'", '«', '“', '‘']);
const CLOSING_MARKS = new Set(['"', "'", '»', '”', '’']);

/**
 * Text without the quotation marks around it and without outer spaces. Written as a loop: a regular
 * expression anchored at the end (`/["»]+$/`) takes quadratic time on a long run of marks.
 */
export function unquote(text: string): string {
  const trimmed = text.trim();
  let start = 0;
  let end = trimmed.length;
  while (start < end && OPENING_MARKS.has(trimmed[start]!)) start++;
  while (end > start && CLOSING_MARKS.has(trimmed[end - 1]!)) end--;
  return trimmed.slice(start, end).trim();
}
