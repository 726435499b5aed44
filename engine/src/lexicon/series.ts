/**
 * The words that name the first and the last of a series in news copy ("the first turbine … and
 * the last on 2 November", «أول رحلة … وآخرها في 21 مايو»), and the words that lead a date after
 * the last when its noun is left out (on, in, «في», «يوم»). Closed word lists of English and Arabic
 * usage, from wire copy's own construction; facts about the languages, not about any story.
 */
import { wordKey } from '../tokenKey';

/** Words for the first of a series, folded as tokens are (the first flight, «أول رحلة», «أولى وحداتها»). */
export const SERIES_FIRST: ReadonlySet<string> = new Set(['first', 'أول', 'أولى'].map(wordKey));

/** English words for the last of a series (the last, the final). */
export const SERIES_LAST_EN: ReadonlySet<string> = new Set(['last', 'final']);

/**
 * Arabic forms of the last of a series with its noun left out: آخر with a pronoun of the series
 * (وآخرها, آخرهم) or the adjective with its article (والأخيرة), folded, without the conjunction.
 */
export const SERIES_LAST_AR: ReadonlySet<string> = new Set(['آخرها', 'آخرهم', 'آخرهن', 'آخره', 'الأخيرة', 'الأخير'].map(wordKey));

/** The head word of an Arabic trigger for the last of a series with its noun (آخر رحلة). */
export const SERIES_LAST_AR_HEAD = wordKey('آخر');

/** Words that lead the date of the last when its noun is left out (and the last on 2 November, «وآخرها في 21 مايو»). */
export const SERIES_DATE_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'في', 'يوم', 'بتاريخ'].map(wordKey));

