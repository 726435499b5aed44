/**
 * Finds the names of known people, organisations, places and groups in an analysed draft, and
 * the near misses of known people's names (misspellings), once per draft for all rules.
 *
 * Exact names are found through the knowledge index's first-token map, with Arabic clitics
 * stripped from the first token; near misses through its last-token map and deletion index.
 */
import { perDraft } from './memo';
import { emptyListOfObjects } from './emptyList';
import type { Analysis, Token } from './analysis';
import { editDistance, LONGER, nameKeys, namesSpeltByRule, NO_FORMS, ONE_TOKEN, tokenStems, type KnowledgeIndex, type NameForm, type NamedKind, type Stem } from './knowledge';
import { GIVEN_NAMES, NAME_SPELLINGS } from './lexicon/givenNames';
import { isForeignArabicName, oneLongVowelApart } from './lexicon/foreignNames';
import { fold } from './text/normalise';
import { NOT_NAMES } from './lexicon/functionWords';
import { ALL_SPEECH_VERBS } from './lexicon/speech';
import { LATIN_ARTICLE, SPELLING, latinConsonants, sameArabicSpelling } from './text/skeleton';
import { crossScriptMentions } from './crossScriptNames';
import { crossScriptPlaces } from './crossScriptPlaces';

/** A name of a known thing in the draft. */
export interface Mention {
  kind: NamedKind;
  /** Qualified entity key. */
  entity: string;
  form: NameForm;
  tokenStart: number;
  tokenEnd: number;
  /** Original range of the name, clitics excluded. */
  start: number;
  end: number;
  /**
   * For people: the name is a near miss of the known one. Every mention is made with this field
   * (undefined when exact), so that all mentions have one shape.
   */
  misspelt: { distance: number } | undefined;
  /** Whether the form comes from a reference lexicon rather than a fact base. */
  lexicon: boolean;
}


/** Whether two tokens may belong to one name (same sentence, same clause, same quotation). */
function joined(a: Token, b: Token): boolean {
  return a.sentence === b.sentence && a.clause === b.clause && a.quote === b.quote;
}

/**
 * Whether only a comma stands between two tokens of one sentence and quotation: a name written
 * with one ("Florence, Italy", "Victoria, Seychelles", the gazetteer's towns that share a given
 * name or another place's) crosses the clause break it makes.
 */
function commaJoined(analysis: Analysis, a: Token, b: Token): boolean {
  return a.sentence === b.sentence && a.quote === b.quote && /^\s*,\s*$/.test(analysis.text.slice(a.oEnd, b.oStart));
}

function originalStart(analysis: Analysis, token: Token, prefix: number): number {
  if (prefix === 0) return token.oStart;
  return analysis.norm.toOriginal(token.start + prefix, token.end).start;
}

/**
 * All mentions in the draft, sorted by position, without overlaps (longest wins; fact-base
 * forms beat lexicon forms of the same length).
 */
export const mentions = perDraft(computeMentions);

function computeMentions(analysis: Analysis, knowledge: KnowledgeIndex): Mention[] {
  let found = exactMentions(analysis, knowledge);
  const taken = new Uint8Array(analysis.tokens.length);
  // A lone family name (a short form) may be the end of a misspelt full name: leave it free.
  for (const mention of found) if (!(mention.kind === 'person' && mention.form.short)) for (let k = mention.tokenStart; k < mention.tokenEnd; k++) taken[k] = 1;
  // People named in the other script than all their names in the fact base (never near misses).
  // A family name alone found exactly (a short form) may end one: the full name wins.
  const cross = crossScriptMentions(analysis, knowledge, taken);
  if (cross.length > 0) {
    const crossTokens = new Uint8Array(analysis.tokens.length);
    for (const name of cross) crossTokens.fill(1, name.tokenStart, name.tokenEnd);
    found = found.filter((mention) => crossTokens.subarray(mention.tokenStart, mention.tokenEnd).indexOf(1) < 0);
  }
  // Places named in Latin letters only, written in Arabic after a noun of a place (on tokens still free).
  const places = crossScriptPlaces(analysis, knowledge, taken);
  for (const name of [...cross, ...places]) {
    const token = analysis.tokens[name.tokenStart]!;
    found.push({ kind: name.form.kind, entity: name.form.entity, form: name.form, tokenStart: name.tokenStart, tokenEnd: name.tokenEnd, start: originalStart(analysis, token, name.prefix), end: analysis.tokens[name.tokenEnd - 1]!.oEnd, misspelt: undefined, lexicon: name.form.lexicon });
  }
  const fuzzy = nearMisses(analysis, knowledge, taken);
  if (fuzzy.length > 0) {
    // Tokens covered by a near miss, marked once, so dropping the exact mentions they overlap
    // costs one pass over the tokens instead of one pass over the near misses per mention.
    const fuzzyTokens = new Uint8Array(analysis.tokens.length);
    for (const miss of fuzzy) fuzzyTokens.fill(1, miss.tokenStart, miss.tokenEnd);
    found = found.filter((mention) => fuzzyTokens.subarray(mention.tokenStart, mention.tokenEnd).indexOf(1) < 0);
  }
  return [...found, ...fuzzy].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** For each token of the draft, 1 when it is part of a mention (of any kind). */
export const mentionedTokens = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): Uint8Array => {
  const marked = new Uint8Array(analysis.tokens.length);
  for (const mention of mentions(analysis, knowledge)) marked.fill(1, mention.tokenStart, mention.tokenEnd);
  return marked;
});

