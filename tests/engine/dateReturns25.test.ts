/**
 * A return told as "went home" or "came home", probed by helper occasions25 before the change that
 * reads such phrases. The concepts table (`lexicon/concepts.ts`) reads one word as another of its
 * meaning (returned for «عادت»), but a return is often told by a verb of going and "home": the date
 * rule must then compare the day with the return, also where the article sentence dates another
 * event beside it (a deal signed on another day), so that the sentence alone does not pick the
 * event. Articles: displaced families returning to Nasir (`returns-nasir.en.txt`) and to Tal Afar
 * (`returns-tal-afar.ar.txt`, checked here with English drafts), both invented.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const NASIR = 'returns-nasir.en.txt';
const TAL_AFAR = 'returns-tal-afar.ar.txt';

const PROBES: RuleProbe[] = [
  // Wrong days of the return, told with a phrase.
  { file: NASIR, sentence: 'About 860 displaced families went home to Nasir on Friday.', flagged: 'Friday' },
  { file: NASIR, sentence: 'About 860 displaced families came home to Nasir on Friday.', flagged: 'Friday' },
  { file: NASIR, sentence: 'The 860 families who went home to Nasir on Friday found the town in ruins.', flagged: 'Friday' },
  { file: TAL_AFAR, sentence: 'About 640 displaced families went home to Tal Afar on Wednesday.', flagged: 'Wednesday' },
  // The same with the trigger's own word, flagged already.
  { file: NASIR, sentence: 'About 860 displaced families returned to Nasir on Friday.', flagged: 'Friday' },
  { file: TAL_AFAR, sentence: 'About 640 displaced families returned to Tal Afar on Wednesday.', flagged: 'Wednesday' },
  // Right days, and the deal's own day beside a phrase of return.
  { file: NASIR, sentence: 'About 860 displaced families went home to Nasir on Saturday.' },
  { file: NASIR, sentence: 'The families came home to Nasir on Saturday under a deal signed in Malakal on Monday.' },
  { file: TAL_AFAR, sentence: 'About 640 displaced families went home to Tal Afar on Thursday.' },
  // "home" after a verb that is not of going is no return.
  { file: NASIR, sentence: 'About 860 displaced families stayed home in the camps near Malakal on Friday.' },
];

for (const one of PROBES) ruleProbe('event-date', one);
