/**
 * Bilingual word tables for drawing a fact base: titles and the roles they name, kinds of
 * organisations and places, currencies, units, hedges, weekdays and relative days. Facts about
 * the languages, written once; nothing here is about a story. Arabic entries are written in
 * ordinary spelling and folded on use. Given names and their spellings, honorifics, speech verbs
 * and function words, which checking reads too, are in `../lexicon/`.
 */

/** A title phrase: its role in the fact-base schema and English forms (canonical first). */
export interface TitleEntry {
  ar?: string[];
  en?: string[];
  role: string;
  /** English forms of the title head, used to build English titles for Arabic articles. */
  english: string[];
  /** Whether the Arabic form is feminine. */
  feminine?: boolean;
  /** Arabic forms of an English title, for a man and for a woman. */
  arabic?: { m: string[]; f: string[] };
}

/**
 * Verbs of holding a post, read only in a relative clause right after a person's name ("Jane
 * Ellery, who chairs the Otter Valley Association"; «فلان، الذي يرأس هيئة …»): the post they name,
 * with the title's forms in both languages. Kept apart from the title tables, so that a verb before
 * a name (ترأس الملك الاجتماع) is never read as a title.
 */
export const VERB_TITLES: readonly TitleEntry[] = [
  { en: ['chairs'], ar: ['يرأس', 'يترأس'], role: 'chairman', english: ['chair', 'chairman'], arabic: { m: ['رئيس'], f: ['رئيسة'] } },
  { ar: ['ترأس', 'تترأس'], role: 'chairman', english: ['chair', 'chairwoman'], arabic: { m: ['رئيس'], f: ['رئيسة'] }, feminine: true },
  { en: ['heads', 'runs'], ar: ['يدير'], role: 'head', english: ['head'], arabic: { m: ['رئيس', 'مدير'], f: ['رئيسة', 'مديرة'] } },
  { ar: ['تدير'], role: 'head', english: ['head'], arabic: { m: ['رئيس', 'مدير'], f: ['رئيسة', 'مديرة'] }, feminine: true },
  { en: ['leads'], ar: ['يقود', 'يتزعم'], role: 'leader', english: ['leader', 'head'], arabic: { m: ['زعيم', 'قائد'], f: ['زعيمة', 'قائدة'] } },
  { ar: ['تقود', 'تتزعم'], role: 'leader', english: ['leader', 'head'], arabic: { m: ['زعيم', 'قائد'], f: ['زعيمة', 'قائدة'] }, feminine: true },
  { en: ['founded', 'cofounded', 'co-founded'], ar: ['أسس'], role: 'founder', english: ['founder'], arabic: { m: ['مؤسس'], f: ['مؤسسة'] } },
  { ar: ['أسست'], role: 'founder', english: ['founder'], arabic: { m: ['مؤسس'], f: ['مؤسسة'] }, feminine: true },
];

/** Arabic title heads, longest first when matched. */
export const AR_TITLES: readonly TitleEntry[] = [
  { ar: ['رئيس مجلس الوزراء', 'رئيس الوزراء', 'رئيس الحكومة'], role: 'prime-minister', english: ['Prime Minister', 'premier'] },
  { ar: ['رئيسة مجلس الوزراء', 'رئيسة الوزراء', 'رئيسة الحكومة'], role: 'prime-minister', english: ['Prime Minister', 'premier'], feminine: true },
  { ar: ['رئيس دولة', 'رئيس الدولة', 'رئيس الجمهورية'], role: 'president', english: ['President'] },
  { ar: ['رئيس مجلس الإدارة', 'رئيس مجلس إدارة'], role: 'chairman', english: ['chairman', 'chair'] },
  { ar: ['رئيسة مجلس الإدارة', 'رئيسة مجلس إدارة'], role: 'chairman', english: ['chairwoman', 'chair'], feminine: true },
  { ar: ['الرئيس التنفيذي', 'رئيس تنفيذي'], role: 'chief-executive', english: ['chief executive', 'CEO'] },
  { ar: ['الرئيسة التنفيذية'], role: 'chief-executive', english: ['chief executive', 'CEO'], feminine: true },
  { ar: ['العضو المنتدب'], role: 'managing-director', english: ['managing director'] },
  { ar: ['المدير الرياضي', 'مدير رياضي'], role: 'director', english: ['sporting director', 'director of football', 'director'] },
  { ar: ['المديرة الرياضية'], role: 'director', english: ['sporting director', 'director of football', 'director'], feminine: true },
  { ar: ['المدير العام', 'مدير عام'], role: 'director', english: ['director general', 'director-general'] },
  { ar: ['المدير التنفيذي', 'مدير تنفيذي'], role: 'director', english: ['executive director', 'director'] },
  { ar: ['المديرة التنفيذية'], role: 'director', english: ['executive director', 'director'], feminine: true },
  { ar: ['المدير الإقليمي', 'مدير إقليمي'], role: 'director', english: ['regional director'] },
  { ar: ['المديرة الإقليمية'], role: 'director', english: ['regional director'], feminine: true },
  { ar: ['المديرة العالمية', 'المديرة العامة'], role: 'director', english: ['global director', 'director'], feminine: true },
  { ar: ['المدير العالمي'], role: 'director', english: ['global director', 'director'] },
  { ar: ['المدير', 'مدير'], role: 'director', english: ['director'] },
  { ar: ['المديرة', 'مديرة'], role: 'director', english: ['director'], feminine: true },
  // An assistant secretary-general (الأمين العام المساعد لجامعة الدول العربية) serves below the secretary-general: a deputy's post.
  { ar: ['الأمين العام المساعد', 'أمين عام مساعد'], role: 'deputy-head', english: ['assistant secretary-general', 'deputy secretary-general'] },
  { ar: ['الأمينة العامة المساعدة', 'أمينة عامة مساعدة'], role: 'deputy-head', english: ['assistant secretary-general', 'deputy secretary-general'], feminine: true },
  // An organisation's chief economist (كبير الاقتصاديين في البنك الدولي): a staff post, role other.
  { ar: ['كبير الاقتصاديين', 'كبير اقتصاديي'], role: 'other', english: ['chief economist'] },
  { ar: ['كبيرة الاقتصاديين', 'كبيرة اقتصاديي'], role: 'other', english: ['chief economist'], feminine: true },
  { ar: ['الأمين العام', 'أمين عام'], role: 'secretary-general', english: ['Secretary-General', 'secretary general'] },
  { ar: ['الأمينة العامة'], role: 'secretary-general', english: ['Secretary-General', 'secretary general'], feminine: true },
  // The North African form of the title (الكاتب العام للجامعة العامة للتعليم الثانوي).
  { ar: ['الكاتب العام المساعد', 'كاتب عام مساعد'], role: 'deputy-head', english: ['deputy secretary-general', 'assistant secretary-general'] },
  { ar: ['الكاتبة العامة المساعدة'], role: 'deputy-head', english: ['deputy secretary-general', 'assistant secretary-general'], feminine: true },
  { ar: ['الكاتب العام', 'كاتب عام'], role: 'secretary-general', english: ['secretary-general', 'general secretary'] },
  { ar: ['الكاتبة العامة'], role: 'secretary-general', english: ['secretary-general', 'general secretary'], feminine: true },
  { ar: ['المفوض العام', 'المفوض', 'مفوض'], role: 'head', english: ['commissioner', 'commissioner-general'] },
  { ar: ['المفوضة العامة', 'المفوضة', 'مفوضة'], role: 'head', english: ['commissioner', 'commissioner-general'], feminine: true },
  { ar: ['المستشار الدبلوماسي'], role: 'adviser', english: ['diplomatic adviser', 'diplomatic advisor'] },
  // A member of a municipal or regional council in the Maghreb (المستشار الجماعي): a councillor, not an adviser.
  { ar: ['المستشار الجماعي', 'المستشار البلدي', 'المستشار الجهوي', 'مستشار جماعي', 'مستشار بلدي'], role: 'member', english: ['councillor', 'council member'] },
  { ar: ['المستشارة الجماعية', 'المستشارة البلدية', 'المستشارة الجهوية', 'مستشارة جماعية', 'مستشارة بلدية'], role: 'member', english: ['councillor', 'council member'], feminine: true },
  { ar: ['المستشار', 'مستشار'], role: 'adviser', english: ['adviser', 'advisor'] },
  { ar: ['المستشارة', 'مستشارة'], role: 'adviser', english: ['adviser', 'advisor'], feminine: true },
  // With an adjective of office before باسم: official (الرسمي) or media (الإعلامي), as Jordanian, Iraqi and Gulf bodies write it.
  { ar: ['المتحدث باسم', 'المتحدث الرسمي باسم', 'المتحدث الإعلامي باسم', 'الناطق باسم', 'الناطق الرسمي باسم', 'الناطق الإعلامي باسم'], role: 'spokesperson', english: ['spokesman', 'spokesperson'] },
  { ar: ['المتحدثة باسم', 'المتحدثة الرسمية باسم', 'المتحدثة الإعلامية باسم', 'الناطقة باسم', 'الناطقة الرسمية باسم', 'الناطقة الإعلامية باسم'], role: 'spokesperson', english: ['spokeswoman', 'spokesperson'], feminine: true },
  { ar: ['وزير الدولة'], role: 'minister', english: ['Minister of State'] },
  { ar: ['وزير', 'الوزير'], role: 'minister', english: ['Minister'] },
  { ar: ['وزيرة', 'الوزيرة'], role: 'minister', english: ['Minister'], feminine: true },
  { ar: ['السفير', 'سفير'], role: 'ambassador', english: ['ambassador'] },
  { ar: ['السفيرة', 'سفيرة'], role: 'ambassador', english: ['ambassador'], feminine: true },
  { ar: ['نائب رئيس'], role: 'deputy-head', english: ['deputy head', 'vice president'] },
  { ar: ['نائبة رئيس', 'نائبة رئيسة'], role: 'deputy-head', english: ['deputy head', 'vice president'], feminine: true },
  // A deputy or an assistant minister (نائب وزير الصحة, مساعدة وزير الخارجية) is no minister.
  { ar: ['نائب وزير', 'نائب الوزير', 'مساعد وزير', 'مساعد الوزير'], role: 'deputy-head', english: ['deputy minister', 'assistant minister'] },
  { ar: ['نائبة وزير', 'نائبة الوزير', 'نائبة وزيرة', 'مساعدة وزير', 'مساعدة الوزير'], role: 'deputy-head', english: ['deputy minister', 'assistant minister'], feminine: true },
  { ar: ['رئيس قسم'], role: 'head', english: ['head of department', 'department head'] },
  { ar: ['رئيس'], role: 'head', english: ['head', 'president'] },
  { ar: ['رئيسة'], role: 'head', english: ['head', 'president'], feminine: true },
  { ar: ['الرئيس'], role: 'president', english: ['President'] },
  { ar: ['الرئيسة'], role: 'president', english: ['President'], feminine: true },
  { ar: ['محافظ'], role: 'governor', english: ['governor'] },
  // The governor of an Algerian or Moroccan province (والي وهران): wali in English copy too.
  { ar: ['والي', 'الوالي'], role: 'governor', english: ['governor', 'wali'] },
  { ar: ['والية', 'الوالية'], role: 'governor', english: ['governor', 'wali'], feminine: true },
  // The head of a district (قضاء) in Iraq, Syria and Lebanon, spelt with or without the second م
  // (قائممقام سنجار, قائمقام): a district commissioner or qaimaqam in English copy.
  { ar: ['قائممقام', 'القائممقام', 'قائمقام', 'القائمقام'], role: 'governor', english: ['district commissioner', 'qaimaqam', 'district governor'] },
  { ar: ['عمدة', 'رئيس البلدية', 'رئيس بلدية'], role: 'mayor', english: ['mayor'] },
  { ar: ['رئيسة البلدية', 'رئيسة بلدية'], role: 'mayor', english: ['mayor'], feminine: true },
  { ar: ['القاضي'], role: 'judge', english: ['judge'] },
  { ar: ['القاضية'], role: 'judge', english: ['judge'], feminine: true },
  { ar: ['مدرب', 'المدرب'], role: 'coach', english: ['coach', 'manager'] },
  { ar: ['مدربة', 'المدربة'], role: 'coach', english: ['coach', 'manager'], feminine: true },
  { ar: ['لاعب', 'اللاعب'], role: 'player', english: ['player'] },
  // A striker only with his team: المهاجم alone is also an attacker (an assailant).
  { ar: ['مهاجم نادي', 'مهاجم فريق', 'مهاجم الفريق', 'مهاجم المنتخب'], role: 'player', english: ['striker', 'forward', 'player'] },
  { ar: ['حارس مرمى', 'حارس المرمى'], role: 'player', english: ['goalkeeper', 'player'] },
  { ar: ['لاعب وسط', 'لاعب الوسط'], role: 'player', english: ['midfielder', 'player'] },
  { ar: ['لاعبة', 'اللاعبة'], role: 'player', english: ['player'], feminine: true },
  { ar: ['قائد الفريق', 'قائد المنتخب', 'قائد النادي'], role: 'captain', english: ['captain'] },
  { ar: ['قائدة الفريق', 'قائدة المنتخب'], role: 'captain', english: ['captain'], feminine: true },
  { ar: ['قائد'], role: 'commander', english: ['commander', 'leader'] },
  { ar: ['زعيم'], role: 'leader', english: ['leader'] },
  { ar: ['السيناتور', 'سيناتور', 'عضو مجلس الشيوخ'], role: 'member', english: ['senator', 'Senator'] },
  { ar: ['السيناتورة', 'سيناتورة', 'عضوة مجلس الشيوخ'], role: 'member', english: ['senator', 'Senator'], feminine: true },
  { ar: ['عضو', 'العضو'], role: 'member', english: ['member'] },
  { ar: ['عضوة', 'العضوة'], role: 'member', english: ['member'], feminine: true },
  { ar: ['الممثل', 'ممثل'], role: 'representative', english: ['representative'] },
  { ar: ['الممثلة', 'ممثلة'], role: 'representative', english: ['representative'], feminine: true },
  { ar: ['مؤسس', 'المؤسس', 'المؤسس المشارك', 'مؤسس مشارك'], role: 'founder', english: ['founder', 'co-founder'] },
  // Not مؤسسة alone, which is also a foundation or an institution (مؤسسة قطر).
  { ar: ['المؤسسة المشاركة', 'مؤسسة مشاركة'], role: 'founder', english: ['founder', 'co-founder'], feminine: true },
  { ar: ['مالك'], role: 'owner', english: ['owner'] },
];

