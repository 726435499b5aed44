/**
 * The `event-place` rule's venues the fact base does not know: a draft sentence that restates an
 * article sentence and names a venue by its construction — a capitalised name before a venue noun
 * ("taken to Singleton Hospital", "a rest centre at the Brangwyn Hall"), or an Arabic venue noun
 * and the words of its name («نُقلا إلى مستشفى الملك فهد», a body's seat «بمقر الوزارة») — where the article sentence names a
 * known place with the same venue noun (Morriston Hospital) has moved what happened there, though
 * no gazetteer lists the draft's venue. A venue noun may be of two words ("the Karameh border
 * crossing", «مركز حدود المدورة»), and one English writes in lower case (crossing) follows its name
 * so too; a nationality adjective before a noun is no name ("a Syrian hotel", `places/adjectives.ts`).
 * An Arabic venue may be named by a chain of nouns in construct that a definite word or a known
 * name ends («قاعة جامعة الأنبار»), or after a known place («مقر ولاية قابس»): the latter may be
 * the article's venue called by its town, and is compared only with a venue of another noun that
 * lies in that place. Where the article sentence names no venue of the draft's noun, a
 * known venue of another noun (a building, or a name with a venue noun) is the slot's when it
 * follows the same word as the draft's venue in a sentence of the draft's language (a news
 * conference held «بفندق الموحدين» for «بمقر الولاية»; "held at the Royal Cultural Centre" for the
 * Movenpick hotel).
 *
 * Left alone: a venue the article itself names anywhere (its words are the article's), a sentence
 * that also names the article's venue, an article sentence with no such venue or two of them, and
 * a sentence that shares fewer than two words or names with the article sentence besides the venue.
 * A venue right after an event's word is compared with the event's building in `places/eventVenues.ts`.
 */
import type { Analysis } from '../../analysis';
import type { KnowledgeIndex } from '../../knowledge';
import type { Place } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { alignedSentences, sentenceEvidence, sharedOutside, unlistedSlot, type ArticleSentence } from '../../align';
import { mentions, mentionedTokens } from '../../mentions';
import { wrongRestatedPlace } from '../../messages';
import { articleOf } from '../../factBase/article';
import { fold } from '../../text/normalise';
import { LOWER_CASE_VENUE_NOUNS, PLACE_UNIT_LEVEL, STOPWORDS, VENUE_NOUN_PAIRS, VENUE_NOUNS } from '../../lexicon/words';
import { nationalityOf } from '../../titles';
import { AR_STOP } from '../../lexicon/functionWords';
import { placesAgree } from './relation';
import { perDraft } from '../../memo';

const VENUE = new Set(VENUE_NOUNS);
const STOP = new Set(STOPWORDS);
const LOWER_CASE = new Set(LOWER_CASE_VENUE_NOUNS);

/** A venue the draft names by its construction: its tokens and its venue noun (folded, Arabic without clitics). */
export interface Venue {
  tokenStart: number;
  tokenEnd: number;
  noun: string;
  /** The first token of the known place an Arabic venue is named after («مقر ولاية قابس»), if it is. */
  place?: number;
}

/** The Arabic clitics a venue noun may carry (بمستشفى, إلى المستشفى is no name), longest first. */
const ARABIC_LEADS = ['وب', 'فب', 'ب', 'و', 'ف', 'ل', ''];

/**
 * Every venue noun with each clitic it may carry, by its folded key, to the noun without them: the
 * first clitic of {@link ARABIC_LEADS} kept for a key written two ways. Made once, as every Arabic
 * word of a draft is looked up.
 */
const ARABIC_VENUE_KEYS: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, string>();
  for (const lead of ARABIC_LEADS) for (const noun of VENUE) if (!keys.has(lead + noun)) keys.set(lead + noun, noun);
  return keys;
})();

/** The venue noun of an Arabic key without its clitics (بمستشفى → مستشفي), or undefined. */
function arabicVenue(key: string): string | undefined {
  return ARABIC_VENUE_KEYS.get(key);
}

