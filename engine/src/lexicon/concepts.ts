/**
 * Words of news writing that say the same thing, in Arabic and English: each group is one concept
 * (killed, died, deaths, قتل, وفاة, لقي). Sentence alignment (`align.ts`) reads a word of a group as
 * the group, so that a draft sentence that restates an article sentence with a synonym ("the blaze
 * erupted" for "the fire broke out"), another inflection of an Arabic verb (أعلنت, يعلن, إعلان) or
 * in the other language (an English draft of an Arabic article) shares its content with it.
 *
 * Written from the vocabulary of wire copy in both languages (events, figures, institutions); a
 * word that means several things in the news ("cut", "hit", رئيس) is left out rather than put in
 * one group. Facts about the languages, not about any story.
 */
import { wordKey } from '../tokenKey';
import { contentStem } from '../text/stem';
import { WEEKDAYS } from './months';
import { NATIONALITIES } from './words';

/** One concept per line: its id, then its words in both languages, space-separated. */
const GROUPS: readonly string[] = [
  'kill: killed killing kills died dead death deaths fatalities fatality toll قتل قتلت قتلى القتلى مقتل يقتل تقتل قتيل قتيلا وفاة وفيات الوفيات توفي توفيت لقي لقيت حتفه حتفهم حتفها ضحايا ضحية الضحايا أودى أودت يودي تودي',
  'injure: injured injuring injury injuries wounded wounding hurt أصيب أصيبت يصاب إصابة إصابات الإصابات جرحى الجرحى جريح جرح مصاب مصابين مصابون',
  'announce: announced announces announcing announcement unveiled unveil revealed disclosed أعلن أعلنت يعلن تعلن إعلان الإعلان كشف كشفت يكشف تكشف',
  'sign: signed signing signs signature وقع وقعت يوقع توقع توقيع التوقيع',
  'agreement: agreement agreements deal deals accord pact اتفاق اتفاقا اتفاقية الاتفاق الاتفاقية صفقة الصفقة',
  'meet: meeting meetings met meets اجتماع اجتماعا الاجتماع اجتمع اجتمعت يجتمع لقاء اللقاء التقى التقت يلتقي',
  'talks: talks negotiations negotiation negotiated مفاوضات المفاوضات محادثات المحادثات مباحثات المباحثات',
  'visit: visited visiting visit visits toured tour زار زارت يزور تزور زيارة الزيارة جولة الجولة',
  'fire: fire fires blaze blazes flames inferno حريق حرائق الحريق الحرائق نيران النيران النار اللهب',
  'erupt: erupted erupt broke started اندلع اندلعت يندلع اندلاع نشب نشبت اشتعل اشتعلت',
  'close: closed closing closure closures shut shutting أغلق أغلقت يغلق تغلق إغلاق الإغلاق مغلقة مغلق',
  'evacuate: evacuated evacuation evacuations evacuees evacuating أجلي أجليت إجلاء الإجلاء أخلي أخليت إخلاء الإخلاء',
  'displace: displaced displacement نزح نزحت نزوح النزوح نازحين النازحين نازح مشردين',
  'hospital: hospital hospitals مستشفى المستشفى مستشفيات المستشفيات',
  'school: school schools مدرسة مدارس المدرسة المدارس',
  'home: homes houses house dwellings households منازل المنازل منزل المنزل بيوت البيوت مساكن المساكن مسكن',
  'resident: residents inhabitants population سكان السكان أهالي الأهالي قاطني',
  'worker: workers staff employees employee personnel workforce عمال العمال موظفين الموظفين موظفا موظف عاملين العاملين',
  'police: police policemen شرطة الشرطة',
  'court: court courts tribunal محكمة المحكمة محاكم',
  'rule: ruled ruling rulings verdict judgment judgement قضت تقضي حكم الحكم حكمت',
  'government: government governments حكومة الحكومة حكومات',
  'minister: minister ministers وزير الوزير وزراء الوزراء',
  'ministry: ministry ministries department وزارة الوزارة وزارات',
  'cost: cost costs costing كلفة الكلفة تكلفة التكلفة تكاليف',
  'price: price prices سعر السعر أسعار الأسعار',
  'fee: fee fees charge charges رسم رسوم الرسوم',
  'walk: walk walked walking walks مشى مشت يمشي تمشي يمشون يمشين مشيا',
  'rise: rose rise rises rising increased increase increases grew growth jumped climbed ارتفع ارتفعت يرتفع ترتفع ارتفاع الارتفاع زاد زادت زيادة الزيادة نما نمت نمو',
  'fall: fell fall falls falling decreased decrease declined decline declines dropped drop slumped انخفض انخفضت ينخفض تنخفض انخفاض الانخفاض تراجع تراجعت يتراجع تراجعا هبط هبطت',
  'vote: vote votes voted voting ballot ballots تصويت التصويت صوت صوتت أصوات الأصوات اقتراع الاقتراع',
  'election: election elections poll polls انتخابات الانتخابات انتخاب',
  'win: won win wins winning victory winner فاز فازت يفوز تفوز فوز الفوز فوزا',
  'lose: lost lose loses losing defeat defeated خسر خسرت يخسر خسارة الخسارة هزيمة الهزيمة',
  'match: match matches game fixture مباراة المباراة مباريات لقاء',
  'goal: goal goals هدف هدفا أهداف الأهداف',
  'rain: rain rains rainfall downpour downpours أمطار الأمطار مطر المطر هطول',
  'flood: flood floods flooding flooded فيضان فيضانات الفيضانات الفيضان سيول السيول',
  'storm: storm storms cyclone hurricane typhoon عاصفة العاصفة إعصار الإعصار',
  'quake: earthquake earthquakes quake quakes tremor tremors زلزال الزلزال زلازل هزة الهزة هزات',
  'water: water مياه المياه ماء الماء',
  'power: electricity كهرباء الكهرباء الكهربائي التيار',
  'outage: outage outages blackout blackouts انقطاع الانقطاع انقطاعات',
  'dam: dam dams سد السد سدود',
  'lake: lake lakes reservoir reservoirs البحيرة بحيرات البحيرات',
  'project: project projects scheme مشروع المشروع مشاريع مشروعات',
  'invest: investment investments invested investor investors استثمار الاستثمار استثمارات الاستثمارات مستثمرين',
  'company: company companies firm firms شركة الشركة شركات الشركات',
  'bank: bank banks بنك البنك بنوك مصرف المصرف',
  'strike: strike strikes walkout walkouts striking إضراب الإضراب إضرابات مضربين',
  'protest: protest protests protesters demonstration demonstrations demonstrators احتجاج احتجاجات الاحتجاجات محتجين المحتجين مظاهرة مظاهرات تظاهرة متظاهرين',
  'arrest: arrested arrest arrests detained detention اعتقل اعتقلت اعتقال الاعتقال أوقف أوقفت توقيف احتجاز',
  'prison: prison jail jailed imprisonment sentenced سجن السجن بالسجن',
  'trial: trial trials محاكمة المحاكمة',
  'launch: launched launch launches launching أطلق أطلقت يطلق إطلاق الإطلاق دشن دشنت تدشين',
  'build: built build building construction constructed بناء البناء بنى إنشاء الإنشاء شيد تشييد',
  'report: report reports تقرير التقرير تقارير',
  'statement: statement statements بيان البيان بيانا',
  'conference: conference conferences briefing مؤتمر المؤتمر ندوة الندوة',
  'patient: patients مرضى المرضى مريض',
  'case: cases حالة حالات الحالات',
  'vaccine: vaccine vaccines vaccination vaccinations vaccinated لقاح اللقاح لقاحات اللقاحات تطعيم التطعيم',
  'tourist: tourists tourism visitors سياح السياح السياحة سائح زوار الزوار',
  'festival: festival festivals مهرجان المهرجان',
  'exam: exam exams examination examinations امتحان الامتحان امتحانات الامتحانات',
  'student: students pupils طلاب الطلاب طلبة الطلبة تلاميذ التلاميذ',
  'teacher: teachers teacher معلمين المعلمين معلم أساتذة الأساتذة مدرسين',
  'budget: budget budgets ميزانية الميزانية موازنة الموازنة',
  'saving: savings الوفورات',
  'loan: loan loans قرض القرض قرضا قروض القروض',
  'tax: tax taxes taxation ضريبة الضريبة ضرائب الضرائب',
  'debt: debt debts ديون الديون',
  'export: exports export exported صادرات الصادرات تصدير التصدير',
  'import: imports imported واردات الواردات استيراد الاستيراد',
  'oil: oil crude نفط النفط',
  'gas: gas غاز الغاز',
  'factory: factory factories plant plants مصنع المصنع مصانع',
  'train: train trains rail railway قطار القطار قطارات السكك',
  'flight: flight flights plane planes aircraft رحلة الرحلة رحلات طائرة الطائرة طائرات',
  'airport: airport airports مطار المطار',
  'road: road roads motorway highway طريق الطريق طرق الطرق',
  'bridge: bridge bridges جسر الجسر',
  'village: village villages قرية القرية قرى القرى',
  'border: border borders حدود الحدود',
  'army: army troops soldiers military جيش الجيش جنود الجنود عسكريين',
  'attack: attack attacks attacked assault هجوم الهجوم هجمات اعتداء الاعتداء',
  'rescue: rescued rescue rescues rescuers إنقاذ الإنقاذ أنقذ أنقذت',
  'missing: missing disappeared مفقود مفقودين المفقودين مفقودا',
  'damage: damage damaged damaging أضرار الأضرار ضرر تضرر تضررت تضررا',
  'destroy: destroyed destroy destruction devastated دمر دمرت تدمير دمار الدمار',
  'deed: deed deeds سند سندات صك صكوك',
  'collapse: collapsed collapse collapses انهار انهارت انهيار الانهيار',
  'warn: warned warning warnings warns حذر حذرت يحذر تحذير التحذير تحذيرات',
  'pay: paid pay pays payment payments دفع دفعت يدفع دفعة',
  'sell: sold sell sale sales selling باع باعت يبيع بيع البيع مبيعات',
  'buy: bought buy buying acquired acquisition purchase purchased اشترى اشترت شراء الشراء استحوذ استحوذت استحواذ',
  'approve: approved approve approval endorsed وافق وافقت موافقة الموافقة أقر أقرت إقرار صادق صادقت',
  'propose: proposed proposes proposing proposal proposals اقترح اقترحت يقترح تقترح اقتراح الاقتراح مقترح المقترح',
  'amend: amendment amendments تعديل التعديل تعديلات التعديلات',
  'reject: rejected reject rejection رفض رفضت يرفض',
  'appoint: appointed appointment عينت تعيين التعيين',
  'resign: resigned resignation استقال استقالت استقالة الاستقالة',
  'postpone: postponed postpone delayed delay adjourned adjourn adjournment deferred أجل أجلت تأجيل التأجيل يؤجل تؤجل أرجأ أرجأت إرجاء الإرجاء يرجئ ترجئ',
  'cancel: cancelled canceled cancel cancellation ألغى ألغت إلغاء الإلغاء',
  'deadline: deadline deadlines مهلة المهلة',
  'withdraw: withdrawal withdraw withdrew withdrawn انسحاب الانسحاب انسحب انسحبت',
  'return: returned return returning عاد عادت عودة العودة',
  'open: opened opening reopened reopen افتتح افتتحت افتتاح الافتتاح',
  'fund: funding funded fund funds تمويل التمويل صندوق',
  'grant: grant grants منحة المنحة منح',
  'aid: aid assistance relief مساعدات المساعدات مساعدة إغاثة الإغاثة',
  'shelter: shelter shelters مأوى ملاجئ',
  // Journeys: who travels, on what, and the verbs of arriving, landing and setting out.
  'arrive: arrived arrives arriving arrival وصل وصلت يصل تصل وصول الوصول',
  'land: landed docked disembarked رست رسا ترسو رسو الرسو',
  'sail: sailed sailing departed أبحر أبحرت يبحر تبحر إبحار الإبحار',
  'coast: coast coastal ساحل الساحل سواحل السواحل',
  'spokesperson: spokesman spokeswoman spokesperson متحدث المتحدث متحدثة المتحدثة',
  // What news counts, named in both languages (the count nouns drawing reads, draw/quantityNouns.ts):
  // a draft that restates a count in the other language shares its noun with the article's sentence.
  'hostage: hostage hostages رهينة رهائن الرهائن',
  'prisoner: prisoner prisoners captives أسير أسيرا أسرى الأسرى سجين سجناء السجناء',
  'call: calls مكالمة مكالمات المكالمات',
  'vehicle: vehicle vehicles مركبة مركبات المركبات',
  'complaint: complaint complaints شكوى شكاوى الشكاوى',
  'recommendation: recommendation recommendations توصية التوصية توصيات التوصيات',
  // Who a count of patients is: those admitted to hospital and those treated.
  'admit: admitted admissions أدخل أدخلت أدخلوا إدخال',
  'treat: treated عولج عولجت عولجوا عالج عالجت',
  'detainee: detainee detainees معتقل معتقلين المعتقلين محتجز محتجزين المحتجزين',
  'truck: truck trucks lorries lorry شاحنة شاحنات الشاحنات',
  'child: child children طفل طفلا أطفال الأطفال',
  'family: family families عائلة عائلات العائلات أسرة أسر الأسر',
  'passenger: passenger passengers travellers راكب راكبا ركاب الركاب مسافر مسافرا مسافرين المسافرين',
];

