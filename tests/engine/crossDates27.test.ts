/**
 * A single date of a draft sentence in the other language than its article, probed by helper
 * xdates27 before the change that serves it. Such a sentence names its event by no trigger of the
 * article's language and often by no name of the fact base in its script, so it is aligned with no
 * article sentence; its date may still be the article's date of one event with one part slipped
 * (the day, the month or the year), in a sentence that says that event's words in the other
 * language (began, connected, signed: concepts of `lexicon/concepts.ts`).
 * Articles invented here: a cable car opened in the Brenna Valley (`cable-car.en.txt`) and a
 * desalination station opened in al-Zuhairiya (`water-plant.ar.txt`). Traps: the true dates, two
 * true dates of two events in one sentence, a date of another thing with one part of an event's
 * date slipped, a date in a quote, a background year, a planned date.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const CABLE = 'cable-car.en.txt';
const WATER = 'water-plant.ar.txt';

/** What a date waits for when two article sentences come as near to its sentence. */
const TIED = 'the sentence of the first test run shares as many concepts (test, line) as the range\'s own: which one it restates is not known';

const PROBES: RuleProbe[] = [
  // An Arabic draft of the English article: a year slipped, a day slipped, a month slipped.
  { file: CABLE, sentence: 'وبدأ بناء الخط في سبتمبر/أيلول 2022.', flagged: '2022' },
  { file: CABLE, sentence: 'ورُبط الخط بشبكة الكهرباء الإقليمية في 12 أغسطس/آب.', flagged: '12' },
  { file: CABLE, sentence: 'وأُجريت أول رحلة تجريبية على الخط في 2 نوفمبر/تشرين الثاني.', flagged: 'نوفمبر/تشرين الثاني' },
  // Its traps: the true dates, alone and two in one sentence.
  { file: CABLE, sentence: 'وبدأ بناء الخط في سبتمبر/أيلول 2023.' },
  { file: CABLE, sentence: 'ورُبط الخط بشبكة الكهرباء الإقليمية في 21 أغسطس/آب.' },
  { file: CABLE, sentence: 'وبدأ بناء الخط في سبتمبر/أيلول 2023، وفُكّك المصعد القديم في 2024.' },
  // A date of another thing, one part away from an event's date, in a sentence that shares little with its sentence.
  { file: CABLE, sentence: 'وزار وفد من البلدية موقع الخط في سبتمبر/أيلول 2022.' },
  // A date in a quote, a background year and a planned date of another thing.
  { file: CABLE, sentence: 'وقالت لوندكفيست: «بدأنا بناء الخط في سبتمبر/أيلول 2022».' },
  { file: CABLE, sentence: 'وبُني أول مصعد في الوادي عام 1962.' },
  { file: CABLE, sentence: 'وتعتزم الهيئة بدء بناء خط ثانٍ في سبتمبر/أيلول 2027.' },
  // A range to come, its month slipped, and its trap, the true range.
  { file: CABLE, sentence: 'وستُجرى رحلات تجريبية ليلية على الخط بين 14 و20 يناير/كانون الثاني.', flagged: 'يناير/كانون الثاني', todo: TIED },
  { file: CABLE, sentence: 'وستُجرى رحلات تجريبية ليلية على الخط بين 14 و20 ديسمبر/كانون الأول.' },
  // A past date in a clause of the future is no slip of a past event's date.
  { file: CABLE, sentence: 'وقالت الهيئة إنها ستكرّم عمّال الخط الذين بدأوا البناء في سبتمبر/أيلول 2022.' },
  // An English draft of the Arabic article.
  { file: WATER, sentence: 'Construction of the station began in February 2023.', flagged: '2023' },
  { file: WATER, sentence: 'The operating contract with Gulf Water was signed on 17 May 2025.', flagged: 'May' },
  { file: WATER, sentence: 'The station was connected to the national water grid on 29 September.', flagged: '29' },
  // Its traps.
  { file: WATER, sentence: 'Construction of the station began in February 2024.' },
  { file: WATER, sentence: 'The station was connected to the national water grid on 28 September.' },
  { file: WATER, sentence: 'The minister toured the offices of Gulf Water on 17 May 2025.' },
  { file: WATER, sentence: 'Project manager Nabil al-Sawafi said: "We began building the station in February 2023."' },
  { file: WATER, sentence: 'The province\'s first desalination station was built in 1998.' },
  { file: WATER, sentence: 'The ministry plans to begin building a third station in February 2027.' },
];

for (const probe of PROBES) ruleProbe('event-date', probe);
