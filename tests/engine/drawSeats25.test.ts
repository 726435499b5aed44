/**
 * Seats of organisations said through "the" and a kind noun, probed by helper drawen25 before the
 * change that fixes them, on an invented article of a dam in Tanzania (`kisiwa-dam.en.txt`): "The
 * station was built by Ruvuma Builders. The company, which is based in Arusha, …" gives the only
 * company of the article its seat, so a draft that moves the company is flagged.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const FILE = 'kisiwa-dam.en.txt';

const PROBES: RuleProbe[] = [
  { file: FILE, sentence: 'Ruvuma Builders, which is based in Arusha, built the station.' },
  { file: FILE, sentence: 'Ruvuma Builders, which is based in Dodoma, built the station.', flagged: 'Dodoma' },
  { file: FILE, sentence: 'The station was built by Ruvuma Builders, a Dodoma-based company.', flagged: 'Dodoma' },
];

for (const one of PROBES) ruleProbe('organisation-seat', one);
