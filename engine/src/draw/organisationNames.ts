/**
 * English names of Arabic organisations beyond ministries, built from their words by rule, for
 * English drafts of an Arabic story: a union, a chamber, an office, a company or a federation is
 * named in English with its place, nationality and adjectives first, then what it is of, then its
 * kind (نقابة عمال ميناء صحار → Sohar Port Workers Union; الاتحاد العام التونسي للشغل → Tunisian
 * General Labour Union), or with "of" after its kind (غرفة تجارة وصناعة عُمان → Oman Chamber of
 * Commerce and Industry; المكتب الوطني للسكك الحديدية → National Office of Railways). A name is
 * only given when every word is known: a word of the table, a nationality or a place of the
 * gazetteer; otherwise the organisation keeps its Arabic name alone.
 */
import type { DrawContext } from './context';
import { key, stemsOf } from './words';
import { nationalityOf } from '../titles';
import { NATIONALITIES } from '../lexicon/words';
import { HONORIFIC_SPELLINGS } from '../lexicon/honorifics';
import { transliterateName } from './transliterate';

/** English forms of the kind nouns that head a name (folded, with and without the article). */
const HEADS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(Object.entries({
  نقابة: ['Union', 'Syndicate'], غرفة: ['Chamber'], شركة: ['Company'], مكتب: ['Office'], هيئة: ['Authority'], اتحاد: ['Union', 'Federation', 'Association'],
  نادي: ['Club'], جامعة: ['University'], حزب: ['Party'],
  جمعية: ['Association', 'Society'], وكالة: ['Agency'], مجلس: ['Council'], منظمة: ['Organisation', 'Organization'], صندوق: ['Fund'], بنك: ['Bank'],
  مديرية: ['Directorate'], سلطة: ['Authority'], دائرة: ['Department'],
  مصرف: ['Bank'], معهد: ['Institute'], مركز: ['Centre', 'Center'], رابطة: ['League', 'Association'], لجنة: ['Committee'], مؤسسة: ['Corporation', 'Foundation'],
} as Record<string, readonly string[]>).map(([arabic, english]) => [key(arabic), english]));

/** Nouns and adjectives of organisation names (folded, without the article) and their English words. */
/** An organisation word's English, and whether English writes it as an adjective before what it governs. */
type WordEnglish = { en: string; adjective?: boolean };

const WORDS: Readonly<Record<string, WordEnglish>> = Object.fromEntries([
  ...Object.entries({
    عمال: 'Workers', ميناء: 'Port', موانئ: 'Ports', تجارة: 'Commerce', صناعة: 'Industry', نقل: 'Transport', صحفيين: 'Journalists', معلمين: 'Teachers',
    اطباء: 'Doctors', محامين: 'Lawyers', مهندسين: 'Engineers', شغل: 'Labour', عمل: 'Labour', كهرباء: 'Electricity', مياه: 'Water', نفط: 'Oil',
    طيران: 'Aviation', بترول: 'Petroleum', احصاء: 'Statistics', استثمار: 'Investment', انباء: 'News', تعليم: 'Education', صحة: 'Health',
    زراعة: 'Agriculture', صيد: 'Fisheries', سياحة: 'Tourism', اتصالات: 'Telecommunications', طاقة: 'Energy', بيئة: 'Environment', موظفين: 'Employees',
    مزارعين: 'Farmers', صيادين: 'Fishermen', تجار: 'Traders', اعمال: 'Business', رجال: 'Men', مصارف: 'Banks', شحن: 'Shipping', بناء: 'Construction',
    دفاع: 'Defence', اسعاف: 'Ambulance', انقاذ: 'Rescue', طوارئ: 'Emergency', اطفاء: 'Fire', جمارك: 'Customs', موارد: 'Resources', منافسة: 'Competition',
    حماية: 'Protection', مستهلك: 'Consumer', رقابة: 'Oversight', غذاء: 'Food', دواء: 'Drug', مواصفات: 'Standards', مقاييس: 'Metrology', ارصاد: 'Meteorology',
  }).map(([arabic, en]): [string, WordEnglish] => [key(arabic), { en }]),
  // A regulator's noun is an adjective before its object in English (هيئة تنظيم الاتصالات: Telecommunications Regulatory Authority).
  ...Object.entries({ تنظيم: 'Regulatory' }).map(([arabic, en]): [string, WordEnglish] => [key(arabic), { en, adjective: true }]),
]);

