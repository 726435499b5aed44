/**
 * Weekdays of drafts checked against fact bases drawn from three invented wire stories of
 * tests/engine/fixtures/drawProbes, written by helper dates19 before the changes they test: an
 * Omani-Indian trade pact signed on a Tuesday after talks on the Monday (`trade-oman.en.txt`), a
 * Lebanese minister putting off exam results to the next Wednesday (`exams-lebanon.ar.txt`) and a
 * Ugandan court adjourning a trial to a date of the next month (`trial-uganda.ar.txt`), and an
 * earthquake in eastern Turkey (`quake-turkey.en.txt`, written after the regression guard showed a
 * new English false alarm, to find its kind without the held-out drafts). Each draft
 * carries its own date in front matter, as newsroom drafts do. Traps: a draft that pairs a word
 * with the weekday the article pairs it with («أعلنت … كرامي الجمعة» for the minister's
 * announcement, «محامو بيسيجي الثلاثاء» for the lawyers' request) restates the article and must
 * stay clean, whatever other event the word's trigger may also name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeFindings } from './drawProbeChecks';

interface DayProbe {
  file: string;
  /** The draft's own date (front matter). */
  date: string;
  sentence: string;
  /** The words an `event-date` finding must flag; none for a true restatement. */
  flagged?: string;
  todo?: string;
}

/**
 * What the misses wait for: of several events one restated sentence dates each with its own
 * weekday, the one whose trigger the article pairs with its weekday alone. It was written and
 * dropped in this session after the regression guard (en-quake drawn precision 0.93 to 0.87,
 * recall unchanged on every story), a false alarm its own probes did not find.
 */
const DROPPED = 'a trigger the article pairs with one restated event\'s weekday (dropped after the regression guard)';

