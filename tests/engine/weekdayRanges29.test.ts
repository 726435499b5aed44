/**
 * The first weekday of a range of days whose last day is a written date, probed by helper dates29
 * before the change that reads it as its own day's weekday ("talks ran from Monday 5 to Sunday 25
 * October", «جرت المفاوضات من الاثنين 5 إلى الأحد 25 أكتوبر»). The date reader leaves such a
 * range apart (`extract/dateRanges.ts`), so the weekday was read alone and given to the event the
 * sentence restates (a label's event after its colon), while it is the weekday of its own day in
 * the range's month. Articles invented for helper dates28: the Varenna dockers' vote on their deal
 * from 20 to 23 October 2026 (`harbour-varenna.en.txt`), and the Tarfaya mill workers' vote on the
 * same days (`mill-tarfaya.ar.txt`).
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const PORT = 'harbour-varenna.en.txt';
const MILL = 'mill-tarfaya.ar.txt';

const PROBES: RuleProbe[] = [
  // Another thing's range, after the label: its first weekday is its own day's (these fail without the change).
  { file: PORT, sentence: '**Union vote:** the union said talks ran from Monday 5 - Sunday 25 October.' },
  { file: MILL, sentence: '**تصويت أعضاء النقابة:** قالت النقابة إن المفاوضات جرت من الاثنين 5 إلى الأحد 25 أكتوبر.' },
  // Guards that pass before the change and keep it narrow: a range without its last weekday was
  // never read so, a weekday alone is still the event's, and a wrong day with its month still flagged.
  { file: PORT, sentence: '**Union vote:** the union said talks ran from Monday 5 to 25 October.' },
  { file: PORT, sentence: "The union's members will vote on the deal on Monday, the union said.", flagged: 'Monday' },
  { file: PORT, sentence: "The union's members will vote on the deal on Monday 19 October.", flagged: '19' },
  { file: MILL, sentence: '**تصويت أعضاء النقابة:** يوم الاثنين', flagged: 'الاثنين' },
];

for (const one of PROBES) ruleProbe('event-date', one);