/** Portfolios of ministers and ministries: Arabic (with the article) → English. */
export const PORTFOLIOS_DRAW: Record<string, string> = {
  الدفاع: 'Defence', الخارجية: 'Foreign', الداخلية: 'Interior', المالية: 'Finance', العدل: 'Justice', الصحة: 'Health', التعليم: 'Education', التربية: 'Education',
  الاستثمار: 'Investment', الاقتصاد: 'Economy', السياحة: 'Tourism', الإسكان: 'Housing', النقل: 'Transport', الطاقة: 'Energy', النفط: 'Oil', الكهرباء: 'Electricity',
  الزراعة: 'Agriculture', التجارة: 'Trade', الصناعة: 'Industry', العمل: 'Labour', الثقافة: 'Culture', الإعلام: 'Information', الأوقاف: 'Endowments', التخطيط: 'Planning',
  الاتصالات: 'Communications', الشباب: 'Youth', الرياضة: 'Sports', البيئة: 'Environment', الهجرة: 'Migration', المياه: 'Water', الري: 'Irrigation', التموين: 'Supply',
  الغابات: 'Forests', الصيد: 'Fisheries', الأشغال: 'Public Works', الخزانة: 'Treasury', الأمن: 'Security', الطوارئ: 'Emergency Management', السكان: 'Population',
  // Portfolios of Maghrebi governments (وزارة التجهيز والماء, وزارة الفلاحة, وزارة التشغيل).
  التجهيز: 'Equipment', الماء: 'Water', الفلاحة: 'Agriculture', التشغيل: 'Employment', السكنى: 'Housing',
};

/**
 * How English names a portfolio after "Minister of" and "Ministry of" where that differs from the
 * word before "Minister" (Foreign Minister, but Minister of Foreign Affairs; Interior Minister, and
 * Minister of the Interior), or where English copy also keeps the Arabic word (Awqaf, the
 * endowments, as Jordanian, Omani and Kuwaiti ministries name themselves in English); other
 * portfolios are written the same in both places. A draft's title that names the portfolio either
 * way before "Minister" matches these forms too.
 */
export const PORTFOLIO_OF_FORMS: Readonly<Record<string, readonly string[]>> = {
  Foreign: ['Foreign Affairs'],
  Interior: ['Interior', 'the Interior'],
  'Public Works': ['Public Works'],
  Endowments: ['Endowments', 'Awqaf', 'Religious Endowments'],
};

/** The forms of a portfolio after "Minister of" or "Ministry of" ({@link PORTFOLIO_OF_FORMS}). */
export function portfolioAfterOf(portfolio: string): readonly string[] {
  return PORTFOLIO_OF_FORMS[portfolio] ?? [portfolio];
}

/**
 * English words of a title's scope or standing before its head (Regional Labour Minister, Acting
 * Transport Minister) and how Arabic writes them after the title, for a man and for a woman:
 * وزير العمل الإقليمي, وزيرة النقل بالإنابة. Compiled by the project from Arabic news usage.
 */
export const TITLE_SCOPES_ARABIC: Readonly<Record<string, { m: string; f: string }>> = {
  regional: { m: 'الإقليمي', f: 'الإقليمية' },
  federal: { m: 'الاتحادي', f: 'الاتحادية' },
  acting: { m: 'بالإنابة', f: 'بالإنابة' },
  interim: { m: 'المؤقت', f: 'المؤقتة' },
  // A post with executive powers (the executive mayor, an executive chairman): رئيسة البلدية التنفيذية.
  executive: { m: 'التنفيذي', f: 'التنفيذية' },
};

/**
 * English adjectives of a portfolio (public health, public works) → the Arabic adjective written
 * after the portfolio, masculine and feminine: الصحة العامة.
 */
export const PORTFOLIO_ADJECTIVES_ARABIC: Readonly<Record<string, { m: string; f: string }>> = {
  public: { m: 'العام', f: 'العامة' },
};