/**
 * Groups that only align a sentence with an article sentence of the other language
 * (`alignmentKey`), read by no rule as a trigger or a noun of the other words of the group: who a
 * toll counts, a storm or a quake that strikes a place, the tram, bus or line that runs to one,
 * and a power station's words, which a headline does not share with the lead that gives its event.
 */
const ALIGNMENT_GROUPS: readonly string[] = [
  'people: people persons شخص شخصا أشخاص الأشخاص',
  'struck: struck ضرب ضربت يضرب تضرب',
  // Transport that runs to a place: the words around a destination («خط الترام إلى …», the tram line to …).
  'tram: tram trams tramway ترام الترام',
  'bus: bus buses حافلة الحافلة حافلات الحافلات',
  'line: line lines خط الخط خطوط',
  // A power station and what it makes («محطة لتوليد الكهرباء بقدرة …», a plant's generating capacity).
  'station: station stations plant plants محطة المحطة محطات المحطات',
  'generate: generating generate generates generation توليد لتوليد يولد تولد',
  'capacity: capacity capacities قدرة القدرة بقدرة قدرتها',
];

/**
 * Groups that only tie a single date of a sentence in the other language than the article to the
 * article sentence of its event (`rules/dates/crossDate.ts`): the stages of a work a draft dates
 * (work began, was connected, a first test run, a new quay; «بدأت الأشغال», «رُبط بالشبكة», «أول
 * رحلة تجريبية», «الرصيف الجديد»). Their words are too common (first, new, work) to align sentences
 * by; they are read by no other rule, and their table is made on first use.
 */
