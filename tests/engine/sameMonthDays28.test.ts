/**
 * Days of "the same month", probed by helper dates28 before the change that reads them: a day
 * whose month is the previous date's, in its sentence or the sentence before ("began on 5 October
 * and ended on the 13th of the same month", "the 13th of that month", «في 12 من الشهر نفسه»,
 * «في الحادي عشر من الشهر ذاته», «في 12 منه»). Without an earlier date the words name no month,
 * and a month named after the day ("on the 11th of that month, after … on 5 October") is not its.
 * Articles invented here: a dockers' strike at the port of Varenna, 5 to 13 October 2026
 * (`harbour-varenna.en.txt`), and a strike at a flour mill in Tarfaya whose wage deal was signed
 * on 12 October 2026 (`mill-tarfaya.ar.txt`).
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const PORT = 'harbour-varenna.en.txt';
const MILL = 'mill-tarfaya.ar.txt';

/**
 * What a bare "It ended" waits for: a day read with its month from other words is tied by its
 * event's word only (as an ordinal day is), and "ended" alone is a short trigger nothing backs.
 */
const SHORT_TRIGGER = 'a day of the same month is tied only by its event\'s word, and a bare "It ended" does not back the short trigger';

const PROBES: RuleProbe[] = [
  // True days of the same month.
  { file: PORT, sentence: 'The strike began on 5 October and ended on the 13th of the same month.' },
  { file: PORT, sentence: 'The strike began on 5 October and ended on the 13th of that month.' },
  { file: MILL, sentence: 'بدأ الإضراب في 5 أكتوبر، ووقعت الإدارة اتفاق الأجور في 12 من الشهر نفسه.' },
  { file: MILL, sentence: 'بدأ الإضراب في 5 أكتوبر، ووقعت الإدارة اتفاق الأجور في الثاني عشر من الشهر ذاته.' },
  { file: MILL, sentence: 'بدأ الإضراب في 5 أكتوبر، ووقعت الإدارة اتفاق الأجور في 12 منه.' },
  // No earlier date: the words name no month; a date after the day is not its month.
  { file: MILL, sentence: 'ووقعت الإدارة اتفاق الأجور في 11 من الشهر نفسه.' },
  { file: PORT, sentence: 'The board signed the wage deal on the 11th of that month, after the strike began on 5 October.' },
  // A wrong month of the earlier date is flagged there only, not again on the same month's words.
  { file: MILL, sentence: 'بدأ الإضراب في 5 سبتمبر، ووقعت الإدارة اتفاق الأجور في 12 من الشهر نفسه.', flagged: 'سبتمبر' },
  { file: PORT, sentence: 'The board signed the wage deal on 12 September, and the strike ended on the 13th of the same month.', flagged: 'September' },
  // Wrong days of the same month, which must be flagged.
  { file: PORT, sentence: 'The strike began on 5 October and ended on the 14th of the same month.', flagged: '14th' },
  { file: PORT, sentence: 'The strike began on 5 October and ended on the 15th of that month.', flagged: '15th' },
  { file: PORT, sentence: 'The strike began on 5 October. The strike ended on the 14th of the same month.', flagged: '14th' },
  { file: PORT, sentence: 'The strike began on 5 October. It ended on the 14th of the same month.', flagged: '14th', todo: SHORT_TRIGGER },
  { file: MILL, sentence: 'بدأ الإضراب في 5 أكتوبر، ووقعت الإدارة اتفاق الأجور في 11 من الشهر نفسه.', flagged: '11' },
  { file: MILL, sentence: 'بدأ الإضراب في 5 أكتوبر، ووقعت الإدارة اتفاق الأجور في الحادي عشر من الشهر ذاته.', flagged: 'الحادي عشر' },
  { file: MILL, sentence: 'بدأ الإضراب في 5 أكتوبر، ووقعت الإدارة اتفاق الأجور في 11 منه.', flagged: '11' },
  { file: MILL, sentence: 'بدأ الإضراب في 5 أكتوبر. ووقعت الإدارة اتفاق الأجور في 11 من الشهر نفسه.', flagged: '11' },
];

for (const one of PROBES) ruleProbe('event-date', one);
