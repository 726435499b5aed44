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

/** What a date in a row's last cell waits for, with a figure's cell between it and the row's label. */
const ROW_LABEL = 'a date alone in a later cell of a table row is not tied to the event the row\'s first cell names';

const PROBES: RuleProbe[] = [
  // True dates of the row's event, with a figure between the label and the date.
  { file: PORT, sentence: row('Container terminal opening', '1,200 berths', 'May 2028') },
  { file: PORT, sentence: row('Terminal construction began', '300 workers', 'February 2024') },
  { file: MILL, sentence: arRow('افتتاح خط الإنتاج الجديد', '300 طن', 'مايو 2028') },
  { file: MILL, sentence: arRow('بدء أشغال بناء الخط', '200 عامل', 'فبراير 2024') },
  // A date in the first cell itself, or the draft's own date in a later cell, is not the label's event's.
  { file: PORT, sentence: '| Container terminal (opening May 2028) | 1,200 berths |\n|---|---|\n| Berths | 1,200 |' },
  // Wrong dates of the row's event, which must be flagged.
  { file: PORT, sentence: row('Container terminal opening', '1,200 berths', 'May 2029'), flagged: '2029', todo: ROW_LABEL },
  { file: PORT, sentence: '| Item | Figure | Figure | Date |\n|---|---|---|---|\n| Container terminal opening, phase one | – | 1,200 berths | May 2029 |', flagged: '2029', todo: ROW_LABEL },
  { file: PORT, sentence: row('Terminal construction began', '300 workers', 'February 2023'), flagged: '2023', todo: ROW_LABEL },
  { file: PORT, sentence: row('Container terminal opening', '1,200 berths', 'May 2029', true), flagged: '2029' },
  { file: MILL, sentence: arRow('افتتاح خط الإنتاج الجديد', '300 طن', 'مايو 2029'), flagged: '2029', todo: ROW_LABEL },
  { file: MILL, sentence: arRow('بدء أشغال بناء الخط', '200 عامل', 'فبراير 2023'), flagged: '2023', todo: ROW_LABEL },
];

for (const one of PROBES) ruleProbe('event-date', one);
