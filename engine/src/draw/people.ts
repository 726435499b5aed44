/**
 * People: names found by given names, honorifics, titles and speech verbs (Arabic) or by
 * capitalised runs (English); their short forms, gender and English spellings.
 */
import type { Token } from '../analysis';
import { nationalityOf } from '../titles';
import { nameKeys } from '../knowledge';
import type { DrawContext, DrawnEvidence } from './context';
import { transliterateName } from './transliterate';
import { arabicNameForms, foreignArabicVariants, isArabicName, isForeignArabicName, westernNameForms } from '../lexicon/foreignNames';
import { arabicNumberWord } from '../lexicon/numbers';
import { COUNT_NOUNS, quantityNounAt } from './quantityNouns';
import { FEMININE, MASCULINE, descriptorAt, givenNameGender, isSpeech, key, stemsOf, titleAt } from './words';
import { AR_STOP } from '../lexicon/functionWords';
import { KNOWN_GIVEN_NAMES, NAME_SPELLINGS } from '../lexicon/givenNames';
import { ACADEMIC_TITLES, HONORIFICS, NAME_HONORIFICS } from '../lexicon/honorifics';
import { AR_ORG_HEADS, AR_PLACE_HEADS, EN_BODY_OPENERS, EN_ORG_HEADS, EN_PLACE_OPENERS, EN_PLACE_PREPOSITIONS, EN_PLACE_TAILS, NAME_RANKS } from './lexicon';
import { drawNamedThings, namedThingIn, type NamedThingSpan } from './namedThings';
import { articleGivenAt, namesAfterTitles } from './titledNames';
import { PARTY_WORDS, memberTitleAfter, partyBeforeTitle } from './partyMembers';
import { MONTH_NAMES, RELATIVE_DAYS, WEEKDAYS } from '../lexicon/months';
import { TITLE_HEADS } from '../lexicon/words';
import { bodyChainTokens } from './bodyChains';
import { STANCE_VERBS } from '../lexicon/ties';
import { NAMED_AFTER_PERSON_NOUNS } from '../lexicon/sites';

/** The ranks written before a name (./lexicon.ts), folded. */
const RANK_KEYS = new Set(NAME_RANKS.map(key));

/**
 * The checker's English title heads of two or more words (Attorney General, Detective Chief
 * Inspector, Crown Prince, Director General), by their first folded word: opening a capitalised
 * run, they are no part of the name after them, even where drawing's own title table lacks them.
 */
const ENGLISH_HEADS_BY_FIRST = new Map<string, string[][]>();
for (const head of TITLE_HEADS) {
  if (head.lang !== 'en' || head.words.length < 2) continue;
  const words = head.words.map(key);
  ENGLISH_HEADS_BY_FIRST.set(words[0]!, [...(ENGLISH_HEADS_BY_FIRST.get(words[0]!) ?? []), words]);
}

/**
 * The checker's English title heads of one word (prosecutor, superintendent, organiser), folded:
 * opening a capitalised run before a given name (Prosecutor Anne Marsh), one is no part of the name.
 */
const ENGLISH_SINGLE_HEADS = new Set(TITLE_HEADS.filter((head) => head.lang === 'en' && head.words.length === 1).map((head) => key(head.words[0]!)));

/** The end of the longest English title head of two or more words at token `k` (see ENGLISH_HEADS_BY_FIRST), or -1. */
function englishHeadEnd(tokens: readonly Token[], k: number): number {
  let end = -1;
  for (const words of ENGLISH_HEADS_BY_FIRST.get(tokens[k]!.key) ?? []) if (k + words.length > end && words.every((word, j) => tokens[k + j]?.key === word)) end = k + words.length;
  return end;
}

/**
 * The checker's Arabic staff titles of one word (مسؤول, منسقة, مشرف): posts below a body's head,
 * which drawing's title table does not draw. After a speech verb they open the post's words
 * (وأوضح مسؤول العمليات في الشركة المنفذة …), never a person's name.
 */
const ARABIC_STAFF_HEADS = new Set(TITLE_HEADS.filter((head) => head.lang === 'ar' && head.family === 'staff' && head.words.length === 1).map((head) => head.words[0]!));

/**
 * The checker's Arabic titles of one word for callings (محامي, قاضي): a lawyer or a judge named by
 * the calling in construct with a client or a court (وقال محامي العيادي, محامي الهيئة). No given
 * name is written so, so the word never opens a name, even before a family name. The forms with
 * the article are left out: القاضي and المحامي are family names too (محمد القاضي).
 */
const ARABIC_CALLING_HEADS = new Set(TITLE_HEADS.filter((head) => head.lang === 'ar' && (head.family === 'lawyer' || head.family === 'judge') && head.words.length === 1 && !head.words[0]!.startsWith('ال')).map((head) => head.words[0]!));

/**
 * Whether a definite relative adjective (الحارثي, العبيدي) follows token `index`: a family name, so a
 * staff title's word before it is the given name it is also («مشرف الحارثي»), not a title of a
 * definite noun («مشرف الموقع»).
 */
function nisbaAfter(ctx: DrawContext, index: number): boolean {
  const next = ctx.tokens[index + 1];
  return !!next && next.script === 'ar' && next.sentence === ctx.tokens[index]!.sentence && /^ال.{2,}ي$/.test(next.key);
}

/** A name found in the article: its tokens and the clitic length on its first token. */
interface NameSpan {
  tokenStart: number;
  tokenEnd: number;
  /** Characters of clitics (و، ب، ل) before the name in the first token's original text. */
  prefix: number;
  /** Why the name's boundary is unsure, when it was guessed. */
  unsure?: string;
}

/**
 * Head nouns of organisations and places, which never belong to a person's name, nor does the
 * police (قالت شرطة وادي الريحان: the police of a place, not a person).
 */
const HEAD_NOUNS = new Set([...AR_ORG_HEADS.map((h) => key(h.ar)), ...AR_PLACE_HEADS.map((h) => key(h.ar)), ...['مهمة', 'مهمه', 'الديوان', 'ديوان', 'حكومة', 'الحكومة', 'شرطة', 'الشرطة'].map(key)]);

const PLACE_NOUNS = new Set(AR_PLACE_HEADS.map((h) => key(h.ar)));

/** The preposition في, folded. */
const IN = key('في');

const KUNYA = new Set(['ابو', 'ابي', 'ابا', 'ام'].map(key));

const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'ولد', 'ال', 'عبد', 'ابو', 'ابي', 'مولاي'].map(key));

/** Connectors of filiation (بن سعيد, بنت حمد, ولد الغزواني): the name goes on before and after them. */
const FILIATION = new Set(['بن', 'بنت', 'ابن', 'ولد'].map(key));

/**
 * Words of time that follow a given name which is also a common noun (صباح الثلاثاء, مساء الخميس):
 * weekdays, months and days named relatively are never part of a person's name.
 */
const TIME_WORDS = new Set([...WEEKDAYS.flatMap((day) => day.names), ...MONTH_NAMES.flat().filter((name) => !name.includes(' ')), ...RELATIVE_DAYS.flatMap((day) => day.words), 'الماضي', 'المقبل', 'الباكر'].map(key));

/**
 * Second words of compound given names, which carry the article without being a family name (نور
 * الدين, سيف الإسلام, نور الهدى), and the two-word given names of the spelling table (فاطمة الزهراء).
 */
const COMPOUND_SECONDS = new Set(['الدين', 'الإسلام', 'الهدى'].map(key));
const COMPOUND_GIVEN = new Set(Object.keys(NAME_SPELLINGS).filter((name) => name.includes(' ')).map((name) => name.split(' ').map(key).join(' ')));

/** Whether tokens `index - 1` and `index` are a compound given name (عبد الرحيم, نور الدين, فاطمة الزهراء). */
function compoundGivenAt(ctx: DrawContext, index: number): boolean {
  const first = ctx.tokens[index - 1];
  const second = ctx.tokens[index];
  if (!first || !second) return false;
  if (COMPOUND_SECONDS.has(second.key)) return true;
  return stemsOf(first).some((stem) => stem === 'عبد' || COMPOUND_GIVEN.has(`${stem} ${second.key}`));
}

