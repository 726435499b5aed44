/**
 * Date constructions of drafts by outside writers that the date rule did not read, probed by helper
 * dates23 before the changes that serve them: a pair of days that follow each other joined by "and"
 * or «و» (on 21 and 22 October, October 21 and 22, «يومي 21 و22 أكتوبر»), a range whose ends carry their weekdays (from
 * Monday 26 October to Friday 30 October, «من الاثنين 26 إلى الجمعة 30 أكتوبر»), and a clock time
 * whose minutes are wrong within its hour (9.05pm for 9.50pm, «21:05» for «21:50»). Two invented
 * articles, one in each language, of a harbour pilots' strike at an invented port, Kestrin
 * (`pilots-strike.en.txt`, `pilots-strike.ar.txt`); the people, the ship, the dates and the times
 * are invented. Each probe is checked against the fact base drawn from its article.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const EN = 'pilots-strike.en.txt';
/** Monsoon floods in Kerala, by helper drawn20 (invented): schools shut on Wednesday and Thursday. */
const KERALA = 'monsoon-kerala.en.txt';
const AR = 'pilots-strike.ar.txt';

/** What a list of two days that do not follow each other waits for: it is no range, and its days are not compared one by one. */
const DAY_LIST = 'a list of days that do not follow each other («يومي 21 و23») is no range, and its days are not compared one by one with the event\'s range';

/**
 * What a range whose last end carries its weekday waits for: read as a range (from Monday 26 to
 * Saturday 31 October), it turned up a false alarm as well as a true finding on a held-out Arabic
 * story, whose cause no probe here found; the join was dropped.
 */
const WEEKDAY_END = 'a weekday after "to" or «إلى» keeps the date after it from joining the range (the join was dropped after a held-out false alarm of unknown cause)';

const PROBES: RuleProbe[] = [
  // A pair of days joined by "and" or «و»: the two days of one event.
  { file: EN, sentence: 'Harbour pilots at Port Kestrin will strike on 21 and 22 October.' },
  { file: EN, sentence: 'Harbour pilots at Port Kestrin will strike on October 21 and 22.' },
  { file: EN, sentence: 'Harbour pilots at Port Kestrin will strike on 20 and 21 October.', flagged: '20' },
  { file: EN, sentence: 'Harbour pilots at Port Kestrin will strike on October 22 and 23.', flagged: '23' },
  { file: AR, sentence: 'وينفذ المرشدون البحريون في ميناء قسطرين إضراباً يومي 21 و22 أكتوبر.' },
  { file: AR, sentence: 'وينفذ المرشدون البحريون في ميناء قسطرين إضراباً يومي 20 و21 أكتوبر.', flagged: '20' },
  { file: AR, sentence: 'وينفذ المرشدون البحريون في ميناء قسطرين إضراباً يومي 21 و23 أكتوبر.', flagged: '21 و23', todo: DAY_LIST },
  // A pair of days inside an event of several days: two of its days, not its ends.
  { file: EN, sentence: 'The conciliation panel will sit on 27 and 28 October.' },
  { file: AR, sentence: 'وتعقد لجنة التوفيق جلساتها يومي 27 و28 أكتوبر.' },
  { file: EN, sentence: 'The conciliation panel will sit on 30 and 31 October.', flagged: '31' },
  // A drawn pair of weekdays: one event of two days, so a day joined to its first by "and" is its last.
  { file: KERALA, sentence: 'Schools in Ernakulam and Idukki were shut on Wednesday and Thursday.' },
  { file: KERALA, sentence: 'Schools in Ernakulam and Idukki were shut on Wednesday and Friday.', flagged: 'Friday' },
  { file: KERALA, sentence: 'Schools in Ernakulam and Idukki were closed on Thursday.' },
  // A range whose ends carry their weekdays.
  { file: EN, sentence: 'The conciliation panel will sit from Monday 26 October to Friday 30 October.' },
  { file: EN, sentence: 'The conciliation panel will sit from Monday 26 to Friday 30 October.' },
  { file: EN, sentence: 'The conciliation panel will sit from Monday 26 October to Saturday 31 October.', flagged: 'Saturday 31 October', todo: WEEKDAY_END },
  { file: EN, sentence: 'The conciliation panel will sit from Monday 26 to Saturday 31 October.', flagged: '31' },
  { file: AR, sentence: 'وتعقد لجنة التوفيق جلساتها من الاثنين 26 إلى الجمعة 30 أكتوبر.' },
  { file: AR, sentence: 'وتعقد لجنة التوفيق جلساتها من الاثنين 26 أكتوبر إلى الجمعة 30 أكتوبر.' },
  { file: AR, sentence: 'وتعقد لجنة التوفيق جلساتها من الاثنين 26 إلى السبت 31 أكتوبر.', flagged: '31' },
  { file: AR, sentence: 'وتعقد لجنة التوفيق جلساتها من الاثنين 26 أكتوبر إلى السبت 31 أكتوبر.', flagged: 'السبت 31 أكتوبر', todo: WEEKDAY_END },
  // A range after the colon of a label that names the event (a fact box's line).
  { file: EN, sentence: '**Pilots strike at Port Kestrin:** from 21 to 22 October' },
  { file: EN, sentence: '**Pilots strike at Port Kestrin:** from 20 to 21 October', flagged: ['20', '21'] },
  { file: EN, sentence: 'Pilots strike at Port Kestrin: between 20 and 21 October', flagged: ['20', '21'] },
  { file: AR, sentence: '**موعد إضراب المرشدين في ميناء قسطرين:** من 21 إلى 22 أكتوبر' },
  { file: AR, sentence: '**موعد إضراب المرشدين في ميناء قسطرين:** من 20 إلى 21 أكتوبر', flagged: ['20', '21'] },
  { file: AR, sentence: 'إضراب المرشدين في ميناء قسطرين: من الثلاثاء 20 إلى الأربعاء 21 أكتوبر', flagged: 'الثلاثاء 20 إلى الأربعاء 21', todo: WEEKDAY_END },
  // A time whose minutes are wrong within the article's hour; the right times, and two in one sentence.
  { file: EN, sentence: 'The talks collapsed at 9.50pm on Tuesday.' },
  { file: EN, sentence: 'The talks collapsed at 9.05pm on Tuesday.', flagged: '9.05pm' },
  { file: EN, sentence: 'The Marisol Dawn was refloated at 11.20am on Tuesday.' },
  { file: EN, sentence: 'The Marisol Dawn was refloated at 11.02am on Tuesday.', flagged: '11.02am' },
  { file: EN, sentence: 'The Marisol Dawn ran aground at 4.35am on Monday and was refloated at 11.20am on Tuesday.' },
  { file: EN, sentence: 'The grain carrier, which ran aground outside the harbour mouth at 4.35am on Monday, was refloated at 11.20am the next day.' },
  { file: EN, sentence: 'The grain carrier ran aground outside the harbour mouth at 4.35am and was refloated at 11.20am.' },
  { file: EN, sentence: 'The grain carrier ran aground outside the harbour mouth at 4.35am and was refloated at 11.02am.', flagged: '11.02am' },
  { file: AR, sentence: 'وانهارت المفاوضات في الساعة 21:50 من مساء الثلاثاء.' },
  { file: AR, sentence: 'وانهارت المفاوضات في الساعة 21:05 من مساء الثلاثاء.', flagged: '21:05' },
];

for (const one of PROBES) ruleProbe('event-date', one);
