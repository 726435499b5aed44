/**
 * The head words that make a phrase the name of an organisation in news writing, in Arabic
 * (شركة «مبادلة», الهيئة العامة للمنطقة الاقتصادية, حزب العمال) and English (Abu Dhabi Investment
 * Authority, Moroccan Red Crescent, Liberal Democrats), each with the class of body it names.
 * Facts about the languages, not about a story: an organisation the fact base does not know is
 * read by this construction, and compared only with organisations of the same class.
 */
import { wordKey } from '../tokenKey';

/** Classes of organisation: a party is compared with parties, a company with companies. */
export type OrganisationClass = 'political' | 'corporate' | 'public' | 'civil' | 'body' | 'sport';

const AR: Record<OrganisationClass, string[]> = {
  political: ['حزب', 'حركة', 'تيار', 'تحالف', 'ائتلاف', 'كتلة', 'جبهة'],
  corporate: ['شركة', 'مجموعة', 'بنك', 'مصرف', 'صندوق', 'بورصة'],
  public: ['هيئة', 'سلطة', 'وكالة', 'مؤسسة', 'جهاز', 'مكتب', 'ديوان', 'وزارة', 'مفوضية', 'مديرية', 'إدارة', 'دائرة', 'مصلحة', 'بعثة'],
  civil: ['جمعية', 'منظمة', 'اتحاد', 'نقابة', 'الهلال', 'الصليب', 'رابطة', 'غرفة'],
  body: ['مجلس', 'لجنة', 'محكمة', 'جامعة', 'معهد', 'مركز', 'أكاديمية', 'برلمان'],
  sport: ['نادي', 'منتخب'],
};

const EN: Record<OrganisationClass, string[]> = {
  political: ['party', 'movement', 'alliance', 'coalition', 'front', 'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'greens', 'communists', 'nationalists', 'unionists', 'tories'],
  corporate: ['company', 'corporation', 'corp', 'group', 'holding', 'holdings', 'bank', 'fund', 'investments', 'capital', 'partners', 'inc', 'ltd', 'plc', 'exchange'],
  public: ['authority', 'agency', 'office', 'ministry', 'department', 'commission', 'service', 'board', 'bureau', 'directorate', 'mission'],
  civil: ['society', 'association', 'federation', 'organisation', 'organization', 'crescent', 'cross', 'foundation', 'union', 'trust', 'league', 'chamber'],
  body: ['council', 'committee', 'court', 'assembly', 'university', 'institute', 'centre', 'center', 'academy', 'parliament'],
  sport: ['club', 'fc'],
};

/**
 * The Arabic head words by which Arabic news writing usually translates an English organisation's
 * head word (a Board is a «مجلس» or a «هيئة», a Chamber a «غرفة»): an Arabic phrase with such a
 * head may be the Arabic name of a body a fact base names in English only, whatever class each
 * language's table gives the two words. Usual translations of the English head words above, as
 * bilingual news agencies write them; folded, without the article.
 */
const HEAD_TRANSLATIONS: Record<string, string[]> = {
  authority: ['هيئة', 'سلطة'], agency: ['وكالة', 'هيئة'], board: ['مجلس', 'هيئة'], bureau: ['مكتب'], commission: ['مفوضية', 'هيئة', 'لجنة'],
  department: ['دائرة', 'إدارة', 'قسم', 'وزارة'], directorate: ['مديرية', 'إدارة'], ministry: ['وزارة'], office: ['مكتب', 'ديوان'], service: ['دائرة', 'مصلحة', 'جهاز', 'هيئة'],
  association: ['جمعية', 'رابطة'], chamber: ['غرفة'], federation: ['اتحاد'], foundation: ['مؤسسة'], league: ['رابطة'], organisation: ['منظمة'], organization: ['منظمة'], society: ['جمعية'], trust: ['صندوق', 'مؤسسة'], union: ['اتحاد', 'نقابة'],
  academy: ['أكاديمية'], assembly: ['مجلس', 'جمعية'], centre: ['مركز'], center: ['مركز'], committee: ['لجنة'], council: ['مجلس'], court: ['محكمة'], institute: ['معهد'], university: ['جامعة'],
  bank: ['بنك', 'مصرف'], company: ['شركة'], corporation: ['شركة', 'مؤسسة'], fund: ['صندوق'], group: ['مجموعة'],
};

/** Lower-case English head words → the folded Arabic head words that translate them (see HEAD_TRANSLATIONS). */
export const ARABIC_HEADS_OF_ENGLISH: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(HEAD_TRANSLATIONS).map(([english, arabic]) => [english, new Set(arabic.map((word) => wordKey(word)))]),
);

