/**
 * `name-spelling`: a known person's name with one part replaced by another name ("ناصف ساويرس"
 * for نجيب ساويرس, "Catherine Holt" for Caroline Holt, "حسام الشربيني" for حسام الشرقاوي). The
 * near-miss search (`mentions.ts`) only finds parts changed by a letter or two; here the other
 * part is a different name altogether, so the draft may just as well name a relative or a
 * namesake. It is taken for the known person only when the draft says so around it:
 *
 * - the name (two to four words) is a known person's name with exactly one word replaced, that
 *   word is not a spelling of theirs, and no other known person's name fits so (ناصف ساويرس for
 *   نجيب ساويرس, أحمد حسن السويدي for محمد حسن السويدي);
 * - and the person's own title from the fact base stands right before the name, or the title
 *   right after it or the sentence restating an article sentence that names the person
 *   (`align.ts`), with the changed word where a name goes (a given name the engine knows, after
 *   a speech verb, or a capitalised word inside an English sentence);
 * - and the sentence does not name the person correctly as well.
 */
import type { Analysis, Token } from '../../analysis';
import { editDistance, nameKeys, tokenStems, type Entity, type KnowledgeIndex, type NameForm } from '../../knowledge';
import type { Post } from '../../factBase/schema';
import { mentions, mentionAt, type Mention } from '../../mentions';
import { titles, nationalityOf, FILLER } from '../../titles';
import { alignedSentences } from '../../align';
import { perDraft } from '../../memo';
import { FORMER, STOPWORDS } from '../../lexicon/words';
import { AR_STOP } from '../../lexicon/functionWords';
import { LATIN_ARTICLE, SPELLING, latinConsonants, sameArabicSpelling } from '../../text/skeleton';
import { KNOWN_GIVEN_NAMES } from '../../lexicon/givenNames';
import { NAME_HONORIFICS } from '../../lexicon/honorifics';
import { ALL_SPEECH_VERBS } from '../../lexicon/speech';

/** Function words and words that mark a past post, as sets. */
const STOP = new Set(STOPWORDS);
const PAST = new Set(FORMER);

/** A known person's name written with one part replaced. */
export interface ChangedName {
  /** The person's entity key. */
  entity: string;
  /** The person's two-part name in the sentence's language, the fix. */
  expected: string;
  /** Original range of the draft's name, clitics excluded. */
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** A known name the draft's words match but for one word. */
interface Candidate {
  entity: string;
  form: NameForm;
  /** Token of the replaced word. */
  changed: number;
  /** Clitic prefix on the first token. */
  prefix: number;
}

/** Words that join the parts of a name; replacing one is not replacing a name. */
const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'ال', 'ابو', 'bin', 'ben', 'bint', 'ibn', 'al', 'el', 'abu', 'de', 'van', 'von']);

/** Names of known people with one part replaced, once per draft. */
export const changedNames = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): ChangedName[] => {
  const tokens = analysis.tokens;
  const all = mentions(analysis, knowledge);
  const inTitle = new Uint8Array(tokens.length);
  for (const title of titles(analysis, knowledge)) inTitle.fill(1, title.headStart, Math.max(title.end, title.headEnd));
  const out: ChangedName[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!;
    if ((first.script !== 'ar' && first.script !== 'latin') || mentionAt(all, i)) continue;
    const candidate = replacedWord(analysis, knowledge, all, inTitle, i);
    if (!candidate || !corroborated(analysis, knowledge, all, candidate, i)) continue;
    const last = tokens[i + candidate.form.keys.length - 1]!;
    const start = candidate.prefix > 0 ? analysis.norm.toOriginal(first.start + candidate.prefix, first.end).start : first.oStart;
    out.push({ entity: candidate.entity, expected: candidate.form.form, start, end: last.oEnd, tokenStart: i, tokenEnd: last.index + 1 });
    i = last.index;
  }
  return out;
});

/** Whether two tokens may belong to one name (same sentence, clause and quotation). */
function joined(a: Token, b: Token): boolean {
  return a.sentence === b.sentence && a.clause === b.clause && a.quote === b.quote;
}

/** Whether a draft word is a spelling of a name part (equal, or a letter or two off). */
function spellingOf(word: string, part: string): boolean {
  if (word === part) return true;
  const distance = editDistance(word, part, 2);
  return distance <= 2 && distance * 2 <= Math.max(word.length, part.length) + 1;
}

/**
 * Whether `word` is another Latin spelling of `part`, a word of a name the fact base marks as
 * transliterated: the same consonant skeleton (Bejaoui and Bajawi, Madbouly and Madbouli), the
 * article al-/el- aside.
 */