/** The lead word of each venue noun of two words, with each Arabic clitic it may carry (بمركز), to its noun. */
const PAIR_LEADS: ReadonlyMap<string, string> = (() => {
  const leads = new Map<string, string>();
  for (const [lead, noun] of VENUE_NOUN_PAIRS) for (const clitic of /[a-z]/.test(lead) ? [''] : ARABIC_LEADS) if (!leads.has(clitic + lead)) leads.set(clitic + lead, noun);
  return leads;
})();

/**
 * The venue noun a draft's token at `index` opens or ends, with the tokens it spans: a venue noun,
 * or a noun of two words ("border crossing" ending at "crossing", «مركز حدود» opening at «مركز»).
 */
function venueNounAt(analysis: Analysis, index: number): { noun: string; start: number; end: number } | undefined {
  const tokens = analysis.tokens;
  const token = tokens[index]!;
  const joined = (a: number, b: number) => tokens[a]!.sentence === tokens[b]!.sentence && /^\s+$/.test(analysis.text.slice(tokens[a]!.oEnd, tokens[b]!.oStart));
  if (token.script === 'latin') {
    if (!VENUE.has(token.key)) return undefined;
    const previous = tokens[index - 1];
    const paired = !!previous && PAIR_LEADS.get(previous.key) === token.key && joined(index - 1, index);
    return { noun: token.key, start: paired ? index - 1 : index, end: index + 1 };
  }
  const next = tokens[index + 1];
  const pairNoun = PAIR_LEADS.get(token.key);
  if (pairNoun && next && next.key === pairNoun && joined(index, index + 1)) return { noun: pairNoun, start: index, end: index + 2 };
  const noun = arabicVenue(token.key);
  return noun ? { noun, start: index, end: index + 1 } : undefined;
}

/** Whether token `k` of the draft may be a word of an Arabic venue's name: an Arabic word right after the one before it, no function word. */
function arabicNameWord(analysis: Analysis, k: number, sentence: number): boolean {
  const tokens = analysis.tokens;
  const token = tokens[k];
  return !!token && token.sentence === sentence && token.script === 'ar' && !STOP.has(token.key) && !AR_STOP.has(token.key) && /^\s+$/.test(analysis.text.slice(tokens[k - 1]!.oEnd, token.oStart));
}

/** The most words of an Arabic chain of nouns in construct after a venue noun («قاعة بلدية صفاقس»). */
const MOST_CONSTRUCT_WORDS = 3;

/**
 * The end of the name of the Arabic venue whose noun ends at token `after`, or undefined when no
 * name follows (مستشفى قريب, a nearby hospital, is a description). A name is a definite word and
 * the word after it (مستشفى الملك فهد); or a chain of nouns in construct, indefinite words made
 * definite by the last, a definite word or a known name («قاعة جامعة الأنبار»), which the name
 * takes. A name that is a known place, after unit nouns or none («مقر ولاية قابس», «قاعة بلدية
 * صفاقس»), names the venue after that place: `place` is its first token.
 */
function arabicNameEnd(analysis: Analysis, known: Uint8Array, after: number): { end: number; place?: number } | undefined {
  const tokens = analysis.tokens;
  const sentence = tokens[after - 1]!.sentence;
  // The name ends where a word that ends names begins (صباح, عبر).
  let end = after;
  while (end - after < 2 && !known[end] && arabicNameWord(analysis, end, sentence)) end++;
  if (end > after && tokens[after]!.key.startsWith('ال')) return { end };
  // A chain in construct: indefinite nouns, then the definite word or known name that ends it.
  let units = true;
  for (let k = after; k - after < MOST_CONSTRUCT_WORDS && arabicNameWord(analysis, k, sentence); k++) {
    if (known[k]) return units ? { end: knownEnd(analysis, known, k, sentence), place: k } : { end: k + 1 };
    if (tokens[k]!.key.startsWith('ال')) return k > after ? { end: k + 1 } : undefined;
    units &&= PLACE_UNIT_LEVEL[tokens[k]!.key] !== undefined;
  }
  return undefined;
}

