// Generates synthetic fact bases of N plausible people (Arabic and English names, posts,
// organisations, places, events, affiliations, quotes), each with the article text its evidence
// ranges point into, so that the files load and validate like real ones.
//
//   node bench/gen/factbase.mjs --people 100000 --out bench/out/kb/100000 [--per-file 20000] [--seed 7]
//
// A fact base describes one source article, so a large set is split over several fact bases
// (--per-file people each); a newsroom with 100,000 people in its facts has many articles.
//
// Generated names keep a folded edit distance of at least 3 from every token of the article's
// names and of the wrong forms planted in the benchmark corpus (bench/peer/make_corpus.py), so
// the corpus verdicts stay the same whatever the size: a change in findings is a bug, not noise.
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../lib/stats.mjs';

const MALE = [
  ['محمد', 'Mohammed'], ['أحمد', 'Ahmed'], ['علي', 'Ali'], ['حسن', 'Hassan'], ['حسين', 'Hussein'], ['عمر', 'Omar'],
  ['خالد', 'Khalid'], ['جاسم', 'Jassim'], ['كريم', 'Karim'], ['مصطفى', 'Mustafa'], ['عباس', 'Abbas'], ['حيدر', 'Haider'],
  ['سعد', 'Saad'], ['فاضل', 'Fadhil'], ['ناصر', 'Nasser'], ['يوسف', 'Yousef'], ['إبراهيم', 'Ibrahim'], ['مهدي', 'Mahdi'],
  ['رعد', 'Raad'], ['نوري', 'Nouri'], ['هادي', 'Hadi'], ['عادل', 'Adel'], ['باسم', 'Basim'], ['صالح', 'Salih'],
  ['ماجد', 'Majid'], ['فلاح', 'Falah'], ['زياد', 'Ziad'], ['سامي', 'Sami'], ['وليد', 'Walid'], ['رياض', 'Riyadh'],
  ['جمال', 'Jamal'], ['عماد', 'Imad'], ['ليث', 'Laith'], ['مرتضى', 'Murtada'], ['إياد', 'Iyad'], ['منذر', 'Munther'],
  ['ضياء', 'Dhiaa'], ['سلمان', 'Salman'], ['طارق', 'Tariq'], ['أسامة', 'Osama'], ['هشام', 'Hisham'], ['بشير', 'Bashir'],
  ['نبيل', 'Nabil'], ['كاظم', 'Kadhim'], ['جعفر', 'Jaafar'], ['صادق', 'Sadiq'], ['عدنان', 'Adnan'], ['فراس', 'Firas'],
  ['سيف', 'Saif'], ['أنور', 'Anwar'], ['حامد', 'Hamid'], ['رشيد', 'Rashid'], ['شاكر', 'Shakir'], ['لؤي', 'Luay'],
  ['مازن', 'Mazin'], ['نزار', 'Nizar'], ['وسام', 'Wisam'], ['يحيى', 'Yahya'], ['زيد', 'Zaid'], ['مؤيد', 'Muayad'],
  ['عبد الله', 'Abdullah'], ['عبد الكريم', 'Abdul-Karim'], ['عبد الرحمن', 'Abdul-Rahman'], ['عبد الأمير', 'Abdul-Amir'],
  ['غازي', 'Ghazi'], ['منير', 'Munir'], ['نعمان', 'Numan'], ['توفيق', 'Tawfiq'], ['رافع', 'Rafie'], ['شهاب', 'Shihab'],
  ['عزيز', 'Aziz'], ['فيصل', 'Faisal'], ['مشعان', 'Mishaan'], ['نجم', 'Najm'], ['همام', 'Humam'], ['بهاء', 'Bahaa'],
];
const FEMALE = [
  ['فاطمة', 'Fatima'], ['زينب', 'Zainab'], ['مريم', 'Maryam'], ['نور', 'Noor'], ['سارة', 'Sara'], ['هدى', 'Huda'],
  ['رنا', 'Rana'], ['لمى', 'Lama'], ['آمنة', 'Amina'], ['شيماء', 'Shaimaa'], ['سناء', 'Sanaa'], ['أسماء', 'Asmaa'],
  ['دعاء', 'Duaa'], ['إيمان', 'Iman'], ['ريم', 'Reem'], ['بشرى', 'Bushra'], ['انتصار', 'Intisar'], ['وفاء', 'Wafaa'],
  ['ميسون', 'Maysoon'], ['سهى', 'Suha'], ['عالية', 'Alia'], ['نادية', 'Nadia'], ['هناء', 'Hanaa'], ['رغد', 'Raghad'],
  ['تماضر', 'Tumadhir'], ['خديجة', 'Khadija'], ['ابتسام', 'Ibtisam'], ['جنان', 'Jinan'], ['لبنى', 'Lubna'], ['ندى', 'Nada'],
];
const FAMILY = [
  ['الربيعي', 'al-Rubaie'], ['الجبوري', 'al-Jubouri'], ['الدليمي', 'al-Dulaimi'], ['الساعدي', 'al-Saadi'], ['الكعبي', 'al-Kaabi'],
  ['الموسوي', 'al-Musawi'], ['الحسيني', 'al-Husseini'], ['التميمي', 'al-Tamimi'], ['الشمري', 'al-Shammari'], ['العزاوي', 'al-Azzawi'],
  ['البياتي', 'al-Bayati'], ['الزبيدي', 'al-Zubaidi'], ['العنزي', 'al-Anazi'], ['الجنابي', 'al-Janabi'], ['الكربولي', 'al-Karbouli'],
  ['الحلبوسي', 'al-Halbousi'], ['المالكي', 'al-Maliki'], ['السوداني', 'al-Sudani'], ['العامري', 'al-Amiri'], ['الحكيم', 'al-Hakim'],
  ['الأعرجي', 'al-Araji'], ['الفياض', 'al-Fayyadh'], ['الزيدي', 'al-Zaidi'], ['الخفاجي', 'al-Khafaji'], ['الطائي', 'al-Taie'],
  ['العبادي', 'al-Abadi'], ['الجعفري', 'al-Jaafari'], ['الشهرستاني', 'al-Shahristani'], ['النجيفي', 'al-Nujaifi'],
  ['المشهداني', 'al-Mashhadani'], ['الهاشمي', 'al-Hashimi'], ['الكبيسي', 'al-Kubaisi'], ['الراوي', 'al-Rawi'], ['العاني', 'al-Ani'],
  ['الدوري', 'al-Douri'], ['التكريتي', 'al-Tikriti'], ['السامرائي', 'al-Samarrai'], ['البصري', 'al-Basri'], ['الموصلي', 'al-Mosuli'],
  ['النجفي', 'al-Najafi'], ['الكربلائي', 'al-Karbalai'], ['الحلي', 'al-Hilli'], ['الشيباني', 'al-Shaibani'], ['القيسي', 'al-Qaisi'],
  ['العكيلي', 'al-Ugaili'], ['الفتلاوي', 'al-Fatlawi'], ['الغراوي', 'al-Gharawi'], ['المحمداوي', 'al-Mohammedawi'],
  ['الحمداني', 'al-Hamdani'], ['الجميلي', 'al-Jumaili'], ['العيساوي', 'al-Issawi'], ['الفهداوي', 'al-Fahdawi'], ['الدراجي', 'al-Daraji'],
  ['الركابي', 'al-Rikabi'], ['الأسدي', 'al-Asadi'], ['الخالدي', 'al-Khalidi'], ['بارزاني', 'Barzani'], ['طالباني', 'Talabani'],
  ['زيباري', 'Zebari'], ['الكناني', 'al-Kinani'], ['اللامي', 'al-Lami'], ['المرسومي', 'al-Marsoumi'], ['الشويلي', 'al-Shuwaili'],
  ['الكرعاوي', 'al-Karawi'], ['البدري', 'al-Badri'], ['السهلاني', 'al-Sahlani'], ['العطية', 'al-Attiya'], ['الخيكاني', 'al-Khaikani'],
  ['المطلك', 'al-Mutlaq'], ['الصميدعي', 'al-Sumaidaie'], ['الشابندر', 'al-Shabandar'], ['الوائلي', 'al-Waili'], ['الجزائري', 'al-Jazairi'],
];
const WEST_FIRST = [
  ['جون', 'John'], ['ديفيد', 'David'], ['روبرت', 'Robert'], ['جيمس', 'James'], ['ويليام', 'William'], ['ريتشارد', 'Richard'],
  ['توماس', 'Thomas'], ['مارك', 'Mark'], ['دانيال', 'Daniel'], ['بول', 'Paul'], ['ستيفن', 'Steven'], ['أندرو', 'Andrew'],
  ['كيفن', 'Kevin'], ['بريان', 'Brian'], ['جورج', 'George'], ['إدوارد', 'Edward'], ['بيتر', 'Peter'], ['سوزان', 'Susan'],
  ['كارين', 'Karen'], ['ليندا', 'Linda'], ['لورا', 'Laura'], ['إميلي', 'Emily'], ['جيسيكا', 'Jessica'], ['ريبيكا', 'Rebecca'],
  ['كريستوفر', 'Christopher'], ['أنتوني', 'Anthony'], ['دونالد', 'Donald'], ['كينيث', 'Kenneth'], ['جوزيف', 'Joseph'], ['تشارلز', 'Charles'],
];
const WEST_LAST = [
  ['سميث', 'Smith'], ['جونسون', 'Johnson'], ['براون', 'Brown'], ['ديفيس', 'Davis'], ['ويلسون', 'Wilson'], ['تايلور', 'Taylor'],
  ['أندرسون', 'Anderson'], ['جاكسون', 'Jackson'], ['هاريس', 'Harris'], ['طومسون', 'Thompson'], ['كلارك', 'Clark'], ['ووكر', 'Walker'],
  ['رايت', 'Wright'], ['سكوت', 'Scott'], ['غرين', 'Green'], ['بيكر', 'Baker'], ['آدامز', 'Adams'], ['نيلسون', 'Nelson'],
  ['كارتر', 'Carter'], ['ميتشل', 'Mitchell'], ['روبرتس', 'Roberts'], ['تيرنر', 'Turner'], ['فيليبس', 'Phillips'], ['كامبل', 'Campbell'],
  ['باركر', 'Parker'], ['إيفانز', 'Evans'], ['إدواردز', 'Edwards'], ['كولينز', 'Collins'], ['ستيوارت', 'Stewart'], ['روجرز', 'Rogers'],
  ['ميرفي', 'Murphy'], ['هوارد', 'Howard'], ['بروكس', 'Brooks'], ['هيوز', 'Hughes'], ['ساندرز', 'Sanders'], ['بينيت', 'Bennett'],
  ['هندرسون', 'Henderson'], ['كولمان', 'Coleman'], ['جنكينز', 'Jenkins'], ['باترسون', 'Patterson'], ['فيشر', 'Fisher'], ['ماكدونالد', 'McDonald'],
];
const MINISTRIES = [
  ['الدفاع', 'Defence'], ['الداخلية', 'Interior'], ['الخارجية', 'Foreign Affairs'], ['المالية', 'Finance'], ['النفط', 'Oil'],
  ['الكهرباء', 'Electricity'], ['الصحة', 'Health'], ['التربية', 'Education'], ['التعليم العالي', 'Higher Education'], ['الزراعة', 'Agriculture'],
  ['الموارد المائية', 'Water Resources'], ['النقل', 'Transport'], ['الاتصالات', 'Communications'], ['العدل', 'Justice'], ['التخطيط', 'Planning'],
  ['التجارة', 'Trade'], ['الصناعة', 'Industry'], ['الثقافة', 'Culture'], ['الشباب والرياضة', 'Youth and Sports'], ['البيئة', 'Environment'],
  ['الإعمار والإسكان', 'Construction and Housing'], ['العمل والشؤون الاجتماعية', 'Labour and Social Affairs'], ['الهجرة والمهجرين', 'Migration and Displacement'],
];
const COMMITTEES = [
  ['الأمن والدفاع', 'Security and Defence'], ['العلاقات الخارجية', 'Foreign Relations'], ['المالية', 'Finance'], ['النزاهة', 'Integrity'],
  ['القانونية', 'Legal'], ['الطاقة', 'Energy'], ['الصحة والبيئة', 'Health and Environment'], ['التربية', 'Education'], ['الخدمات والإعمار', 'Services and Reconstruction'],
  ['حقوق الإنسان', 'Human Rights'], ['الزراعة والمياه', 'Agriculture and Water'], ['الاقتصاد والاستثمار', 'Economy and Investment'],
];
const PARTIES = [
  ['تحالف النصر', 'Victory Alliance'], ['ائتلاف دولة القانون', 'State of Law Coalition'], ['تيار الحكمة', 'Hikma Movement'],
  ['تحالف تقدم', 'Taqaddum Alliance'], ['تحالف عزم', 'Azm Alliance'], ['الحزب الديمقراطي الكردستاني', 'Kurdistan Democratic Party'],
  ['الاتحاد الوطني الكردستاني', 'Patriotic Union of Kurdistan'], ['حركة امتداد', 'Imtidad Movement'], ['حركة إشراقة كانون', 'Ishraqat Kanoon Movement'],
  ['تحالف السيادة', 'Sovereignty Alliance'], ['حزب الدعوة', 'Dawa Party'], ['منظمة بدر', 'Badr Organisation'], ['الجبهة التركمانية', 'Turkmen Front'],
  ['تحالف الأنبار الموحد', 'United Anbar Alliance'], ['حركة الجيل الجديد', 'New Generation Movement'],
];
const CITIES = [
  ['البصرة', 'Basra'], ['أربيل', 'Erbil'], ['الموصل', 'Mosul'], ['النجف', 'Najaf'], ['كربلاء', 'Karbala'], ['السليمانية', 'Sulaymaniyah'],
  ['كركوك', 'Kirkuk'], ['الرمادي', 'Ramadi'], ['الفلوجة', 'Fallujah'], ['الحلة', 'Hillah'], ['الناصرية', 'Nasiriyah'], ['العمارة', 'Amarah'],
  ['الكوت', 'Kut'], ['الديوانية', 'Diwaniyah'], ['السماوة', 'Samawah'], ['بعقوبة', 'Baqubah'], ['تكريت', 'Tikrit'], ['دهوك', 'Duhok'],
];
const EVENT_KINDS = [
  { ar: 'افتتاح مشروع', en: 'project opening', triggers: { ar: ['افتتح', 'افتتاح'], en: ['opened', 'opening'] } },
  { ar: 'توقيع مذكرة تفاهم', en: 'signing of a memorandum', triggers: { ar: ['وقع', 'توقيع'], en: ['signed', 'signing'] } },
  { ar: 'مؤتمر صحفي', en: 'press conference', triggers: { ar: ['مؤتمر صحفي'], en: ['press conference'] } },
  { ar: 'جلسة استماع', en: 'hearing', triggers: { ar: ['جلسة استماع'], en: ['hearing'] } },
  { ar: 'زيارة ميدانية', en: 'field visit', triggers: { ar: ['زيارة ميدانية', 'جولة ميدانية'], en: ['field visit', 'toured'] } },
];
const MONTHS_AR = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const QTY_NOUNS = [
  [['مدرسة', 'مدارس'], ['school', 'schools']], [['جسر', 'جسور'], ['bridge', 'bridges']], [['مستشفى', 'مستشفيات'], ['hospital', 'hospitals']],
  [['محطة', 'محطات'], ['station', 'stations']], [['مشروع', 'مشاريع'], ['project', 'projects']],
];
const FILLERS = [
  'إن الحكومة ماضية في تنفيذ برنامجها.', 'إن العمل يسير وفق الخطة المعدة.', 'إن الاجتماع كان مثمرا.',
  'إن المرحلة المقبلة تتطلب تعاون الجميع.', 'إن الملف سيعرض على الجهات المختصة.', 'إن النتائج ستعلن قريبا.',
];

