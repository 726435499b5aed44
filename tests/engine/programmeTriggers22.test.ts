/**
 * A noun naming a whole programme (the exams, «الامتحانات») drawn as the trigger of another event
 * of it, probed by helper events22 before the change that serves it. The results of the exams, the
 * marking of the exam papers and «نتائج الامتحانات» are events of their own: the programme noun in
 * their phrase names the programme, not them, so a draft that dates the exams themselves ("finished
 * the exams on 26 June") must not be compared with the results' or the marking's day. Two invented
 * articles: Omani diploma exams whose results are announced on a Tuesday (`diploma-muscat.ar.txt`)
 * and Kenyan secondary school exams, their marking and their results (`exams-nakuru.en.txt`); the
 * events, dates and figures are invented.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const MUSCAT = 'diploma-muscat.ar.txt';
const NAKURU = 'exams-nakuru.en.txt';

const PROBES: RuleProbe[] = [
  // True days of the exams, their marking and their results.
  { file: MUSCAT, sentence: 'وانتهت الامتحانات في 25 يونيو.' },
  { file: MUSCAT, sentence: 'وجرت الامتحانات بين 7 و25 يونيو.' },
  { file: MUSCAT, sentence: 'وانتهى الطلاب من الامتحانات يوم 25 يونيو.' },
  { file: MUSCAT, sentence: 'وستعلن نتائج الامتحانات يوم الثلاثاء 14 يوليو.' },
  { file: MUSCAT, sentence: 'وانتهى تصحيح أوراق الامتحانات في 5 يوليو.' },
  { file: NAKURU, sentence: 'The exams ended on 26 June.' },
  { file: NAKURU, sentence: 'Candidates finished the exams on 26 June.' },
  { file: NAKURU, sentence: 'About 96,000 candidates sat the exams from 8 to 26 June.' },
  { file: NAKURU, sentence: 'The results of the exams will be published on Tuesday 14 July.' },
  { file: NAKURU, sentence: 'Marking of the exam papers ended on 6 July.' },
  // Wrong days, which must be flagged.
  { file: MUSCAT, sentence: 'وانتهت الامتحانات في 30 يونيو.', flagged: '30' },
  { file: MUSCAT, sentence: 'وستعلن نتائج الامتحانات يوم الأربعاء 15 يوليو.', flagged: '15' },
  { file: MUSCAT, sentence: 'وانتهى تصحيح أوراق الامتحانات في 8 يوليو.', flagged: '8' },
  { file: NAKURU, sentence: 'The exams ended on 30 June.', flagged: '30' },
  { file: NAKURU, sentence: 'The results of the exams will be published on Wednesday 15 July.', flagged: '15' },
  { file: NAKURU, sentence: 'Marking of the exam papers ended on 9 July.', flagged: '9' },
];

for (const one of PROBES) ruleProbe('event-date', one);
