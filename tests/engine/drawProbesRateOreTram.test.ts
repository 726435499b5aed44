/**
 * Sentence probes against the fact bases drawn from three invented English wire stories of
 * tests/engine/fixtures/drawProbes, written by helper drawen15 before the drawing changes they test:
 * a central bank's rate cut in Chile (`rate-cut.en.txt`), a strike at two iron ore mines in the
 * Pilbara (`ore-strike.en.txt`), a tram contract in Calgary (`tram-contract.en.txt`) and a rail strike in
 * Scotland and a cabin crew strike (`rail-strike.en.txt`, `airline-strike.en.txt`, written after the
 * measures of the changes). People and
 * companies are invented. They hold what drawing an English article still left out: a percentage
 * whose noun is the subject of a verb of change before it (Ironbark shares fell 4.2%, the peso
 * weakened 0.8%), a company named by what it does (Ironbark Resources) and later by its first word
 * alone (Ironbark's chief executive), and a company named after an officer's title and "at"
 * (chief economist at Vantia Chile). Wrong sentences change one figure or one post's organisation;
 * the true ones restate the article in other words, and the traps give another figure of the same
 * noun that the article gives for another time or as a target.
 */
import { probe, type Probe } from './drawProbeChecks';

const RATE_CUT: Probe[] = [
  { sentence: 'Annual inflation slowed to 3.6% in February.', rule: 'quantity' },
  { sentence: "Chile's economy grew 0.4% last year.", rule: 'quantity', todo: 'a percentage after a verb of change tied to its subject (draw/changeSubjects.ts, dropped at integration: en-strike drawn precision fell)' },
  // A percentage with a figure of another unit after "to" stays one end of a range, unsure: drawn sure
  // (a change the measure of the held-out stories made undone), a company's profits that rose 22% to
  // £410 million contradicted the pay claim of 11% a draft wrote beside them.
  { sentence: 'The peso weakened 1.8% to 968 per dollar.', rule: 'quantity', todo: 'a percentage before to and a figure of another unit, drawn sure without false alarms' },
  { sentence: 'Inflation eased to 3.9% in February.' },
  { sentence: 'The economy grew 0.2% last year, its weakest showing since 2020.' },
  { sentence: 'The peso lost 0.8% after the decision.' },
  { sentence: 'The bank expects inflation to reach its 3% target in the second half of 2025.' },
  { sentence: 'Inflation was 4.5% in January.' },
  { sentence: 'Copper fell 2.1% in London on Tuesday.' },
  { sentence: 'Chile expects growth of between 2% and 3% this year.' },
  { sentence: 'Andrés Fuenzalida, chief economist at Banco Pacífico, said the bank was buying time.', rule: 'post-holder', todo: "a company named after an officer's title and at" },
  { sentence: "Vantia Chile's chief economist, Andrés Fuenzalida, said the smaller cut reflected the weak peso." },
  { sentence: 'Andrés Fuenzalida of Vantia Chile said the bank was buying time.' },
];

const ORE_STRIKE: Probe[] = [
  { sentence: 'Ironbark shares fell 2.4% on Thursday.', rule: 'quantity', todo: 'a percentage after a verb of change tied to its subject (draw/changeSubjects.ts, dropped at integration: en-strike drawn precision fell)' },
  { sentence: 'Shares in Ironbark dropped 4.2% on Thursday.' },
  { sentence: 'Ironbark shares fell 4.2% on the stock exchange.' },
  { sentence: 'Ironbark lost 4.2% of its market value on Thursday.' },
  { sentence: 'Graham Tully, the chief executive of the Mining and Energy Union, called the offer fair.', rule: 'post-holder' },
  { sentence: 'Ironbark Resources chief executive Graham Tully said the offer was fair and generous.' },
  { sentence: "Ironbark's chief executive, Graham Tully, said the company lost A$45 million a day." },
  { sentence: 'The mines are operated by Ironbark Resources, which employs about 5,000 people.' },
  { sentence: 'Kate Moloney, a Fair Work Commission secretary, spoke at the rally.', rule: 'post-holder' },
  { sentence: 'Union secretary Kate Moloney addressed a rally in Karratha.' },
  { sentence: 'About 1,400 miners went on strike on Thursday.' },
  { sentence: 'The strike at the two mines began on Thursday.' },
  { sentence: 'Workers at Coolawanyah will vote on Sunday on joining the strike.', rule: 'event-date' },
];

const TRAM_CONTRACT: Probe[] = [
  { sentence: "Luis Berrocal, Prairie Meridian's head of North American projects, said 2,000 workers would be hired.", rule: 'post-holder', todo: 'the organisation of a post given by a possessive before it' },
  { sentence: "Obrasur's head of North American projects, Luis Berrocal, said about 2,000 workers would be hired." },
];

// A noun the article writes beside two percentages (basic pay rose 4% … a pay rise of 12%) is tied to neither.
const RAIL_STRIKE: Probe[] = [
  { sentence: 'Fares rose 9.8% in January.', rule: 'quantity', todo: 'a percentage of a sentence that gives another, tied to its subject without false alarms' },
  { sentence: 'Passenger numbers fell 21% last year.', rule: 'quantity', todo: 'a percentage of a sentence that gives another, tied to its subject without false alarms' },
  { sentence: 'Fares went up 8.9% in January, the steepest rise since 2012.' },
  { sentence: 'Passenger numbers dropped 12% last year.' },
  { sentence: 'The union wants a 12% pay rise for drivers.' },
  { sentence: 'The union is seeking 12% on pay for drivers.' },
  { sentence: 'Basic pay went up 4% last year.' },
];

// A sentence with two percentages (Profits rose 22% to £410 million …, and the company's shares fell
// 3.4%): a draft restating it beside a pay claim is compared with neither.
const AIRLINE_STRIKE: Probe[] = [
  { sentence: "The airline's profits jumped to £410 million, and the union wants 11%." },
  { sentence: 'Skyline shares dropped 3.4% on Friday as 340 flights were grounded.' },
  { sentence: 'Unite says pay has fallen 18% in real terms, while profits rose 22%.' },
];

for (const entry of RATE_CUT) probe('rate-cut.en.txt', entry);
for (const entry of AIRLINE_STRIKE) probe('airline-strike.en.txt', entry);
for (const entry of RAIL_STRIKE) probe('rail-strike.en.txt', entry);
for (const entry of ORE_STRIKE) probe('ore-strike.en.txt', entry);
for (const entry of TRAM_CONTRACT) probe('tram-contract.en.txt', entry);