/** The index of the first mention of a list sorted by position that starts at or after `token`. */
export function firstMentionFrom(list: readonly Mention[], token: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.tokenStart < token) low = mid + 1;
    else high = mid;
  }
  return low;
}

function exactMentions(analysis: Analysis, knowledge: KnowledgeIndex): Mention[] {
  const tokens = analysis.tokens;
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    let best: { form: NameForm; end: number; prefix: number } | undefined;
    for (const stemmed of tokenStems(token)) {
      // One-token forms, and longer forms by their first two tokens (never every name that
      // shares a first token: thousands of people may share a given name).
      // Most words start no name: one look-up says so, remembered on the stem.
      const kind = knowledge.stemStartKind(stemmed);
      if (kind === 0) continue;
      const { stem, prefix } = stemmed;
      const second = tokens[i + 1];
      const single = kind & ONE_TOKEN ? knowledge.formsOf(stem) : NO_FORMS;
      const longer = second && kind & LONGER && (joined(token, second) || commaJoined(analysis, token, second)) ? knowledge.formsStartingWith(stem, second.key) : undefined;
      if (single.length === 0 && !longer?.length) continue;
      const forms = longer?.length ? [...single, ...longer] : single;
      for (const form of forms) {
        let ok = true;
        for (let k = 1; k < form.keys.length; k++) {
          const next = tokens[i + k];
          const previous = tokens[i + k - 1]!;
          if (!next || next.key !== form.keys[k] || !(joined(previous, next) || (form.form.includes(',') && commaJoined(analysis, previous, next)))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        // A gazetteer place in Latin letters is a proper noun: "Reading", "Phoenix", "Mobile" name
        // towns, "reading", "phoenix", "mobile" are words.
        if (form.lexicon && form.kind === 'place' && form.lang === 'en' && token.script === 'latin' && isCapital(form.form[0]!) && !isCapital(analysis.text[token.oStart]!)) continue;
        // Short capitalised forms (US, IS, PMF) only match written in capitals: "is", "us".
        if (form.lang === 'en' && form.form.length <= 4 && form.form === form.form.toUpperCase() && /[A-Z]/.test(form.form)) {
          const written = analysis.text.slice(token.oStart, tokens[i + form.keys.length - 1]!.oEnd);
          if (written !== written.toUpperCase()) continue;
        }
        const end = i + form.keys.length;
        if (
          !best ||
          end > best.end ||
          (end === best.end && best.form.lexicon && !form.lexicon) ||
          (end === best.end && best.form.short && !form.short) ||
          (end === best.end && prefix < best.prefix)
        ) {
          best = { form, end, prefix };
        }
      }
    }
    if (best) {
      out.push({
        kind: best.form.kind,
        entity: best.form.entity,
        form: best.form,
        tokenStart: i,
        tokenEnd: best.end,
        start: originalStart(analysis, token, best.prefix),
        end: tokens[best.end - 1]!.oEnd,
        misspelt: undefined,
        lexicon: best.form.lexicon,
      });
      i = best.end;
    } else {
      i++;
    }
  }
  return out;
}

/** Whether a character is an upper-case letter. */
function isCapital(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

const isNameToken = (token: Token) => (token.script === 'ar' || token.script === 'latin') && token.key.length >= 2;

/**
 * The consonant skeleton of a Latin key: no article, no vowels or glides, doubled letters once,
 * and the letters Arabic ج ق ك غ are written with (j g q k gh) as one. Two spellings of an Arabic
 * name with one skeleton are two transliterations of it (Madbouly, Madbouli; al-Gazzar, el-Jazar).
 */
export function latinSkeleton(key: string): string {
  return latinConsonants(key.replace(LATIN_ARTICLE, ''), SPELLING);
}

/** The attested Latin spellings of given names (folded keys): read letter by letter, never by their consonants. */
const ATTESTED_SPELLINGS: ReadonlySet<string> = new Set(
  Object.values(NAME_SPELLINGS)
    .flat()
    .filter((spelling) => !spelling.includes(' '))
    .map((spelling) => spelling.toLowerCase().replace(/[^a-z]/g, '')),
);

/** The Arabic words each attested Latin spelling writes (folded keys): omar and umar both write عمر. */
const ATTESTED_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  for (const [arabic, spellings] of Object.entries(NAME_SPELLINGS)) {
    for (const spelling of spellings) {
      const folded = spelling.toLowerCase().replace(/[^a-z]/g, '');
      if (!spelling.includes(' ')) out.set(folded, new Set([...(out.get(folded) ?? []), arabic]));
    }
  }
  return out;
})();

