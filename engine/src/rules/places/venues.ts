/**
 * The `event-place` rule's venues the fact base does not know: a draft sentence that restates an
 * article sentence and names a venue by its construction — a capitalised name before a venue noun
 * ("taken to Singleton Hospital", "a rest centre at the Brangwyn Hall"), or an Arabic venue noun
 * and the words of its name («نُقلا إلى مستشفى الملك فهد», a body's seat «بمقر الوزارة») — where the article sentence names a
 * known place with the same venue noun (Morriston Hospital) has moved what happened there, though
 * no gazetteer lists the draft's venue. A venue noun may be of two words ("the Karameh border
 * crossing", «مركز حدود المدورة»), and one English writes in lower case (crossing) follows its name
 * so too; a nationality adjective before a noun is no name ("a Syrian hotel", `places/adjectives.ts`).
 *
 * Left alone: a venue the article itself names anywhere (its words are the article's), a sentence
 * that also names the article's venue, an article sentence with no such venue or two of them, and
 * a sentence that shares fewer than two words or names with the article sentence besides the venue.
 */
import type { Analysis } from '../../analysis';
import type { KnowledgeIndex } from '../../knowledge';
import type { Place } from '../../factBase/schema';
import type { Draft } from '../../findingBuilder';
import { alignedSentences, sentenceEvidence, sharedOutside } from '../../align';
import { mentions, mentionedTokens } from '../../mentions';
import { wrongRestatedPlace } from '../../messages';
import { articleOf } from '../../factBase/article';
import { fold } from '../../text/normalise';
import { LOWER_CASE_VENUE_NOUNS, STOPWORDS, VENUE_NOUN_PAIRS, VENUE_NOUNS } from '../../lexicon/words';
import { nationalityOf } from '../../titles';
import { AR_STOP } from '../../lexicon/functionWords';

const VENUE = new Set(VENUE_NOUNS);
const STOP = new Set(STOPWORDS);
const LOWER_CASE = new Set(LOWER_CASE_VENUE_NOUNS);

/** A venue the draft names by its construction: its tokens and its venue noun (folded, Arabic without clitics). */
interface Venue {
  tokenStart: number;
  tokenEnd: number;
  noun: string;
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

/** The venues of the draft named by construction, none over a known name. */
function draftVenues(analysis: Analysis, known: Uint8Array): Venue[] {
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
      // The name ends where a word that ends names begins (صباح, عبر).
      let end = venue.end;
      while (end < tokens.length && end - venue.end < 2 && tokens[end]!.sentence === token.sentence && tokens[end]!.script === 'ar' && !known[end] && !STOP.has(tokens[end]!.key) && !AR_STOP.has(tokens[end]!.key) && /^\s+$/.test(analysis.text.slice(tokens[end - 1]!.oEnd, tokens[end]!.oStart))) end++;
      // A name, not a description (مستشفى قريب, a nearby hospital): its first word is definite.
      if (end > venue.end && tokens[venue.end]!.key.startsWith('ال')) venues.push({ tokenStart: i, tokenEnd: end, noun: venue.noun });
      i = venue.end - 1;
    }
  }
  return venues;
}

/** Whether a place's name holds the venue noun (Morriston Hospital, «مستشفى محمد السادس»). */
function hasNoun(knowledge: KnowledgeIndex, entity: string, noun: string): boolean {
  for (const name of knowledge.foldedNamesOf(entity)) if (name.split(' ').some((word) => word === noun || arabicVenue(word) === noun || word === 'ال' + noun)) return true;
  return false;
}

/** Reports each venue of the draft the restated article sentence names another known venue of its noun in (see the module comment). */
export function checkUnknownVenues(analysis: Analysis, knowledge: KnowledgeIndex, report: (draft: Draft) => void): void {
  const known = mentionedTokens(analysis, knowledge);
  const tokens = analysis.tokens;
  for (const venue of draftVenues(analysis, known)) {
    const sentence = tokens[venue.tokenStart]!.sentence;
    const first = tokens[venue.tokenStart]!;
    // An Arabic noun's clitics (بقصر) are no part of the venue's name.
    const clitics = first.script === 'ar' && arabicVenue(first.key) !== first.key ? /^(?:[وف][\u064B-\u0652]*)?(?:[بل][\u064B-\u0652]*)?/.exec(analysis.text.slice(first.oStart, first.oEnd))![0].length : 0;
    const start = first.oStart + clitics;
    const end = tokens[venue.tokenEnd - 1]!.oEnd;
    const actual = analysis.text.slice(start, end);
    const folded = fold(actual);
    // The article's own words: a venue it names is no other venue.
    if (knowledge.factBases.some((factBase) => fold(articleOf(factBase) ?? '').includes(folded))) continue;
    const named = new Set(mentions(analysis, knowledge).filter((m) => m.kind === 'place' && tokens[m.tokenStart]!.sentence === sentence).map((m) => m.entity));
    const found = new Set<string>();
    let evidence: { aligned: ReturnType<typeof alignedSentences>[number] } | undefined;
    for (const aligned of alignedSentences(analysis, knowledge, sentence)) {
      if (sharedOutside(analysis, knowledge, sentence, aligned, venue.tokenStart, venue.tokenEnd) < 2) continue;
      for (const slot of aligned.places) {
        const place = knowledge.entity<Place>(slot.entity);
        if (!place || !hasNoun(knowledge, slot.entity, venue.noun)) continue;
        if ([...named].some((entity) => knowledge.same(entity, slot.entity))) continue;
        found.add(slot.entity);
        evidence ??= { aligned };
      }
    }
    if (found.size !== 1 || !evidence) continue;
    const entity = [...found][0]!;
    const lang = tokens[venue.tokenStart]!.script === 'ar' ? 'ar' : 'en';
    const expected = knowledge.canonicalName(entity, lang);
    const article = evidence.aligned;
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
}
