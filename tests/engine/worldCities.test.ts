/**
 * The world's large cities in the gazetteer (knowledge/lexicon/places.json, written by
 * scripts/gazetteer/world.mjs): an event an English article places in a city of half a million
 * people outside the Arab world and the English-speaking countries (Mombasa, Lahore) is drawn with
 * its place, and a draft that moves it to another listed city is reported, while the true city and
 * a true containing country are not.
 */
import { describe } from 'node:test';
import { probe } from './drawProbeChecks';

void describe('world cities: events placed in large cities outside the Arab and English-speaking world', () => {
  const port = 'port-strike.en.txt';
  probe(port, { sentence: 'Transport Minister Daniel Otieno, speaking in Nairobi on Tuesday, said the government would not tolerate further stoppages.', rule: 'event-place' });
  probe(port, { sentence: 'Transport Minister Daniel Otieno, speaking in Mombasa on Tuesday, said the government would not tolerate further stoppages.' });
  probe(port, { sentence: 'Speaking in Mombasa, Kenya, on Tuesday, Otieno said the government would not tolerate further stoppages.' });
  const smog = 'smog-schools.en.txt';
  probe(smog, { sentence: 'Provincial Health Minister Sana Rehman told reporters in Multan that hospitals had treated more than 2,000 people.', rule: 'event-place' });
  probe(smog, { sentence: 'Provincial Health Minister Sana Rehman told reporters in Lahore that hospitals had treated more than 2,000 people.' });
});