/**
 * Whether a Latin draft token is another transliteration of a form's key. A key the table attests
 * (Omar) is only met by another attested spelling of the same name (Umar), never by its consonants
 * (Amer is another name); any other key is met by its consonants (see {@link sameSkeleton}).
 */
function anotherSpelling(token: Token, formKey: string): boolean {
  const words = ATTESTED_WORDS.get(formKey);
  if (!words || token.script !== 'latin') return sameSkeleton(token, formKey);
  const other = ATTESTED_WORDS.get(token.key);
  return !!other && [...other].some((word) => words.has(word));
}

/**
 * Whether a Latin draft token and a name's key are two attested spellings of one Arabic name
 * (Khalid and Khaled, Muhammad and Mohammed, Abdallah and Abdullah): writers spell an Arab's given
 * name either way, so the other spelling is the same name, not a misspelling. Spellings of
 * different names (Khalil for Khaled) are never both attested for one Arabic word.
 */
function attestedVariant(token: Token, formKey: string): boolean {
  if (token.script !== 'latin' || token.key === formKey) return false;
  const words = ATTESTED_WORDS.get(formKey);
  const other = ATTESTED_WORDS.get(token.key);
  return !!words && !!other && [...other].some((word) => words.has(word));
}

/**
 * Whether an Arabic draft token writes a word of a foreign person's Arabic name with a long vowel
 * more or less between two consonants (مكنزي for ماكنزي, هوبكينز for هوبكنز): see
 * `oneLongVowelApart`. Only for a name the lexicon reads as foreign (a Western given name opens it).
 */
function foreignVowelVariant(token: Token, formKey: string, form: NameForm): boolean {
  if (token.script !== 'ar' || form.lang !== 'ar' || token.key === formKey) return false;
  return oneLongVowelApart(token.key, formKey) && isForeignArabicName(form.keys);
}

/**
 * Whether a Latin draft token writes a family name of the form with the Arabic article joined by a
 * hyphen or without it (al-Khawaldeh for Khawaldeh, Zoubi for al-Zoubi): English copy writes an
 * Arab family name either way.
 */
function articleVariant(token: Token, formKey: string, form: NameForm): boolean {
  if (token.script !== 'latin' || form.lang !== 'en') return false;
  if (/^(?:al|el)-/.test(token.text) && token.key.slice(2) === formKey) return formKey.length >= 4;
  if (formKey.length < 6 || formKey.slice(2) !== token.key) return false;
  return fold(form.form).toLowerCase().split(/\s+/).some((word) => word === `al-${token.key}` || word === `el-${token.key}`);
}

/** Whether another spelling writers use writes the form's word: attested, a foreign name's long vowel, or an Arab family name's article. */
function knownVariant(token: Token, formKey: string, form: NameForm): boolean {
  return attestedVariant(token, formKey) || foreignVowelVariant(token, formKey, form) || articleVariant(token, formKey, form);
}

/** Whether some word of the draft's name at `i` writes the form's word in another spelling writers use (see {@link knownVariant}). */
function writesKnownVariant(tokens: readonly Token[], i: number, form: NameForm): boolean {
  return form.keys.some((formKey, k) => !!tokens[i + k] && knownVariant(tokens[i + k]!, formKey, form));
}

/** The other attested spellings of the Arabic names a Latin key writes (mohammed: muhammad, mohamed …), folded. */
function attestedSiblings(key: string): readonly string[] {
  const words = ATTESTED_WORDS.get(key);
  if (!words) return [];
  const out = new Set<string>();
  for (const word of words) for (const spelling of NAME_SPELLINGS[word] ?? []) if (!spelling.includes(' ')) out.add(spelling.toLowerCase().replace(/[^a-z]/g, ''));
  out.delete(key);
  return [...out];
}

/** The words of transliterated people's English names that no table attests (spelt by rule), by their consonant skeleton. */
interface RuleSpelt {
  /** First words of names of two words or more: a draft's other spelling of one (Moncef for Mansef) is found by it. */
  firsts: Map<string, string[]>;
  /** Later words (Sayyegh for al-Sayegh, Merri for al-Marri), which the near misses' edit distance may not reach. */
  rest: Map<string, string[]>;
}

