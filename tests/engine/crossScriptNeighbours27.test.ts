/**
 * Places written in Arabic by an Arabic draft of an English article, with no noun of a place
 * before them, probed by helper places27 before the change that reads them. Two faults: a place
 * the fact base names in Latin letters only, written after a preposition («وصلت فرق الإغاثة إلى
 * مبيريكو»), named no place; and a neighbouring town the gazetteer knows in Latin letters only,
 * put for the article's own («مسار للدراجات إلى ليبرتون» where the article's path goes to
 * Cramond, a district of the same city), named no place either, so the slip went unflagged.
 * Articles: `buses-edinburgh.en.txt` (a cycle path to Cramond, a bus to Haddington in East
 * Lothian) and `floods-kilombero.en.txt` (floods in the Mbiriko and Malolo districts).
 * Traps: the article's own place, a true second place of the story, a region that contains the
 * article's town, a neighbouring place in a quote, and Arabic words with a place's consonants
 * but not its written vowels («مباركة», «كل»).
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const BUSES = 'buses-edinburgh.en.txt';
const FLOODS = 'floods-kilombero.en.txt';

/**
 * What the slot of a cross-language restatement waits for: the neighbour is read now, but the
 * Arabic sentence is not tied to the event the drawn fact base makes of the article's sentence.
 */
const NEIGHBOUR = 'an Arabic restatement of a drawn event of an English article is not tied to the event by its slot';

/** What a fact-base place of two consonants only after a preposition waits for. */
const SHORT = 'a Latin-only place of the fact base with two consonants only is read after a preposition only when it is a gazetteer neighbour';

const NEIGHBOURS: (RuleProbe & { rule?: string })[] = [
  // A neighbouring district of the same city put for the article's Cramond.
  { file: BUSES, sentence: 'وافق المجلس على إنفاق 3.1 مليون جنيه على مسار للدراجات إلى ليبرتون.', flagged: 'ليبرتون', todo: NEIGHBOUR },
  { file: BUSES, sentence: 'وافق المجلس على إنفاق 3.1 مليون جنيه على مسار للدراجات إلى منطقة ليبرتون.', flagged: 'ليبرتون', todo: NEIGHBOUR },
  // A neighbouring district put inside another council area of the region.
  { file: BUSES, sentence: 'وسيمتد مسار الدراجات إلى ليبرتون في إيست لوثيان.', flagged: 'إيست لوثيان', rule: 'place-containment' },
  // The English restatement, read already.
  { file: BUSES, sentence: 'The council agreed to spend £3.1 million on a cycle path to Liberton.', flagged: 'Liberton' },
  // The article's own place, its city, a true second place of the story.
  { file: BUSES, sentence: 'وافق المجلس على إنفاق 3.1 مليون جنيه على مسار للدراجات إلى كراموند.' },
  { file: BUSES, sentence: 'وافق مجلس مدينة إدنبرة على إنفاق 3.1 مليون جنيه على مسار للدراجات.' },
  { file: BUSES, sentence: 'وسيبقى الباص رقم 17 إلى هادينغتون يعمل كل 20 دقيقة.' },
  // A neighbouring place in a quote is the speaker's, not the article's slot.
  { file: BUSES, sentence: 'وقالت ستراكان: «نأمل أن يصل المسار يوماً إلى ليبرتون».' },
];

for (const { rule, ...one } of NEIGHBOURS) ruleProbe(rule ?? 'event-place', one);

const AFTER_PREPOSITION: RuleProbe[] = [
  // A fact-base place in Latin letters only, written in Arabic after a preposition, put inside the wrong region.
  { file: FLOODS, sentence: 'ووصلت فرق الإغاثة إلى مبيريكو في إقليم دودوما يوم الأحد.', flagged: 'إقليم دودوما' },
  // A fact-base place of two consonants only after a preposition is not read: the held-out guard
  // showed such a reading raise a false alarm (an Arabic word of the same consonants and vowels).
  { file: FLOODS, sentence: 'وغادرت 600 أسرة منازلها في مالولو بإقليم دودوما.', flagged: 'إقليم دودوما', todo: SHORT },
  // The true region.
  { file: FLOODS, sentence: 'ووصلت فرق الإغاثة إلى مبيريكو في إقليم موروغورو يوم الأحد.' },
  // Arabic words with a place's consonants but not its written vowels, after a preposition.
  { file: FLOODS, sentence: 'وتحدث الحاكم عن مباركة الحكومة للخطة في إقليم دودوما.' },
  { file: FLOODS, sentence: 'ووصلت المساعدات إلى كل القرى في إقليم دودوما.' },
];

for (const one of AFTER_PREPOSITION) ruleProbe('place-containment', one);
