/**
 * The words that tie a person to an organisation outside a title, before the organisation, in
 * both languages: "a member of", "who belongs to", «أحد قادة», «المنتمي إلى», «النائب عن». Facts
 * about the languages' news wording, not about a story; written in ordinary spelling and folded on
 * load, the way the analyser folds a draft.
 */
import { wordKey } from '../tokenKey';
import type { OrganisationClass } from './organisations';

/**
 * A cue: its folded words, the one class of organisation it ties a person to, if only one, and
 * whether it is plural (it ties every person of a list: "A and B, both members of X", «عضوا X
 * فلان وفلان»).
 */
export interface TieCue {
  words: readonly string[];
  only?: OrganisationClass;
  plural?: boolean;
}

const cues = (only: OrganisationClass | undefined, list: string[], plural?: boolean): TieCue[] =>
  list.map((cue) => ({ words: cue.split(' ').map((word) => wordKey(word)), only, ...(plural ? { plural } : {}) }));

/** The cues. */
export const TIE_CUES: readonly TieCue[] = [
  // Arabic: one of the leaders of, one of the members of, a member (in), the leading figure in, belonging to, the deputy for.
  ...cues(undefined, [
    'أحد قادة', 'أحد أبرز قادة', 'من قادة', 'من أبرز قادة', 'أحد قيادات', 'من قيادات', 'إحدى قيادات',
    'أحد أعضاء', 'من أعضاء', 'إحدى عضوات', 'عضو في', 'عضوة في', 'العضو في', 'العضوة في', 'عضو', 'عضوة',
    'القيادي في', 'القيادية في', 'قيادي في', 'قيادية في', 'القيادي البارز في', 'القيادية البارزة في',
    'المنتمي إلى', 'المنتمية إلى', 'المنتمي', 'المنتمية', 'الذي ينتمي إلى', 'التي تنتمي إلى', 'ينتمي إلى', 'تنتمي إلى',
    'المنضوي في', 'المنضوية في', 'المنضوي تحت لواء', 'المنضوية تحت لواء', 'المنضوي تحت', 'المنضوية تحت',
    'نائب عن', 'النائب عن', 'نائبة عن', 'النائبة عن',
    // A prominent member of, one of the founders of, counted as one of (المحسوب على); a leading figure with the party fused to ب (القيادي بحزب X).
    'عضو بارز في', 'العضو البارز في', 'عضوة بارزة في', 'العضوة البارزة في', 'أحد مؤسسي', 'من مؤسسي', 'إحدى مؤسسات',
    'المحسوب على', 'المحسوبة على', 'محسوب على', 'محسوبة على', 'القيادي', 'القيادية', 'قيادي', 'قيادية',
  ]),
  // English.
  ...cues(undefined, [
    'a member of', 'member of', 'a senior member of', 'a leading member of', 'a founding member of', 'a prominent member of',
    'a co-founder of', 'a founder of', 'one of the founders of',
    'a senior figure in', 'a leading figure in', 'a key figure in', 'a senior figure of', 'a prominent figure in',
    'one of the leaders of', 'a leader of', 'a senior leader of', 'a senior leader in', 'belongs to', 'belonging to',
  ]),
  // Plural: members of, both members of; the dual and plural of member, leader and belonging.
  ...cues(undefined, [
    'members of', 'both members of', 'all members of', 'senior members of', 'leading members of', 'leaders of', 'both leaders of',
    'عضوا', 'عضوي', 'عضوتا', 'عضوان في', 'عضوتان في', 'أعضاء في', 'أعضاء', 'القياديان في', 'القياديين في', 'القياديون في', 'قياديان في', 'قياديون في',
    'المنتميان إلى', 'المنتميين إلى', 'المنتمون إلى', 'المنتمين إلى', 'ينتميان إلى', 'ينتمون إلى',
  ], true),
  // Working for a body now (the past, "worked for", may be a former post): "who works for the IOM", «التي تعمل في منظمة X»,
  // «الموظف في», as Reuters, AFP and the Arabic wires describe staff who hold no title.
  ...cues(undefined, ['works for', 'works at', 'يعمل في', 'تعمل في', 'يعمل لدى', 'تعمل لدى', 'العامل في', 'العاملة في', 'الموظف في', 'الموظفة في', 'موظف في', 'موظفة في']),
  // Joining names a party one belongs to; joining a firm or a body may be a past post.
  ...cues('political', ['joined', 'انضم إلى', 'انضمت إلى', 'الذي انضم إلى', 'التي انضمت إلى']),
  // Sitting for, standing for and representing a party, in a house or a council.
  ...cues('political', ['sits for', 'represents', 'a candidate for', 'the candidate for', 'candidate for', 'مرشح', 'مرشحة', 'المرشح عن', 'المرشحة عن', 'مرشح عن', 'مرشحة عن', 'يمثل', 'تمثل', 'الممثل عن', 'الممثلة عن', 'ممثل عن', 'ممثلة عن', 'المستشار عن', 'المستشارة عن', 'مستشار عن', 'مستشارة عن']),
  // Running, managing, owning and coaching a body (heading it is a title: rules/posts).
  ...cues(undefined, ['runs', 'manages', 'owns', 'coaches', 'captains', 'يدير', 'تدير', 'يملك', 'تملك', 'يدرب', 'تدرب']),
  // Playing and signing name a player's club.
  ...cues('sport', ['plays for', 'signed for', 'يلعب في', 'يلعب لنادي', 'تلعب في']),
];