/** Words that open a family name of two words (آل ثاني, أبو غزالة, بن علي, ولد الغزواني). */
const FAMILY_OPENERS = new Set(['ال', 'آل', 'ابو', 'بن', 'ابن', 'ولد'].map(key));

/**
 * An Arabic name of three words or more without its middle (father's) name, the way the press
 * writes it in the other language and often in its own (خالد بن سعيد الحارثي: Khalid al-Harthy;
 * حسام خليل الجبوري: Hussam al-Jubouri): the given name (two words when compound: عبد الله, نور
 * الدين) and the family name (two words after آل, أبو, بن or ولد); undefined when nothing is left out.
 */
export function withoutMiddleName(words: readonly string[]): string | undefined {
  const keys = words.map(key);
  const compound = keys.length > 1 && (keys[0] === 'عبد' || COMPOUND_SECONDS.has(keys[1]!) || COMPOUND_GIVEN.has(`${keys[0]} ${keys[1]}`));
  const given = compound ? 2 : 1;
  const family = keys.length > 2 && FAMILY_OPENERS.has(keys.at(-2)!) ? 2 : 1;
  if (given + family >= words.length || FILIATION.has(keys[given - 1]!)) return undefined;
  return [...words.slice(0, given), ...words.slice(-family)].join(' ');
}

/**
 * Nouns of relation with a possessive pronoun (نظيره, his counterpart; شقيقها, her brother;
 * سلفه, his predecessor), folded: they name a person by another and never belong to a name
 * (التقى وزير الخارجية سامح شكري نظيره الفرنسي).
 */
const RELATION_WITH_PRONOUN = /^[وف]?(?:نظير|شقيق|نجل|زوج|سلف|خلف|رفيق|منافس|خصم|صديق|زميل|والد|ابن|حفيد|مساعد|نائب)(?:ت|ي)?(?:ه|ها|هم|هما|هن)$/;

/**
 * Adverbs that follow a name before its verb's object (وقال أحمد سالم بدوره إن …, وقالت سعاد حسني
 * مجدداً …), folded: never part of the name. A word written with the accusative ending ـاً (مجدداً،
 * شخصياً، رسمياً) is an adverb too.
 */
const NAME_ADVERBS = new Set(['بدوره', 'بدورها', 'بدورهم', 'مجددا', 'مجدداً', 'كذلك', 'سابقا', 'لاحقا', 'مؤخرا', 'حاليا', 'رسميا', 'شخصيا', 'مباشرة', 'حينها', 'آنذاك', 'بنفسه', 'بنفسها', 'نفسه', 'نفسها'].map(key));

/** Whether the token at `index` is an adverb ({@link NAME_ADVERBS}, or a word ending in ـاً). */
function adverbAt(ctx: DrawContext, index: number): boolean {
  const token = ctx.tokens[index];
  return !!token && (NAME_ADVERBS.has(token.key) || /\u064bا?$|اً$/.test(ctx.word(index)));
}

/** Whether an Arabic token may be part of a name. */
function nameLike(ctx: DrawContext, index: number): boolean {
  const token = ctx.tokens[index];
  if (!token || token.script !== 'ar' || token.quote !== -1) return false;
  if (AR_STOP.has(token.key) || TIME_WORDS.has(token.key) || RELATION_WITH_PRONOUN.test(token.key) || adverbAt(ctx, index) || isSpeech(token) || nationalityOf(token) || titleAt(ctx.tokens, index)) return false;
  if (ctx.lexiconMentionAt(index) || VENUE_ADJECTIVES.has(token.key) || (stemsOf(token).some((stem) => ARABIC_STAFF_HEADS.has(stem)) && !nisbaAfter(ctx, index)) || ARABIC_CALLING_HEADS.has(token.key.replace(/^[وف]/, ''))) return false;
  // A body's or a place's head noun, bare or with the article (صادق المجلس البلدي: the verb, then the council), is no name word.
  if (stemsOf(token).some((stem) => HEAD_NOUNS.has(stem) || (/^ال/.test(stem) && HEAD_NOUNS.has(stem.slice(2))))) return false;
  // A definite descriptor (النائب, الباحثة, المحامي) describes the person it stands before: «وطالب النائب عادل منصور» is the verb طالب, then the MP.
  if (/^ال/.test(token.key) && descriptorAt(ctx.tokens, index) > 0) return false;
  // The preposition لـ with the article (وقال أسانتي للصحافيين, للتلفزيون الرسمي) names whom the speaker told, never a name's word.
  if (/^لل/.test(token.key) && token.key.length > 4) return false;
  // A number word or a counted noun (ستة مصادر أمنية after a speech verb) is never part of a name.
  if (arabicNumberWord(token.key.replace(/^و/, '')) !== undefined || quantityNounAt(COUNT_NOUNS, ctx.tokens, index)) return false;
  return token.key.length >= 2;
}

/**
 * Whether token `index` may be a word of a name: {@link nameLike}, or a given name right after a
 * connector of filiation even when it is also a function word (بن علي: علي folds like على).
 */