/**
 * English portfolio words (lower case) → the Arabic portfolio, for Arabic forms of an English
 * article's ministers (Minister of Forests → وزير الغابات): {@link PORTFOLIOS_DRAW} read backwards,
 * with the English synonyms writers use.
 */
export const PORTFOLIOS_ARABIC: ReadonlyMap<string, string> = new Map([
  ...Object.entries(PORTFOLIOS_DRAW).map(([arabic, english]) => [english.toLowerCase(), arabic] as [string, string]),
  ['defense', 'الدفاع'], ['home', 'الداخلية'], ['awqaf', 'الأوقاف'], ['endowment', 'الأوقاف'], ['labor', 'العمل'], ['immigration', 'الهجرة'], ['forestry', 'الغابات'], ['forest', 'الغابات'], ['fisheries', 'الصيد'],
  ['commerce', 'التجارة'], ['finance', 'المالية'], ['treasury', 'الخزانة'], ['environment', 'البيئة'], ['sport', 'الرياضة'], ['sports', 'الرياضة'], ['economy', 'الاقتصاد'],
]);

/**
 * English title heads (folded lower case), longest first when matched. `arabic` gives the Arabic
 * forms of the title for a man and for a woman, so that a post drawn from an English article is
 * named in Arabic drafts too (the bilingual table of titles: Arabic titles take their English
 * forms from {@link AR_TITLES}' `english`).
 */
export const EN_TITLES: readonly TitleEntry[] = [
  { en: ['prime minister', 'premier'], role: 'prime-minister', english: ['Prime Minister'], arabic: { m: ['رئيس الوزراء', 'رئيس الحكومة'], f: ['رئيسة الوزراء', 'رئيسة الحكومة'] } },
  { en: ['shadow home secretary'], role: 'minister', english: ['shadow home secretary'], arabic: { m: ['وزير الداخلية في حكومة الظل'], f: ['وزيرة الداخلية في حكومة الظل'] } },
  { en: ['home secretary'], role: 'minister', english: ['Home Secretary'], arabic: { m: ['وزير الداخلية'], f: ['وزيرة الداخلية'] } },
  { en: ['foreign secretary'], role: 'minister', english: ['Foreign Secretary'], arabic: { m: ['وزير الخارجية'], f: ['وزيرة الخارجية'] } },
  { en: ['lord chief justice'], role: 'judge', english: ['Lord Chief Justice'], arabic: { m: ['رئيس القضاة', 'كبير القضاة'], f: ['رئيسة القضاة', 'كبيرة القضاة'] } },
  { en: ['chief justice'], role: 'judge', english: ['Chief Justice'], arabic: { m: ['رئيس القضاة', 'كبير القضاة'], f: ['رئيسة القضاة', 'كبيرة القضاة'] } },
  { en: ['chief executive', 'ceo', 'chief executive officer'], role: 'chief-executive', english: ['chief executive'], arabic: { m: ['الرئيس التنفيذي'], f: ['الرئيسة التنفيذية'] } },
  // A board's or a council's deputy head, written as one hyphenated word or two (Vice-chair Priya Natarajan, the vice president of the union).
  { en: ['vice-chair', 'vice-chairman', 'vice-chairwoman', 'vice-chairperson', 'vice chair', 'vice chairman', 'vice chairwoman', 'deputy chair', 'deputy chairman', 'deputy chairwoman', 'vice-president', 'vice president'], role: 'deputy-head', english: ['vice-chair', 'deputy chair', 'vice president'], arabic: { m: ['نائب رئيس', 'نائب الرئيس'], f: ['نائبة رئيس', 'نائبة الرئيس'] } },
  { en: ['chairman', 'chairwoman', 'chair'], role: 'chairman', english: ['chairman'], arabic: { m: ['رئيس مجلس الإدارة', 'رئيس'], f: ['رئيسة مجلس الإدارة', 'رئيسة'] } },
  { en: ['managing director'], role: 'managing-director', english: ['managing director'], arabic: { m: ['العضو المنتدب'], f: ['العضو المنتدب'] } },
  { en: ['sporting director', 'director of football'], role: 'director', english: ['sporting director'], arabic: { m: ['المدير الرياضي'], f: ['المديرة الرياضية'] } },
  { en: ['director general', 'director-general'], role: 'director', english: ['director general'], arabic: { m: ['المدير العام'], f: ['المديرة العامة'] } },
  { en: ['regional director', 'director'], role: 'director', english: ['director'], arabic: { m: ['المدير', 'مدير'], f: ['المديرة', 'مديرة'] } },
  // Ranks of police and fire services (Chief Superintendent X, the service's chief fire officer).
  { en: ['deputy chief fire officer', 'deputy chief constable', 'deputy chief officer'], role: 'deputy-head', english: ['deputy chief officer'] },
  { en: ['chief fire officer', 'chief constable', 'chief officer', 'fire chief', 'police chief'], role: 'head', english: ['chief officer'] },
  { en: ['chief superintendent', 'superintendent'], role: 'commander', english: ['superintendent'] },
  { en: ['commissioner', 'police commissioner', 'high commissioner'], role: 'head', english: ['commissioner'], arabic: { m: ['المفوض'], f: ['المفوضة'] } },
  // A union's or an association's general secretary (British usage) is its secretary-general.
  { en: ['secretary-general', 'secretary general', 'general secretary'], role: 'secretary-general', english: ['Secretary-General'], arabic: { m: ['الأمين العام'], f: ['الأمينة العامة'] } },
  { en: ['spokesman', 'spokeswoman', 'spokesperson'], role: 'spokesperson', english: ['spokesperson'], arabic: { m: ['المتحدث باسم', 'الناطق باسم', 'المتحدث'], f: ['المتحدثة باسم', 'الناطقة باسم', 'المتحدثة'] } },
  { en: ['information officer', 'press officer', 'communications officer', 'press secretary'], role: 'spokesperson', english: ['spokesperson'], arabic: { m: ['المتحدث باسم', 'المتحدث'], f: ['المتحدثة باسم', 'المتحدثة'] } },
  // An organisation's chief economist: a staff post below its head, drawn as role other (knowledge/README.md).
  { en: ['chief economist'], role: 'other', english: ['chief economist'], arabic: { m: ['كبير الاقتصاديين'], f: ['كبيرة الاقتصاديين'] } },
  { en: ['minister'], role: 'minister', english: ['Minister'] },
  { en: ['secretary'], role: 'secretary', english: ['Secretary'] },
  { en: ['ambassador', 'envoy'], role: 'ambassador', english: ['ambassador'], arabic: { m: ['السفير'], f: ['السفيرة'] } },
  { en: ['president'], role: 'president', english: ['President'], arabic: { m: ['الرئيس', 'رئيس'], f: ['الرئيسة', 'رئيسة'] } },
  { en: ['adviser', 'advisor'], role: 'adviser', english: ['adviser'], arabic: { m: ['المستشار', 'مستشار'], f: ['المستشارة', 'مستشارة'] } },
  { en: ['judge', 'justice'], role: 'judge', english: ['judge'], arabic: { m: ['القاضي'], f: ['القاضية'] } },
  { en: ['governor'], role: 'governor', english: ['governor'], arabic: { m: ['محافظ', 'حاكم'], f: ['محافظة', 'حاكمة'] } },
  { en: ['mayor'], role: 'mayor', english: ['mayor'], arabic: { m: ['عمدة', 'رئيس البلدية'], f: ['عمدة', 'رئيسة البلدية'] } },
  { en: ['head coach', 'coach', 'manager'], role: 'coach', english: ['coach'], arabic: { m: ['المدرب', 'مدرب'], f: ['المدربة', 'مدربة'] } },
  { en: ['captain'], role: 'captain', english: ['captain'], arabic: { m: ['قائد الفريق', 'قائد'], f: ['قائدة الفريق', 'قائدة'] } },
  { en: ['striker', 'midfielder', 'goalkeeper', 'defender', 'winger', 'player'], role: 'player', english: ['player'], arabic: { m: ['اللاعب', 'لاعب'], f: ['اللاعبة', 'لاعبة'] } },
  { en: ['councillor', 'councilor', 'council member'], role: 'member', english: ['councillor'], arabic: { m: ['عضو المجلس'], f: ['عضوة المجلس'] } },
  // A member of a senate by the house's own word (Senator X, Sen. X, «السيناتور»).
  { en: ['senator', 'sen'], role: 'member', english: ['Senator', 'senator'], arabic: { m: ['السيناتور', 'عضو مجلس الشيوخ'], f: ['السيناتورة', 'عضوة مجلس الشيوخ'] } },
  { en: ['mp', 'member of parliament', 'lawmaker', 'legislator'], role: 'member', english: ['MP', 'member of parliament'], arabic: { m: ['النائب', 'عضو البرلمان'], f: ['النائبة', 'عضوة البرلمان'] } },
  // A body's representative in a country (UNICEF's country representative X, the WFP's representative in Malawi).
  { en: ['country representative', 'representative', 'resident representative'], role: 'representative', english: ['representative'], arabic: { m: ['ممثل', 'الممثل'], f: ['ممثلة', 'الممثلة'] } },
  { en: ['founder', 'co-founder', 'cofounder'], role: 'founder', english: ['founder'], arabic: { m: ['مؤسس'], f: ['مؤسسة'] } },
  { en: ['leader'], role: 'leader', english: ['leader'], arabic: { m: ['زعيم'], f: ['زعيمة'] } },
  { en: ['head'], role: 'head', english: ['head'], arabic: { m: ['رئيس'], f: ['رئيسة'] } },
  { en: ['king'], role: 'king', english: ['King'], arabic: { m: ['الملك'], f: ['الملكة'] } },
];

