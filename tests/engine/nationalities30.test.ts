/**
 * A nationality after a title, or a country's possessive before it, names the post's country and
 * says nothing against the post: «وزير الزراعة الكيني», "Chile's Mining Minister", "the Chilean
 * mining minister". Nationalities the lexicon did not hold (Kenyan, Chilean) were read as words of
 * the title's portfolio, so a true draft got a wrong-post error against a drawn fact base. Two
 * invented articles (`copper-strike30.en.txt`, a Chilean minister; `tea-prices30.ar.txt`, a Kenyan
 * one; `fishing-ban30.en.txt`, a Sri Lankan fisheries minister, whom Arabic calls وزير الثروة السمكية) probe it; a wrong portfolio with the nationality must stay flagged.
 */
import { probe, ruleProbe, type RuleProbe } from './drawProbeChecks';

const EN = 'copper-strike30.en.txt';
const AR = 'tea-prices30.ar.txt';
const FISH = 'fishing-ban30.en.txt';

const POSTS: RuleProbe[] = [
  { file: EN, sentence: "Chile's Mining Minister Carolina Fuentes said the talks would open in Calama." },
  { file: EN, sentence: 'The Chilean mining minister, Carolina Fuentes, said the talks would open in Calama.' },
  { file: EN, sentence: 'وقالت وزيرة التعدين التشيلية كارولينا فوينتس إن المحادثات ستبدأ في كالاما.' },
  { file: AR, sentence: 'وقال وزير الزراعة الكيني موسى كيبيت إن الحكومة ستدعم مزارعي الشاي.' },
  { file: AR, sentence: 'Kenyan Agriculture Minister Musa Kibet said the government would support tea farmers.' },
  { file: AR, sentence: "Kenya's agriculture minister, Musa Kibet, said the government would support tea farmers." },
  // Arabic names fisheries by its fish wealth as often as by fishing (الثروة السمكية, الصيد البحري).
  { file: FISH, sentence: 'وقال وزير الثروة السمكية السريلانكي نيمال بيريرا إن البحر يحتاج إلى وقت.' },
  { file: FISH, sentence: 'وقال وزير الصيد البحري نيمال بيريرا إن البحر يحتاج إلى وقت.' },
  // A wrong portfolio beside a right nationality stays flagged.
  { file: FISH, sentence: 'وقال وزير الزراعة السريلانكي نيمال بيريرا إن البحر يحتاج إلى وقت.', flagged: 'الزراعة' },
  { file: EN, sentence: 'وقالت وزيرة الصحة التشيلية كارولينا فوينتس إن المحادثات ستبدأ في كالاما.', flagged: 'الصحة' },
  { file: AR, sentence: 'Kenyan Health Minister Musa Kibet said the government would support tea farmers.', flagged: 'Health' },
];

for (const one of POSTS) {
  if (one.flagged === undefined) probe(one.file, { sentence: one.sentence });
  else ruleProbe('post-holder', one);
}
