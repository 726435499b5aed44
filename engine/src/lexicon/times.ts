/**
 * Words of clock times in Arabic and English, folded the way the analyser folds a draft: the
 * ordinal hours after الساعة, the quarters and halves after them, and the parts of the day that
 * say which half of the day a time is in. Facts about the languages, not about any story.
 */
import { wordKey } from '../tokenKey';

const k = (words: string): string => words.split(' ').map(wordKey).join(' ');

/** The hours as Arabic ordinals after الساعة (feminine, with the article), one to twelve. */
export const ARABIC_HOUR_ORDINALS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['الواحدة', 1], ['الأولى', 1], ['الثانية', 2], ['الثالثة', 3], ['الرابعة', 4], ['الخامسة', 5], ['السادسة', 6],
      ['السابعة', 7], ['الثامنة', 8], ['التاسعة', 9], ['العاشرة', 10], ['الحادية عشرة', 11], ['الثانية عشرة', 12],
    ] as [string, number][]
  ).map(([words, hour]) => [k(words), hour]),
);

/** Minutes after an Arabic hour (والنصف, والربع, والثلث), and إلا before a quarter or a third. */
export const TIME_WORDS: ReadonlyMap<string, number | 'before'> = new Map<string, number | 'before'>([
  [k('والنصف'), 30], [k('والربع'), 15], [k('والثلث'), 20], [k('إلا'), 'before'], [k('ربعا'), 15], [k('ربع'), 15], [k('ثلثا'), 20], [k('ثلث'), 20],
]);

/** Parts of the day that fix the half of the day of a time (فجراً, ليلاً, in the morning). */
export const CLOCK_PARTS: ReadonlyMap<string, 'am' | 'pm' | 'night'> = new Map<string, 'am' | 'pm' | 'night'>(
  (
    [
      [['فجرا', 'فجر', 'صباحا', 'صباح', 'morning'], 'am'],
      [['ظهرا', 'عصرا', 'عصر', 'مساء', 'مساءا', 'afternoon', 'evening'], 'pm'],
      [['ليلا', 'ليل', 'ليلة', 'night'], 'night'],
    ] as [string[], 'am' | 'pm' | 'night'][]
  ).flatMap(([words, part]) => words.map((word) => [k(word), part] as [string, 'am' | 'pm' | 'night'])),
);

/** Nouns of minutes after a number (وعشر دقائق, وإحدى عشرة دقيقة, minutes). */
export const MINUTE_NOUNS: ReadonlySet<string> = new Set(['دقيقة', 'دقائق', 'دقيقتين', 'دقيقتان', 'minutes', 'minute'].map(k));

/** The hours one to twelve as Arabic ordinals after الساعة, as a fix writes them. */
export const ARABIC_HOUR_WORDS: readonly string[] = ['الواحدة', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة', 'الحادية عشرة', 'الثانية عشرة'];

/** Time zones after a time (22:11 GMT, بتوقيت غرينتش): another clock than the article's local one. */
export const ZONE_WORDS: ReadonlySet<string> = new Set(
  ['gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'et', 'pt', 'z', 'غرينتش', 'جرينتش', 'غرينيتش', 'جرينيتش', 'غرينش'].map(k),
);

/** A word that introduces a zone in Arabic (بتوقيت غرينتش) unless the zone is the local one (المحلي). */
export const ZONE_INTRODUCERS: ReadonlySet<string> = new Set(['بتوقيت', 'توقيت'].map(k));
export const LOCAL_ZONE: ReadonlySet<string> = new Set(['المحلي', 'local'].map(k));