const DATE_TIE_GROUPS: readonly string[] = [
  'begin: began begin begins beginning بدأ بدأت يبدأ تبدأ وبدأ وبدأت بدء البدء بداية',
  'works: work works أشغال الأشغال',
  'connect: connected connect connects connecting connection ربط ربطت يربط تربط الربط',
  'grid: grid grids network networks شبكة الشبكة بشبكة شبكات',
  'finish: finished finish completed completion أنجز أنجزت إنجاز اكتمل اكتملت',
  'test: test tests tested testing تجربة تجريبية تجريبي اختبار اختبارات',
  'first: first أول أولى',
  'new: new جديد جديدة الجديد الجديدة',
  'ferry: ferry ferries عبارة عبارات',
  'quay: quay quays pier piers wharf berth berths رصيف الرصيف أرصفة',
];

let dateTieKeys: ReadonlyMap<string, string> | undefined;

/** The group of `DATE_TIE_GROUPS` a content stem belongs to (`~begin`), if any. */
export function dateTieKey(stem: string): string | undefined {
  dateTieKeys ??= addGroups(new Map(), DATE_TIE_GROUPS);
  return dateTieKeys.get(stem);
}

/**
 * Weekdays are concepts of their own (`~day:wed`): الأربعاء and Wednesday. Bare أحد, اثنين and
 * جمعة are also "one", "two" and "association", and their stems are the stems of those words: the
 * Arabic names of Sunday, Monday and Friday are left out.
 */
