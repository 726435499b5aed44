/**
 * Probes written by helper drawn20 before the change they test, on an invented Portuguese wildfire
 * (`wildfire-leiria.en.txt`): an English date opening its clause with the event's noun after it
 * (…: in July a larger blaze there burned for four days) gave the event only the noun of the
 * sentence's first clause (fire), so a draft naming the earlier blaze on another month was not
 * compared; the story's main blaze keeps its own day.
 */
import { probe } from './drawProbeChecks';

for (const item of [
  { sentence: "It was the district's third fire this summer, after a larger blaze in June.", rule: 'event-date' },
  // True: the month itself, and the main blaze's day.
  { sentence: "It was the district's third fire this summer, after a larger blaze in July." },
  { sentence: 'The blaze broke out on Saturday afternoon in a eucalyptus plantation.' },
  { sentence: 'The blaze broke out on Friday afternoon in a eucalyptus plantation.', rule: 'event-date' },
]) probe('wildfire-leiria.en.txt', item);
