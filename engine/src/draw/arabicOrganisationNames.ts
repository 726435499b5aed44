/**
 * Arabic names of English organisations, built from their words by rule, for Arabic drafts of an
 * English story (the other way of ./organisationNames.ts): the kind noun first, then what it is of,
 * its adjectives agreeing with it, and a sport after ل (Northern Football Federation → الاتحاد
 * الشمالي لكرة القدم; Egyptian Football Association → الاتحاد المصري لكرة القدم; Labour Party → حزب
 * العمال; Ministry of Health → وزارة الصحة; University of Leeds → جامعة ليدز). A name is only given
 * when every word is known: a word of the tables, a nationality, a place of the gazetteer, or (in
 * "University of X", "X University") one proper name spelt in Arabic letters by rule; otherwise the
 * organisation keeps its English name alone.
 */
import type { DrawContext } from './context';
import { arabicNameForms } from '../lexicon/foreignNames';
import { PORTFOLIOS_ARABIC } from './lexicon';
import { nationalityOf } from '../titles';
import { NATIONALITIES } from '../lexicon/words';
import { ARABIC_GENITIVES_OF_ENGLISH } from '../lexicon/organisations';

/** English kind nouns (lower case) and their Arabic nouns, without the article; a feminine noun takes feminine adjectives. */
const HEADS: Readonly<Record<string, { ar: string; feminine?: boolean }>> = {
  federation: { ar: 'اتحاد' }, association: { ar: 'اتحاد' }, union: { ar: 'اتحاد' }, club: { ar: 'نادي' }, bank: { ar: 'بنك' },
  ministry: { ar: 'وزارة', feminine: true }, agency: { ar: 'وكالة', feminine: true }, university: { ar: 'جامعة', feminine: true }, party: { ar: 'حزب' },
  council: { ar: 'مجلس' }, court: { ar: 'محكمة', feminine: true }, company: { ar: 'شركة', feminine: true }, authority: { ar: 'هيئة', feminine: true },
  institute: { ar: 'معهد' }, committee: { ar: 'لجنة', feminine: true }, commission: { ar: 'مفوضية', feminine: true }, league: { ar: 'رابطة', feminine: true },
  foundation: { ar: 'مؤسسة', feminine: true }, organisation: { ar: 'منظمة', feminine: true }, organization: { ar: 'منظمة', feminine: true }, fund: { ar: 'صندوق' },
  office: { ar: 'مكتب' }, police: { ar: 'شرطة', feminine: true },
};

/** Adjectives (lower case) and their Arabic masculine form without the article; the feminine adds ة, or is given. */
const ADJECTIVES: Readonly<Record<string, { m: string; f?: string }>> = {
  national: { m: 'وطني' }, northern: { m: 'شمالي' }, southern: { m: 'جنوبي' }, eastern: { m: 'شرقي' }, western: { m: 'غربي' }, central: { m: 'مركزي' },
  international: { m: 'دولي' }, royal: { m: 'ملكي' }, federal: { m: 'اتحادي' }, general: { m: 'عام' }, independent: { m: 'مستقل' }, democratic: { m: 'ديمقراطي' },
  republican: { m: 'جمهوري' }, socialist: { m: 'اشتراكي' }, communist: { m: 'شيوعي' }, liberal: { m: 'ليبرالي' }, islamic: { m: 'إسلامي' }, arab: { m: 'عربي' },
  european: { m: 'أوروبي' }, african: { m: 'أفريقي' }, asian: { m: 'آسيوي' }, supreme: { m: 'أعلى', f: 'عليا' }, regional: { m: 'إقليمي' },
};

/** Sports, which stand after ل at the end of the name (لكرة القدم). */
const SPORTS: Readonly<Record<string, string>> = {
  football: 'لكرة القدم', soccer: 'لكرة القدم', basketball: 'لكرة السلة', handball: 'لكرة اليد', volleyball: 'للكرة الطائرة', tennis: 'للتنس',
  athletics: 'لألعاب القوى', swimming: 'للسباحة', boxing: 'للملاكمة', cycling: 'للدراجات', rugby: 'للرغبي', cricket: 'للكريكيت', golf: 'للغولف',
  chess: 'للشطرنج', wrestling: 'للمصارعة', judo: 'للجودو',
};

/** How many Arabic spellings of a proper name in a body's name are kept (the rule's and those of its silent letters). */
const PROPER_SPELLINGS = 3;

