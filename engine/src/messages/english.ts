/**
 * English wording for messages: the article a title or an organisation's name takes in running
 * text, pronouns by gender, numbers in words, singular and plural nouns, and dates.
 */
import { ENGLISH_DISPLAY } from '../lexicon/numbers';
import { MONTH_DISPLAY } from '../lexicon/months';
import { isNumeral, unquote } from './arabic';
import type { Gender } from './arabic';

/**
 * Last words of organisation names that are common nouns, so the name takes "the" in running
 * text: the State Department, the Popular Mobilisation Forces, the Sadiqoun bloc. A name ending
 * otherwise is a proper name that stands alone (Reuters, Asa'ib Ahl al-Haq, Islamic State).
 */
const COMMON_HEADS = new Set([
  'agency', 'alliance', 'army', 'assembly', 'association', 'authority', 'bank', 'battalion', 'battalions', 'bloc', 'brigade', 'brigades',
  'cabinet', 'coalition', 'command', 'commission', 'committee', 'company', 'corps', 'council', 'court', 'delegation', 'department',
  'faction', 'factions', 'federation', 'force', 'forces', 'framework', 'front', 'fund', 'government', 'group', 'guard', 'league',
  'militia', 'ministry', 'mission', 'movement', 'office', 'organisation', 'organization', 'parliament', 'party', 'police', 'presidency',
  'secretariat', 'senate', 'service', 'union', 'unit', 'units',
]);

/** An organisation's name as it stands in a sentence: "the State Department", "Reuters". */
export function organisationName(name: string): string {
  const trimmed = name.trim();
  if (/^(the|a|an)\s/i.test(trimmed)) return trimmed;
  const words = trimmed.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase().replace(/[^a-z]/g, '');
  if (/^[a-z]/.test(trimmed) || COMMON_HEADS.has(last)) return `the ${trimmed}`;
  return trimmed;
}

/**
 * A title as the complement of "is": "the Defence Minister", "the former Iraqi president", but
 * "Asa'ib's political representative in parliament" (a possessive is its own determiner).
 */
export function titlePhrase(title: string): string {
  const trimmed = title.trim();
  if (/^(the|a|an)\s/i.test(trimmed)) return trimmed;
  const first = trimmed.split(/\s+/)[0]!;
  if (/['’]s?$/.test(first)) return trimmed;
  return `the ${trimmed}`;
}

/** "his" or "her". */
export function possessive(gender: Gender): string {
  return gender === 'f' ? 'her' : 'his';
}

/**
 * A number as a newsroom writes it: words up to nine, "35 billion" and "2.5 million" for round large
 * figures, digits grouped by thousands otherwise (12,000).
 */
export function englishNumber(value: number): string {
  if (Number.isInteger(value) && value >= 0 && value <= 9) return ENGLISH_DISPLAY[value]!;
  for (const [size, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    if (Math.abs(value) >= size && Number.isInteger((value / size) * 100)) return `${value / size} ${word}`;
  }
  return groupThousands(value, ',');
}

/** Digits grouped by thousands with `separator`; decimals kept as they are. */
export function groupThousands(value: number, separator: string): string {
  const [whole, fraction] = String(value).split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  const digits = sign ? whole!.slice(1) : whole!;
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += separator;
    grouped += digits[i];
  }
  return sign + grouped + (fraction !== undefined ? '.' + fraction : '');
}

/**
 * The form of a counted noun for `value`: a fact base lists its nouns with the plural first
 * (sources, source), so one takes the singular when it is listed.
 */
export function countedNoun(forms: readonly string[], value: number): string {
  const first = forms[0]!;
  if (value !== 1) return forms.find((form) => form === first + 's' || form === first + 'es') ?? englishPlural(first);
  return forms.find((form) => form !== first && (form + 's' === first || form + 'es' === first)) ?? first;
}

/**
 * Nouns whose plural is the word itself or another word: "57 staff", "3 people"; and adjectives
 * that count people as nouns, "2,059 injured", "six dead".
 */
const SAME_PLURAL = new Set([
  ...['people', 'staff', 'police', 'personnel', 'troops', 'sheep', 'fish', 'aircraft', 'cattle', 'crew', 'media', 'data', 'children', 'men', 'women'],
  ...['dead', 'injured', 'wounded', 'killed', 'missing', 'displaced', 'homeless', 'unemployed', 'evacuated', 'detained', 'arrested', 'rescued', 'infected', 'hospitalised', 'hospitalized'],
]);
/**
 * Whether an English word of a fact's nouns is a verb in the past (died, signed, delayed) rather
 * than a noun a message can count or name: a regular past form, not one of the adjectives that
 * count people (killed, injured). Irregular forms (held) are not told apart.
 */
export function pastVerbForm(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[a-z]+(?:[^e]ed|ied)$/.test(lower) && !SAME_PLURAL.has(lower);
}

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { person: 'people', child: 'children', man: 'men', woman: 'women' };

/**
 * The plural of an English count noun a fact base listed in the singular only ("57 buildings",
 * "12 cities"); a noun already plural, uncounted, of several words or not English stays as it is.
 */
export function englishPlural(noun: string): string {
  const lower = noun.toLowerCase();
  if (IRREGULAR_PLURALS[lower]) return IRREGULAR_PLURALS[lower];
  if (!/^[a-z]+$/i.test(noun) || SAME_PLURAL.has(lower) || /(?:s|ics)$/.test(lower)) return noun;
  if (/[^aeiou]y$/.test(lower)) return `${noun.slice(0, -1)}ies`;
  if (/(?:x|z|ch|sh)$/.test(lower)) return `${noun}es`;
  return `${noun}s`;
}

/** English tens, for {@link englishNumberWords}. */
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** English numbers from thirteen to nineteen. */
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/**
 * A whole number below a hundred in words, as a draft that wrote its numbers in words reads
 * ("fifty-four", "thirteen"); digits from a hundred on.
 */
export function englishNumberWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 100) return String(value);
  if (value <= 12) return ENGLISH_DISPLAY[value]!;
  if (value < 20) return TEENS[value - 13]!;
  const unit = value % 10;
  return unit === 0 ? TENS[value / 10]! : `${TENS[Math.floor(value / 10)]!}-${ENGLISH_DISPLAY[unit]!}`;
}

/** A number of time units: "eight months", "one year". */
export function englishDuration(value: number, unit: 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute'): string {
  return `${englishNumber(value)} ${value === 1 ? unit : unit + 's'}`;
}

/** Early, mid and late in English. */
export const ENGLISH_PART = { early: 'early', mid: 'mid-', late: 'late' } as const;

/** A month's English name. */
export function englishMonth(month: number): string {
  return MONTH_DISPLAY.en[month - 1]!;
}

/**
 * Wraps draft or article text in English quotation marks, without doubling marks it already has.
 * A bare number (a year, a day) is left unquoted: "not 2025".
 */
export function quoteEn(text: string): string {
  const bare = unquote(text);
  return isNumeral(bare) ? bare : `“${bare}”`;
}
