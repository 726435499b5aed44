/**
 * The `event-place` rule's slot comparison: a draft sentence that restates an article sentence
 * (`align.ts`) and names a place in the slot where the article names another — the same words
 * around it ("the news conference at Chequers" for "the news conference in Downing Street"; «شهدت
 * مدينة العلمين الجديدة مراسم توقيع العقد» for «جرت مراسم التوقيع في … العاصمة الإدارية
 * الجديدة») — has moved what happened there, whether or not a trigger word ties it to an event.
 *
 * Left alone: a place that is, contains or lies inside the article's place of that slot; an
 * article place the draft sentence names itself (its slot is filled); a slot no article place
 * clearly fills (fewer than two shared words, or two unrelated places sharing as many); a sentence
 * that names a year none of its article sentences gives (another occasion: a previous quake
 * elsewhere) or an earlier time they do not give (last year, «قبل عامين»), in the part of the
 * sentence that holds the place (a year after a semicolon is the time of what follows it); a place in no country (a
 * sea, a region of several countries: `beyondCountries`); a part of the slot's country named by a
 * direction, which may hold its place (`mayOverlap`), or a place of the whole such a part is of
 * (`areaMayHold`); and a place in another country than the article's unless the slot hangs on the
 * same named thing and is shared by three words or more, or hangs on the same word and is shared
 * by four more words (Gulf leaders meeting in Riyadh on Tuesday agreed, for Doha). A place after a locative of direction (taken to X, «نُقل إلى X») is
 * compared only with a slot that hangs on the same word (taken to Morriston Hospital), so that a
 * journey the article does not make stays alone.
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event, Place } from '../../factBase/schema';
import type { Mention } from '../../mentions';
import type { EvidenceRef } from '../../types';
import { alignedSentences, alignedThroughConcepts, articleSlotsOf, overlappingSentences, placeSlots, headConcept, sentenceEvidence, windowConcepts, type ArticleSentence, type PlaceSlot } from '../../align';
import { dates } from '../../extract/dates';
import { perDraft } from '../../memo';
import { areaMayHold, beyondCountries, countryOf, mayOverlap, placesAgree, sameCountry } from './relation';
import { SEAT_WORDS } from '../../lexicon/words';
import { earlierTimes } from './occasion';
import { samePart } from '../../extract/sentenceParts';
import { agreesBesideSlot } from './pairedPlaces';

const SEAT = new Set(SEAT_WORDS);
/** The score of a slot restated closely enough to compare a place of another country: its word and four more. */
const STRONG_SLOT = 6;

/** What the article names in the slot of a draft place. */
export interface RestatedPlace {
  expected: Entity<Place>;
  evidence: EvidenceRef;
  /** An event of the fact base at that place, whose evidence lies in the article sentence. */
  event?: Entity<Event>;
}

/** The years each draft sentence names, each with the token it stands on, once per draft. */
const yearsOfSentence = perDraft((analysis: Analysis): Map<number, { year: number; token: number }[]> => {
  const bySentence = new Map<number, { year: number; token: number }[]>();
  for (const date of dates(analysis)) {
    if (!date.year) continue;
    const sentence = analysis.tokens[date.tokenStart]!.sentence;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), { year: date.year.value, token: date.year.tokenStart }]);
  }
  return bySentence;
});

/**
 * Whether the draft sentence names a year none of the article sentences holds; given a `token`,
 * only a year in its part of the sentence counts (`extract/sentenceParts.ts`: a year after a
 * semicolon is the time of what follows it).
 */
export function namesOtherYear(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, aligned: readonly ArticleSentence[], token?: number): boolean {
  return (yearsOfSentence(analysis, knowledge).get(sentence) ?? []).some(
    ({ year, token: at }) => (token === undefined || samePart(analysis, at, token)) && !aligned.some((article) => article.years.has(year)),
  );
}

/** The draft's place slots by sentence, once per draft. */
const slotsOfSentence = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): Map<number, PlaceSlot[]> => {
  const bySentence = new Map<number, PlaceSlot[]>();
  for (const slot of placeSlots(analysis, knowledge)) {
    const sentence = analysis.tokens[slot.tokenStart]!.sentence;
    const list = bySentence.get(sentence);
    if (list) list.push(slot);
    else bySentence.set(sentence, [slot]);
  }
  return bySentence;
});

