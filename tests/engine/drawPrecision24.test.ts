/**
 * False alarms of drawn fact bases in names and posts, probed by helper draw24 before the changes
 * that fix them. Two invented articles about a quarry collapse: an English one
 * (`quarry-inquiry.en.txt`: a geologist named Ivo, a regional minister, an acting minister, an inspector whose family name
 * is short, two people who share a family name, a former minister) and an Arabic one
 * (`quarry-inquiry.ar.txt`: ministers, a minister of endowments, a foreign spokesman, two people who
 * share a family name, a former minister). An Arabic draft of the English story writes the names as
 * the Arabic press does (لايل, برايس for Lyle and Pryce, whose i sound is written اي) and the title's
 * scope word in Arabic (وزير العمل الإقليمي, وزير النقل بالإنابة); an Arabic draft of the Arabic
 * story writes a foreign name's hard g as ج where the article writes غ; an English draft of the Arabic
 * story writes the Awqaf Minister, as English copy in the region does; an Arabic draft names in Arabic
 * a body the English article names only in English. Each with errors that must stay flagged.
 */
import { ruleProbe, type RuleProbe } from './drawProbeChecks';

const EN = 'quarry-inquiry.en.txt';
const AR = 'quarry-inquiry.ar.txt';

/** What the probes still wait for. */
const UNNAMED = 'a post of a body drawn with no Arabic name is asserted in Arabic too (marking such a body unsure cost en-ferry drawn recall)';
const OPEN_I = "a given name's opening i in an open syllable is drawn as إ alone (Ivo, إفو), and its one consonant is too few to compare by consonants";

const NAMES: RuleProbe[] = [
  // The i sound of a short family name (Lyle, Pryce) is written اي in Arabic.
  { file: EN, sentence: 'وقال كبير مفتشي المناجم أوين لايل إن 31 موظفاً نقلوا إلى مواقع أخرى.' },
  { file: EN, sentence: 'وقال وزير العمل كايل برايس إن التحقيق سيقدم تقريره بحلول مارس.' },
  { file: EN, sentence: 'وقال وزير النقل كلايف دنمور إن الشاحنات الثقيلة ستُمنع من طريق المحجر.' },
  // A given name opening with i before one consonant and a vowel, whose i Arabic writes إي (Ivo, إيفو).
  { file: EN, sentence: 'وقال مدير السلامة إيفو بينينغ إن الواجهة الشمالية للمحجر أظهرت تشققات منذ أشهر.', todo: OPEN_I },
  { file: EN, sentence: 'وقال مدير السلامة إيفو بيننك إن الواجهة الشمالية للمحجر أظهرت تشققات منذ أشهر.', flagged: 'إيفو بيننك', todo: OPEN_I },
  // A foreign name an Arabic article writes with غ for a hard g, written with ج by other papers.
  { file: AR, sentence: 'وقال المتحدث باسم منظمة العمل الدولية غريغ هولمبرج إن المنظمة ستقدم دعماً فنياً.' },
  { file: AR, sentence: 'وقال المتحدث باسم منظمة العمل الدولية جريج هولمبرغ إن المنظمة ستقدم دعماً فنياً.' },
  { file: AR, sentence: 'وقال هولمبرج إن المنظمة ستقدم دعماً فنياً للجنة.' },
  // Wrong names, which must stay flagged.
  { file: AR, sentence: 'وقال المتحدث باسم منظمة العمل الدولية غريغ هولمبرد إن المنظمة ستقدم دعماً فنياً.', flagged: 'غريغ هولمبرد' },
  { file: EN, sentence: 'وقال كبير مفتشي المناجم أوين لاين إن 31 موظفاً نقلوا إلى مواقع أخرى.', flagged: 'أوين لاين' },
  { file: EN, sentence: 'وقال وزير العمل كايل برينس إن التحقيق سيقدم تقريره بحلول مارس.', flagged: 'كايل برينس' },
];

const POSTS: RuleProbe[] = [
  // The scope of an English title, written in Arabic.
  { file: EN, sentence: 'وقال وزير العمل الإقليمي كايل برايس إن التحقيق سيقدم تقريره بحلول مارس.' },
  { file: EN, sentence: 'وقال وزير النقل بالإنابة كلايف دنمور إن الشاحنات الثقيلة ستُمنع من طريق المحجر.' },
  { file: EN, sentence: 'Acting Transport Minister Clive Dunmore said lorries would be kept off the road.' },
  // The English name of the endowments portfolio that copy in the region uses.
  { file: AR, sentence: 'Awqaf Minister Hamdi al-Tarawneh said mosques would hold prayers for the workers on Friday.' },
  { file: AR, sentence: 'Endowments Minister Hamdi al-Tarawneh said mosques would hold prayers for the workers on Friday.' },
  { file: AR, sentence: 'Minister of Awqaf Hamdi al-Tarawneh said mosques would hold prayers for the workers on Friday.' },
  // A body the article names only in English, named in Arabic by the draft.
  { file: EN, sentence: 'وقال كولن مارش، مستشار نقابة عمال المحاجر، إن الموقع يجب أن يغلق.', todo: UNNAMED },
  { file: EN, sentence: 'Colin Marsh, an adviser to the Quarry Workers Union, called for the site to be closed.' },
  // Wrong posts, which must stay flagged.
  { file: EN, sentence: 'Dana Whitlock, an adviser to the Quarry Workers Union, called for the site to be closed.', flagged: 'adviser to the Quarry Workers Union' },
  { file: EN, sentence: 'وقال وزير الصحة الإقليمي كايل برايس إن التحقيق سيقدم تقريره بحلول مارس.', flagged: 'الصحة' },
  { file: EN, sentence: 'وقال وزير الصحة بالإنابة كلايف دنمور إن الشاحنات الثقيلة ستُمنع من طريق المحجر.', flagged: 'الصحة' },
  { file: AR, sentence: 'Health Minister Hamdi al-Tarawneh said mosques would hold prayers for the workers on Friday.', flagged: 'Health' },
  { file: AR, sentence: 'Awqaf Minister Mazen al-Sarayra said the inquiry would report by March.', flagged: 'Awqaf' },
];

for (const one of NAMES) ruleProbe('name-spelling', one);
for (const one of POSTS) ruleProbe('post-holder', one);