function nameWord(ctx: DrawContext, index: number): boolean {
  if (nameLike(ctx, index)) return true;
  const token = ctx.tokens[index];
  if (!token || token.script !== 'ar' || token.quote !== -1) return false;
  if (FILIATION.has(ctx.tokens[index - 1]?.key ?? '') && givenPrefix(ctx, token) === 0) return true;
  // علي written with ي between a given name and a name word is the father's name Ali (خالد علي الزين), not the preposition على.
  const previous = ctx.tokens[index - 1];
  if (token.key === 'علي' && givenPrefix(ctx, token) === 0 && previous?.clause === token.clause && KNOWN_GIVEN_NAMES.has(previous.key) && nameLike(ctx, index + 1) && ctx.tokens[index + 1]!.clause === token.clause) return true;
  // Written with ي as the family name of two words set off by commas (الرئيس التنفيذي للمجموعة، عادل علي،): the preposition is never so set off.
  if (token.key === 'علي' && ctx.word(index).endsWith('ي') && previous?.clause === token.clause && KNOWN_GIVEN_NAMES.has(previous.key) && index >= 2 && /[,،]\s*$/.test(ctx.gap(index - 2, index - 1)) && /^\s*[,،]/.test(ctx.gap(index, index + 1))) return true;
  // Written with ي as a name's last word before a comma or a bracket (الحسين أيت علي (63 عاماً)،): the preposition على never ends its clause.
  if (token.key === 'علي' && ctx.word(index).endsWith('ي') && previous?.clause === token.clause && nameLike(ctx, index - 1) && /^\s*[,،(]/.test(ctx.gap(index, index + 1))) return true;
  // A nisba that is also a nationality adjective (الكندي, المصري) is the family name after a filiation and its given name
  // (خالد بن علي الكندي), and after a given name that a courtesy honorific opens (الدكتورة عائشة الكندي).
  if (!/^ال/.test(token.key) || !nationalityOf(token)) return false;
  if (FILIATION.has(ctx.tokens[index - 2]?.key ?? '') && givenPrefix(ctx, ctx.tokens[index - 1]!) === 0) return true;
  return index >= 2 && afterCourtesyHonorific(ctx, index - 2) === index - 1;
}

/**
 * Given names that are also ordinals: ثاني is the Gulf name Thani and the ordinal "second", which
 * writers put before an elative (ثاني أكبر مدن تونس, the second-largest city). Sources: the
 * given-names lexicon and Arabic grammar.
 */
const ORDINAL_GIVEN_NAMES = new Set(['ثاني'].map(key));

/** Demonstratives and pronouns that an ordinal predicates (هذا ثاني إضراب, وهي ثاني مرة), folded: a name never follows them so. */
const ORDINAL_SUBJECTS = new Set(['هذا', 'هذه', 'وهذا', 'وهذه', 'ذلك', 'تلك', 'وهو', 'وهي', 'هو', 'هي'].map(key));

/**
 * Whether token `index` is an ordinal that is also a given name, before an elative of the form
 * أفعل (ثاني أكبر), or before an indefinite noun and its indefinite adjective of relation (ثاني
 * منخفض جوي, the second depression): a family name is seldom followed by such an adjective.
 */
function ordinalBeforeElative(ctx: DrawContext, index: number): boolean {
  const next = ctx.tokens[index + 1];
  if (!ORDINAL_GIVEN_NAMES.has(ctx.tokens[index]!.key.replace(/^و/, '')) || !next) return false;
  if (/^ا[^ا]{3}$/.test(next.key)) return true;
  // After a demonstrative or a pronoun that it predicates (وهذا ثاني إضراب, وهي ثاني مرة) it is the ordinal, before an indefinite noun.
  const before = ctx.tokens[index - 1];
  if (before && before.clause === ctx.tokens[index]!.clause && ORDINAL_SUBJECTS.has(before.key) && !/^ال/.test(next.key)) return true;
  const adjective = ctx.tokens[index + 2];
  // Not a name's words: a connector (ثاني بن علي) or a given name (ثاني علي هادي).
  const nameWords = [next, adjective].some((token) => !!token && (KNOWN_GIVEN_NAMES.has(token.key) || CONNECTORS.has(token.key)));
  return !nameWords && !/^ال/.test(next.key) && !!adjective && adjective.clause === next.clause && !/^ال/.test(adjective.key) && /^\S{2,}(?:ي|يه)$/.test(adjective.key);
}

/**
 * Whether token `index` is a given name that is also a verb of stance (طالب: Talib, and demanded)
 * before its complement with بـ: «وطالب بنشر العقد كاملاً» is the verb and what it demands, not a
 * person named طالب بنشر. A word after بـ that is a given name itself (طالب بدر, طالب بشير) or a
 * connector of filiation (طالب بن علي) keeps the name. Sources: the given-names lexicon and Arabic grammar.
 */
function stanceVerbBeforeComplement(ctx: DrawContext, index: number): boolean {
  const token = ctx.tokens[index]!;
  const bare = token.key.replace(/^[وف]/, '');
  if (!STANCE_VERBS.has(bare) || !KNOWN_GIVEN_NAMES.has(bare)) return false;
  const next = ctx.tokens[index + 1];
  if (!next || next.clause !== token.clause || next.script !== 'ar' || !next.key.startsWith('ب') || next.key.length < 4) return false;
  return !KNOWN_GIVEN_NAMES.has(next.key) && !CONNECTORS.has(next.key) && !FILIATION.has(next.key);
}

/**
 * The first token of a name after a courtesy honorific at `index` (المهندسة سنية العياري, الدكتور
 * فلان): the honorific names no post and is no word of the name, and the name's given name may be
 * one the lexicon does not know. An adjective with the article after it (الدكتور المناوب, المهندس
 * المشرف) is a description, not a name; so is a word that may be no name's.
 */
function afterCourtesyHonorific(ctx: DrawContext, index: number): number | undefined {
  const token = ctx.tokens[index]!;
  if (!stemsOf(token).some((stem) => HONORIFICS.has(stem) && !NAME_HONORIFICS.has(stem))) return undefined;
  const next = ctx.tokens[index + 1];
  if (!next || next.clause !== token.clause || /^ال/.test(next.key) || !nameLike(ctx, index + 1)) return undefined;
  return index + 1;
}

/**
 * Words that hold a given name with a clitic but are another word: لصالح (in favour of: صوّت
 * لصالح الميزانية), بصدد (about), and their forms with a pronoun or و/ف (folded).
 */
const NOT_NAMES_WITH_CLITIC = /^[وف]?(?:لصالح|بصدد)(?:ه|ها|هم|هما|هن)?$/;

/** The clitic prefix of a name's first token whose stem is a given name or honorific. */
function givenPrefix(ctx: DrawContext, token: Token): number | undefined {
  if (NOT_NAMES_WITH_CLITIC.test(token.key)) return undefined;
  // على (on) folds to علي (Ali): the preposition is written with ى.
  if (token.key.endsWith('علي') && /ى$/.test(ctx.article.slice(token.oStart, token.oEnd).replace(/[\u064b-\u065f]/g, ''))) return undefined;
  for (const stem of stemsOf(token)) {
    if (KNOWN_GIVEN_NAMES.has(stem) || NAME_HONORIFICS.has(stem) || stem === 'عبد') return token.key.length - stem.length;
    // A kunya: أبو مهدي المهندس.
    if (KUNYA.has(stem) && KNOWN_GIVEN_NAMES.has(ctx.tokens[token.index + 1]?.key ?? '')) return token.key.length - stem.length;
    // A kunya with a nisba after it is a name whatever its second word (أبو آلاء الولائي).
    if (KUNYA.has(stem) && nameLike(ctx, token.index + 1) && /^ال/.test(ctx.tokens[token.index + 2]?.key ?? '') && nameLike(ctx, token.index + 2) && ctx.tokens[token.index + 2]!.clause === token.clause) return token.key.length - stem.length;
  }
  return undefined;
}

/** Whether a folded word is «و» and a given name (ومحمود, وعبد), not a given name that opens with و (وليد). */
function conjoinedGivenName(folded: string): boolean {
  if (!folded.startsWith('و') || KNOWN_GIVEN_NAMES.has(folded)) return false;
  const rest = folded.slice(1);
  return KNOWN_GIVEN_NAMES.has(rest) || rest === 'عبد';
}

/**
 * Adjectives that follow the name of a venue named in someone's honour (an airport, a stadium, a
 * conference centre: مطار الملك فهد الدولي, ملعب القاهرة الدولي), never a person's name. Folded.
 */
const VENUE_ADJECTIVES = new Set(['الدولي', 'الدولية'].map(key));

/**
 * Whether token `index` opens the object of the verb before a name rather than the name's next word:
 * after a family name that is no given name (سامي قعوار), a word with no article that no lexicon
 * knows as a given name, in construct with a word with the article (وانتقد النائب سامي قعوار بطء
 * التنفيذ: the MP criticised the slow pace of the work). A father's given name (هيثم محمد إبراهيم),
 * a connector (أبو، عبد، بن) and the word after a compound given name (عبد الله فهاد) still
 * continue the name.
 */
function objectAfterName(ctx: DrawContext, start: number, index: number): boolean {
  const tokens = ctx.tokens;
  const previous = tokens[index - 1]!;
  const token = tokens[index]!;
  const next = tokens[index + 1];
  // The second word of a compound given name (عبد الله فهاد العنزي، سيف الدين طاز) or a word after a connector (بن زهران) is no family name yet.
  if (index - start < 2 || KNOWN_GIVEN_NAMES.has(previous.key) || CONNECTORS.has(previous.key) || /^ال/.test(previous.key) || CONNECTORS.has(tokens[index - 2]!.key)) return false;
  if (/^ال/.test(token.key) || KNOWN_GIVEN_NAMES.has(token.key) || CONNECTORS.has(token.key)) return false;
  return !!next && next.clause === token.clause && /^ال../.test(next.key) && !CONNECTORS.has(next.key);
}

/**
 * Whether token `index`, written with the article, is a common noun that the article writes
 * elsewhere without it (عمر الحافلة, "the bus's age", beside «186 حافلة»): after a given name that
 * is also a noun (عمر, age), it is that noun's complement, not a family name. A family name is
 * written with its article each time (الخوالدة، وأضاف الخوالدة).
 */
function commonNounElsewhere(ctx: DrawContext, index: number): boolean {
  const token = ctx.tokens[index];
  if (!token || !/^ال.../.test(token.key)) return false;
  const bare = token.key.slice(2);
  return (arabicTokensByStem(ctx).get(bare) ?? []).some((other) => other.index !== index && !other.key.endsWith(`ال${bare}`));
}

/**
 * Whether token `index`, written with the article after a given name and a family name with the
 * article, is the verb's object rather than a third part of the name (وافتتح وزير الصناعة كريم
 * الساعدي المصنع): a common noun the article writes elsewhere without its article (مصنع الزجاج),
 * while the family name alone names the person elsewhere (وتوقع الساعدي), not followed by it.
 */
function definiteObjectAfter(ctx: DrawContext, start: number, index: number): boolean {
  if (index - start !== 2) return false;
  const tokens = ctx.tokens;
  const family = tokens[index - 1]!;
  if (!/^ال../.test(family.key) || !commonNounElsewhere(ctx, index)) return false;
  const given = tokens[start]!.key;
  return (arabicTokensByStem(ctx).get(family.key) ?? []).some(
    (other) => other.index !== family.index && other.key === family.key && tokens[other.index - 1]?.key !== given && tokens[other.index + 1]?.key !== tokens[index]!.key,
  );
}

/**
 * Whether token `index`, written with the article right after a filiation and its given name (كمال
 * بن يوسف), is the verb's object rather than a family name (وصف وزير التجهيز الأسبق كمال بن يوسف
 * الإغلاق بأنه …): a common noun that the article writes elsewhere without its article (إغلاق).
 */
function objectAfterFiliation(ctx: DrawContext, start: number, index: number): boolean {
  return index - start >= 3 && FILIATION.has(ctx.tokens[index - 2]!.key) && !/^ال/.test(ctx.tokens[index - 1]!.key) && commonNounElsewhere(ctx, index);
}

const tokensByStem = new WeakMap<DrawContext, Map<string, Token[]>>();

/** The article's Arabic tokens by each of their stems, made in one pass once per article. */
function arabicTokensByStem(ctx: DrawContext): Map<string, Token[]> {
  let byStem = tokensByStem.get(ctx);
  if (byStem) return byStem;
  byStem = new Map();
  for (const token of ctx.tokens) {
    if (token.script !== 'ar') continue;
    for (const stem of new Set(stemsOf(token))) {
      const list = byStem.get(stem);
      if (list) list.push(token);
      else byStem.set(stem, [token]);
    }
  }
  tokensByStem.set(ctx, byStem);
  return byStem;
}

/**
 * Whether token `index` is a given name written with the article that opens a name set off by
 * commas on both sides (رئيس مجلس الجهة، الحسين الورديغي، المنتمي إلى …): the commas of an
 * apposition open a name's slot as a title or a verb of speech right before it does.
 */
function articleGivenSetOff(ctx: DrawContext, index: number): boolean {
  const tokens = ctx.tokens;
  if (index === 0 || !/^\s*[,،]\s*$/.test(ctx.gap(index - 1, index)) || !articleGivenAt(ctx, index, (next) => nameLike(ctx, next))) return false;
  const after = tokens[index + 2];
  return !after || after.sentence !== tokens[index]!.sentence || /^\s*[,،]\s*$/.test(ctx.gap(index + 1, index + 2));
}

/** Extends a name from its first token while the words look like a name (at most 4 words). */
function extendArabic(ctx: DrawContext, start: number, prefix: number): NameSpan | undefined {
  const tokens = ctx.tokens;
  const first = tokens[start]!;
  let end = start + 1;
  let connectors = 0;
  while (end < tokens.length && end - start < 4 + connectors) {
    const token = tokens[end]!;
    if (CONNECTORS.has(token.key)) connectors++;
    if (token.sentence !== first.sentence || token.clause !== first.clause) break;
    if (!nameWord(ctx, end) && !CONNECTORS.has(token.key)) break;
    // A family name with the article (الغزواني, الرواحي) ends the name unless another such word or a connector follows.
    const previous = tokens[end - 1]!;
    if (end - 1 > start && /^ال../.test(previous.key) && !/^ال/.test(token.key) && !CONNECTORS.has(token.key) && !compoundGivenAt(ctx, end - 1)) break;
    if (definiteObjectAfter(ctx, start, end) || objectAfterFiliation(ctx, start, end)) break;
    // A given name after a full two-word name starts another person (… محمد علي).
    // A compound given name (جمال الدين شريف, عبد الحق بوشعيب) is one given name: the family name after it may be a given name too.
    // A third given name after two given names is the grandfather's (هيثم محمد إبراهيم, أحمد محمد علي), part of the name.
    const grandfather = end - start === 2 && KNOWN_GIVEN_NAMES.has(tokens[start + 1]!.key) && KNOWN_GIVEN_NAMES.has(first.key.slice(prefix));
    if (end - start >= 2 && KNOWN_GIVEN_NAMES.has(token.key) && !CONNECTORS.has(tokens[end - 1]!.key) && !(end - start === 2 && compoundGivenAt(ctx, end - 1)) && !grandfather) break;
    // «و» on a given name after a full name joins another person (سامح عبد الحكيم ومحمود الشربيني); a given name that opens with و (وليد, وائل) is no conjunction.
    if (end - start >= 2 && conjoinedGivenName(token.key)) break;
    if (objectAfterName(ctx, start, end)) break;
    end++;
  }
  while (end > start + 1 && CONNECTORS.has(tokens[end - 1]!.key)) end--;
  if (end - start < 2) return undefined;
  // A name that «الدولي» follows is a venue's, named in someone's honour: مطار الملك فهد الدولي.
  if (VENUE_ADJECTIVES.has(tokens[end]?.key ?? '') && tokens[end]!.clause === first.clause) return undefined;
  return { tokenStart: start, tokenEnd: end, prefix };
}

/**
 * Where a name starts when the given name at `index` follows a connector of filiation: «محفوظ بن
 * سعيد الرواحي» is one name from محفوظ, whatever that word is, as long as it may be a name word.
 */
function filiationStart(ctx: DrawContext, index: number, taken: Uint8Array): number {
  let start = index;
  while (start >= 2 && FILIATION.has(ctx.tokens[start - 1]!.key) && !taken[start - 2] && ctx.tokens[start - 2]!.clause === ctx.tokens[start]!.clause && nameLike(ctx, start - 2)) start -= 2;
  return start;
}

/** Whether token `k` is a noun of {@link NAMED_AFTER_PERSON_NOUNS} without the article, behind a conjunction or a preposition at most (ومستشفى, بمدرسة). */
function namedAfterPersonNoun(ctx: DrawContext, k: number): boolean {
  const folded = ctx.tokens[k]!.key;
  return stemsOf(ctx.tokens[k]).some((stem) => NAMED_AFTER_PERSON_NOUNS.has(stem) && /^(?:[وف]?[بلك]?)$/.test(folded.slice(0, folded.length - stem.length)));
}

/**
 * Marks as taken the name that starts at token `start` after a noun of an institution or a site:
 * a given name or an honorific and the name's words after it, as far as a person's name would go.
 * Says whether there was one: a word that opens no name is read on as any other.
 */
function skipSiteName(ctx: DrawContext, start: number, taken: Uint8Array): boolean {
  const token = ctx.tokens[start]!;
  const courtesy = afterCourtesyHonorific(ctx, start);
  const prefix = givenPrefix(ctx, token);
  const span = courtesy !== undefined ? extendArabic(ctx, courtesy, 0) : prefix !== undefined ? extendArabic(ctx, start, prefix) : undefined;
  if (!span) return false;
  const end = Math.max(span.tokenEnd, start + 1);
  for (let k = start; k < end; k++) taken[k] = 1;
  return true;
}

/** Arabic names: after given names and honorifics, after speech verbs, and after titles (./titledNames.ts). */
function arabicNames(ctx: DrawContext): NameSpan[] {
  const tokens = ctx.tokens;
  const out: NameSpan[] = [];
  const taken = new Uint8Array(tokens.length);
  const push = (span: NameSpan | undefined) => {
    if (!span) return;
    for (let k = span.tokenStart; k < span.tokenEnd; k++) if (taken[k]) return;
    for (let k = span.tokenStart; k < span.tokenEnd; k++) taken[k] = 1;
    out.push(span);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'ar' || token.quote !== -1 || taken[i] || ctx.lexiconMentionAt(i)) continue;
    // A name right after a noun of an institution or a site in construct (مستشفى الملك فيصل, مدرسة خالد بن الوليد) is its name: no person's.
    if (i > 0 && namedAfterPersonNoun(ctx, i - 1) && skipSiteName(ctx, i, taken)) continue;
    // So is one inside a drawn body's name that opens before it (شركة عبد الله الفرجاني للمقاولات).
    if (i > 0 && ctx.orgAt.has(i) && ctx.orgAt.get(i - 1) === ctx.orgAt.get(i) && skipSiteName(ctx, i, taken)) continue;
    const courtesy = afterCourtesyHonorific(ctx, i);
    if (courtesy !== undefined && !taken[courtesy]) {
      push(extendArabic(ctx, courtesy, 0));
      continue;
    }
    if (ordinalBeforeElative(ctx, i) || stanceVerbBeforeComplement(ctx, i)) continue;
    const prefix = givenPrefix(ctx, token) ?? (articleGivenSetOff(ctx, i) ? 0 : undefined);
    // A name right after a place noun (بلدة مولاي إبراهيم) is the place's.
    // So is a given name inside a drawn place's name (بلدتي مولاي إبراهيم وأمزميز).
    // A given name right after the preposition في is a place's too (في سلمى, في منى): a person is seldom "in" a sentence's words.
    const afterPlaceNoun = (i > 0 && (stemsOf(tokens[i - 1]).some((stem) => PLACE_NOUNS.has(stem)) || (tokens[i - 1]!.key === IN && prefix === 0))) || ctx.placeAt.has(i);
    if (prefix === undefined || afterPlaceNoun) continue;
    const before = filiationStart(ctx, i, taken);
    const span = before === i ? extendArabic(ctx, i, prefix) : extendArabic(ctx, before, 0);
    // A given name and one common noun (عمر الحافلة) are no name.
    if (span && span.tokenEnd - span.tokenStart === 2 && commonNounElsewhere(ctx, span.tokenStart + 1)) continue;
    push(span);
  }
  // After a speech verb, two or three name-like words up to a comma or a function word.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const from = isSpeech(token) ? i + 1 : -1;
    if (from < 0 || taken[from]) continue;
    if (titleAt(tokens, from) || descriptorAt(tokens, from)) continue;
    // A given name with the article (وقال العربي الفخفاخ) opens the name though it is also an adjective.
    const articleGiven = articleGivenAt(ctx, from, (index) => nameLike(ctx, index));
    let end = articleGiven ? from + 1 : from;
    while (end < tokens.length && end - from < 3 && tokens[end]!.clause === tokens[from]!.clause && nameLike(ctx, end) && !taken[end]) end++;
    const after = tokens[end];
    const closed = !after || after.clause !== tokens[from]!.clause || AR_STOP.has(after.key) || after.quote !== -1 || adverbAt(ctx, end);
    // A body's name after the verb (وقالت هارلو ستركتشرز، الشركة التي …) is no person's.
    if (end - from >= 2 && closed && tokens[from]!.script === 'ar' && (articleGiven || !tokens[from]!.key.startsWith('ال')) && !ctx.orgAt.has(from)) push({ tokenStart: from, tokenEnd: end, prefix: 0 });
  }
  // After a long title and its complement (المدير التنفيذي للمشروع فهد العتيبي).
  for (const name of namesAfterTitles(ctx, (index) => nameWord(ctx, index), taken.slice())) push({ ...name, prefix: 0 });
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

