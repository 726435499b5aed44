/**
 * Precision probes (session 31) over two invented articles on a reopened glassworks
 * (`glassworks31.ar.txt`, `glassworks31.en.txt`), drawn into fact bases.
 *
 * Who speaks a quotation when two people are named: a person set off by commas before a clause
 * that a conjunction opens with its own subject («محافظ الأنبار فراس النعيمي، فيما عقد الوزير
 * كريم الساعدي مؤتمراً صحفياً، قال فيه: …», "the governor, X, while the minister Y held a
 * briefing, where he said: …") is not the speaker of the verb after that clause. The quotation
 * given to its speaker by a plain speech verb stays judged.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const AR = 'glassworks31.ar.txt';
const EN = 'glassworks31.en.txt';

const SPEAKERS: RuleProbe[] = [
  // The quotation is the minister's, named after the conjunction; the governor named first is not its speaker.
  { file: AR, sentence: 'وحضر الافتتاح محافظ الأنبار فراس النعيمي، فيما عقد وزير الصناعة كريم الساعدي مؤتمراً صحفياً في مبنى المحافظة، قال فيه: "هذا المصنع كان رمزاً لمدينة كاملة تنتظر العودة إلى العمل".' },
  { file: AR, sentence: 'وحضر الافتتاح محافظ الأنبار فراس النعيمي، بينما عقد الوزير كريم الساعدي مؤتمراً صحفياً في مبنى المحافظة، قال فيه: "هذا المصنع كان رمزاً لمدينة كاملة تنتظر العودة إلى العمل".' },
  { file: EN, sentence: 'The opening was attended by the Anbar governor, Firas al-Nuaimi, while Industry Minister Karim al-Saadi held a press conference at the provincial headquarters, where he said: "This plant was the symbol of a whole city waiting to go back to work."' },
  // A quotation given to the wrong person by a plain speech verb stays flagged.
  { file: AR, sentence: 'وقال محافظ الأنبار فراس النعيمي: "هذا المصنع كان رمزاً لمدينة كاملة تنتظر العودة إلى العمل".', flagged: 'فراس النعيمي' },
  { file: EN, sentence: 'Firas al-Nuaimi said: "This plant was the symbol of a whole city waiting to go back to work."', flagged: 'Firas al-Nuaimi' },
  // A clause set off by commas that opens with a conjunction but names no one else keeps its subject.
  { file: EN, sentence: 'The Anbar governor, Firas al-Nuaimi, while touring the plant, said: "This plant was the symbol of a whole city waiting to go back to work."', flagged: 'Firas al-Nuaimi' },
];

for (const one of SPEAKERS) ruleProbe('quote-speaker', one);
