/**
 * Sentence probes across languages, written by helper xlang17 before the drawing changes they
 * test: Arabic sentences against the fact base drawn from an invented English Reuters story (Kenya's
 * electoral commission sets an election date, `kenya-election.en.txt`) and English sentences
 * against the one drawn from an invented Arabic wire story (a Qatari-announced Gaza ceasefire,
 * `doha-ceasefire.ar.txt`), both in tests/engine/fixtures/drawProbes, and Arabic sentences of an
 * earlier probe article (a shipyard strike at Port Harcourt, `shipyard.en.txt`). Wrong sentences change one
 * date, place, figure or name; true ones translate the article, with the names in the other
 * script's usual spellings (تيريزا for Teresa, Rosaline for روزالين), and must not be flagged.
 */
import { probe, type Probe } from './drawProbeChecks';

const KENYA: Probe[] = [
  // The commission's announcement, dated by the weekday: an English "announced" event read in Arabic.
  { sentence: 'أعلنت لجنة الانتخابات الكينية يوم الثلاثاء أن الانتخابات العامة المقبلة ستجرى في 10 أغسطس 2027.', rule: 'event-date', todo: 'a commission named by its kind alone is drawn as no organisation, so nothing backs the one-word trigger (an English draft is not flagged either)' },
  { sentence: 'أعلنت لجنة الانتخابات الكينية يوم الاثنين أن الانتخابات العامة المقبلة ستجرى في 10 أغسطس 2027.' },
  // The polling stations cut on Friday: the main verb stands far before its date.
  { sentence: 'وخفضت اللجنة يوم الخميس عدد مراكز الاقتراع في الخارج من 18 إلى 12.', rule: 'event-date' },
  { sentence: 'وخفضت اللجنة يوم الجمعة عدد مراكز الاقتراع في الخارج من 18 إلى 12.' },
  { sentence: 'The commission cut the number of polling stations abroad from 18 to 12 on Thursday.', rule: 'event-date' },
  { sentence: 'The commission cut the number of polling stations abroad from 18 to 12 on Friday.' },
  // Names in the Arabic press's spellings: an s written ز (تيريزا, روزانا) is the same name.
  { sentence: 'وقالت رئيسة اللجنة تيريزا أوينو إن تسجيل الناخبين سيبدأ في 12 يناير.' },
  { sentence: 'وقالت روزانا موانجي، المديرة الإقليمية للشركة، إنها لن تتقدم بعرض جديد.' },
  { sentence: 'وقالت رئيسة اللجنة تيريزا أوبيو إن تسجيل الناخبين سيبدأ في 12 يناير.', rule: 'name-spelling', todo: 'a changed letter in a short family name written in the other script' },
  // Figures with their scale words.
  { sentence: 'وقال وزير المالية جون مبادي إن الخزانة أفرجت حتى الآن عن 9 مليارات شلن.' },
];

const DOHA: Probe[] = [
  { sentence: "Qatar's foreign ministry announced on Thursday that mediators had reached a ceasefire deal for Gaza.", rule: 'event-date' },
  { sentence: "Qatar's foreign ministry announced on Wednesday that mediators had reached a ceasefire deal for Gaza." },
  { sentence: 'The Qatari foreign ministry said on Thursday that the truce would begin at noon on Friday.', rule: 'event-date', todo: 'a day after said is the statement\'s, and said is no word of the announcement (أعلنت)' },
  // The United Nations' appeal is not dated by the article: another weekday contradicts nothing.
  { sentence: 'The United Nations announced on Thursday that it needs $4 billion to fund relief operations next year.' },
  { sentence: 'The two sides signed the agreement in Cairo on Monday.', rule: 'event-date' },
  { sentence: 'The two sides signed the agreement in Cairo on Tuesday.' },
  { sentence: 'The two sides signed the agreement in Doha on Tuesday.', rule: 'event-place', todo: 'another city for a signing drawn from an Arabic sentence' },
  { sentence: 'The previous round of talks collapsed in March.' },
  { sentence: 'The previous round of talks collapsed in May.', rule: 'event-date', todo: 'an English month for an Arabic «مارس الماضي»' },
  // Names in English spellings: an Arabic ز read as s, غ as g.
  { sentence: 'Red Cross spokeswoman Rosaline Ferguson said its teams were ready to move detainees.' },
  { sentence: 'Foreign ministry spokesman Majed al-Ansari told a news conference in Doha that the first phase would last 42 days.' },
  { sentence: 'Foreign ministry spokesman Majed al-Ansari told a news conference in Doha that the first phase would last 24 days.', rule: 'quantity', todo: 'a duration whose drawn noun is Arabic only (الاتفاق)' },
  { sentence: 'About 1,900 Palestinian prisoners will be freed in exchange for 33 hostages.' },
  { sentence: 'About 1,900 Palestinian prisoners will be freed in exchange for 23 hostages.', rule: 'quantity' },
  { sentence: 'He said 400 aid trucks would enter the strip every day through the Rafah crossing.', rule: 'quantity' },
  { sentence: 'The United Nations said it needs $4 billion to fund relief operations next year.' },
  { sentence: 'The United Nations said it needs $3 billion to fund relief operations next year.', rule: 'quantity' },
];

/** The English shipyard strike of tests/engine/fixtures/drawProbes (a company named Atlantic Dock Services, with a chief executive). */
const SHIPYARD: Probe[] = [
  // The company's officer: a company, whatever the last word of its name (Services).
  { sentence: 'وقال تونده باكاري، الرئيس التنفيذي للشركة المالكة، إن الشركة لا تستطيع دفع أكثر من 12%.' },
  { sentence: 'وقال الرئيس التنفيذي لشركة أتلانتيك دوك سيرفيسز تونده باكاري إن الشركة لا تستطيع دفع أكثر من 12%.' },
  { sentence: "Tunde Bakare, the company's chief executive, said it could not afford more than 12%." },
  { sentence: 'وقال الرئيس التنفيذي لشركة بلو أوشن مارين تونده باكاري إن الشركة لا تستطيع دفع أكثر من 12%.', rule: 'post-holder' },
  { sentence: 'وقال تونده باكاري، الرئيس التنفيذي لهيئة الموانئ النيجيرية، إن الشركة لا تستطيع دفع أكثر من 12%.', rule: 'post-holder' },
];

/** An invented Norwegian cod quota cut (`cod-quota.en.txt`): another country doing the same thing on another day. */
const COD: Probe[] = [
  { sentence: 'وخفضت وزارة مصايد الأسماك النرويجية يوم الخميس حصة صيد سمك القد.', rule: 'event-date' },
  { sentence: 'وخفضت روسيا حصتها يوم الجمعة.' },
  { sentence: 'Russia cut its own quota on Friday.' },
  { sentence: 'Norway cut its cod quota on Friday.', rule: 'event-date' },
];

for (const item of SHIPYARD) probe('shipyard.en.txt', item);
for (const item of COD) probe('cod-quota.en.txt', item);
for (const item of KENYA) probe('kenya-election.en.txt', item);
for (const item of DOHA) probe('doha-ceasefire.ar.txt', item);
