/**
 * Staff posts drawn from an invented article (helper ties24): a manager of no team, after a body's
 * possessive or its pronoun ("The bank's country manager for Zambia, X", "Its operations manager,
 * X"), is a staff post of that body, so another post given to its holder is flagged; and a body's
 * statement given to its staff manager is still another speaker's words (drawBodySpeakers: a
 * staff post, or the membership it implies, does not voice its body). Article:
 * `solar-loan-lusaka.en.txt`, a development bank's loan for solar farms.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const SOLAR = 'solar-loan-lusaka.en.txt';

const POSTS: RuleProbe[] = [
  // True restatements of the staff posts.
  { file: SOLAR, sentence: "Kwame Boateng, the bank's operations manager, said the first panels would arrive in August." },
  { file: SOLAR, sentence: 'Kwame Boateng, operations manager at the Southern Horizon Bank, said the first panels would arrive in August.' },
  { file: SOLAR, sentence: "Temitope Adebanjo, the bank's country manager, said the farms would supply power to 120,000 homes." },
  // Another post given to a staff manager.
  { file: SOLAR, sentence: "Kwame Boateng, the bank's chief executive, said the first panels would arrive in August.", flagged: "the bank's chief executive" },
  { file: SOLAR, sentence: 'Temitope Adebanjo, chief executive of the Southern Horizon Bank, said the farms would supply power.', flagged: 'chief executive of the Southern Horizon Bank' },
];

const SPEAKERS: RuleProbe[] = [
  // The body's own statement, given to the body, stays clean.
  { file: SOLAR, sentence: 'The bank said: "Cheap power is the surest road out of poverty for the Copperbelt."' },
  { file: SOLAR, sentence: 'The Southern Horizon Bank said: "Cheap power is the surest road out of poverty for the Copperbelt."' },
  // The body's statement given to its staff manager is flagged.
  { file: SOLAR, sentence: 'Kwame Boateng said: "Cheap power is the surest road out of poverty for the Copperbelt."', flagged: 'Kwame Boateng' },
  { file: SOLAR, sentence: 'Temitope Adebanjo said: "Cheap power is the surest road out of poverty for the Copperbelt."', flagged: 'Temitope Adebanjo' },
];

for (const one of POSTS) ruleProbe('post-holder', one);
for (const one of SPEAKERS) ruleProbe('quote-speaker', one);