const ruleSpeltCache = new WeakMap<KnowledgeIndex, RuleSpelt>();

/** The words of transliterated people's English names spelt by rule, by skeleton, once per index. */
function ruleSpelt(knowledge: KnowledgeIndex): RuleSpelt {
  let spelt = ruleSpeltCache.get(knowledge);
  if (spelt) return spelt;
  spelt = { firsts: new Map(), rest: new Map() };
  const add = (map: Map<string, string[]>, word: string) => {
    const skeleton = latinSkeleton(word);
    const list = map.get(skeleton) ?? [];
    if (skeleton.length >= 2 && !list.includes(word)) map.set(skeleton, [...list, word]);
  };
  for (const entity of knowledge.entities.values()) {
    const fact = entity.fact as { transliterated?: boolean | 'ar' | 'en'; names?: { en?: string[] } };
    if (entity.kind !== 'person' || (fact.transliterated !== true && fact.transliterated !== 'en')) continue;
    for (const name of fact.names?.en ?? []) {
      const keys = nameKeys(name);
      if (keys.length < 2) continue;
      keys.forEach((word, index) => {
        if (!ATTESTED_SPELLINGS.has(word) && /^[a-z]{3,}$/.test(word)) add(index === 0 ? spelt.firsts : spelt.rest, word);
      });
    }
  }
  ruleSpeltCache.set(knowledge, spelt);
  return spelt;
}

/**
 * Whether a person's forms in the form's script were spelt by rule (the English forms of an Arabic
 * name: true or 'en'; the Arabic forms of a Latin one: 'ar'), so that any spelling of their skeleton passes.
 */
function transliterated(knowledge: KnowledgeIndex, form: NameForm): boolean {
  return namesSpeltByRule(knowledge, form.entity, form.lang);
}

/** Whether a draft token is the same transliteration as a form's key (Latin by its consonants, Arabic by `sameArabicSpelling`, the article aside). */
function sameSkeleton(token: Token, formKey: string): boolean {
  if (token.script === 'ar') return formKey.length >= 3 && /^[\u0600-\u06ff]+$/.test(formKey) && sameArabicSpelling(token.key, formKey);
  if (token.script !== 'latin' || formKey.length < 3 || latinSkeleton(token.key) !== latinSkeleton(formKey)) return false;
  // A family name with the article and one consonant is told apart by it too: its spellings
  // differ in their vowels only (al-Taei, al-Taie, al-Tai for الطائي).
  return latinSkeleton(formKey).length >= 2 || (latinSkeleton(formKey).length === 1 && LATIN_ARTICLE.test(formKey) && LATIN_ARTICLE.test(token.key));
}

/** A Latin key with doubled letters written once (yassari → yasari). */
function undouble(key: string): string {
  return key.replace(/([a-z])\1+/g, '$1');
}

/** Relative closeness needed for a misspelt token: at most 2 edits and under half its length. */
function close(a: string, b: string, max = 2): number | undefined {
  if (a === b) return 0;
  if (Math.min(a.length, b.length) < 3) return undefined;
  const distance = editDistance(a, b, max);
  if (distance > max) return undefined;
  if (distance * 2 > Math.max(a.length, b.length)) return undefined;
  return distance;
}

/** The article a family name may open with, in either script (folded). */
const NAME_ARTICLES = { ar: 'ال', latin: 'al' } as const;

/**
 * Adds to `out` the person-name tokens a draft word stands for with its article added or dropped
 * and one letter changed («قاسي» for الفاسي, «البرقاني» for بركاني, al-Bernani for Berkani), at
 * distance two: the article counts as one change. Words an edit distance already reached keep it.
 */
function articleToggled(knowledge: KnowledgeIndex, token: Token, out: Map<string, number>): void {
  if (token.script !== 'ar' && token.script !== 'latin') return;
  const article = NAME_ARTICLES[token.script];
  const key = token.key;
  const hasArticle = key.startsWith(article) && key.length - article.length >= 4;
  const other = hasArticle ? key.slice(article.length) : article + key;
  if (!hasArticle && key.length < 4) return;
  for (const similar of knowledge.personTokensWithin2(other)) {
    if (out.has(similar.token) || similar.token.startsWith(article) === hasArticle) continue;
    if (close(other, similar.token, 1) === 1) out.set(similar.token, 2);
  }
}

/**
 * The distinct person-name tokens a draft token may stand for inside a name, with their distance:
 * close (see {@link close}), or the same Latin transliteration with doubled letters.
 */
