/**
 * The day of a statement read after its speaker, probed by helper events22 before the change that
 * serves it. An Arabic sentence puts its subject between the speech verb and the day («وقالت وزارة
 * النقل المغربية يوم الثلاثاء إن …», «وأعلنت الشركة الأربعاء أن …»); an English one puts the day
 * after the verb ("the transport ministry said on Tuesday that …"). The statement is an event of
 * that day: a draft that gives the statement another day is flagged, and a draft that tells what
 * was stated, without the speech verb, on a day the article does not give is not. An event named by
 * the object of an announcement («أعلنت الشركة الاثنين عن طلبية …», "announced on Monday an order
 * for …") carries the announcement's day. Two invented articles: a container ship at Agadir with a
 * ministry's figures and a shipping company's results and order (`cranes-agadir.ar.txt`), and a
 * fire on a bulk carrier at Durban with a ministry's figures, a police statement and a port
 * operator's order (`tugs-durban.en.txt`); the companies, events and figures are invented.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const AGADIR = 'cranes-agadir.ar.txt';
const DURBAN = 'tugs-durban.en.txt';

const PROBES: RuleProbe[] = [
  // True statement days.
  { file: AGADIR, sentence: 'وقالت وزارة النقل المغربية يوم الثلاثاء إن حركة الحاويات ارتفعت بنسبة 18 في المئة.' },
  { file: AGADIR, sentence: 'وقالت الوزارة الثلاثاء إن حركة الحاويات في الميناء ارتفعت بنسبة 18 في المئة.' },
  { file: AGADIR, sentence: 'وأعلنت شركة النخيل للملاحة الأربعاء أن أرباحها الفصلية بلغت 42 مليون درهم.' },
  { file: AGADIR, sentence: 'وأعلنت الشركة الاثنين عن طلبية لشراء أربع رافعات جديدة.' },
  { file: DURBAN, sentence: 'The transport ministry said on Tuesday that cargo volumes at the port had risen 9 per cent.' },
  { file: DURBAN, sentence: 'Harbour police said on Wednesday they had arrested two men.' },
  { file: DURBAN, sentence: 'Kestrel Marine announced on Monday an order for six new tugboats.' },
  // What was stated, told without the speech verb, on a day the article does not give it.
  { file: AGADIR, sentence: 'وارتفعت حركة الحاويات في ميناء أغادير بنسبة 18 في المئة يوم الاثنين.' },
  { file: AGADIR, sentence: 'وبلغت أرباح شركة النخيل للملاحة الفصلية 42 مليون درهم يوم الاثنين.' },
  { file: DURBAN, sentence: 'Harbour police arrested two men suspected of stealing copper cable on Tuesday.' },
  { file: DURBAN, sentence: 'Cargo volumes at the port of Durban rose 9 per cent on Wednesday.' },
  // Other true days.
  { file: AGADIR, sentence: 'ووصلت سفينة الحاويات «نجمة الجنوب» إلى ميناء أغادير يوم الخميس.' },
  { file: DURBAN, sentence: 'A fire broke out on a bulk carrier at the port of Durban on Thursday.' },
  // Wrong statement days, which must be flagged.
  { file: AGADIR, sentence: 'وقالت وزارة النقل المغربية يوم الأربعاء إن حركة الحاويات ارتفعت بنسبة 18 في المئة.', flagged: 'الأربعاء' },
  { file: AGADIR, sentence: 'وقالت الوزارة الاثنين إن حركة الحاويات في الميناء ارتفعت بنسبة 18 في المئة.', flagged: 'الاثنين' },
  { file: AGADIR, sentence: 'وأعلنت شركة النخيل للملاحة الخميس أن أرباحها الفصلية بلغت 42 مليون درهم.', flagged: 'الخميس' },
  { file: DURBAN, sentence: 'The transport ministry said on Wednesday that cargo volumes at the port had risen 9 per cent.', flagged: 'Wednesday' },
  { file: DURBAN, sentence: 'Police said on Thursday they had arrested two men suspected of stealing copper cable.', flagged: 'Thursday' },
  // Wrong days of an announcement and of the event its object names.
  { file: AGADIR, sentence: 'وأعلنت الشركة الثلاثاء عن طلبية لشراء أربع رافعات جديدة من الصين.', flagged: 'الثلاثاء' },
  { file: DURBAN, sentence: 'Kestrel Marine announced on Friday an order for six new tugboats.', flagged: 'Friday' },
  { file: DURBAN, sentence: 'Kestrel Marine placed an order for six new tugboats worth 80 million rand on Friday.', flagged: 'Friday' },
  { file: AGADIR, sentence: 'وقدمت شركة النخيل للملاحة طلبية لشراء أربع رافعات جديدة من الصين يوم الجمعة.', flagged: 'الجمعة' },
  // Other wrong days.
  { file: AGADIR, sentence: 'ووصلت سفينة الحاويات «نجمة الجنوب» إلى ميناء أغادير يوم الأربعاء.', flagged: 'الأربعاء' },
  { file: DURBAN, sentence: 'A fire broke out on a bulk carrier at the port of Durban on Friday.', flagged: 'Friday' },
];

for (const one of PROBES) ruleProbe('event-date', one);
