/**
 * A place a storm or a convoy moves towards ("moves inland towards Toowoomba", «نحو توومبا»,
 * «باتجاه توومبا»), probed by helper places28; not read yet. "towards", «نحو» and «باتجاه» are no
 * locatives of direction, so a draft that moves the storm's heading to another town ("towards
 * Townsville" for Charters Towers, dev story en-weather) is compared with nothing. Article: an
 * invented cyclone that crossed the coast near Bundaberg and moves towards Toowoomba
 * (`storm-towards28.en.txt`). Traps: the right town in either language, and a town named in a
 * sentence that restates nothing of the article.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const STORM = 'storm-towards28.en.txt';

/** What a heading waits for. */
const TOWARDS = '"towards", «نحو» and «باتجاه» are not read as locatives of direction (align.ts SLOT_LOCATIVES, eventPlace LOCATIVES); «نحو» is also "about" before a figure';

const PROBES: RuleProbe[] = [
  { file: STORM, sentence: 'Kerensa will weaken into a tropical low as it moves inland towards Townsville, the bureau said.', flagged: 'Townsville', todo: TOWARDS },
  { file: STORM, sentence: 'وسيضعف الإعصار كيرنسا ليتحول إلى منخفض استوائي مع تقدمه نحو تاونزفيل.', flagged: 'تاونزفيل', todo: TOWARDS },
  { file: STORM, sentence: 'Kerensa will weaken into a tropical low as it moves inland towards Toowoomba, the bureau said.' },
  { file: STORM, sentence: 'وسيضعف الإعصار كيرنسا ليتحول إلى منخفض استوائي مع تقدمه نحو توومبا.' },
  { file: STORM, sentence: 'Residents of Townsville were told to stay indoors.' },
];

for (const one of PROBES) ruleProbe('event-place', one);