const ADJECTIVES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    وطني: 'National', وطنية: 'National', عام: 'General', عامة: 'General', دولي: 'International', دولية: 'International', ملكي: 'Royal', ملكية: 'Royal',
    مركزي: 'Central', مركزية: 'Central', اعلى: 'Supreme', مستقل: 'Independent', مستقلة: 'Independent', موحد: 'Unified', اتحادي: 'Federal', اتحادية: 'Federal',
    عربي: 'Arab', عربية: 'Arab', اقليمي: 'Regional', اقليمية: 'Regional', متحدة: 'United',
  }).map(([arabic, en]) => [key(arabic), en]),
);

/**
 * Two-word nouns read as one (السكك الحديدية, railways; كرة القدم, football), and a noun with the
 * adjective that makes the public service its English name opens with (الطيران المدني, Civil
 * Aviation: the General Authority of Civil Aviation; الدفاع المدني, Civil Defence; أسواق المال,
 * Capital Markets), as the bodies of Gulf, Levant and Maghreb states name themselves in English.
 */
const PAIRS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    'سكك حديدية': 'Railways', 'كرة قدم': 'Football', 'كرة سلة': 'Basketball', 'كرة يد': 'Handball', 'العاب قوى': 'Athletics',
    'طيران مدني': 'Civil Aviation', 'دفاع مدني': 'Civil Defence', 'اسواق مال': 'Capital Markets', 'سوق مال': 'Capital Market', 'امن غذائي': 'Food Security',
    'موارد مائية': 'Water Resources', 'ارصاد جوية': 'Meteorology', 'حماية مدنية': 'Civil Protection',
  }).map(([arabic, en]) => [arabic.split(' ').map(key).join(' '), en]),
);

/** One word of a name read for its English: its part in the name and its English word. */
interface Part {
  role: 'noun' | 'adjective' | 'place' | 'nationality';
  en: string;
  /** Whether it opens a complement with ل (للشغل) or is joined by و (وصناعة). */
  complement: boolean;
  joined: boolean;
  /** A noun English writes as an adjective before the noun it governs (تنظيم: Regulatory): no form with "of". */
  attributive?: boolean;
}

/** The bare stem of an Arabic token: without و, ل, لل, ال. */
function bareStem(stem: string): string {
  return stem.replace(/^(?:و)?(?:لل|ال|ل)?/, '');
}

/** The English words of tokens [from, end) of a name, or undefined when one is unknown. */
function partsOf(ctx: DrawContext, from: number, end: number): Part[] | undefined {
  const parts: Part[] = [];
  for (let k = from; k < end; k++) {
    const token = ctx.tokens[k]!;
    const complement = /^و?ل/.test(token.key) && !/^ال/.test(token.key);
    // و is a conjunction when the word without it is a word of the tables (وصناعة), not part of the word (وطني).
    const plain = token.key.replace(/^ال/, '');
    const joined = /^و/.test(token.key) && !WORDS[plain] && !ADJECTIVES[plain] && (!!WORDS[bareStem(token.key)] || !!ADJECTIVES[bareStem(token.key)]);
    const country = nationalityOf(token);
    const place = ctx.lexiconMentionAt(k);
    const pair = PAIRS[`${bareStem(token.key)} ${bareStem(ctx.tokens[k + 1]?.key ?? '')}`];
    if (country) {
      const adjective = NATIONALITIES[country]?.en.find((form) => form.length > 3);
      if (!adjective) return undefined;
      parts.push({ role: 'nationality', en: adjective[0]!.toUpperCase() + adjective.slice(1), complement, joined });
    } else if (place?.kind === 'place') {
      const names = (ctx.knowledge.entity(place.entity)?.fact as { names?: { en?: string[] } } | undefined)?.names?.en;
      if (!names?.[0]) return undefined;
      parts.push({ role: 'place', en: names[0], complement, joined });
      k = Math.max(k, place.tokenEnd - 1);
    } else if (pair) {
      parts.push({ role: 'noun', en: pair, complement, joined });
      k++;
    } else {
      const stems = stemsOf(token).map(bareStem);
      const adjective = stems.map((stem) => ADJECTIVES[stem]).find(Boolean);
      const word = stems.map((stem) => WORDS[stem]).find(Boolean);
      if (adjective && !complement) parts.push({ role: 'adjective', en: adjective, complement, joined });
      else if (word) parts.push({ role: 'noun', en: word.en, complement, joined, ...(word.adjective ? { attributive: true } : {}) });
      else return undefined;
    }
  }
  return parts;
}