const EN_NOT_NAME = new Set(
  [
    ...Object.keys(EN_ORG_HEADS),
    'the', 'a', 'an', 'in', 'at', 'on', 'of', 'and', 'but', 'for', 'with', 'after', 'before', 'when', 'while', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'its',
    'street', 'channel', 'rights', 'appeal', 'plan', 'east', 'west', 'north', 'south', 'central', 'african', 'european', 'british', 'english', 'human', 'supreme', 'high', 'house',
    'prime', 'minister', 'secretary', 'president', 'chief', 'justice', 'home', 'foreign', 'shadow', 'government', 'mr', 'mrs', 'ms', 'dr', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'according', 'however', 'meanwhile', 'earlier', 'later', 'last', 'next', 'new', 'un', 'eu', 'uk', 'us', 'conservative', 'labour', 'opposition', 'party', 'senior',
  ].map((w) => w.toLowerCase()),
);

/**
 * Whether a word is capitalised as a name's word is: its first letter, or the letter after an
 * Arabic article joined by a hyphen (al-Otaibi, el-Sisi), which English news writes in lower case.
 */
const isCapitalised = (ctx: DrawContext, index: number) => /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(ctx.word(index));

/**
 * Lower-case particles inside an Arabic name written in Latin letters, as the wire services and
 * Gulf English-language papers write them (Khalid bin Saeed al-Harthy, Noura bint Ali, Abdullah
 * ibn Rashid, Ahmed al Mansouri): filiation and the article written as a word of its own. The
 * article joined by a hyphen (al-Harthy) is one capitalised word (see {@link isCapitalised}).
 */
