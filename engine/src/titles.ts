/**
 * Finds titles in a draft (وزير الدفاع العراقي, المتحدث باسم وزارة الخارجية, US Ambassador to
 * Iraq, Asa'ib Ahl al-Haq leader …) and ties them to the person they describe, before the name
 * (apposition) or after it (", head of …"). A title has a head (what kind of post), a specifier
 * (portfolio, organisation, committee) and an optional nationality.
 */
import { perDraft } from './memo';
import { agePhrases } from './extract/ages';
import { COMPASS_POINTS } from './lexicon/directions';
import type { Analysis, Token } from './analysis';
import { nameKeys, tokenStems, type KnowledgeIndex, type Stem } from './knowledge';
import { mentionAt, mentions, type Mention } from './mentions';
import { ACTING_AFTER, ACTING_CHARGE, CONSTITUENCY_PREPOSITIONS, CONSTITUENCY_WORDS, COUNTRY_PLACE, DEPUTY_OF_FAMILIES, DEPUTY_WORDS, FORMER, HEADING_VERBS, NATION_ADJECTIVES, NATIONALITIES, PARLIAMENT_WORDS, PAST_TITLE_WORDS, PRESENT_TITLE_WORDS, TITLE_HEADS, TITLE_SCOPE_WORDS, type RoleFamily, type TitleHead } from './lexicon/words';
import { HONORIFICS, NAME_HONORIFICS } from './lexicon/honorifics';
import { PARTY_SIDE } from './lexicon/parties';
import { BELONGING_WORDS, PARENT_WORDS } from './lexicon/ties';
import { EN_OPENERS, NOT_NAMES } from './lexicon/functionWords';
import { MONTH_NAMES, WEEKDAYS } from './lexicon/months';
import { SPEECH_VERBS } from './lexicon/speech';
// Given names: the engine's list and the given names of the transliteration table, so that an
// unknown name after a title (وزير الإسكان شريف …) is read as one.
import { FILIATION_WORDS, KNOWN_GIVEN_NAMES } from './lexicon/givenNames';
import { ARABIC_ORGANISATION_HEADS, ENGLISH_ORGANISATION_HEADS, GOVERNMENT_NOUNS, ORGANISATION_REFERENCES } from './lexicon/organisations';

/** A title found in the draft. */
export interface Title {
  head: TitleHead;
  family: RoleFamily;
  /** Tokens of the head words. */
  headStart: number;
  headEnd: number;
  /** Tokens of the specifier (may be empty). */
  specStart: number;
  specEnd: number;
  /** The whole title's token range. */
  start: number;
  end: number;
  /** A nationality written with the title. */
  nationality?: {
    country: string;
    /** The first token of the nationality word, or of the country's name. */
    token: number;
    /** The end of a country's name of several words (exclusive), when it is one. */
    tokenEnd?: number;
    /** Whether the title names the country ("Morocco's minister") rather than its nationality. */
    byName?: boolean;
  };
  /** Organisation mentions inside the specifier. */
  organisations: Mention[];
  /**
   * A known organisation after a preposition of place right after a staff, member's or director's
   * title ("director of operations at X", «مديرة العمليات في X»): where the title is held, compared
   * when nothing else in the title was found wrong.
   */
  locative?: Mention;
  /** Whether a word like "former" or السابق goes with it. */
  former: boolean;
  /**
   * Whether words of acting office go with it («وزيرة المالية بالوكالة», «القائمة بأعمال وزير
   * المالية»): they are part of the title and no part of its specifier.
   */
  acting?: boolean;
  /**
   * The first token of a conjunct portfolio of an Arabic minister's title (وزير التجهيز *والماء*,
   * وزيرة الاقتصاد *والمالية*), when it has one.
   */
  conjunctStart?: number;
  /**
   * A reference to an organisation in place of its name ("the firm's", "its", «الشركة»): its
   * tokens and its noun (folded, Arabic without the article; "its" for the pronoun, "ها" for the
   * Arabic pronoun written on the head: «رئيسها»).
   */
  reference?: { tokenStart: number; tokenEnd: number; noun: string };
  lang: 'ar' | 'en';
}

const NATIONALITY_BY_KEY = new Map<string, string>();
for (const [country, forms] of Object.entries(NATIONALITIES)) {
  for (const form of [forms.ar.m, forms.ar.f, ...forms.ar.other, ...forms.en]) {
    for (const key of nameKeys(form)) NATIONALITY_BY_KEY.set(key, country);
    NATIONALITY_BY_KEY.set(nameKeys(form).join(''), country);
  }
}

/**
 * The country of a nationality word (folded key), if it is one: read once per word and remembered
 * on the word's own stem, as the title and place checks ask it of most words of every draft.
 */
export function nationalityOf(token: Token | undefined): string | undefined {
  if (!token) return undefined;
  const stems = tokenStems(token);
  const own = stems[0]!;
  if (own.nationality === undefined) own.nationality = nationalityOfStems(token.key, stems) ?? null;
  return own.nationality ?? undefined;
}

/** The country of a word by its key, or else by one of its stems of four letters or more. */
function nationalityOfStems(key: string, stems: readonly Stem[]): string | undefined {
  const direct = NATIONALITY_BY_KEY.get(key);
  if (direct) return direct;
  for (const { stem } of stems) {
    const country = NATIONALITY_BY_KEY.get(stem);
    if (country && stem.length >= 4) return country;
  }
  return undefined;
}