const PROBES: DayProbe[] = [
  // The pact was signed on Tuesday; the ministry said so on Wednesday.
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'Oman and India signed the trade agreement in Muscat on Thursday.', flagged: 'Thursday', todo: DROPPED },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'Oman and India signed the trade agreement in Muscat on Wednesday.', flagged: 'Wednesday', todo: DROPPED },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'Oman and India signed the trade agreement in Muscat on Tuesday.' },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: "Oman's Ministry of Commerce said on Wednesday that the two countries had signed the agreement on Tuesday." },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'The agreement, signed in Muscat after talks on Monday, removes tariffs on about 80 percent of goods.' },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'Oman and India signed the pact in Muscat after negotiators held talks on Monday.' },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'Negotiators held a final round of talks in Muscat on Monday before the signing.' },
  // A day that opens its sentence in a clause of its own dates the clause after it.
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: "On Monday, Oman and India signed a trade agreement at Muscat's Al Bustan Palace.", flagged: 'Monday', todo: DROPPED },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: "On Tuesday, Oman and India signed a trade agreement at Muscat's Al Bustan Palace." },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'After talks on Monday, the two countries signed the deal on Wednesday.', flagged: 'Wednesday' },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'After talks on Monday, the two countries signed the deal on Tuesday.' },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'Oman and India signed the pact on Tuesday, a day after their negotiators wrapped up talks, the ministry said on Wednesday.' },
  { file: 'trade-oman.en.txt', date: '2026-11-18', sentence: 'Negotiators met on Monday and the ministers signed the agreement on Tuesday.' },
  // An invented earthquake in Malatya on Tuesday, told on Wednesday with Wednesday's visit and aftershock.
  { file: 'quake-turkey.en.txt', date: '2026-12-02', sentence: 'The earthquake struck Malatya province in eastern Turkey at 3.12am on Monday.', flagged: 'Monday', todo: DROPPED },
  { file: 'quake-turkey.en.txt', date: '2026-12-02', sentence: 'On Monday, a magnitude 6.4 earthquake struck Malatya province.', flagged: 'Monday', todo: DROPPED },
  { file: 'quake-turkey.en.txt', date: '2026-12-02', sentence: 'The quake struck on Tuesday and Erdogan visited Malatya on Wednesday.' },
  { file: 'quake-turkey.en.txt', date: '2026-12-02', sentence: 'On Wednesday, a 5.1 aftershock hit the area struck by the earthquake.' },
  { file: 'quake-turkey.en.txt', date: '2026-12-02', sentence: 'The earthquake struck Malatya province, and a strong aftershock rattled the area again on Wednesday.' },
  { file: 'quake-turkey.en.txt', date: '2026-12-02', sentence: "The earthquake's death toll climbed to at least 40 on Wednesday, AFAD said." },
  { file: 'quake-turkey.en.txt', date: '2026-12-02', sentence: 'The death toll from the earthquake rose to 40 on Wednesday.', todo: 'an event noun just before another verb (rose) is read as the day\'s event' },
  { file: 'quake-turkey.en.txt', date: '2026-12-02', sentence: 'Residents who fled the earthquake returned home on Wednesday.', todo: 'an event noun just before another verb (returned) is read as the day\'s event' },
  // The minister announced on Friday that the results due on Saturday would come on Wednesday 15 July.
  { file: 'exams-lebanon.ar.txt', date: '2026-07-10', sentence: 'أعلنت وزيرة التربية ريما كرامي الجمعة تأجيل إعلان نتائج الامتحانات الرسمية.' },
  { file: 'exams-lebanon.ar.txt', date: '2026-07-10', sentence: 'أعلنت وزيرة التربية ريما كرامي الخميس تأجيل إعلان نتائج الامتحانات الرسمية.', flagged: 'الخميس' },
  { file: 'exams-lebanon.ar.txt', date: '2026-07-10', sentence: 'أعلنت الوزيرة الجمعة أن النتائج ستصدر الأربعاء 15 يوليو بدلاً من السبت.' },
  { file: 'exams-lebanon.ar.txt', date: '2026-07-10', sentence: 'وكانت نقابة المعلمين هددت الأحد الماضي بمقاطعة التصحيح.', flagged: 'الأحد' },
  { file: 'exams-lebanon.ar.txt', date: '2026-07-10', sentence: 'وكانت نقابة المعلمين هددت الاثنين الماضي بمقاطعة التصحيح.' },
  // The lawyers filed their request on Tuesday; the court adjourned the trial on Thursday.
  { file: 'trial-uganda.ar.txt', date: '2026-10-22', sentence: 'وقدم محامو بيسيجي الثلاثاء طلباً جديداً للإفراج عنه.' },
  { file: 'trial-uganda.ar.txt', date: '2026-10-22', sentence: 'وقدم محامو بيسيجي الاثنين طلباً جديداً للإفراج عنه.', flagged: 'الاثنين' },
  { file: 'trial-uganda.ar.txt', date: '2026-10-22', sentence: 'أرجأت محكمة أوغندية الأربعاء محاكمة المعارض كيزا بيسيجي.', flagged: 'الأربعاء' },
  { file: 'trial-uganda.ar.txt', date: '2026-10-22', sentence: 'أرجأت محكمة أوغندية الخميس محاكمة المعارض كيزا بيسيجي.' },
  { file: 'trial-uganda.ar.txt', date: '2026-10-22', sentence: 'قررت المحكمة، التي انعقدت الخميس، تأجيل المحاكمة إلى 12 نوفمبر.' },
  {
    file: 'trial-uganda.ar.txt',
    date: '2026-10-22',
    sentence: 'قررت المحكمة، التي انعقدت الأربعاء، تأجيل المحاكمة إلى 12 نوفمبر.',
    flagged: 'الأربعاء',
    todo: 'a day in a relative clause whose verb (انعقدت) is no trigger of the adjournment',
  },
];

for (const { file, date, sentence, flagged, todo } of PROBES) {
  test(`${file}: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    const found = probeFindings(file, `---\ndate: ${date}\n---\n\n${sentence}`).filter((f) => f.startsWith('event-date:'));
    assert.deepEqual(found, flagged ? [`event-date: ${flagged}`] : []);
  });
}
