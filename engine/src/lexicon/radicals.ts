/**
 * Arabic roots whose first radical is a letter that is also a proclitic (و «and», ف «so», ب «by»,
 * ل «for»), and whether a word is one of their forms, so that a word such as وصلوا (they arrived),
 * فقدوا (they lost), بيعت (it was sold) or لجنة (a committee) keeps its first letter instead of
 * losing it as a clitic, while ووصلوا is و + وصلوا and للجنة is ل + لجنة. Facts about the language, not about any story; folded the way the analyser
 * folds a draft.
 *
 * Sources: compiled by the project from the verbs and verbal nouns of Arabic news writing, with the
 * roots as Hans Wehr's Dictionary of Modern Written Arabic gives them (the roots in و: those of its
 * entries under و whose forms news writing uses, وزارة, وكالة, وثيقة, وقود, وسيلة, وشيك), under the
 * policy of the gazetteer (knowledge/README.md).
 */
import { wordKey } from '../tokenKey';

/** Sound roots of three radicals whose first is و, ف, ب or ل. */
const ROOTS = [
  'وصل', 'وقع', 'وفق', 'وجه', 'وعد', 'وضع', 'ورد', 'وقف', 'وجد', 'ولد', 'وزع', 'وسع', 'وثق', 'وكل', 'ودع', 'وهب', 'ورث',
  'وفر', 'وصف', 'وزن', 'وطن', 'وحد', 'وجب', 'وسط', 'وظف', 'وضح', 'وفد', 'وزر', 'وصم', 'وبخ', 'وقت', 'ولج', 'وثب',
  'ورق', 'وسل', 'وشك',
  'فقد', 'فتح', 'فرض', 'فجر', 'فصل', 'فحص', 'فتش', 'فرغ', 'فرق', 'فشل', 'فضل', 'فسخ', 'فند', 'فلت', 'فعل', 'فوض', 'فرز', 'فلح', 'فقر',
  'بتر',
  'لجن', 'لعب', 'لحظ', 'ليل', 'لزم', 'لحق', 'لمس', 'لبس', 'لفت', 'لقب', 'لحم', 'لطف', 'لغم', 'لمح', 'لحن', 'لفظ', 'لقط',
  'لوح', 'لوم', 'لون', 'لهج', 'لصق', 'لقح', 'لهب', 'لجم',
];

/**
 * Stems of weak roots and of forms that the patterns below do not make (وفاة of وفي, ولاية and والي
 * of ولي, وقود of وقد, وزاري of وزر, بيع of بيع, فاز of فوز, لقاء of لقي, لغة and لغات of لغو, لاجئ of لجأ, the broken plurals
 * ليال and لوائح), each taking the same suffixes.
 */
const WEAK_STEMS = [
  'وفاة', 'وفا', 'وعى', 'وقى', 'ولاية', 'والي', 'ولاة', 'وقود', 'وزاري', 'بيع', 'بين', 'بني', 'فاز', 'فاق', 'فوز',
  'لقاء', 'لقي', 'لغ', 'لاجئ', 'لجوء', 'لائحة', 'لوائح', 'ليال',
];

/**
 * The patterns of a root's forms that begin with its first radical: فعل, فاعل, فعول, فعال, فعيل,
 * فعالة, فعيلة, فعلة, and the broken plurals فعلاء (وزراء) and فعائل (وثائق).
 */
const PATTERNS = ['123', '1ا23', '12و3', '12ا3', '12ي3', '12ا3ة', '12ي3ة', '123ة', '123اء', '12ائ3'];

/** Suffixes of inflection, of the relative adjective (وطني, وزارية) and of pronouns a form may carry. */
const SUFFIXES = ['', 'ت', 'تا', 'وا', 'ا', 'ن', 'نا', 'تم', 'ات', 'ان', 'ين', 'ون', 'ه', 'ها', 'هم', 'هما', 'ته', 'تها', 'تهم', 'ي', 'ية', 'يون', 'يين'].map(wordKey);

/**
 * Stems the patterns make that are far more often the conjunction و before a form of another root,
 * whatever their suffix: ودعا, ودعت are و + دعا «and he called», not ودّع «bade farewell»; وسعت is
 * و + سعت «and she sought», وردت و + ردّت «and she replied», وفرت و + فرّت, وهبت و + هبّت, وصمت و +
 * صمت «and silence»; وزارت is و + زارت «and she visited», وعاد و + عاد «and he returned», وزائر و +
 * زائر «and a visitor», وعائدات و + عائدات «and revenues».
 */
const CLITIC_STEMS = ['ودع', 'وسع', 'ورد', 'وفر', 'وهب', 'وصم', 'وزار', 'وعاد', 'وزائر', 'وعائد'].map(wordKey);

const STEMS = new Set<string>([
  ...ROOTS.flatMap((root) => PATTERNS.map((pattern) => pattern.replace(/[123]/g, (digit) => root[Number(digit) - 1]!))),
  ...WEAK_STEMS,
].map(wordKey));
for (const stem of CLITIC_STEMS) STEMS.delete(stem);

/**
 * Whether a folded Arabic word is a form of a root whose first radical is its first letter (وصلوا,
 * وصول, فقدت, بيعت, لجنة, لاعب), so that its first letter is no clitic.
 */
export function ownsFirstLetter(word: string): boolean {
  if (!/^[وفبل]/.test(word)) return false;
  return SUFFIXES.some((suffix) => word.endsWith(suffix) && STEMS.has(word.slice(0, word.length - suffix.length)));
}
