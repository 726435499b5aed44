/**
 * Probes of drawing an event's place from the lead sentence of a disaster report, written before
 * the change: the object of a verb of striking is the dated event's place as after a locative (a
 * magnitude 6.1 earthquake struck southern Ecuador on Tuesday), and a province named with its unit
 * noun and "of" (in the province of Loja) is drawn as a region, so that a draft that puts the quake
 * elsewhere, or its victims in another province, is reported. Traps: the article's own places and
 * a place inside the region. Against an invented Reuters-style report of an earthquake in southern
 * Ecuador (tests/engine/fixtures/drawProbes/ecuadorQuake.en.txt).
 */
import { probe, type Probe } from './drawProbeChecks';

const FILE = 'ecuadorQuake.en.txt';

const probes: Probe[] = [
  { sentence: 'A magnitude 6.1 earthquake struck Colombia on Tuesday, killing at least nine people.', rule: 'event-place' },
  { sentence: 'A magnitude 6.1 earthquake struck Peru on Tuesday, the secretariat said.', rule: 'event-place' },
  { sentence: 'A magnitude 6.1 earthquake struck southern Ecuador on Tuesday, killing at least nine people.' },
  { sentence: 'The earthquake struck Ecuador on Tuesday night.' },
  { sentence: 'A magnitude 6.1 earthquake struck southern Ecuador on Tuesday, killing at least nine people and injuring 80 in the province of Zamora.', rule: 'event-place' },
  { sentence: 'A magnitude 6.1 earthquake struck southern Ecuador on Tuesday, killing at least nine people and injuring 80 in the province of Loja.' },
  { sentence: 'Most of the dead were in the town of Cariamanga, where a school collapsed.' },
  { sentence: 'Most of the dead were in the town of Macara, where a school collapsed.', rule: 'event-place' },
];

for (const one of probes) probe(FILE, one);