/** The folded names of the places each draft sentence names, once per draft. */
const namedInSentence = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): Map<number, Set<string>> => {
  const bySentence = new Map<number, Set<string>>();
  for (const slot of placeSlots(analysis, knowledge)) {
    const sentence = analysis.tokens[slot.tokenStart]!.sentence;
    let names = bySentence.get(sentence);
    if (!names) bySentence.set(sentence, (names = new Set()));
    for (const name of knowledge.foldedNamesOf(slot.entity)) names.add(name);
  }
  return bySentence;
});

/** The article place of the slot `place` fills in its draft sentence, if one place clearly fills it. */
function slotPlace(
  analysis: Analysis,
  knowledge: KnowledgeIndex,
  place: Mention,
  aligned: readonly ArticleSentence[],
): { slot: PlaceSlot; sentence: ArticleSentence; score: number; head?: string; mine: PlaceSlot } | undefined {
  const sentence = analysis.tokens[place.tokenStart]!.sentence;
  const draftSlots = slotsOfSentence(analysis, knowledge).get(sentence) ?? [];
  const mine = draftSlots.find((slot) => slot.tokenStart === place.tokenStart);
  // A place written as the container of another (رأس الحكمة في محافظة مطروح) is no event's slot.
  if (!mine || mine.container) return undefined;
  const best = articleSlot(analysis, knowledge, mine, aligned);
  if (!best) return undefined;
  // The article's place is written as the container of the draft's own place in that sentence:
  // the draft names the smaller place ("in Swansea's Llansamlet district" for "in the Llansamlet
  // district of Swansea, south Wales").
  if ((best.slot.container || best.slot.apposed) && best.sentence.places.some((slot) => slot.tokenStart < best.slot.tokenStart && slot.tokenStart >= best.slot.tokenStart - 8 && knowledge.same(slot.entity, mine.entity))) return undefined;
  return { ...best, head: mine.head, mine };
}

/**
 * Whether a draft slot hangs on the same word as the article slot it fills. Read against a
 * sentence of the other language, the heads are compared by concept (الحافلة, bus), and a compound
 * told in the other order («خط الترام» for "tram line") hangs on the same words when each head
 * is among the other's neighbours.
 */
function sameHeadWord(analysis: Analysis, found: { slot: PlaceSlot; sentence: ArticleSentence; head?: string; mine: PlaceSlot }): boolean {
  const { slot, mine } = found;
  if (mine.head === undefined) return false;
  if (mine.head === slot.head) return true;
  const draftLang = analysis.sentences[analysis.tokens[mine.tokenStart]!.sentence]?.lang ?? analysis.lang;
  if (found.sentence.factBase.source.lang === draftLang || slot.head === undefined) return false;
  const [ours, theirs] = [headConcept(mine, true), headConcept(slot, true)];
  if (ours === undefined || theirs === undefined || ours.startsWith('@') || theirs.startsWith('@')) return false;
  return ours === theirs || (windowConcepts(slot, true).has(ours) && windowConcepts(mine, true).has(theirs));
}

/**
 * The article slot that the draft slot `mine` fills, among the slots of the `aligned` article
 * sentences: the one sharing the most words around it (two more when it hangs on the same word or
 * name), if no unrelated place shares as many. A place the draft sentence names elsewhere has its
 * slot filled, and a place in no country (a sea) cannot be told from the draft's.
 */