/** Folded Arabic head words (without the article) → class. */
export const ARABIC_ORGANISATION_HEADS = new Map<string, OrganisationClass>();
/** Lower-case English head words → class. */
export const ENGLISH_ORGANISATION_HEADS = new Map<string, OrganisationClass>();
for (const [cls, words] of Object.entries(AR) as [OrganisationClass, string[]][]) for (const word of words) ARABIC_ORGANISATION_HEADS.set(wordKey(word).replace(/^ال/, ''), cls);
for (const [cls, words] of Object.entries(EN) as [OrganisationClass, string[]][]) for (const word of words) ENGLISH_ORGANISATION_HEADS.set(word, cls);

/** The nouns a political party is called by in either language (folded, Arabic without the article). */
export const PARTY_NOUNS: ReadonlySet<string> = new Set(['party', 'حزب'].map((word) => wordKey(word)));

/** The class of a fact base's organisation kind, if it has one. */
export const CLASS_OF_KIND: Record<string, OrganisationClass | undefined> = {
  party: 'political', movement: 'political', faction: 'political', bloc: 'political', alliance: 'political', coalition: 'political',
  company: 'corporate', holding: 'corporate', bank: 'corporate', fund: 'corporate',
  ministry: 'public', department: 'public', agency: 'public', authority: 'public', regulator: 'public', office: 'public', government: 'public',
  ngo: 'civil', federation: 'civil', union: 'civil', league: 'civil',
  committee: 'body', council: 'body', court: 'body', parliament: 'body', university: 'body',
  club: 'sport', team: 'sport',
};

/**
 * Nouns a draft refers to an organisation by without its name ("the firm's chief executive",
 * «مديرة الشركة»), with the class of body they mean: a firm is a company, a council a body. Folded,
 * Arabic without the article.
 */
const REFERENCE_NOUNS: Record<OrganisationClass, string[]> = {
  corporate: ['firm', 'company', 'operator', 'business', 'bank', 'شركة', 'مجموعة', 'بنك', 'مصرف'],
  public: ['agency', 'authority', 'service', 'ministry', 'department', 'regulator', 'هيئة', 'وكالة', 'سلطة', 'وزارة', 'مديرية', 'مؤسسة'],
  political: ['party', 'حزب', 'حركة'],
  body: ['council', 'committee', 'court', 'university', 'مجلس', 'لجنة', 'محكمة', 'جامعة', 'بلدية'],
  civil: ['union', 'charity', 'federation', 'association', 'منظمة', 'جمعية', 'اتحاد', 'نقابة'],
  sport: ['club', 'نادي'],
};
export const ORGANISATION_REFERENCES = new Map<string, OrganisationClass>();
for (const [cls, words] of Object.entries(REFERENCE_NOUNS) as [OrganisationClass, string[]][]) for (const word of words) ORGANISATION_REFERENCES.set(wordKey(word), cls);

/**
 * Nouns of a government, which a head of government heads without its name: «الذي يرأس
 * الحكومة», "who leads the government" (folded, Arabic without the article).
 */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'cabinet', 'حكومة'].map(wordKey));

/**
 * Adjectives that make an organisation's head word a description of an international body rather
 * than a name: «المنظمة الدولية», «المنظمة الأممية», «الهيئة الأممية», «الهيئة العالمية», the way
 * Arabic news refers back to the United Nations or one of its agencies named before (the usage of
 * Al Jazeera, BBC Arabic and the agencies' own Arabic releases). Folded.
 */
export const INTERNATIONAL_DESCRIPTIONS: ReadonlySet<string> = new Set(['الدولية', 'الأممية', 'العالمية', 'دولية', 'أممية', 'عالمية'].map(wordKey));

/** Nouns that stand after the kind noun as its definite complement (Labour Party → حزب العمال). */
export const ARABIC_GENITIVES_OF_ENGLISH: ReadonlyMap<string, string> = new Map(Object.entries({
  labour: 'العمال', labor: 'العمال', conservative: 'المحافظين', green: 'الخضر', greens: 'الخضر', workers: 'العمال', teachers: 'المعلمين',
  journalists: 'الصحفيين', doctors: 'الأطباء', farmers: 'المزارعين', lawyers: 'المحامين', engineers: 'المهندسين', employers: 'أصحاب العمل',
}));