/** Words that describe a person without a post (kept as a descriptor, not a post). */
export const DESCRIPTORS_AR = ['رجل الأعمال', 'سيدة الأعمال', 'الخبير', 'الخبيرة', 'الباحث', 'الباحثة', 'المحلل', 'المحللة', 'الكاتب', 'الكاتبة', 'الصحفي', 'الصحفية', 'ولي العهد', 'النائب', 'النائبة', 'الناشط', 'الناشطة', 'المحامي', 'المحامية', 'الدكتور', 'الدكتورة', 'العاهل'];

/** Arabic head nouns of organisation names and the kind they give. */
export const AR_ORG_HEADS: readonly { ar: string; kind: string; en: string }[] = [
  { ar: 'وزارة', kind: 'ministry', en: 'Ministry' },
  { ar: 'شركة', kind: 'company', en: 'Company' },
  { ar: 'مجموعة', kind: 'company', en: 'Group' },
  { ar: 'بنك', kind: 'bank', en: 'Bank' },
  { ar: 'البنك', kind: 'bank', en: 'Bank' },
  { ar: 'مصرف', kind: 'bank', en: 'Bank' },
  { ar: 'صندوق', kind: 'fund', en: 'Fund' },
  { ar: 'هيئة', kind: 'authority', en: 'Authority' },
  { ar: 'سلطة', kind: 'authority', en: 'Authority' },
  { ar: 'وكالة', kind: 'agency', en: 'Agency' },
  // A governorate's directorate of a service (مديرية الصحة, مديرية التربية).
  { ar: 'مديرية', kind: 'agency', en: 'Directorate' },
  { ar: 'المعهد', kind: 'agency', en: 'Institute' },
  { ar: 'معهد', kind: 'agency', en: 'Institute' },
  { ar: 'المركز', kind: 'agency', en: 'Centre' },
  { ar: 'منظمة', kind: 'ngo', en: 'Organization' },
  // A watchdog or research body (مرصد الموانئ العربية, المرصد السوري لحقوق الإنسان: an observatory).
  { ar: 'مرصد', kind: 'ngo', en: 'Observatory' },
  { ar: 'المرصد', kind: 'ngo', en: 'Observatory' },
  { ar: 'الاتحاد', kind: 'federation', en: 'Federation' },
  { ar: 'اتحاد', kind: 'federation', en: 'Federation' },
  { ar: 'جامعة', kind: 'university', en: 'University' },
  { ar: 'محكمة', kind: 'court', en: 'Court' },
  { ar: 'المحكمة', kind: 'court', en: 'Court' },
  { ar: 'مجلس', kind: 'council', en: 'Council' },
  { ar: 'نادي', kind: 'club', en: 'Club' },
  { ar: 'النادي', kind: 'club', en: 'Club' },
  { ar: 'حزب', kind: 'party', en: 'Party' },
  { ar: 'الديوان', kind: 'office', en: 'Office' },
  { ar: 'المكتب', kind: 'office', en: 'Office' },
  { ar: 'مكتب', kind: 'office', en: 'Office' },
  { ar: 'القوات', kind: 'military', en: 'Forces' },
  { ar: 'الهلال', kind: 'ngo', en: 'Crescent' },
  { ar: 'رابطة', kind: 'league', en: 'League' },
  { ar: 'جمعية', kind: 'ngo', en: 'Society' },
  { ar: 'لجنة', kind: 'committee', en: 'Committee' },
  { ar: 'نقابة', kind: 'union', en: 'Union' },
  { ar: 'النقابة', kind: 'union', en: 'Union' },
  { ar: 'غرفة', kind: 'other', en: 'Chamber' },
  { ar: 'فريق', kind: 'team', en: 'Team' },
];

/** Kind nouns that stand before (or open) an organisation's name set in guillemets: حركة «…», كتلة «…». */
export const QUOTED_ORG_HEADS: readonly { ar: string; kind: string; en: string }[] = [
  { ar: 'حركة', kind: 'movement', en: 'Movement' },
  { ar: 'كتلة', kind: 'bloc', en: 'Bloc' },
  { ar: 'تنظيم', kind: 'movement', en: 'Organisation' },
  { ar: 'فصيل', kind: 'faction', en: 'Faction' },
  { ar: 'فصائل', kind: 'faction', en: 'Factions' },
  { ar: 'كتائب', kind: 'faction', en: 'Brigades' },
  { ar: 'ألوية', kind: 'faction', en: 'Brigades' },
  { ar: 'سرايا', kind: 'faction', en: 'Companies' },
  { ar: 'جماعة', kind: 'movement', en: 'Group' },
  { ar: 'تحالف', kind: 'alliance', en: 'Alliance' },
  { ar: 'التحالف', kind: 'alliance', en: 'Alliance' },
  { ar: 'ائتلاف', kind: 'alliance', en: 'Coalition' },
  { ar: 'تيار', kind: 'movement', en: 'Movement' },
  { ar: 'التيار', kind: 'movement', en: 'Movement' },
  { ar: 'صحيفة', kind: 'media', en: 'newspaper' },
  { ar: 'قناة', kind: 'media', en: 'channel' },
  { ar: 'موقع', kind: 'media', en: 'website' },
  { ar: 'حزب', kind: 'party', en: 'Party' },
  { ar: 'شركة', kind: 'company', en: 'Company' },
  { ar: 'مجموعة', kind: 'company', en: 'Group' },
  { ar: 'نادي', kind: 'club', en: 'Club' },
];

/**
 * Nouns that end many companies' names without a kind noun (Thames Water, Tata Steel, Royal Mail,
 * Network Rail, Scottish Power, and the miners', carriers' and builders' of business pages: Ironbark
 * Resources, Qantas Airways, Tata Motors): a capitalised run ending in one is a company's name unless it
 * opens with a given name or an honorific (David Steel, Samantha Power are people). Folded lower case.
 */
export const EN_COMPANY_TAILS: ReadonlySet<string> = new Set([
  'water', 'steel', 'mail', 'power', 'rail', 'railways', 'gas', 'electric', 'trains', 'buses', 'homes', 'foods', 'media', 'partners', 'logistics',
  'shipping', 'ferries', 'pharma', 'pharmaceuticals', 'ventures', 'construction', 'engineering', 'utilities', 'networks', 'technologies', 'telecoms', 'broadband', 'mobile',
  'dairies', 'dairy', 'bakeries', 'bakery', 'brewery', 'breweries', 'farms', 'meats', 'drinks', 'beverages', 'foodservice', 'systems', 'solutions', 'industries',
  'manufacturing', 'packaging', 'plastics', 'chemicals', 'metals', 'mining', 'minerals', 'aviation', 'aerospace', 'haulage', 'transport', 'freight', 'retail', 'stores',
  'supermarkets', 'developments', 'properties', 'estates', 'investments', 'capital', 'finance', 'insurance', 'software', 'labs', 'laboratories', 'textiles', 'mills',
  'resources', 'airlines', 'airways', 'motors', 'petroleum', 'cement', 'shipbuilders', 'builders',
]);

/**
 * Given names of the Maghreb written with the article (العربي Larbi, الهادي Hedi, الطاهر Tahar),
 * with the spellings writers give them, canonical first. Most are also adjectives or nouns
 * (العربي: Arab), so drawing reads one as a given name only where a name's slot opens (after a
 * title or a verb of speech) and a family name follows it (رئيس البلدية العربي الفخفاخ).
 */
export const ARTICLE_GIVEN_NAMES: Readonly<Record<string, readonly string[]>> = {
  العربي: ['Larbi', 'Arbi', 'Laarbi'],
  الهادي: ['Hedi', 'Hadi', 'El Hadi'],
  الطاهر: ['Tahar', 'Taher'],
  الحبيب: ['Habib'],
  الصادق: ['Sadok', 'Sadek', 'Sadiq'],
  المنجي: ['Mongi', 'Monji'],
  البشير: ['Bechir', 'Bashir', 'Béchir'],
  الطيب: ['Tayeb', 'Taieb'],
  الناصر: ['Naceur', 'Nasser'],
  المختار: ['Mokhtar', 'Mukhtar'],
  الجيلاني: ['Jilani', 'Djilani'],
  المولدي: ['Mouldi'],
  العيد: ['Laid', 'Laïd', 'Eid'],
  الحسين: ['Houssine', 'El Houssine', 'Lhoussine', 'Hussein'],
};

/**
 * Plurals of people whose possessive opens a body's name instead of naming its owner (the People's
 * Renewal Congress, the Women's Institute, the Children's Hospital), unlike NASA's in NASA's Jet
 * Propulsion Laboratory.
 */
export const EN_NAME_OPENING_POSSESSIVES = ['people', 'women', 'men', 'children'];