function transliteratedSpelling(knowledge: KnowledgeIndex, entity: string, word: string, part: string): boolean {
  if ((knowledge.entity(entity)?.fact as { transliterated?: unknown } | undefined)?.transliterated !== true) return false;
  const bare = (key: string) => key.replace(LATIN_ARTICLE, '');
  const skeleton = latinConsonants(bare(word), SPELLING);
  return skeleton.length >= 2 && skeleton === latinConsonants(bare(part), SPELLING);
}

/**
 * Whether `word` is another Arabic spelling of `part`, a word of the Arabic forms the fact base
 * spelt by rule from a Latin name (`transliterated: 'ar'`), the article aside (see `sameArabicSpelling`).
 */
function arabicTransliteration(knowledge: KnowledgeIndex, entity: string, word: string, part: string): boolean {
  if ((knowledge.entity(entity)?.fact as { transliterated?: unknown } | undefined)?.transliterated !== 'ar') return false;
  return sameArabicSpelling(word, part);
}

/** Words that never stand for a name part: function words, verbs of speech, honorifics, title words. */
function notAName(knowledge: KnowledgeIndex, token: Token, inTitle?: Uint8Array): boolean {
  const key = token.key;
  if (key.length < 3 || (inTitle && inTitle[token.index])) return true;
  if (AR_STOP.has(key) || STOP.has(key) || FILLER.has(key) || ALL_SPEECH_VERBS.has(key) || NAME_HONORIFICS.has(key) || PAST.has(key)) return true;
  if (nationalityOf(token) || knowledge.knownWords.has(key)) return true;
  return tokenStems(token).some((s) => ALL_SPEECH_VERBS.has(s.stem) || AR_STOP.has(s.stem));
}

/** Whether a Latin token is written with a capital. */
function capitalised(analysis: Analysis, token: Token): boolean {
  return /^[A-Z]/.test(analysis.text.slice(token.oStart, token.oEnd));
}

/**
 * The known name that the words from token `i` match in every word but one, when exactly one
 * person's does: known names are looked up by their first word (a clitic stripped) and by their
 * last, so the cost does not grow with the number of people.
 */
function replacedWord(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], inTitle: Uint8Array, i: number): Candidate | undefined {
  const tokens = analysis.tokens;
  // Most words start no known name and end none: the set is made only when one does.
  let forms: Set<NameForm> | undefined;
  for (const { stem } of tokenStems(tokens[i]!)) for (const form of knowledge.personNamesWith('first', stem)) (forms ??= new Set()).add(form);
  for (let n = 2; n <= 4 && i + n - 1 < tokens.length; n++) {
    for (const form of knowledge.personNamesWith('last', tokens[i + n - 1]!.key)) if (form.keys.length === n) (forms ??= new Set()).add(form);
  }
  if (!forms) return undefined;
  let found: Candidate[] = [];
  for (const form of forms) {
    const candidate = matchButOne(analysis, knowledge, all, inTitle, i, form);
    if (!candidate) continue;
    // The longest known name that fits wins: it shares the most with the draft.
    if (found.length > 0 && found[0]!.form.keys.length < form.keys.length) found = [];
    if (found.length === 0 || found[0]!.form.keys.length === form.keys.length) found.push(candidate);
  }
  const people = new Set(found.map((candidate) => candidate.entity));
  return people.size === 1 ? found[0] : undefined;
}