export function articleSlot(analysis: Analysis, knowledge: KnowledgeIndex, mine: PlaceSlot, aligned: readonly ArticleSentence[]): { slot: PlaceSlot; sentence: ArticleSentence; score: number } | undefined {
  const sentence = analysis.tokens[mine.tokenStart]!.sentence;
  // The folded names of the other places the draft sentence names, once per sentence.
  const named = namedInSentence(analysis, knowledge).get(sentence) ?? new Set<string>();
  const mineNames = mine.entity ? knowledge.foldedNamesOf(mine.entity) : new Set<string>();
  const namedElsewhere = (entity: string) => {
    for (const name of knowledge.foldedNamesOf(entity)) if (named.has(name) && !mineNames.has(name)) return true;
    return false;
  };
  const throughConcepts = alignedThroughConcepts(analysis, knowledge, sentence);
  const draftLang = analysis.sentences[sentence]?.lang ?? analysis.lang;
  let best: { slot: PlaceSlot; sentence: ArticleSentence; score: number } | undefined;
  let rival: PlaceSlot | undefined;
  for (const article of aligned) {
    // A sentence of the other language, aligned by its names and figures, shares concepts only.
    const across = article.factBase.source.lang !== draftLang;
    const byConcept = throughConcepts || across;
    for (const slot of article.places) {
      if (namedElsewhere(slot.entity) || !countryOf(knowledge, slot.entity)) continue;
      // Shared words around the place, and two more when it hangs on the same word or name.
      // A sentence aligned through concepts (other words, the other language) compares them.
      const [myHead, theirHead] = byConcept ? [headConcept(mine, across), headConcept(slot, across)] : [mine.head, slot.head];
      let score = myHead !== undefined && myHead === theirHead ? 2 : 0;
      const theirs = byConcept ? windowConcepts(slot, across) : slot.window;
      const ours = byConcept ? windowConcepts(mine, across) : mine.window;
      for (const stem of theirs) if (ours.has(stem)) score++;
      if (!best || score > best.score) {
        rival = undefined;
        best = { slot, sentence: article, score };
      } else if (score === best.score && !placesAgree(knowledge, slot.entity, best.slot.entity) && !mayOverlap(knowledge, slot.entity, best.slot.entity) && !mayOverlap(knowledge, best.slot.entity, slot.entity)) {
        rival = slot;
      } else if (score === best.score && !knowledge.same(slot.entity, best.slot.entity) && (knowledge.placeWithin(slot.entity, best.slot.entity) || mayOverlap(knowledge, best.slot.entity, slot.entity))) {
        // Of two places as close to the draft's, one inside the other (a dateline's state and the
        // town of the sentence) or a town and the area of its country named by a direction around
        // it («مدينة درنة في شرق ليبيا»), the slot is the smaller one's.
        best = { slot, sentence: article, score };
      }
    }
  }
  return best && !rival ? best : undefined;
}

/**
 * Whether the article names the draft's place elsewhere for what the draft slot tells: a slot of
 * that place shares two of the draft slot's words, read as concepts (killing and died meet), or
 * one across languages, where fewer words meet. A lead's dateline holds the words its sentence's
 * other places leave, so a draft that merges the lead with the article's later sentence of where
 * its man died ("killing a man in Roebourne" for a lead filed from Perth) restates that sentence.
 */
function placedElsewhere(analysis: Analysis, knowledge: KnowledgeIndex, mine: PlaceSlot): boolean {
  const draftLang = analysis.sentences[analysis.tokens[mine.tokenStart]!.sentence]?.lang ?? analysis.lang;
  return articleSlotsOf(knowledge, mine.entity).some(({ slot, sentence }) => {
    const across = sentence.factBase.source.lang !== draftLang;
    const ours = windowConcepts(mine, across);
    let shared = 0;
    for (const concept of windowConcepts(slot, across)) if (ours.has(concept)) shared++;
    return shared >= (across ? 1 : 2);
  });
}

/** An event of the fact base at the place `expected` whose evidence lies in the article sentence. */
export function eventOfSentence(knowledge: KnowledgeIndex, article: ArticleSentence, expected: Entity<Place>): Entity<Event> | undefined {
  return knowledge.events.find((candidate) => {
    if (candidate.factBase !== article.factBase || !candidate.fact.place) return false;
    const at = knowledge.resolve(candidate, candidate.fact.place);
    const evidenceHere = candidate.fact.evidence.some((range) => range.start < article.end && article.start < range.end);
    return !!at && evidenceHere && placesAgree(knowledge, at.key, expected.key);
  });
}

/**
 * The sentences a draft sentence restates, unless it speaks of another occasion (a year or an
 * earlier time of its own); given a `token`, only a time in its part of the sentence counts.
 */
