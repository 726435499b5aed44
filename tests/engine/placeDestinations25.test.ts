/**
 * Destinations of a transport line told in the other language, probed by helper align25 before the
 * change that reads them. An Arabic draft of an English article that sends a tram line or a bus
 * route to another town («خط الترام إلى نوتنغهام») is aligned with its article sentence through
 * concepts, and its place slot is compared by the concepts of the words around the place: tram, bus
 * and line had none, so the wrong destination was never compared. Invented article: a Leeds budget
 * that funds a tram line to Bradford and a bus to Sheffield (`leeds-budget.en.txt`).
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const LEEDS = 'leeds-budget.en.txt';

const PROBES: RuleProbe[] = [
  // True restatements, in both languages.
  { file: LEEDS, sentence: 'The budget includes £6.1 million for the next stage of a tram line to Bradford.' },
  { file: LEEDS, sentence: 'خصصت الميزانية 6.1 مليون جنيه للمرحلة التالية من خط الترام إلى برادفورد.' },
  { file: LEEDS, sentence: 'Greens secured £0.8 million to keep the number 14 bus to Sheffield running every 15 minutes.' },
  { file: LEEDS, sentence: 'حصل حزب الخضر على 0.8 مليون جنيه للإبقاء على الحافلة رقم 14 إلى شيفيلد كل 15 دقيقة.' },
  // Wrong destinations, which must be flagged.
  { file: LEEDS, sentence: 'The budget includes £6.1 million for the next stage of a tram line to Nottingham.', flagged: 'Nottingham' },
  { file: LEEDS, sentence: 'Greens secured £0.8 million to keep the number 14 bus to Nottingham running every 15 minutes.', flagged: 'Nottingham' },
  { file: LEEDS, sentence: 'خصصت الميزانية 6.1 مليون جنيه للمرحلة التالية من خط الترام إلى نوتنغهام.', flagged: 'نوتنغهام' },
  { file: LEEDS, sentence: 'حصل حزب الخضر على 0.8 مليون جنيه للإبقاء على الحافلة رقم 14 إلى نوتنغهام كل 15 دقيقة.', flagged: 'نوتنغهام' },
];

for (const one of PROBES) ruleProbe('event-place', one);