const FORMER_KEYS = new Set(FORMER);
/** Title heads read only in capitals: MS (Ms is a courtesy) and TD. */
const CAPITALS_ONLY: ReadonlySet<string> = new Set(['ms', 'td']);
const PARLIAMENT = new Set(PARLIAMENT_WORDS);
const HEADS_BY_FIRST = new Map<string, TitleHead[]>();
for (const head of TITLE_HEADS) {
  const list = HEADS_BY_FIRST.get(head.words[0]!) ?? [];
  list.push(head);
  HEADS_BY_FIRST.set(head.words[0]!, list);
}
for (const list of HEADS_BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** The heads of a word that starts none (most words): one list, not one made per word. */
const NO_HEADS: readonly TitleHead[] = [];

/** Filler words inside or between titles. */
/**
 * The adjectives of the nations of the United Kingdom (folded: الاسكتلندية, ويلزي, Scottish): like
 * a nationality, one between a title and a name («وزيرة النقل الاسكتلندية فلانة») leaves the title
 * the name's.
 */
const NATION_ADJECTIVE_KEYS: ReadonlySet<string> = new Set(
  Object.values(NATION_ADJECTIVES).flatMap((forms) => [forms.ar.m, forms.ar.f, ...forms.ar.other, ...forms.en].flatMap((form) => nameKeys(form))),
);

export const FILLER = new Set(['political', 'السياسي', 'ال', 'في', 'لدي', 'of', 'the', 'a', 'an', 'and', 'for', 'to', 'in', 'who', 'which', 'و', 'ل', 'ب', 's', 'its', 'his', 'her', 'is', 'was', 'also', 'ايضا', 'الذي', 'التي', 'هو', 'هي']);

/** Words that end an Arabic title: speech verbs and function words. */
const STOP = new Set([...SPEECH_VERBS, ...NOT_NAMES].filter((word) => word.length > 1));

/** Speech verbs (folded). */
const SPEECH = new Set(SPEECH_VERBS);

/**
 * Words of an Arabic minister's title that take one more word after them: وزير الدولة للشؤون
 * الخارجية, وزير الدولة لشؤون الدفاع, وزير الشؤون الاجتماعية (folded).
 */
const COMPOUND_PORTFOLIO = new Set(['الدوله', 'دوله', 'الشوون', 'للشوون', 'لشوون', 'شوون']);

/** «بصفته» and its forms ("in his capacity as"), which put a title after a name (folded). */
const CAPACITY: ReadonlySet<string> = new Set(['بصفته', 'بصفتها', 'بصفتهم', 'بصفتهما'].map((word) => nameKeys(word)[0]!));

/** Families of Arabic titles whose organisation may follow في (المسؤول في وزارة الصحة, عضو في اللجنة). */
const IN_ORGANISATION_FAMILIES = new Set<RoleFamily>(['staff', 'member', 'director']);

/** Words that bound a post in time when they follow its title (folded). */
const UNTIL = new Set(['until', 'till', 'حتي', 'لغايه']);

/** Families whose English title may take a lower-case portfolio word before the head (a country representative too). */
const LOWER_PORTFOLIO_FAMILIES = new Set<RoleFamily>(['minister', 'spokesperson', 'commissioner', 'staff', 'director', 'representative']);

/** English words that are no portfolio before a head ("the new minister", "said minister"). */
const STOP_EN = new Set(['new', 'acting', 'said', 'says', 'told', 'prime', 'deputy', 'junior', 'senior', 'cabinet', 'chief', 'former', 'current', 'interim', 'as', 'by', 'with']);

/** English nouns that name a kind of body, which may follow lower-case words. */
const KIND_NOUNS = new Set(['committee', 'caucus', 'bloc', 'ministry', 'department', 'movement', 'party', 'alliance', 'office', 'council', 'coalition', 'force', 'forces', 'brigades', 'group']);


/** Every title in the draft, in order. */
export const titles = perDraft(computeTitles);

function computeTitles(analysis: Analysis, knowledge: KnowledgeIndex): Title[] {
  const tokens = analysis.tokens;
  const all = mentions(analysis, knowledge);
  const personAt = new Int32Array(tokens.length).fill(-1);
  const orgAt = new Int32Array(tokens.length).fill(-1);
  all.forEach((mention, index) => {
    for (let k = mention.tokenStart; k < mention.tokenEnd; k++) {
      if (mention.kind === 'person') personAt[k] = index;
      else if (mention.kind === 'organisation' || mention.kind === 'group') orgAt[k] = index;
    }
  });
  const scan: TitleScan = { analysis, knowledge, tokens, all, personAt, orgAt };
  const out: Title[] = [];
  // The first token of «القائم بأعمال» right before the head at `chargeEnd`, when it stands there.
  let chargeStart = -1;
  let chargeEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (personAt[i] !== -1) continue;
    const direct = headAt(tokens, i);
    const pronoun = direct ? undefined : pronounHeadAt(tokens, i);
    const found = direct ?? pronoun?.head;
    if (!found) continue;
    // «القائمة بأعمال» before another head is that post held in acting: «القائمة بأعمال وزير
    // المالية» is the acting finance minister, not a chargé d'affaires.
    if (found.family === 'charge' && ACTING_CHARGE.has(found.words[0]!) && chargedHead(tokens, i + found.words.length)) {
      chargeStart = i;
      chargeEnd = i + found.words.length;
      i = chargeEnd - 1;
      continue;
    }
    // MS is a Member of the Senedd only in capitals (Ms before a name is a courtesy), and TD a
    // member of the Dáil.
    if (found.words.length === 1 && CAPITALS_ONLY.has(found.words[0]!) && analysis.text.slice(token.oStart, token.oEnd) !== found.words[0]!.toUpperCase()) continue;
    const headEnd = i + found.words.length;
    // A deputy's word right before a head the table lists alone: نائبة الكاتب العام.
    const deputy = deputyBefore(tokens, i, found);
    const head = deputy ?? found;
    if (deputy) i--;
    const title: Title = {
      head,
      family: head.family,
      headStart: i,
      headEnd,
      specStart: headEnd,
      specEnd: headEnd,
      start: i,
      end: headEnd,
      organisations: [],
      former: false,
      lang: head.lang,
    };
    if (chargeEnd === i) {
      title.start = chargeStart;
      title.acting = true;
    }
    if (head.lang === 'ar') {
      readArabicSpecifier(scan, title);
      shadowAfter(tokens, title);
      actingAfter(tokens, title);
    } else if (possessiveHead(analysis, tokens, headEnd) || !readEnglishSpecifier(scan, title)) continue;
    else {
      if (!deputy) deputyBeforePortfolio(tokens, title);
      shadowBefore(tokens, title);
    }
    readLocativeOrganisation(scan, title);
    // A plural head is a title only right before a name ("Ministers A and B"), not a noun of the
    // sentence ("Judges in Scotland ruled").
    if (head.plural && (title.end >= tokens.length || personAt[title.end] === -1)) continue;
    // A verb of heading is a post only when what it heads is an organisation: «الذي يرأس هيئة
    // الميناء», not «الذي يقود عمليات الإنقاذ» nor "who leads the agency's recovery effort".
    if (head.words.length === 1 && HEADING_VERBS.has(head.words[0]!) && !headsAnOrganisation(scan, title)) continue;
    if (pronoun && title.organisations.length === 0) title.reference = { tokenStart: pronoun.token, tokenEnd: pronoun.token + 1, noun: 'ها' };
    for (let k = Math.max(0, title.start - 2); k < Math.min(tokens.length, title.end + 2); k++) {
      if (tokens[k]!.sentence === token.sentence && (FORMER_KEYS.has(tokens[k]!.key) || tokenStems(tokens[k]!).some((s) => FORMER_KEYS.has(s.stem)))) title.former = true;
    }
    // A title held until a time is a past one: "foreign secretary until Monday", وزير الدولة حتى عام 2021.
    if (tokens[title.end] && tokens[title.end]!.sentence === token.sentence && UNTIL.has(tokens[title.end]!.key)) title.former = true;
    if (!title.former && title.nationality && title.lang === 'ar') title.former = formerAfterPortfolio(scan, title);
    out.push(title);
    i = Math.max(i, headEnd - 1);
  }
  return out;
}

/**
 * Whether an English head ends in a possessive ("X, the prime minister's spokesman", "the mayor's
 * deputy"): it names whose the next title is, another person's post, never the name's own.
 */
