/**
 * A place swapped in a list of places, probed by helper places27 before the change that reads it:
 * a draft sentence that lists three places or more, all the article's but one, where the article
 * lists the others beside one more («من فاس ومكناس ووجدة»), put the one for that place ("leaving
 * from Fez, Meknes and Agadir"). No trigger word or shared wording ties it, so it went unflagged,
 * in the article's language and across languages.
 * Article: a travelling book caravan (`book-caravan27.ar.txt`, invented).
 * Traps: the article's own list, a list with a place the article names elsewhere (its last stop),
 * a list of two places, the country that holds the list, and a list in a quote.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const CARAVAN = 'book-caravan27.ar.txt';

const PROBES: RuleProbe[] = [
  { file: CARAVAN, sentence: 'ستنطلق قافلة الكتاب المتنقلة بين 4 و20 يناير من فاس ومكناس وأكادير.', flagged: 'أكادير' },
  { file: CARAVAN, sentence: 'The travelling book caravan will leave from Fez, Meknes and Agadir between 4 and 20 January.', flagged: 'Agadir' },
  { file: CARAVAN, sentence: 'ستنطلق القافلة من فاس وأكادير ووجدة وعلى متنها 12 ألف كتاب.', flagged: 'أكادير' },
  // The article's own list, in either language.
  { file: CARAVAN, sentence: 'ستنطلق قافلة الكتاب المتنقلة بين 4 و20 يناير من فاس ومكناس ووجدة.' },
  { file: CARAVAN, sentence: 'The caravan will leave from Fez, Meknes and Oujda.' },
  // A place the article names elsewhere in the story (the last stop).
  { file: CARAVAN, sentence: 'ستزور القافلة فاس ومكناس وطنجة.' },
  // A list of two places is too short to tell a swap.
  { file: CARAVAN, sentence: 'ستنطلق القافلة من فاس وأكادير.' },
  // The country that holds the list.
  { file: CARAVAN, sentence: 'ستنطلق القافلة من فاس ومكناس ووجدة في المغرب.' },
  // A list in a quote is the speaker's.
  { file: CARAVAN, sentence: 'وقال بنعلي: «نحلم بأن تنطلق القافلة يوماً من فاس ومكناس وأكادير».' },
];

for (const one of PROBES) ruleProbe('event-place', one);
