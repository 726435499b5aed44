/**
 * Probes of a country swapped in a pair of countries, written by helper places (session 31) before
 * its change: "to Tunisia and Morocco" for the article's Tunisia and Libya, «مصر وإثيوبيا» for
 * Egypt and Sudan. The swap of a pair was read only between places of one country, so a country
 * for a country was never compared. The articles are invented (`power-export31.en.txt`, an
 * electricity export deal; `water-pact31.ar.txt`, a flood-data pact on the Nile) and their fact
 * bases drawn by `kb draw`; the probes are in both languages against each. Traps that must stay
 * clean: the article's own pair, people of two countries, a pair in a sentence about something
 * else, and a region inside the kept country.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const EXPORT = 'power-export31.en.txt';
const PACT = 'water-pact31.ar.txt';

const PROBES: RuleProbe[] = [
  // The second country of the pair changed, in either language.
  { file: EXPORT, sentence: 'وقّعت الجزائر يوم الثلاثاء اتفاقاً لتصدير الكهرباء إلى تونس والمغرب.', flagged: 'المغرب' },
  { file: PACT, sentence: 'وقّعت مصر وإثيوبيا يوم الخميس اتفاقاً لتبادل بيانات الفيضانات.', flagged: 'إثيوبيا' },
  { file: PACT, sentence: 'Egypt and Ethiopia signed an agreement on Thursday to share flood data during the rainy season.', flagged: 'Ethiopia' },
  // The article's own pair, in either language.
  { file: EXPORT, sentence: 'Algeria signed an agreement on Tuesday to export electricity to Tunisia and Libya.' },
  { file: EXPORT, sentence: 'وقّعت الجزائر يوم الثلاثاء اتفاقاً لتصدير الكهرباء إلى تونس وليبيا.' },
  { file: PACT, sentence: 'Egypt and Sudan signed an agreement on Thursday to share flood data.' },
  // People of two countries, a pair about something else, a region inside the kept country.
  { file: EXPORT, sentence: 'Officials from Tunisia and Egypt attended the signing on Tuesday.' },
  { file: EXPORT, sentence: 'Algeria already sells gas to Spain and Italy.' },
  { file: PACT, sentence: 'Engineers from Egypt and Ethiopia met on Thursday.' },
  { file: PACT, sentence: 'وقّعت مصر ومحافظة أسوان يوم الخميس اتفاقاً لتبادل بيانات الفيضانات.' },
];

for (const one of PROBES) ruleProbe('event-place', one);