function possessiveHead(analysis: Analysis, tokens: Token[], headEnd: number): boolean {
  const last = tokens[headEnd - 1];
  return !!last && /^['’]s\b/.test(analysis.text.slice(last.oEnd, last.oEnd + 3));
}

/**
 * Whether the object of a verb of heading is an organisation: a known one (not followed by a
 * possessive: "the Port Authority's recovery effort" is the effort), a name built on a head word
 * of an organisation (هيئة, لجنة, Authority), a noun that refers to one (الوزارة, the firm), a
 * government, or in English a capitalised name that is no place.
 */
function headsAnOrganisation(scan: TitleScan, title: Title): boolean {
  const { tokens, all, orgAt, analysis } = scan;
  const possessed = (end: number) => /^['’]s\b/.test(analysis.text.slice(tokens[end - 1]!.oEnd, tokens[end - 1]!.oEnd + 3));
  let at = title.headEnd;
  if (tokens[at]?.key === 'the') at++;
  // A possessive before the object names whose it is: "the city's Finance Committee".
  const ownerEnd = orgAt[at] !== -1 && at < tokens.length ? all[orgAt[at]!]!.tokenEnd : at + 1;
  if (at < tokens.length && possessed(ownerEnd)) at = ownerEnd;
  const object = tokens[at];
  if (!object || object.sentence !== tokens[title.headStart]!.sentence) return false;
  if (orgAt[at] !== -1) return !possessed(all[orgAt[at]!]!.tokenEnd);
  const stems = tokenStems(object).map((s) => s.stem.replace(/^ال/, ''));
  if (stems.some((stem) => ARABIC_ORGANISATION_HEADS.has(stem) || ENGLISH_ORGANISATION_HEADS.has(stem) || ORGANISATION_REFERENCES.has(stem) || GOVERNMENT_NOUNS.has(stem))) return !possessed(at + 1);
  if (title.lang !== 'en' || !/^[A-Z]/.test(analysis.text.slice(object.oStart, object.oEnd))) return false;
  return !all.some((mention) => mention.kind === 'place' && mention.tokenStart <= at && mention.tokenEnd > at);
}

/**
 * Whether a word of the past ends the words that go on an Arabic title after its nationality, a
 * minister's compound portfolio (وزير الدولة البريطاني للشؤون البيئية سابقاً): up to four words
 * of the title's clause, none of them a name, a function word, a conjunction or another head.
 */
function formerAfterPortfolio(scan: TitleScan, title: Title): boolean {
  const { tokens, personAt } = scan;
  const last = tokens[title.end - 1]!;
  for (let k = title.end; k < Math.min(tokens.length, title.end + 4); k++) {
    const token = tokens[k]!;
    if (token.sentence !== last.sentence || token.clause !== last.clause || personAt[k] !== -1 || token.key === 'و') return false;
    const stems = tokenStems(token);
    if (stems.some((s) => FORMER_KEYS.has(s.stem))) return true;
    if (STOP.has(token.key) || stems.some((s) => STOP.has(s.stem) || HEADS_BY_FIRST.has(s.stem))) return false;
  }
  return false;
}

/** The tokens, mentions and per-token mention indexes titles are read with. */
interface TitleScan {
  analysis: Analysis;
  knowledge: KnowledgeIndex;
  tokens: Token[];
  all: Mention[];
  /** Person mention index per token, or -1. */
  personAt: Int32Array;
  /** Organisation or group mention index per token, or -1. */
  orgAt: Int32Array;
}

/**
 * The deputy's head made of the word before token `i` and the head found there (نائبة + الكاتب
 * العام), when that word is a deputy's, stands in the same sentence and is no title of its own.
 */
function deputyBefore(tokens: Token[], i: number, head: TitleHead): TitleHead | undefined {
  if (i === 0 || !DEPUTY_OF_FAMILIES.has(head.family)) return undefined;
  const before = tokens[i - 1]!;
  if (before.sentence !== tokens[i]!.sentence) return undefined;
  const word = tokenStems(before).find((s) => DEPUTY_KEYS.has(s.stem))?.stem;
  if (!word) return undefined;
  return { words: [word, ...head.words], family: 'deputy', lang: head.lang, linkers: head.linkers };
}

const DEPUTY_KEYS = new Set(DEPUTY_WORDS);

/** Whether another title's head starts at token `k`, in the sentence of the word before it. */
function chargedHead(tokens: Token[], k: number): boolean {
  const next = tokens[k];
  if (!next || next.sentence !== tokens[k - 1]!.sentence) return false;
  const head = headAt(tokens, k);
  return !!head && head.family !== 'charge';
}

/** Takes a word of acting office right after an Arabic title into it (وزيرة المالية بالوكالة): the title is an acting one. */
function actingAfter(tokens: Token[], title: Title): void {
  const next = tokens[title.end];
  if (!next || next.sentence !== tokens[title.headStart]!.sentence || !ACTING_AFTER.has(next.key)) return;
  title.end++;
  title.acting = true;
}

/**
 * «في حكومة الظل» ("in the shadow cabinet") right after an Arabic title is part of it (folded),
 * each word as a set of one: a look-up in a set, unlike `===` with a string literal, is not
 * compiled by V8 to a check that the other string is internalised (one-letter words are, most
 * words are not), which threw `computeTitles`, where this is inlined, away at the first other word.
 */
const SHADOW_CABINET = ['في', 'حكومه', 'الظل'].map((word) => new Set([word]));

/** Takes «في حكومة الظل» right after an Arabic title into it: rules/posts/shadowTitle.ts reads it. */
function shadowAfter(tokens: Token[], title: Title): void {
  const sentence = tokens[title.headStart]!.sentence;
  const fits = SHADOW_CABINET.every((word, k) => {
    const token = tokens[title.end + k];
    return !!token && token.sentence === sentence && (word.has(token.key) || tokenStems(token).some((s) => word.has(s.stem)));
  });
  if (fits) title.end += SHADOW_CABINET.length;
}

/**
 * "Shadow" or "opposition" right before an English title is part of it ("the shadow health
 * secretary", "the opposition leader"): the post checks read it (rules/posts/shadowTitle.ts).
 */
function shadowBefore(tokens: Token[], title: Title): void {
  const before = tokens[title.start - 1];
  const first = tokens[title.start]!;
  if (!before || (before.key !== 'shadow' && before.key !== 'opposition') || before.sentence !== first.sentence || before.clause !== first.clause) return;
  if (title.specStart === title.start) title.specStart--;
  title.start--;
}

/**
 * An English deputy's word before a portfolio before the head ("Deputy Health Minister", "the
 * deputy health minister"): the title becomes the deputy's, its head from the deputy's word on.
 */
function deputyBeforePortfolio(tokens: Token[], title: Title): void {
  if (!DEPUTY_OF_FAMILIES.has(title.family) || title.specStart >= title.specEnd || title.nationality) return;
  const first = tokens[title.specStart]!;
  const before = tokens[title.specStart - 1];
  const inSpec = DEPUTY_KEYS.has(first.key);
  const at = inSpec ? title.specStart : before && before.sentence === first.sentence && before.clause === first.clause && DEPUTY_KEYS.has(before.key) ? title.specStart - 1 : -1;
  if (at < 0) return;
  title.head = { ...title.head, words: [tokens[at]!.key, ...title.head.words], family: 'deputy' };
  title.family = 'deputy';
  if (inSpec) title.specStart++;
  title.headStart = at;
  title.start = Math.min(title.start, at);
}

/** The longest title head that starts at token `i`, if any. */
function headAt(tokens: Token[], i: number): TitleHead | undefined {
  const token = tokens[i]!;
  let head: TitleHead | undefined;
  for (const { stem } of tokenStems(token)) {
    for (const candidate of HEADS_BY_FIRST.get(stem) ?? NO_HEADS) {
      let ok = true;
      for (let k = 1; k < candidate.words.length; k++) {
        const next = tokens[i + k];
        if (!next || next.sentence !== token.sentence || !tokenStems(next).some((s) => s.stem === candidate.words[k])) ok = false;
      }
      if (ok && (!head || candidate.words.length > head.words.length)) head = candidate;
    }
    if (head) break;
  }
  return head;
}

/**
 * The stems of an Arabic word with the pronoun ها (its, of a feminine noun) at its end, as a head's
 * word would be written without it: رئيسها → رئيس and الرئيس, وزيرتها → وزيرة, باسمها → باسم.
 */
function withoutPronoun(token: Token): readonly string[] {
  if (token.script !== 'ar') return NO_WORDS;
  // Most words carry no such pronoun: nothing is made for them (every word of a draft is asked).
  let out: string[] | undefined;
  for (const { stem } of tokenStems(token)) {
    if (stem.length < 5 || !stem.endsWith('ها')) continue;
    const base = stem.slice(0, -2).replace(/ت$/, 'ه');
    (out ??= []).push(base, 'ال' + base);
  }
  return out ?? NO_WORDS;
}

const NO_WORDS: readonly string[] = [];

/**
 * An Arabic head written with the pronoun of an organisation named before it: «رئيسها»,
 * «رئيسها التنفيذي», «وزيرتها», «المتحدث باسمها». The pronoun is on the head's first word or on
 * its last; the token that carries it is returned with the head.
 */
function pronounHeadAt(tokens: Token[], i: number): { head: TitleHead; token: number } | undefined {
  const token = tokens[i]!;
  if (token.script !== 'ar') return undefined;
  let best: { head: TitleHead; token: number } | undefined;
  for (const form of withoutPronoun(token)) {
    for (const head of HEADS_BY_FIRST.get(form) ?? NO_HEADS) {
      if (head.lang === 'ar' && headWordsFollow(tokens, i, head, head.words.length) && (!best || head.words.length > best.head.words.length)) best = { head, token: i };
    }
  }
  for (const { stem } of tokenStems(token)) {
    const heads = HEADS_BY_FIRST.get(stem);
    if (!heads) continue;
    for (const head of heads) {
      const last = tokens[i + head.words.length - 1];
      if (head.lang !== 'ar' || head.words.length < 2 || !last || last.sentence !== token.sentence) continue;
      if (!headWordsFollow(tokens, i, head, head.words.length - 1) || !withoutPronoun(last).includes(head.words[head.words.length - 1]!)) continue;
      if (!best || head.words.length > best.head.words.length) best = { head, token: i + head.words.length - 1 };
    }
  }
  return best;
}

/** Whether the words of a head after its first, up to word `to`, follow token `i` in its sentence. */
function headWordsFollow(tokens: Token[], i: number, head: TitleHead, to: number): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = 1; k < to; k++) {
    const next = tokens[i + k];
    if (!next || next.sentence !== sentence || !tokenStems(next).some((s) => s.stem === head.words[k])) return false;
  }
  return true;
}

/**
 * Arabic: the specifier follows the head (portfolio, organisation, committee); stops at a person,
 * a clause break, a nationality (kept apart) or after five words.
 */
