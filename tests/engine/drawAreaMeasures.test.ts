/**
 * Areas against the fact base drawn from an invented Arabic article of tests/engine/fixtures/drawProbes
 * (`reclaim.ar.txt`: 4,200 dunams reclaimed in the Jordan Valley over 12 square kilometres). An
 * area in square kilometres («كيلومتراً مربعاً», square kilometres) is compared with the article's,
 * in either language, and a verb of covering names what an area measures ("covers 15 square
 * kilometres", «يغطي»); a length in kilometres is no area.
 */
import { probe, type Probe } from './drawProbeChecks';

const probes: Probe[] = [
  { sentence: 'ويغطي المشروع مساحة 15 كيلومتراً مربعاً.', rule: 'quantity' },
  { sentence: 'ويغطي المشروع مساحة 12 كيلومتراً مربعاً.' },
  { sentence: 'The project covers an area of 15 square kilometres.', rule: 'quantity' },
  { sentence: 'The project covers 15 square kilometres.', rule: 'quantity' },
  { sentence: 'The project covers 12 square kilometres.' },
  { sentence: 'Jordan launched a project on Sunday to reclaim 5,200 dunams in the Jordan Valley.', rule: 'quantity' },
  { sentence: 'Jordan launched a project on Sunday to reclaim 4,200 dunams in the Jordan Valley.' },
  // Near misses: a length, a distance.
  { sentence: 'The project covers a 15-kilometre stretch of the valley.' },
  { sentence: 'وتبعد المنطقة 15 كيلومتراً عن عمّان.' },
];

for (const p of probes) probe('reclaim.ar.txt', p);
