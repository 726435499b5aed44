/**
 * Dates of the last of a series told with its noun left out, probed by helper dates24 before the
 * change that serves them: "the first turbine was connected on 28 August, and the last on 2
 * November", «أقلعت أول رحلة في 10 مايو، وآخرها في 21 منه». The date after "the last" (or
 * «وآخرها») is the date of the last of the things the first was counted among, not of the
 * first's verb, and a writer who gives it wrong should be told. Traps: the last of something the
 * article does not date (the last tram carried passengers), the last with its own noun, and the
 * first of the pair. Two invented articles, one in each language, of new trams delivered to an
 * invented light railway in an invented town (`tram-deliveries.en.txt`, `tram-deliveries.ar.txt`);
 * each probe is checked against the fact base drawn from its article.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const EN = 'tram-deliveries.en.txt';
const AR = 'tram-deliveries.ar.txt';

/** What the first's wrong day waits for: drawing gives the first's event no trigger ("was delivered to the Kellen depot on 3 March"), and a sentence that restates an article sentence of two dated events is not tied to either by alignment alone. */
const FIRST_UNTRIGGERED = 'the drawn event of the first of the series has no trigger, and alignment alone does not tie a date of a sentence of two dated events';

const PROBES: RuleProbe[] = [
  // True restatements of the series.
  { file: EN, sentence: 'The first tram was delivered to the Kellen depot on 3 March and the last on 28 April.' },
  { file: EN, sentence: 'The first of the twelve trams reached the Kellen depot on 3 March, and the last on 28 April.' },
  { file: AR, sentence: 'ووصل أول قطار إلى مستودع كيلن في 3 مارس/آذار، وآخرها في 28 أبريل/نيسان.' },
  { file: AR, sentence: 'وصل أول القطارات الجديدة إلى مستودع كيلن في 3 مارس/آذار، وآخرها في 28 أبريل/نيسان.' },
  // The last's date wrong (the rule flags the part that is wrong: the day, the month).
  { file: EN, sentence: 'The first tram was delivered to the Kellen depot on 3 March and the last on 26 April.', flagged: '26' },
  { file: EN, sentence: 'The first of the twelve trams reached the Kellen depot on 3 March, and the last on 28 May.', flagged: 'May' },
  { file: AR, sentence: 'ووصل أول قطار إلى مستودع كيلن في 3 مارس/آذار، وآخرها في 26 أبريل/نيسان.', flagged: '26' },
  // The first's date wrong, the last's right: only the first is flagged.
  { file: EN, sentence: 'The first tram was delivered to the Kellen depot on 5 March and the last on 28 April.', flagged: '5', todo: FIRST_UNTRIGGERED },
  // Traps: the last of what the article does not date, and a last with its own noun.
  { file: EN, sentence: 'The first tram carried passengers on 11 April, and the last on 2 May.' },
  { file: EN, sentence: 'The first tram was delivered to the Kellen depot on 3 March, and the last bus of the old fleet ran on 26 April.' },
  { file: AR, sentence: 'ونقل أول القطارات الجديدة الركاب في 11 أبريل/نيسان، وآخرها في 2 مايو/أيار.' },
];

for (const one of PROBES) ruleProbe('event-date', one);