const MIN_DISTANCE = 2;
const PARTICLES = new Set(['al', 'el', 'abu', 'ابو', 'ال', 'bin', 'بن', 'عبد', 'abdul']);
// Names the synthetic people must stay away from: the article's people and the corpus's wrong forms.
const FORBIDDEN = [
  'ثابت العباسي', 'ثامر العباسي', 'ثابت العبيدي', 'ماثيو ميلر', 'ماثيو ميلز', 'مايكل ميلر', 'إلينا رومانوسكي', 'إيلينا رومانوفسكي',
  'إلينا رومانوفسكي', 'صدام حسين', 'صدام حسن', 'أبو مهدي المهندس', 'أبو مهند المهندس', 'قاسم سليماني', 'قاسم سلماني', 'قاسم سليمان',
  'طالب اليساري', 'طالب الياسري', 'قيس الخزعلي', 'قيس الخزاعي', 'حبيب الحلاوي', 'حبيب الحلواني', 'أبو آلاء الولائي', 'أبو علاء الولائي',
  'الولاني', 'المهدي', 'Thabit al-Abbasi', 'Matthew Miller', 'Alina Romanowski', 'Saddam Hussein', 'Abu Mahdi al-Muhandis',
  'Qasem Soleimani', 'Talib al-Yasari', 'Qais al-Khazali', 'Habib al-Halawi', 'Abu Alaa al-Walaei',
];

