/**
 * Closed word lists the rules read Arabic and English with: title heads, nationality adjectives,
 * locative prepositions, stop words, portfolios and place units (given names, honorifics, speech
 * verbs and the words that are no names have modules of their own beside this one). Entries are
 * folded (ة→ه, أ/إ/آ→ا, ى→ي, lower case) the way the analyser folds the draft.
 *
 * These are facts about the languages, not about any story; story facts live in `knowledge/`.
 * Every word is folded on load, so the lists may be written in ordinary spelling.
 */
import { wordKey } from '../tokenKey';
import { RANKS } from './ranks';

/** Given names moved to `givenNames.ts`; re-exported for story detection (`scope/profile.ts`). */
export { GIVEN_NAMES } from './givenNames';

/** Folds a word of a list the way the analyser folds the draft. */
const ks = (words: string[]): string[] => words.map(wordKey);

/** Families of posts: a draft's title and a fact's post are compared family to family. */
export type RoleFamily =
  | 'minister' | 'spokesperson' | 'ambassador' | 'charge' | 'adviser' | 'member' | 'leads' | 'deputy' | 'representative'
  | 'prime-minister' | 'chair' | 'chief-executive' | 'managing-director' | 'director' | 'judge' | 'king' | 'governor' | 'mayor'
  | 'coach' | 'player' | 'captain' | 'founder' | 'owner' | 'crown-prince' | 'commissioner' | 'staff' | 'lawyer' | 'prosecutor';

/** Maps a fact-base role to its family. */
export const ROLE_FAMILY: Record<string, RoleFamily | undefined> = {
  minister: 'minister',
  spokesperson: 'spokesperson',
  ambassador: 'ambassador',
  member: 'member',
  head: 'leads',
  leader: 'leads',
  'secretary-general': 'leads',
  commander: 'leads',
  president: 'leads',
  'deputy-head': 'deputy',
  representative: 'representative',
  adviser: 'adviser',
  secretary: 'minister',
  // A chairman and a chief executive are distinct posts: neither title accepts the other.
  'prime-minister': 'prime-minister',
  chairman: 'chair',
  'chief-executive': 'chief-executive',
  'managing-director': 'managing-director',
  director: 'director',
  judge: 'judge',
  king: 'king',
  governor: 'governor',
  mayor: 'mayor',
  coach: 'coach',
  player: 'player',
  captain: 'captain',
  founder: 'founder',
  owner: 'owner',
};

/** A title head: the words that name a post, and where its specifier goes. */
export interface TitleHead {
  /** Folded tokens. */
  words: string[];
  family: RoleFamily;
  lang: 'ar' | 'en';
  /** Words that link the head to its specifier (باسم, of, for, to). */
  linkers?: string[];
  /** A plural or dual head ("ministers", «الوزيران»): the title of each name of a list after it. */
  plural?: boolean;
}

