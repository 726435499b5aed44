/**
 * Arabic and English function words that never start or continue a person's name, in checking
 * (titles, replaced name parts, near misses) and in drawing (where a name, an organisation or a
 * place ends). Facts about the languages, not about any story; written in ordinary spelling and
 * folded on load, the way the analyser folds a draft.
 *
 * Sources: compiled by the project from Arabic grammar's closed classes (prepositions,
 * particles, demonstratives, relative pronouns) and the common verbs and nouns of news copy that
 * stand before a name; no outside list.
 */
import { wordKey } from '../tokenKey';

/** Function words and common verbs that never start a name (folded). */
export const NOT_NAMES = new Set(
  (
    'في من الي علي عن مع ان إن أن قد لقد كان كانت يكون هذا هذه ذلك تلك الذي التي الذين ثم او أو و ف ب ل بعد قبل حتي منذ خلال ' +
    'وفدا وفد وفدا عسكريا جوله جولة قال يقود يجري يترأس يراس اليوم امس غدا الان ايضا كما حيث بين لدي عند كل بعض غير ' +
    // Prepositions with a pronoun («مديرة العمليات فيها»), which end a title as they end a name.
    'فيه فيها منه منها عنه عنها عليه عليها إليه إليها لديه لديها معه معها'
  ).split(/\s+/).map(wordKey),
);

/** `NOT_NAMES` and more Arabic function words and common non-name words (folded): where a name ends. */
export const AR_STOP = new Set<string>([
  ...NOT_NAMES,
  ...[
    'إن', 'أن', 'إنه', 'أنه', 'أنها', 'بأن', 'بأنها', 'بأنه', 'لأن', 'فإن', 'فإنه', 'فإنها', 'وإن', 'وإنه', 'وإنها', 'وأن', 'الذي', 'التي', 'الذين', 'على', 'إلى', 'عن', 'من', 'في', 'مع', 'عقب', 'خلال', 'منذ', 'أيضا', 'أيضاً', 'اليوم', 'أمس', 'غدا',
    'عبر', 'نحو', 'حول', 'وفق', 'بحسب', 'وفقا', 'لدى', 'ضمن', 'بعد', 'قبل', 'دون', 'مساء', 'صباح', 'يوم', 'حيث', 'كما', 'لكن', 'بينما', 'فيما', 'إذ', 'ثم', 'قد', 'لقد', 'لم', 'لن', 'لا', 'ما',
    'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'نفسه', 'نفسها', 'جميع', 'كل', 'بعض', 'عدد', 'منصب', 'يشغل', 'تصريحات', 'بيان', 'مؤتمر', 'مرفوقا', 'الذي', 'عضو', 'دولة',
  ].map(wordKey),
]);

/**
 * English words that open a sentence or a clause before a title without being part of it: adverbs
 * of time and sequence and conjunctions ("Meanwhile Queensland Premier X", "Earlier, …"), capitalised
 * only by their place. Folded (lower case).
 */
export const EN_OPENERS: ReadonlySet<string> = new Set([
  'meanwhile', 'earlier', 'later', 'separately', 'also', 'however', 'elsewhere', 'yesterday', 'today', 'tonight', 'now', 'then', 'still', 'instead',
  'but', 'and', 'so', 'yet', 'overnight', 'here', 'there', 'when', 'while', 'after', 'before', 'as', 'since', 'once', 'indeed',
  'moreover', 'furthermore', 'additionally', 'similarly', 'likewise', 'nonetheless', 'nevertheless', 'finally', 'lastly',
  'again', 'already', 'recently', 'previously', 'subsequently', 'afterwards', 'afterward', 'thereafter', 'above', 'below', 'update', 'breaking',
]);
