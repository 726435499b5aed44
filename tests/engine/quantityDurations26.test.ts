/**
 * Quantities an English article states with a verb or a subject rather than a noun of the tables,
 * probed by helper drawen26 before the changes that draw them: a duration right after a verb
 * (was planned to take three years, walked two hours), a measure whose noun is its subject (its
 * portal tower is 41 metres high, which a draft restates as "the tower rises 41 metres"), posts
 * counted as jobs (about 90 county posts), a percentage an amendment only proposed, which must
 * not make the story's own figure of its noun doubtful, and amounts whose noun stands after them (of
 * savings) or before them but not across "after". An invented article: a rail tunnel opened
 * in Korvala (`tunnel-korvala26.en.txt`). Each with traps that must stay clean.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const FILE = 'tunnel-korvala26.en.txt';

const PROBES: RuleProbe[] = [
  // A duration right after a verb is measured by that verb.
  { file: FILE, sentence: 'Work on the tunnel was planned to take five years.', flagged: 'five years' },
  { file: FILE, sentence: 'Work on the tunnel was planned to take three years.' },
  { file: FILE, sentence: 'The children of Vesk walked four hours to reach the nearest school.', flagged: 'four hours' },
  { file: FILE, sentence: 'The children of Vesk walked two hours to reach the nearest school.' },
  { file: FILE, sentence: 'Children in Vesk walk three hours to school.', flagged: 'three hours' },
  { file: FILE, sentence: 'وكان أطفال فيسك يمشون أربع ساعات للوصول إلى أقرب مدرسة.', flagged: 'أربع ساعات' },
  { file: FILE, sentence: 'وكان أطفال فيسك يمشون ساعتين للوصول إلى أقرب مدرسة.' },
  { file: FILE, sentence: 'وكان مقرراً أن تستغرق أعمال النفق خمس سنوات.', flagged: 'خمس سنوات' },
  { file: FILE, sentence: 'وكان مقرراً أن تستغرق أعمال النفق ثلاث سنوات.' },
  // Durations of other things stay clean.
  { file: FILE, sentence: 'The ferry crossing takes 50 minutes.' },
  { file: FILE, sentence: 'Work on the tunnel began in June 2020.' },
  // A measure's noun is its subject too.
  { file: FILE, sentence: 'The portal tower rises 52 metres.', flagged: '52 metres' },
  { file: FILE, sentence: 'The portal tower rises 41 metres above the valley.' },
  { file: FILE, sentence: 'The portal tower is 41 metres high and 9 metres wide.' },
  { file: FILE, sentence: 'The ventilation shaft is 68 metres deep.', flagged: '68 metres' },
  { file: FILE, sentence: 'The ventilation shaft is 86 metres deep.' },
  // Posts counted are jobs.
  { file: FILE, sentence: 'The council will cut about 120 county posts at the ferry service.', flagged: '120' },
  { file: FILE, sentence: 'The council will cut about 90 county posts at the ferry service.' },
  // A proposed figure gives way to the story's own.
  { file: FILE, sentence: 'Council tax in the county will rise by 8% from April.', flagged: '8%' },
  { file: FILE, sentence: 'Council tax in the county will rise by 6% from April.' },
  { file: FILE, sentence: 'The opposition proposed a 3% council tax rise.' },
  // An amount's noun after it (of savings) and before it (The county budget of), not across "after".
  { file: FILE, sentence: 'The county budget of £650 million was approved.', flagged: '£650 million' },
  { file: FILE, sentence: 'The county budget of £610 million was approved.' },
  { file: FILE, sentence: 'The budget includes £12.4 million of savings.', flagged: '£12.4 million' },
  { file: FILE, sentence: 'The budget includes £14.2 million of savings.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