const ARABIC_NAME_PARTICLES = ['bin', 'ben', 'bint', 'ibn', 'al', 'el'];

/**
 * Whether token `k - 1` is a middle initial inside a name begun at `start` (Karen J. Whitfield): one
 * capital letter and a full stop, after a capitalised word of the run and before token `k`, which
 * is capitalised and follows one space. The analyser ends a clause at the initial's full stop.
 */
function middleInitialBefore(ctx: DrawContext, start: number, k: number): boolean {
  const initial = k - 1;
  if (initial <= start || !isInitial(ctx, initial) || ctx.tokens[initial - 1]!.clause !== ctx.tokens[start]!.clause) return false;
  return /^\p{Lu}\p{Ll}/u.test(ctx.word(k)) && ctx.gap(initial, k) === '. ';
}

/** Whether token `k` is one capital letter followed by a full stop (the J. of Karen J. Whitfield). */
const isInitial = (ctx: DrawContext, k: number): boolean => /^\p{Lu}$/u.test(ctx.word(k)) && ctx.gap(k, k + 1).startsWith('.');

/** Lower-case particles inside a European name (Pieter de Groot, Ursula von der Leyen, the Welsh Gareth ap Rhys and Mererid ferch Hywel). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'ter', 'dos', 'das', 'del', 'ap', 'ferch', ...ARABIC_NAME_PARTICLES]);

/** Whether the lower-case token `k` is a particle inside a name begun at `start`: capitalised words before it and after it, in its clause. */
function particleInName(ctx: DrawContext, start: number, k: number): boolean {
  if (k === start || !NAME_PARTICLES.has(ctx.tokens[k]!.key) || /^\p{Lu}/u.test(ctx.word(k))) return false;
  let next = k + 1;
  while (next < ctx.tokens.length && next - k < 3 && NAME_PARTICLES.has(ctx.tokens[next]!.key) && !/^\p{Lu}/u.test(ctx.word(next))) next++;
  return next < ctx.tokens.length && ctx.tokens[next]!.clause === ctx.tokens[k]!.clause && /^\p{Lu}/u.test(ctx.word(next)) && /^\s+$/.test(ctx.gap(k - 1, k)) && /^\s+$/.test(ctx.gap(k, k + 1));
}

/**
 * English names: runs of two to four capitalised words, honorifics kept, titles and bodies left out.
 * Runs that name a storm or a vessel (Cyclone Tamsin) go to `things` instead.
 */