/** The end of the run of known words from token `start` (at most three). */
function knownEnd(analysis: Analysis, known: Uint8Array, start: number, sentence: number): number {
  let end = start;
  while (end - start < MOST_CONSTRUCT_WORDS && known[end] && arabicNameWord(analysis, end, sentence)) end++;
  return end;
}

/** The venues of the draft named by construction, none over a known name. */
export function draftVenues(analysis: Analysis, known: Uint8Array): Venue[] {
  const tokens = analysis.tokens;
  const capitalised = (k: number) => /^[A-Z]/.test(analysis.text.slice(tokens[k]!.oStart, tokens[k]!.oEnd));
  const venues: Venue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.script !== 'latin' && token.script !== 'ar') continue;
    const venue = venueNounAt(analysis, i);
    if (!venue || known[i]) continue;
    if (token.script === 'latin') {
      // A capitalised noun (Singleton Hospital), or one English writes in lower case (the Karameh crossing).
      if (!capitalised(venue.start) && !LOWER_CASE.has(venue.noun)) continue;
      // The capitalised name before the noun, no nationality adjective (a Syrian crossing is no name).
      let start = venue.start;
      while (start > 0 && venue.start - start < 3 && tokens[start - 1]!.sentence === token.sentence && capitalised(start - 1) && !known[start - 1] && !nationalityOf(tokens[start - 1]) && /^\s+$/.test(analysis.text.slice(tokens[start - 1]!.oEnd, tokens[start]!.oStart))) start--;
      // A capitalised word that opens the sentence may be no part of a name.
      if (start === venue.start || (start > 0 ? tokens[start - 1]!.sentence !== token.sentence : true)) continue;
      venues.push({ tokenStart: start, tokenEnd: i + 1, noun: venue.noun });
    } else {
      const name = arabicNameEnd(analysis, known, venue.end);
      if (name) venues.push({ tokenStart: i, tokenEnd: name.end, noun: venue.noun, place: name.place });
      i = venue.end - 1;
    }
  }
  return venues;
}

/** Whether a place's name holds the venue noun (Morriston Hospital, «مستشفى محمد السادس»). */
export function hasNoun(knowledge: KnowledgeIndex, entity: string, noun: string): boolean {
  for (const name of knowledge.foldedNamesOf(entity)) if (name.split(' ').some((word) => word === noun || arabicVenue(word) === noun || word === 'ال' + noun)) return true;
  return false;
}

/** Whether a known place is a venue: a building (unless `buildings` is false), or a place whose name holds a venue noun. */
function isVenue(knowledge: KnowledgeIndex, entity: string, buildings = true): boolean {
  if (buildings && knowledge.entity<Place>(entity)?.fact.kind === 'building') return true;
  for (const name of knowledge.foldedNamesOf(entity)) if (name.split(' ').some((word) => VENUE.has(word) || arabicVenue(word) !== undefined || VENUE.has(word.replace(/^ال/, '')))) return true;
  return false;
}

/** The places each draft sentence names, by sentence, read once per draft. */
const placesOfSentence = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): Map<number, Set<string>> => {
  const bySentence = new Map<number, Set<string>>();
  for (const mention of mentions(analysis, knowledge)) {
    if (mention.kind !== 'place') continue;
    const sentence = analysis.tokens[mention.tokenStart]!.sentence;
    const named = bySentence.get(sentence);
    if (named) named.add(mention.entity);
    else bySentence.set(sentence, new Set([mention.entity]));
  }
  return bySentence;
});

/** The place each draft place mention names, by its first token, read once per draft. */
const placeAt = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): Map<number, string> => {
  const byStart = new Map<number, string>();
  for (const mention of mentions(analysis, knowledge)) if (mention.kind === 'place' && !byStart.has(mention.tokenStart)) byStart.set(mention.tokenStart, mention.entity);
  return byStart;
});

/**
 * The known venue of the article sentence the draft's `venue` restates: one of its noun, or else,
 * in a sentence of the draft's language, one of another noun that follows the same word as the
 * draft's ("held at the Movenpick hotel" for "held at the Royal Congress Palace", «عقدتها بمقر
 * الولاية» for «عقدتها بقاعة بلدية صفاقس»); none when two such venues, or none, fill it.
 */