function closeNameTokens(knowledge: KnowledgeIndex, token: Token): readonly { token: string; distance: number; spelling?: boolean }[] {
  const out = new Map<string, number>();
  for (const similar of knowledge.personTokensWithin2(token.key)) {
    const distance = close(token.key, similar.token);
    if (distance !== undefined) out.set(similar.token, distance);
  }
  articleToggled(knowledge, token, out);
  const spellings = new Set<string>();
  if (token.script === 'latin') {
    for (const other of knowledge.personTokensUndoubled(undouble(token.key))) if (other.startsWith('al')) out.set(other, 0);
    // Another spelling of a word of a name spelt by rule, by its consonants, however far in edits
    // (Sayyegh for al-Sayegh): only a transliterated name's form may take it (nearMisses).
    for (const word of ruleSpelt(knowledge).rest.get(latinSkeleton(token.key)) ?? []) {
      if (out.has(word)) continue;
      out.set(word, 3);
      spellings.add(word);
    }
  }
  const tokens: { token: string; distance: number; spelling: boolean }[] = emptyListOfObjects();
  for (const [name, distance] of out) tokens.push({ token: name, distance, spelling: spellings.has(name) });
  return tokens;
}

/**
 * The total distance of a full name whose first two tokens are already matched at draft token
 * `i`, after matching its third and later tokens; undefined when they do not match.
 */
function restOfName(tokens: readonly Token[], i: number, form: NameForm, total: number, exactTokens: number, taken: Uint8Array, lenient = false): number | undefined {
  for (let k = 2; k < form.keys.length; k++) {
    const token = tokens[i + k];
    if (!token || taken[i + k] || !joined(tokens[i + k - 1]!, token) || !isNameToken(token)) return undefined;
    // Latin transliterations of Arabic family names double letters freely
    // (al-Yassari, al-Khazaali): those are spellings, not misspellings.
    // A name transliterated by rule is read by its consonants.
    const sameTransliteration =
      (token.script === 'latin' && form.keys[k]!.startsWith('al') && undouble(token.key) === undouble(form.keys[k]!)) ||
      (lenient && anotherSpelling(token, form.keys[k]!)) ||
      knownVariant(token, form.keys[k]!, form);
    const distance = sameTransliteration ? 0 : close(token.key, form.keys[k]!);
    if (distance === undefined) return undefined;
    if (distance === 0) exactTokens++;
    total += distance;
  }
  // Both parts changed is only a near miss when each change is small.
  return exactTokens === 0 && total > 2 ? undefined : total;
}

/** The first tokens of known full names a draft stem may stand for (see {@link stemNames}). */
interface StemNames {
  /** The stem itself and the first tokens close to it, with their distance, that start a name of two tokens or more. */
  firsts: readonly { token: string; distance: number }[];
  /** Other first tokens close to the stem (one or two edits, see {@link close}) that start a name of two tokens or more. */
  givens: readonly { token: string; distance: number }[];
  /** Whether the stem may be part of a near miss at all: it has firsts, givens or a family name one letter off. */
  any: boolean;
}

const stemNameCache = new WeakMap<KnowledgeIndex, Map<string, StemNames>>();

/**
 * What {@link nearMisses} looks up for one stem of a draft token, once per stem and index: most
 * words are close to no name's first token, and are then passed over with one look-up.
 */
function stemNames(knowledge: KnowledgeIndex, stem: string): StemNames {
  let cache = stemNameCache.get(knowledge);
  if (!cache) stemNameCache.set(knowledge, (cache = new Map<string, StemNames>()));
  let names = cache.get(stem);
  if (!names) {
    const similar = knowledge.similarFirstTokens(stem).filter((other) => other.token !== stem);
    // Given names spelt by rule, by their consonants (Moncef for Mansef: two letters apart); a
    // stem's skeleton is made only when the index has such names (most fact bases have none).
    const ruleFirsts = ruleSpelt(knowledge).firsts;
    for (const token of ruleFirsts.size === 0 ? [] : (ruleFirsts.get(latinSkeleton(stem)) ?? [])) {
      if (token !== stem && !similar.some((other) => other.token === token)) similar.push({ token, distance: Math.min(editDistance(stem, token, 3), 3) });
    }
    const firsts = [{ token: stem, distance: 0 }, ...similar].filter((first) => knowledge.hasLongFormsStartingWith(first.token));
    const givens: { token: string; distance: number }[] = [];
    if (stem.length >= 3) {
      for (const similar of knowledge.personTokensWithin2(stem)) {
        if (!knowledge.hasLongFormsStartingWith(similar.token)) continue;
        const distance = close(stem, similar.token);
        if (distance !== undefined && distance !== 0) givens.push({ token: similar.token, distance });
      }
    }
    const shorts = stem.length >= 6 && knowledge.similarShortForms(stem).length > 0;
    names = { firsts, givens, any: firsts.length > 0 || givens.length > 0 || shorts };
    if (cache.size > 100_000) cache.clear();
    cache.set(stem, names);
  }
  return names;
}

