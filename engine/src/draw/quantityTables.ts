/**
 * The word tables that the readings of quantities share: currency words, scale words, units, hedges,
 * percentage words, nouns too general to count, and English function words and auxiliaries.
 */
import { nameKeys } from '../knowledge';
import { APPROX_WORDS, CURRENCIES, MULTIPLIERS, UNIT_WORDS_DRAW } from './lexicon';
import { CURRENCY_WORDS } from '../lexicon/units';
import { key } from './words';

/** The drawing's currency words and the engine's (lexicon/units.ts), so that a draft's currency word the check reads is read here too. */
export const CURRENCY = new Map([...Object.entries(CURRENCIES).map(([word, code]) => [nameKeys(word).join(' '), code] as [string, string]), ...CURRENCY_WORDS]);
export const MULTIPLIER = new Map(Object.entries(MULTIPLIERS).map(([word, value]) => [key(word), value]));
export const UNITS = new Map(Object.entries(UNIT_WORDS_DRAW).map(([word, unit]) => [key(word), unit]));
export const APPROX = Object.entries(APPROX_WORDS).map(([words, kind]) => ({ keys: nameKeys(words), kind }));
/** Words that make a figure a percentage, folded as tokens are (المئة → الميه). */
export const PERCENT_WORDS = [['في', 'المئة'], ['في', 'المائة'], ['بالمئة'], ['بالمائة'], ['per', 'cent'], ['percent']].map((words) => words.map(key));
export const PERCENT_KEYS = new Set(PERCENT_WORDS.flat());
/** Nouns too general to tie a number to one fact (a draft's "people" may be any people). */
export const GENERIC = new Set(
  ['شخص', 'شخصا', 'اشخاص', 'آخرين', 'آخرون', 'اخري', 'people', 'persons', 'others', 'other', 'حاله', 'حالات', 'مره', 'مرات', 'times', 'cases', 'case', 'في', 'من', 'of', 'the', 'and', 'to', 'in', 'from', 'by', 'at', 'on', 'منها', 'منه'].map(key),
);
/**
 * People counted as such (45,000 people, 300 ألف شخص): drawn, since the checker compares a count
 * of a bare noun only in a sentence that restates the count's own.
 */
export const PEOPLE = new Set(['شخص', 'شخصا', 'اشخاص', 'people', 'persons'].map(key));

export const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute']);

/** English function words a noun before a figure is never (within ten days, after 12 days, by 2%). */
export const EN_FUNCTION = new Set(
  ['within', 'after', 'before', 'about', 'around', 'during', 'over', 'under', 'than', 'into', 'onto', 'upon', 'with', 'without', 'between', 'among', 'through', 'another', 'other', 'further', 'extra', 'additional', 'just', 'only', 'nearly', 'almost', 'roughly', 'some', 'least', 'most', 'more', 'less', 'fewer', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'also', 'still', 'already', 'then', 'than', 'next', 'last', 'first', 'final', 'past', 'every', 'each', 'per', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my'].map(key),
);

/** English auxiliaries and modals: the word after one is a verb (would release, will be paid, to last). */
export const EN_AUXILIARIES = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'to', 'be', 'been', 'being', 'was', 'were', 'is', 'are', 'am', 'has', 'have', 'had', 'did', 'does', 'do', 'not'].map(key));

/**
 * Exception particles and adverbs that may stand before a figure and are never what it is of
 * (لم يعد منهم سوى 40 في المئة, «إلا 12 عاملاً», «فقط», so far only 60 per cent), folded.
 */
export const NOT_AMOUNT_NOUNS = new Set(['سوى', 'إلا', 'فقط', 'far', 'so', 'yet'].map(key));
