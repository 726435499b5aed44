/**
 * Which words a wrong holder's finding flags (helper ties24): a title before a name that is
 * another person's post («أمين عام الوزارة X» where another holds that post) is a wrong title given
 * to the right person when the article sentence the draft sentence restates names that person (X's
 * own statement), and the right title given to the wrong person when it names the post's holder
 * (the holder's statement). Articles: a ministry's water tankers with its distribution director
 * and its secretary-general (`water-tankers.ar.txt`), and a ferry company's chief executive and
 * fleet director (`ferry-repairs.en.txt`), where a chief executive's title is flagged on the title
 * whoever's statement is restated.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const TANKERS = 'water-tankers.ar.txt';
const FERRY = 'ferry-repairs.en.txt';

const PROBES: RuleProbe[] = [
  // True titles.
  { file: TANKERS, sentence: 'وقال مدير التوزيع في الوزارة نبيل الشرمان إن كل صهريج ينقل 12 متراً مكعباً من المياه.' },
  { file: TANKERS, sentence: 'وقال أمين عام الوزارة سليم العدوان إن الوزارة ستصلح الخط الرئيسي قبل نهاية الشهر.' },
  // The director's own statement, given the secretary-general's title: the title is wrong.
  { file: TANKERS, sentence: 'وقال أمين عام الوزارة نبيل الشرمان إن كل صهريج ينقل 12 متراً مكعباً من المياه في الرحلة الواحدة.', flagged: 'أمين عام الوزارة' },
  // The secretary-general's statement, given the director's name: the name is wrong.
  { file: TANKERS, sentence: 'وقال أمين عام الوزارة نبيل الشرمان إن الوزارة ستصلح الخط الرئيسي قبل نهاية الشهر.', flagged: 'نبيل الشرمان' },
  // A chief executive's title given to the fleet director is flagged on the title.
  { file: FERRY, sentence: 'Chief executive Callum Rendall said both vessels would return to service within three weeks.', flagged: 'Chief executive' },
  { file: FERRY, sentence: "Callum Rendall, the company's chief executive, said both vessels would return to service within three weeks.", flagged: "the company's chief executive" },
  { file: FERRY, sentence: "The company's chief executive, Morag Flett, said the repairs would cost 2 million pounds." },
];

for (const one of PROBES) ruleProbe('post-holder', one);
