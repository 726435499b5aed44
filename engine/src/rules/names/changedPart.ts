/**
 * `name-spelling`: a known person's name with one part replaced by another name ("ناصف ساويرس"
 * for نجيب ساويرس, "Catherine Holt" for Caroline Holt, "حسام الشربيني" for حسام الشرقاوي). The
 * near-miss search (`mentions.ts`) only finds parts changed by a letter or two; here the other
 * part is a different name altogether, so the draft may just as well name a relative or a
 * namesake. It is taken for the known person only when the draft says so around it:
 *
 * - the two-word name shares its given or its family name with exactly one known person (whose
 *   name has those two parts), and the other part is not a spelling of theirs;
 * - and the person's own title from the fact base stands right before the name, or the title
 *   right after it or the sentence restating an article sentence that names the person
 *   (`align.ts`), with the changed word where a name goes (a given name the engine knows, after
 *   a speech verb, or a capitalised word inside an English sentence);
 * - and the sentence does not name the person correctly as well.
 */
import type { Analysis, Token } from '../../analysis';
import { editDistance, nameKeys, tokenStems, type KnowledgeIndex, type NameForm } from '../../knowledge';
import { mentions, mentionAt, type Mention } from '../../mentions';
import { titles, nationalityOf, FILLER } from '../../titles';
import { alignedSentences } from '../../align';
import { perDraft } from '../../memo';
import { FORMER, STOPWORDS } from '../../lexicon/words';
import { AR_STOP, GIVEN, HONORIFICS, SPEECH } from '../../draw/words';

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

/** What a candidate shares with the known name, and where. */
interface Candidate {
  entity: string;
  forms: readonly NameForm[];
  /** Token of the shared part and of the changed one. */
  shared: number;
  changed: number;
  /** Clitic prefix on the first token. */
  prefix: number;
}

/** Names of known people with one part replaced, once per draft. */
export const changedNames = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): ChangedName[] => {
  const tokens = analysis.tokens;
  const all = mentions(analysis, knowledge);
  const inTitle = new Uint8Array(tokens.length);
  for (const title of titles(analysis, knowledge)) inTitle.fill(1, title.headStart, Math.max(title.end, title.headEnd));
  const out: ChangedName[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!;
    const second = tokens[i + 1]!;
    if (!joined(first, second) || first.script !== second.script || (first.script !== 'ar' && first.script !== 'latin')) continue;
    if (mentionAt(all, i)) continue;
    const candidate = familyShared(analysis, knowledge, all, i) ?? givenShared(analysis, knowledge, all, inTitle, i);
    if (!candidate || !corroborated(analysis, knowledge, all, candidate, i)) continue;
    const lang = first.script === 'ar' ? 'ar' : 'en';
    const form = candidate.forms.find((f) => f.lang === lang);
    const expected = form?.form ?? knowledge.canonicalName(candidate.entity, lang);
    const start = candidate.prefix > 0 ? analysis.norm.toOriginal(first.start + candidate.prefix, first.end).start : first.oStart;
    out.push({ entity: candidate.entity, expected, start, end: second.oEnd, tokenStart: i, tokenEnd: i + 2 });
    i++;
  }
  return out;
});

/** Whether two tokens may belong to one name (same sentence, clause and quotation). */
function joined(a: Token, b: Token): boolean {
  return a.sentence === b.sentence && a.clause === b.clause && a.quote === b.quote;
}

/** The one person among `forms`, if they all belong to one. */
function onePerson(forms: readonly NameForm[]): string | undefined {
  const people = new Set(forms.map((form) => form.entity));
  return people.size === 1 ? [...people][0] : undefined;
}

/** Whether a draft word is a spelling of a name part (equal, or a letter or two off). */
function spellingOf(word: string, part: string): boolean {
  if (word === part) return true;
  const distance = editDistance(word, part, 2);
  return distance <= 2 && distance * 2 <= Math.max(word.length, part.length) + 1;
}

/** Words that never stand for a name part: function words, verbs of speech, honorifics, title words. */
function notAName(knowledge: KnowledgeIndex, token: Token, inTitle?: Uint8Array): boolean {
  const key = token.key;
  if (key.length < 3 || (inTitle && inTitle[token.index])) return true;
  if (AR_STOP.has(key) || STOP.has(key) || FILLER.has(key) || SPEECH.has(key) || HONORIFICS.has(key) || PAST.has(key)) return true;
  if (nationalityOf(token) || knowledge.knownWords.has(key)) return true;
  return tokenStems(token).some((s) => SPEECH.has(s.stem) || AR_STOP.has(s.stem));
}