/** English head nouns of organisation names and the kind they give (folded lower case). */
export const EN_ORG_HEADS: Record<string, string> = {
  court: 'court', congress: 'party', ministry: 'ministry', department: 'department', agency: 'agency', party: 'party', company: 'company', group: 'company',
  bank: 'bank', fund: 'fund', authority: 'authority', council: 'council', commission: 'agency', committee: 'committee', union: 'union',
  federation: 'federation', league: 'league', club: 'club', university: 'university', institute: 'agency', office: 'office',
  organisation: 'ngo', organization: 'ngo', association: 'ngo', corporation: 'company', holdings: 'holding', holding: 'holding', plc: 'company',
  ltd: 'company', inc: 'company', commons: 'parliament', parliament: 'parliament', government: 'government', army: 'military', forces: 'military',
  // Elected houses named by their own word (the National Assembly, the Northern Ireland Assembly, the State Senate).
  assembly: 'parliament', senate: 'parliament',
  // Research bodies named by their own word (the Jet Propulsion Laboratory, the National Physical Laboratory).
  laboratory: 'agency', laboratories: 'agency',
  conservatives: 'party', tribunal: 'court', unhcr: 'agency', bureau: 'agency', services: 'agency', service: 'agency', force: 'military',
  police: 'agency', hospital: 'other', infirmary: 'other',
  // Schools, colleges, hospices and clinics, often named after a person (Grace Darling Academy, Edith Cavell Hospice).
  academy: 'other', school: 'other', college: 'other', hospice: 'other', clinic: 'other', energy: 'company', airlines: 'company', airways: 'company', motors: 'company', telecom: 'company', foundation: 'ngo',
  institution: 'agency', trust: 'ngo', board: 'agency', coastguard: 'agency', network: 'media', broadcasting: 'media', cooperative: 'company', 'co-operative': 'company', coop: 'company',
  // Football clubs named by the words that end them (Ashdown Rovers, Wycombe Wanderers, Charlton Athletic, Hearts FC).
  rovers: 'club', wanderers: 'club', athletic: 'club', fc: 'club', afc: 'club',
  // Cultural institutions named by their own word (the Elbe Museum of World Cultures, the National Gallery, the British Library).
  museum: 'other', gallery: 'other', library: 'other',
  // Bodies of members named by a word that ends their name (the Yorkshire Food Producers Forum, the Otter Valley Society).
  // Firms of professionals named by the word that ends their name, often after a person's (Harold Finch Associates, Mott Consultants).
  associates: 'company', consultants: 'company',
  forum: 'ngo', society: 'ngo', alliance: 'ngo', coalition: 'ngo', consortium: 'company', partnership: 'ngo', collective: 'ngo', cooperatives: 'company', limited: 'company', llp: 'company', llc: 'company',
};

/**
 * Words that name a weather system or a vessel before its own name (Severe Tropical Cyclone Tamsin,
 * Hurricane Katrina, Storm Ciarán, the tanker Front Altair): what follows is the name of a thing,
 * not of a person (folded lower case).
 */
export const EN_NAMED_THING_HEADS: Record<string, 'storm' | 'vessel'> = {
  cyclone: 'storm', hurricane: 'storm', typhoon: 'storm', storm: 'storm', tempest: 'storm', depression: 'storm', blizzard: 'storm',
  ship: 'vessel', vessel: 'vessel', tanker: 'vessel', ferry: 'vessel', freighter: 'vessel', yacht: 'vessel', trawler: 'vessel', hms: 'vessel', uss: 'vessel', mv: 'vessel', rms: 'vessel',
};

/**
 * Words that end an English place name (Hamilton Island, Coral Sea, Burdekin Shire, Airlie Beach)
 * or open one (Mount Isa, Lake Eyre, Cape Town, Port Hedland, Fort William): a capitalised run
 * with one is a place, not a person (folded lower case).
 */
export const EN_PLACE_TAILS = new Set([
  'island', 'islands', 'isle', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'channel', 'coast', 'beach', 'river', 'creek', 'lake', 'lakes', 'valley', 'mountains', 'range', 'ranges',
  'peninsula', 'desert', 'forest', 'harbour', 'harbor', 'heads', 'shire', 'county', 'province', 'district', 'region', 'territory', 'state', 'city', 'town', 'township', 'village',
  'borough', 'parish', 'square', 'bridge', 'airport', 'station', 'street', 'road', 'avenue', 'highway', 'motorway', 'reef', 'falls', 'springs', 'hills', 'plains', 'downs',
  'reserve', 'sanctuary', 'wetlands', 'delta', 'dam', 'reservoir', 'glacier', 'plateau', 'canyon', 'oasis', 'basin', 'marshes', 'gorge', 'estuary', 'lagoon', 'volcano',
]);
/**
 * Abbreviations that open the name of a British body of the Crown, folded: His or Her Majesty's
 * (HM Inspectorate of Prisons, HM Treasury), a prison (HMP Durham), a young offender institution
 * (HMYOI), the revenue (HMRC) and a ship (HMS): the run they open is a body's, never a person's.
 */
export const EN_BODY_OPENERS: ReadonlySet<string> = new Set(['hm', 'hmp', 'hmyoi', 'hmrc', 'hms']);

// The directions' adjectives open the names of provinces and regions (Eastern Samar, Western Cape,
// Northern Territory, Southern Highlands; GeoNames' first-level divisions), never a person's name;
// nor do City, Town and County, which open a place or a building (County Durham, City Hall, Town Hall).
export const EN_PLACE_OPENERS = new Set(['mount', 'mt', 'lake', 'cape', 'port', 'fort', 'lac', 'isle', 'st', 'saint', 'san', 'santa', 'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'city', 'town', 'county']);

/**
 * Prepositions of place: a capitalised run right after one that no given name opens is a place
 * (inland towards Charters Towers). An elected member's verb of representing takes a place too (a
 * councillor who represents Ottery St Mary).
 */
export const EN_PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'towards', 'toward', 'into', 'across', 'outside', 'off', 'around', 'inland', 'via', 'represents', 'representing']);

/**
 * Vocalised spellings that tell apart gazetteer places whose names fold alike: عمّان (Amman, with
 * its shadda) and عُمان (Oman, with its damma). Source: the spellings of the Arabic press (Al Jazeera,
 * Petra, the Oman News Agency), which vocalise exactly these letters to keep the two apart.
 */
export const VOCALISED_PLACES: Readonly<Record<string, string>> = { 'عمّان': 'amman', 'عُمان': 'oman' };

/** Arabic nouns that introduce a place name, its kind and English head. */
export const AR_PLACE_HEADS: readonly { ar: string; kind: string; en?: string }[] = [
  { ar: 'مدينة', kind: 'city' },
  { ar: 'بلدة', kind: 'city' },
  { ar: 'بلدتي', kind: 'city' },
  { ar: 'قرية', kind: 'city' },
  { ar: 'إقليم', kind: 'region', en: 'province' },
  { ar: 'محافظة', kind: 'region', en: 'governorate' },
  { ar: 'ولاية', kind: 'region', en: 'state' },
  { ar: 'منطقة', kind: 'region' },
  { ar: 'جماعة', kind: 'region', en: 'commune' },
  { ar: 'عمالة', kind: 'region', en: 'prefecture' },
  { ar: 'جزيرة', kind: 'region', en: 'island' },
];

/** Currency words: Arabic and English (folded lower case) → ISO 4217. */
export const CURRENCIES: Record<string, string> = {
  دولار: 'USD', دولارا: 'USD', دولاراً: 'USD', دولارات: 'USD', 'دولار أمريكي': 'USD',
  يورو: 'EUR', جنيه: 'EGP', جنيها: 'EGP', 'جنيه إسترليني': 'GBP', إسترليني: 'GBP', استرليني: 'GBP', درهم: 'AED', دراهم: 'AED',
  ريال: 'SAR', دينار: 'IQD', 'فرنك سويسري': 'CHF', فرنك: 'CHF', ليرة: 'TRY', روبل: 'RUB', يوان: 'CNY', ين: 'JPY',
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', dirham: 'AED', dirhams: 'AED',
  riyal: 'SAR', riyals: 'SAR', dinar: 'IQD', dinars: 'IQD', franc: 'CHF', francs: 'CHF', yuan: 'CNY', yen: 'JPY',
};

/** Currency symbols before a number. */
export const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' };

/** Multiplier words: million, billion, thousand. */
export const MULTIPLIERS: Record<string, number> = {
  ألف: 1e3, آلاف: 1e3, الف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليونا: 1e6, مليار: 1e9, مليارات: 1e9, مليارا: 1e9, بليون: 1e9,
  thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, m: 1e6, k: 1e3, trillion: 1e12, trillions: 1e12, tn: 1e12, تريليون: 1e12, تريليونات: 1e12, ترليون: 1e12,
};

/**
 * Unit words after a number (folded): unit of the schema. English singulars are the compound
 * adjective's (a 42-kilometre line, the 1,250-metre quay).
 */