export function restatedNow(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number, token?: number): ArticleSentence[] {
  const aligned = alignedSentences(analysis, knowledge, sentence);
  if (aligned.length === 0 || namesOtherYear(analysis, knowledge, sentence, aligned, token)) return [];
  // An earlier time the restated sentences do not give ("last year", «قبل عامين»): another occasion.
  const times = (earlierTimes(analysis, knowledge).get(sentence) ?? []).filter((time) => token === undefined || samePart(analysis, time.tokenStart, token));
  const tokens = analysis.tokens;
  const timeRestated = (article: ArticleSentence) => times.every((time) => tokens.slice(time.tokenStart, time.tokenEnd).every((token) => article.keys.has(token.key)));
  if (times.length > 0 && !aligned.some(timeRestated)) return [];
  return aligned;
}

/**
 * The article's place for the slot the draft place `place` fills, when the draft puts another
 * place there (see the module comment); undefined when they agree or nothing clearly fills it.
 */
export function restatedPlace(analysis: Analysis, knowledge: KnowledgeIndex, place: Mention, strict = true): RestatedPlace | undefined {
  const sentence = analysis.tokens[place.tokenStart]!.sentence;
  // "based in X", «ومقرها X»: a seat, which `organisation-seat` compares, or a person's base.
  const cue = ['in', 'في'].includes(analysis.tokens[place.tokenStart - 1]?.key ?? '') ? place.tokenStart - 2 : place.tokenStart - 1;
  if (SEAT.has(analysis.tokens[cue]?.key ?? '')) return undefined;
  const aligned = restatedNow(analysis, knowledge, sentence, place.tokenStart);
  if (aligned.length === 0) return undefined;
  // A sentence aligned through concepts only (other words, the other language) whose restated
  // sentence names the draft's place itself holds it in a slot of its own: the place is the
  // article's.
  if (alignedThroughConcepts(analysis, knowledge, sentence) && aligned.some((article) => article.places.some((slot) => knowledge.same(slot.entity, place.entity)))) return undefined;
  const found = slotPlace(analysis, knowledge, place, overlappingSentences(analysis, knowledge, sentence));
  if (!found || found.score < 2) return undefined;
  // A dateline's slot, against a place the article gives elsewhere for the same thing.
  if (found.slot.dateline && placedElsewhere(analysis, knowledge, found.mine)) return undefined;
  // After a locative of direction (taken to X), only the slot that hangs on the same word.
  if (!strict && !sameHeadWord(analysis, found)) return undefined;
  // A part of the slot's country named by a direction («جنوب غرب الجزائر» for a town the article
  // puts «جنوب غرب البلاد») may hold it: the gazetteer cannot tell (`mayOverlap`).
  // So may the article's such part hold the draft's place (Karachi for "southern Sindh").
  // A place listed with the slot's place in the article («في طنطا والمنصورة») is the slot's too (`pairedPlaces.ts`).
  if (agreesBesideSlot(knowledge, place.entity, found.sentence, found.slot)) return undefined;
  if (placesAgree(knowledge, place.entity, found.slot.entity) || beyondCountries(knowledge, place.entity) || mayOverlap(knowledge, place.entity, found.slot.entity) || areaMayHold(knowledge, found.slot.entity, place.entity)) return undefined;
  const inOneCountry = sameCountry(knowledge, place.entity, found.slot.entity);
  // Another country only where the place hangs on the same named thing ("the court in …"), or on
  // the same word with four more words around it the article's ("Gulf leaders meeting in Riyadh on
  // Tuesday agreed" for "… meeting in Doha on Tuesday agreed").
  const sameHead = found.head !== undefined && found.head === found.slot.head;
  if (!inOneCountry && !(sameHead && (found.score >= STRONG_SLOT || (found.score >= 3 && found.head!.startsWith('@'))))) return undefined;
  const expected = knowledge.entity<Place>(found.slot.entity);
  if (!expected) return undefined;
  const article = found.sentence;
  const evidence = sentenceEvidence(article);
  const event = eventOfSentence(knowledge, article, expected);
  return { expected, evidence, event };
}