const RAW_TITLE_HEADS: readonly TitleHead[] = [
  // Plural and dual heads before a list of names ("Ministers A and B", «الوزيران A وB»): each name's.
  ...([
    [['ministers'], 'minister'], [['secretaries'], 'minister'], [['mayors'], 'mayor'], [['premiers'], 'prime-minister'],
    [['governors'], 'governor'], [['ambassadors'], 'ambassador'], [['envoys'], 'ambassador'], [['judges'], 'judge'],
    [['justices'], 'judge'], [['senators'], 'member'], [['councillors'], 'member'], [['mps'], 'member'],
    [['spokesmen'], 'spokesperson'], [['spokeswomen'], 'spokesperson'], [['commissioners'], 'commissioner'],
    [['coaches'], 'coach'], [['captains'], 'captain'],
  ] as const).map(([words, family]): TitleHead => ({ words: [...words], family, lang: 'en', linkers: ['of', 'for'], plural: true })),
  ...([
    [['الوزيران'], 'minister'], [['الوزيرين'], 'minister'], [['الوزيرتان'], 'minister'], [['الوزيرتين'], 'minister'],
    [['السفيران'], 'ambassador'], [['السفيرين'], 'ambassador'], [['المحافظان'], 'governor'],
    [['القاضيان'], 'judge'], [['القاضيين'], 'judge'], [['المدربان'], 'coach'],
    // The dual in construct before joined portfolios: «وزيرا الخارجية والدفاع», «وزيرتا».
    [['وزيرا'], 'minister'], [['وزيرتا'], 'minister'],
  ] as const).map(([words, family]): TitleHead => ({ words: [...words], family, lang: 'ar', plural: true })),
  { words: ['وزير'], family: 'minister', lang: 'ar' },
  { words: ['وزيره'], family: 'minister', lang: 'ar' },
  { words: ['المتحدث', 'باسم'], family: 'spokesperson', lang: 'ar' },
  { words: ['المتحدثه', 'باسم'], family: 'spokesperson', lang: 'ar' },
  { words: ['الناطق', 'باسم'], family: 'spokesperson', lang: 'ar' },
  { words: ['الناطقه', 'باسم'], family: 'spokesperson', lang: 'ar' },
  { words: ['المتحدث', 'الرسمي', 'باسم'], family: 'spokesperson', lang: 'ar' },
  { words: ['السفير'], family: 'ambassador', lang: 'ar' },
  { words: ['السفيره'], family: 'ambassador', lang: 'ar' },
  { words: ['سفير'], family: 'ambassador', lang: 'ar' },
  { words: ['سفيره'], family: 'ambassador', lang: 'ar' },
  { words: ['عضو'], family: 'member', lang: 'ar' },
  { words: ['عضوة'], family: 'member', lang: 'ar' },
  { words: ['السيناتور'], family: 'member', lang: 'ar' },
  { words: ['سيناتور'], family: 'member', lang: 'ar' },
  { words: ['السيناتورة'], family: 'member', lang: 'ar' },
  { words: ['القائم', 'بالأعمال'], family: 'charge', lang: 'ar' },
  { words: ['القائمة', 'بالأعمال'], family: 'charge', lang: 'ar' },
  { words: ['القائم', 'بأعمال'], family: 'charge', lang: 'ar' },
  { words: ['القائمة', 'بأعمال'], family: 'charge', lang: 'ar' },
  { words: ['مستشار'], family: 'adviser', lang: 'ar' },
  { words: ['مستشارة'], family: 'adviser', lang: 'ar' },
  { words: ['نائب', 'رئيس'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'زعيم'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'قائد'], family: 'deputy', lang: 'ar' },
  { words: ['رئيس'], family: 'leads', lang: 'ar' },
  { words: ['زعيم'], family: 'leads', lang: 'ar' },
  { words: ['قائد'], family: 'leads', lang: 'ar' },
  { words: ['امين', 'عام'], family: 'leads', lang: 'ar' },
  { words: ['الامين', 'العام'], family: 'leads', lang: 'ar' },
  { words: ['الممثل', 'السياسي'], family: 'representative', lang: 'ar' },
  { words: ['ممثل'], family: 'representative', lang: 'ar' },
  { words: ['الجناح', 'السياسي'], family: 'representative', lang: 'ar' },
  { words: ['رئيس', 'الوزراء'], family: 'prime-minister', lang: 'ar' },
  { words: ['رئيس', 'مجلس', 'الوزراء'], family: 'prime-minister', lang: 'ar' },
  { words: ['رئيس', 'الحكومة'], family: 'prime-minister', lang: 'ar' },
  { words: ['رئيسة', 'الوزراء'], family: 'prime-minister', lang: 'ar' },
  { words: ['رئيسة', 'الحكومة'], family: 'prime-minister', lang: 'ar' },
  // The head of a named country's or nation's government, in construct with its name (رئيس وزراء ويلز, رئيسة وزراء اسكتلندا).
  { words: ['رئيس', 'وزراء'], family: 'prime-minister', lang: 'ar' },
  { words: ['رئيسة', 'وزراء'], family: 'prime-minister', lang: 'ar' },
  { words: ['رئيس', 'مجلس', 'الإدارة'], family: 'chair', lang: 'ar' },
  { words: ['رئيسة', 'مجلس', 'الإدارة'], family: 'chair', lang: 'ar' },
  { words: ['الرئيس', 'التنفيذي'], family: 'chief-executive', lang: 'ar' },
  { words: ['الرئيسة', 'التنفيذية'], family: 'chief-executive', lang: 'ar' },
  { words: ['العضو', 'المنتدب'], family: 'managing-director', lang: 'ar' },
  { words: ['القاضي'], family: 'judge', lang: 'ar' },
  { words: ['القاضية'], family: 'judge', lang: 'ar' },
  // The callings of a court besides the judge's: a public prosecutor (النائب العام in Egypt, Kuwait
  // and Jordan, المدعي العام in the Levant, وكيل النيابة below them) and a lawyer. No role names them:
  // a post of role `other` carries them in its titles (rules/posts/judicialTitle.ts). Source: the
  // titles as the courts' and prosecutors' own statements and the Arabic press (Al-Ahram, KUNA,
  // Petra, Asharq Al-Awsat) print them; English forms as Reuters, AP and the BBC write them.
  { words: ['النائب', 'العام'], family: 'prosecutor', lang: 'ar' },
  { words: ['النائبة', 'العامة'], family: 'prosecutor', lang: 'ar' },
  { words: ['المدعي', 'العام'], family: 'prosecutor', lang: 'ar' },
  { words: ['المدعية', 'العامة'], family: 'prosecutor', lang: 'ar' },
  { words: ['وكيل', 'النيابة'], family: 'prosecutor', lang: 'ar' },
  { words: ['وكيلة', 'النيابة'], family: 'prosecutor', lang: 'ar' },
  { words: ['محامي'], family: 'lawyer', lang: 'ar' },
  { words: ['المحامي'], family: 'lawyer', lang: 'ar' },
  { words: ['محامية'], family: 'lawyer', lang: 'ar' },
  { words: ['المحامية'], family: 'lawyer', lang: 'ar' },
  { words: ['prosecutor'], family: 'prosecutor', lang: 'en', linkers: ['of', 'for'] },
  { words: ['public', 'prosecutor'], family: 'prosecutor', lang: 'en', linkers: ['of', 'for'] },
  { words: ['prosecutor', 'general'], family: 'prosecutor', lang: 'en', linkers: ['of'] },
  { words: ['attorney', 'general'], family: 'prosecutor', lang: 'en', linkers: ['of'] },
  { words: ['lawyer'], family: 'lawyer', lang: 'en', linkers: ['for', 'of'] },
  { words: ['attorney'], family: 'lawyer', lang: 'en', linkers: ['for', 'of'] },
  { words: ['محافظ'], family: 'governor', lang: 'ar' },
  { words: ['مدرب'], family: 'coach', lang: 'ar' },
  { words: ['لاعب'], family: 'player', lang: 'ar' },
  // Feminine and definite forms, and the other posts of news writing (stems keep the article
  // and the feminine ending, so each form is listed).
  { words: ['وزير', 'الدولة'], family: 'minister', lang: 'ar' },
  { words: ['وزيرة', 'الدولة'], family: 'minister', lang: 'ar' },
  { words: ['الوزير'], family: 'minister', lang: 'ar' },
  { words: ['الوزيرة'], family: 'minister', lang: 'ar' },
  { words: ['رئيسة'], family: 'leads', lang: 'ar' },
  { words: ['الرئيسة'], family: 'leads', lang: 'ar' },
  { words: ['زعيمة'], family: 'leads', lang: 'ar' },
  { words: ['قائدة'], family: 'leads', lang: 'ar' },
  { words: ['أمينة', 'عامة'], family: 'leads', lang: 'ar' },
  { words: ['الأمينة', 'العامة'], family: 'leads', lang: 'ar' },
  { words: ['نائبة', 'رئيس'], family: 'deputy', lang: 'ar' },
  { words: ['نائبة', 'رئيسة'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'رئيسة'], family: 'deputy', lang: 'ar' },
  { words: ['ممثلة'], family: 'representative', lang: 'ar' },
  { words: ['ممثلا'], family: 'representative', lang: 'ar' },
  { words: ['مدير'], family: 'director', lang: 'ar' },
  { words: ['المدير'], family: 'director', lang: 'ar' },
  { words: ['مديرة'], family: 'director', lang: 'ar' },
  { words: ['المديرة'], family: 'director', lang: 'ar' },
  { words: ['المدير', 'العام'], family: 'director', lang: 'ar' },
  { words: ['المديرة', 'العامة'], family: 'director', lang: 'ar' },
  { words: ['مدير', 'عام'], family: 'director', lang: 'ar' },
  { words: ['مديرة', 'عامة'], family: 'director', lang: 'ar' },
  { words: ['المدير', 'التنفيذي'], family: 'chief-executive', lang: 'ar' },
  { words: ['المديرة', 'التنفيذية'], family: 'chief-executive', lang: 'ar' },
  { words: ['رئيس', 'تنفيذي'], family: 'chief-executive', lang: 'ar' },
  { words: ['رئيسة', 'تنفيذية'], family: 'chief-executive', lang: 'ar' },
  { words: ['رئيسة', 'مجلس', 'إدارة'], family: 'chair', lang: 'ar' },
  { words: ['رئيس', 'مجلس', 'إدارة'], family: 'chair', lang: 'ar' },
  { words: ['مؤسس'], family: 'founder', lang: 'ar' },
  { words: ['المؤسس'], family: 'founder', lang: 'ar' },
  { words: ['الملك'], family: 'king', lang: 'ar' },
  { words: ['ملك'], family: 'king', lang: 'ar' },
  { words: ['الملكة'], family: 'king', lang: 'ar' },
  { words: ['ملكة'], family: 'king', lang: 'ar' },
  { words: ['العاهل'], family: 'king', lang: 'ar' },
  { words: ['ولي', 'العهد'], family: 'crown-prince', lang: 'ar' },
  { words: ['محافظة'], family: 'governor', lang: 'ar' },
  { words: ['مدربة'], family: 'coach', lang: 'ar' },
  { words: ['لاعبة'], family: 'player', lang: 'ar' },
  { words: ['قائد', 'الفريق'], family: 'captain', lang: 'ar' },
  { words: ['قائد', 'المنتخب'], family: 'captain', lang: 'ar' },
  // The Maghreb and Levant forms of the secretary-general and of the deputy posts (Tunisian and
  // Moroccan unions, parties and ministries write الكاتب العام for الأمين العام; a deputy is
  // المساعد after the title, or نائب/مساعد before it; وكيل الوزارة is a ministry's permanent
  // under-secretary). Source: the titles of the UGTT's and Morocco's official bodies as printed
  // in their own statements, and the Arabic editions of the wire agencies.
  { words: ['الكاتب', 'العام'], family: 'leads', lang: 'ar' },
  { words: ['الكاتبة', 'العامة'], family: 'leads', lang: 'ar' },
  { words: ['كاتب', 'عام'], family: 'leads', lang: 'ar' },
  { words: ['كاتبة', 'عامة'], family: 'leads', lang: 'ar' },
  { words: ['الكاتب', 'العام', 'المساعد'], family: 'deputy', lang: 'ar' },
  { words: ['الكاتبة', 'العامة', 'المساعدة'], family: 'deputy', lang: 'ar' },
  { words: ['كاتب', 'عام', 'مساعد'], family: 'deputy', lang: 'ar' },
  { words: ['الأمين', 'العام', 'المساعد'], family: 'deputy', lang: 'ar' },
  { words: ['الأمينة', 'العامة', 'المساعدة'], family: 'deputy', lang: 'ar' },
  { words: ['أمين', 'عام', 'مساعد'], family: 'deputy', lang: 'ar' },
  { words: ['المدير', 'العام', 'المساعد'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'الأمين', 'العام'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'الكاتب', 'العام'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'المدير', 'العام'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'المدير'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'مدير'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'الوزير'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'وزير'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'المحافظ'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'محافظ'], family: 'deputy', lang: 'ar' },
  { words: ['نائب', 'القائد', 'العام'], family: 'deputy', lang: 'ar' },
  { words: ['مساعد', 'الأمين', 'العام'], family: 'deputy', lang: 'ar' },
  { words: ['مساعد', 'الكاتب', 'العام'], family: 'deputy', lang: 'ar' },
  { words: ['مساعد', 'المدير', 'العام'], family: 'deputy', lang: 'ar' },
  { words: ['مساعد', 'وزير'], family: 'deputy', lang: 'ar' },
  { words: ['وكيل', 'وزارة'], family: 'deputy', lang: 'ar' },
  { words: ['وكيل', 'الوزارة'], family: 'deputy', lang: 'ar' },
  { words: ['وكيلة', 'وزارة'], family: 'deputy', lang: 'ar' },
  { words: ['وكيلة', 'الوزارة'], family: 'deputy', lang: 'ar' },
  // An assistant undersecretary, a rank below وكيل الوزارة (Jordan, Kuwait, Egypt, the Gulf), and
  // its English form (rules/posts/assistantTitle.ts compares the two ranks). Source: the titles as
  // the ministries' own statements and Petra, KUNA and SPA print them.
  { words: ['الوكيل', 'المساعد'], family: 'deputy', lang: 'ar' },
  { words: ['الوكيلة', 'المساعدة'], family: 'deputy', lang: 'ar' },
  { words: ['وكيل', 'مساعد'], family: 'deputy', lang: 'ar' },
  { words: ['وكيلة', 'مساعدة'], family: 'deputy', lang: 'ar' },
  { words: ['assistant', 'undersecretary'], family: 'deputy', lang: 'en', linkers: ['of', 'for'] },
  { words: ['assistant', 'under', 'secretary'], family: 'deputy', lang: 'en', linkers: ['of', 'for'] },
  { words: ['القائد', 'العام'], family: 'leads', lang: 'ar' },
  // Verbs of heading after a relative pronoun: «فلان، الذي يرأس هيئة …», «التي تقود وزارة …».
  { words: ['يرأس'], family: 'leads', lang: 'ar' },
  { words: ['ترأس'], family: 'leads', lang: 'ar' },
  { words: ['يقود'], family: 'leads', lang: 'ar' },
  { words: ['تقود'], family: 'leads', lang: 'ar' },
  { words: ['نقيب'], family: 'leads', lang: 'ar' },
  { words: ['نقيبة'], family: 'leads', lang: 'ar' },
  { words: ['رئيس', 'بلدية'], family: 'mayor', lang: 'ar' },
  { words: ['رئيسة', 'بلدية'], family: 'mayor', lang: 'ar' },
  { words: ['عمدة'], family: 'mayor', lang: 'ar' },
  { words: ['والي'], family: 'governor', lang: 'ar' },
  { words: ['والية'], family: 'governor', lang: 'ar' },
  { words: ['قائممقام'], family: 'governor', lang: 'ar' },
  { words: ['قائمقام'], family: 'governor', lang: 'ar' },
  // A commissioner heads a service (police, fire and emergency services) or sits on a commission:
  // the title is its own family, accepted for a post of role head or member (rules/posts).
  { words: ['مفوض'], family: 'commissioner', lang: 'ar' },
  { words: ['المفوض'], family: 'commissioner', lang: 'ar' },
  { words: ['مفوضة'], family: 'commissioner', lang: 'ar' },
  { words: ['المفوضة'], family: 'commissioner', lang: 'ar' },
  { words: ['المفوض', 'العام'], family: 'commissioner', lang: 'ar' },
  { words: ['commissioner'], family: 'commissioner', lang: 'en', linkers: ['of', 'for'] },
  { words: ['deputy', 'commissioner'], family: 'deputy', lang: 'en', linkers: ['of', 'for'] },
  { words: ['assistant', 'commissioner'], family: 'deputy', lang: 'en', linkers: ['of', 'for'] },
  { words: ['deputy', 'secretary', 'general'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['deputy', 'secretarygeneral'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['assistant', 'secretary', 'general'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['assistant', 'secretarygeneral'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['deputy', 'director'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['deputy', 'director', 'general'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['deputy', 'directorgeneral'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['deputy', 'minister'], family: 'deputy', lang: 'en', linkers: ['of', 'for'] },
  { words: ['deputy', 'mayor'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['deputy', 'governor'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['undersecretary'], family: 'deputy', lang: 'en', linkers: ['of', 'for'] },
  { words: ['under', 'secretary'], family: 'deputy', lang: 'en', linkers: ['of', 'for'] },
  { words: ['lord', 'mayor'], family: 'mayor', lang: 'en', linkers: ['of'] },
  { words: ['president'], family: 'leads', lang: 'en', linkers: ['of'] },
  { words: ['vice', 'president'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['vicepresident'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['director'], family: 'director', lang: 'en', linkers: ['of', 'at', 'for'] },
  // Posts below an organisation's head, of any kind (titleAccepts.ts): an operations manager, a
  // project coordinator, «مسؤول العمليات», «منسقة المشروع».
  { words: ['manager'], family: 'staff', lang: 'en', linkers: ['of', 'at', 'for'] },
  { words: ['coordinator'], family: 'staff', lang: 'en', linkers: ['of', 'at', 'for'] },
  { words: ['co-ordinator'], family: 'staff', lang: 'en', linkers: ['of', 'at', 'for'] },
  // An organisation's chief economist, a staff post below its head, as Reuters, Bloomberg and the
  // Arabic wires (Asharq Al-Awsat, Al Arabiya) name it: «كبير الاقتصاديين في البنك الدولي», «كبيرة
  // اقتصاديي صندوق النقد الدولي», "chief economist at Capital Economics".
  { words: ['chief', 'economist'], family: 'staff', lang: 'en', linkers: ['at', 'of', 'for'] },
  { words: ['كبير', 'الاقتصاديين'], family: 'staff', lang: 'ar' },
  { words: ['كبيرة', 'الاقتصاديين'], family: 'staff', lang: 'ar' },
  { words: ['كبير', 'اقتصاديي'], family: 'staff', lang: 'ar' },
  { words: ['كبيرة', 'اقتصاديي'], family: 'staff', lang: 'ar' },
  { words: ['مسؤول'], family: 'staff', lang: 'ar' },
  { words: ['مسؤولة'], family: 'staff', lang: 'ar' },
  { words: ['المسؤول'], family: 'staff', lang: 'ar' },
  { words: ['المسؤولة'], family: 'staff', lang: 'ar' },
  { words: ['منسق'], family: 'staff', lang: 'ar' },
  { words: ['منسقة'], family: 'staff', lang: 'ar' },
  { words: ['المنسق'], family: 'staff', lang: 'ar' },
  { words: ['المنسقة'], family: 'staff', lang: 'ar' },
  // A supervisor of a site, a shift or a project (مشرف الموقع, مشرفة المناوبة); only the
  // indefinite head of a construct, since «المشرف» also follows a body as its adjective
  // (الوزير المشرف على الملف: the minister in charge of the file).
  { words: ['مشرف'], family: 'staff', lang: 'ar' },
  { words: ['مشرفة'], family: 'staff', lang: 'ar' },
  { words: ['director', 'general'], family: 'director', lang: 'en', linkers: ['of'] },
  { words: ['directorgeneral'], family: 'director', lang: 'en', linkers: ['of'] },
  { words: ['chair'], family: 'chair', lang: 'en', linkers: ['of'] },
  { words: ['chairperson'], family: 'chair', lang: 'en', linkers: ['of'] },
  { words: ['founder'], family: 'founder', lang: 'en', linkers: ['of'] },
  { words: ['cofounder'], family: 'founder', lang: 'en', linkers: ['of'] },
  { words: ['owner'], family: 'owner', lang: 'en', linkers: ['of'] },
  { words: ['king'], family: 'king', lang: 'en', linkers: ['of'] },
  { words: ['queen'], family: 'king', lang: 'en', linkers: ['of'] },
  { words: ['crown', 'prince'], family: 'crown-prince', lang: 'en', linkers: ['of'] },
  { words: ['captain'], family: 'captain', lang: 'en', linkers: ['of'] },
  { words: ['skipper'], family: 'captain', lang: 'en', linkers: ['of'] },
  { words: ['prime', 'minister'], family: 'prime-minister', lang: 'en', linkers: ['of'] },
  { words: ['premier'], family: 'prime-minister', lang: 'en', linkers: ['of'] },
  { words: ['chief', 'executive'], family: 'chief-executive', lang: 'en', linkers: ['of'] },
  { words: ['ceo'], family: 'chief-executive', lang: 'en', linkers: ['of'] },
  { words: ['managing', 'director'], family: 'managing-director', lang: 'en', linkers: ['of'] },
  { words: ['chairwoman'], family: 'chair', lang: 'en', linkers: ['of'] },
  { words: ['judge'], family: 'judge', lang: 'en', linkers: ['of', 'at', 'on'] },
  { words: ['justice'], family: 'judge', lang: 'en', linkers: ['of', 'at', 'on'] },
  { words: ['governor'], family: 'governor', lang: 'en', linkers: ['of'] },
  { words: ['mayor'], family: 'mayor', lang: 'en', linkers: ['of'] },
  { words: ['coach'], family: 'coach', lang: 'en', linkers: ['of'] },
  { words: ['minister'], family: 'minister', lang: 'en', linkers: ['of', 'for'] },
  { words: ['secretary'], family: 'minister', lang: 'en', linkers: ['of', 'for'] },
  { words: ['spokesman'], family: 'spokesperson', lang: 'en', linkers: ['for', 'of'] },
  { words: ['spokeswoman'], family: 'spokesperson', lang: 'en', linkers: ['for', 'of'] },
  { words: ['spokesperson'], family: 'spokesperson', lang: 'en', linkers: ['for', 'of'] },
  { words: ['ambassador'], family: 'ambassador', lang: 'en', linkers: ['to', 'in'] },
  { words: ['envoy'], family: 'ambassador', lang: 'en', linkers: ['to', 'in'] },
  { words: ['member'], family: 'member', lang: 'en', linkers: ['of'] },
  // A councillor is a member of a council: "a Labour councillor", "councillor for Llansamlet".
  { words: ['councillor'], family: 'member', lang: 'en', linkers: ['of', 'for', 'on'] },
  { words: ['councilor'], family: 'member', lang: 'en', linkers: ['of', 'for', 'on'] },
  // Members of a parliament by their house's own word: "a Republican senator", "Labour MP".
  { words: ['senator'], family: 'member', lang: 'en', linkers: ['for', 'from'] },
  { words: ['mp'], family: 'member', lang: 'en', linkers: ['for'] },
  // A Member of the Senedd (MS, read only in capitals: Ms is a courtesy) and of the Scottish Parliament.
  { words: ['ms'], family: 'member', lang: 'en', linkers: ['for'] },
  { words: ['msp'], family: 'member', lang: 'en', linkers: ['for'] },
  // A member of the Dáil (TD, Teachta Dála, read only in capitals), of the European Parliament and of
  // a legislative assembly (Northern Ireland's, a Canadian province's, an Indian state's).
  { words: ['td'], family: 'member', lang: 'en', linkers: ['for'] },
  { words: ['mep'], family: 'member', lang: 'en', linkers: ['for'] },
  { words: ['mla'], family: 'member', lang: 'en', linkers: ['for'] },
  { words: ['lawmaker'], family: 'member', lang: 'en', linkers: ['from', 'for', 'of'] },
  { words: ['congressman'], family: 'member', lang: 'en', linkers: ['from', 'for'] },
  { words: ['congresswoman'], family: 'member', lang: 'en', linkers: ['from', 'for'] },
  { words: ['sits', 'on'], family: 'member', lang: 'en', linkers: ['the'] },
  { words: ['chargé', "d'affaires"], family: 'charge', lang: 'en', linkers: ['to', 'in'] },
  { words: ['charge', "d'affaires"], family: 'charge', lang: 'en', linkers: ['to', 'in'] },
  { words: ['adviser'], family: 'adviser', lang: 'en', linkers: ['to', 'of'] },
  { words: ['advisor'], family: 'adviser', lang: 'en', linkers: ['to', 'of'] },
  { words: ['deputy', 'head'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['deputy', 'chief'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['deputy', 'leader'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['deputy', 'commander'], family: 'deputy', lang: 'en', linkers: ['of'] },
  { words: ['secretarygeneral'], family: 'leads', lang: 'en', linkers: ['of'] },
  { words: ['secretary', 'general'], family: 'leads', lang: 'en', linkers: ['of'] },
  // The British form of a union's or an association's secretary-general: it leads the body.
  { words: ['general', 'secretary'], family: 'leads', lang: 'en', linkers: ['of'] },
  { words: ['head'], family: 'leads', lang: 'en', linkers: ['of'] },
  { words: ['heads'], family: 'leads', lang: 'en', linkers: ['the'] },
  { words: ['chairs'], family: 'chair', lang: 'en', linkers: ['the'] },
  { words: ['chief'], family: 'leads', lang: 'en', linkers: ['of'] },
  { words: ['chairman'], family: 'chair', lang: 'en', linkers: ['of'] },
  { words: ['leader'], family: 'leads', lang: 'en', linkers: ['of'] },
  { words: ['leads'], family: 'leads', lang: 'en', linkers: ['the'] },
  { words: ['commander'], family: 'leads', lang: 'en', linkers: ['of'] },
  { words: ['representative'], family: 'representative', lang: 'en', linkers: ['of', 'for'] },
  { words: ['wing'], family: 'representative', lang: 'en', linkers: ['of'] },
];

/**
 * Title heads that are verbs of heading ("who heads the council", «الذي يرأس الهيئة»): they name
 * no post of their own, so any post that heads the organisation they name is theirs (folded).
 */
export const HEADING_VERBS: ReadonlySet<string> = new Set(ks(['heads', 'leads', 'chairs', 'يرأس', 'ترأس', 'يقود', 'تقود']));

/** Verbs of heading that name a chair or a leader only ("who chairs the council"), not a chief executive (folded). */
export const CHAIRING_VERBS: ReadonlySet<string> = new Set(ks(['chairs']));

/**
 * Title heads that say only that one heads a body ("head of X", "X chief", «رئيس X»): like a verb
 * of heading, any post that heads the organisation they name is theirs, a chief executive's or a
 * managing director's as much as a chair's (folded).
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(ks(['head', 'chief', 'boss', 'رئيس', 'رئيسة', 'الرئيس', 'الرئيسة']));

/**
 * Words that make the head after them a deputy's: نائب الكاتب العام, مساعدة المدير, deputy
 * governor, vice chairman (folded). A head of one of DEPUTY_OF_FAMILIES after one of them is read
 * as a deputy's title even when the table does not list the pair.
 */
export const DEPUTY_WORDS = ks(['نائب', 'نائبة', 'مساعد', 'مساعدة', 'deputy', 'assistant', 'vice']);

/**
 * English words of scope written in lower case between a body and a title's head, with no
 * possessive: "UNICEF regional director", "WFP country director", "the IMF country
 * representative". The body before them is the title's organisation. From the titles of UN agencies,
 * development banks and companies' field offices in wire copy (AP, Reuters, AFP).
 */
export const TITLE_SCOPE_WORDS = new Set(['regional', 'country', 'national', 'global', 'area', 'district', 'field']);

/**
 * The scopes those words give a post, which exclude one another: a regional director is not a
 * country director. "National" is written for a country's office as "country" is (UNDP's national
 * director, its country director); area, district and field name no such tier and are left out.
 */
export const TITLE_SCOPES: ReadonlyMap<string, string> = new Map([
  ['regional', 'regional'],
  ['country', 'country'],
  ['national', 'country'],
  ['global', 'global'],
]);

/** Families of posts that have a deputy. */
export const DEPUTY_OF_FAMILIES: ReadonlySet<RoleFamily> = new Set<RoleFamily>(['leads', 'director', 'minister', 'governor', 'mayor', 'chair', 'chief-executive', 'commissioner', 'prime-minister', 'managing-director']);

/**
 * The ranks of the uniformed services (`ranks.ts`) are title heads too, with "of" as their linker
 * (Chief Constable of South Wales Police); a rank the table above lists already keeps its entry.
 */
const RANK_HEADS: readonly TitleHead[] = RANKS.filter((rank) => !RAW_TITLE_HEADS.some((head) => head.lang === 'en' && head.words.join(' ') === rank.words.join(' '))).map((rank) => ({
  words: rank.words,
  family: rank.family,
  lang: 'en',
  linkers: ['of'],
}));

export const TITLE_HEADS: readonly TitleHead[] = [...RAW_TITLE_HEADS, ...RANK_HEADS].map((head) => ({ ...head, words: ks(head.words), linkers: head.linkers ? ks(head.linkers) : undefined }));

/**
 * Words of a title's specifier that do not tell one post from another: place and body nouns
 * ("city", البرلمان, "parliamentary"), the general of الأمين العام, and affairs (الشؤون), whose
 * portfolio is the word beside it (foreign affairs, «الشؤون الدينية»).
 */
export const TITLE_SKIP = ks(['city', 'country', 'town', 'their', 'النيابية', 'البرلمانية', 'البرلمان', 'parliamentary', 'parliament', 'parliaments', 'العام', 'affairs', 'الشؤون']);

/** Words for a parliament, which a person's title may name beside their post without changing it. */
export const PARLIAMENT_WORDS = ks(['البرلمان', 'النيابية', 'parliament', 'parliamentary']);

/**
 * English adjectives of adjacency that may stand between a locative and a place name ("in
 * neighbouring Balochistan", "in nearby Gaziantep"); Arabic puts its own after the name («في
 * محافظة كرمان المجاورة»). From English news usage (Reuters, AFP, BBC), both spellings.
 */
export const NEIGHBOURING_WORDS = ks(['neighbouring', 'neighboring', 'nearby', 'adjacent', 'adjoining']);

/** Nouns that may stand between a locative and a place name (في العاصمة بغداد, at the port of Aden). */
export const PLACE_NOUNS = ks(['محيط', 'مدينة', 'العاصمة', 'ميناء', 'مطار', 'قاعدة', 'the', 'city', 'port', 'capital', 'base', 'airport', 'of']);

/**
 * Function words and very common verbs of reporting, which say nothing about what a sentence is
 * about; sentence alignment ignores them.
 */
export const STOPWORDS = ks([
  'في', 'من', 'الى', 'إلى', 'على', 'عن', 'مع', 'ان', 'أن', 'إن', 'قد', 'لقد', 'كان', 'كانت', 'هذا', 'هذه', 'ذلك', 'تلك', 'الذي', 'التي', 'الذين', 'ثم', 'او', 'أو',
  'بعد', 'قبل', 'حتى', 'منذ', 'خلال', 'بين', 'لدى', 'عند', 'كل', 'بعض', 'غير', 'ما', 'لا', 'لم', 'لن', 'هو', 'هي', 'هم', 'نحو', 'أكثر', 'أيضا', 'كما', 'حيث',
  'وقال', 'قال', 'قالت', 'وقالت', 'وأضاف', 'أضاف', 'وأكد', 'أكد', 'إنه', 'أنه', 'التى', 'فيه', 'فيها', 'به', 'بها', 'له', 'لها', 'منها', 'عليه', 'عليها', 'يوم',
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'it', 'its', 'he', 'she', 'his', 'her', 'they', 'their', 'them', 'we', 'our', 'as',
  'said', 'says', 'say', 'told', 'would', 'will', 'could', 'should', 'not', 'no', 'also', 'than', 'more', 'after', 'before', 'over', 'into', 'about', 'up',
  'out', 'there', 'then', 'if', 'so', 'all', 'some', 'other', 'such', 'any', 'one', 'per', 'cent', 'percent', 'year', 'years', 'day',
]);

/** Words meaning "led by" that put a leader's name after an organisation. */
export const LED_BY = ks(['بزعامه', 'بقياده', 'يتزعمها', 'يتزعمه', 'يقودها', 'يقوده', 'ledby', 'led', 'headed']);

/** Words that mark a title as past (a former holder is not a contradiction). */
/**
 * The words of FORMER that mark a title itself as past when they stand next to it (former minister,
 * الوزير السابق); "then" and "late" date a title or a person, and سابقاً is an adverb of the clause.
 */
export const PAST_TITLE_WORDS: ReadonlySet<string> = new Set(ks(['former', 'ex', 'السابق', 'السابقة', 'سابق', 'سابقة', 'الأسبق']));

/**
 * Words that mark a title as held now when they stand next to it (the current director, «المديرة
 * الحالية»), each with the word of PAST_TITLE_WORDS that marks the same title as past, in the same
 * gender and definiteness (folded keys).
 */
export const PRESENT_TITLE_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['current', 'former'],
      ['incumbent', 'former'],
      ['sitting', 'former'],
      ['الحالي', 'السابق'],
      ['الحالية', 'السابقة'],
      ['حالي', 'سابق'],
      ['حالية', 'سابقة'],
    ] as const
  ).map(([now, past]) => [wordKey(now), past]),
);

export const FORMER = ks(['السابق', 'السابقه', 'سابق', 'سابقا', 'الاسبق', 'former', 'exminister', 'then', 'late', 'ex']);

/**
 * Words after an Arabic title that make it an acting one: «وزير المالية بالوكالة», «الوزيرة
 * بالنيابة», «المدير العام بالإنابة». They are the adverbs of acting office in Arab news agencies'
 * usage (MAP, QNA, SPA, KUNA, Petra write وزير … بالوكالة and رئيس … بالنيابة) and in the
 * government gazettes of Morocco and the Gulf; they name no portfolio.
 */
export const ACTING_AFTER: ReadonlySet<string> = new Set(ks(['بالوكالة', 'بالنيابة', 'بالإنابة']));

/** The chargé's words («القائم بأعمال»), which make the title after them an acting one: القائمة بأعمال وزير المالية. */
export const ACTING_CHARGE: ReadonlySet<string> = new Set(ks(['القائم', 'القائمة']));

/** Nationality adjectives and country words: ISO code → forms (folded). */
export const NATIONALITIES: Record<string, { ar: { m: string; f: string; other: string[] }; en: string[] }> = {
  US: { ar: { m: 'الأمريكي', f: 'الأمريكية', other: ['امريكي', 'امريكيه', 'الاميركي', 'الاميركيه', 'اميركي', 'اميركيه', 'الامريكيين', 'الامريكيون', 'امريكيين'] }, en: ['us', 'u.s', 'american', 'americans', 'usa'] },
  IQ: { ar: { m: 'العراقي', f: 'العراقية', other: ['عراقي', 'عراقيه', 'العراقيين', 'عراقيين', 'العراقيون'] }, en: ['iraqi', 'iraqis'] },
  GB: { ar: { m: 'البريطاني', f: 'البريطانية', other: ['بريطاني', 'بريطانيه'] }, en: ['british', 'uk', 'britain'] },
  FR: { ar: { m: 'الفرنسي', f: 'الفرنسية', other: ['فرنسي', 'فرنسيه'] }, en: ['french'] },
  DE: { ar: { m: 'الألماني', f: 'الألمانية', other: ['الماني', 'المانيه'] }, en: ['german'] },
  IR: { ar: { m: 'الإيراني', f: 'الإيرانية', other: ['ايراني', 'ايرانيه'] }, en: ['iranian'] },
  TR: { ar: { m: 'التركي', f: 'التركية', other: ['تركي', 'تركيه'] }, en: ['turkish'] },
  RU: { ar: { m: 'الروسي', f: 'الروسية', other: ['روسي', 'روسيه'] }, en: ['russian'] },
  SY: { ar: { m: 'السوري', f: 'السورية', other: ['سوري', 'سوريه'] }, en: ['syrian'] },
  SA: { ar: { m: 'السعودي', f: 'السعودية', other: ['سعودي', 'سعوديه'] }, en: ['saudi'] },
  IL: { ar: { m: 'الإسرائيلي', f: 'الإسرائيلية', other: ['اسرائيلي', 'اسرائيليه'] }, en: ['israeli'] },
  JO: { ar: { m: 'الأردني', f: 'الأردنية', other: ['اردني', 'اردنيه'] }, en: ['jordanian'] },
  EG: { ar: { m: 'المصري', f: 'المصرية', other: ['مصري', 'مصريه'] }, en: ['egyptian'] },
  LB: { ar: { m: 'اللبناني', f: 'اللبنانية', other: ['لبناني', 'لبنانيه'] }, en: ['lebanese'] },
  YE: { ar: { m: 'اليمني', f: 'اليمنية', other: ['يمني', 'يمنيه'] }, en: ['yemeni'] },
  KW: { ar: { m: 'الكويتي', f: 'الكويتية', other: ['كويتي', 'كويتيه'] }, en: ['kuwaiti'] },
  QA: { ar: { m: 'القطري', f: 'القطرية', other: ['قطري', 'قطريه'] }, en: ['qatari'] },
  AE: { ar: { m: 'الإماراتي', f: 'الإماراتية', other: ['اماراتي', 'اماراتيه'] }, en: ['emirati'] },
  CN: { ar: { m: 'الصيني', f: 'الصينية', other: ['صيني', 'صينيه'] }, en: ['chinese'] },
  IT: { ar: { m: 'الإيطالي', f: 'الإيطالية', other: ['ايطالي', 'ايطاليه'] }, en: ['italian'] },
  CA: { ar: { m: 'الكندي', f: 'الكندية', other: ['كندي', 'كنديه'] }, en: ['canadian'] },
  AU: { ar: { m: 'الأسترالي', f: 'الأسترالية', other: ['استرالي', 'استراليه'] }, en: ['australian'] },
  PS: { ar: { m: 'الفلسطيني', f: 'الفلسطينية', other: ['فلسطيني', 'فلسطينيه'] }, en: ['palestinian'] },
  KR: { ar: { m: 'الكوري', f: 'الكورية', other: [] }, en: ['korean'] },
  JP: { ar: { m: 'الياباني', f: 'اليابانية', other: [] }, en: ['japanese'] },
  ES: { ar: { m: 'الإسباني', f: 'الإسبانية', other: [] }, en: ['spanish'] },
  NL: { ar: { m: 'الهولندي', f: 'الهولندية', other: [] }, en: ['dutch'] },
  TN: { ar: { m: 'التونسي', f: 'التونسية', other: ['تونسي', 'تونسيه'] }, en: ['tunisian'] },
  MA: { ar: { m: 'المغربي', f: 'المغربية', other: ['مغربي', 'مغربيه'] }, en: ['moroccan'] },
  DZ: { ar: { m: 'الجزائري', f: 'الجزائرية', other: ['جزائري', 'جزائريه'] }, en: ['algerian'] },
  LY: { ar: { m: 'الليبي', f: 'الليبية', other: ['ليبي', 'ليبيه'] }, en: ['libyan'] },
  SD: { ar: { m: 'السوداني', f: 'السودانية', other: ['سوداني', 'سودانيه'] }, en: ['sudanese'] },
  OM: { ar: { m: 'العماني', f: 'العمانية', other: ['عماني', 'عمانيه'] }, en: ['omani'] },
  BH: { ar: { m: 'البحريني', f: 'البحرينية', other: ['بحريني', 'بحرينيه'] }, en: ['bahraini'] },
  MR: { ar: { m: 'الموريتاني', f: 'الموريتانية', other: ['موريتاني', 'موريتانيه'] }, en: ['mauritanian'] },
  // السويدي (Swedish) is left out: it is a common family name (al-Suwaidi).
  NZ: { ar: { m: 'النيوزيلندي', f: 'النيوزيلندية', other: ['نيوزيلندي', 'نيوزيلنديه'] }, en: ['zealander', 'zealanders'] },
  IE: { ar: { m: 'الأيرلندي', f: 'الأيرلندية', other: ['ايرلندي', 'ايرلنديه', 'الإيرلندي', 'الإيرلندية'] }, en: ['irish'] },
  NO: { ar: { m: 'النرويجي', f: 'النرويجية', other: ['نرويجي', 'نرويجيه'] }, en: ['norwegian'] },
  DK: { ar: { m: 'الدنماركي', f: 'الدنماركية', other: ['دنماركي', 'دنماركيه'] }, en: ['danish'] },
  BR: { ar: { m: 'البرازيلي', f: 'البرازيلية', other: ['برازيلي', 'برازيليه'] }, en: ['brazilian'] },
  MX: { ar: { m: 'المكسيكي', f: 'المكسيكية', other: ['مكسيكي', 'مكسيكيه'] }, en: ['mexican'] },
  GR: { ar: { m: 'اليوناني', f: 'اليونانية', other: ['يوناني', 'يونانيه'] }, en: ['greek'] },
  PL: { ar: { m: 'البولندي', f: 'البولندية', other: ['بولندي', 'بولنديه'] }, en: ['polish'] },
  UA: { ar: { m: 'الأوكراني', f: 'الأوكرانية', other: ['اوكراني', 'اوكرانيه'] }, en: ['ukrainian'] },
  PT: { ar: { m: 'البرتغالي', f: 'البرتغالية', other: ['برتغالي', 'برتغاليه'] }, en: ['portuguese'] },
  BE: { ar: { m: 'البلجيكي', f: 'البلجيكية', other: ['بلجيكي', 'بلجيكيه'] }, en: ['belgian'] },
  AT: { ar: { m: 'النمساوي', f: 'النمساوية', other: ['نمساوي', 'نمساويه'] }, en: ['austrian'] },
  IN: { ar: { m: 'الهندي', f: 'الهندية', other: ['هندي', 'هنديه'] }, en: ['indian'] },
  // Nations of Africa, Asia, Latin America and Europe in world news. Left out: adjectives that are
  // common words or family names in Arabic (المالي 'financial', الروماني 'Roman', المجري
  // 'the channel', الألباني a family name) and adjectives of two words (South African).
  KE: { ar: { m: 'الكيني', f: 'الكينية', other: ['كيني', 'كينيه'] }, en: ['kenyan', 'kenyans'] },
  CL: { ar: { m: 'التشيلي', f: 'التشيلية', other: ['تشيلي', 'تشيليه'] }, en: ['chilean', 'chileans'] },
  NG: { ar: { m: 'النيجيري', f: 'النيجيرية', other: ['نيجيري', 'نيجيريه'] }, en: ['nigerian', 'nigerians'] },
  ET: { ar: { m: 'الإثيوبي', f: 'الإثيوبية', other: ['اثيوبي', 'اثيوبيه', 'الاثيوبي', 'الاثيوبيه'] }, en: ['ethiopian', 'ethiopians'] },
  PK: { ar: { m: 'الباكستاني', f: 'الباكستانية', other: ['باكستاني', 'باكستانيه'] }, en: ['pakistani', 'pakistanis'] },
  AF: { ar: { m: 'الأفغاني', f: 'الأفغانية', other: ['افغاني', 'افغانيه'] }, en: ['afghan', 'afghans'] },
  BD: { ar: { m: 'البنغلاديشي', f: 'البنغلاديشية', other: ['بنغلاديشي', 'بنغلاديشيه'] }, en: ['bangladeshi'] },
  ID: { ar: { m: 'الإندونيسي', f: 'الإندونيسية', other: ['اندونيسي', 'اندونيسيه'] }, en: ['indonesian'] },
  MY: { ar: { m: 'الماليزي', f: 'الماليزية', other: ['ماليزي', 'ماليزيه'] }, en: ['malaysian'] },
  PH: { ar: { m: 'الفلبيني', f: 'الفلبينية', other: ['فلبيني', 'فلبينيه'] }, en: ['filipino', 'philippine'] },
  AR: { ar: { m: 'الأرجنتيني', f: 'الأرجنتينية', other: ['ارجنتيني', 'ارجنتينيه'] }, en: ['argentine', 'argentinian'] },
  CO: { ar: { m: 'الكولومبي', f: 'الكولومبية', other: ['كولومبي', 'كولومبيه'] }, en: ['colombian'] },
  PE: { ar: { m: 'البيروفي', f: 'البيروفية', other: ['بيروفي', 'بيروفيه'] }, en: ['peruvian'] },
  VE: { ar: { m: 'الفنزويلي', f: 'الفنزويلية', other: ['فنزويلي', 'فنزويليه'] }, en: ['venezuelan'] },
  CH: { ar: { m: 'السويسري', f: 'السويسرية', other: ['سويسري', 'سويسريه'] }, en: ['swiss'] },
  FI: { ar: { m: 'الفنلندي', f: 'الفنلندية', other: ['فنلندي', 'فنلنديه'] }, en: ['finnish'] },
  SO: { ar: { m: 'الصومالي', f: 'الصومالية', other: ['صومالي', 'صوماليه'] }, en: ['somali'] },
  UG: { ar: { m: 'الأوغندي', f: 'الأوغندية', other: ['اوغندي', 'اوغنديه'] }, en: ['ugandan'] },
  TZ: { ar: { m: 'التنزاني', f: 'التنزانية', other: ['تنزاني', 'تنزانيه'] }, en: ['tanzanian'] },
  SN: { ar: { m: 'السنغالي', f: 'السنغالية', other: ['سنغالي', 'سنغاليه'] }, en: ['senegalese'] },
  GH: { ar: { m: 'الغاني', f: 'الغانية', other: ['غاني', 'غانيه'] }, en: ['ghanaian'] },
  TH: { ar: { m: 'التايلاندي', f: 'التايلاندية', other: ['تايلاندي', 'تايلانديه'] }, en: ['thai'] },
  VN: { ar: { m: 'الفيتنامي', f: 'الفيتنامية', other: ['فيتنامي', 'فيتناميه'] }, en: ['vietnamese'] },
  CU: { ar: { m: 'الكوبي', f: 'الكوبية', other: ['كوبي', 'كوبيه'] }, en: ['cuban'] },
  RS: { ar: { m: 'الصربي', f: 'الصربية', other: ['صربي', 'صربيه'] }, en: ['serbian'] },
  HR: { ar: { m: 'الكرواتي', f: 'الكرواتية', other: ['كرواتي', 'كرواتيه'] }, en: ['croatian'] },
  CY: { ar: { m: 'القبرصي', f: 'القبرصية', other: ['قبرصي', 'قبرصيه'] }, en: ['cypriot'] },
  AZ: { ar: { m: 'الأذربيجاني', f: 'الأذربيجانية', other: ['اذربيجاني', 'اذربيجانيه'] }, en: ['azerbaijani'] },
  AM: { ar: { m: 'الأرميني', f: 'الأرمينية', other: ['ارميني', 'ارمينيه', 'الارمني', 'الارمنيه'] }, en: ['armenian'] },
  SG: { ar: { m: 'السنغافوري', f: 'السنغافورية', other: ['سنغافوري', 'سنغافوريه'] }, en: ['singaporean'] },
  EC: { ar: { m: 'الإكوادوري', f: 'الإكوادورية', other: ['اكوادوري', 'اكوادوريه'] }, en: ['ecuadorian'] },
  BO: { ar: { m: 'البوليفي', f: 'البوليفية', other: ['بوليفي', 'بوليفيه'] }, en: ['bolivian'] },
  TD: { ar: { m: 'التشادي', f: 'التشادية', other: ['تشادي', 'تشاديه'] }, en: ['chadian'] },
  RW: { ar: { m: 'الرواندي', f: 'الرواندية', other: ['رواندي', 'روانديه'] }, en: ['rwandan'] },
  ZW: { ar: { m: 'الزيمبابوي', f: 'الزيمبابوية', other: ['زيمبابوي', 'زيمبابويه'] }, en: ['zimbabwean'] },
  ZM: { ar: { m: 'الزامبي', f: 'الزامبية', other: ['زامبي', 'زامبيه'] }, en: ['zambian'] },
  MZ: { ar: { m: 'الموزمبيقي', f: 'الموزمبيقية', other: ['موزمبيقي', 'موزمبيقيه'] }, en: ['mozambican'] },
  AO: { ar: { m: 'الأنغولي', f: 'الأنغولية', other: ['انغولي', 'انغوليه'] }, en: ['angolan'] },
  DJ: { ar: { m: 'الجيبوتي', f: 'الجيبوتية', other: ['جيبوتي', 'جيبوتيه'] }, en: ['djiboutian'] },
  ER: { ar: { m: 'الإريتري', f: 'الإريترية', other: ['اريتري', 'اريتريه'] }, en: ['eritrean'] },
  CZ: { ar: { m: 'التشيكي', f: 'التشيكية', other: ['تشيكي', 'تشيكيه'] }, en: ['czech'] },
  BG: { ar: { m: 'البلغاري', f: 'البلغارية', other: ['بلغاري', 'بلغاريه'] }, en: ['bulgarian'] },
  CM: { ar: { m: 'الكاميروني', f: 'الكاميرونية', other: ['كاميروني', 'كاميرونيه'] }, en: ['cameroonian'] },
  KZ: { ar: { m: 'الكازاخستاني', f: 'الكازاخستانية', other: ['كازاخستاني', 'كازاخستانيه'] }, en: ['kazakh', 'kazakhstani'] },
  UZ: { ar: { m: 'الأوزبكي', f: 'الأوزبكية', other: ['اوزبكي', 'اوزبكيه'] }, en: ['uzbek'] },
  NP: { ar: { m: 'النيبالي', f: 'النيبالية', other: ['نيبالي', 'نيباليه'] }, en: ['nepalese', 'nepali'] },
  LK: { ar: { m: 'السريلانكي', f: 'السريلانكية', other: ['سريلانكي', 'سريلانكيه'] }, en: ['lankan'] },
  TW: { ar: { m: 'التايواني', f: 'التايوانية', other: ['تايواني', 'تايوانيه'] }, en: ['taiwanese'] },
  IS: { ar: { m: 'الآيسلندي', f: 'الآيسلندية', other: ['ايسلندي', 'ايسلنديه'] }, en: ['icelandic'] },
};

/**
 * Adjectives of the nations of the United Kingdom (Welsh, «ويلزية», Scottish, English), by the
 * nation's gazetteer id, in the forms of `NATIONALITIES`: they name a place as a nationality does
 * ("a Scottish town", «مدينة اسكتلندية»), for the places named by an adjective only (a person or a
 * body of a nation is a matter of titles, which these do not touch). Folded where matched.
 */
export const NATION_ADJECTIVES: Record<string, { ar: { m: string; f: string; other: string[] }; en: string[] }> = {
  wales: { ar: { m: 'الويلزي', f: 'الويلزية', other: ['ويلزي', 'ويلزية'] }, en: ['welsh'] },
  scotland: { ar: { m: 'الاسكتلندي', f: 'الاسكتلندية', other: ['اسكتلندي', 'اسكتلندية', 'الإسكتلندي', 'الإسكتلندية', 'إسكتلندي', 'إسكتلندية'] }, en: ['scottish'] },
  england: { ar: { m: 'الإنجليزي', f: 'الإنجليزية', other: ['إنجليزي', 'إنجليزية', 'الإنكليزي', 'الإنكليزية', 'إنكليزي', 'إنكليزية'] }, en: ['english'] },
};

/** The gazetteer id (knowledge/lexicon/places.json) of each country a nationality names. */
export const COUNTRY_PLACE: Record<string, string> = {
  US: 'usa', IQ: 'iraq', GB: 'uk', FR: 'france', DE: 'germany', IR: 'iran', TR: 'turkey', RU: 'russia', SY: 'syria',
  SA: 'saudi-arabia', IL: 'israel', JO: 'jordan', EG: 'egypt', LB: 'lebanon', YE: 'yemen', KW: 'kuwait', QA: 'qatar',
  AE: 'uae', CN: 'china', IT: 'italy', CA: 'canada', AU: 'australia', PS: 'palestine', KR: 'south-korea', JP: 'japan',
  ES: 'spain', NL: 'netherlands', TN: 'tunisia', MA: 'morocco', DZ: 'algeria', LY: 'libya', SD: 'sudan', OM: 'oman', BH: 'bahrain', MR: 'mauritania',
  NZ: 'new-zealand', IE: 'ireland', NO: 'norway', DK: 'denmark', BR: 'brazil', MX: 'mexico', GR: 'greece', PL: 'poland', UA: 'ukraine', PT: 'portugal', BE: 'belgium', AT: 'austria', IN: 'india',
  KE: 'kenya', CL: 'chile', NG: 'nigeria', ET: 'ethiopia', PK: 'pakistan', AF: 'afghanistan', BD: 'bangladesh', ID: 'indonesia', MY: 'malaysia', PH: 'philippines', AR: 'argentina', CO: 'colombia', PE: 'peru', VE: 'venezuela', CH: 'switzerland', FI: 'finland', SO: 'somalia', UG: 'uganda', TZ: 'tanzania', SN: 'senegal', GH: 'ghana', TH: 'thailand', VN: 'vietnam', CU: 'cuba', RS: 'serbia', HR: 'croatia', CY: 'cyprus', AZ: 'azerbaijan', AM: 'armenia', SG: 'singapore', EC: 'ecuador', BO: 'bolivia', TD: 'chad', RW: 'rwanda', ZW: 'zimbabwe', ZM: 'zambia', MZ: 'mozambique', AO: 'angola', DJ: 'djibouti', ER: 'eritrea', CZ: 'czechia', BG: 'bulgaria', CM: 'cameroon', KZ: 'kazakhstan', UZ: 'uzbekistan', NP: 'nepal', LK: 'sri-lanka', TW: 'taiwan', IS: 'iceland',
};

/**
 * Prepositions of a heading (moves towards X, «يتقدم نحو X», «باتجاه X»): a locative of direction
 * for a place after them, as "to" is; not in `LOCATIVES`, which the drawing reads too (folded).
 */
export const HEADING_WORDS = ks(['towards', 'toward', 'نحو', 'باتجاه']);

/**
 * Prepositions before the place someone or something comes from (a farmer from Ajloun, «مزارع من
 * عجلون»): a slot of origin of its own, not a locative (folded).
 */
export const ORIGIN_WORDS = ks(['from', 'من']);

/**
 * Prepositions before the far end of a route, right after its start ("from Tanta to Alexandria",
 * «من سوسة إلى صفاقس»; `extract/routes.ts`). Folded.
 */
export const ROUTE_END_WORDS = ks(['to', 'إلى']);

/**
 * Words of return before a route (trains return from Alexandria to Tanta, «رحلات العودة من صفاقس
 * إلى سوسة»): the way back of the article's route, not its ends swapped (`rules/places/routes.ts`).
 * Folded; the Arabic verbs with their prefixes of tense and person.
 */
export const RETURN_WORDS = ks([
  'return', 'returns', 'returned', 'returning', 'back', 'homeward',
  'عاد', 'عادت', 'عادوا', 'يعود', 'تعود', 'يعودون', 'سيعود', 'ستعود', 'سيعودون', 'عودة', 'العودة', 'إياباً', 'الإياب', 'رجع', 'يرجع', 'ترجع',
]);

/** Prepositions that put a place as the location of what precedes (folded). */
export const LOCATIVES = ks(['في', 'ب', 'على', 'قرب', 'بقرب', 'محيط', 'بمحيط', 'داخل', 'الي', 'in', 'at', 'near', 'on', 'to', 'inside', 'outside']);

/**
 * Nouns of venues that a name goes with (Morriston Hospital, Neath Leisure Centre, «مستشفى ابن سينا»,
 * «مطار محمد الخامس», «مقر الوزارة»): a venue a draft names by this construction is a place, whether or not a
 * gazetteer lists it (folded; Arabic without its article).
 */
export const VENUE_NOUNS = ks([
  'hospital', 'centre', 'center', 'hall', 'stadium', 'arena', 'school', 'college', 'university', 'airport', 'station', 'prison', 'palace', 'hotel', 'mosque', 'church', 'cathedral', 'park', 'crossing',
  'مستشفى', 'مطار', 'ملعب', 'فندق', 'قاعة', 'جامعة', 'مدرسة', 'سجن', 'مسجد', 'محطة', 'ميناء', 'قصر', 'مقر', 'معبر',
]);

/**
 * Venue nouns English writes in lower case after a venue's name (the Rafah crossing, the Karameh
 * border crossing), where a lower-case "hotel" or "hospital" after a brand or a city may be no
 * name (folded).
 */
export const LOWER_CASE_VENUE_NOUNS = ks(['crossing']);

/**
 * Venue nouns of two words, a lead word and a noun of the venue (the Karameh border crossing,
 * «مركز حدود العمري»): written so, the two words stand for the noun, the second, which the venue's
 * name goes with (folded; the English lead before the noun, the Arabic before it too).
 */
export const VENUE_NOUN_PAIRS: readonly (readonly [lead: string, noun: string])[] = [
  ['border', 'crossing'],
  ['مركز', 'حدود'],
].map(([lead, noun]) => [ks([lead!])[0]!, ks([noun!])[0]!] as const);

/**
 * Verbs of visiting whose object is the place visited (زار الملك مراكش, تفقّد الوزير صفاقس, the
 * minister visited Cardiff, toured Bowen): the place after them is located as after a locative.
 */
export const VISIT_VERBS = ks(['زار', 'زارت', 'يزور', 'تزور', 'زارا', 'تفقد', 'تفقدت', 'يتفقد', 'تتفقد', 'visited', 'visits', 'visiting', 'toured', 'tours', 'touring']);

/**
 * Verbs of arriving: the place after them, after their locative (arrived in, docked at, «وصل إلى»,
 * «رست في») or as their object (reached Malta), is where the person or the ship arrived, whichever
 * of them the sentence uses (folded). `REACH_VERBS` are those whose object is that place.
 */
export const ARRIVAL_VERBS = ks([
  'arrived', 'arrives', 'arriving', 'arrive', 'reached', 'reaches', 'reaching', 'reach', 'landed', 'lands', 'landing', 'docked', 'docks', 'docking', 'berthed',
  'وصل', 'وصلت', 'يصل', 'تصل', 'وصلا', 'وصلوا', 'يصلون', 'رست', 'رسا', 'ترسو', 'يرسو', 'حطت',
]);
export const REACH_VERBS = ks(['reached', 'reaches', 'reaching']);

/**
 * Verbs of estimating a sum, in the forms news copy writes them (قدّرت, تقدّر, put, estimated,
 * valued): the first noun of the amount table after one is what the sum is of (folded).
 */
export const ESTIMATE_VERBS = ks([
  'قدر', 'قدرت', 'يقدر', 'تقدر', 'قدروا', 'يقدرون', 'وقدر', 'وقدرت', 'ويقدر', 'وتقدر',
  'put', 'puts', 'estimated', 'estimates', 'estimate', 'valued', 'values', 'pegged',
]);

/**
 * Verbs of striking whose object is the place an event struck (ضرب الزلزال الجزائر, الذي هزّ
 * المغرب, the storm hit Wales, the quake rocked Morocco): the place after them, or after them and
 * the event's trigger as their subject, is the event's place as after a locative (folded).
 */
export const STRIKE_VERBS = ks([
  'ضرب', 'ضربت', 'يضرب', 'تضرب', 'هز', 'هزت', 'يهز', 'تهز', 'اجتاح', 'اجتاحت', 'يجتاح', 'تجتاح', 'ضربا', 'اصاب', 'اصابت', 'يصيب', 'تصيب', 'دمر', 'دمرت',
  'hit', 'hits', 'hitting', 'struck', 'strikes', 'striking', 'rocked', 'rocks', 'shook', 'shakes', 'ravaged', 'ravages', 'devastated', 'devastates', 'battered', 'batters', 'lashed', 'lashes', 'engulfed', 'swept',
]);

/**
 * Verbs of occurring whose subject is an event (وقع الزلزال في X, the quake occurred in X): the
 * place after them and a locative is where the event took place (folded).
 */
export const OCCURRENCE_VERBS = ks([
  'وقع', 'وقعت', 'يقع', 'تقع', 'حدث', 'حدثت', 'يحدث', 'تحدث', 'اندلع', 'اندلعت', 'يندلع', 'تندلع', 'جري', 'جرت', 'يجري', 'تجري',
  'occurred', 'occurs', 'happened', 'happens', 'erupted', 'started', 'began', 'broke',
]);

/**
 * Words that put one happening after or before another (after, before, following, بعد, عقب, قبل,
 * إثر): a place on one side of them and an event's word on the other ("flew to Sousse after the news
 * conference", «توجه إلى سوسة عقب الندوة») are of two times, so the place is not the event's (folded).
 */
export const SEQUENCE_WORDS = ks(['after', 'before', 'following', 'ahead', 'بعد', 'وبعد', 'عقب', 'قبل', 'اثر', 'قبيل', 'بعيد']);

/**
 * Verbs of leaving for a place whose destination follows "for" (headed for Sousse, left for Cairo,
 * set off for Swansea, bound for Bristol): "for" after them is a locative of direction (folded).
 */
export const DEPARTURE_VERBS = ks(['headed', 'heading', 'heads', 'head', 'left', 'leaves', 'leaving', 'leave', 'bound', 'departed', 'departs', 'off']);
/** Verbs of leaving whose destination follows "for" (bound for Oban, headed for Cairo, left for Tunis): not the nouns among `DEPARTURE_VERBS` (its head for Safety). */
export const LEAVING_FOR_VERBS = ks(['bound', 'headed', 'heading', 'left', 'departed', 'sailed', 'set']);

/**
 * Verbs of setting out whose place of departure follows "from" or «من» (the boat sailed from Sfax,
 * set sail from Zuwara, departed from Benghazi, «أبحر القارب من صفاقس», «انطلق المركب من زوارة»):
 * the place is where the journey began, the verb's own event's place (folded). From the wire
 * reports of migrant crossings and ferries in English and Arabic (Reuters, AFP, Al Jazeera); "set"
 * counts only before "sail" or "off", which stand between it and "from".
 */
export const SETTING_OUT_VERBS = ks([
  'sailed', 'sail', 'sails', 'sailing', 'departed', 'depart', 'departs', 'departing', 'set',
  'أبحر', 'أبحرت', 'أبحروا', 'وأبحر', 'وأبحرت', 'انطلق', 'انطلقت', 'انطلقوا', 'وانطلق', 'وانطلقت',
]);

/**
 * Words of the two ends of a journey, verbs and their nouns (folded): arriving (arrived, arrival,
 * «وصلت», «وصول») and setting out (set off, departed, departure, «انطلقت», «انطلاق», «غادرت»,
 * «مغادرة»). A clock time beside one of them is the time of that end of the journey, so it is not
 * compared with a time the article gives to the other end (`rules/dates/movements.ts`).
 */
export const ARRIVAL_WORDS: ReadonlySet<string> = new Set([...ARRIVAL_VERBS, ...ks(['arrival', 'arrivals', 'وصول', 'الوصول'])]);
export const DEPARTURE_WORDS: ReadonlySet<string> = new Set([
  ...SETTING_OUT_VERBS,
  ...ks(['departure', 'left', 'leave', 'leaves', 'leaving', 'انطلاق', 'الانطلاق', 'تنطلق', 'ينطلق', 'غادر', 'غادرت', 'غادروا', 'يغادر', 'تغادر', 'مغادرة', 'المغادرة']),
]);

/** Relative pronouns that join a verb to the noun before it (the quake that struck, الزلزال الذي ضرب) (folded). */
export const RELATIVE_WORDS = ks(['الذي', 'التي', 'that', 'which']);

/**
 * Nouns of settlements and areas that a nationality adjective places in a country («قرية جزائرية»,
 * «قرى مغربية», "an Algerian village", "Moroccan towns"), Arabic without its article (folded).
 */
export const SETTLEMENT_NOUNS = ks([
  'قرية', 'قرى', 'بلدة', 'بلدات', 'مدينة', 'مدن', 'منطقة', 'مناطق', 'مخيم', 'مخيمات', 'بلدية', 'ولاية', 'محافظة', 'اقليم',
  'village', 'villages', 'town', 'towns', 'city', 'cities', 'region', 'regions', 'area', 'areas', 'province', 'provinces', 'community', 'communities', 'camp', 'camps',
]);

/**
 * Nouns of venues that lie in the country a nationality adjective names («ميناء جزائري», «فندق
 * ليبي», "an Egyptian port", "a Syrian hotel"): a subset of the venue nouns whose adjective says
 * where the venue is rather than who owns or runs it, Arabic without its article (folded). A
 * university, a school or a centre is left out: "the American University" in Cairo is no place
 * in the United States.
 */
export const ADJECTIVE_VENUE_NOUNS = ks([
  'ميناء', 'موانئ', 'مرفأ', 'مطار', 'مطارات', 'ملعب', 'فندق', 'فنادق', 'منتجع',
  'port', 'ports', 'harbour', 'harbor', 'airport', 'airports', 'stadium', 'hotel', 'hotels', 'resort',
]);

/** Nouns for groups of people: a place right after them says where they are, not where an event is. */
export const ACTOR_NOUNS = ks([
  'فصائل', 'قوي', 'سياسيون', 'سياسيين', 'مسؤولين', 'مسوولين', 'مسؤولون', 'مسوولون', 'قاده', 'مصادر', 'نواب', 'احزاب', 'قوات', 'سكان', 'مواطنين', 'مواطنون', 'السفاره', 'سفاره', 'مكتب',
  'factions', 'forces', 'officials', 'politicians', 'leaders', 'sources', 'groups', 'parties', 'residents', 'troops', 'embassy', 'office', 'lawmakers', 'militias',
]);

/**
 * Words of a person's life story before a locative (born in, grew up in, المولود في, نشأ في): the
 * place after them says where the person comes from or lives, not where an event happened (folded).
 */
export const BIOGRAPHY_WORDS = ks([
  'ولد', 'ولدت', 'مولود', 'المولود', 'المولوده', 'مواليد', 'نشا', 'نشات', 'ترعرع', 'ترعرعت', 'يقيم', 'تقيم', 'المقيم', 'المقيمه', 'مقيم', 'عاش', 'عاشت', 'يعيش', 'تعيش', 'درس', 'درست',
  'born', 'grew', 'raised', 'brought', 'lives', 'lived', 'resides', 'resided', 'studied', 'educated', 'native', 'hails',
]);

/**
 * Nouns that make the place named right after them, with its construction (a native of the town of X,
 * «ابن مدينة سوسة», «أصيل مدينة صفاقس»), a person's home town, not where an event happened (folded).
 */
export const HOME_TOWN_NOUNS = ks(['ابن', 'ابنة', 'أبناء', 'أصيل', 'أصيلة', 'native']);

/**
 * Adverbs of time that may stand between a verb and its locative without changing what the
 * place belongs to ("said later in Rabat", «وقال لاحقاً في الرباط», «وقال أيضاً في مؤتمر …»), folded.
 */
export const TIME_ADVERBS = ks(['later', 'also', 'again', 'afterwards', 'subsequently', 'لاحقا', 'لاحقاً', 'أيضا', 'أيضاً', 'مجددا', 'مجدداً', 'بعدها']);

/** Ministry and portfolio words that specify a minister (folded). */
export const PORTFOLIOS: Record<string, string[]> = {
  defence: ['الدفاع', 'defence', 'defense'],
  foreign: ['الخارجيه', 'foreign', 'state'],
  interior: ['الداخليه', 'interior', 'home'],
  finance: ['الماليه', 'finance', 'treasury'],
  oil: ['النفط', 'oil'],
  justice: ['العدل', 'justice'],
  health: ['الصحه', 'health'],
  education: ['التربيه', 'التعليم', 'education'],
  planning: ['التخطيط', 'planning'],
  electricity: ['الكهرباء', 'electricity'],
  trade: ['التجاره', 'trade', 'commerce'],
  transport: ['النقل', 'transport'],
  labour: ['العمل', 'labour', 'labor'],
  culture: ['الثقافه', 'culture'],
  agriculture: ['الزراعه', 'agriculture'],
  communications: ['الاتصالات', 'communications'],
  housing: ['الاعمار', 'الاسكان', 'housing'],
  water: ['الموارد', 'الماء', 'المياه', 'water'],
  migration: ['الهجره', 'migration'],
  youth: ['الشباب', 'youth'],
  equipment: ['التجهيز', 'equipment'],
  climate: ['المناخ', 'climate'],
  environment: ['البيئه', 'environment'],
  parks: ['الحدائق', 'parks'],
  investment: ['الاستثمار', 'investment'],
  economy: ['الاقتصاد', 'economy', 'economic'],
  energy: ['الطاقه', 'energy'],
  tourism: ['السياحه', 'tourism'],
  fisheries: ['الصيد', 'السمكيه', 'fisheries', 'fishing'],
  // The Awqaf ministry is the ministry of religious affairs in many Arab states (وزارة الشؤون الدينية والأوقاف).
  endowments: ['الاوقاف', 'الدينيه', 'awqaf', 'endowments', 'religious'],
};

/**
 * Words that name a portfolio only beside one of its own words, so they go with its row when a
 * title is compared but name nothing alone: Arabic names fisheries by fishing at sea (الصيد
 * البحري) or by the fish wealth (الثروة السمكية), where البحري alone is naval and الثروة alone any
 * wealth (الثروة الحيوانية is livestock). Folded.
 */
export const PORTFOLIO_COMPANIONS: Readonly<Record<string, readonly string[]>> = {
  fisheries: ['البحري', 'الثروه'],
};

/**
 * Nouns of administrative units, by the level they name: a place name written with one of them
 * (إقليم الحوز, محافظة مطروح, Al Haouz province, the governorate of Matrouh) is a unit of that
 * level. A prefecture and a province are one level (Morocco's عمالة and إقليم).
 */
export const PLACE_UNIT_LEVEL: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['محافظة', 'governorate'], ['governorate', 'governorate'],
      ['إقليم', 'province'], ['عمالة', 'province'], ['province', 'province'], ['prefecture', 'province'],
      ['جهة', 'region'], ['region', 'region'],
      ['ولاية', 'state'], ['state', 'state'],
      ['مقاطعة', 'county'], ['county', 'county'], ['co', 'county'], ['shire', 'county'],
      ['مدينة', 'city'], ['city', 'city'],
      ['بلدة', 'town'], ['town', 'town'],
      ['جماعة', 'commune'], ['بلدية', 'commune'], ['commune', 'commune'], ['municipality', 'commune'],
      ['قرية', 'village'], ['village', 'village'],
    ] as const
  ).map(([word, level]) => [wordKey(word), level]),
);

/**
 * Nouns besides the administrative levels that mark the name after them as a place ("the
 * district of Larkana", "the suburb of X", «حي الزيتون»), for the places no gazetteer lists
 * (`rules/places/unlisted.ts`). From English and Arabic news usage for towns' parts and districts.
 */
export const UNLISTED_PLACE_UNITS: readonly string[] = ks(['district', 'suburb', 'neighbourhood', 'neighborhood', 'حي']);

/**
 * English unit nouns written after a place's name ("Punjab province", "Larkana district"); city,
 * town and village are left out, as they make compounds there (town hall, city council). From
 * English news usage.
 */
export const UNIT_NOUNS_AFTER_NAME: readonly string[] = ks(['province', 'district', 'governorate', 'county', 'region', 'prefecture', 'state']);

/**
 * Arabic unit nouns read as a place before a definite name that no gazetteer lists («بمدينة
 * العبور», «قرية الجديدة»): not «ولاية» (also a term of office, «ولاية ثانية»), «جماعة» (a group,
 * «جماعة الحوثي»), «مقاطعة» (a boycott), «جهة» (a side, «جهة الادعاء») nor «عمالة» (labour), whose
 * other senses come before a definite word too. From Arabic news usage.
 */
export const ARABIC_UNIT_NOUNS_BEFORE_NAME: readonly string[] = ks(['مدينة', 'بلدة', 'قرية', 'محافظة', 'إقليم', 'بلدية', 'حي']);

/**
 * Arabic nouns of a place that introduce a foreign place's name written in Arabic letters
 * («منطقة مبيريكو», «بلدتي بوين وبروسربين»), with their duals, which name two places joined by و.
 * Not «ولاية» (a term of office), «جماعة» (a group), «مقاطعة» (a boycott) nor «جهة» (a side).
 * From Arabic news usage.
 */
export const ARABIC_PLACE_NOUNS: ReadonlySet<string> = new Set(ks(['مدينة', 'بلدة', 'قرية', 'منطقة', 'محافظة', 'إقليم', 'بلدية', 'حي', 'ضاحية', 'جزيرة']));
export const ARABIC_DUAL_PLACE_NOUNS: ReadonlySet<string> = new Set(ks(['مدينتي', 'بلدتي', 'قريتي', 'منطقتي', 'محافظتي', 'جزيرتي']));

/**
 * Arabic prepositions of place, written as words of their own, after which a foreign place's name
 * written in Arabic letters may stand without a noun of a place («إلى ليبرتون», «في مبيريكو»).
 * From Arabic news usage.
 */
export const ARABIC_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(ks(['في', 'إلى', 'الى', 'من', 'نحو', 'قرب', 'عبر']));

/**
 * Words that may stand between a place and the preposition that puts it inside another, as a
 * relative or an apposition: «أمزميز الواقعة في إقليم الحوز», «التي تقع في», "Amizmiz, a town in
 * Al Haouz", "located in", "which lies in". Written from Arabic and English news style.
 */
export const PLACE_LEAD_WORDS: ReadonlySet<string> = new Set(
  ks([
    'الواقعة', 'الواقع', 'الواقعتين', 'التي', 'الذي', 'تقع', 'يقع', 'وتقع', 'ويقع', 'بلدة', 'قرية', 'مدينة', 'البلدة', 'القرية', 'المدينة',
    'located', 'situated', 'which', 'that', 'lies', 'is', 'a', 'an', 'small', 'town', 'village', 'city', 'community', 'commune', 'district', 'suburb',
  ]),
);

/**
 * Words that may stand between «في» or "in" and a place's name: the place's noun and the article
 * ("in the town of Jerash", «في محافظة الكرك», «في ولاية صفاقس»). Written from Arabic and English
 * news style; drawing reads a figure's place behind them, and a list of counts by place
 * (`extract/placeLists.ts`) its items' places.
 */
export const PLACE_NOUNS_AFTER_IN: ReadonlySet<string> = new Set(ks(['the', 'village', 'town', 'city', 'resort', 'province', 'region', 'district', 'of', 'مدينة', 'بلدة', 'قرية', 'ولاية', 'إقليم', 'منطقة', 'محافظة']));

/**
 * Nouns of a part of a place that English puts between the part and the whole: "the Llansamlet
 * district of Swansea", "the Bonymaen area of the city".
 */
export const PLACE_PART_WORDS: ReadonlySet<string> = new Set(ks(['district', 'area', 'suburb', 'neighbourhood', 'neighborhood', 'quarter', 'borough', 'region', 'province', 'county', 'town', 'village']));

/**
 * Nouns of the area an elected member sits for, which a title may name after its body, behind
 * "for the" or «عن»: "the member of the Senedd for the area, X", «النائب عن الحزب في البرلمان عن
 * المنطقة، X». They part no title from the name after them.
 */
export const CONSTITUENCY_WORDS: ReadonlySet<string> = new Set(ks(['area', 'constituency', 'seat', 'ward', 'district', 'region', 'division', 'المنطقة', 'الدائرة', 'الدائرة الانتخابية', 'الإقليم', 'المحافظة', 'الولاية']));

/** Prepositions before a constituency noun: "for the area", «عن المنطقة». */
export const CONSTITUENCY_PREPOSITIONS: ReadonlySet<string> = new Set(ks(['for', 'عن']));

/** Words that say a place holds an organisation's seat: مقرها, مقره; based, headquartered. */
export const SEAT_WORDS = ks(['مقرها', 'مقره', 'ومقرها', 'ومقره', 'headquartered', 'based', 'headquarters', 'hq']);

/**
 * Relative pronouns (who, which, «الذي», «التي», «الذين»): the verb after one is a relative
 * clause's, which may tell another time than the sentence's main verb (residents who will lose
 * their homes protested on Sunday).
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(ks(['who', 'whom', 'whose', 'which', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'اللائي']));

/**
 * Words that open a clause or a verb of its own inside a verb's object (to, that, which, after,
 * «أن», «التي», «بعد»): a day after them may be what that clause tells, not the verb's
 * (`rules/dates/objectDays.ts`).
 */
export const OBJECT_BREAK_WORDS: ReadonlySet<string> = new Set(ks([
  'to', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'after', 'before', 'since', 'until', 'following', 'during', 'while', 'because', 'than',
  'أن', 'أنه', 'أنها', 'إن', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'بعد', 'قبل', 'منذ', 'حتى', 'عقب', 'إثر', 'خلال', 'حين', 'عندما', 'لأن', 'كي', 'لكي', 'مما', 'ما',
]));

/**
 * Words that mark an event's word as another occurrence of it than the one the article dates: an
 * English adjective before it (an earlier inspection, the previous meeting, another review) and
 * an Arabic one after it («التفتيش السابق», «اجتماع سابق»). A date given to such an occurrence
 * is its own, not a wrong one for the article's (`rules/dates/otherOccurrence.ts`).
 */
export const OTHER_OCCURRENCE = {
  before: ['earlier', 'previous', 'prior', 'former', 'another'],
  after: ['السابق', 'السابقة', 'سابق', 'سابقة', 'سابقه', 'السابقه'],
} as const;