const AMBIGUOUS_DAY_STEMS = new Set(['احد', 'اثن', 'جمع']);

/** The prefix of a country's concept. */
const NATION = '~nation:';

/**
 * Nationality adjectives stand for their country (`~nation:LY`: Libyan, الليبية), as do the
 * country's names in a sentence aligned through concepts (`align.ts`): an English draft that calls a
 * town "the Libyan city of …" shares the country with an Arabic sentence that names ليبيا.
 */
export function nationConcept(code: string): string {
  return `${NATION}${code}`;
}

/** Whether an alignment key is a country's concept (`nationConcept`). */
export function isNationConcept(key: string): boolean {
  return key.startsWith(NATION);
}

/** Each content stem of the words of `groups` → its group's key (`~kill`), in `map`. */
function addGroups(map: Map<string, string>, groups: readonly string[]): Map<string, string> {
  for (const line of groups) {
    const colon = line.indexOf(':');
    const id = `~${line.slice(0, colon)}`;
    for (const word of line.slice(colon + 1).trim().split(/\s+/)) {
      const stem = contentStem(wordKey(word));
      // A stem two groups share belongs to the first; the word stays itself in the second.
      if (stem && !map.has(stem)) map.set(stem, id);
    }
  }
  return map;
}

/**
 * The groups of `GROUPS` that name things a story counts (homes, schools, roads, vehicles), never
 * people nor what befalls them: beside a count of people («1500 شخص على مغادرة منازلهم», 500
 * people from their houses, 120 homes that housed 500 people) a word of one says where the people
 * are or what they have, not who they are (`rules/quantities/verbCounts.ts`).
 */
