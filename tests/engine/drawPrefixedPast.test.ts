/**
 * An event whose verb is an irregular past with a prefix (repaid, rebuilt, overpaid, withheld) is
 * drawn with that verb as its trigger, as the bare verb is (paid, built), so that a draft giving
 * the event another month or year is reported.
 */
import { describe } from 'node:test';
import { probe } from './drawProbeChecks';

void describe('drawing: irregular past verbs with a prefix are triggers', () => {
  const file = 'budget-cuts.en.txt';
  probe(file, { sentence: 'Kenya repaid a $2 billion Eurobond in June 2023.', rule: 'event-date' });
  probe(file, { sentence: 'Kenya repaid a $2 billion Eurobond in May 2024.', rule: 'event-date' });
  probe(file, { sentence: 'Kenya repaid the $2 billion Eurobond in June 2024.' });
});
