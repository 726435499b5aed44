/**
 * Drawn recall on Arabic articles, probed by helper drawar25 before the changes that serve them.
 * Two kinds of figure an editor writes and drawing lost: a count of a noun the counted-noun table
 * lacked (312 حافلة, nearly 23,000 applicants: «متقدم»), and an area whose measure noun is followed
 * by an adjective before its figure («بمساحة إجمالية تبلغ 8 آلاف متر مربع»), which was read as a
 * bare length in metres. Invented articles: a school-transport plan in Oman's Dhofar (Arabic) and in
 * County Galway (English), with wrong figures that must be flagged and true ones that must not.
 * Then people lost with their posts: an Iraqi district's qaimmaqam («قائممقام تلعفر قاسم جواد», also
 * spelt قائمقام), a title the tables of posts lacked, and a director whose title's complement runs
 * through «في» to the government she works for before her name, found only once her given name
 * (سوزان) is in the lexicon: the complement is longer than the title's own reading takes, so a
 * name that opens with a given name the lexicon lacks is still lost there. Invented article: families returning
 * to Tal Afar (`returns-talafar.ar.txt`), where an MP's given name ليلى is also written Layla in English.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const DHOFAR = 'school-transport-dhofar.ar.txt';
const GALWAY = 'school-transport-galway.en.txt';

/**
 * What an English draft of the Arabic article waits for: its count is drawn with its English noun,
 * but the check compares none of this article's counts with an English sentence (84,000 pupils is
 * not flagged either), which is alignment across the two languages, not drawing.
 */
const ACROSS = 'an English sentence compared with the counts of this Arabic article (alignment across languages)';

const PROBES: RuleProbe[] = [
  // Buses counted: a wrong count is flagged, in either language; the true one is not.
  { file: DHOFAR, sentence: 'وسينقل الطلاب على متن 213 حافلة جديدة.', flagged: '213' },
  { file: DHOFAR, sentence: 'Pupils in Dhofar will travel on 213 new buses, the ministry said.', flagged: '213', todo: ACROSS },
  { file: DHOFAR, sentence: 'وسينقل الطلاب على متن 312 حافلة جديدة.' },
  { file: GALWAY, sentence: 'The pupils will travel on 221 buses.', flagged: '221' },
  { file: GALWAY, sentence: 'The pupils will travel on 212 buses.' },
  // A bus that qualifies another noun (bus drivers) is no count of buses.
  { file: GALWAY, sentence: 'The council hired 40 bus drivers.' },
  // Applicants counted.
  { file: DHOFAR, sentence: 'واختير السائقون من بين نحو 32 ألف متقدم.', flagged: '32 ألف' },
  { file: DHOFAR, sentence: 'The new drivers in Dhofar were chosen from about 32,000 applicants.', flagged: '32,000', todo: ACROSS },
  { file: DHOFAR, sentence: 'واختير السائقون من بين نحو 23 ألف متقدم.' },
  { file: GALWAY, sentence: 'The drivers were picked from some 4,900 applicants.', flagged: '4,900' },
  { file: GALWAY, sentence: 'The drivers were picked from some 9,400 applicants.' },
  // An area whose noun an adjective follows (بمساحة إجمالية تبلغ).
  { file: DHOFAR, sentence: 'وأقامت الوزارة مجمعاً للصيانة بمساحة 18 ألف متر مربع.', flagged: '18 ألف' },
  { file: DHOFAR, sentence: 'The depot covers 18,000 square metres.', flagged: '18,000' },
  { file: DHOFAR, sentence: 'وأقامت الوزارة مجمعاً للصيانة بمساحة 8 آلاف متر مربع.' },
  { file: GALWAY, sentence: 'The depot covers 5,600 square metres.', flagged: '5,600' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);

const TALAFAR = 'returns-talafar.ar.txt';

ruleProbe('post-holder', { file: TALAFAR, sentence: 'وقال وزير الهجرة قاسم جواد إن الإدارة أعادت تأهيل 210 منازل.', flagged: 'وزير الهجرة' });
ruleProbe('post-holder', { file: TALAFAR, sentence: 'وقال قائممقام تلعفر قاسم جواد إن الإدارة أعادت تأهيل 210 منازل.' });
ruleProbe('name-spelling', { file: TALAFAR, sentence: 'وأضاف قائمقام ربيعة صالح خلفي أن الطريق آمن.', flagged: 'صالح خلفي' });
ruleProbe('name-spelling', { file: TALAFAR, sentence: 'وأضاف قائمقام ربيعة صالح خلف أن الطريق آمن.' });
ruleProbe('name-spelling', { file: TALAFAR, sentence: 'وقالت مديرة مركز تنسيق الطوارئ سوزان ميخائل إن العودة ستستمر.', flagged: 'سوزان ميخائل' });
ruleProbe('name-spelling', { file: TALAFAR, sentence: 'وقالت مديرة مركز تنسيق الطوارئ سوزان ميخائيل إن العودة ستستمر.' });
ruleProbe('post-holder', { file: TALAFAR, sentence: 'وقالت وزيرة الهجرة سوزان ميخائيل إن العودة ستستمر.', flagged: 'وزيرة الهجرة' });

// A given name's spelling the English press uses (Layla for ليلى, beside Leila and Laila) is no misspelling.
ruleProbe('name-spelling', { file: TALAFAR, sentence: 'Layla Haddad, a Nineveh MP, criticised the pace of returns.' });
ruleProbe('name-spelling', { file: TALAFAR, sentence: 'Leila Haddad, a Nineveh MP, criticised the pace of returns.' });
ruleProbe('name-spelling', { file: TALAFAR, sentence: 'Layla Haddad said the road was still long.' });