/** A light fold (alef forms, ya, ta marbuta, case) for the distance filter only. */
function fold(s) {
  return s.toLowerCase().replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/[ؤ]/g, 'و').replace(/[ئ]/g, 'ي').replace(/[\u064b-\u065f\u0670\u0640]/g, '');
}
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

function forbiddenTokens(extraNames) {
  const tokens = new Set();
  const add = (name) => {
    for (const t of fold(name).split(/[\s-]+/)) {
      if (PARTICLES.has(t)) continue;
      const bare = t.replace(/^al/, '').replace(/^ال/, '');
      if (bare.length >= 3) tokens.add(bare);
      if (t.length >= 3) tokens.add(t);
    }
  };
  [...FORBIDDEN, ...extraNames].forEach(add);
  return [...tokens];
}

/** Keeps the name-parts at least 3 edits from every forbidden token (and from its ال-less form). */
function allowed(pool, forbidden) {
  return pool.filter(([ar, en]) => {
    for (const t of [...fold(ar).split(/\s+/), ...fold(en).split(/[\s-]+/)]) {
      if (PARTICLES.has(t)) continue;
      const bare = t.replace(/^al/, '').replace(/^ال/, '');
      for (const f of forbidden) if (distance(t, f) < MIN_DISTANCE || distance(bare, f) < MIN_DISTANCE) return false;
    }
    return true;
  });
}