function articleVenue(analysis: Analysis, knowledge: KnowledgeIndex, venue: Venue): { entity: string; article: ArticleSentence } | undefined {
  const tokens = analysis.tokens;
  const sentence = tokens[venue.tokenStart]!.sentence;
  const named = placesOfSentence(analysis, knowledge).get(sentence) ?? new Set<string>();
  const draftLang = analysis.sentences[sentence]?.lang ?? analysis.lang;
  const lead = unlistedSlot(analysis, knowledge, venue.tokenStart, venue.tokenEnd).lead;
  const found = new Map<string, ArticleSentence>();
  const ofOtherNoun = new Map<string, ArticleSentence>();
  // A venue named after a known place («مقر ولاية قابس») may be the article's venue of its noun
  // called by its town (the governorate's seat): it is compared only with a venue of another noun
  // in that place.
  const place = venue.place === undefined ? undefined : placeAt(analysis, knowledge).get(venue.place);
  if (venue.place !== undefined && place === undefined) return undefined;
  for (const aligned of alignedSentences(analysis, knowledge, sentence)) {
    if (sharedOutside(analysis, knowledge, sentence, aligned, venue.tokenStart, venue.tokenEnd) < 2) continue;
    for (const slot of aligned.places) {
      if (!knowledge.entity<Place>(slot.entity)) continue;
      if ([...named].some((entity) => knowledge.same(entity, slot.entity))) continue;
      if (hasNoun(knowledge, slot.entity, venue.noun)) {
        if (!found.has(slot.entity)) found.set(slot.entity, aligned);
      } else if (lead !== undefined && slot.lead === lead && aligned.factBase.source.lang === draftLang && isVenue(knowledge, slot.entity, place === undefined) && !ofOtherNoun.has(slot.entity)) {
        if (place === undefined || placesAgree(knowledge, place, slot.entity)) ofOtherNoun.set(slot.entity, aligned);
      }
    }
  }
  if (place !== undefined && found.size > 0) return undefined;
  const chosen = found.size > 0 ? found : ofOtherNoun;
  if (chosen.size !== 1) return undefined;
  const [entity, article] = [...chosen][0]!;
  return { entity, article };
}

/** Where a venue's name starts in the original text: past an Arabic noun's clitics (بقصر), which are no part of it. */
export function venueStart(analysis: Analysis, venue: { tokenStart: number }): number {
  const first = analysis.tokens[venue.tokenStart]!;
  const clitics = first.script === 'ar' && arabicVenue(first.key) !== first.key ? /^(?:[وف][\u064B-\u0652]*)?(?:[بل][\u064B-\u0652]*)?/.exec(analysis.text.slice(first.oStart, first.oEnd))![0].length : 0;
  return first.oStart + clitics;
}

/** Reports each venue of the draft the restated article sentence names another known venue in (see the module comment). */
export function checkUnknownVenues(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void): Set<number> {
  const known = mentionedTokens(analysis, knowledge);
  const tokens = analysis.tokens;
  const compared = new Set<number>();
  for (const venue of draftVenues(analysis, known)) {
    const start = venueStart(analysis, venue);
    const end = tokens[venue.tokenEnd - 1]!.oEnd;
    const actual = analysis.text.slice(start, end);
    const folded = fold(actual);
    // The article's own words: a venue it names is no other venue.
    if (knowledge.factBases.some((factBase) => fold(articleOf(factBase) ?? '').includes(folded))) continue;
    const restated = articleVenue(analysis, knowledge, venue);
    if (!restated) continue;
    const { entity, article } = restated;
    compared.add(venue.tokenStart);
    const lang = tokens[venue.tokenStart]!.script === 'ar' ? 'ar' : 'en';
    const expected = knowledge.canonicalName(entity, lang);
    report({
      ruleId: 'event-place',
      range: { start, end },
      lang,
      message: wrongRestatedPlace({ place: knowledge.names(entity), actual }),
      actual,
      expected,
      fix: { text: expected },
      factId: knowledge.entity(entity)?.id,
      evidence: [sentenceEvidence(article)],
    });
  }
  return compared;
}
