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

/** `SPEECH_VERBS` and `ATTRIBUTION_VERBS`, folded: the words that end a name before a quotation or a claim. */
export const ALL_SPEECH_VERBS: ReadonlySet<string> = new Set<string>([...SPEECH_VERBS, ...ks(ATTRIBUTION_VERBS)]);
