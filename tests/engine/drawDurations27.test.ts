/**
 * Durations of an English article, probed by helper drawen27 before the changes that serve them:
 * the journey a verb of taking measures when its route names towns the gazetteer does not know
 * (the coach journey from Lodwar to Kitale takes about 11 hours), which drawing tied to the word
 * before the verb ("Kitale") and so drew as unsure; a hedge between the journey and its duration
 * in a draft (takes about 15 hours), which put the figure past the words the check reads after the
 * noun; and a verb of lasting after a modal (will last four months), whose subject drawing read as
 * the modal "will", so that any draft's "will" with a duration was compared with it. Invented
 * article: a coach line between Lodwar and Kitale in Kenya (`coach-line-lodwar.en.txt`); its
 * people and figures are invented.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const LODWAR = 'coach-line-lodwar.en.txt';

const PROBES: RuleProbe[] = [
  // The journey a verb of taking measures, past a route of towns: a wrong duration is flagged, in either language; the true one is not.
  { file: LODWAR, sentence: 'The coach journey from Lodwar to Kitale takes about 15 hours, the ministry said.', flagged: '15 hours' },
  { file: LODWAR, sentence: 'The journey from Lodwar to Kitale takes 15 hours.', flagged: '15 hours' },
  { file: LODWAR, sentence: 'The coach journey from Lodwar to Kitale takes about 11 hours, the ministry said.' },
  { file: LODWAR, sentence: 'وتستغرق الرحلة بالحافلة من لودوار إلى كيتالي نحو 15 ساعة.', flagged: '15 ساعة' },
  // A hedge is passed over between the journey and its figure, but no further words: a stop's length is not the journey's.
  { file: LODWAR, sentence: 'The coach journey from Lodwar to Kitale now includes a rest stop of about 2 hours.', todo: 'the check: the one figure of the unit in a sentence that restates the journey\'s own is tied to the journey, whatever noun stands nearer it (a stop)' },
  { file: LODWAR, sentence: 'وتتضمن الرحلة من لودوار إلى كيتالي توقفاً للاستراحة مدته نحو ساعتين.' },
  { file: LODWAR, sentence: 'وتستغرق الرحلة بالحافلة من لودوار إلى كيتالي نحو 11 ساعة.' },
  // What lasts after a modal is the subject before the modal, not the modal.
  { file: LODWAR, sentence: 'Work to widen the Lodwar terminal will last seven months.', flagged: 'seven months' },
  { file: LODWAR, sentence: 'Work to widen the Lodwar terminal will last four months.' },
  // Near misses: other durations with a modal or at a town are not the article's.
  { file: LODWAR, sentence: 'Drivers will rest for two months a year.' },
  { file: LODWAR, sentence: 'The coaches will stop in Kitale for two hours.' },
  { file: LODWAR, sentence: 'The ministry said the service will run for 18 months as a trial.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