/** Whether a Latin token is written with a capital. */
function capitalised(analysis: Analysis, token: Token): boolean {
  return /^[A-Z]/.test(analysis.text.slice(token.oStart, token.oEnd));
}

/** "X F": F is the family name of one known person, X another given name. */
function familyShared(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], i: number): Candidate | undefined {
  const given = analysis.tokens[i]!;
  const family = analysis.tokens[i + 1]!;
  const own = mentionAt(all, i + 1);
  // The family name is free, or a one-word mention of the same person (a short form).
  if (own && !(own.kind === 'person' && own.tokenStart === i + 1 && own.tokenEnd === i + 2)) return undefined;
  const forms = knowledge.twoPartNamesWith('last', family.key);
  const entity = onePerson(forms);
  if (!entity || (own && own.entity !== entity)) return undefined;
  if (notAName(knowledge, given)) return undefined;
  if (given.script === 'ar' && given.key.startsWith('ال')) return undefined;
  if (given.script === 'latin' && !capitalised(analysis, given)) return undefined;
  // A clitic on the given name (وناصف): the part after it, when it is a known given name.
  const stems = tokenStems(given);
  const clitic = stems.find((s) => s.prefix > 0 && GIVEN.has(s.stem));
  const word = clitic?.stem ?? given.key;
  if (forms.some((form) => HONORIFICS.has(form.keys[0]!) || spellingOf(word, form.keys[0]!))) return undefined;
  return { entity, forms, shared: i + 1, changed: i, prefix: clitic?.prefix ?? 0 };
}

/** "G Y": G is the given name of one known person, Y another family name. */
function givenShared(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], inTitle: Uint8Array, i: number): Candidate | undefined {
  const given = analysis.tokens[i]!;
  const family = analysis.tokens[i + 1]!;
  if (mentionAt(all, i + 1) || notAName(knowledge, family, inTitle)) return undefined;
  if (family.script === 'ar' && !(family.key.startsWith('ال') && family.key.length >= 5)) return undefined;
  if (family.script === 'latin' && !capitalised(analysis, family)) return undefined;
  for (const { stem, prefix } of tokenStems(given)) {
    const forms = knowledge.twoPartNamesWith('first', stem);
    const entity = onePerson(forms);
    if (!entity || forms.some((form) => HONORIFICS.has(form.keys[0]!) || spellingOf(family.key, form.keys[1]!))) continue;
    return { entity, forms, shared: i, changed: i + 1, prefix };
  }
  return undefined;
}

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
    (mention) => mention.entity === candidate.entity && !mention.form.short && tokens[mention.tokenStart]!.sentence === sentence && mention.tokenStart !== i + 1,
  );
  if (named) return false;
  const titleForms = (knowledge.postsByHolder.get(candidate.entity) ?? [])
    .flatMap((post) => [...post.fact.title.ar, ...post.fact.title.en])
    .map((form) => nameKeys(form))
    .filter((keys) => keys.length >= 2);
  const matches = (at: number, keys: readonly string[]) =>
    keys.every((key, k) => {
      const token = tokens[at + k];
      return !!token && token.sentence === sentence && (token.key === key || tokenStems(token).some((s) => s.stem === key));
    });
  if (titleForms.some((keys) => i - keys.length >= span.tokenStart && matches(i - keys.length, keys))) return true;
  const changed = tokens[candidate.changed]!;
  const slot =
    changed.script === 'latin'
      ? candidate.changed === i + 1 || i > span.tokenStart
      : candidate.changed === i + 1 || GIVEN.has(changed.key) || (i > span.tokenStart && tokenStems(tokens[i - 1]!).some((s) => SPEECH.has(s.stem)));
  if (!slot && !(changed.script === 'latin' && i === span.tokenStart)) return false;
  const after = titleForms.some((keys) => matches(i + 2, keys) || (tokens[i + 2]?.key === 'the' && matches(i + 3, keys)));
  if (after) return true;
  if (!slot) return false;
  const anchor = '@' + (knowledge.canonicalName(candidate.entity, 'en') || knowledge.canonicalName(candidate.entity, 'ar')).toLowerCase();
  return alignedSentences(analysis, knowledge, sentence).some((aligned) => aligned.stems.has(anchor));
}
