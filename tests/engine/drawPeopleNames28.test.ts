/**
 * Posts and names of drawn fact bases restated as writers restate them, probed by helper
 * drawprec28: an invented story (an olive harvest in the Samreen valley) told once in Arabic
 * (`orchard28.ar.txt`) and once in English (`orchard28.en.txt`), with a minister, a director of a
 * directorate, a chairman of an association, a mayor, a spokeswoman, a former minister, a foreign
 * expert and a governor. Drafts in both languages restate each post and name truly (a compound
 * given name written joined, «عبدالله» for «عبد الله»; an Arab name of an English article in the
 * Arabic letters its bearers use, which drawing can only guess) and must get no error; wrong posts
 * and misspelt names must keep getting one. Only errors and warnings count: a finding that rests
 * on a guess speaks at information level, as advice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const ar = 'orchard28.ar.txt';
const en = 'orchard28.en.txt';

interface NameProbe {
  file: string;
  sentence: string;
  /** The words an error of post-holder or name-spelling must cover; none for a true restatement. */
  flagged?: string;
  todo?: string;
}

/** True restatements: no error or warning of post-holder or name-spelling. */
const TRUE: NameProbe[] = [
  { file: ar, sentence: 'وقال رئيس الجمعية عبدالله القضاة إن الأسعار ستنخفض.' },
  { file: ar, sentence: 'وقال رئيس جمعية مزارعي الزيتون عبدالله القضاه إن الأسعار ستنخفض.' },
  { file: ar, sentence: 'وقال وزير الزراعة محمد عبدالرحمن الشوبكي إن الإنتاج سيبلغ 18 ألف طن.' },
  { file: ar, sentence: 'وقالت هالة البطاينه، الناطقة باسم الوزارة، إن الوزارة ستراقب الأسعار.' },
  { file: ar, sentence: 'وقال المحافظ احمد الزعبي إن المحافظة ستوفر 200 عامل.' },
  { file: ar, sentence: 'وقال جون مكنزي من جامعة أدنبرة إن الجفاف خفض الإنتاج.' },
  { file: ar, sentence: 'وقالت رئيسة مديرية زراعة سمرين فيونا الحداد إن المديرية وزعت 3 آلاف شتلة.' },
  { file: en, sentence: 'وقالت المتحدثة باسم وزارة الزراعة هالة البطاينة إن الوزارة ستراقب الأسعار.' },
  { file: en, sentence: 'وقالت المتحدثة باسم الوزارة هالة البطاينة إن الوزارة ستراقب الأسعار.' },
  { file: en, sentence: 'وقال محافظ سمرين أحمد الزعبي إن المحافظة ستوفر 200 عامل.' },
  { file: en, sentence: 'وقال أحمد الزعبي محافظ سمرين إن المحافظة ستوفر 200 عامل.' },
  { file: en, sentence: 'وقال مصطفى العمري رئيس بلدية سمرين إن البلدية ستفتح ثلاث معاصر.' },
  { file: en, sentence: 'وقال عبد الله القضاة رئيس جمعية مزارعي الزيتون إن الأسعار ستنخفض.' },
  { file: en, sentence: 'Agriculture Minister Mohammed Abdel Rahman al-Shobaki said the yield would reach 18,000 tonnes.' },
  { file: en, sentence: 'Hala Bataineh, a spokeswoman for the ministry, said the ministry would watch prices.' },
  { file: en, sentence: 'Ahmad al-Zoubi, governor of Samreen, said the governorate would provide 200 workers.' },
  { file: ar, sentence: 'Abdullah al-Qudah, chairman of the Olive Growers Association, said prices would fall.' },
  { file: ar, sentence: 'Samreen Governor Ahmed al-Zoubi said the governorate would provide 200 workers.' },
];

const port = 'port28.en.txt';

/**
 * True restatements of an English article's posts and names (a grain terminal at Port Velmar: a
 * director-general, a chairwoman, a chief executive, a minister, a spokeswoman, two directors, a
 * former minister): Arab names as Arabic writers spell them, bodies the article names in English
 * only, and other words for the titles.
 */
const PORT_TRUE: NameProbe[] = [
  { file: port, sentence: 'وقال وزير النقل يوسف الحداد إن الحكومة ستربط المحطة بالسكك الحديدية.' },
  { file: port, sentence: 'وقالت ليلى عون، مديرة العمليات في هارلو مارين، إن 400 عامل بنوا المحطة.' },
  { file: port, sentence: 'وقالت رئيسة غرفة تجارة فيلمار سميرة درويش إن التجار انتظروا المشروع عشر سنوات.' },
  { file: port, sentence: 'وقال الرئيس التنفيذي لشركة هارلو مارين غاريث برايس إن العمل انتهى قبل موعده بشهر.' },
  { file: port, sentence: 'وقال مدير مجلس الحبوب في فيلمار عمر فاخوري إن المزارعين سيبيعون مباشرة.' },
  { file: port, sentence: 'Omar Fakhoury, head of the Velmar Grain Board, said farmers would sell directly.' },
  { file: port, sentence: 'Khalid Mansour, head of the port authority, said unloading times would halve.' },
  { file: port, sentence: 'Port authority chief Khaled Mansour said unloading times would halve.' },
  { file: port, sentence: 'Harlow Marine CEO Gareth Pryce said the work had finished a month early.' },
];

const clinic = 'clinic28.ar.txt';

/**
 * True restatements of an Arabic article's posts and names (a hospital opened at Rummana: a
 * minister with an honorific, a hospital's director and its director of nursing, a British
 * ambassador, a committee's chairman who is an MP, a mayor named before his title).
 */