export const THING_CONCEPTS: ReadonlySet<string> = new Set(
  ['hospital', 'school', 'home', 'water', 'power', 'dam', 'lake', 'project', 'company', 'bank', 'deed', 'factory', 'train', 'flight', 'airport', 'road', 'bridge', 'village', 'border', 'coast', 'shelter', 'vehicle', 'truck', 'call', 'complaint', 'recommendation', 'report', 'statement'].map((id) => `~${id}`),
);

/** Each content stem of a group's words → the group's key (`~kill`). */
export const CONCEPTS: ReadonlyMap<string, string> = addGroups(new Map(), GROUPS);

/**
 * The words of a group whose stem is another group's (folded): «أسرة», a family, has the stem of
 * «أسرى», prisoners, which `CONCEPTS` gives to the group listed first. A word listed in its own
 * group is read as that group (`tokenConcept` of `knowledge.ts`); its stem, met in a word no group
 * lists, stays the first group's.
 */
export const WORD_CONCEPTS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  // A word listed in two groups (لقاء: a meeting, a match) belongs to the first, as its stem does.
  const listed = new Set<string>();
  for (const line of GROUPS) {
    const colon = line.indexOf(':');
    const id = `~${line.slice(0, colon)}`;
    for (const word of line.slice(colon + 1).trim().split(/\s+/)) {
      const key = wordKey(word);
      const stem = contentStem(key);
      if (stem && !listed.has(key) && CONCEPTS.get(stem) !== id) map.set(key, id);
      listed.add(key);
    }
  }
  return map;
})();

/** The concept of a word (folded): its own group's where a group lists it, else its stem's (`WORD_CONCEPTS`). */
export function wordConcept(key: string): string | undefined {
  return WORD_CONCEPTS.get(key) ?? CONCEPTS.get(contentStem(key) ?? '');
}

/**
 * Phrases that say a concept's word: a return told by a verb of going and "home" (went home, came
 * home) for returned. From English news usage; Arabic tells a return by a verb of the group itself
 * (عاد). "returned home" is left out, its first word being the trigger's own.
 */
const PHRASE_GROUPS: readonly string[] = ['return: went home, came home, gone home, go home, goes home, going home, come home, comes home, coming home, headed home, heading home'];

/** A phrase of `CONCEPT_PHRASES`: the keys of its words after the first, and its concept's key. */
export interface ConceptPhrase {
  rest: readonly string[];
  concept: string;
}

/** The phrases that say a concept's word (`PHRASE_GROUPS`), by the key of their first word. */
export const CONCEPT_PHRASES: ReadonlyMap<string, readonly ConceptPhrase[]> = (() => {
  const map = new Map<string, ConceptPhrase[]>();
  for (const line of PHRASE_GROUPS) {
    const colon = line.indexOf(':');
    const concept = `~${line.slice(0, colon)}`;
    for (const phrase of line.slice(colon + 1).split(',')) {
      const [first, ...rest] = phrase.trim().split(/\s+/).map(wordKey);
      if (first) map.set(first, [...(map.get(first) ?? []), { rest, concept }]);
    }
  }
  return map;
})();

/**
 * The keys sentences are aligned by besides `CONCEPTS` (which come first): the alignment groups,
 * weekdays and nationalities.
 */
const ALIGNMENT_ONLY: ReadonlyMap<string, string> = (() => {
  const map = addGroups(new Map(), ALIGNMENT_GROUPS);
  for (const { id, names } of WEEKDAYS) {
    for (const name of names) {
      const stem = contentStem(wordKey(name));
      if (stem && !AMBIGUOUS_DAY_STEMS.has(stem) && !map.has(stem)) map.set(stem, `~day:${id}`);
    }
  }
  for (const [code, forms] of Object.entries(NATIONALITIES)) {
    for (const form of [forms.ar.m, forms.ar.f, ...forms.ar.other, ...forms.en]) {
      const stem = contentStem(wordKey(form));
      if (stem && !map.has(stem)) map.set(stem, nationConcept(code));
    }
  }
  return map;
})();

/** The alignment key of a content stem: its concept's key, else the stem itself. */
export function conceptKey(stem: string): string {
  return CONCEPTS.get(stem) ?? stem;
}

/**
 * The key a sentence aligned through concepts reads a content stem by (`align.ts`): its concept,
 * else, for a sentence read against an article of the other language, its key of alignment alone
 * (a weekday, a nationality: `~day:wed`, `~nation:LY`), else the stem itself.
 */
export function alignmentKey(stem: string, acrossLanguages: boolean): string {
  return CONCEPTS.get(stem) ?? (acrossLanguages ? ALIGNMENT_ONLY.get(stem) : undefined) ?? stem;
}