function readArabicSpecifier(scan: TitleScan, title: Title): void {
  const { tokens, all, personAt, orgAt } = scan;
  const i = title.headStart;
  const headEnd = title.headEnd;
  const head = title.head;
  const token = tokens[i]!;
  const sameSpan = (k: number) => tokens[k] && tokens[k].sentence === token.sentence;
    // The specifier follows: portfolio, organisation, committee; stop at a person, a clause
    // break, a nationality (kept apart) or after five words.
    let k = headEnd;
    // «المسؤول في وزارة الصحة»: a staff title's organisation after في.
    if (IN_ORGANISATION_FAMILIES.has(head.family) && tokens[k]?.key === 'في' && sameSpan(k + 1) && (orgAt[k + 1] !== -1 || ARABIC_ORGANISATION_HEADS.has(tokens[k + 1]!.key.replace(/^ال/, '')))) k++;
    while (k < tokens.length && sameSpan(k) && k - headEnd < 6) {
      if (personAt[k] !== -1) break;
      // A word of filiation before a known person's name opens the name (الوزير بن عمار).
      if (FILIATION_WORDS.has(tokens[k]!.key) && k + 1 < tokens.length && personAt[k + 1] !== -1) break;
      if (tokens[k]!.clause !== tokens[headEnd - 1]!.clause && k > headEnd) break;
      if (nationalityOf(tokens[k]) && k > headEnd) {
        title.nationality = { country: nationalityOf(tokens[k])!, token: k };
        k++;
        break;
      }
      if (k > headEnd && (tokens[k]!.key === 'في' || tokens[k]!.key === 'لدي')) break;
      // A word of acting office ends the specifier (الوزيرة بالنيابة, وزير المالية بالوكالة).
      if (ACTING_AFTER.has(tokens[k]!.key)) break;
      // A word of belonging starts a tie of its own (الوزيرة المنتمية إلى حزب …).
      if (BELONGING_WORDS.has(tokens[k]!.key)) break;
      // A parent named after التابعة is the body's, not the title's (… التابعة لاتحاد الشغل).
      if (k > headEnd && PARENT_WORDS.has(tokens[k]!.key)) break;
      // An honorific belongs to the name after it (رئيس الدولة الشيخ محمد, رئيس المحكمة اللورد ريد).
      if (k > headEnd && (HONORIFICS.has(tokens[k]!.key) || NAME_HONORIFICS.has(tokens[k]!.key))) break;
      // Another title starts (… النيابية والممثل السياسي …).
      if (k > headEnd && tokenStems(tokens[k]!).some((s) => HEADS_BY_FIRST.has(s.stem))) break;
      // So does «المستشار» right before a name, a form of address (رئيس الدائرة المستشار فلان, وزير العدل المستشار فلان);
      // a modifier such as المساعد stays the title's (وكيل وزارة المياه المساعد فلان).
      if (k > headEnd && personAt[k + 1] !== undefined && personAt[k + 1] !== -1 && COUNSELLOR_ADDRESS.has(tokens[k]!.key)) break;
      // A verb or a function word ends the title (وزير الدفاع قال إن …).
      if (STOP.has(tokens[k]!.key) || tokenStems(tokens[k]!).some((s) => STOP.has(s.stem))) break;
      // A minister's specifier is one word, the portfolio, or a compound one: وزير الدولة
      // للشؤون الخارجية, وزير الشؤون الاجتماعية.
      if (head.family === 'minister' && k > headEnd && orgAt[k] === -1 && !COMPOUND_PORTFOLIO.has(tokens[k - 1]!.key) && !portfolioAdjective(scan, k, headEnd)) {
        if (!portfolioConjunct(scan, k, headEnd)) break;
        title.conjunctStart ??= k;
      }
      if (KNOWN_GIVEN_NAMES.has(tokens[k]!.key) && k > headEnd && orgAt[k] === -1) break;
      if (orgAt[k] !== -1) {
        const org = all[orgAt[k]!]!;
        title.organisations.push(org);
        k = org.tokenEnd;
        continue;
      }
      k++;
    }
    // A nationality right after the head (السفيرة البريطانية).
    if (!title.nationality && nationalityOf(tokens[headEnd])) title.nationality = { country: nationalityOf(tokens[headEnd])!, token: headEnd };
    title.specEnd = title.nationality && title.nationality.token === headEnd ? headEnd : title.nationality ? title.nationality.token : k;
    title.end = Math.max(k, title.specEnd);
    readArabicReference(scan, title);
}

