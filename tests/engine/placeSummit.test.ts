/**
 * Probes of a place of another country in the slot of a closely restated article sentence,
 * written before the change: a draft that copies the words around the article's place and puts the
 * summit in another Gulf capital ("Gulf leaders meeting in Riyadh on Tuesday agreed …" for Doha) is
 * reported, as a town of the same country already was. Traps: the article's own place, its
 * country and its capital named otherwise, a place after a locative of direction or of origin, and
 * another country named in a sentence that restates the article's only loosely. Against an
 * invented Reuters-style report of a Gulf summit in Doha with a side meeting in Al Wakrah
 * (tests/engine/fixtures/drawProbes/gulf-summit.en.txt).
 */
import { probe, type Probe } from './drawProbeChecks';

const FILE = 'gulf-summit.en.txt';

const probes: Probe[] = [
  { sentence: 'Gulf leaders meeting in Riyadh on Tuesday agreed to set up a joint fund of $10 billion.', rule: 'event-place' },
  { sentence: 'Gulf leaders meeting in Kuwait on Tuesday agreed to set up a joint fund to finance rail and power links.', rule: 'event-place' },
  { sentence: 'Gulf leaders meeting in Doha on Tuesday agreed to set up a joint fund of $10 billion.' },
  { sentence: 'Gulf leaders meeting in Qatar on Tuesday agreed to set up a joint fund of $10 billion.' },
  { sentence: 'Gulf leaders meeting in the Qatari capital on Tuesday agreed to set up a joint fund of $10 billion.' },
  { sentence: 'Gulf leaders meeting in Doha on Tuesday agreed to set up a joint fund to finance rail links to Oman.' },
  { sentence: 'Gulf leaders who flew in from Riyadh and Muscat agreed on Tuesday to set up a joint fund of $10 billion.' },
  { sentence: 'The fund of $10 billion will finance rail links in Oman and Saudi Arabia, the ministry said.' },
  { sentence: 'On the sidelines of the summit, Saudi and Omani energy ministers met in Dubai to discuss a pipeline project.', rule: 'event-place' },
  { sentence: 'The leaders will meet again in Muscat next December.' },
];

for (const one of probes) probe(FILE, one);