/**
 * Whether some stem of a token may start a near miss of a person's name (it is close to some name's
 * first token): remembered on each stem for the index, since every word of every draft is asked.
 */
function mayNearMiss(knowledge: KnowledgeIndex, stems: readonly Stem[]): boolean {
  const serial = knowledge.serial;
  for (const stemmed of stems) {
    if (stemmed.nearOf !== serial) {
      stemmed.near = !NOT_NAMES.has(stemmed.stem) && stemNames(knowledge, stemmed.stem).any;
      stemmed.nearOf = serial;
    }
    if (stemmed.near) return true;
  }
  return false;
}

/** Offers a name form to the search from one draft word, at a distance (0: another spelling of it). */
type Consider = (form: NameForm, prefix: number, distance: number) => void;

/**
 * Near misses of full person names: the family name exact and the given name close, the given
 * name exact and the family name close, or both close. Only multi-token names are considered, so
 * a lone common word is never taken for a misspelt name.
 *
 * The searches from one word are functions of their own ({@link twoWordNearMisses},
 * {@link familyNameNearMiss}): what they find is rare, and when V8 first meets it in optimised
 * code it throws that code away and compiles it again; kept apart, the function compiled again is
 * the small search, not this loop with all it inlines.
 */
function nearMisses(analysis: Analysis, knowledge: KnowledgeIndex, taken: Uint8Array): Mention[] {
  const tokens = analysis.tokens;
  const out: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (taken[i] || !isNameToken(tokens[i]!) || lowerCaseWord(analysis, tokens[i]!) || arabicSpeechVerb(tokens[i]!)) continue;
    // Most words are close to no name at all: passed over before anything is set up for them.
    if (!mayNearMiss(knowledge, tokenStems(tokens[i]!))) continue;
    let best: { form: NameForm; length: number; prefix: number; distance: number } | undefined;
    let accepted = false;
    // A spelling accepted because the person's English forms were transliterated by rule.
    let transliteration: { form: NameForm; length: number; prefix: number } | undefined;
    const consider = (form: NameForm, prefix: number, distance: number) => {
      // An accepted spelling here (a transliteration variant, or a foreign name's g written with
      // the other Arabic letter) rules out every near miss.
      const latinG = distance > 0 && latinGSpelling(knowledge, tokens, i, form, prefix);
      if (distance === 0 || latinG) {
        accepted = true;
        if (!transliteration && (latinG || transliterated(knowledge, form) || writesKnownVariant(tokens, i, form))) transliteration = { form, length: form.keys.length, prefix };
        return;
      }
      if (!best || distance < best.distance || (distance === best.distance && form.keys.length > best.length)) best = { form, length: form.keys.length, prefix, distance };
    };
    twoWordNearMisses(consider, tokens, knowledge, i, taken);
    if (accepted) best = undefined;
    if (transliteration) {
      // Another spelling of a drawn name is that person, as an exact mention would be.
      out.push({
        kind: 'person',
        entity: transliteration.form.entity,
        form: transliteration.form,
        tokenStart: i,
        tokenEnd: i + transliteration.length,
        start: originalStart(analysis, tokens[i]!, transliteration.prefix),
        end: tokens[i + transliteration.length - 1]!.oEnd,
        misspelt: undefined,
        lexicon: false,
      });
      for (let k = i; k < i + transliteration.length; k++) taken[k] = 1;
      i += transliteration.length - 1;
      continue;
    }
    // A family name alone, one letter off (للخزاعلي, Romanovski): only long, distinctive names,
    // and not an inflection (a changed ending is how Arabic words inflect).
    if (!best && !accepted && !taken[i]) best = familyNameNearMiss(analysis, knowledge, i);
    if (best) {
      const endToken = tokens[i + best.length - 1]!;
      out.push({
        kind: 'person',
        entity: best.form.entity,
        form: best.form,
        tokenStart: i,
        tokenEnd: i + best.length,
        start: originalStart(analysis, tokens[i]!, best.prefix),
        end: endToken.oEnd,
        misspelt: { distance: best.distance },
        lexicon: false,
      });
      for (let k = i; k < i + best.length; k++) taken[k] = 1;
      i += best.length - 1;
    }
  }
  return out;
}

/** Lower-case particles that open Latin transliterations of names (al-Abbasi, el-Sisi, de Mistura, van Dijk). */
const LOWER_CASE_NAME_PARTICLES = /^(?:al|el|ad|as|ash|at|ar|az|an|bin|ibn|bint|de|da|di|del|della|der|du|la|le|van|von|ter)(?:$|-)/;

