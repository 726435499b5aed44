/**
 * Years and changes that drawing reads wrong in English articles, probed by helper drawen25 before
 * the changes that fix them, on an invented council budget (`parking-budget.en.txt`, dated Tuesday
 * 8 December 2026). A day and month without a year but with its weekday (from Friday 1 January) is
 * in the one year near the article's date whose day falls on that weekday, not the article's own
 * year; a span of two years that follow each other (a budget for 2027-28) names a financial year,
 * not the date of the sentence's event; and the second pair of figures after a change verb (will
 * rise from £1.80 to £1.95, and a season permit from £410 to £440) is a change too, whose later
 * figure is the value now, not the two ends of a range.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const FILE = 'parking-budget.en.txt';

/**
 * What a day before the verb waits for: the drawn approval's evidence is its whole sentence, which
 * dates two events (the approval and the rise), and a draft's day before its verb (on Sunday
 * approved) is not tied to the verb after it; an editor's narrower evidence serves it.
 */
const DAY_BEFORE_VERB = 'the check tying a day before its verb (The council on Sunday approved) to that verb when the restated sentence dates two events';

const DATES: RuleProbe[] = [
  // True restatements.
  { file: FILE, sentence: 'The council approved the budget on Monday.' },
  { file: FILE, sentence: 'Parking charges will rise by 4% from Friday 1 January.' },
  { file: FILE, sentence: 'The ring road will close for repairs from Wednesday 10 March.' },
  { file: FILE, sentence: 'وافق المجلس على الميزانية يوم الاثنين.' },
  // Wrong days and months, which must be flagged.
  { file: FILE, sentence: 'The council approved the budget on Sunday.', flagged: 'Sunday' },
  { file: FILE, sentence: 'وافق المجلس على الميزانية يوم الأحد.', flagged: 'الأحد' },
  { file: FILE, sentence: 'Parking charges will rise by 4% from Friday 1 February.', flagged: 'February' },
  // A day before the verb, in an article whose approval shares its sentence with a change said by its noun.
  { file: FILE, sentence: 'The council on Sunday approved its budget.', flagged: 'Sunday', todo: DAY_BEFORE_VERB },
  { file: FILE, sentence: 'The council on Monday approved its budget.' },
  { file: FILE, sentence: 'A 4% rise in parking charges takes effect on 8 January.', flagged: ['8'] },
  { file: FILE, sentence: 'A 4% rise in parking charges takes effect on 1 January.' },
  // Words joined by "and" before a noun they share (bus and coach permits) are no break between two dated events.
  { file: FILE, sentence: 'Bus and coach permits will rise by 9% from 11 January.', flagged: ['11'] },
  { file: FILE, sentence: 'Bus and coach permits will rise by 9% from 4 January.' },
  { file: FILE, sentence: 'The ring road will close for repairs from Wednesday 10 February.', flagged: 'February' },
  // A financial year (a budget for 2027-28) is no date of the approval.
  { file: FILE, sentence: 'The council approved a £312 million budget for 2027-28 on Monday.' },
  { file: FILE, sentence: 'The council approved its budget on 4 January 2027.', flagged: ['4', 'January', '2027'] },
  { file: FILE, sentence: 'وافق المجلس يوم 4 يناير 2027 على ميزانية 2027-2028.', flagged: ['4', 'يناير', '2027'] },
  {
    file: FILE,
    sentence: 'The council approved its budget for 2027-28 on 4 January 2027.',
    flagged: ['4', 'January', '2027'],
    todo: "the check reads the draft's own financial year (for 2027-28) as a year of its claim, which the article's event does not give",
  },
];

const QUANTITIES: RuleProbe[] = [
  { file: FILE, sentence: 'A season permit will rise to £440.' },
  { file: FILE, sentence: 'A season permit will rise to £460.', flagged: '£460' },
  { file: FILE, sentence: 'An hourly parking ticket will rise to £1.95.' },
  { file: FILE, sentence: 'An hourly parking ticket will rise to £2.05.', flagged: '£2.05' },
  // Traps: the complement of a preposition is no subject of the change, and two figures with no verb of change are a range.
  { file: FILE, sentence: 'The town centre has seen rents rise to £980 a month.' },
  { file: FILE, sentence: 'Permits for market traders will cost £60.' },
  { file: FILE, sentence: 'Permits for market traders will cost £70.' },
];

for (const one of DATES) ruleProbe('event-date', one);
for (const one of QUANTITIES) ruleProbe('quantity', one);