function englishNames(ctx: DrawContext, things: NamedThingSpan[]): NameSpan[] {
  const tokens = ctx.tokens;
  const out: NameSpan[] = [];
  const bodies = bodyChainTokens(ctx);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.script !== 'latin' || !isCapitalised(ctx, i) || tokens[i]!.quote !== -1) continue;
    let end = i;
    while (end < tokens.length && tokens[end]!.script === 'latin' && (isCapitalised(ctx, end) || particleInName(ctx, i, end)) && (tokens[end]!.clause === tokens[i]!.clause || middleInitialBefore(ctx, i, end)) && tokens[end]!.quote === -1) end++;
    const runEnd = end;
    const thing = namedThingIn(ctx, i, runEnd);
    if (thing) {
      things.push(thing);
      i = runEnd - 1;
      continue;
    }
    let start = i;
    // Leading title words and function words are not the name; an honorific is.
    while (start < runEnd && EN_NOT_NAME.has(tokens[start]!.key) && !NAME_HONORIFICS.has(tokens[start]!.key)) start++;
    // So is a title head of one word before a given name and a family name (Prosecutor Anne Marsh).
    if (runEnd - start >= 3 && ENGLISH_SINGLE_HEADS.has(tokens[start]!.key) && !NAME_HONORIFICS.has(tokens[start]!.key) && givenNameGender(tokens[start + 1]!.key)) start++;
    // A rank of the armed forces or the police before a given and a family name is no word of the name (General Carlos Yáñez).
    while (runEnd - start > 2 && RANK_KEYS.has(tokens[start]!.key)) start++;
    // So is an academic title before a given and a family name (Professor Imogen Tallisker): a
    // draft names her Imogen Tallisker, or Professor Tallisker, which her short name gives.
    while (runEnd - start > 2 && ACADEMIC_TITLES.has(tokens[start]!.key)) start++;
    // A possessive and title words before the name (Scotland's Transport Minister Alan Gray,
    // Queensland Premier Rebecca Thornton, Regional Council Mayor Julie Ferris) are not the name either.
    for (let k = runEnd - 2; k >= start; k--) {
      const title = k > start || !NAME_HONORIFICS.has(tokens[k]!.key) ? titleAt(tokens, k) : undefined;
      if (title && title.end < runEnd) {
        start = Math.max(start, title.end);
        break;
      }
      const headEnd = englishHeadEnd(tokens, k);
      if (headEnd > k && headEnd < runEnd - 1) {
        start = Math.max(start, headEnd);
        break;
      }
      if (k > start && (/'s$/.test(ctx.word(k)) || (EN_NOT_NAME.has(tokens[k]!.key) && !NAME_HONORIFICS.has(tokens[k]!.key)))) {
        start = k + 1;
        break;
      }
    }
    const words = [];
    for (let k = start; k < runEnd; k++) words.push(tokens[k]!.key);
    // A place word opening the run (South Coast Water, North Wales Police) or a saint's abbreviation
    // inside it (Ottery St Mary) makes it a place's or a body's name, not a person's.
    // So does an abbreviation of the Crown's bodies (HMP Durham, HM Inspectorate of Prisons).
    const placeWord = (EN_PLACE_OPENERS.has(tokens[i]!.key) && start > i) || words.slice(1).some((w) => w === 'st' || w === 'saint') || EN_BODY_OPENERS.has(tokens[i]!.key);
    // A run of a party's words alone (a Liberal Democrat who …) names a party's member, not a person.
    const bad = words.every((w) => PARTY_WORDS.has(w)) || words.some((w, j) => (EN_NOT_NAME.has(w) && !(j === 0 && NAME_HONORIFICS.has(w))) || (w.length < 2 && !(j > 0 && j < words.length - 1 && isInitial(ctx, start + j))) || nationalityOf(tokens[start + j]));
    const lexicon = ctx.lexiconMentionAt(start) || ctx.lexiconMentionAt(runEnd - 1);
    const length = runEnd - start;
    const honorificOnly = NAME_HONORIFICS.has(words[0] ?? '') && length < 2;
    const body = ctx.orgAt.has(start) || ctx.orgAt.has(runEnd - 1) || bodies.has(start) || startsOrganisation(ctx, words);
    // A run right after a person's name and "of" (Governor Ben Evardone of Davao Oriental, Owen Pugh
    // of South Wales Police) is where or what the person serves: a place or a body, never a person.
    const ofPerson = start === i && tokens[start - 1]?.key === 'of' && out.at(-1)?.tokenEnd === start - 1 && tokens[start - 2]!.clause === tokens[start]!.clause;
    const portfolio = portfolioAfterTitle(ctx, start);
    if (!bad && !lexicon && !body && !placeWord && !ofPerson && !afterDefiniteArticle(ctx, start, runEnd) && !memberTitleAfter(ctx, runEnd) && !placeLike(ctx, words, start, i) && !portfolio && !bodyBeforeTitle(ctx, runEnd) && !opensListedBody(ctx, start, runEnd) && !partyBeforeTitle(ctx, start, runEnd) && length >= 2 && length <= 4 && !honorificOnly && !/'s$/.test(ctx.word(runEnd - 1))) out.push({ tokenStart: start, tokenEnd: runEnd, prefix: 0 });
    // A title's place or portfolio and the holder's name in one run (the Mayor of Thornby Ruth Okafor): the name from its given name on.
    else if (portfolio && start === i) {
      const given = nameAfterPortfolio(ctx, start, runEnd);
      if (given >= 0) out.push({ tokenStart: given, tokenEnd: runEnd, prefix: 0 });
    }
    i = runEnd - 1;
  }
  return out;
}

/**
 * Whether the name a capitalised run keeps from token `start` follows "the" in its clause (in the
 * run or before it), with no honorific opening it: "the Liberal Democrats", "the Scottish Greens", "the City Chambers" name a
 * party, a group or a building. English puts no article before a person's name, only before an
 * honorific or a title ("the Reverend Iain Munro", "the Prime Minister"), which the run then opens.
 */
function afterDefiniteArticle(ctx: DrawContext, start: number, end: number): boolean {
  const before = ctx.tokens[start - 1];
  const first = ctx.tokens[start];
  if (!before || !first || end <= start || before.clause !== first.clause || before.key !== 'the') return false;
  if (NAME_HONORIFICS.has(first.key) || STYLES_AFTER_THE.has(first.key)) return false;
  // Only a plural or a party's word ends such a run: "the Frenchman Kylian Mbappe" is a person after a word that describes him.
  const last = ctx.tokens[end - 1]!.key;
  return last.endsWith('s') || PARTY_WORDS.has(last);
}

/**
 * Whether the capitalised run ending before token `end` is the body of a lower-case title that
 * its holder's name follows: "Plaid Cymru leader Rhodri Pugh", "Acme Foods spokesman Ian Low".
 * English writes no person's name right before a lower-case title and another capitalised name in
 * one clause; a person's title after the name stands after a comma (Rhodri Pugh, the party leader).
 */
function bodyBeforeTitle(ctx: DrawContext, end: number): boolean {
  const tokens = ctx.tokens;
  const first = tokens[end];
  if (!first || first.clause !== tokens[end - 1]!.clause || !/^\p{Ll}/u.test(ctx.word(end)) || !/^\s+$/.test(ctx.gap(end - 1, end))) return false;
  const title = titleAt(tokens, end);
  if (!title) return false;
  const holder = tokens[title.end];
  const next = tokens[title.end + 1];
  if (!holder || !next || holder.clause !== first.clause || next.clause !== first.clause || holder.script !== 'latin') return false;
  return isCapitalised(ctx, title.end) && isCapitalised(ctx, title.end + 1);
}

/**
 * Whether the capitalised run [start, end) opens a body's name that lists its remits with commas
 * and "and" before its head noun: "the Harbour Net Zero, Energy and Transport Committee", "the
 * Senedd Economy, Trade and Rural Affairs Committee". After the run's comma come only capitalised
 * words and commas, then "and", then capitalised words ending in an organisation's head noun, all
 * in the run's sentence: a list of people never ends in a body's head. A run opening with a known
 * given name stays a name.
 */
function opensListedBody(ctx: DrawContext, start: number, end: number): boolean {
  const tokens = ctx.tokens;
  if (givenNameGender(tokens[start]?.key ?? '') || !/^,\s*$/.test(ctx.gap(end - 1, end))) return false;
  let joined = false;
  for (let k = end; k < tokens.length && k - end < 10 && tokens[k]!.sentence === tokens[start]!.sentence; k++) {
    if (tokens[k]!.key === 'and' && ctx.word(k) === 'and') {
      if (joined || k === end) return false;
      joined = true;
      continue;
    }
    if (tokens[k]!.script !== 'latin' || !isCapitalised(ctx, k)) return false;
    if (joined && EN_ORG_HEADS[tokens[k]!.key] && !/^\s*[A-Z]/.test(ctx.article.slice(tokens[k]!.oEnd, tokens[k]!.oEnd + 2))) return true;
    if (!/^(?: |,\s*)$/.test(ctx.gap(k, k + 1))) return false;
  }
  return false;
}

/** Styles English writes after "the" before a name: the Reverend, the Rev, the Honourable, the Right Honourable. */
const STYLES_AFTER_THE = new Set(['reverend', 'rev', 'revd', 'very', 'most', 'right', 'honourable', 'honorable', 'hon']);

