/**
 * Dates of table rows, probed by helper dates28 before the change that reads them. A date that
 * fills a later cell of a row alone dates what the row's first cell names, however many cells
 * stand between them ("| Council tax, Band D | – | £1,663 | 1 March 2027 |"): the date's own
 * clause is its cell, and the cells set off beside it are figures, not the row's label. Articles
 * invented here: a dockers' strike at the port of Varenna with a container terminal to open in
 * May 2028 whose construction began in February 2024 (`harbour-varenna.en.txt`), and a strike at a
 * flour mill in Tarfaya with a production line to open in May 2028 (`mill-tarfaya.ar.txt`).
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const PORT = 'harbour-varenna.en.txt';
const MILL = 'mill-tarfaya.ar.txt';

/** A row of three cells under a header: the label, a figure, and the date (or the date, then a figure). */
const row = (label: string, figure: string, date: string, dateFirst = false): string =>
  `| Item | Figure | Date |\n|---|---|---|\n| ${label} | ${dateFirst ? date : figure} | ${dateFirst ? figure : date} |`;
const arRow = (label: string, figure: string, date: string): string => `| البند | الرقم | الموعد |\n|---|---|---|\n| ${label} | ${figure} | ${date} |`;

/** What the Arabic opening's noun waits for: drawing gives the opening the verb (سيفتتح) as its trigger, not its noun (افتتاح). */
const OPENING_NOUN = 'drawing gives the opening only the verb سيفتتح as a trigger, not the noun افتتاح (with the date in the next cell too)';

const PROBES: RuleProbe[] = [
  // True dates of the row's event, with a figure between the label and the date.
  { file: PORT, sentence: row('Container terminal opening', '1,200 berths', 'May 2028') },
  { file: PORT, sentence: row('Terminal construction began', '300 workers', 'February 2024') },
  { file: MILL, sentence: arRow('افتتاح خط الإنتاج الجديد', '300 طن', 'مايو 2028') },
  { file: MILL, sentence: arRow('بدء أشغال بناء الخط', '200 عامل', 'فبراير 2024') },
  // A date in the first cell itself, or the draft's own date in a later cell, is not the label's event's.
  { file: PORT, sentence: '| Container terminal (opening May 2028) | 1,200 berths |\n|---|---|\n| Berths | 1,200 |' },
  // A header's years head columns of figures; they date no event of the header's first cell.
  { file: PORT, sentence: '| Container terminal opening | Unit | 2027 | 2029 |\n|---|---|---|---|\n| Berths | number | 900 | 1,200 |' },
  { file: MILL, sentence: '| خط الإنتاج الجديد سيفتتح | الوحدة | 2027 | 2029 |\n|---|---|---|---|\n| الإنتاج | طن | 200 | 300 |' },
  // Wrong dates of the row's event, which must be flagged.
  { file: PORT, sentence: row('Container terminal opening', '1,200 berths', 'May 2029'), flagged: '2029' },
  { file: PORT, sentence: '| Item | Figure | Figure | Date |\n|---|---|---|---|\n| Container terminal opening, phase one | – | 1,200 berths | May 2029 |', flagged: '2029' },
  { file: PORT, sentence: row('Terminal construction began', '300 workers', 'February 2023'), flagged: '2023' },
  { file: PORT, sentence: row('Container terminal opening', '1,200 berths', 'May 2029', true), flagged: '2029' },
  { file: MILL, sentence: arRow('خط الإنتاج الجديد سيفتتح', '300 طن', 'مايو 2029'), flagged: '2029' },
  { file: MILL, sentence: arRow('افتتاح خط الإنتاج الجديد', '300 طن', 'مايو 2029'), flagged: '2029', todo: OPENING_NOUN },
  { file: MILL, sentence: arRow('بدء أشغال بناء الخط', '200 عامل', 'فبراير 2023'), flagged: '2023' },
];

for (const one of PROBES) ruleProbe('event-date', one);
