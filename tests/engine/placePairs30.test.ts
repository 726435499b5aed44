/**
 * Probes of two places joined by "and" written by helper places (session 30) before its change: one
 * place of an article's pair ("in Nabeul and Zaghouan", «في طنطا والمنصورة») changed for another
 * while the other stays. The articles are invented (`rain-nabeul30.en.txt`, floods in Tunisia;
 * `rain-tanta30.ar.txt`, a power cut in the Nile Delta) and their fact bases drawn by `kb draw`;
 * the probes are in both languages against each. Traps that must stay clean: the article's own
 * pair, a governorate that holds the place, and a pair in a sentence that restates another of the article's sentences.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const NABEUL = 'rain-nabeul30.en.txt';
const TANTA = 'rain-tanta30.ar.txt';

const PROBES: RuleProbe[] = [
  // The second place of the pair changed, across languages; the changed place may be named elsewhere in the article.
  { file: NABEUL, sentence: 'أغرقت أمطار غزيرة نحو 300 منزل في نابل وسليانة يوم الأحد، وفق الحماية المدنية.', flagged: 'سليانة' },
  { file: TANTA, sentence: 'Heavy rain cut power to about 4,000 homes in Tanta and Zagazig on Monday, the electricity ministry said.', flagged: 'Zagazig' },
  // The article's own pair, in either language, stays clean.
  { file: NABEUL, sentence: 'Heavy rain flooded about 300 homes in Nabeul and Zaghouan on Sunday, the civil protection service said.' },
  { file: TANTA, sentence: 'Heavy rain cut power to about 4,000 homes in Tanta and Mansoura on Monday, the electricity ministry said.' },
  { file: TANTA, sentence: 'وأغلقت السلطات المدارس في دمياط وبورسعيد يوم الثلاثاء.' },
  // A governorate that holds the article's place is no change.
  { file: NABEUL, sentence: 'Heavy rain flooded about 300 homes in Nabeul and Zaghouan Governorate on Sunday.' },
  { file: TANTA, sentence: 'تسببت أمطار غزيرة يوم الاثنين في انقطاع الكهرباء عن نحو 4 آلاف منزل في طنطا ومحافظة الدقهلية.' },
  // A pair in a sentence that restates another of the article's sentences.
  { file: NABEUL, sentence: 'The ministry of equipment said it had sent 20 pumps and 12 trucks to Nabeul and Siliana.' },
  { file: TANTA, sentence: 'وأرسلت وزارة الري 15 مضخة و8 شاحنات إلى طنطا والزقازيق لتصريف المياه.' },
  // Found in review: a pair that names people of two places, not where the event was, in either
  // order of its places; a pair whose sentence names the article's other place itself.
  { file: NABEUL, sentence: 'Roads were cut in Kairouan and Zaghouan officials said on Sunday.' },
  { file: NABEUL, sentence: 'Roads were cut in Zaghouan and Kairouan officials said on Sunday.' },
  { file: NABEUL, sentence: 'Residents of Nabeul and Bizerte described the rain as the worst in years.' },
  { file: NABEUL, sentence: 'Officials in Nabeul and Tunis said about 300 homes were flooded.' },
  {
    file: NABEUL,
    sentence: 'Rain flooded about 300 homes in Nabeul and Bizerte, as well as some in Zaghouan.',
    todo: 'the trigger check (older than pairs) compares each place after the event word with the event place and flags Bizerte; pairs leave it alone',
  },
];

for (const one of PROBES) ruleProbe('event-place', one);
