/**
 * Speech verbs of Arabic and English news writing: the verbs that introduce a quotation or open
 * an attribution (قال, أضاف, أكد, said, added, told), in their common inflections. Facts about the
 * languages, not about any story; folded the way the analyser folds a draft.
 *
 * Sources: compiled by the project from Arabic and English news usage (the reporting verbs of Al
 * Jazeera, Asharq Al-Awsat, Reuters and AP copy), under the policy of the gazetteer
 * (knowledge/README.md).
 */
import { wordKey } from '../tokenKey';

const ks = (words: string[]): string[] => words.map(wordKey);

/** Speech verbs (folded, common inflections) that introduce a quotation. */
export const SPEECH_VERBS = ks([
  'قال', 'قالت', 'يقول', 'تقول', 'اضاف', 'اضافت', 'يضيف', 'اكد', 'اكدت', 'يؤكد', 'يوكد', 'اوضح', 'اوضحت', 'اشار', 'اشارت', 'لفت', 'لفتت',
  'ذكر', 'ذكرت', 'راي', 'رات', 'يري', 'اعتبر', 'اعتبرت', 'بين', 'بينت', 'شدد', 'شددت', 'كتب', 'كتبت', 'صرح', 'صرحت', 'اعلن', 'اعلنت',
  'تابع', 'تابعت', 'مضيفا', 'مضيفه', 'مؤكدا', 'موكدا', 'مشيرا', 'لافتا', 'مبينا', 'معتبرا', 'قائلا', 'نقل', 'اعرب', 'حذر', 'دعا',
  'said', 'says', 'added', 'told', 'stressed', 'wrote', 'noted', 'argued', 'warned', 'insisted', 'declared', 'stated',
]);

/** Speech verbs that open an attribution, Arabic and English (folded on use), with the verbs of description (وصف, described, called). */
export const ATTRIBUTION_VERBS = [
  'قال', 'قالت', 'يقول', 'تقول', 'أضاف', 'أضافت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'ذكر', 'ذكرت', 'كتب', 'كتبت', 'صرح', 'صرحت',
  'أعلن', 'أعلنت', 'تابع', 'تابعت', 'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'مشيرا', 'مشيرة', 'محذرا', 'محذرة', 'معربا', 'معربة', 'وصف', 'وصفها', 'وصفه', 'وصفت', 'اعتبر', 'اعتبرت', 'شدد', 'شددت', 'حذر', 'حذرت',
  'said', 'says', 'added', 'told', 'stressed', 'wrote', 'noted', 'argued', 'warned', 'insisted', 'declared', 'stated', 'described', 'called',
];

/**
 * Conjunctions that open a clause with its own subject after a comma (فيما, بينما, while, whereas,
 * but): a person named before such a clause is not the subject of a verb after it when the clause
 * names someone else («حضر المحافظ X، فيما عقد الوزير Y مؤتمراً، قال فيه»). Folded.
 */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(
  ks(['فيما', 'وفيما', 'بينما', 'وبينما', 'حين', 'لكن', 'ولكن', 'while', 'whereas', 'whilst', 'but']),
);

/** Participles of speaking that place a statement ("speaking in Karachi", «متحدثاً من القاهرة»), folded. */
export const SPEAKING_WORDS = ks(['speaking', 'متحدثا', 'متحدثة']);

/** `SPEECH_VERBS` and `ATTRIBUTION_VERBS`, folded: the words that end a name before a quotation or a claim. */
export const ALL_SPEECH_VERBS: ReadonlySet<string> = new Set<string>([...SPEECH_VERBS, ...ks(ATTRIBUTION_VERBS)]);

/**
 * Verbs of saying and of announcing (said, announced, told, stated; قال، أعلن، أكد، أفاد، صرّح),
 * folded: a day a draft ties to one of them dates a statement, which the article may give on that
 * day by any verb of saying (`rules/dates/weekdays.ts`).
 */
export const ANNOUNCING_VERBS: ReadonlySet<string> = new Set<string>([
  ...ALL_SPEECH_VERBS,
  ...ks(['announced', 'announces', 'أفاد', 'أفادت', 'يفيد', 'تفيد', 'أعلنته', 'أعلنها']),
]);

/**
 * Verbs of comment and reply that introduce a quotation as a speech verb does (علّق, أردف, أجاب,
 * commented, replied), kept apart from `SPEECH_VERBS` because only the quotation's speaker is
 * read from them.
 */
export const COMMENT_VERBS = ks([
  'علق', 'علقت', 'يعلق', 'تعلق', 'اردف', 'اردفت', 'استطرد', 'استطردت', 'اعترف', 'اعترفت', 'تساءل', 'تساءلت', 'اجاب', 'اجابت', 'ختم', 'ختمت',
  'commented', 'remarked', 'explained', 'admitted', 'acknowledged', 'conceded', 'recalled', 'replied', 'responded',
]);

/**
 * Verbs of description that give a quotation as someone's words about a thing ("X described the
 * plan as «…»", «ووصف X الخطة بأنها «…»»). In English the describer stands before the verb and
 * the person after it is what is described; in Arabic the describer follows the verb.
 */
export const DESCRIPTION_VERBS = ks([
  'وصف', 'وصفت', 'يصف', 'تصف', 'واصفا', 'واصفة',
  'described', 'describes', 'called', 'calls', 'termed', 'dubbed', 'labelled', 'labeled', 'branded',
]);

/**
 * Verbs that report another's words: the speaker is the person after عن («نقلت الوكالة عن X
 * قوله»), or the object of "quoted" ("the agency quoted X as saying").
 */
export const REPORT_VERBS = ks(['نقل', 'نقلت', 'ينقل', 'تنقل', 'quoted', 'quotes']);
