/**
 * Probes of routes written by helper places (session 30) before its change: a place named as one end
 * of a route ("from Tanta to Alexandria", «من سوسة إلى صفاقس») changed for another while the other
 * end stays the article's. The articles are invented (`rail-tanta30.en.txt`, a railway line in
 * Egypt; `rail-sousse30.ar.txt`, one in Tunisia) and their fact bases drawn by `kb draw`; the
 * probes are in both languages against each. Traps that must stay clean: the article's own route,
 * a larger area that holds the changed end, a journey of another event in the same story, and the
 * story's other route.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const TANTA = 'rail-tanta30.en.txt';
const SOUSSE = 'rail-sousse30.ar.txt';

const PROBES: RuleProbe[] = [
  // The start of the route changed, the end kept: in the article's language and in the other one.
  { file: TANTA, sentence: 'Egypt on Monday began work on a 210 km railway line from Cairo to Alexandria, the ministry said.', flagged: 'Cairo' },
  { file: TANTA, sentence: 'بدأت مصر يوم الاثنين أشغال خط سكة حديد بطول 210 كيلومترات من القاهرة إلى الإسكندرية.', flagged: 'القاهرة' },
  // The end changed, the start kept.
  { file: TANTA, sentence: 'Egypt on Monday began work on a 210 km railway line from Tanta to Port Said.', flagged: 'Port Said' },
  { file: SOUSSE, sentence: 'Tunisia on Wednesday launched work on a new 130 km railway line from Sousse to Gabes.', flagged: 'Gabes' },
  { file: SOUSSE, sentence: 'Tunisia on Wednesday launched work on a new 130 km railway line from Kairouan to Sfax.', flagged: 'Kairouan' },
  // The article's own route, in either language, stays clean.
  { file: TANTA, sentence: 'Egypt on Monday began work on a 210 km railway line from Tanta to Alexandria, the ministry said.' },
  { file: SOUSSE, sentence: 'Tunisia on Wednesday launched work on a new 130 km railway line from Sousse to Sfax.' },
  { file: SOUSSE, sentence: 'أطلقت تونس الأربعاء أشغال خط حديدي جديد بطول 130 كيلومتراً من سوسة إلى صفاقس.' },
  // A larger area that holds the article's end is no change.
  { file: TANTA, sentence: 'Egypt on Monday began work on a 210 km railway line from Gharbia governorate to Alexandria.' },
  { file: SOUSSE, sentence: 'أطلقت تونس الأربعاء أشغال خط حديدي جديد بطول 130 كيلومتراً من ولاية سوسة إلى صفاقس.' },
  // A journey of another event, in a sentence that restates another of the article's sentences, is not the route.
  { file: TANTA, sentence: 'Wazir, who travelled from Cairo to Alexandria on Sunday, said at the ceremony that the line would open in 2029.' },
  { file: SOUSSE, sentence: 'وقال عامري، الذي سافر من تونس إلى صفاقس، في حفل أقيم في سوسة إن الخط سيدخل الخدمة عام 2030.' },
  // The story's other route, told right, stays clean.
  { file: TANTA, sentence: 'Freight trains already run on an older line from Damietta to Mansoura.' },
  // A second route in the sentence, whose other leg reaches the article's end (found in review):
  // the draft names the article's place itself, so its first leg is no changed end.
  { file: TANTA, sentence: 'The 210 km line runs from Tanta to Kafr el-Zayat and then on to Alexandria.' },
  { file: SOUSSE, sentence: 'وسيمر الخط الجديد من سوسة إلى القيروان ثم إلى صفاقس.' },
  { file: SOUSSE, sentence: 'وتنقل حافلات حالياً المسافرين من المنستير إلى المهدية.' },
];

for (const one of PROBES) ruleProbe('event-place', one);
