/**
 * False alarms of drawn fact bases in posts and names, probed by helper drawnp30 before the changes
 * that fix them. Two invented articles: an English one (`harbour-walls30.en.txt`: a transport
 * secretary after a country's possessive, a health secretary in apposition after his name, a
 * finance secretary, and ministers and secretaries of portfolios that the table does not hold, named
 * after another person and "and") and an Arabic one (`canal-works30.ar.txt`: a minister and a director whose
 * family names are relative adjectives of three radicals, الحسني and الكتبي, which English copy
 * writes with a short vowel between the last two radicals or without one: Hasani or Hasni).
 * True drafts must get nothing; wrong posts and wrong names must stay flagged.
 */
import { probe, ruleProbe, type RuleProbe } from './drawProbeChecks';

const EN = 'harbour-walls30.en.txt';
const AR = 'canal-works30.ar.txt';

const POSTS: RuleProbe[] = [
  // A secretary's portfolio written in lower case before the head belongs to the title, as a minister's does.
  { file: EN, sentence: 'Graham Pollock, the health secretary, said the hospital would stay open.' },
  { file: EN, sentence: 'Health Secretary Graham Pollock said the hospital would stay open.' },
  { file: EN, sentence: 'Transport Secretary Moira Dunleavy said the walls would be rebuilt.' },
  { file: EN, sentence: "Moira Dunleavy, Scotland's transport secretary, said the walls would be rebuilt." },
  // An Arabic draft names a secretary of a portfolio as that portfolio's minister.
  { file: EN, sentence: 'وقال وزير الصحة غراهام بولوك إن المستشفى سيبقى مفتوحاً.' },
  { file: EN, sentence: 'وقالت وزيرة النقل مويرا دنليفي إن الجدران ستبنى من جديد.' },
  // A portfolio not in the table, written in lower case after a name and "and", opens the next person's title.
  { file: EN, sentence: 'Rural Affairs Secretary Fiona Baxter attended the briefing.' },
  { file: EN, sentence: 'Net Zero Minister Iain Munro attended the briefing.' },
  // Wrong portfolios, which must stay flagged.
  { file: EN, sentence: 'Rural Affairs Secretary Alan Reid attended the briefing.', flagged: 'Rural' },
  { file: EN, sentence: 'Net Zero Minister Colin Tait attended the briefing.', flagged: 'Net Zero' },
  { file: EN, sentence: 'Fisheries Minister Iain Munro attended the briefing.', flagged: 'Fisheries' },
  { file: EN, sentence: 'Education Secretary Fiona Baxter attended the briefing.', flagged: 'Education' },
  { file: EN, sentence: 'Health Secretary Moira Dunleavy said the walls would be rebuilt.', flagged: 'Health' },
  { file: EN, sentence: 'Transport Secretary Graham Pollock said the hospital would stay open.', flagged: 'Transport' },
  { file: EN, sentence: 'Finance Secretary Graham Pollock said the hospital would stay open.', flagged: 'Finance' },
  { file: EN, sentence: 'وقال وزير النقل غراهام بولوك إن المستشفى سيبقى مفتوحاً.', flagged: 'النقل' },
];

const NAMES: RuleProbe[] = [
  // A three-radical relative adjective written with the short vowel between its last two radicals.
  { file: AR, sentence: 'Agriculture Minister Houda El Hasani said work had begun on the canal.' },
  { file: AR, sentence: 'The agriculture minister, Houda El Hasani, said work had begun.' },
  // Wrong names, which must stay flagged.
  { file: AR, sentence: 'Agriculture Minister Houda el-Hasabi said work had begun on the canal.', flagged: 'Houda el-Hasabi' },
  { file: AR, sentence: 'Agriculture Minister Houda Hamdani said work had begun on the canal.', flagged: 'Houda Hamdani' },
];

/** A true restatement gets no finding of any rule; a wrong one gets exactly its rule's findings on the words named. */
function check(ruleId: string, one: RuleProbe): void {
  if (one.flagged === undefined) probe(one.file, { sentence: one.sentence });
  else ruleProbe(ruleId, one);
}

for (const one of POSTS) check('post-holder', one);
for (const one of NAMES) check('name-spelling', one);
