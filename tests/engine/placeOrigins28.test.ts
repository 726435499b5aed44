/**
 * The place someone or something comes from ("a farmer from Ajloun", «مزارع من عجلون»), probed by
 * helper places28 before the change that reads it. A draft that moves a person's or a body's origin
 * to another town of the same country ("a farmer from Jerash") restated an article sentence whose
 * slot of origin names another town, but a place after "from" or «من» was compared with nothing.
 * Article: an invented olive oil prize won by a farmer from Ajloun, with a cooperative from Madaba
 * as runner-up and a ceremony in Amman (`olive-prize28.en.txt`). Traps: the right town, the
 * governorate that contains it, the other origin of the story in its own sentence, and a place of
 * background after "from" that the article does not name, and a destination written without the
 * origin the article gives beside it.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const OLIVE = 'olive-prize28.en.txt';

/** What a place of origin waits for. */
const ORIGIN = 'an Arabic draft of an English article: the sentence «وفاز مزارع من جرش …» is aligned with no article sentence, so its slot of origin is compared with none';

const PROBES: RuleProbe[] = [
  // The origin moved to another town of the country.
  { file: OLIVE, sentence: 'A 74-year-old farmer from Jerash won Jordan\'s national olive oil prize on Tuesday.', flagged: 'Jerash' },
  { file: OLIVE, sentence: 'The runner-up, a women\'s cooperative from Jerash, pressed 9 tonnes of oil this season.', flagged: 'Jerash' },
  { file: OLIVE, sentence: 'وفاز مزارع من جرش يبلغ 74 عاماً بجائزة الأردن الوطنية لزيت الزيتون يوم الثلاثاء.', flagged: 'جرش', todo: ORIGIN },
  // The right towns, and the governorate that contains one.
  { file: OLIVE, sentence: 'A 74-year-old farmer from Ajloun won Jordan\'s national olive oil prize on Tuesday.' },
  { file: OLIVE, sentence: 'A 74-year-old farmer from Ajloun Governorate won Jordan\'s national olive oil prize on Tuesday.' },
  { file: OLIVE, sentence: 'The runner-up, a women\'s cooperative from Madaba, pressed 9 tonnes of oil this season.' },
  { file: OLIVE, sentence: 'وفاز مزارع من عجلون يبلغ 74 عاماً بجائزة الأردن الوطنية لزيت الزيتون يوم الثلاثاء.' },
  // A place of background the article does not name, after "from".
  { file: OLIVE, sentence: 'Obeidat, who moved to Ajloun from Irbid in 1990, said the harvest had been the best in a decade.' },
  // A destination where the article names an origin and a destination, the draft the destination alone.
  { file: OLIVE, sentence: 'The cooperative\'s oil will be shipped to Dubai next month for a trade fair.' },
  { file: OLIVE, sentence: 'The cooperative\'s oil will be shipped from Aqaba to Dubai next month for a trade fair.' },
  { file: OLIVE, sentence: 'The prize of 5,000 dinars was handed over at a ceremony in Amman attended by visitors from Jerash.' },
];

for (const one of PROBES) ruleProbe('event-place', one);
