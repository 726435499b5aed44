/**
 * Probes of a place that contains the second place of an article's pair, written by helper places
 * (session 31) before its change. A drawn event holds only one place, the first of the pair its
 * article sentence names ("in Nabeul and Zaghouan", «في طنطا والمنصورة»), so a draft that puts the
 * event in the governorate of the pair's second place was flagged against the first. The articles
 * are the invented ones of `placePairs30.test.ts`, their fact bases drawn by `kb draw`; the probes
 * are in both languages against each. Traps that must stay flagged: a town of that governorate
 * other than the article's (Mit Ghamr beside Mansoura), another governorate, and a town of the
 * first place's governorate that is not the first place.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const NABEUL = 'rain-nabeul30.en.txt';
const TANTA = 'rain-tanta30.ar.txt';

const PROBES: RuleProbe[] = [
  // The governorate of the pair's second place, alone or after the first place, across languages.
  { file: NABEUL, sentence: 'أغرقت أمطار غزيرة نحو 300 منزل في ولاية زغوان يوم الأحد.' },
  { file: TANTA, sentence: 'Heavy rain cut power to about 4,000 homes in Dakahlia on Monday.' },
  { file: TANTA, sentence: 'انقطعت الكهرباء عن نحو 4 آلاف منزل في الدقهلية يوم الاثنين بسبب أمطار غزيرة.' },
  { file: TANTA, sentence: 'تسببت أمطار غزيرة يوم الاثنين في انقطاع الكهرباء عن نحو 4 آلاف منزل في طنطا ومحافظة الدقهلية.' },
  // Another town of that governorate, another governorate, a town beside the first place: still wrong.
  { file: TANTA, sentence: 'تسببت أمطار غزيرة في انقطاع الكهرباء عن منازل في ميت غمر يوم الاثنين.', flagged: 'ميت غمر' },
  { file: TANTA, sentence: 'Heavy rain cut power to about 4,000 homes in Tanta and Mit Ghamr on Monday.', flagged: 'Mit Ghamr' },
  { file: TANTA, sentence: 'تسببت أمطار غزيرة يوم الاثنين في انقطاع الكهرباء عن نحو 4 آلاف منزل في طنطا ومحافظة الشرقية.', flagged: 'الشرقية' },
  { file: NABEUL, sentence: 'Heavy rain flooded about 300 homes in Hammamet and Zaghouan on Sunday.', flagged: 'Hammamet' },
];

for (const one of PROBES) ruleProbe('event-place', one);
