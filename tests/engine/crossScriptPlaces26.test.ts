/**
 * Places a fact base names in Latin letters only, written in Arabic by an Arabic draft of an
 * English article, probed by helper occasions26 before the change that reads them. An editor's or
 * a drawn fact base of an English article names its local places in English only (a district, a
 * village), so an Arabic draft's «منطقة مبيريكو» named no place and its container went unchecked.
 * Article: floods in an invented district of Tanzania's Morogoro region (`floods-kilombero.en.txt`).
 * Traps: an Arabic word whose consonants are a place's but that no place noun introduces
 * («بمباركة», the consonants of Mbiriko), which must name no place.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const FLOODS = 'floods-kilombero.en.txt';

/** What a place named in Arabic without a place noun before it waits for. */
const BARE_NAME = 'a Latin-only place written in Arabic is read only after a place noun (منطقة, بلدة, قرية …), since a bare word of few consonants is often an Arabic word';

const PROBES: RuleProbe[] = [
  // A district named in Arabic after its unit noun, put inside the wrong region.
  { file: FLOODS, sentence: 'اجتاحت الفيضانات منطقة مبيريكو بإقليم دودوما يوم الأحد.', flagged: 'إقليم دودوما' },
  { file: FLOODS, sentence: 'واجتاحت الفيضانات يوم الأحد منطقة مبيريكو في إقليم دودوما.', flagged: 'إقليم دودوما' },
  // The English restatement, read already.
  { file: FLOODS, sentence: 'Floods swept through the Mbiriko district of Dodoma region on Sunday.', flagged: 'Dodoma region' },
  // True restatements.
  { file: FLOODS, sentence: 'اجتاحت الفيضانات منطقة مبيريكو بإقليم موروغورو يوم الأحد.' },
  { file: FLOODS, sentence: 'اجتاحت الفيضانات منطقة مبيريكو في تنزانيا يوم الأحد.' },
  // An Arabic word with a place's consonants and no place noun before it is no place.
  { file: FLOODS, sentence: 'وحظيت خطة الإغاثة بمباركة حاكم إقليم دودوما.' },
  { file: FLOODS, sentence: 'وقالت الحكومة إن مباركة في إقليم دودوما لم تتضرر.' },
  // A place named without its unit noun.
  { file: FLOODS, sentence: 'اجتاحت الفيضانات مبيريكو في إقليم دودوما يوم الأحد.', flagged: 'إقليم دودوما', todo: BARE_NAME },
];

for (const one of PROBES) ruleProbe('place-containment', one);

const DUAL_PROBES: RuleProbe[] = [
  // Two districts after a dual, the second of two consonants only, put inside the wrong region.
  { file: FLOODS, sentence: 'غمرت الفيضانات منطقتي مبيريكو ومالولو بإقليم دودوما.', flagged: 'إقليم دودوما' },
  { file: FLOODS, sentence: 'غمرت الفيضانات منطقتي مبيريكو ومالولو بإقليم موروغورو.' },
  // A name of two consonants alone after a singular noun is not read: «منطقة كل» is no place.
  { file: FLOODS, sentence: 'وغمرت المياه منطقة كل من القريتين في إقليم دودوما.' },
];

for (const one of DUAL_PROBES) ruleProbe('place-containment', one);