/** Names of the bundled fact base's people, if it exists, to keep away from. */
function bundledNames(root) {
  const path = join(root, 'knowledge', 'iraq-coalition-talks.factbase.json');
  if (!existsSync(path)) return [];
  try {
    const kb = JSON.parse(readFileSync(path, 'utf8'));
    const out = [];
    for (const p of kb.people ?? []) out.push(...(p.names?.ar ?? []), ...(p.names?.en ?? []), ...(p.short?.ar ?? []), ...(p.short?.en ?? []));
    return out;
  } catch {
    return [];
  }
}

/** Builds one article and its fact base; `text()` appends to the article and returns evidence. */
function buildOne({ id, people: count, r, pools, startIndex }) {
  let article = `# تقرير موسع ${id}\n\n`;
  const cite = (s) => {
    const start = article.length;
    article += s;
    return { start, end: start + s.length, text: s };
  };
  const say = (s) => {
    article += s;
  };
  const within = (full, part) => {
    const at = full.start + full.text.indexOf(part);
    return { start: at, end: at + part.length, text: part };
  };
  const kb = { id, title: `Synthetic fact base ${id}`, source: { file: `${id}.article.ar.txt`, lang: 'ar', published: '2024-01-15' }, people: [], organisations: [], posts: [], places: [], events: [], quantities: [], quotes: [], affiliations: [], groups: [] };

  // Organisations, places: evidence where the article first names them.
  const orgs = [];
  const addOrg = (oid, ar, en, kind, parent) => {
    say('\n');
    const ev = cite(ar);
    say(' تصدر بيانا دوريا.\n');
    const org = { id: oid, names: { ar: [ar], en: [en] }, kind, country: 'IQ', evidence: [ev] };
    if (parent) org.parent = parent;
    kb.organisations.push(org);
    orgs.push(org);
    return org;
  };
  addOrg('gov', 'الحكومة العراقية', 'Iraqi government', 'government');
  addOrg('parl', 'مجلس النواب العراقي', 'Iraqi parliament', 'parliament');
  const ministries = pools.ministries.map(([ar, en], i) => addOrg(`min-${i}`, `وزارة ${ar}`, `Ministry of ${en}`, 'ministry', 'gov'));
  const committees = pools.committees.map(([ar, en], i) => addOrg(`com-${i}`, `لجنة ${ar} النيابية`, `Parliamentary ${en} Committee`, 'committee', 'parl'));
  const parties = pools.parties.map(([ar, en], i) => addOrg(`party-${i}`, ar, en, 'party'));
  const places = pools.cities.map(([ar, en], i) => {
    say('\nوفي ');
    const ev = cite(ar);
    say(' انعقدت اجتماعات عدة.\n');
    const place = { id: `city-${i}`, names: { ar: [ar], en: [en] }, kind: 'city', evidence: [ev] };
    kb.places.push(place);
    return place;
  });
  say('\n');

  const used = pools.used;
  const makeName = () => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const kind = r();
      let ar, en, gender;
      if (kind < 0.08) {
        const [f, fe] = r.pick(pools.westFirst);
        const [m, me] = r.pick(pools.westFirst);
        const [l, le] = r.pick(pools.westLast);
        if (f === m) continue;
        ar = `${f} ${m} ${l}`;
        en = `${fe} ${me} ${le}`;
        gender = ['سوزان', 'كارين', 'ليندا', 'لورا', 'إميلي', 'جيسيكا', 'ريبيكا'].includes(f) ? 'f' : 'm';
      } else {
        const female = kind > 0.8;
        const [f, fe] = r.pick(female ? pools.female : pools.male);
        const [m, me] = r.pick(pools.male);
        const [l, le] = r.pick(pools.family);
        if (f === m) continue;
        const four = r() < 0.35;
        const [g, ge] = r.pick(pools.male);
        if (four && (g === m || g === f)) continue;
        ar = four ? `${f} ${m} ${g} ${l}` : `${f} ${m} ${l}`;
        en = four ? `${fe} ${me} ${ge} ${le}` : `${fe} ${me} ${le}`;
        gender = female ? 'f' : 'm';
        if (used.has(ar)) continue;
        used.add(ar);
        return { ar, en, gender, family: [l, le] };
      }
      if (used.has(ar)) continue;
      used.add(ar);
      return { ar, en, gender, family: [ar.split(' ').at(-1), en.split(' ').at(-1)] };
    }
    throw new Error('name pools exhausted');
  };

  for (let k = 0; k < count; k++) {
    const n = startIndex + k;
    const pid = `p-${n}`;
    const name = makeName();
    const person = { id: pid, names: { ar: [name.ar], en: [name.en] }, gender: name.gender, evidence: [] };
    const roll = r();
    if (roll < 0.3) {
      // A post holder: «وقال وزير النفط محمد جاسم الربيعي إن ...»
      const kindRoll = r();
      let title, role, organisation;
      if (kindRoll < 0.3) {
        const i = r.int(0, ministries.length - 1);
        title = { ar: [`وزير ${pools.ministries[i][0]}`], en: [`Minister of ${pools.ministries[i][1]}`] };
        role = 'minister';
        organisation = ministries[i].id;
      } else if (kindRoll < 0.6) {
        const i = r.int(0, committees.length - 1);
        title = { ar: [`عضو لجنة ${pools.committees[i][0]} النيابية`], en: [`member of the Parliamentary ${pools.committees[i][1]} Committee`] };
        role = 'member';
        organisation = committees[i].id;
      } else if (kindRoll < 0.8) {
        const i = r.int(0, parties.length - 1);
        title = { ar: [`المتحدث باسم ${pools.parties[i][0]}`], en: [`spokesperson of the ${pools.parties[i][1]}`] };
        role = 'spokesperson';
        organisation = parties[i].id;
      } else {
        const i = r.int(0, places.length - 1);
        title = { ar: [`محافظ ${pools.cities[i][0]}`], en: [`Governor of ${pools.cities[i][1]}`] };
        role = 'other';
      }
      say('وقال ');
      const full = cite(`${title.ar[0]} ${name.ar}`);
      say(` ${r.pick(FILLERS)}\n`);
      person.evidence.push(within(full, name.ar));
      const post = { id: `post-${n}`, holder: pid, role, title, country: 'IQ', evidence: [full] };
      if (organisation) post.organisation = organisation;
      kb.posts.push(post);
    } else {
      say(r() < 0.5 ? 'وأكد ' : 'وأوضح ');
      person.evidence.push(cite(name.ar));
      say(` ${r.pick(FILLERS)}\n`);
    }
    if (r() < 0.2) {
      // Short form: the family name alone, as a later mention in the article.
      say('وأضاف ');
      const ev = cite(name.family[0]);
      say(' أن الحوار مستمر.\n');
      person.short = { ar: [name.family[0]], en: [name.family[1]] };
      person.evidence.push(ev);
    }
    kb.people.push(person);
    if (r() < 0.1) {
      const party = r.pick(parties);
      const ev = cite(`${name.ar} القيادي في ${party.names.ar[0]}`);
      say('.\n');
      kb.affiliations.push({ id: `aff-${n}`, member: pid, organisation: party.id, relation: 'member-of', evidence: [ev] });
    }
    if (k % 50 === 49 && kb.people.length >= 2) {
      // An event with two participants, a place and a date.
      const kindE = r.pick(EVENT_KINDS);
      const other = kb.people[r.int(0, kb.people.length - 2)];
      const place = r.pick(places);
      const year = r.int(2015, 2023);
      const month = r.int(1, 12);
      const day = r.int(1, 28);
      const ev = cite(`وشهدت ${place.names.ar[0]} ${kindE.ar} بحضور ${name.ar} و${other.names.ar[0]} في ${day} ${MONTHS_AR[month - 1]} ${year}`);
      say('.\n');
      kb.events.push({
        id: `event-${n}`,
        names: { ar: [`${kindE.ar} في ${place.names.ar[0]}`], en: [`${kindE.en} in ${place.names.en[0]}`] },
        triggers: kindE.triggers,
        date: { year, month, day, derived: false },
        place: place.id,
        participants: [pid, other.id],
        evidence: [ev],
      });
    }
    if (k % 500 === 250) {
      const words = `سنواصل العمل على إنجاز المرحلة ${n} من الخطة الوطنية دون تأخير`;
      say(`وقال ${name.ar}: «`);
      const ev = cite(words);
      say('».\n');
      kb.quotes.push({ id: `quote-${n}`, speaker: pid, text: words, evidence: [ev] });
    }
    if (k % 1000 === 500) {
      const [nouns, nounsEn] = r.pick(QTY_NOUNS);
      const value = r.int(11, 90);
      const ev = cite(`أنجزت ${value} ${nouns[1]} في ${r.pick(places).names.ar[0]}`);
      say('.\n');
      kb.quantities.push({ id: `qty-${n}`, value, unit: 'count', noun: { ar: nouns, en: nounsEn }, evidence: [ev] });
    }
  }
  return { kb, article };
}