const CLINIC_TRUE: NameProbe[] = [
  { file: clinic, sentence: 'Dr Firas Hawari, the health minister, said the hospital would serve 80,000 people.' },
  { file: clinic, sentence: 'Reem al-Sharaa, the hospital\'s director of nursing, said 120 nurses had been appointed.' },
  { file: clinic, sentence: 'Catherine Hopkins, the British ambassador in Amman, said Britain had paid for some equipment.', todo: 'a foreign family name\'s English form is spelt by rule from its Arabic letters (Hobknz for هوبكنز), so its usual spelling is flagged as another name' },
  { file: clinic, sentence: 'وقالت السفيرة البريطانية كاثرين هوبكينز إن بلادها مولت جزءاً من المعدات.' },
  { file: clinic, sentence: 'وقال سليم النعيمات مدير مستشفى الرمانة إن المستشفى سيعمل بكامل طاقته في يناير.' },
  { file: clinic, sentence: 'وقال رئيس بلدية الرمانة عمر الخطيب إن البلدية شقت طريقاً جديداً.' },
  { file: clinic, sentence: 'Rummana mayor Omar Khatib said the municipality had built a new road.' },
];

/** Wrong posts and misspelt names: an error on the words named. */
const WRONG: NameProbe[] = [
  { file: ar, sentence: 'وقال وزير الزراعة مصطفى العمري إن الإنتاج سيبلغ 18 ألف طن.', flagged: 'وزير الزراعة' },
  { file: ar, sentence: 'وقال وزير الزراعة محمد عبد الرحمن الشويكي إن الإنتاج سيبلغ 18 ألف طن.', flagged: 'الشويكي' },
  { file: ar, sentence: 'وقال محافظ سمرين أحمد الزغبي إن المحافظة ستوفر 200 عامل.', flagged: 'الزغبي' },
  { file: ar, sentence: 'وقال رئيس بلدية سمرين أحمد الزعبي إن البلدية ستفتح ثلاث معاصر.', flagged: 'رئيس بلدية سمرين' },
  { file: ar, sentence: 'وقالت المتحدثة باسم وزارة الزراعة هالة البطانية إن الوزارة ستراقب الأسعار.', flagged: 'البطانية' },
  { file: ar, sentence: 'وقال رئيس الجمعية عبدالله الخلايلة إن الأسعار ستنخفض.', flagged: 'عبدالله الخلايلة', todo: 'the head of an association is drawn unsure, so another name after its title only advises' },
  { file: en, sentence: 'وقال وزير الزراعة مصطفى العمري إن الإنتاج سيبلغ 18 ألف طن.', flagged: 'وزير الزراعة' },
  { file: en, sentence: 'وقال رئيس بلدية سمرين أحمد الزعبي إن البلدية ستفتح ثلاث معاصر.', flagged: 'رئيس بلدية سمرين' },
  { file: en, sentence: 'Agriculture Minister Mustafa al-Omari said the yield would reach 18,000 tonnes.', flagged: 'Agriculture Minister' },
  { file: en, sentence: 'Agriculture Minister Mohammed Abdel Rahman al-Shobeki said the yield would reach 18,000 tonnes.', flagged: 'al-Shobeki' },
  { file: en, sentence: 'Samreen Governor Ahmed al-Zoobi said the governorate would provide 200 workers.', flagged: 'al-Zoobi' },
  { file: en, sentence: 'Mustafa al-Omari, governor of Samreen, said the governorate would provide 200 workers.', flagged: 'governor' },
  { file: port, sentence: 'وقال وزير النقل خالد حداد إن الحكومة ستربط المحطة بالسكك الحديدية.', flagged: 'خالد', todo: 'the usual Arabic spelling of the family name (حداد) is not matched to the drawn guess (هاداد), so the changed given name is not seen' },
  { file: port, sentence: 'وقال وزير النقل طارق الصباغ إن الحكومة ستربط المحطة بالسكك الحديدية.', flagged: 'طارق الصباغ' },
  { file: ar, sentence: 'Fiona Haddad, head of the Olive Growers Association, said seedlings were handed out.', flagged: 'Olive Growers Association' },
  { file: ar, sentence: 'وقالت رئيسة جمعية مزارعي الزيتون فيونا الحداد إن المديرية وزعت 3 آلاف شتلة.', flagged: 'جمعية مزارعي الزيتون' },
  { file: clinic, sentence: 'وقال وزير الصحة سليم النعيمات إن المستشفى سيخدم 80 ألف نسمة.', flagged: 'وزير الصحة' },
  { file: port, sentence: 'وقال مدير شركة هارلو مارين عمر فاخوري إن المزارعين سيبيعون مباشرة.', flagged: 'شركة هارلو مارين' },
  { file: port, sentence: 'Transport Minister Youssef Hadad said the government would link the terminal to the railway.', flagged: 'Youssef Hadad' },
  { file: port, sentence: 'Nadia Karam, chairwoman of the Velmar Chamber of Commerce, said exports would rise by a third.', flagged: 'chairwoman' },
];

/** The errors and warnings of post-holder and name-spelling a sentence gets: the words each covers. */
function errors(file: string, sentence: string): string[] {
  return probeChecker(file)
    .check(sentence)
    .findings.filter((f) => (f.ruleId === 'post-holder' || f.ruleId === 'name-spelling') && (f.severity === 'error' || f.severity === 'warning'))
    .map((f) => sentence.slice(f.range.start, f.range.end));
}

for (const { file, sentence, flagged, todo } of [...TRUE, ...PORT_TRUE, ...CLINIC_TRUE, ...WRONG]) {
  test(`${file}: ${flagged ? `flags ${flagged}` : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    const found = errors(file, sentence);
    if (!flagged) return assert.deepEqual(found, []);
    assert.ok(found.some((words) => words.includes(flagged) || flagged.includes(words)), JSON.stringify(found));
  });
}