/**
 * Whether a Latin token is written in lower case and is no name particle: English writes names
 * with a capital, so such a word ("said" before a family name) never opens a near miss of a
 * person's name.
 */
function lowerCaseWord(analysis: Analysis, token: Token): boolean {
  if (token.script !== 'latin') return false;
  const written = analysis.text.slice(token.oStart, token.oEnd);
  return /^[a-z]/.test(written) && !LOWER_CASE_NAME_PARTICLES.test(written);
}

/**
 * Whether an Arabic token is a speech verb, bare or behind و or ف (قالت, وأضافت, فقال): Arabic
 * writes no capitals, so the verb before a family name («قالت الرواشدة») is the counterpart of
 * English's lower-case "said Benali", and opens no near miss of a person's name (هالة).
 */
function arabicSpeechVerb(token: Token): boolean {
  if (token.script !== 'ar') return false;
  return ALL_SPEECH_VERBS.has(token.key) || (/^[وف]/.test(token.key) && ALL_SPEECH_VERBS.has(token.key.slice(1)));
}

/** The two letters the Arabic press writes a Latin g with (Berg: بيرغ, بيرج). */
const LATIN_G_LETTERS = 'جغ';

/**
 * Whether the draft's words at `i` write a person's Arabic name form with its Latin g in the other
 * of the two letters Arabic writers use for it (بيرج for بيرغ, جريتا for غريتا): the person's
 * English names have a bare g (gh writes غ alone: Ghassan is not جسان), and the words differ
 * from the form's only by ج for غ or غ for ج, in one place or more.
 */
function latinGSpelling(knowledge: KnowledgeIndex, tokens: readonly Token[], i: number, form: NameForm, prefix: number): boolean {
  if (form.lang !== 'ar') return false;
  const english = (knowledge.entity(form.entity)?.fact as { names?: { en?: string[] } } | undefined)?.names?.en ?? [];
  if (!english.some((name) => /g(?!h)/i.test(name))) return false;
  let swapped = false;
  for (let k = 0; k < form.keys.length; k++) {
    const word = k === 0 ? tokenStems(tokens[i]!).find((stem) => stem.prefix === prefix)?.stem : tokens[i + k]?.key;
    const key = form.keys[k]!;
    if (word === undefined || word.length !== key.length) return false;
    for (let c = 0; c < key.length; c++) {
      if (word[c] === key[c]) continue;
      if (!LATIN_G_LETTERS.includes(word[c]!) || !LATIN_G_LETTERS.includes(key[c]!)) return false;
      swapped = true;
    }
  }
  return swapped;
}

/**
 * The full names the words at `i` and `i + 1` may be a near miss or another spelling of, offered
 * to `consider`: the given name exact or close and the rest close, then the family name exact and
 * another given name of similar shape.
 */
