/**
 * A workforce drawn and checked: the port article (Arabic: «ويعمل في الميناء حالياً 1850 عاملاً»)
 * and the solar article (English: "The project will employ 1,200 people") of
 * tests/engine/fixtures/drawProbes. A count of the staff after a verb of employing or of working
 * is drawn as a workforce, so a draft's "employs 1,580 people", "has 1,580 workers", "has a
 * workforce of 1,580" or «وسيوظف المشروع 1500 عامل» is compared with it, in either language; people
 * counted with another verb (visited, attended) and other trades (fishermen) are not.
 */
import { probe, type Probe } from './drawProbeChecks';

const port: Probe[] = [
  { sentence: 'The port employs 1,580 people.', rule: 'quantity' },
  { sentence: 'The port employs 1,850 people.' },
  { sentence: 'The port has 1,580 workers.', rule: 'quantity' },
  { sentence: 'The port has a workforce of 1,580.', rule: 'quantity' },
  { sentence: 'The port has a workforce of 1,850.' },
  { sentence: 'The port has a staff of 1,850.' },
  { sentence: 'ويعمل في الميناء 1580 موظفاً.', rule: 'quantity' },
  { sentence: 'ويعمل في الميناء 1850 موظفاً.' },
  // Near misses: other people, another trade.
  { sentence: 'The port employs 1,580 fishermen.' },
  { sentence: 'وزار الميناء 1580 شخصاً.' },
];

const solar: Probe[] = [
  { sentence: 'The project will employ 1,500 workers during construction.', rule: 'quantity' },
  { sentence: 'The project will employ 1,200 workers during construction.' },
  { sentence: 'The project will have a workforce of 1,500 during construction.', rule: 'quantity' },
  { sentence: 'The project will have a workforce of 1,200 during construction.' },
  { sentence: 'وسيوظف المشروع 1500 عامل خلال مرحلة البناء.', rule: 'quantity' },
  { sentence: 'وسيعمل في المشروع 1500 عامل خلال مرحلة البناء.', rule: 'quantity' },
  { sentence: 'وسيوظف المشروع 1200 عامل خلال مرحلة البناء.' },
  { sentence: 'About 1,500 people attended the opening of the project.' },
];

for (const p of port) probe('port.ar.txt', p);
for (const p of solar) probe('solar.en.txt', p);