/**
 * Arabic adjectives of belonging that end a title's specifier: «الوزيرة المنتمية إلى حزب …» is a
 * minister who belongs to a party, not a minister of a portfolio «المنتمية» (folded).
 */
export const BELONGING_WORDS: ReadonlySet<string> = new Set(['المنتمي', 'المنتمية', 'المنضوي', 'المنضوية', 'ينتمي', 'تنتمي'].map(wordKey));

/**
 * Arabic adjectives after which the body named next is the parent of the one before («الجامعة
 * العامة للتعليم الثانوي التابعة لاتحاد الشغل»): they end a title's specifier, whose body is the
 * one before them (folded).
 */
export const PARENT_WORDS: ReadonlySet<string> = new Set(['التابعة', 'التابع', 'تابعة', 'تابع', 'التابعين', 'المنبثقة', 'المنبثق'].map(wordKey));

/**
 * Arabic nouns of an elected member or a party figure that stand before a name as its title
 * without being a post of one place («وانتقدت النائبة فلانة، من حزب X»): a verb before them is
 * the name's verb (folded).
 */
export const MEMBER_NOUNS_AR: ReadonlySet<string> = new Set(['النائب', 'النائبة', 'العضو', 'العضوة', 'البرلماني', 'البرلمانية', 'القيادي', 'القيادية', 'الناشط', 'الناشطة', 'السيناتور', 'السيناتورة'].map(wordKey));

/**
 * Nouns that describe a person by trade or standing and take a nationality beside them ("a French
 * engineer", «المهندس الإيطالي», «رجل الأعمال المصري»): the nationality there is the person's own,
 * compared with the fact base's. Titles of posts are left out (a post's nationality is its
 * country's, compared by the post checks). Arabic without the article (folded).
 */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set(
  [
    'engineer', 'architect', 'businessman', 'businesswoman', 'entrepreneur', 'tycoon', 'billionaire', 'investor', 'banker', 'economist',
    'scientist', 'researcher', 'academic', 'doctor', 'surgeon', 'nurse', 'lawyer', 'journalist', 'reporter', 'photographer', 'writer',
    'author', 'novelist', 'poet', 'artist', 'painter', 'singer', 'actor', 'actress', 'filmmaker', 'activist', 'campaigner', 'climber',
    'mountaineer', 'explorer', 'pilot', 'sailor', 'tourist', 'student', 'citizen', 'national', 'worker', 'volunteer', 'footballer',
    'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'athlete', 'runner', 'cyclist', 'swimmer', 'boxer', 'chef', 'designer',
    'expert', 'analyst', 'diplomat', 'hostage', 'prisoner', 'detainee', 'man', 'woman', 'unionist', 'trade-unionist', 'politician', 'cleric',
    'مهندس', 'مهندسة', 'أعمال', 'مستثمر', 'مستثمرة', 'ملياردير', 'خبير', 'خبيرة', 'باحث', 'باحثة', 'طبيب', 'طبيبة', 'جراح', 'محامي',
    'محام', 'محامية', 'صحفي', 'صحافي', 'صحفية', 'صحافية', 'مراسل', 'مراسلة', 'مصور', 'مصورة', 'كاتب', 'كاتبة', 'روائي', 'روائية', 'شاعر',
    'شاعرة', 'فنان', 'فنانة', 'رسام', 'رسامة', 'مغني', 'مغنية', 'مطرب', 'مطربة', 'ممثلة', 'مخرج', 'مخرجة', 'ناشط', 'ناشطة', 'طالب',
    'طالبة', 'مواطن', 'مواطنة', 'سائح', 'سائحة', 'لاعب', 'لاعبة', 'مهاجم', 'مدافع', 'بطل', 'بطلة', 'عداء', 'عداءة', 'ملاكم', 'طيار',
    'دبلوماسي', 'دبلوماسية', 'رهينة', 'أسير', 'أسيرة', 'معتقل', 'معتقلة', 'مدون', 'مدونة', 'نقابي', 'نقابية', 'سياسي', 'سياسية',
  ].map((word) => wordKey(word)),
);

/**
 * Arabic verbs of comment and stance that take no complement with «من», so that «من حزب X» right
 * after their subject's name says where the subject is from: «وانتقدت فلانة من حزب X …». With the
 * speech verbs (lexicon/speech.ts), less «حذّر» (warned of): news wording of reactions (criticised,
 * welcomed, demanded, rejected, supported, called for), folded on load.
 */
export const STANCE_VERBS: ReadonlySet<string> = new Set(
  ['انتقد', 'انتقدت', 'رحب', 'رحبت', 'طالب', 'طالبت', 'رفض', 'رفضت', 'أيد', 'أيدت', 'دعا', 'دعت', 'اعترض', 'اعترضت', 'وصف', 'وصفت'].map(wordKey),
);