function twoWordNearMisses(consider: Consider, tokens: readonly Token[], knowledge: KnowledgeIndex, i: number, taken: Uint8Array): void {
  const next = tokens[i + 1]!;
  const nextFits = !taken[i + 1] && joined(tokens[i]!, next) && isNameToken(next);
  // The tokens the next one may stand for, found once for all the stems of this one.
  let seconds: readonly { token: string; distance: number; spelling?: boolean }[] | undefined;
  for (const { stem, prefix } of tokenStems(tokens[i]!)) {
    if (NOT_NAMES.has(stem) || !nextFits) continue;
    // Given name exact (or close) and the rest close: names looked up by their first two
    // tokens, each close to the draft's, so the cost does not grow with how many people share
    // a given name.
    // Another attested spelling of the given name (Muhammad for Mohammed) may be further than two edits from it.
    const siblings = tokens[i]!.script === 'latin' && prefix === 0 ? attestedSiblings(stem).map((token) => ({ token, distance: 0 })) : [];
    for (const first of siblings.length ? [...stemNames(knowledge, stem).firsts, ...siblings] : stemNames(knowledge, stem).firsts) {
      seconds ??= closeNameTokens(knowledge, next);
      for (const second of seconds) {
        for (const form of knowledge.personFormsStartingWith(first.token, second.token)) {
          if (first.distance > 0 && form.keys.length > 15) continue;
          // Given names come from a table of attested spellings, which are read letter by letter
          // (Essam is not Assem); the rest of a drawn name, and a given name the table lacks, were
          // spelt by rule and are read by their consonants (Moncef for the rule's Mansef).
          const lenient = transliterated(knowledge, form);
          const firstDistance =
            (lenient && first.distance > 0 && !ATTESTED_SPELLINGS.has(form.keys[0]!) && sameSkeleton(tokens[i]!, form.keys[0]!)) || attestedVariant(tokens[i]!, form.keys[0]!) ? 0 : first.distance;
          const secondDistance = (lenient && anotherSpelling(next, form.keys[1]!)) || knownVariant(next, form.keys[1]!, form) ? 0 : second.distance;
          // A word found by its consonants alone makes another spelling of the whole name only
          // (both words accepted), never a near miss.
          if (second.spelling && (secondDistance !== 0 || firstDistance !== 0)) continue;
          const total = restOfName(tokens, i, form, firstDistance + secondDistance, (firstDistance === 0 ? 1 : 0) + (secondDistance === 0 ? 1 : 0), taken, lenient);
          if (total !== undefined) consider(form, prefix, total);
        }
        // A given name with the family name, spelt otherwise than the short form drawn by rule
        // (Ziad Abbadi for Zayad al-Abadi), is that person too; a short form is never a near miss.
        for (const form of knowledge.shortPersonFormsStartingWith(first.token, second.token)) {
          if (!transliterated(knowledge, form)) continue;
          const firstSpelt = first.distance === 0 || (!ATTESTED_SPELLINGS.has(form.keys[0]!) && sameSkeleton(tokens[i]!, form.keys[0]!));
          if (firstSpelt && (second.distance === 0 || anotherSpelling(next, form.keys[1]!))) consider(form, prefix, 0);
        }
      }
    }
  }
  // Family name exact and a different given name of similar shape.
  if (!taken[i + 1] && joined(tokens[i]!, next)) {
    for (const { stem, prefix } of tokenStems(tokens[i]!)) {
      if (NOT_NAMES.has(stem) || stem.length < 3) continue;
      for (const { token, distance } of stemNames(knowledge, stem).givens) {
        for (const form of knowledge.personFormsStartingWith(token, next.key)) {
          if (form.keys.length !== 2) continue;
          // A given name spelt by rule (not from the table of attested spellings) is accepted in
          // any spelling of its consonants (تيريزا for the rule's تيرسا), as with the family name.
          const spelt = (transliterated(knowledge, form) && !ATTESTED_SPELLINGS.has(form.keys[0]!) && sameSkeleton(tokens[i]!, form.keys[0]!)) || attestedVariant(tokens[i]!, form.keys[0]!);
          consider(form, prefix, spelt ? 0 : distance);
        }
      }
    }
  }
}

/** A family name alone, one letter off, at token `i`: the closest short form, if one is. */
function familyNameNearMiss(analysis: Analysis, knowledge: KnowledgeIndex, i: number): { form: NameForm; length: number; prefix: number; distance: number } | undefined {
  const tokens = analysis.tokens;
  let best: { form: NameForm; length: number; prefix: number; distance: number } | undefined;
  for (const { stem, prefix } of tokenStems(tokens[i]!)) {
    if (stem.length < 6 || NOT_NAMES.has(stem) || knowledge.knownWords.has(stem) || knowledge.knownWords.has(tokens[i]!.key)) continue;
    for (const similar of knowledge.similarShortForms(stem)) {
      const target = similar.form.keys[0]!;
      const latin = tokens[i]!.script === 'latin';
      if (latin && target.startsWith('al') && undouble(stem) === undouble(target)) continue;
      if (transliterated(knowledge, similar.form) && sameSkeleton(tokens[i]!, target)) continue;
      if (latinGSpelling(knowledge, tokens, i, similar.form, prefix)) continue;
      if (latin && !/^[A-Z]/.test(analysis.text.slice(tokens[i]!.oStart, tokens[i]!.oEnd))) continue;
      // An inflected form (المهندسة for المهندس) is another word, not a misspelling.
      const inflected = stem.startsWith(target) || target.startsWith(stem) || stem.slice(0, -1) === target.slice(0, -1);
      if (!latin && (inflected || stem.slice(0, 3) !== target.slice(0, 3))) continue;
      // Part of another full name (علي الخزاعي): someone else.
      const previous = tokens[i - 1];
      if (previous && previous.sentence === tokens[i]!.sentence && GIVEN_NAMES.has(previous.key)) continue;
      if (knowledge.hasFormsStartingWith(stem)) continue;
      best = { form: similar.form, length: 1, prefix, distance: similar.distance };
      break;
    }
    if (best) break;
  }
  return best;
}

/** The mention covering token `index`, if any. */
export function mentionAt(all: readonly Mention[], index: number): Mention | undefined {
  let low = 0;
  let high = all.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const mention = all[mid]!;
    if (index < mention.tokenStart) high = mid - 1;
    else if (index >= mention.tokenEnd) low = mid + 1;
    else return mention;
  }
  return undefined;
}
