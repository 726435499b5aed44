/**
 * Words that never tie a draft to a story: the ordinary words names of organisations, places and
 * posts are built from (ministry, court, government, holding, council, الوزارة, المحكمة …), in
 * Arabic and English. A name made only of such words (the Supreme Court, the Iraqi government,
 * «القابضة») names something many stories share, so story detection gives it no weight.
 *
 * These are facts about the languages, not about a story. Entries are folded on load.
 */
import { wordKey } from '../tokenKey';
import { NATIONALITIES } from '../lexicon/words';

const GENERIC = (
  // English: function words and the nouns and adjectives institutions are named with.
  'the of and for in on at to a an al el le de la des du led backed based owned run ' +
  'government ministry minister department office council committee commission authority agency bureau board ' +
  'court courts supreme high appeal appeals federal constitutional tribunal justice justices judge judges ' +
  'parliament assembly senate house congress cabinet presidency president prime state states national international ' +
  'central general public new united republic kingdom emirate emirates union federation league association ' +
  'company companies holding holdings group bank fund corporation corp inc ltd authority development investment ' +
  'party bloc movement front alliance coalition forces force army military police guard navy security defence defense ' +
  'foreign interior affairs finance economy trade health education housing urban communities news agency ' +
  'north south east west northern southern eastern western city region province governorate district capital ' +
  'airport port university school hospital club team council city town village coast sea river ' +
  // Seas, oceans and gulfs: many stories name them.
  'mediterranean atlantic pacific indian arctic red black caspian arabian persian gulf ocean channel ' +
  'talks deal agreement withdrawal sources officials deadline truce ceasefire ruling judgment plan scheme ' +
  // Arabic (folded forms are produced below).
  'ال في من على إلى عن مع و ' +
  'البرلمان برلمان الحكومة حكومة الوزارة وزارة الوزير وزير مجلس المجلس الوزراء النواب الشورى الشيوخ اللجنة لجنة الهيئة هيئة ' +
  'المحكمة محكمة العليا الدستورية الاستئناف القضاء العدل الرئاسة رئاسة رئيس الرئيس الدولة دولة الوطنية الوطني الدولي الدولية ' +
  'المركزي المركزية العامة العام الجديدة الجديد المتحدة الاتحاد اتحاد جامعة الجامعة الشركة شركة القابضة البنك بنك الصندوق صندوق ' +
  'التنمية التنموية الاستثمار الإسكان الاسكان المجتمعات العمرانية المرافق الحزب حزب كتلة الكتلة حركة الحركة تحالف التحالف الجبهة ' +
  'القوات قوات الجيش الشرطة الأمن الامن الدفاع الخارجية الداخلية المالية الاقتصاد التجارة الصحة التعليم ' +
  'شمال جنوب شرق غرب الشمال الجنوب الشرق الغرب مدينة المدينة منطقة المنطقة محافظة المحافظة العاصمة إقليم الإقليم ' +
  'مطار المطار ميناء الميناء جامعة مستشفى نادي النادي ساحل الساحل البحر بحر ' +
  'المتوسط الأبيض الأحمر الأسود الخليج خليج المحيط محيط الأطلسي الهادئ الهندي العربي ' +
  'وكالة الوكالة أنباء الأنباء المفاوضات مفاوضات الانسحاب انسحاب مصادر المصادر مهلة الهدنة هدنة الاتفاق اتفاق صفقة الصفقة'
)
  .split(/\s+/)
  .filter(Boolean);

/** Folded words that carry no weight in story detection. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...GENERIC.map(wordKey),
  ...Object.values(NATIONALITIES).flatMap((forms) => [forms.ar.m, forms.ar.f, ...forms.ar.other, ...forms.en].map(wordKey)),
]);