export function generate({ people, out, perFile = 20000, seed = 7, root = join(import.meta.dirname, '..', '..') }) {
  const forbidden = forbiddenTokens(bundledNames(root));
  const pools = {
    male: allowed(MALE, forbidden),
    female: allowed(FEMALE, forbidden),
    family: allowed(FAMILY, forbidden),
    westFirst: allowed(WEST_FIRST, forbidden),
    westLast: allowed(WEST_LAST, forbidden),
    ministries: MINISTRIES,
    committees: COMMITTEES,
    parties: PARTIES,
    cities: CITIES,
    used: new Set(),
  };
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.startsWith('synth-')) rmSync(join(out, f));
  const r = rng(`factbase:${seed}:${people}`);
  const files = [];
  const totals = { people: 0, posts: 0, events: 0, organisations: 0, places: 0, affiliations: 0, quotes: 0, quantities: 0, bytes: 0, articleBytes: 0 };
  const parts = Math.max(1, Math.ceil(people / perFile));
  for (let part = 0; part < parts; part++) {
    const count = Math.min(perFile, people - part * perFile);
    const id = `synth-${people}-${String(part + 1).padStart(2, '0')}`;
    const { kb, article } = buildOne({ id, people: count, r, pools, startIndex: part * perFile + 1 });
    const json = JSON.stringify(kb);
    writeFileSync(join(out, `${id}.factbase.json`), json);
    writeFileSync(join(out, kb.source.file), article);
    files.push(join(out, `${id}.factbase.json`));
    for (const key of ['people', 'posts', 'events', 'organisations', 'places', 'affiliations', 'quotes', 'quantities']) totals[key] += kb[key].length;
    totals.bytes += Buffer.byteLength(json);
    totals.articleBytes += Buffer.byteLength(article);
  }
  const index = { people, perFile, seed, files, totals, pools: { male: pools.male.length, female: pools.female.length, family: pools.family.length, westFirst: pools.westFirst.length, westLast: pools.westLast.length } };
  writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 1));
  return index;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const index = generate({ people: Number(arg('people', 1000)), out: arg('out', 'bench/out/kb/1000'), perFile: Number(arg('per-file', 20000)), seed: Number(arg('seed', 7)) });
  console.log(JSON.stringify(index));
}
