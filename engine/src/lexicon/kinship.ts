/**
 * Nouns that name a person by another person: kinship (ابن, شقيقة, brother, widow) and a calling
 * exercised for someone (محامي, lawyer). Governing a title in construct or through "of" («شقيق
 * رئيس الهيئة», "the brother of the board's chair"), they make the title another's than the
 * name set off after them by a comma («شقيق رئيس الهيئة، فلان»: the name is the brother's, and the
 * post his brother's). Facts about the languages, not about any story; entries are written in
 * ordinary spelling and folded on load, the way the analyser folds a draft.
 *
 * Sources: compiled by the project from Arabic grammar and Arabic and English news usage.
 */
import { wordKey } from '../tokenKey';

/** Arabic nouns of kinship and of a calling for someone, in the forms that govern a noun in construct, folded. */
export const RELATION_NOUNS_AR: ReadonlySet<string> = new Set(
  [
    'ابن', 'ابنة', 'بنت', 'نجل', 'نجلة', 'شقيق', 'شقيقة', 'أخ', 'أخو', 'أخي', 'أخت', 'زوج', 'زوجة', 'والد', 'والدة', 'أب', 'أبو', 'أم', 'جد', 'جدة',
    'حفيد', 'حفيدة', 'عم', 'عمة', 'خال', 'خالة', 'صهر', 'أرملة', 'طليق', 'طليقة', 'محامي', 'محامية',
  ].map(wordKey),
);

/** English nouns of kinship and of a calling for someone, which govern a title through "of" (the brother of the chair), folded. */
export const RELATION_NOUNS_EN: ReadonlySet<string> = new Set(
  [
    'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'father', 'mother', 'widow', 'widower', 'grandson', 'granddaughter', 'grandfather',
    'grandmother', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'partner', 'fiancee', 'fiancé', 'fiancée', 'stepson', 'stepdaughter', 'lawyer', 'attorney', 'solicitor',
  ].map(wordKey),
);
