/**
 * What news numbers measure, in both languages: the nouns counted after a number (مصادر, sources;
 * قتلى, dead), the nouns a duration measures (مهلة, deadline; حداد, mourning) and the nouns an
 * amount or a percentage is of (صفقة, deal; حصة, stake; inflation). A quantity whose noun is in
 * this table is drawn as sure, with the noun's forms in both languages, so that a draft in either
 * language is compared with it; a noun outside the table leaves the quantity unsure (it
 * contradicts no draft until reviewed). Language knowledge, written once: the common nouns of news
 * reports on conflict, disasters, courts, politics and the economy, never a story's own words.
 */
import { stems } from '../knowledge';
import type { Token } from '../analysis';
import { key } from './words';
import type { Fate } from '../lexicon/fates';

/** A noun with its forms in both languages (singular, plural, dual and accusative forms). */
export interface QuantityNoun {
  ar: readonly string[];
  en: readonly string[];
}

/** Nouns counted after a number: ثلاثة مصادر, five justices. */
export const COUNT_NOUNS: readonly QuantityNoun[] = [
  { ar: ['مصدر', 'مصادر', 'مصدرا'], en: ['source', 'sources'] },
  { ar: ['شخص', 'شخصا', 'أشخاص'], en: ['people', 'persons'] },
  { ar: ['قتيل', 'قتيلا', 'قتلى'], en: ['dead', 'killed', 'deaths'] },
  { ar: ['وفاة', 'وفيات', 'ضحية', 'ضحايا'], en: ['deaths', 'dead', 'victims'] },
  { ar: ['جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'مصابين'], en: ['injured', 'wounded'] },
  // «إصابة» after a number counts cases of a disease (3450 إصابة بالكوليرا) or an accident's injuries
  // (9 وفيات و23 إصابة), as ministries' bulletins and the Arabic press write both; it is its own
  // noun, not the injured's, and English writes "infections" for the first only.
  { ar: ['إصابة', 'إصابات'], en: ['infections'] },
  { ar: ['مفقود', 'مفقودا', 'مفقودين'], en: ['missing'] },
  { ar: ['جندي', 'جنديا', 'جنود'], en: ['soldier', 'soldiers', 'troops'] },
  { ar: ['عنصر', 'عنصرا', 'عناصر'], en: ['personnel'] },
  { ar: ['مركز', 'مركزا', 'مراكز'], en: ['centre', 'centres', 'center', 'centers'] },
  { ar: ['مدني', 'مدنيا', 'مدنيين'], en: ['civilian', 'civilians'] },
  { ar: ['لاجئ', 'لاجئا', 'لاجئين'], en: ['refugee', 'refugees'] },
  { ar: ['مهاجر', 'مهاجرا', 'مهاجرين'], en: ['migrant', 'migrants'] },
  { ar: ['نازح', 'نازحا', 'نازحين'], en: ['displaced'] },
  { ar: ['معتقل', 'معتقلا', 'معتقلين', 'محتجز', 'محتجزا', 'محتجزين'], en: ['detainee', 'detainees'] },
  { ar: ['أسير', 'أسيرا', 'أسرى', 'سجين', 'سجينا', 'سجناء'], en: ['prisoner', 'prisoners'] },
  { ar: ['رهينة', 'رهائن'], en: ['hostage', 'hostages'] },
  { ar: ['مسلح', 'مسلحا', 'مسلحين'], en: ['gunman', 'gunmen', 'militants'] },
  { ar: ['متظاهر', 'متظاهرا', 'متظاهرين'], en: ['protester', 'protesters'] },
  { ar: ['قاض', 'قاضيا', 'قضاة'], en: ['judge', 'judges', 'justices'] },
  { ar: ['طفل', 'طفلا', 'أطفال'], en: ['child', 'children'] },
  { ar: ['امرأة', 'نساء'], en: ['women'] },
  // Men as news counts them (a jail holding 1,020 men, «يضم 840 رجلاً»), beside women; the longer
  // forms of other entries (رجال شرطة, رجال الإطفاء) are read first.
  { ar: ['رجل', 'رجلا', 'رجال'], en: ['men'] },
  { ar: ['عائلة', 'عائلات', 'أسرة', 'أسر'], en: ['family', 'families', 'household', 'households'] },
  { ar: ['منزل', 'منزلا', 'منازل', 'مسكن', 'مساكن'], en: ['home', 'homes', 'houses'] },
  { ar: ['مبنى', 'مباني'], en: ['building', 'buildings'] },
  { ar: ['قرية', 'قرى'], en: ['village', 'villages'] },
  { ar: ['مستشفى', 'مستشفيات'], en: ['hospital', 'hospitals'] },
  { ar: ['مدرسة', 'مدارس'], en: ['school', 'schools'] },
  { ar: ['طائرة', 'طائرات'], en: ['aircraft', 'planes'] },
  { ar: ['مسيرة', 'مسيرات'], en: ['drone', 'drones'] },
  { ar: ['صاروخ', 'صاروخا', 'صواريخ'], en: ['missile', 'missiles', 'rockets'] },
  { ar: ['غارة', 'غارات'], en: ['strike', 'strikes', 'air strikes', 'raids'] },
  { ar: ['هجوم', 'هجوما', 'هجمات'], en: ['attack', 'attacks'] },
  { ar: ['قارب', 'قاربا', 'قوارب'], en: ['boat', 'boats'] },
  { ar: ['شاحنة', 'شاحنات'], en: ['truck', 'trucks', 'lorries'] },
  { ar: ['مقعد', 'مقعدا', 'مقاعد'], en: ['seat', 'seats'] },
  { ar: ['ناخب', 'ناخبا', 'ناخبين'], en: ['voter', 'voters'] },
  { ar: ['مرشح', 'مرشحا', 'مرشحين', 'مترشح', 'مترشحا', 'مترشحين'], en: ['candidate', 'candidates'] },
  { ar: ['شركة', 'شركات'], en: ['company', 'companies', 'firms'] },
  { ar: ['موظف', 'موظفا', 'موظفين', 'موظفة', 'موظفات'], en: ['employee', 'employees', 'staff'] },
  { ar: ['عامل', 'عاملا', 'عمال', 'عاملة', 'عاملات'], en: ['worker', 'workers'] },
  // «منصب شغل» is how Morocco's statistics office (the HCP) and the Maghreb's press write a job;
  // British public bodies count the jobs they cut or create as posts (the loss of about 210 council posts).
  { ar: ['فرصة عمل', 'فرص عمل', 'وظيفة', 'وظائف', 'منصب شغل', 'مناصب شغل', 'منصب عمل', 'مناصب عمل', 'فرصة شغل', 'فرص شغل'], en: ['jobs', 'job', 'posts'] },
  { ar: ['عملية إنقاذ', 'عمليات إنقاذ', 'عمليات الإنقاذ'], en: ['rescues', 'rescue operations'] },
  { ar: ['دفعة', 'دفعات', 'دفعتين'], en: ['tranches', 'instalments', 'installments', 'payments'] },
  { ar: ['سائح', 'سائحا', 'سياح'], en: ['tourist', 'tourists'] },
  { ar: ['طلب لجوء', 'طلبات لجوء'], en: ['asylum claims', 'asylum applications'] },
  { ar: ['طالب لجوء', 'طالبي لجوء'], en: ['asylum seekers'] },
  { ar: ['سفينة', 'سفن', 'باخرة', 'بواخر', 'ناقلة', 'ناقلات'], en: ['ship', 'ships', 'vessel', 'vessels', 'tanker', 'tankers'] },
  { ar: ['مروحية', 'مروحيات'], en: ['helicopter', 'helicopters'] },
  { ar: ['سيارة', 'سيارات', 'مركبة', 'مركبات'], en: ['vehicle', 'vehicles', 'car', 'cars'] },
  { ar: ['حاوية', 'حاويات'], en: ['container', 'containers'] },
  { ar: ['رحلة', 'رحلات'], en: ['flight', 'flights'] },
  { ar: ['راكب', 'راكبا', 'ركاب', 'راكبة', 'راكبات'], en: ['passenger', 'passengers'] },
  { ar: ['فرد طاقم', 'أفراد طاقم', 'أفراد الطاقم', 'بحار', 'بحارا', 'بحارة'], en: ['crew', 'crew members', 'sailors', 'seafarers'] },
  { ar: ['ساكن', 'ساكنا', 'سكان', 'مقيم', 'مقيما', 'مقيمين'], en: ['resident', 'residents', 'inhabitants'] },
  { ar: ['سيارة إطفاء', 'سيارات إطفاء', 'سيارات الإطفاء', 'شاحنة إطفاء', 'شاحنات إطفاء', 'عربة إطفاء', 'عربات إطفاء'], en: ['fire engines', 'fire engine', 'fire appliances', 'fire trucks'] },
  { ar: ['إطفائي', 'إطفائيا', 'إطفائيين', 'رجل إطفاء', 'رجال إطفاء', 'رجال الإطفاء'], en: ['firefighter', 'firefighters', 'firemen'] },
  { ar: ['منقذ', 'منقذا', 'منقذين', 'مسعف', 'مسعفا', 'مسعفين'], en: ['rescuer', 'rescuers', 'paramedics'] },
  { ar: ['متطوع', 'متطوعا', 'متطوعين'], en: ['volunteer', 'volunteers'] },
  { ar: ['منظم', 'منظما', 'منظمين'], en: ['steward', 'stewards', 'marshals'] },
  { ar: ['حارس', 'حارسا', 'حراس'], en: ['guard', 'guards', 'security guards'] },
  { ar: ['شرطي', 'شرطيا', 'رجل شرطة', 'رجال شرطة', 'عنصر شرطة', 'عناصر شرطة'], en: ['police officers', 'policemen', 'officers'] },
  { ar: ['طبيب', 'طبيبا', 'أطباء', 'طبيبة', 'طبيبات'], en: ['doctor', 'doctors'] },
  { ar: ['ممرض', 'ممرضا', 'ممرضين', 'ممرضة', 'ممرضات'], en: ['nurse', 'nurses'] },
  { ar: ['مريض', 'مريضا', 'مرضى', 'مريضة', 'مريضات'], en: ['patient', 'patients'] },
  { ar: ['تلميذ', 'تلميذا', 'تلاميذ', 'طالب', 'طالبا', 'طلاب', 'طلبة', 'طالبة', 'طالبات', 'تلميذة', 'تلميذات'], en: ['student', 'students', 'pupils'] },
  { ar: ['معلم', 'معلما', 'معلمين', 'مدرس', 'مدرسا', 'مدرسين', 'أستاذ', 'أستاذا', 'أساتذة', 'معلمة', 'معلمات', 'مدرسات', 'أستاذة', 'أستاذات'], en: ['teacher', 'teachers'] },
  { ar: ['نائب', 'نائبا', 'نواب'], en: ['lawmaker', 'lawmakers', 'MPs', 'deputies'] },
  { ar: ['مشجع', 'مشجعا', 'مشجعين', 'متفرج', 'متفرجا', 'متفرجين'], en: ['fan', 'fans', 'spectators'] },
  { ar: ['دولة', 'دول', 'بلد', 'بلدا', 'بلدان'], en: ['country', 'countries', 'nations'] },
  { ar: ['مدينة', 'مدن', 'بلدة', 'بلدات'], en: ['city', 'cities', 'town', 'towns'] },
  // Calls to a helpline or an emergency service (took 2,600 calls, «تلقى 2600 مكالمة»).
  { ar: ['مكالمة', 'مكالمات', 'اتصال هاتفي', 'اتصالات هاتفية'], en: ['call', 'calls'] },
  { ar: ['مشارك', 'مشاركا', 'مشاركين'], en: ['participant', 'participants'] },
  { ar: ['متقدم', 'متقدما', 'متقدمين', 'متقدمة', 'متقدمات'], en: ['applicants'] },
  { ar: ['متدرب', 'متدربا', 'متدربين', 'متدربة', 'متدربات'], en: ['apprentice', 'apprentices', 'trainee', 'trainees'] },
  { ar: ['حادث', 'حادثا', 'حوادث', 'حادثة'], en: ['accident', 'accidents', 'crashes'] },
  { ar: ['مصنع', 'مصنعا', 'مصانع'], en: ['factory', 'factories', 'plants'] },
  // Health, science, tourism, business, energy and water: the nouns their reports count.
  // Sport's goals, points, matches and medals are left out: each is some team's or player's, and
  // an article gives many of them, so a bare count would be compared with another side's. So are
  // trains, stations and bridges, which English writes before the noun they qualify (40 bus
  // workers, train drivers): counted, they would take a count of people. Buses are counted in the
  // plural only (312 buses, «312 حافلة»), which qualifies no noun after it.
  { ar: ['حافلة', 'حافلات'], en: ['buses'] },
  { ar: ['جرعة', 'جرعات'], en: ['dose', 'doses'] },
  { ar: ['سرير', 'سريرا', 'أسرة'], en: ['bed', 'beds'] },
  { ar: ['عينة', 'عينات'], en: ['sample', 'samples'] },
  { ar: ['باحث', 'باحثا', 'باحثين'], en: ['researcher', 'researchers', 'scientists'] },
  { ar: ['زائر', 'زائرا', 'زوار'], en: ['visitor', 'visitors'] },
  { ar: ['فندق', 'فندقا', 'فنادق'], en: ['hotel', 'hotels'] },
  { ar: ['غرفة', 'غرف'], en: ['room', 'rooms'] },
  { ar: ['ليلة', 'ليال', 'ليالي'], en: ['night', 'nights'] },
  { ar: ['حاج', 'حاجا', 'حجاج'], en: ['pilgrim', 'pilgrims'] },
  { ar: ['عضو', 'عضوا', 'أعضاء'], en: ['member', 'members'] },
  { ar: ['صحفي', 'صحفيا', 'صحفيين'], en: ['journalist', 'journalists', 'reporters'] },
  { ar: ['مزارع', 'مزارعا', 'مزارعين', 'فلاح', 'فلاحا', 'فلاحين'], en: ['farmer', 'farmers'] },
  { ar: ['صياد', 'صيادا', 'صيادين'], en: ['fisherman', 'fishermen'] },
  { ar: ['متجر', 'متجرا', 'متاجر'], en: ['store', 'stores', 'shops'] },
  { ar: ['فرع', 'فرعا', 'فروع'], en: ['branch', 'branches'] },
  { ar: ['مشروع', 'مشروعا', 'مشاريع'], en: ['project', 'projects'] },
  { ar: ['سهم', 'سهما', 'أسهم'], en: ['shares'] },
  { ar: ['عميل', 'عميلا', 'عملاء', 'زبون', 'زبائن'], en: ['customer', 'customers', 'clients'] },
  { ar: ['مشترك', 'مشتركا', 'مشتركين'], en: ['subscriber', 'subscribers'] },
  { ar: ['شكوى', 'شكاوى', 'الشكاوى'], en: ['complaint', 'complaints'] },
  // The recommendations a report, an inspection or an inquiry makes (made 36 recommendations, «قدمت 27 توصية»).
  { ar: ['توصية', 'توصيات'], en: ['recommendation', 'recommendations'] },
  { ar: ['صالة عمليات', 'صالات عمليات', 'غرفة عمليات', 'غرف عمليات'], en: ['operating theatre', 'operating theatres', 'operating rooms'] },
  { ar: ['شقة', 'شقق', 'وحدة سكنية', 'وحدات سكنية'], en: ['apartment', 'apartments', 'flats', 'housing units'] },
  { ar: ['خيمة', 'خيام'], en: ['tent', 'tents'] },
  // The relief items aid reports count beside tents: blankets and food baskets or parcels.
  { ar: ['بطانية', 'بطانيات'], en: ['blanket', 'blankets'] },
  { ar: ['سلة غذائية', 'سلال غذائية', 'سلة غذاء', 'سلال غذاء', 'طرد غذائي', 'طرود غذائية', 'طردا غذائيا'], en: ['food parcel', 'food parcels', 'food basket', 'food baskets'] },
  { ar: ['مخيم', 'مخيما', 'مخيمات'], en: ['camp', 'camps'] },
  { ar: ['بئر', 'بئرا', 'آبار'], en: ['well', 'wells'] },
  { ar: ['سد', 'سدا', 'سدود'], en: ['dam', 'dams'] },
  { ar: ['جامعة', 'جامعات'], en: ['university', 'universities'] },
  { ar: ['مسجد', 'مسجدا', 'مساجد'], en: ['mosque', 'mosques'] },
  { ar: ['شجرة', 'أشجار'], en: ['tree', 'trees'] },
  { ar: ['رأس ماشية', 'رؤوس ماشية', 'رأس غنم'], en: ['head of livestock', 'head of cattle', 'livestock'] },
  // The bodies recovered, the suspects held and the assaults recorded, as reports of disasters,
  // crimes and the police count them: each its own noun, never the dead or the detainees, whom a
  // report counts apart (9 bodies recovered of 23 dead; 4 suspects among 30 arrested).
  { ar: ['جثة', 'جثث', 'جثمان', 'جثامين'], en: ['body', 'bodies'] },
  { ar: ['مشتبه به', 'مشتبها به', 'مشتبه بهم', 'مشتبها بهم', 'مشتبه بهما', 'مشتبه فيه', 'مشتبه فيهم'], en: ['suspect', 'suspects'] },
  { ar: ['اعتداء', 'اعتداءات'], en: ['assault', 'assaults'] },
  // Travel, meetings and mass events: travellers and runners counted, sittings and rounds of talks held.
  { ar: ['مسافر', 'مسافرا', 'مسافرين', 'مسافرة', 'مسافرات'], en: ['traveller', 'travellers', 'travelers'] },
  { ar: ['عداء', 'عداءين', 'عدائين', 'عداءة', 'عداءات'], en: ['runner', 'runners'] },
  { ar: ['جلسة', 'جلسات'], en: ['session', 'sessions', 'sittings'] },
  { ar: ['جولة مفاوضات', 'جولات مفاوضات', 'جولة محادثات', 'جولات محادثات'], en: ['rounds of talks', 'round of talks', 'rounds of negotiations'] },
  // Units of volume and power, compared as counts of themselves (1.2 million cubic metres, 500 megawatts).
  { ar: ['متر مكعب', 'مترا مكعبا', 'أمتار مكعبة'], en: ['cubic metres', 'cubic meters', 'cubic metre'] },
  { ar: ['لتر', 'لترا', 'لترات'], en: ['litre', 'litres', 'liters'] },
  { ar: ['برميل', 'برميلا', 'براميل'], en: ['barrel', 'barrels'] },
  { ar: ['ميغاواط', 'ميجاوات', 'ميغاوات'], en: ['megawatts', 'megawatt', 'MW'] },
  { ar: ['غيغاواط', 'جيجاوات'], en: ['gigawatts', 'gigawatt', 'GW'] },
  // Units of land area, compared as counts of themselves (14,000 hectares).
  { ar: ['هكتار', 'هكتارا', 'هكتارات'], en: ['hectare', 'hectares'] },
  { ar: ['فدان', 'فدانا', 'أفدنة'], en: ['acre', 'acres'] },
  { ar: ['دونم', 'دونما', 'دونمات'], en: ['dunam', 'dunams'] },
];

/** The entry of the counted-noun table that lists `form` in Arabic. */
const entryOf = (form: string): QuantityNoun => COUNT_NOUNS.find((entry) => entry.ar.includes(form))!;

/**
 * Verbal nouns and verbs that say what befell the others counted after them (وإصابة 153 آخرين,
 * injuring 37 others, واعتقال 12 آخرين): the count is of the dead, the injured, the detained.
 */
export const EVENT_COUNTS: readonly { words: readonly string[]; entry: QuantityNoun }[] = [
  // «أودى بحياة» (claimed the lives of) too, and the verbs of dying before the count (توفيت خمس معلمات).
  { words: ['وفاة', 'مقتل', 'مصرع', 'قتل', 'قتلت', 'توفي', 'توفيت', 'بحياة', 'killing', 'killed', 'kills'], entry: entryOf('قتيل') },
  // The verbs in the past too (وأصيب 11 آخرون, واعتُقل 12 آخرون).
  { words: ['إصابة', 'جرح', 'أصيب', 'أصيبت', 'injuring', 'injured', 'wounding', 'wounded', 'injures'], entry: entryOf('جريح') },
  { words: ['اعتقال', 'توقيف', 'احتجاز', 'اعتقل', 'أوقف', 'احتجز', 'arresting', 'arrested', 'detaining', 'detained'], entry: entryOf('معتقل') },
  { words: ['فقدان', 'اختفاء'], entry: entryOf('مفقود') },
  { words: ['نزوح', 'تهجير', 'displacing', 'displaced'], entry: entryOf('نازح') },
];

/**
 * Verbs after the people counted that say what befell them (Two people died, 14 others were
 * injured, «تسعة أشخاص لقوا حتفهم»): the count is of the dead or the injured. The Arabic idiom
 * «لقي … حتفه» (met his death) says it across the count: its verb before, حتف or مصرع after.
 */
export const FATES_AFTER: readonly { words: readonly string[]; entry: QuantityNoun }[] = [
  { words: ['died', 'die', 'killed', 'dead', 'drowned', 'perished', 'حتفهم', 'حتفه', 'حتفها', 'مصرعهم', 'مصرعه', 'مصرعها', 'قتلوا', 'توفوا', 'ماتوا', 'غرقوا'], entry: entryOf('قتيل') },
  { words: ['injured', 'hurt', 'wounded', 'أصيبوا', 'جرحوا'], entry: entryOf('جريح') },
  // People still missing (14 people are still missing, «16 شخصاً في عداد المفقودين», «ما زالوا مفقودين»).
  { words: ['missing', 'مفقودين', 'مفقودون', 'المفقودين'], entry: entryOf('مفقود') },
];

/** The counted-noun table's entry of each fate a combined figure joins (36 dead or missing). */
export const FATE_ENTRIES: Readonly<Record<Fate, QuantityNoun>> = { dead: entryOf('قتيل'), missing: entryOf('مفقود'), injured: entryOf('جريح') };

/**
 * What befell people counted by their kind (توفيت خمس معلمات, killing three firefighters, Two
 * workers were injured), written as the count's qualifier: the verbs and nouns a draft says it
 * with, and with the conjunction و that the checker keeps on a verb, so that it finds the qualifier
 * beside the count; by the entry of the counted-noun table that `EVENT_COUNTS` and `FATES_AFTER` give.
 */
export const FATE_QUALIFIERS: readonly { entry: QuantityNoun; qualifier: QuantityNoun }[] = [
  {
    entry: entryOf('قتيل'),
    qualifier: { ar: ['توفي', 'توفيت', 'توفوا', 'وتوفي', 'وتوفيت', 'وفاة', 'قتل', 'قتلت', 'قتلوا', 'وقتل', 'وقتلت', 'مقتل', 'لقي', 'لقيت', 'لقوا', 'ولقي', 'ولقيت', 'حتفهم', 'حتفهن', 'مصرع', 'قتيل', 'قتلى'], en: ['died', 'dead', 'killed', 'killing', 'death', 'deaths'] },
  },
  {
    entry: entryOf('جريح'),
    qualifier: { ar: ['أصيب', 'أصيبت', 'أصيبوا', 'وأصيب', 'وأصيبت', 'وأصيبوا', 'إصابة', 'وإصابة', 'جرح', 'جريح', 'جرحى', 'مصاب', 'مصابين'], en: ['injured', 'injuring', 'hurt', 'wounded', 'injuries'] },
  },
];

/**
 * The condition people counted are in, right after the count (بينهم 1404 في حالة خطرة, three in a
 * critical condition): a count of its own, of the people in that condition.
 */
export const CONDITION_NOUNS: readonly QuantityNoun[] = [
  // Serious injuries counted as such («5 إصابات خطيرة», «إصابات بالغة») are the injured in a serious condition, not all the injuries.
  { ar: ['في حالة خطرة', 'حالة خطرة', 'في حالة خطيرة', 'حالة خطيرة', 'في حالة حرجة', 'حالة حرجة', 'إصابة خطيرة', 'إصابات خطيرة', 'إصابة بالغة', 'إصابات بالغة'], en: ['in serious condition', 'in a serious condition', 'in critical condition', 'in a critical condition', 'seriously injured', 'critically injured'] },
  { ar: ['في حالة مستقرة', 'حالة مستقرة'], en: ['in stable condition', 'in a stable condition'] },
];

/** Nouns a duration measures, standing before it: مهلة 8 أشهر, حداد لمدة ثلاثة أيام, a six-month deadline. */
export const DURATION_NOUNS: readonly QuantityNoun[] = [
  { ar: ['مهلة', 'المهلة', 'سقف زمني'], en: ['deadline', 'time limit'] },
  { ar: ['هدنة', 'الهدنة'], en: ['truce'] },
  { ar: ['وقف إطلاق النار'], en: ['ceasefire'] },
  { ar: ['حداد', 'حدادا', 'الحداد'], en: ['mourning'] },
  { ar: ['سجن', 'السجن', 'حبس', 'الحبس', 'عقوبة'], en: ['prison', 'jail', 'sentence'] },
  { ar: ['ولاية', 'الولاية'], en: ['term'] },
  { ar: ['حظر', 'الحظر', 'حرمان', 'الحرمان', 'يحرم', 'يحرمون', 'سيحرم', 'سيحرمون', 'منع', 'المنع', 'إيقاف', 'الإيقاف', 'توقيف'], en: ['ban', 'barred', 'banned', 'suspension', 'suspended'] },
  // The verbs of closing too (closed the road for nine hours, «أغلقت الطريق لمدة ست ساعات»).
  { ar: ['إغلاق', 'الإغلاق', 'أغلق', 'أغلقت', 'أغلقوا', 'أُغلق', 'أُغلقت'], en: ['closure', 'lockdown', 'closed', 'shut'] },
  { ar: ['حصار', 'الحصار'], en: ['siege'] },
  { ar: ['إضراب', 'الإضراب'], en: ['strike'] },
  { ar: ['تمديد', 'التمديد'], en: ['extension'] },
  // A loan's grace period (فترة سماح مدتها أربع سنوات, a grace period of four years). The loan
  // itself is left out: a draft's "two years ago" beside it would be read as its term.
  { ar: ['فترة سماح', 'فترة السماح', 'مهلة سماح'], en: ['grace period'] },
  { ar: ['فترة انتقالية', 'المرحلة الانتقالية'], en: ['transition', 'transitional period'] },
  { ar: ['حالة الطوارئ', 'حالة طوارئ'], en: ['state of emergency'] },
  { ar: ['جلسات', 'جلسات الاستماع'], en: ['hearing', 'hearings', 'heard the case'] },
  // A contract's term (مدة العقد ثلاث سنوات, a five-year contract); the bare عقد is left out, as it
  // is also the verb of holding a meeting (عقد الوزير اجتماعاً استمر ساعتين).
  { ar: ['العقد', 'عقدا', 'العقود'], en: ['contract', 'contracts'] },
  // Building works (تبدأ الأشغال خلال 3 أشهر, construction will take 18 months).
  { ar: ['الأشغال', 'أشغال', 'أعمال البناء', 'أعمال الإنشاء'], en: ['construction', 'works', 'building work'] },
  // A journey's length in time (رحلة الحافلة تستغرق 19 ساعة, the journey takes 19 hours).
  { ar: ['رحلة', 'الرحلة', 'رحلات', 'الرحلات'], en: ['journey', 'trip', 'drive', 'flight'] },
  // The age of a thing (ألا يزيد عمر الحافلة على أربع سنوات, no more than four years old); a
  // person's age (يبلغ من العمر) is read as an age before durations are.
  { ar: ['عمر', 'العمر'], en: ['old', 'age'] },
];

/**
 * English verbs a duration right after them measures (was planned to take four years, walked three
 * hours; quantityVerbs.ts), with their Arabic forms, so that an Arabic draft of an English article
 * («كان مقرراً أن يستغرق خمس سنوات», «يمشين ست ساعات») names the fact. Other verbs are drawn in English only.
 */
export const DURATION_VERBS: readonly QuantityNoun[] = [
  { ar: ['استغرق', 'استغرقت', 'يستغرق', 'تستغرق', 'سيستغرق', 'ستستغرق'], en: ['take', 'takes', 'took', 'taking', 'taken'] },
  { ar: ['انتظر', 'انتظرت', 'ينتظر', 'تنتظر', 'انتظروا', 'ينتظرون', 'انتظار'], en: ['wait', 'waits', 'waited', 'waiting'] },
  { ar: ['قضى', 'قضت', 'يقضي', 'تقضي', 'قضوا', 'أمضى', 'أمضت', 'يمضي', 'تمضي', 'أمضوا'], en: ['spend', 'spends', 'spent', 'spending'] },
  { ar: ['مشى', 'مشت', 'يمشي', 'تمشي', 'يمشون', 'يمشين', 'مشيا', 'سار', 'سارت', 'ساروا'], en: ['walk', 'walks', 'walked', 'walking'] },
];

/** Nouns an amount of money or a percentage is of: صفقة قيمتها, a 35% stake, inflation fell to. */
export const AMOUNT_NOUNS: readonly QuantityNoun[] = [
  { ar: ['صفقة', 'الصفقة'], en: ['deal'] },
  // An agreement of a sum (اتفاقاً بقيمة 286 مليون دولار, a $318 million agreement); a deal is the
  // same thing in English, which writers use for either word.
  { ar: ['اتفاق', 'الاتفاق', 'اتفاقا', 'اتفاقية', 'الاتفاقية'], en: ['agreement', 'deal'] },
  { ar: ['قرض', 'القرض', 'قروض', 'القروض', 'قروضا'], en: ['loan', 'loans'] },
  { ar: ['وديعة', 'ودائع', 'الودائع'], en: ['deposit', 'deposits'] },
  // The verbs of investing and of costing name the amount too (ستستثمر الشركة 45 مليون ريال, كلفت
  // المستشفيات 210 ملايين دولار), as Arabic news writes them in the past, present and future.
  { ar: ['استثمار', 'استثمارات', 'الاستثمارات', 'استثمرت', 'تستثمر', 'يستثمر', 'ستستثمر', 'سيستثمر'], en: ['investment', 'investments', 'invest', 'invested'] },
  { ar: ['حصة', 'الحصة'], en: ['stake', 'share'] },
  { ar: ['ميزانية', 'الميزانية', 'موازنة', 'الموازنة'], en: ['budget'] },
  // Savings a budget or a plan makes (£38.6 million of savings, «وفورات بقيمة 40 مليون دينار»).
  { ar: ['وفورات', 'الوفورات'], en: ['savings'] },
  { ar: ['عقد', 'العقد'], en: ['contract'] },
  // The share of an appeal or a plan that is funded is said with the participle too (the appeal is
  // only 18 per cent funded, «النداء مموّل بنسبة 28%»), as UN agencies and the press write it.
  { ar: ['تمويل', 'التمويل', 'أموال', 'الأموال', 'ممول', 'ممولا', 'ممولة'], en: ['funding', 'financing', 'funds', 'funded'] },
  { ar: ['منحة', 'منح', 'منحا', 'المنحة', 'المنح'], en: ['grant', 'grants'] },
  // Money asked or promised, not money given or spent: what an agency needs («تحتاج إلى»), what an
  // appeal asks donors for («ناشد … توفير»), what a donor pledges («تعهد بتقديم»), as UN agencies,
  // the Red Cross and Red Crescent and the Arabic and English press word them. `ASKED_ENTRIES` lists them.
  { ar: ['احتياجات', 'الاحتياجات', 'يحتاج', 'تحتاج', 'بحاجة', 'حاجة'], en: ['need', 'needs', 'needed'] },
  { ar: ['نداء', 'النداء', 'ناشد', 'ناشدت', 'يناشد', 'تناشد', 'مناشدة'], en: ['appeal', 'appeals', 'appealed', 'appealing', 'seeks', 'seeking', 'sought'] },
  { ar: ['تعهد', 'تعهدت', 'يتعهد', 'تتعهد', 'تعهدات', 'التعهدات'], en: ['pledge', 'pledges', 'pledged'] },
  // A sum a body bids for (the trust would bid for £3 million, «طلب تمويل», «ستطلبها البلدية»): money
  // asked of a fund. The bare verb (يطلب المحتجون: the protesters demand) asks for anything, so
  // only the noun of funding or the verb with the sum's pronoun says a bid.
  { ar: ['طلب تمويل', 'تطلبها', 'يطلبها', 'ستطلبها', 'سيطلبها'], en: ['bid', 'bids'] },
  // Money one party gives towards another's cost (the government contributed £12 million, «وساهمت
  // الحكومة بـ12 مليون دينار»), as the press writes the verb and its noun.
  { ar: ['مساهمة', 'المساهمة', 'مساهمات', 'ساهمت', 'ساهم', 'تساهم', 'يساهم', 'ستساهم', 'سيساهم'], en: ['contribution', 'contributions', 'contributed', 'contribute', 'contributes', 'contributing'] },
  // Money given to a cause (raised £80,000 in donations, «جمعوا 80 ألف دينار تبرعات»).
  { ar: ['تبرعات', 'التبرعات', 'تبرع', 'التبرع'], en: ['donations', 'donation', 'donated'] },
  { ar: ['مساعدات', 'المساعدات'], en: ['aid'] },
  { ar: ['دين', 'ديون', 'الديون'], en: ['debt'] },
  { ar: ['عجز', 'العجز'], en: ['deficit'] },
  { ar: ['إيرادات', 'الإيرادات'], en: ['revenue', 'revenues', 'turnover'] },
  { ar: ['مبيعات', 'المبيعات'], en: ['sales'] },
  { ar: ['فاتورة', 'الفاتورة', 'فواتير', 'الفواتير'], en: ['bill', 'bills'] },
  // A dividend is profit paid out, not the profit: Gulf exchanges' disclosures and the Arabic
  // press write it «توزيعات نقدية», «أرباح نقدية» or «توزيع أرباح» (a dividend of 25 per cent of
  // capital beside a profit that rose 18 per cent). It stands before profit so that its two-word
  // forms are found first.
  { ar: ['توزيعات', 'التوزيعات', 'توزيعات نقدية', 'أرباح نقدية', 'الأرباح النقدية', 'أرباحا نقدية', 'أرباح موزعة', 'الأرباح الموزعة', 'توزيع أرباح', 'توزيع الأرباح'], en: ['dividend', 'dividends'] },
  { ar: ['أرباح', 'الأرباح', 'أرباحا'], en: ['profit', 'profits'] },
  { ar: ['خسائر', 'الخسائر'], en: ['losses'] },
  { ar: ['صادرات', 'الصادرات'], en: ['exports'] },
  { ar: ['واردات', 'الواردات'], en: ['imports'] },
  { ar: ['تعويضات', 'التعويضات', 'تعويض'], en: ['compensation'] },
  { ar: ['حزمة', 'الحزمة'], en: ['package'] },
  { ar: ['أضرار', 'الأضرار'], en: ['damage', 'damages'] },
  { ar: ['كلفة', 'الكلفة', 'تكلفة', 'التكلفة', 'كلفت', 'تكلف', 'يكلف', 'ستكلف', 'سيكلف'], en: ['cost', 'costs'] },
  { ar: ['غرامة', 'الغرامة'], en: ['fine'] },
  { ar: ['ضرائب', 'الضرائب', 'ضريبة'], en: ['tax', 'taxes'] },
  { ar: ['رواتب', 'الرواتب', 'أجور', 'الأجور'], en: ['salaries', 'wages'] },
  // A target a figure is set as (its 3% target, «المستوى المستهدف البالغ 3 في المئة»): not the value the noun beside it has now.
  { ar: ['المستهدف', 'مستهدف', 'الهدف'], en: ['target', 'goal'] },
  { ar: ['تضخم', 'التضخم'], en: ['inflation'] },
  { ar: ['نمو', 'النمو'], en: ['growth'] },
  { ar: ['بطالة', 'البطالة'], en: ['unemployment'] },
  { ar: ['سعر الفائدة', 'أسعار الفائدة', 'الفائدة'], en: ['interest rate', 'interest rates'] },
  { ar: ['سيولة', 'السيولة'], en: ['cash'] },
  { ar: ['احتياطي', 'الاحتياطي', 'احتياطيات'], en: ['reserves'] },
  { ar: ['صندوق', 'الصندوق'], en: ['fund'] },
  { ar: ['نسبة النجاح', 'نسبة نجاح', 'النجاح', 'نجاح'], en: ['pass rate', 'success rate'] },
  { ar: ['نسبة الفقر', 'الفقر'], en: ['poverty', 'poverty rate'] },
  { ar: ['نسبة الأمية', 'الأمية'], en: ['illiteracy', 'illiteracy rate'] },
  { ar: ['نسبة الإشغال', 'الإشغال'], en: ['occupancy', 'occupancy rate'] },
  { ar: ['نسبة التطعيم', 'التطعيم', 'التلقيح'], en: ['vaccination rate', 'vaccination'] },
  { ar: ['نسبة المشاركة', 'نسبة الإقبال', 'المشاركة', 'الإقبال'], en: ['turnout'] },
  { ar: ['طلبات', 'طلبات اللجوء', 'طلبات لجوء'], en: ['claims', 'asylum claims', 'applications'] },
  // Prices, whose change markets and food-supply reports give (onion prices rose 40 per cent, «ارتفعت أسعار البصل 40%»).
  { ar: ['أسعار', 'الأسعار', 'سعر', 'السعر'], en: ['prices', 'price'] },
];

/**
 * What a weight given in its bare unit is of, standing before it in its clause (a load of 3,700
 * tonnes, «وحمولتها 3700 طن», production … to reach 290,000 tonnes, «أن يبلغ الإنتاج 290 ألف طن»):
 * it tells apart two weights of one article that both have the unit as their noun.
 */
export const WEIGHT_NOUNS: readonly QuantityNoun[] = [
  { ar: ['حمولة', 'حمولتها', 'الحمولة', 'شحنة', 'الشحنة'], en: ['load', 'cargo', 'shipment'] },
  { ar: ['إنتاج', 'الإنتاج', 'إنتاجها', 'محصول', 'المحصول'], en: ['production', 'output', 'harvest', 'crop'] },
  { ar: ['طاقة', 'الطاقة', 'طاقتها', 'إنتاجية'], en: ['capacity'] },
  { ar: ['صادرات', 'الصادرات'], en: ['exports'] },
  { ar: ['واردات', 'الواردات'], en: ['imports'] },
];

/**
 * What a measure of length or area is of, standing before it (على عمق 8 كيلومترات, at an altitude
 * of 2,800 metres, تمتد على مساحة 12 كيلومتراً مربعاً) or right after it (60 km away, 140 metres
 * deep), and what a depth of rain or snow is of (412 millimetres of rain, 85 سم من الثلوج).
 */
export const MEASURE_NOUNS: readonly QuantityNoun[] = [
  { ar: ['عمق', 'العمق'], en: ['depth', 'deep'] },
  { ar: ['ارتفاع', 'الارتفاع'], en: ['altitude', 'height', 'high'] },
  { ar: ['على بعد', 'بعد', 'مسافة', 'المسافة'], en: ['distance', 'away'] },
  // An area, and the verbs of covering one (covers 12 square kilometres, «يغطي مساحة», «تمتد على»).
  { ar: ['مساحة', 'المساحة', 'يغطي', 'تغطي', 'يمتد', 'تمتد'], en: ['area', 'covers', 'cover', 'covering', 'spans', 'spanning'] },
  { ar: ['طول', 'الطول'], en: ['length', 'long'] },
  // A length along which something runs or was done (closed the road along a 4 km stretch, «على امتداد 4 كيلومترات»).
  { ar: ['على امتداد', 'امتداد'], en: ['stretch'] },
  { ar: ['عرض', 'العرض'], en: ['width', 'wide'] },
  { ar: ['محيط', 'نطاق', 'دائرة نصف قطرها'], en: ['radius'] },
  { ar: ['أمطار', 'الأمطار', 'مطر', 'المطر'], en: ['rain', 'rainfall'] },
  { ar: ['ثلوج', 'الثلوج', 'ثلج', 'الثلج'], en: ['snow', 'snowfall'] },
];

/**
 * Works measured by their length, drawn with that length: a number before such a noun in English
 * ("a 42-kilometre power line", "the 1,250-metre quay") or «بطول» after it in Arabic («رصيف جديد
 * بطول 1250 متراً», «خط كهرباء بطول 42 كيلومتراً») gives the work's length, so a draft that names
 * the work by either word is compared with it. Only lengths: a depth or a height of a work is told
 * by its own noun (بعمق, 14 metres deep). The common works of news on ports, transport and energy.
 */
export const LENGTH_WORKS: readonly QuantityNoun[] = [
  { ar: ['رصيف', 'رصيفا', 'الرصيف', 'أرصفة'], en: ['quay', 'berth', 'pier', 'wharf'] },
  { ar: ['حاجز أمواج', 'كاسر أمواج', 'حاجز الأمواج', 'كاسر الأمواج'], en: ['breakwater'] },
  { ar: ['جسر', 'جسرا', 'الجسر'], en: ['bridge'] },
  { ar: ['نفق', 'نفقا', 'النفق'], en: ['tunnel'] },
  // The way round a closed road (a 160 km detour, «طريقاً التفافياً بطول 160 كيلومتراً»).
  { ar: ['طريق التفافي', 'طريقا التفافيا', 'الطريق الالتفافي', 'تحويلة', 'التحويلة'], en: ['detour', 'diversion'] },
  { ar: ['طريق سريع', 'طريقا سريعا', 'الطريق السريع'], en: ['motorway', 'highway', 'expressway'] },
  { ar: ['خط أنابيب', 'خط الأنابيب', 'أنبوب', 'أنبوبا'], en: ['pipeline'] },
  { ar: ['خط كهرباء', 'خط الكهرباء', 'خط نقل الكهرباء', 'خط لنقل الكهرباء', 'خط جهد عال'], en: ['power line', 'transmission line'] },
  { ar: ['خط سكة حديد', 'خط السكة الحديدية', 'سكة حديد', 'خط قطار', 'خط القطار'], en: ['railway', 'rail line', 'railway line'] },
  { ar: ['مدرج', 'مدرجا', 'المدرج'], en: ['runway'] },
  { ar: ['قناة', 'القناة'], en: ['canal'] },
  { ar: ['سور', 'سورا', 'جدار', 'جدارا', 'الجدار'], en: ['wall'] },
  { ar: ['كابل', 'كابلا', 'الكابل'], en: ['cable'] },
];

/** The entry of the amount table for an agreement, which gives way to any other noun of the table near the sum. */
/** The entries of money asked or promised (needs, appeals, pledges, bids), read before any other noun of an amount. */
export const ASKED_ENTRIES: ReadonlySet<QuantityNoun> = new Set(AMOUNT_NOUNS.filter((entry) => ['need', 'appeal', 'pledge', 'bid'].includes(entry.en[0]!)));

export const AGREEMENT_ENTRY: QuantityNoun = AMOUNT_NOUNS.find((entry) => entry.en.includes('agreement'))!;

/** The entry of the measure table for a length (طول, length, long). */
export const LENGTH_ENTRY: QuantityNoun = MEASURE_NOUNS.find((entry) => entry.en.includes('length'))!;

type Table = readonly QuantityNoun[];
const indexes = new Map<Table, Map<string, { entry: QuantityNoun; length: number }[]>>();

/** The table's forms by their first folded word. */
function indexOf(table: Table): Map<string, { entry: QuantityNoun; length: number }[]> {
  let index = indexes.get(table);
  if (index) return index;
  index = new Map();
  for (const entry of table) {
    for (const form of [...entry.ar, ...entry.en]) {
      const words = form.split(/\s+/).map(key);
      const list = index.get(words[0]!) ?? [];
      list.push({ entry, length: words.length });
      index.set(words[0]!, list);
    }
  }
  // The longest form first: «سيارة إطفاء» is a fire engine before «سيارة» is a car.
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  indexes.set(table, index);
  return index;
}

/**
 * An Arabic word without a possessive pronoun (أشغالها → أشغال, حصته → حصة, رواتبهم → رواتب), its
 * ta marbuta restored (folded ه), for a table noun a pronoun ties to the body or person before it.
 */
function withoutPossessive(word: string): string[] {
  const match = /^([\u0621-\u064a]{3,}?)(?:هما|هم|هن|ها|ه)$/.exec(word);
  if (!match) return [];
  const bare = match[1]!;
  return bare.endsWith('ت') ? [bare, `${bare.slice(0, -1)}ه`] : [bare];
}

/**
 * The table noun starting at token `i` (its first word may carry clitics: بحصة, وحداد, and a
 * possessive pronoun: أشغالها), if any;
 * with `definite`, also a form the table lists without its article (الوفيات for وفيات).
 */
export function quantityNounAt(table: Table, tokens: readonly Token[], i: number, definite = false): { entry: QuantityNoun; tokenEnd: number } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const index = indexOf(table);
  const keys = [token.key, ...stems(token.key).map((s) => s.stem)];
  keys.push(...keys.flatMap(withoutPossessive));
  if (definite) keys.push(...keys.filter((stem) => stem.startsWith('ال') && stem.length > 4).map((stem) => stem.slice(2)));
  for (const stem of keys) {
    for (const { entry, length } of index.get(stem) ?? []) {
      const forms = [...entry.ar, ...entry.en].map((form) => form.split(/\s+/).map(key)).filter((words) => words.length === length && words[0] === stem);
      const fits = forms.some((words) => words.every((word, j) => j === 0 || tokens[i + j]?.key === word));
      if (fits) return { entry, tokenEnd: i + length };
    }
  }
  return undefined;
}
