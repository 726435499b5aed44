/**
 * Probes written by helper drawn20 before the change they test, on an invented story of cancelled
 * Hebridean ferries (`ferries-oban.en.txt`): an event to come named by a light verb's object (will
 * make a statement to the Scottish Parliament in Edinburgh on Tuesday 9 December) had no trigger,
 * its verb standing more than eight words before the date; a draft naming it by the noun (the
 * statement … has been set for Wednesday 10 December) was not compared.
 */
import { probe } from './drawProbeChecks';

for (const item of [
  { sentence: 'The statement that Fiona Hyslop will make to the Scottish Parliament has been set for Wednesday 10 December.', rule: 'event-date' },
  // True: the day itself, and the statement restated.
  { sentence: 'The statement that Fiona Hyslop will make to the Scottish Parliament has been set for Tuesday 9 December.' },
  { sentence: 'Fiona Hyslop will make a statement to MSPs on Tuesday 9 December.' },
  { sentence: "Fiona Hyslop met the operator's managers in Oban on Wednesday." },
  { sentence: 'The MV Isle of Arran lost power off Mull on Monday evening.', rule: 'event-date' },
]) probe('ferries-oban.en.txt', item);