/** The draft's words from token `i` as `form` with one word replaced by a word that may be a name. */
function matchButOne(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], inTitle: Uint8Array, i: number, form: NameForm): Candidate | undefined {
  const tokens = analysis.tokens;
  const n = form.keys.length;
  if (NAME_HONORIFICS.has(form.keys[0]!) || i + n > tokens.length) return undefined;
  let changed = -1;
  let prefix = 0;
  for (let k = 0; k < n; k++) {
    const token = tokens[i + k]!;
    if (token.script !== tokens[i]!.script || (k > 0 && !joined(tokens[i + k - 1]!, token))) return undefined;
    // A word of the name may be a one-word mention of the same person (a family name alone).
    const mention = k > 0 ? mentionAt(all, i + k) : undefined;
    if (mention && !(mention.kind === 'person' && mention.entity === form.entity && mention.tokenStart === i + k && mention.tokenEnd === i + k + 1)) return undefined;
    const stem = k === 0 ? tokenStems(token).find((s) => s.stem === form.keys[0]) : undefined;
    if (token.key === form.keys[k] || stem) {
      if (stem) prefix = stem.prefix;
      continue;
    }
    if (changed >= 0) return undefined;
    changed = i + k;
  }
  if (changed < 0) return undefined;
  const position = changed - i;
  const word = tokens[changed]!;
  const expected = form.keys[position]!;
  // A clitic on a replaced first word (وناصف) comes off when what remains is a given name.
  const clitic = position === 0 ? tokenStems(word).find((s) => s.prefix > 0 && KNOWN_GIVEN_NAMES.has(s.stem)) : undefined;
  if (CONNECTORS.has(expected) || CONNECTORS.has(word.key) || spellingOf(clitic?.stem ?? word.key, expected)) return undefined;
  // Another Latin spelling of a transliterated name's word is that word (Bejaoui for al-Bajawi),
  // and so is another Arabic spelling of a Latin name's word, with or without the article (التراب for Terrab's تيراب).
  if (word.script === 'latin' && transliteratedSpelling(knowledge, form.entity, word.key, expected)) return undefined;
  if (word.script === 'ar' && arabicTransliteration(knowledge, form.entity, word.key, expected)) return undefined;
  if (notAName(knowledge, word, position === 0 ? undefined : inTitle)) return undefined;
  if (word.script === 'latin' && !capitalised(analysis, word)) return undefined;
  if (word.script === 'ar') {
    // A family name is written with the article (الشربيني); a given name without it.
    if (position === n - 1 && !(word.key.startsWith('ال') && word.key.length >= 5)) return undefined;
    if (position < n - 1 && word.key.startsWith('ال')) return undefined;
  }
  return { entity: form.entity, form, changed, prefix: clitic?.prefix ?? prefix };
}

/**
 * The keys of the titles (two words or more) of a person's posts, read once per list of posts: the
 * index does not change while drafts are checked.
 */
function titleKeysOf(posts: readonly Entity<Post>[]): readonly string[][] {
  let keys = titleKeyCache.get(posts);
  if (!keys) {
    keys = posts
      .flatMap((post) => [...post.fact.title.ar, ...post.fact.title.en])
      .map((form) => nameKeys(form))
      .filter((forms) => forms.length >= 2);
    titleKeyCache.set(posts, keys);
  }
  return keys;
}

const titleKeyCache = new WeakMap<readonly Entity<Post>[], readonly string[][]>();
const NO_POSTS: readonly Entity<Post>[] = [];

/**
 * Whether the draft ties the name to the known person: the person's title right before it, or
 * (with the changed word where a name goes) the title right after it or a restated sentence that
 * names the person; never when the sentence also names the person correctly.
 */
function corroborated(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], candidate: Candidate, i: number): boolean {
  const tokens = analysis.tokens;
  const sentence = tokens[i]!.sentence;
  const span = analysis.sentences[sentence]!;
  const named = all.some(
    (mention) => mention.entity === candidate.entity && !mention.form.short && tokens[mention.tokenStart]!.sentence === sentence && !(mention.tokenStart > i && mention.tokenStart < i + candidate.form.keys.length),
  );
  if (named) return false;
  const titleForms = titleKeysOf(knowledge.postsByHolder.get(candidate.entity) ?? NO_POSTS);
  const matches = (at: number, keys: readonly string[]) =>
    keys.every((key, k) => {
      const token = tokens[at + k];
      return !!token && token.sentence === sentence && (token.key === key || tokenStems(token).some((s) => s.stem === key));
    });
  if (titleForms.some((keys) => i - keys.length >= span.tokenStart && matches(i - keys.length, keys))) return true;
  const changed = tokens[candidate.changed]!;
  const end = i + candidate.form.keys.length;
  const slot =
    changed.script === 'latin'
      ? candidate.changed > i || i > span.tokenStart
      : candidate.changed > i || KNOWN_GIVEN_NAMES.has(changed.key) || (i > span.tokenStart && tokenStems(tokens[i - 1]!).some((s) => ALL_SPEECH_VERBS.has(s.stem)));
  if (!slot && !(changed.script === 'latin' && i === span.tokenStart)) return false;
  const after = titleForms.some((keys) => matches(end, keys) || (tokens[end]?.key === 'the' && matches(end + 1, keys)));
  if (after) return true;
  if (!slot) return false;
  const anchor = '@' + (knowledge.canonicalName(candidate.entity, 'en') || knowledge.canonicalName(candidate.entity, 'ar')).toLowerCase();
  return alignedSentences(analysis, knowledge, sentence).some((aligned) => aligned.stems.has(anchor));
}