/** Words of a name that carry no Arabic word of their own. */
const SKIPPED = new Set(['the', 'of', 'for']);

/** The Arabic words of one English organisation name, sorted by their place in the Arabic name. */
interface Parts {
  head?: { ar: string; feminine?: boolean };
  adjectives: { m: string; f?: string }[];
  genitives: string[];
  sports: string[];
  proper: string[];
  /** Each proper name's other Arabic spellings (Highland: هيغلاند by rule, هايلاند as it sounds). */
  properVariants: string[][];
  portfolio?: string;
}

/** Reads the words of tokens [start, end) of an English name, or undefined when one is unknown. */
function partsOf(ctx: DrawContext, start: number, end: number): Parts | undefined {
  const parts: Parts = { adjectives: [], genitives: [], sports: [], proper: [], properVariants: [] };
  for (let k = start; k < end; k++) {
    const token = ctx.tokens[k]!;
    const word = token.key;
    const country = nationalityOf(token);
    const place = ctx.lexiconMentionAt(k);
    if (SKIPPED.has(word)) continue;
    if (HEADS[word] && !parts.head) parts.head = HEADS[word];
    else if (ADJECTIVES[word]) parts.adjectives.push(ADJECTIVES[word]);
    else if (country && NATIONALITIES[country] && !place) parts.adjectives.push({ m: NATIONALITIES[country].ar.m.replace(/^ال/, ''), f: NATIONALITIES[country].ar.f.replace(/^ال/, '') });
    else if (ARABIC_GENITIVES_OF_ENGLISH.has(word)) parts.genitives.push(ARABIC_GENITIVES_OF_ENGLISH.get(word)!);
    else if (SPORTS[word]) parts.sports.push(SPORTS[word]);
    else if (PORTFOLIOS_ARABIC.has(word) && !parts.portfolio) parts.portfolio = PORTFOLIOS_ARABIC.get(word);
    else if (place?.kind === 'place') {
      const names = (ctx.knowledge.entity(place.entity)?.fact as { names?: { ar?: string[] } } | undefined)?.names?.ar;
      if (!names?.[0]) return undefined;
      parts.proper.push(names[0]);
      parts.properVariants.push([]);
      k = Math.max(k, place.tokenEnd - 1);
    } else if (/^\p{Lu}/u.test(ctx.word(k))) {
      const spellings = arabicNameForms(ctx.word(k), PROPER_SPELLINGS).spellings;
      parts.proper.push(spellings[0] ?? '');
      parts.properVariants.push(spellings.slice(1));
    }
    else return undefined;
  }
  return parts;
}

/** Arabic names of the English organisation over tokens [start, end), or none when a word is unknown. */
export function arabicNamesByRule(ctx: DrawContext, start: number, end: number): string[] {
  const parts = partsOf(ctx, start, end);
  const head = parts?.head;
  if (!parts || !head) return [];
  const { adjectives, genitives, sports, proper, properVariants, portfolio } = parts;
  // A ministry of a portfolio: وزارة الصحة, with its nationality after it.
  if (head.ar === 'وزارة') return portfolio && proper.length === 0 && genitives.length === 0 ? [[`وزارة ${portfolio}`, ...adjectives.map((a) => `ال${a.f ?? `${a.m}ة`}`)].join(' ')] : [];
  if (portfolio) return [];
  // One proper name and nothing else: the kind noun in construct with it (جامعة ليدز, بنك إنجلترا).
  // Its other spellings follow (مجلس هيغلاند, مجلس هايلاند), so a draft that writes the name as it sounds is matched.
  if (proper.length > 0) return proper.length === 1 && proper[0] && adjectives.length + genitives.length + sports.length === 0 ? [proper[0], ...properVariants[0]!].map((form) => `${head.ar} ${form}`) : [];
  if (adjectives.length + genitives.length + sports.length === 0) return [];
  const agreeing = adjectives.map((adjective) => `ال${head.feminine ? (adjective.f ?? `${adjective.m}ة`) : adjective.m}`);
  // With a complement the kind noun is in construct (حزب العمال); else it takes the article (الاتحاد الشمالي).
  const first = genitives.length > 0 ? head.ar : `ال${head.ar}`;
  return [[first, ...genitives, ...agreeing, ...sports].join(' ')];
}