/** Roles whose title takes a portfolio after "for" or "of" (Minister for Rural Affairs, Secretary of State for Wales). */
const PORTFOLIO_ROLES = new Set(['minister', 'secretary']);

/**
 * Whether the capitalised run at token `start` is a title's portfolio or body, not a name: right
 * after "for" or "of" that ends a minister's or a secretary's title (the Cabinet Secretary for
 * Climate Change, Gareth Howells), or after "of" that ends any title (the health spokesperson of
 * Plaid Cymru). A spokesman for a person names that person, and stays a name; so does a run that
 * opens with a known given name.
 */
function portfolioAfterTitle(ctx: DrawContext, start: number): boolean {
  const tokens = ctx.tokens;
  // "of the" after any title names its body (the chairwoman of the Tamsk Kolvey Ostrander): English puts no article before a person's name.
  const ofThe = tokens[start - 1]?.key === 'the' && tokens[start - 2]?.key === 'of';
  const linker = tokens[ofThe ? start - 2 : start - 1];
  if (!linker || !['for', 'of'].includes(linker.key) || linker.clause !== tokens[start]!.clause || givenNameGender(tokens[start]!.key)) return false;
  for (let k = linker.index - 1; k >= 0 && linker.index - k <= 3; k--) {
    const title = titleAt(tokens, k);
    // "of" right after any title names the title's body (the health spokesperson of Plaid Cymru); "for" names a person after most titles (a spokesman for Jane Cole).
    if (title && title.end === linker.index) return ofThe || linker.key === 'of' || PORTFOLIO_ROLES.has(title.entry.role);
  }
  return false;
}

/**
 * The first token of a person's name at the end of a capitalised run that a title's "of" or "for"
 * opens (the Mayor of Thornby Ruth Okafor, the Minister for Rural Affairs Alan Gray): a known given
 * name after the run's first word, with one or two capitalised words after it and no lexicon's
 * name, place or body among them; -1 when there is none.
 */
function nameAfterPortfolio(ctx: DrawContext, start: number, end: number): number {
  for (let k = start + 1; k < end - 1; k++) {
    if (!givenNameGender(ctx.tokens[k]!.key)) continue;
    if (end - k > 3 || ctx.lexiconMentionAt(k) || ctx.lexiconMentionAt(end - 1) || ctx.orgAt.has(k) || ctx.placeAt.has(k)) return -1;
    return k;
  }
  return -1;
}

/**
 * Whether a capitalised run names a place rather than a person: a place word ends it (Hamilton
 * Island, Burdekin Shire) or opens it (Mount Isa), or it follows a preposition of place (towards
 * Charters Towers) and opens with neither a known given name nor an honorific.
 */
function placeLike(ctx: DrawContext, words: string[], start: number, runStart: number): boolean {
  if (EN_PLACE_TAILS.has(words.at(-1) ?? '') || EN_PLACE_OPENERS.has(words[0] ?? '')) return true;
  // A park is a place after a word no given name is (Bardia National Park, Hyde Park; not Nick Park).
  if (words.length >= 2 && words.at(-1) === 'park' && !givenNameGender(words[0] ?? '')) return true;
  const before = ctx.tokens[start - 1];
  // "the River Tawe": River opens a river's name after a lower-case "the" (River Phoenix, a person, has none).
  if (words[0] === 'river' && before?.key === 'the' && before.sentence === ctx.tokens[start]!.sentence && ctx.word(start - 1) === 'the') return true;
  if (start !== runStart || !before || before.sentence !== ctx.tokens[start]!.sentence || !EN_PLACE_PREPOSITIONS.has(before.key)) return false;
  return !NAME_HONORIFICS.has(words[0] ?? '') && !givenNameGender(words[0] ?? '');
}

/** Whether words begin the name of a drawn organisation (Caledonian Ferries of the Caledonian Ferries Group): a body, not a person. */
function startsOrganisation(ctx: DrawContext, words: string[]): boolean {
  return ctx.out.organisations.some((organisation) =>
    Object.values(organisation.names as Record<string, string[]>).some((names) =>
      names.some((name) => {
        const keys = nameKeys(name);
        return keys.length >= words.length && words.every((word, j) => keys[j] === word);
      }),
    ),
  );
}

/**
 * The person's gender from cues around the name: feminine titles and verbs, pronouns. A cue before
 * the name must be in its sentence, one after it in its sentence or the next; none is read across
 * another person's name (… wrote to Sunak that he …).
 */
function genderAt(ctx: DrawContext, span: { tokenStart: number; tokenEnd: number }): 'm' | 'f' | undefined {
  const tokens = ctx.tokens;
  const sentence = tokens[span.tokenStart]!.sentence;
  const self = ctx.personAt[span.tokenStart];
  const other = (k: number) => ctx.personAt[k] !== -1 && ctx.personAt[k] !== self;
  let from = span.tokenStart;
  while (from > 0 && span.tokenStart - from < 6 && !other(from - 1) && tokens[from - 1]!.sentence === sentence) from--;
  let to = span.tokenEnd;
  while (to < tokens.length && to - span.tokenEnd < 10 && !other(to) && tokens[to]!.sentence - sentence <= 1) to++;
  const window: number[] = [];
  for (let k = from; k < to; k++) if (k < span.tokenStart || k >= span.tokenEnd) window.push(k);
  // Nearest cue first.
  window.sort((a, b) => Math.abs(a - span.tokenStart) - Math.abs(b - span.tokenStart));
  for (const k of window) {
    const token = tokens[k]!;
    if (token.quote !== -1) continue;
    const forms = stemsOf(token);
    if (forms.some((f) => FEMININE.has(f))) return 'f';
    if (forms.some((f) => MASCULINE.has(f))) return 'm';
    const title = titleAt(tokens, k);
    // Arabic titles agree with their holder (وزيرة، المديرة); English ones do not.
    if (title && title.entry.ar && k < span.tokenStart && span.tokenStart - title.end <= 6) return title.entry.feminine ? 'f' : 'm';
  }
  return undefined;
}

/**
 * The gender a name gives by itself: an honorific in it (Lord, Mrs, الشيخة, الأمير), else its first
 * given name in the given-names lexicon (أبو and أم of a kunya included).
 */
function genderOfName(words: string[]): 'm' | 'f' | undefined {
  for (const word of words) {
    const folded = key(word);
    if (FEMININE.has(folded)) return 'f';
    if (MASCULINE.has(folded)) return 'm';
  }
  const first = words.find((word) => !NAME_HONORIFICS.has(key(word)));
  return first ? givenNameGender(first) : undefined;
}

/** Draws the people of the article into `ctx.out.people` and `ctx.people`. */
export function drawPeople(ctx: DrawContext): void {
  const things: NamedThingSpan[] = [];
  const spans = ctx.lang === 'ar' ? arabicNames(ctx) : englishNames(ctx, things);
  drawNamedThings(ctx, things);
  const byName = new Map<string, number>();
  for (const span of spans) {
    const keys: string[] = [];
    for (let k = span.tokenStart; k < span.tokenEnd; k++) keys.push(k === span.tokenStart ? ctx.tokens[k]!.key.slice(span.prefix) : ctx.tokens[k]!.key);
    const joined = keys.join(' ');
    const startOffset = ctx.tokens[span.tokenStart]!.oStart + span.prefix;
    const text = ctx.article.slice(startOffset, ctx.tokens[span.tokenEnd - 1]!.oEnd);
    const evidence: DrawnEvidence = ctx.evidence(startOffset, ctx.tokens[span.tokenEnd - 1]!.oEnd);
    // The same name again, or a longer name that ends with a known one.
    const existing = byName.get(joined) ?? [...byName.entries()].find(([name]) => name.endsWith(' ' + joined) || joined.endsWith(' ' + name))?.[1];
    if (existing !== undefined) {
      const person = ctx.people[existing]!;
      person.spans.push(span);
      if (person.fact.evidence.length < 3 && !person.fact.evidence.some((e) => e.start === evidence.start)) person.fact.evidence.push(evidence);
      continue;
    }
    byName.set(joined, ctx.people.length);
    ctx.people.push({ fact: { id: '', evidence: [evidence], names: {} }, keys, spans: [span] });
    (ctx.people.at(-1)!.fact as Record<string, unknown>).text = text;
  }
  // Every name's tokens first, so that a cue of gender is not read across another person's name.
  ctx.people.forEach((person, index) => {
    for (const span of person.spans) for (let k = span.tokenStart; k < span.tokenEnd; k++) ctx.personAt[k] = index;
  });
  for (const person of ctx.people) finishPerson(ctx, person);
  markShortForms(ctx);
}

