/**
 * Probes of helper reach22 for a person's city written after the name of their body, written
 * before its change: an invented AFP story of wildfires near Izmir whose disaster authority's
 * spokesman speaks in Ankara (tests/engine/fixtures/drawProbes/wildfire-izmir.ar.txt). A draft that
 * moves the spokesman's city must be flagged (`event-place`), whether the city stands between the
 * body's name and his own («المتحدث باسم هيئة … في إسطنبول كمال أوزتورك») or after his name; the
 * article's city and the country around it must not.
 */
import { probe, type Probe } from './drawProbeChecks';

const FIRE = 'wildfire-izmir.ar.txt';

const PROBES: Probe[] = [
  { sentence: 'وقال المتحدث باسم هيئة الكوارث والطوارئ في إسطنبول كمال أوزتورك إن 2400 شخص أجلوا من منازلهم.', rule: 'event-place' },
  { sentence: 'وقال المتحدث باسم هيئة الكوارث والطوارئ في إسطنبول إن 2400 شخص أجلوا من منازلهم.', rule: 'event-place' },
  { sentence: 'وقال المتحدث باسم هيئة الكوارث والطوارئ كمال أوزتورك في إسطنبول إن 2400 شخص أجلوا من منازلهم.', rule: 'event-place' },
  { sentence: 'وقال المتحدث باسم هيئة الكوارث والطوارئ في أنقرة كمال أوزتورك إن 2400 شخص أجلوا من منازلهم.' },
  { sentence: 'وقال المتحدث باسم هيئة الكوارث والطوارئ في تركيا كمال أوزتورك إن 2400 شخص أجلوا من منازلهم.' },
  { sentence: 'Kemal Ozturk, a spokesman for the disaster and emergency authority in Istanbul, said 2,400 people had been evacuated.', rule: 'event-place', todo: 'an English draft of an Arabic article: the spokesman\'s sentence shares too little with the article\'s to fill its slot' },
];

for (const one of PROBES) probe(FIRE, one);