/** Nouns in order, joined with "and" where the Arabic joins them with و. */
function nounPhrase(nouns: Part[]): string {
  return nouns.map((noun, i) => (i > 0 && noun.joined ? `and ${noun.en}` : noun.en)).join(' ');
}

/**
 * English names of the Arabic organisation over tokens [start, end) led by the kind noun at
 * `start`, or none when a word is unknown.
 */
export function englishNamesByRule(ctx: DrawContext, start: number, end: number): string[] {
  const heads = stemsOf(ctx.tokens[start]).map((stem) => HEADS[bareStem(stem)]).find(Boolean);
  if (!heads || end - start < 2) return [];
  const namedAfter = namedAfterHonoured(ctx, start, end, heads);
  if (namedAfter.length > 0) return namedAfter;
  const parts = partsOf(ctx, start + 1, end);
  if (!parts || parts.length === 0 || parts.every((part) => part.role === 'adjective' || part.role === 'nationality')) return [];
  const places = parts.filter((part) => part.role === 'place').map((part) => part.en);
  const nationalities = parts.filter((part) => part.role === 'nationality').map((part) => part.en);
  const adjectives = parts.filter((part) => part.role === 'adjective').map((part) => part.en);
  const chain = parts.filter((part) => part.role === 'noun' && !part.complement);
  const complements = parts.filter((part) => part.role === 'noun' && part.complement);
  // A place inside the chain or the complement stands first in English (نقابة عمال ميناء صحار: Sohar Port Workers).
  const before = [...places, ...nationalities, ...adjectives];
  const out: string[] = [];
  const coordinated = chain.some((noun) => noun.joined);
  for (const head of heads) {
    // Compound: Sohar Port Workers Union, Tunisian General Labour Union, National Railways Office.
    const chainText = chain.some((noun) => noun.joined) ? nounPhrase(chain) : [...chain].reverse().map((noun) => noun.en).join(' ');
    const compound = [...before, nounPhrase(complements), chainText, head].filter(Boolean).join(' ');
    out.push(compound);
    // With "of": Oman Chamber of Commerce and Industry (coordinated nouns after it, the place before),
    // Union of Sohar Port Workers, National Office of Railways.
    if (chain.some((noun) => noun.attributive)) continue;
    if (coordinated) out.push(`${[...before, head].join(' ')} of ${nounPhrase([...chain, ...complements])}`);
    else if (chain.length + complements.length > 0) out.push(`${[...nationalities, ...adjectives, head].join(' ')} of ${[...places, chainText, nounPhrase(complements)].filter(Boolean).join(' ')}`);
  }
  return [...new Set(out)].filter((name) => /\s/.test(name));
}

/** Folded Arabic honorifics (الملك, السلطان, الشيخ) and their English words. */
const HONOURED = new Map(Object.entries(HONORIFIC_SPELLINGS).map(([arabic, english]) => [key(arabic), english]));

/**
 * English names of a body named after an honoured person (جامعة السلطان قابوس: Sultan Qabous
 * University; مستشفى الملك فيصل: King Faisal Hospital): the honorific's English word, the name
 * spelt by rule (a few spellings), then the kind noun. None unless the words after the kind noun
 * are an honorific and one or two words of a name.
 */
function namedAfterHonoured(ctx: DrawContext, start: number, end: number, heads: readonly string[]): string[] {
  const honorific = HONOURED.get(ctx.tokens[start + 1]!.key);
  if (!honorific || end - start < 3 || end - start > 4) return [];
  const words = [];
  for (let k = start + 2; k < end; k++) words.push(ctx.word(k));
  const spellings = transliterateName(words.join(' '), 6).spellings;
  return heads.flatMap((head) => spellings.map((spelling) => `${honorific[0]} ${spelling} ${head}`));
}