/** Definite words after a minister's portfolio that are no part of it: days, months, tenure (folded). */
const NOT_PORTFOLIO: ReadonlySet<string> = new Set(
  [
    ...WEEKDAYS.flatMap((day) => day.names),
    ...MONTH_NAMES.flat(),
    ...['اليوم', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المكلف', 'المكلفة', 'المؤقت', 'المؤقتة', 'المستقيل', 'المستقيلة', 'المقال', 'المقالة', 'المعين', 'المعينة'],
    // A party's side: وزيرة النقل المحافظة.
    ...['المحافظ', 'المحافظة', 'المعارض', 'المعارضة'],
  ].flatMap((word) => nameKeys(word)),
);

/**
 * A definite adjective right after a minister's one-word portfolio, which makes it another one:
 * وزير التعليم العالي, وزيرة الصحة العمومية (not a day, a nationality, a place's adjective, a
 * party's side or a word of tenure).
 */
function portfolioAdjective(scan: TitleScan, k: number, headEnd: number): boolean {
  const { tokens, knowledge } = scan;
  if (k !== headEnd + 1) return false;
  const word = tokens[k]!;
  const portfolio = tokens[headEnd]!;
  if (word.script !== 'ar' || !word.key.startsWith('ال') || !portfolio.key.startsWith('ال') || word.clause !== portfolio.clause) return false;
  if (NOT_PORTFOLIO.has(word.key) || FORMER_KEYS.has(word.key) || PARTY_SIDE.has(word.key) || nationalityOf(word)) return false;
  // An adjective of a known place is the post's place, not its portfolio: وزير المناخ الويلزي.
  return !placeOfNisba(knowledge, word.key.slice(2));
}

/**
 * Whether an Arabic adjective of relation (a nisba, without its article) is made from a place the
 * index knows: its stem without ي or ية (الويلزي: ويلز), or that stem with the alef a name ending
 * in ا drops before the suffix (الاسكتلندية: اسكتلندا, الكندي: كندا).
 */
function placeOfNisba(knowledge: KnowledgeIndex, adjective: string): boolean {
  const stem = adjective.replace(/(يه|ي)$/, '');
  const forms = stem === adjective ? [stem] : [stem, `${stem}ا`];
  return forms.some((place) => knowledge.formsOf(place).some((form) => form.kind === 'place'));
}

/**
 * A second portfolio joined by و to an Arabic minister's first, one word after it or after its
 * adjective: وزير التجهيز *والماء*, وزيرة الاقتصاد *والمالية*, وزير الفلاحة *والصيد* البحري (not a
 * person, a place, a nationality, a word of the past or of acting office).
 */
function portfolioConjunct(scan: TitleScan, k: number, headEnd: number): boolean {
  const { tokens, personAt } = scan;
  const word = tokens[k]!;
  const before = tokens[k - 1]!;
  if (k > headEnd + 2 || word.script !== 'ar' || !word.key.startsWith('وال') || word.key.length < 5 || personAt[k] !== -1 || word.clause !== before.clause) return false;
  if (!tokens[headEnd]!.key.startsWith('ال') || FORMER_KEYS.has(word.key.slice(1)) || ACTING_AFTER.has(word.key) || nationalityOf(word)) return false;
  return !scan.all.some((mention) => mention.kind === 'place' && mention.tokenStart <= k && k < mention.tokenEnd);
}

/** An Arabic specifier that is one noun of an organisation with the article (مديرة الشركة, المدير العام للشركة). */
function readArabicReference(scan: TitleScan, title: Title): void {
  const { tokens, orgAt } = scan;
  const k = title.headEnd;
  if (title.specEnd !== k + 1 || orgAt[k] !== -1) return;
  const key = tokens[k]!.key;
  const noun = key.startsWith('لل') ? key.slice(2) : key.startsWith('ال') ? key.slice(2) : undefined;
  if (noun && ORGANISATION_REFERENCES.has(noun)) title.reference = { tokenStart: k, tokenEnd: k + 1, noun };
}

/**
 * An English reference right before a title that names no organisation: "the firm's chief
 * executive", "its managing director", "its operations manager". The title starts at the reference.
 */
function readEnglishReference(scan: TitleScan, title: Title): void {
  const { analysis, tokens, orgAt, personAt } = scan;
  if (possessiveKindNoun(scan, title)) return;
  const p = title.start - 1;
  const noun = tokens[p];
  if (!noun || noun.sentence !== tokens[title.headStart]!.sentence || orgAt[p] !== -1 || personAt[p] !== -1) return;
  if (noun.key === 'its') {
    title.reference = { tokenStart: p, tokenEnd: p + 1, noun: 'its' };
    title.start = p;
    return;
  }
  const the = tokens[p - 1];
  if (!ORGANISATION_REFERENCES.has(noun.key) || !the || the.key !== 'the' || the.sentence !== noun.sentence) return;
  if (!/^['’]s?(?![a-z])/i.test(analysis.text.slice(noun.oEnd, noun.oEnd + 3))) return;
  title.reference = { tokenStart: p - 1, tokenEnd: p + 1, noun: noun.key };
  title.start = p - 1;
}

/**
 * A leader's title whose one word before the head is a kind noun in the possessive after "the"
 * ("the ministry's secretary-general", "the council's leader"): the specifier reader took the noun
 * as the body the title leads, but it refers to an organisation named elsewhere, as "the firm's"
 * does. The noun becomes the title's reference and its specifier is left empty. Returns whether it
 * was one.
 */
function possessiveKindNoun(scan: TitleScan, title: Title): boolean {
  const { analysis, tokens, orgAt } = scan;
  const noun = tokens[title.specStart];
  const the = tokens[title.specStart - 1];
  if (title.start !== title.specStart || title.specEnd !== title.specStart + 1 || !noun || !the || the.key !== 'the' || the.sentence !== noun.sentence) return false;
  if (!ORGANISATION_REFERENCES.has(noun.key) || orgAt[title.specStart] !== -1) return false;
  if (!/^['’]s?(?![a-z])/i.test(analysis.text.slice(noun.oEnd, noun.oEnd + 3))) return false;
  title.reference = { tokenStart: title.specStart - 1, tokenEnd: title.specStart + 1, noun: noun.key };
  title.start = title.specStart - 1;
  title.specStart = title.specEnd;
  return true;
}

/** English weekday and month names (folded), which date a sentence and name no post. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS.flatMap((day) => day.names), ...MONTH_NAMES.flat()].filter((name) => /^[a-z]+$/i.test(name)).map((name) => name.toLowerCase()));

/**
 * Whether token `k`, before an English title's head, ends the words that may belong to the title:
 * a word followed by a dash or a colon (a dateline, "BRISBANE -", "Update:"), a sentence adverb or
 * a conjunction ("Meanwhile"), a weekday or a month.
 */
function beforeTitle(analysis: Analysis, tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next && /[-–—:|]/.test(analysis.text.slice(tokens[k]!.oEnd, next.oStart))) return true;
  return EN_OPENERS.has(tokens[k]!.key) || CALENDAR_WORDS.has(tokens[k]!.key);
}

/** Country codes by the keys of their gazetteer places, for the countries the nationalities name. */
const CODE_BY_PLACE = new Map(Object.entries(COUNTRY_PLACE).map(([code, place]) => [`lexicon:${place}`, code]));

/**
 * The country named by a place mention that covers token `k` (Morocco, the United Arab Emirates),
 * with the code of its nationality; a fact base's own place is that country when it is its
 * gazetteer twin.
 */
function countryAt(scan: TitleScan, k: number): { code: string; tokenStart: number } | undefined {
  const mention = scan.all.find((m) => m.kind === 'place' && m.tokenStart <= k && k < m.tokenEnd);
  if (!mention) return undefined;
  const direct = CODE_BY_PLACE.get(mention.entity);
  if (direct) return { code: direct, tokenStart: mention.tokenStart };
  const fact = scan.knowledge.entity(mention.entity)?.fact as { kind?: string; names?: { en?: string[] } } | undefined;
  if (fact?.kind !== 'country') return undefined;
  const names = new Set((fact.names?.en ?? []).map((name) => nameKeys(name).join(' ')));
  for (const [key, code] of CODE_BY_PLACE) {
    const twin = scan.knowledge.entity(key)?.fact as { names?: { en?: string[] } } | undefined;
    if ((twin?.names?.en ?? []).some((name) => names.has(nameKeys(name).join(' ')))) return { code, tokenStart: mention.tokenStart };
  }
  return undefined;
}

/**
 * Whether token `k` ends the name of a place, not a country, in the possessive ("Tasmania's",
 * "Anbar's"): a state or a province named before a title as where the post is.
 */
function possessivePlaceAt(scan: TitleScan, k: number): boolean {
  const mention = scan.all.find((m) => m.kind === 'place' && m.tokenEnd === k + 1);
  if (!mention) return false;
  const end = scan.tokens[k]!.oEnd;
  return /^['’]s?\s/.test(scan.analysis.text.slice(end, end + 3));
}

/**
 * Whether token `at`, after a title's linker, is an indefinite article ("operations manager at a
 * salmon farm", "director of an aid group"): the words after it name no particular body, so they
 * are no specifier the post could be wrong about.
 */
function indefiniteAfter(tokens: readonly Token[], at: number): boolean {
  const key = tokens[at]?.key;
  return key === 'a' || key === 'an';
}

/**
 * English: the specifier comes before the head (State Department spokesman, Foreign Minister) or
 * after a linker (Minister of Defence, Ambassador to Iraq, head of X). Returns false when the
 * words are not a title after all.
 */
function readEnglishSpecifier(scan: TitleScan, title: Title): boolean {
  const { analysis, tokens, all, personAt, orgAt } = scan;
  const i = title.headStart;
  const headEnd = title.headEnd;
  const head = title.head;
  const token = tokens[i]!;
  const sameSpan = (k: number) => tokens[k] && tokens[k].sentence === token.sentence;
    // English: the specifier comes before the head (State Department spokesman, Foreign
    // Minister) or after a linker (Minister of Defence, Ambassador to Iraq, head of X).
    let k = i - 1;
    const isCapitalised = (index: number) => /^[A-Z]/.test(analysis.text.slice(tokens[index]!.oStart, tokens[index]!.oEnd));
    while (k >= 0 && sameSpan(k) && i - k <= 5 && tokens[k]!.clause === token.clause && personAt[k] === -1) {
      // A dateline or a sentence adverb is no part of the title: "BRISBANE - Queensland Premier X",
      // "Meanwhile Queensland Premier X".
      if (beforeTitle(analysis, tokens, k)) break;
      if (nationalityOf(tokens[k])) {
        title.nationality = { country: nationalityOf(tokens[k])!, token: k };
        k--;
        break;
      }
      // A country named before the title, often in the possessive ("Morocco's Minister of
      // Equipment"), is the post's country, as a nationality would be, not its portfolio.
      const country = countryAt(scan, k);
      if (country) {
        title.nationality = { country: country.code, token: country.tokenStart, tokenEnd: k + 1, byName: true };
        k = country.tokenStart - 1;
        break;
      }
      // A smaller place in the possessive ("Tasmania's Minister for Parks", "Anbar's governor")
      // names where the post is, not its portfolio: the title starts after it.
      if (possessivePlaceAt(scan, k)) break;
      if (orgAt[k] !== -1) {
        const org = all[orgAt[k]!]!;
        title.organisations.unshift(org);
        k = org.tokenStart - 1;
        continue;
      }
      if (!isCapitalised(k)) {
        // One lower-case portfolio word right before a minister's or spokesperson's head: "the
        // UAE's investment minister", "a government spokeswoman".
        // A leader's kind noun: "Plaid Cymru's council leader".
        const lowerWord = LOWER_PORTFOLIO_FAMILIES.has(head.family) || (head.family === 'leads' && KIND_NOUNS.has(tokens[k]!.key));
        if (k === i - 1 && lowerWord && /^[a-z]{3,}$/.test(tokens[k]!.text) && !FILLER.has(tokens[k]!.key) && !FORMER_KEYS.has(tokens[k]!.key) && !STOP_EN.has(tokens[k]!.key)) {
          k--;
          // The organisation whose post it is, in the possessive: "the Port Authority's operations manager".
          // A word of scope names it without the possessive: "UNICEF regional director".
          const owner = k >= 0 && sameSpan(k) && orgAt[k] !== -1 ? all[orgAt[k]!]! : undefined;
          const scoped = TITLE_SCOPE_WORDS.has(tokens[k + 1]!.key) && owner?.tokenEnd === k + 1 && /^ $/.test(analysis.text.slice(owner.end, tokens[k + 1]!.oStart));
          if (owner && (scoped || /^['’]s?\s/.test(analysis.text.slice(owner.end, tokens[owner.tokenEnd]?.oStart ?? owner.end)))) {
            title.organisations.unshift(owner);
            k = owner.tokenStart - 1;
          }
          // A country in the possessive before the portfolio: "Spain's sports director".
          const country = k >= 0 && sameSpan(k) ? countryAt(scan, k) : undefined;
          if (country && !owner) {
            title.nationality = { country: country.code, token: country.tokenStart, tokenEnd: k + 1, byName: true };
            k = country.tokenStart - 1;
          }
          // A party's words before "group leader" are the title's: "the Conservative group leader" leads the party's group.
          // Before another kind noun they describe the person (the Labour council leader), and stay out of the body's words.
          if (!(owner && title.organisations.includes(owner)) && !country && head.family === 'leads' && tokens[k + 1]!.key === 'group') while (k >= 0 && i - k <= 4 && sameSpan(k) && tokens[k]!.clause === token.clause && isCapitalised(k) && PARTY_SIDE.has(tokens[k]!.key)) k--;
        }
        break;
      }
      k--;
    }
    title.specStart = title.nationality ? (title.nationality.tokenEnd ?? title.nationality.token + 1) : k + 1;
    title.specEnd = i;
    title.start = title.nationality?.token ?? k + 1;
    // A nationality before the specifier: US State Department spokesman.
    if (!title.nationality && k >= 0 && nationalityOf(tokens[k]) && tokens[k]!.sentence === token.sentence) {
      title.nationality = { country: nationalityOf(tokens[k])!, token: k };
      title.start = k;
    }
    if (title.organisations.length === 0 && !title.nationality) readEnglishReference(scan, title);
    const next = tokens[headEnd];
    const direct = (head.words[0] === 'leads' || head.words[0] === 'heads' || head.words[0] === 'chairs' || head.words[0] === 'sits') && next && next.sentence === token.sentence;
    if (next && (direct || head.linkers?.includes(next.key)) && next.sentence === token.sentence && !indefiniteAfter(tokens, headEnd + (direct ? 0 : 1))) {
      let m = direct && !head.linkers?.includes(next.key) ? headEnd : headEnd + 1;
      if (tokens[m]?.key === 'the') m++;
      const afterStart = m;
      while (m < tokens.length && sameSpan(m) && m - afterStart < 6 && personAt[m] === -1 && tokens[m]!.clause === token.clause && !(m > afterStart && (tokens[m]!.key === 'in' || tokens[m]!.key === 'at')) && !possessiveDescriptionAt(scan, m)) {
        if (orgAt[m] !== -1) {
          const org = all[orgAt[m]!]!;
          title.organisations.push(org);
          m = org.tokenEnd;
          continue;
        }
        if (!isCapitalised(m) && !FILLER.has(tokens[m]!.key) && !/'s$/.test(tokens[m]!.text)) {
          // Lower-case names of bodies: "parliament's finance committee".
          let kindAhead = false;
          for (let ahead = m; ahead < m + 3 && ahead < tokens.length && tokens[ahead]!.sentence === token.sentence; ahead++) {
            if (KIND_NOUNS.has(tokens[ahead]!.key)) kindAhead = true;
          }
          if (!kindAhead) break;
        }
        m++;
      }
      if (m === afterStart) m = departmentAfterLinker(scan, afterStart);
      if (m > afterStart && title.specStart === title.specEnd) {
        title.specStart = afterStart;
        title.specEnd = m;
      } else if (m > afterStart && !all.some((mention) => mention.kind === 'place' && mention.tokenStart < m && mention.tokenEnd > afterStart)) {
        // A specifier on both sides ("Cabinet Secretary for Health"): the portfolio after the
        // linker is the title's too, unless it is a place (Foreign Minister of Iraq).
        title.specEnd = m;
      }
      title.end = m;
      // Ambassador to Iraq: the place is where the post is, not its country.
    }
    readCellOrganisation(scan, title);
    // "Secretary" alone is English for a minister only with a portfolio or nationality before it.
  return !(head.words[0] === 'secretary' && head.words.length === 1 && title.specStart === title.specEnd && !title.nationality);
}

/**
 * Whether "and" at token `m` opens another description of the person, owned by a possessive
 * ("councillor for Sparkhill and the council's cabinet member for health"): "the" or "a" and a
 * word in the possessive follow it, so the title's complement ends before it.
 */
function possessiveDescriptionAt(scan: TitleScan, m: number): boolean {
  const { analysis, tokens } = scan;
  if (tokens[m]!.key !== 'and' || !['the', 'a', 'an'].includes(tokens[m + 1]?.key ?? '')) return false;
  for (let k = m + 2; k < m + 4 && k < tokens.length; k++) if (/^['’]s?\s/.test(analysis.text.slice(tokens[k]!.oEnd, tokens[k + 1]?.oStart ?? tokens[k]!.oEnd))) return true;
  return false;
}

/**
 * The lower-case words of a department after a title's linker that run up to the name, or to the
 * comma right before it ("head of enforcement Catrin Lloyd", "Its director of communications, Jo
 * Bell"): up to three words, none a function word or a possessive. Their end, or `start` when they
 * do not reach a name.
 */
function departmentAfterLinker(scan: TitleScan, start: number): number {
  const { analysis, tokens, personAt } = scan;
  const sentence = tokens[start]?.sentence;
  const lowerWord = (k: number) => /^\p{Ll}/u.test(analysis.text.slice(tokens[k]!.oStart, tokens[k]!.oEnd)) && !FILLER.has(tokens[k]!.key) && !/'s$/.test(tokens[k]!.text);
  let m = start;
  while (m < tokens.length && m - start < 3 && tokens[m]!.sentence === sentence && personAt[m] === -1 && lowerWord(m)) m++;
  const next = tokens[m];
  if (m === start || !next || next.sentence !== sentence || personAt[m] === -1) return start;
  const gap = analysis.mask.slice(tokens[m - 1]!.oEnd, next.oStart).trim();
  return gap === '' || gap === ',' ? m : start;
}

/**
 * A table cell or a byline that gives a post and then its organisation after a comma ("Secretary
 * General, Moroccan Red Crescent |"): the organisation is the title's when it ends the cell or the
 * sentence.
 */
function readCellOrganisation(scan: TitleScan, title: Title): void {
  const { analysis, tokens, all, orgAt } = scan;
  const last = tokens[title.end - 1]!;
  const next = tokens[title.end];
  if (!next || next.sentence !== last.sentence || orgAt[title.end] === -1) return;
  if (!/^\s*,\s*$/.test(analysis.mask.slice(last.oEnd, next.oStart))) return;
  const org = all[orgAt[title.end]!]!;
  if (org.tokenStart !== title.end) return;
  const after = tokens[org.tokenEnd];
  const ends = !after || after.sentence !== next.sentence || /[|\n]/.test(analysis.text.slice(tokens[org.tokenEnd - 1]!.oEnd, after.oStart));
  if (!ends) return;
  title.organisations.push(org);
  title.end = org.tokenEnd;
}

/** Prepositions of place after which a known organisation is where a title is held (folded). */
const LOCATIVES = new Set(['at', 'في', 'لدي']);
/** English linkers a title's complement follows. */
const LINKERS = new Set(['of', 'for']);

/**
 * A known organisation right after a staff, member's or director's title that names none, behind
 * a preposition of place ("director of operations at the Moroccan Red Crescent", «مديرة العمليات
 * في الهلال الأحمر», «لدى …»): where the title is held (`Title.locative`). A place there is the
 * post's area, and is left alone.
 */
function readLocativeOrganisation(scan: TitleScan, title: Title): void {
  const { tokens, all, orgAt } = scan;
  if (title.organisations.length > 0 || title.reference || !IN_ORGANISATION_FAMILIES.has(title.family)) return;
  const last = tokens[title.end - 1]!;
  // A title left at its linker ("director of") takes the lower-case words before the preposition
  // ("director of operations at …").
  let end = title.end;
  if (LINKERS.has(last.key)) while (end < title.end + 2 && tokens[end] && tokens[end]!.script === 'latin' && tokens[end]!.clause === last.clause && !LOCATIVES.has(tokens[end]!.key) && !FILLER.has(tokens[end]!.key) && !/^[A-Z]/.test(scan.analysis.text[tokens[end]!.oStart]!)) end++;
  const preposition = tokens[end];
  if (!preposition || !LOCATIVES.has(preposition.key) || preposition.sentence !== last.sentence || preposition.clause !== last.clause) return;
  const at = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
  if (!tokens[at] || tokens[at].clause !== preposition.clause || orgAt[at] === -1) return;
  const org = all[orgAt[at]!]!;
  if (org.tokenStart !== at) return;
  if (end > title.end) {
    if (title.specStart === title.specEnd) title.specStart = title.end;
    title.specEnd = end;
  }
  title.locative = org;
  title.end = org.tokenEnd;
}

interface AttachContext {
  /** Person mention index per token, or -1. */
  personAt: Int32Array;
  /** Whether a token is part of a place mention. */
  placeAt: Uint8Array;
  /** Titles by end token (for looking back) and by start token (for looking ahead). */
  byEnd: Map<number, Title[]>;
  byStart: Map<number, Title[]>;
}

const attachCache = new WeakMap<readonly Title[], AttachContext>();

function attachContext(analysis: Analysis, all: readonly Title[], people: readonly Mention[], knownPlaces: readonly Mention[] | undefined): AttachContext {
  let context = attachCache.get(all);
  if (context) return context;
  const personAt = new Int32Array(analysis.tokens.length).fill(-1);
  people.forEach((person, index) => {
    for (let k = person.tokenStart; k < person.tokenEnd; k++) personAt[k] = index;
  });
  const placeAt = new Uint8Array(analysis.tokens.length);
  for (const mention of knownPlaces ?? []) for (let k = mention.tokenStart; k < mention.tokenEnd; k++) placeAt[k] = 1;
  const byEnd = new Map<number, Title[]>();
  const byStart = new Map<number, Title[]>();
  for (const title of all) {
    byEnd.set(title.end, [...(byEnd.get(title.end) ?? []), title]);
    byStart.set(title.start, [...(byStart.get(title.start) ?? []), title]);
  }
  context = { personAt, placeAt, byEnd, byStart };
  attachCache.set(all, context);
  return context;
}

/**
 * The plural title before a list of names that `person` continues ("Ministers A and B",
 * "Justices A, B and C", «الوزيران A وB»): each name of the list is joined to the one before it
 * by "and", a comma or و alone, and the title ends right before the first name.
 */
function pluralBefore(analysis: Analysis, context: AttachContext, people: readonly Mention[], person: Mention): Title | undefined {
  const tokens = analysis.tokens;
  const sentence = tokens[person.tokenStart]!.sentence;
  let current = person;
  for (let guard = 0; guard < 6; guard++) {
    const start = tokens[current.tokenStart]!;
    const and = tokens[current.tokenStart - 1]?.key === 'and' ? 1 : 0;
    const index = context.personAt[current.tokenStart - 1 - and] ?? -1;
    if (index === -1 || index === context.personAt[current.tokenStart]) return undefined;
    const previous = people[index]!;
    const gap = analysis.mask.slice(tokens[previous.tokenEnd - 1]!.oEnd, tokens[current.tokenStart - and]!.oStart);
    const joined = and === 1 ? /^[\s,]*$/.test(gap) : /^\s*,\s*$/.test(gap) || (start.script === 'ar' && /^و/.test(start.key) && /^\s*$/.test(gap));
    if (!joined || tokens[previous.tokenStart]!.sentence !== sentence) return undefined;
    const title = (context.byEnd.get(previous.tokenStart) ?? []).find((candidate) => candidate.head.plural && tokens[candidate.start]!.sentence === sentence);
    if (title) return title;
    current = previous;
  }
  return undefined;
}

/**
 * «المستشار» between a title and the name: the form of address of judges and senior officials in
 * Egypt and Kuwait (رئيس المحكمة المستشار فلان), which leaves the title before it the name's.
 */
const COUNSELLOR_ADDRESS: ReadonlySet<string> = new Set(['المستشار', 'المستشارة'].flatMap((word) => nameKeys(word)));

/**
 * Whether token `k` is a constituency after a title, or its preposition: "for the area", «عن
 * المنطقة» (the member of the Senedd for the area, X). The noun stands right after the preposition
 * or after "the"; it says where the member sits, so the title before it stays the name's.
 */
function constituencyAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (CONSTITUENCY_PREPOSITIONS.has(token.key)) {
    const next = tokens[k + 1]?.key === 'the' ? tokens[k + 2] : tokens[k + 1];
    return !!next && next.clause === token.clause && CONSTITUENCY_WORDS.has(next.key);
  }
  if (!CONSTITUENCY_WORDS.has(token.key)) return false;
  const before = tokens[k - 1]?.key === 'the' ? tokens[k - 2] : tokens[k - 1];
  return !!before && before.clause === token.clause && CONSTITUENCY_PREPOSITIONS.has(before.key);
}

/**
 * The token after a constituency that starts at token `k` ("for the area", «عن المنطقة»), or `k`
 * when none does: a name after an organisation and its member's constituency («النائب عن حزب X عن
 * المنطقة فلان») follows the organisation all the same.
 */
export function afterConstituency(tokens: readonly Token[], k: number): number {
  const token = tokens[k];
  if (!token || !CONSTITUENCY_PREPOSITIONS.has(token.key)) return k;
  const noun = tokens[k + 1]?.key === 'the' ? k + 2 : k + 1;
  return tokens[noun] && tokens[noun].clause === token.clause && CONSTITUENCY_WORDS.has(tokens[noun].key) ? noun + 1 : k;
}

/** Points of the compass in either language, folded: شمال, north, northern. */
const COMPASS_WORDS: ReadonlySet<string> = new Set(COMPASS_POINTS.flatMap((point) => [point.ar, point.en, point.adjective]));

/**
 * Whether token `k` is a word of a title's area between the title and the name: a point of the
 * compass, or «في» or "in" before one or before a place («ممثل النقابة في شمال غرب إنجلترا فلان»).
 */
function areaWordAt(tokens: readonly Token[], placeAt: Uint8Array, k: number): boolean {
  const key = tokens[k]!.key;
  if (COMPASS_WORDS.has(key)) return true;
  const next = tokens[k + 1];
  return (key === 'في' || key === 'in') && !!next && next.sentence === tokens[k]!.sentence && (COMPASS_WORDS.has(next.key) || !!placeAt[k + 1]);
}

/**
 * The end of an age stated right after a name that ends at token `nameEnd` ("P, 47,", «P (47
 * عاماً)»), when one is: a title set off after it is the name's as it is right after the name.
 */
function ageEnd(analysis: Analysis, nameEnd: number): number | undefined {
  return agePhrases(analysis).find((age) => age.attach === 'after' && age.nameEnd === nameEnd && !age.atDeath)?.unitEnd;
}

/**
 * The titles attached to a person mention: an apposition chain right before or after the name.
 * Looks only at the few tokens around each link of the chain, so the cost per person is constant.
 */
export function titlesOf(analysis: Analysis, all: readonly Title[], person: Mention, people: readonly Mention[], knownPlaces?: readonly Mention[]): Title[] {
  const tokens = analysis.tokens;
  const context = attachContext(analysis, all, people, knownPlaces);
  const self = context.personAt[person.tokenStart]!;
  const sentence = tokens[person.tokenStart]!.sentence;
  const gapOk = (from: number, to: number) => {
    if (to - from > 4) return false;
    for (let k = from; k < to; k++) {
      const token = tokens[k];
      if (!token || token.sentence !== sentence) return false;
      if (context.personAt[k] !== -1 && context.personAt[k] !== self) return false;
      const key = token.key;
      // A word that marks the title as past («وزيرة النقل السابقة روث آلان», "X, the former
      // minister") leaves it the name's; the checks read it (rules/posts/formerTitle.ts). So does a
      // word that marks it as held now ("X, the current director": rules/posts/currentTitle.ts).
      if (!(FILLER.has(key) || HONORIFICS.has(key) || COUNSELLOR_ADDRESS.has(key) || CAPACITY.has(key) || context.placeAt[k] || nationalityOf(token) || NATION_ADJECTIVE_KEYS.has(key) || PARLIAMENT.has(key) || PAST_TITLE_WORDS.has(key) || PRESENT_TITLE_WORDS.has(key) || constituencyAt(tokens, k) || areaWordAt(tokens, context.placeAt, k))) return false;
    }
    return true;
  };
  const attached: Title[] = [];
  // Before the name.
  let edge = person.tokenStart;
  for (let guard = 0; guard < 8; guard++) {
    let found: Title | undefined;
    for (let end = edge; end >= edge - 4 && end >= 0 && !found; end--) {
      if (!gapOk(end, edge)) break;
      found = (context.byEnd.get(end) ?? []).find((title) => tokens[title.start]?.sentence === sentence && !attached.includes(title));
    }
    if (!found) break;
    const title = found;
    // A title behind the preposition لـ that follows other words of its clause is their
    // complement, not the name's title: المستشار الاقتصادي «لرئيس الوزراء» فلان.
    if (governedByLam(tokens, title)) break;
    // "… look for a new coach, and captain X": an indefinite English title before a comma and "and" is the object of another clause.
    const indefinite = tokens.slice(Math.max(0, title.start - 2), title.start).some((token) => token.key === 'a' || token.key === 'an');
    if (title.lang === 'en' && indefinite && tokens.slice(title.end, edge).some((token) => token.key === 'and') && /,/.test(analysis.mask.slice(tokens[title.end - 1]!.oEnd, tokens[edge]!.oStart))) break;
    // "A, the firm's managing director, and council leader B": a further title set off by a comma
    // from the one already tied is an apposition of someone before it, not a second post of B's
    // ("managing director and council leader B", with no comma, gives B both).
    if (attached.length > 0 && /[,،]/.test(analysis.mask.slice(tokens[title.end - 1]!.oEnd, tokens[edge]!.oStart))) break;
    // "A, deputy head of X, and B": a title right after another person's name is theirs.
    const ownerToken = title.start - 1 >= 0 && context.personAt[title.start - 1] !== -1 && context.personAt[title.start - 1] !== self ? title.start - 1 : -1;
    if (ownerToken >= 0 && /[,،]/.test(analysis.mask.slice(tokens[ownerToken]!.oEnd, tokens[title.start]!.oStart))) break;
    if (ownerToken < 0 && title.start - 2 >= 0 && context.personAt[title.start - 2] !== -1 && context.personAt[title.start - 2] !== self && /[,،]/.test(analysis.mask.slice(tokens[title.start - 2]!.oEnd, tokens[title.start]!.oStart))) break;
    attached.push(title);
    edge = title.start;
  }
  // A plural title before a list of names this one is in: "Ministers A and B", «الوزيران A وB».
  const plural = attached.length === 0 ? pluralBefore(analysis, context, people, person) : undefined;
  if (plural) attached.push(plural);
  // After the name: "P، رئيس …", "P, head of …", "P, who heads the …"; after the person's age
  // too ("P, 47, the director of …", «P (47 عاماً)، مديرة …»).
  edge = ageEnd(analysis, person.tokenEnd) ?? person.tokenEnd;
  let first = true;
  for (let guard = 0; guard < 8; guard++) {
    let found: Title | undefined;
    for (let start = edge; start <= edge + 4 && start < tokens.length && !found; start++) {
      if (!gapOk(edge, start)) break;
      found = (context.byStart.get(start) ?? []).find((title) => tokens[title.start]?.sentence === sentence && !attached.includes(title));
    }
    if (!found && first) {
      found = circumstantialTitle(tokens, context, edge, sentence);
      if (found) {
        attached.push(found);
        break;
      }
    }
    if (!found) break;
    const title = found;
    // "A، وقائد فيلق القدس، B" and "A, and the leader of X, B": a coordinated title, or one that
    // runs into another name, belongs to that other person.
    // Whether the title runs, through names of bodies and places only, into another person.
    let runsIntoName = false;
    for (let k = title.end; k <= title.end + 6 && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
      if (context.personAt[k] !== -1 && context.personAt[k] !== self) {
        runsIntoName = true;
        break;
      }
      if (!(FILLER.has(tokens[k]!.key) || context.placeAt[k] || nationalityOf(tokens[k]))) break;
    }
    const headToken = tokens[title.headStart]!;
    const conjoined = /^و/.test(headToken.key) && !title.head.words[0]!.startsWith('و');
    let coordinated = false;
    for (let k = edge; k < title.start; k++) if (tokens[k]!.key === 'and' || tokens[k]!.key === 'و') coordinated = true;
    if ((conjoined || coordinated) && (runsIntoName || attached.length === 0)) break;
    if (runsIntoName) break;
    const separated = analysis.mask.slice(tokens[edge - 1]!.oEnd, tokens[title.start]!.oStart);
    // «بصفته» ("in his capacity as") before the title ties it to the name as a comma does.
    const inCapacity = tokens.slice(edge, title.start).some((token) => CAPACITY.has(token.key));
    if (first && !/[,،:\-–—]/.test(separated) && title.start !== edge && !inCapacity) break;
    if (title.start === edge && !/[,،:\-–—]/.test(separated) && title.lang === 'ar' && !conjoined && !(first && afterSpeechVerb(tokens, person.tokenStart))) break;
    attached.push(title);
    edge = title.end;
    first = false;
  }
  return attached;
}

/**
 * Whether a speech verb stands right before the name (an honorific may stand between): «وقال فلان
 * المتحدث باسم الوزارة إن …». There a title right after the name, without a comma, is the name's
 * apposition: the verb takes its words through إن or a colon, never an object.
 */
function afterSpeechVerb(tokens: Token[], nameStart: number): boolean {
  let k = nameStart - 1;
  if (k >= 0 && HONORIFICS.has(tokens[k]!.key)) k--;
  const verb = tokens[k];
  return !!verb && verb.sentence === tokens[nameStart]!.sentence && verb.script === 'ar' && tokenStems(verb).some((s) => SPEECH.has(s.stem));
}

/** Whether an Arabic title's head is written behind لـ and follows other words of its clause. */
function governedByLam(tokens: Token[], title: Title): boolean {
  if (title.lang !== 'ar') return false;
  const head = tokens[title.headStart]!;
  const word = title.head.words[0]!;
  if (!head.key.startsWith('ل') || word.startsWith('ل') || !(head.key.endsWith(word) || head.key.endsWith(word.replace(/^ال/, '')))) return false;
  const before = tokens[title.start - 1];
  return !!before && before.sentence === head.sentence && before.clause === head.clause;
}

/**
 * An Arabic representative's title in the accusative (a حال) a few words after the name, past
 * the verb's object: «وقّع فلان العقد ممثلاً لهيئة …» says whom he signed for.
 */
function circumstantialTitle(tokens: Token[], context: AttachContext, edge: number, sentence: number): Title | undefined {
  const clause = tokens[edge - 1]!.clause;
  for (let start = edge + 1; start <= edge + 3 && start < tokens.length; start++) {
    const token = tokens[start]!;
    if (token.sentence !== sentence || token.clause !== clause || context.personAt[start] !== -1) return undefined;
    const title = (context.byStart.get(start) ?? []).find((candidate) => candidate.family === 'representative' && candidate.lang === 'ar' && /ا$/.test(tokens[candidate.headStart]!.key));
    if (title) return title;
  }
  return undefined;
}

/** A run of words after a title that looks like the name of a person the fact base does not know. */
export function unknownNameAt(analysis: Analysis, start: number, known: readonly Mention[]): { tokenStart: number; tokenEnd: number } | undefined {
  const tokens = analysis.tokens;
  const first = tokens[start];
  if (!first || mentionAt(known, start)) return undefined;
  // The name follows what gives the post in the same sentence: a title that ends a sentence or a
  // paragraph does not name the next one's first words (found by tests/robustness).
  if (start > 0 && tokens[start - 1]!.sentence !== first.sentence) return undefined;
  if (first.script === 'ar') {
    if (NOT_NAMES.has(first.key)) return undefined;
    let end = start;
    if (first.key === 'ابو' || first.key === 'ابي' || first.key === 'ابا' || first.key === 'عبد') end++;
    const given = tokens[end];
    if (!given || given.sentence !== first.sentence) return undefined;
    if (!(KNOWN_GIVEN_NAMES.has(given.key) || end > start)) return undefined;
    end++;
    const family = tokens[end];
    // A family name of someone the fact base knows (مايكل ميلر) belongs to the name too.
    const knownFamily = family ? mentionAt(known, end) : undefined;
    const familyOfKnown = !!knownFamily && knownFamily.kind === 'person' && knownFamily.form.short && knownFamily.tokenEnd - knownFamily.tokenStart === 1;
    if (family && family.sentence === first.sentence && family.clause === first.clause && family.script === 'ar' && (family.key.startsWith('ال') || KNOWN_GIVEN_NAMES.has(family.key) || familyOfKnown) && !NOT_NAMES.has(family.key)) end++;
    if (end - start < 2) return undefined;
    return { tokenStart: start, tokenEnd: end };
  }
  if (first.script === 'latin') {
    let end = start;
    while (end < tokens.length && end - start < 4 && tokens[end]!.sentence === first.sentence && tokens[end]!.clause === first.clause && /^[A-Z]/.test(analysis.text.slice(tokens[end]!.oStart, tokens[end]!.oEnd))) end++;
    if (end - start < 2) return undefined;
    // A run that ends in an initial ("Robert J. Reed") goes on past the full stop the sentence
    // splitter took it for; its end is not known here.
    if (tokens[end - 1]!.key.length === 1 && analysis.text[tokens[end - 1]!.oEnd] === '.') return undefined;
    // Capitalised words that run into a known name are that name's title ("Foreign Minister
    // Thabet al-Abbasi"), not someone else's name (found by tests/robustness).
    if (known.some((m) => m.tokenStart > start && m.tokenStart < end)) return undefined;
    return { tokenStart: start, tokenEnd: end };
  }
  return undefined;
}