export const UNIT_WORDS_DRAW: Record<string, string> = {
  كيلومتر: 'km', كيلومترا: 'km', كيلومترات: 'km', كلم: 'km', كم: 'km', km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'other',
  متر: 'metre', مترا: 'metre', أمتار: 'metre', metres: 'metre', meters: 'metre', metre: 'metre', meter: 'metre',
  كيلوغرام: 'kg', كيلوغراما: 'kg', كيلوغرامات: 'kg', kg: 'kg', kilograms: 'kg', kilogrammes: 'kg', طن: 'tonne', طنا: 'tonne', أطنان: 'tonne', tonnes: 'tonne', tons: 'tonne',
  ساعة: 'hour', ساعات: 'hour', hours: 'hour', hour: 'hour', دقيقة: 'minute', دقائق: 'minute', minutes: 'minute',
  يوم: 'day', يوما: 'day', أيام: 'day', days: 'day', day: 'day', أسبوع: 'week', أسابيع: 'week', weeks: 'week', week: 'week',
  شهر: 'month', أشهر: 'month', شهرا: 'month', شهور: 'month', months: 'month', month: 'month', سنة: 'year', سنوات: 'year', عام: 'year', أعوام: 'year', عاما: 'year', years: 'year',
  درجة: 'other', درجات: 'other',
  // Depths of rain and snow, measured as themselves (412 millimetres, 85 سم).
  مليمتر: 'other', مليمترا: 'other', مليمترات: 'other', ملم: 'other', millimetres: 'other', millimeters: 'other', mm: 'other',
  سنتيمتر: 'other', سنتيمترا: 'other', سنتيمترات: 'other', سم: 'other', centimetres: 'other', centimeters: 'other', cm: 'other',
};

/** Hedges before a number (folded): approx kind. */
export const APPROX_WORDS: Record<string, 'about' | 'more-than' | 'less-than' | 'at-least' | 'up-to'> = {
  نحو: 'about', حوالي: 'about', قرابة: 'about', زهاء: 'about', تقريبا: 'about', about: 'about', around: 'about', some: 'about', approximately: 'about', nearly: 'about', almost: 'about',
  'أكثر من': 'more-than', 'تزيد على': 'more-than', 'يزيد على': 'more-than', 'تتجاوز': 'more-than', 'يتجاوز': 'more-than', 'ما يزيد على': 'more-than', 'أزيد من': 'more-than', 'بأكثر من': 'more-than', 'more than': 'more-than',
  'أقل من': 'less-than', 'less than': 'less-than', 'fewer than': 'less-than',
  'على الأقل': 'at-least', 'at least': 'at-least', 'ما لا يقل عن': 'at-least',
  'حتى': 'up-to', 'up to': 'up-to', 'تصل إلى': 'up-to', 'يصل إلى': 'up-to', 'تصل الى': 'up-to', 'يصل الى': 'up-to',
};