function finishPerson(ctx: DrawContext, person: DrawContext['people'][number]): void {
  const fact = person.fact as Record<string, unknown> & { evidence: DrawnEvidence[] };
  const text = fact.text as string;
  delete fact.text;
  const reasons: string[] = [];
  const words = text.split(/\s+/);
  const familyIndex = words.length - 1;
  const family = words[familyIndex]!;
  const honorific = NAME_HONORIFICS.has(key(words[0]!));
  if (ctx.lang === 'ar') {
    // A foreign name written in Arabic letters goes back to its Latin spelling (كارولين هولت → Caroline Holt).
    const foreign = !honorific && isForeignArabicName(words);
    const english = transliterateName(text);
    const spellings = foreign ? [...new Set([...westernNameForms(words), ...english.spellings])].slice(0, 48) : english.spellings;
    // A foreign name's other Arabic spellings (بيرغ, بيرج) are its own too.
    fact.names = { ar: foreign ? [text, ...foreignArabicVariants(words)] : [text], en: spellings };
    if (!english.known) fact.transliterated = true;
    if (!english.known) reasons.push('English spellings were transliterated by rule; keep the ones writers use');
    const shortEn = [...new Set([...(foreign ? westernNameForms([family]) : []), ...transliterateName(family).spellings])].slice(0, 12);
    // The name without its middle (father's) name names the person too (Khalid al-Harthy): a
    // short form, so that a draft's other middle name is no misspelling of it.
    const shorter = honorific || foreign ? undefined : withoutMiddleName(words);
    const shorterEn = shorter ? transliterateName(shorter, 12).spellings : [];
    if (words.length >= 2 && !honorific) fact.short = { ar: shorter ? [shorter, family] : [family, ...(foreign ? foreignArabicVariants([family]) : [])], en: [...shorterEn, ...shortEn] };
    else if (honorific && words.length >= 2) fact.short = { ar: [words.slice(1).join(' ')] };
  } else {
    // A middle initial (Karen J. Whitfield) is often left out by writers, and never written in Arabic.
    const initial = (w: string) => /^\p{Lu}\.$/u.test(w);
    const bare = words.filter((w) => !NAME_HONORIFICS.has(key(w)) && !initial(w));
    // Arabic forms for Arabic drafts of the story: the tables' given names, the rest spelt by rule.
    const arabic = arabicNameForms(bare.join(' '));
    fact.names = { en: words.some(initial) ? [text, words.filter((w) => !initial(w)).join(' ')] : [text], ar: arabic.spellings };
    if (!arabic.known) {
      fact.transliterated = 'ar';
      reasons.push('Arabic spellings were transliterated by rule; keep the ones writers use');
    }
    // An Arabic name in Latin letters is a guess in Arabic letters even when the tables know each
    // word: Hassan is حسن or حسان, a family name Ali is علي or العلي. Its Arabic forms are marked as
    // spelt by rule, so that a draft's other Arabic spelling of it is no misspelling.
    else if (isArabicName(bare.join(' '))) fact.transliterated = 'ar';
    // A family name with the Arabic article is also written without it (al-Otaibi, Otaibi).
    const withoutArticle = /^(?:al|el)-\p{Lu}/u.test(family) ? [family.slice(3)] : [];
    if (words.length >= 2) fact.short = { en: honorific ? [words.join(' ')] : [family, ...withoutArticle], ...(bare.length >= 2 ? { ar: arabicNameForms(bare.at(-1)!, 12, isArabicName(bare.join(' '))).spellings } : {}) };
    if (honorific && bare.length >= 1) fact.short = { en: [bare.join(' ')] };
  }
  person.shortKey = key(family);
  const genders = person.spans.map((span) => genderAt(ctx, span)).filter(Boolean);
  const gender = genders.includes('f') && !genders.includes('m') ? 'f' : genders.includes('m') && !genders.includes('f') ? 'm' : undefined;
  const fromName = genderOfName(words);
  if (gender ?? fromName) fact.gender = gender ?? fromName;
  else {
    delete fact.gender;
    reasons.push(genders.length ? 'the article gives mixed cues of gender' : 'no title, verb, pronoun or given name gives the gender');
  }
  const guessed = person.spans.map((span) => (span as NameSpan).unsure).filter(Boolean);
  if (guessed.length > 0 && guessed.length === person.spans.filter((span) => span.tokenEnd - span.tokenStart >= 2).length) reasons.push(guessed[0]!);
  fact.id = ctx.id(ctx.lang === 'ar' ? (((fact.names as { en: string[] }).en[0] ?? 'person').split(' ').pop() ?? 'person') : family, true);
  if (reasons.length > 0) fact.review = { unsure: true, reason: reasons.join('; ') };
  for (const span of person.spans) for (let k = span.tokenStart; k < span.tokenEnd; k++) ctx.personAt[k] = ctx.people.indexOf(person);
}

/** Marks lone family names (السويدي, Sunak) as mentions of the person they belong to. */
function markShortForms(ctx: DrawContext): void {
  const byFamily = new Map<string, number[]>();
  ctx.people.forEach((person, index) => {
    if (person.keys.length >= 2 && person.shortKey) byFamily.set(person.shortKey, [...(byFamily.get(person.shortKey) ?? []), index]);
  });
  ctx.tokens.forEach((token, i) => {
    if (ctx.personAt[i] !== -1 || token.quote !== -1) return;
    for (const stem of stemsOf(token)) {
      const owners = byFamily.get(stem);
      if (owners?.length === 1) {
        ctx.personAt[i] = owners[0]!;
        ctx.people[owners[0]!]!.spans.push({ tokenStart: i, tokenEnd: i + 1 });
        return;
      }
    }
  });
  if (ctx.lang === 'en') markGivenNamesAlone(ctx);
}

/**
 * Marks a lone given name beside a speech verb ("…," Tesfaye said; said Tesfaye) as a mention of
 * the one person whose full name opens with it, and keeps it as a short form: the press names
 * some people by their first name (Ethiopians, Icelanders, Indonesians), and then so do drafts.
 * The speech verb keeps a common word that is also a given name (Grace Hospital) out.
 */
function markGivenNamesAlone(ctx: DrawContext): void {
  const byGiven = new Map<string, number[]>();
  ctx.people.forEach((person, index) => {
    const given = person.keys.find((word) => !NAME_HONORIFICS.has(word));
    if (person.keys.length >= 2 && given && given !== person.shortKey) byGiven.set(given, [...(byGiven.get(given) ?? []), index]);
  });
  if (byGiven.size === 0) return;
  ctx.tokens.forEach((token, i) => {
    const owners = byGiven.get(token.key);
    if (owners?.length !== 1 || ctx.personAt[i] !== -1 || token.quote !== -1 || token.script !== 'latin' || !isCapitalised(ctx, i)) return;
    const beside = [ctx.tokens[i - 1], ctx.tokens[i + 1]].some((other) => other && other.sentence === token.sentence && other.quote === -1 && isSpeech(other));
    if (!beside || ctx.personAt[i + 1] !== -1 || (i > 0 && ctx.personAt[i - 1] !== -1)) return;
    const person = ctx.people[owners[0]!]!;
    ctx.personAt[i] = owners[0]!;
    person.spans.push({ tokenStart: i, tokenEnd: i + 1 });
    const short = ((person.fact as Record<string, unknown>).short ??= {}) as { en?: string[] };
    const word = ctx.word(i);
    if (!(short.en ?? []).includes(word)) short.en = [...(short.en ?? []), word];
  });
}
