/**
 * A place a storm or a convoy moves towards ("moves inland towards Toowoomba", «نحو توومبا»,
 * «باتجاه توومبا»), probed by helper places28 before the change that reads it. "towards", «نحو» and
 * «باتجاه» were no locatives of direction, so a draft that moves the storm's heading to another town ("towards
 * Townsville" for Charters Towers, dev story en-weather) is compared with nothing. Article: an
 * invented cyclone that crossed the coast near Bundaberg and moves towards Toowoomba
 * (`storm-towards28.en.txt`). Traps: the right town in either language, and a town named in a
 * sentence that restates nothing of the article.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const STORM = 'storm-towards28.en.txt';

/** What a heading waits for. */
const TOWARDS = 'an Arabic draft of an English article: the sentence is aligned with no article sentence, so the slot of its heading is compared with none';

const PROBES: RuleProbe[] = [
  { file: STORM, sentence: 'Kerensa will weaken into a tropical low as it moves inland towards Townsville, the bureau said.', flagged: 'Townsville' },
  { file: STORM, sentence: 'وسيضعف الإعصار كيرنسا ليتحول إلى منخفض استوائي مع تقدمه نحو تاونزفيل.', flagged: 'تاونزفيل', todo: TOWARDS },
  { file: STORM, sentence: 'Kerensa will weaken into a tropical low as it moves inland towards Toowoomba, the bureau said.' },
  { file: STORM, sentence: 'وسيضعف الإعصار كيرنسا ليتحول إلى منخفض استوائي مع تقدمه نحو توومبا.' },
  { file: STORM, sentence: 'Residents of Townsville were told to stay indoors.' },
];

for (const one of PROBES) ruleProbe('event-place', one);