/** Weekdays: Arabic and English forms (folded) → 0 (Sunday) … 6 (Saturday). */
export const WEEKDAYS: Record<string, number> = {
  الأحد: 0, الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const WEEKDAY_CODES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Relative days (folded token sequences) → offset from the article's date. */
export const RELATIVE_DAYS: readonly { words: string; offset: number }[] = [
  { words: 'أول أمس', offset: -2 },
  { words: 'اول امس', offset: -2 },
  { words: 'أمس', offset: -1 },
  { words: 'البارحة', offset: -1 },
  { words: 'اليوم', offset: 0 },
  { words: 'غدا', offset: 1 },
  { words: 'بعد غد', offset: 2 },
  { words: 'the day before yesterday', offset: -2 },
  { words: 'yesterday', offset: -1 },
  { words: 'today', offset: 0 },
  { words: 'tomorrow', offset: 1 },
];

/** Words for the parts of a day. */
export const PART_OF_DAY: Record<string, 'morning' | 'afternoon' | 'evening' | 'night'> = {
  صباح: 'morning', صباحا: 'morning', فجر: 'night', ظهر: 'afternoon', زوال: 'afternoon', مساء: 'evening', مساءً: 'evening', ليل: 'night', ليلة: 'night', ليلا: 'night',
  morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night',
};

/** Feminine verb forms and pronouns that give a person's gender. */
export const FEMININE_CUES = ['قالت', 'أضافت', 'أكدت', 'أوضحت', 'أشارت', 'ذكرت', 'كتبت', 'صرحت', 'أعلنت', 'تابعت', 'مضيفة', 'مؤكدة', 'مشيرة', 'محذرة', 'معربة', 'she', 'her', 'hers', 'herself', 'ms', 'mrs', 'spokeswoman', 'chairwoman', 'businesswoman', 'lady', 'dame', 'queen', 'princess', 'السيدة', 'الملكة', 'الأميرة', 'الشيخة'];
export const MASCULINE_CUES = ['قال', 'أضاف', 'أكد', 'أوضح', 'أشار', 'ذكر', 'كتب', 'صرح', 'أعلن', 'تابع', 'مضيفا', 'مؤكدا', 'مشيرا', 'محذرا', 'معربا', 'he', 'his', 'him', 'himself', 'mr', 'spokesman', 'chairman', 'businessman', 'lord', 'sir', 'king', 'prince', 'السيد', 'الملك', 'الأمير', 'الشيخ'];

/**
 * News verbs and their nouns, Arabic → English: the English triggers of an event an Arabic article
 * reports, so that an English draft's "invaded in 2004" is tied to "غزت … في عام 2003". Keys are
 * the Arabic forms as written (past tense, both genders, and the verbal noun).
 */
export const EVENT_WORDS: readonly { ar: string[]; en: string[] }[] = [
  { ar: ['غزا', 'غزت', 'غزو', 'اجتاح', 'اجتاحت', 'اجتياح'], en: ['invaded', 'invasion', 'invade'] },
  { ar: ['انسحب', 'انسحبت', 'انسحاب', 'الانسحاب'], en: ['withdrew', 'withdrawal', 'withdraw', 'pulled out'] },
  { ar: ['عاد', 'عادت', 'تعود', 'يعود', 'عودة'], en: ['returned', 'return', 'came back'] },
  // وقع/وقعت are left out: unvowelled, they read as "occurred" as often as "signed" (written with
  // its shadda, وقّع, the verb is read through VOWELLED_VERBS below).
  { ar: ['توقيع', 'التوقيع'], en: ['signed', 'signing', 'sign'] },
  { ar: ['أعلن', 'أعلنت', 'إعلان'], en: ['announced', 'announcement'] },
  // Only the verb in English: a speech verb is never an English article's trigger, while the noun
  // "warning" would be a table word of every date after it (the lowest level since 1991).
  { ar: ['حذر', 'حذرت', 'تحذير'], en: ['warned'] },
  { ar: ['بدأ', 'بدأت', 'تبدأ', 'يبدأ', 'بدء'], en: ['began', 'started', 'start', 'begin', 'opened'] },
  { ar: ['انتهى', 'انتهت', 'تنتهي', 'إنهاء', 'تنهي', 'ينهي'], en: ['ended', 'end', 'ending'] },
  { ar: ['ضرب', 'ضربت', 'ضربة', 'هز', 'هزت'], en: ['struck', 'strike', 'hit', 'shook'] },
  { ar: ['قتل', 'قتلت', 'مقتل', 'اغتيال', 'اغتيل'], en: ['killed', 'killing', 'assassination', 'assassinated'] },
  { ar: ['وافق', 'وافقت', 'موافقة', 'أقر', 'أقرت', 'إقرار'], en: ['approved', 'approval'] },
  { ar: ['حكم', 'حكمت', 'قضت', 'قضى'], en: ['ruled', 'ruling', 'judgment'] },
  { ar: ['ألغى', 'ألغت', 'إلغاء'], en: ['cancelled', 'canceled', 'scrapped', 'cancellation'] },
  // أجّل alone is left out: unvowelled it is «أجل» of «من أجل» (for the sake of).
  { ar: ['أجلت', 'تأجيل', 'أرجأ', 'أرجأت', 'إرجاء'], en: ['postponed', 'delayed', 'postponement'] },
  { ar: ['انتخب', 'انتخبت', 'انتخاب'], en: ['elected', 'election'] },
  { ar: ['عين', 'عينت', 'تعيين'], en: ['appointed', 'appointment'] },
  // "meets" is the present that tells a meeting to come (before the council meets on 28 January).
  { ar: ['اجتمع', 'اجتمعت', 'اجتماع', 'التقى', 'التقت', 'لقاء'], en: ['met', 'meeting', 'meets'] },
  { ar: ['زار', 'زارت', 'زيارة'], en: ['visited', 'visit'] },
  { ar: ['استهدف', 'استهدفت', 'استهداف'], en: ['targeted', 'targeting', 'attack'] },
  { ar: ['أطاح', 'أطاحت', 'الإطاحة'], en: ['toppled', 'ousted', 'overthrew'] },
  { ar: ['تأسس', 'تأسست', 'أسس', 'أسست', 'تأسيس'], en: ['founded', 'established', 'set up'] },
  { ar: ['ارتفع', 'ارتفعت', 'ارتفاع'], en: ['rose', 'risen', 'climbed', 'rise', 'rises'] },
  { ar: ['أطلق', 'أطلقت', 'إطلاق'], en: ['launched', 'launch'] },
  // A cut of a rate, a price or a number (خفّض البنك سعر الفائدة, cut its benchmark rate). An English
  // "cut" of a road or a supply (قطع) gets these Arabic forms too; a draft that writes قطع ties nothing.
  { ar: ['خفض', 'خفضت', 'تخفيض'], en: ['cut'] },
  { ar: ['أفرج', 'أفرجت', 'الإفراج'], en: ['released', 'release'] },
  { ar: ['اعتقل', 'اعتقلت', 'اعتقال'], en: ['arrested', 'arrest'] },
  // A deal, an agreement or talks are left out: an article on one names it beside each of its
  // events (approved the deal, signed the deal), so the word would tie a draft's date to any of them.
  { ar: ['غارة', 'غارات', 'قصف', 'قصفت'], en: ['raid', 'raids', 'air strike', 'airstrike', 'bombing', 'bombed', 'shelling'] },
  { ar: ['زلزال', 'هزة'], en: ['earthquake', 'quake', 'tremor'] },
  { ar: ['انفجار', 'انفجر', 'انفجرت'], en: ['explosion', 'blast', 'exploded'] },
  { ar: ['فيضان', 'فيضانات', 'سيول'], en: ['flood', 'floods', 'flooding'] },
  { ar: ['استحواذ', 'استحوذ', 'استحوذت'], en: ['acquisition', 'acquired', 'takeover'] },
  { ar: ['محاكمة', 'حاكم'], en: ['trial', 'tried'] },
  { ar: ['نقض', 'نقضت'], en: ['overturned', 'overturn', 'overturns', 'quashed'] },
  { ar: ['رسالة', 'الرسالة'], en: ['letter'] },
  { ar: ['إضراب', 'إضرابا', 'أضرب', 'أضربت', 'أضربوا'], en: ['strike', 'strikes', 'walkout', 'went on strike'] },
  { ar: ['امتحان', 'امتحانات', 'اختبار', 'اختبارات'], en: ['exam', 'exams', 'examination', 'examinations', 'test'] },
  { ar: ['حريق', 'حرائق', 'الحريق'], en: ['fire', 'wildfire', 'blaze', 'fires', 'wildfires'] },
  { ar: ['إعصار', 'عاصفة'], en: ['cyclone', 'hurricane', 'typhoon', 'storm'] },
  // Openings, collapses, sinkings and crashes: events a news report names by their noun (افتتاح
  // المرسى, the opening of the inquiry, في غرق عبّارة).
  // "opened" comes after the place it has in the row of beginning (بدأ), so that an English article's
  // "opened" keeps the Arabic words of beginning (a fissure opened) while «افتتح» still gets it.
  { ar: ['افتتح', 'افتتحت', 'افتتاح'], en: ['opening', 'inauguration', 'inaugurated', 'opens', 'opened'] },
  { ar: ['انهار', 'انهارت', 'انهيار'], en: ['collapsed', 'collapse'] },
  { ar: ['غرق', 'غرقت'], en: ['sank', 'sinking', 'capsized'] },
  { ar: ['تحطم', 'تحطمت'], en: ['crashed', 'crash'] },
  // Deaths, resignations, closures, evacuations, detentions and protests, as wire reports date them
  // (died on Monday night, «وتوفي … يوم الاثنين»). English nouns are left out where they name other
  // things in the same sentences (the death toll, a closure order): only the verb, or an event noun.
  // أجلت stays a postponement (أجّلت); the evacuation is read in أجلى and إجلاء.
  { ar: ['توفي', 'توفيت', 'وفاة'], en: ['died'] },
  { ar: ['استقال', 'استقالت', 'استقالة'], en: ['resigned', 'resignation', 'resigns'] },
  { ar: ['أغلق', 'أغلقت', 'إغلاق'], en: ['closed', 'shut'] },
  { ar: ['أجلى', 'إجلاء'], en: ['evacuated', 'evacuation'] },
  { ar: ['احتجز', 'احتجزت', 'احتجاز'], en: ['detained', 'detention'] },
  { ar: ['تظاهر', 'تظاهرت', 'تظاهروا', 'مظاهرة', 'مظاهرات'], en: ['protested', 'demonstrated', 'demonstration'] },
];

/**
 * Arabic words that open a piece of a person's name (ابن سينا, بن علي, أبو بكر, آل سعود): the word
 * after one is a name, which an article leaves unrecognised when it names a hospital, a street or a
 * school after the person (مستشفى ابن سينا), and is never an event's trigger; nor is the opener. As
 * written; folded on use.
 */
export const NAME_PIECE_OPENERS: readonly string[] = ['ابن', 'بن', 'بنت', 'أبو', 'أبي', 'أبا', 'آل'];

/**
 * Arabic verbs of setting out (انطلق, غادر, أبحر, أقلع) in the past and the imperfect (the future's
 * س is read off), and the nouns of convoys and craft that set out (قافلة, رحلة, سفينة, حافلة …):
 * with such a subject right after it the verb names a departure, which English names by leave and
 * depart (`SETTING_OUT_ENGLISH`); with another subject (انطلقت الأعمال: the works began) it names
 * no departure and is not translated. A plain «انطلق» translated as "leaves" tied held-out drafts
 * to the wrong events, so only the verb with its traveller is, and in English with the
 * traveller's noun before the verb (`settingOut.ts`). As written; folded on use.
 */
export const SETTING_OUT_ARABIC: readonly string[] = ['انطلق', 'انطلقت', 'ينطلق', 'تنطلق', 'غادر', 'غادرت', 'يغادر', 'تغادر', 'أبحر', 'أبحرت', 'يبحر', 'تبحر', 'أقلع', 'أقلعت', 'يقلع', 'تقلع'];
/** The travellers, each with the English nouns of it that a draft makes the subject of leaving (the convoy leaves). */
export const TRAVELLERS_ARABIC: readonly { ar: string; en: readonly string[] }[] = [
  { ar: 'قافلة', en: ['convoy'] },
  { ar: 'رحلة', en: ['flight'] },
  { ar: 'سفينة', en: ['ship', 'vessel'] },
  { ar: 'باخرة', en: ['ship', 'vessel'] },
  { ar: 'قارب', en: ['boat'] },
  { ar: 'عبّارة', en: ['ferry'] },
  { ar: 'طائرة', en: ['plane', 'aircraft'] },
  { ar: 'حافلة', en: ['bus'] },
  { ar: 'قطار', en: ['train'] },
  { ar: 'شحنة', en: ['shipment', 'cargo'] },
];
/**
 * The English verbs of leaving, put after a traveller's noun (convoy leaves, ship departed, convoy
 * will leave): the noun and the verb together name the departure, so that another traveller's
 * leaving (the governor leaves for Mosul) is not read as it.
 */
export const SETTING_OUT_ENGLISH: readonly string[] = ['left', 'leaves', 'will leave', 'departed', 'departs', 'will depart', 'set off', 'sets off', 'will set off', 'set out', 'sets out'];

/**
 * English phrases of a rule, a law or a measure coming into force (take effect, come into force,
 * enter into force, kick in), in each form, and the Arabic a draft writes for the same
 * («تدخل القيود حيز التنفيذ», «سريان القرار»): what names a date's event that no verb in the past
 * or after a modal names ("the rules, which take effect on Monday"; `effectPhrases.ts`).
 */
export const TAKING_EFFECT: { en: readonly string[]; ar: readonly string[] } = {
  en: [
    'take effect', 'takes effect', 'took effect', 'taken effect', 'taking effect',
    'come into force', 'comes into force', 'came into force', 'coming into force',
    'enter into force', 'enters into force', 'entered into force',
    'come into effect', 'comes into effect', 'came into effect',
    'kick in', 'kicks in', 'kicked in',
  ],
  ar: ['حيز التنفيذ', 'حيز النفاذ', 'سريان', 'بدء تطبيق'],
};

/**
 * Adjectives of a thing being ready after a modal and "be" (could be ready by 2029, will be
 * operational in 2028), which name the date's event, with the Arabic adjectives of each in their
 * forms (جاهز, جاهزة, جاهزاً; قيد التشغيل). As written; folded on use.
 */
export const READINESS: readonly { en: string; ar: readonly string[] }[] = [
  { en: 'ready', ar: ['جاهز', 'جاهزة', 'جاهزاً', 'جاهزين'] },
  { en: 'operational', ar: ['قيد التشغيل', 'جاهز للتشغيل', 'جاهزة للتشغيل'] },
];

/**
 * Arabic verbs of doing again (أعاد: did again; its passive أعيد and its verbal noun إعادة) and the
 * verbal nouns after them that make with them one act resumed, which English names by one verb:
 * «أعادت الوزارة تشغيل المحطة» (restarted), «أعيد فتح الطريق» (reopened), «إعادة انتخابه»
 * (re-elected). The noun alone names the plain act (تشغيل: operation), so only the pair is translated
 * (`resumptions.ts`). As written; folded on use.
 */
export const RESUMING_VERBS: readonly string[] = ['أعاد', 'أعادت', 'أعادوا', 'أعيد', 'أعيدت', 'يعيد', 'تعيد', 'إعادة'];

/** The verbal nouns resumed after a verb of `RESUMING_VERBS`, and the English verbs of the act resumed. */
export const RESUMED_ACTS: readonly { ar: string; en: string[] }[] = [
  // Running again a plant, a line or a service (أعاد تشغيل المعمل: restarted, reopened the plant).
  { ar: 'تشغيل', en: ['restarted', 'reopened', 'resumed'] },
  // Opening again a road, a crossing, a school (أعيد فتح المعبر: the crossing reopened).
  { ar: 'فتح', en: ['reopened'] },
  { ar: 'افتتاح', en: ['reopened'] },
  { ar: 'إطلاق', en: ['relaunched'] },
  { ar: 'انتخاب', en: ['re-elected', 'reelected'] },
  { ar: 'تعيين', en: ['reappointed'] },
  { ar: 'بناء', en: ['rebuilt'] },
];

/**
 * Arabic adverbs of a starting point, in the accusative, that open a date after «من» (اعتباراً من
 * الأول من مارس: as from 1 March; ابتداءً من، بدءاً من، انطلاقاً من): the date's own words, never the
 * name of its event, which is the verb they depend on («ستمنع الوزارة الاستيراد اعتباراً من …»). As
 * written; folded on use.
 */
export const STARTING_POINT_ADVERBS: readonly string[] = ['اعتباراً', 'ابتداءً', 'بدءاً', 'انطلاقاً'];

/**
 * More news verbs and their nouns, Arabic → English, that only translate: they give an event drawn
 * from an article in one language the words a draft in the other language names it by, but they
 * make no word a trigger (the words of `EVENT_WORDS` are also read as triggers near a date, so a
 * common verb there would tie dates to the wrong event). These are the acts of parliaments,
 * governments, agencies and companies that wire reports date (Reuters, AFP, QNA, Petra: "voted on
 * Tuesday", «وصوّت المجلس يوم الثلاثاء»; "will debate … on Monday", «وسيناقش المجلس … يوم
 * الاثنين»). Each Arabic verb is given in the past and the imperfect (ي, ت), whose future (س)
 * `triggerForms.ts` reads and writes, with its verbal noun; each English verb in the past, whose
 * other forms are read from it. Setting out (انطلق: leaves, departs) is left out: held-out drafts
 * tied its English "leaves" to the wrong events.
 */
export const EVENT_TRANSLATIONS: readonly { ar: string[]; en: string[] }[] = [
  // صوّت is written unvowelled as «صوت» (a voice too): the sentence must back a one-word trigger.
  { ar: ['صوت', 'صوتت', 'صوتوا', 'يصوت', 'تصويت'], en: ['voted', 'vote'] },
  { ar: ['ناقش', 'ناقشت', 'يناقش', 'تناقش', 'مناقشة'], en: ['debated', 'discussed', 'debate'] },
  // The verbal nouns of منع and حظر are written as their verbs.
  { ar: ['منع', 'منعت', 'يمنع', 'تمنع', 'حظر', 'حظرت', 'يحظر', 'تحظر'], en: ['banned', 'barred', 'ban'] },
  { ar: ['نشر', 'نشرت', 'ينشر', 'تنشر'], en: ['published', 'publication'] },
  { ar: ['اشترى', 'اشترت', 'يشتري', 'تشتري', 'شراء'], en: ['bought', 'purchased', 'purchase'] },
  // راجع's imperfect تراجع is left out: it is the verb of falling back too (تراجع الإنتاج).
  { ar: ['راجع', 'راجعت', 'يراجع', 'مراجعة'], en: ['reviewed', 'review'] },
  { ar: ['وزع', 'وزعت', 'يوزع', 'توزع', 'توزيع'], en: ['distributed', 'distribution', 'handed out'] },
  { ar: ['استضاف', 'استضافت', 'يستضيف', 'تستضيف', 'استضافة'], en: ['hosted', 'host'] },
  // Handing over (سلّمت الشركة المشروع, the deeds will be handed over), written unvowelled: تسلّم
  // (received) is read as the same act seen from its other side.
  { ar: ['سلم', 'سلمت', 'يسلم', 'تسلم', 'تسليم'], en: ['handed', 'delivered', 'handover', 'delivery'] },
  // The imperfects of the table's verbs above, which a draft of a coming event writes (ستفتتح).
  // Not يعلن (will announce): an announcement is told apart by what is announced, so its English
  // words alone tied an article's coming announcement of one thing to a draft's announcement of
  // another (found at the held-out guard of session 33).
  { ar: ['يوافق', 'توافق'], en: ['approved', 'approval'] },
  { ar: ['يجتمع', 'تجتمع', 'يلتقي', 'تلتقي'], en: ['met', 'meeting'] },
  { ar: ['يزور', 'تزور'], en: ['visited', 'visit'] },
  { ar: ['يطلق', 'تطلق'], en: ['launched', 'launch'] },
  // Not 'opened', which the row of beginning keeps (a fissure opened: `EVENT_WORDS` above).
  { ar: ['يفتتح', 'تفتتح'], en: ['opening', 'inauguration', 'inaugurated', 'opens'] },
  { ar: ['يستقيل', 'تستقيل'], en: ['resigned', 'resignation', 'resigns'] },
  { ar: ['يغلق', 'تغلق'], en: ['closed', 'shut'] },
];

/**
 * Nouns of the table above that name a whole programme of several events (the exams,
 * «الامتحانات»), and the heads that name one event or one part of such a programme with the
 * programme as their complement (the results of the exams, exam results, marking of the exam
 * papers, «نتائج الامتحانات», «تصحيح أوراق الامتحانات»). In such a phrase the programme noun names
 * the programme, not the event dated beside it, and is not drawn as its trigger
 * (`programmeNouns.ts`). The heads are the words education ministries' and agencies' reports use
 * for an exam's parts (Reuters, AFP, QNA, ONA); folded on use.
 */
export const PROGRAMME_NOUNS: readonly string[] = ['امتحان', 'امتحانات', 'اختبار', 'اختبارات', 'exam', 'exams', 'examination', 'examinations', 'test', 'tests'];
export const PROGRAMME_PARTS: readonly string[] = [
  ...['results', 'result', 'marking', 'grading', 'papers', 'paper', 'timetable', 'schedule', 'marks', 'grades', 'registration', 'scores'],
  ...['نتائج', 'نتيجة', 'تصحيح', 'أوراق', 'أسئلة', 'جدول', 'مواعيد', 'علامات', 'درجات', 'تسجيل'],
];

/**
 * States that a government or a governor declares (declared a state of emergency, «أعلن حالة
 * الطوارئ»): the English word after "a state of", and the Arabic phrase agencies write for it
 * (Al Jazeera, Asharq Al-Awsat, KUNA: حالة الطوارئ; حالة الكارثة for the Philippines' state of
 * calamity; الحداد for mourning). The declaration is an event that a verb of saying introduces.
 */
export const DECLARED_STATES: Readonly<Record<string, readonly string[]>> = {
  emergency: ['حالة الطوارئ', 'الطوارئ'],
  calamity: ['حالة الكارثة', 'حالة كارثة'],
  disaster: ['حالة الكارثة', 'حالة كارثة'],
  mourning: ['الحداد', 'حدادا'],
  siege: ['حالة الحصار'],
  alert: ['حالة التأهب', 'التأهب'],
};

/**
 * The occasions at which a statement is made, as wire reports write them (Reuters, AFP, BBC: "told
 * reporters", "told a news conference"; Arabic agencies, بترا، واس، وام: «في مؤتمر صحفي», «في ندوة
 * صحفية», «في إيجاز صحفي», «قال للصحفيين»): `phrases` are read in the article (each word folded;
 * the first may carry a clitic), `triggers` are what a drafted event is named by in each language.
 */
export const PRESS_OCCASIONS: { phrases: readonly string[]; triggers: { ar: readonly string[]; en: readonly string[] } } = {
  phrases: ['told reporters', 'told journalists', 'news conference', 'press conference', 'press briefing', 'مؤتمر صحفي', 'مؤتمر صحافي', 'مؤتمرا صحفيا', 'ندوة صحفية', 'ندوة صحافية', 'إيجاز صحفي', 'للصحفيين', 'للصحافيين'],
  triggers: {
    ar: ['مؤتمر صحفي', 'مؤتمر صحافي', 'مؤتمرا صحفيا', 'ندوة صحفية', 'إيجاز صحفي', 'للصحفيين', 'للصحافيين'],
    en: ['told reporters', 'told journalists', 'news conference', 'press conference', 'press briefing'],
  },
};

/**
 * Verbs that the table leaves out unvowelled because a homograph shares their letters (وقع:
 * occurred or signed), read when the article writes their shadda (وقّع، وقّعت، يوقّع): the stem with
 * its shadda, and the table's verbal noun that names the event (توقيع: signing).
 */
export const VOWELLED_VERBS: readonly { stem: string; noun: string }[] = [{ stem: 'وقّع', noun: 'توقيع' }];

/**
 * Military and police ranks written before a name, folded: the Arabic ones with the article
 * (اللواء, العميد) and the English ones as the wire services write and abbreviate them (General
 * Carlos Yáñez, Maj Gen X; AP Stylebook, Reuters; not captain, a team's post too). A rank stands between a
 * title and its name, and is no word of the name. Folded on use.
 */
export const NAME_RANKS: readonly string[] = [
  ...['اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'العماد', 'المشير'],
  ...['general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'brigadier', 'brig', 'admiral', 'adm', 'commander', 'cmdr', 'sergeant', 'sgt', 'corporal', 'cpl', 'marshal', 'commodore'],
];
