/**
 * The fix of a wrong relative day (yesterday, «أول أمس», tomorrow): the relative word that names
 * the event's day, counted from the same reference day as the draft's (today, yesterday, the day
 * before yesterday, tomorrow, the day after tomorrow; «اليوم», «أمس», «أول أمس», «غداً», «بعد
 * غد»), else the event's weekday when it lies in the six days before or after (on Wednesday,
 * «الأربعاء»). Further away there is no fix: the date itself is in the message.
 */
import type { Analysis } from '../../analysis';
import { WEEKDAY_DISPLAY } from '../../lexicon/months';
import { weekdayOfDay } from '../../extract/weekdays';

/** The relative words by days from the reference day (0 is the reference day itself). */
const RELATIVE_WORDS: Record<'en' | 'ar', Record<number, string>> = {
  en: { 0: 'today', [-1]: 'yesterday', [-2]: 'the day before yesterday', 1: 'tomorrow', 2: 'the day after tomorrow' },
  ar: { 0: 'اليوم', [-1]: 'أمس', [-2]: 'أول أمس', 1: 'غداً', 2: 'بعد غد' },
};

/**
 * The text that replaces the relative day of tokens `tokenStart` to `tokenEnd`, for an event on
 * UTC day `eventDay` when relative days count from `reference`; undefined when none fits.
 */
export function relativeDayFix(analysis: Analysis, tokenStart: number, eventDay: number, reference: number, lang: 'en' | 'ar'): string | undefined {
  const offset = eventDay - reference;
  if (offset > 6 || offset < -6) return undefined;
  const actual = analysis.text.slice(analysis.tokens[tokenStart]!.oStart, analysis.tokens[tokenStart]!.oEnd);
  // A conjunction glued to an Arabic word (وأمس) stays.
  const clitic = lang === 'ar' && /^[وف](?=[أا])/.test(actual) ? actual[0]! : '';
  const word = RELATIVE_WORDS[lang][offset];
  if (word !== undefined) return clitic + word;
  const weekday = WEEKDAY_DISPLAY[lang][weekdayOfDay(eventDay)];
  if (lang === 'ar') return clitic + weekday;
  // "broke out yesterday" → "broke out on Wednesday"; "on" is not written twice.
  const before = analysis.tokens[tokenStart - 1];
  return before?.key === 'on' && before.sentence === analysis.tokens[tokenStart]!.sentence ? weekday : `on ${weekday}`;
}
