/**
 * Ties words of a draft to the fact base's events: finds trigger words (غزت, invaded, ضربة …) and
 * answers which events a date or a place in the same sentence most likely belongs to.
 */
import { perDraft } from './memo';
import type { Analysis } from './analysis';
import { nameKeys, tokenConcept, tokenContentStem, tokenStems, type Entity, type KnowledgeIndex } from './knowledge';
import type { Event, Place } from './factBase/schema';
import { mentions } from './mentions';
import { nationalityOf } from './titles';
import { COUNTRY_PLACE } from './lexicon/words';
import { contentStem, isFutureVerb } from './text/stem';
import { CONCEPTS, CONCEPT_PHRASES } from './lexicon/concepts';
import { idiomAt } from './lexicon/verbIdioms';
import { dayNounAt, weekdayAt } from './extract/weekdays';
import { listClauses } from './extract/lists';
import { restatesEvidence } from './align';
import { namedByOwnName } from './eventNames';

/** A trigger of an event found in the draft. */
export interface TriggerHit {
  tokenStart: number;
  tokenEnd: number;
  events: Entity<Event>[];
  /** Whether the draft word is another inflection of the trigger's (overturns for overturned) or another word of its meaning (unveiled for announced). */
  inflected?: boolean;
  /** Whether the draft word is another word of the trigger's meaning, read only by the rules that ask for it. */
  concept?: boolean;
}

/**
 * The entities whose mention in a sentence backs a one-word trigger of an event, other than the
 * places inside its place: its participants, its place and, for a city or port, the country around
 * it, and head nouns of participating organisations as `word:` keys. `within` is the event's place,
 * for {@link namesPlaceWithin}.
 */
interface Corroborators {
  keys: Set<string>;
  within: string | undefined;
}

const corroboratorCache = new WeakMap<KnowledgeIndex, Map<string, Corroborators>>();

/** The corroborators of `event` (see {@link Corroborators}), found once per event and index. */
function corroborators(knowledge: KnowledgeIndex, event: Entity<Event>): Corroborators {
  let perKnowledge = corroboratorCache.get(knowledge);
  if (!perKnowledge) {
    perKnowledge = new Map();
    corroboratorCache.set(knowledge, perKnowledge);
  }
  let found = perKnowledge.get(event.key);
  if (found) return found;
  const set = new Set<string>();
  for (const id of event.fact.participants ?? []) {
    const participant = knowledge.resolve(event, id);
    if (participant) set.add(participant.key);
  }
  const place = knowledge.resolve<Place>(event, event.fact.place);
  if (place) {
    set.add(place.key);
    if (place.fact.kind === 'city' || place.fact.kind === 'port' || place.fact.kind === 'region') {
      const parent = knowledge.resolve(place, place.fact.within);
      if (parent) set.add(parent.key);
    }
  }
  // The head noun of a participating organisation backs it too ("the coalition", التحالف):
  // the first word of its Arabic names and the last word of its English ones.
  for (const id of event.fact.participants ?? []) {
    const participant = knowledge.resolve<{ names?: { ar: string[]; en: string[] } }>(event, id);
    if (participant?.kind !== 'organisation') continue;
    const names = participant.fact.names!;
    for (const name of names.ar) set.add(`word:${nameKeys(name)[0]}`);
    for (const name of names.en) set.add(`word:${nameKeys(name).at(-1)}`);
  }
  found = { keys: set, within: place?.key };
  perKnowledge.set(event.key, found);
  return found;
}

/**
 * Whether the sentence names a place of the index that lies inside place `outer` (itself left out),
 * or something that shares a folded name with such a place. Asked from the sentence's side: each
 * entity it names is tested, and so is every place bearing one of that entity's names, so the
 * places inside `outer` are never listed (that walked every place of the gazetteer up to its
 * country, for each event's place, on a process's first draft).
 */
function namesPlaceWithin(knowledge: KnowledgeIndex, here: SentenceFacts | undefined, outer: string): boolean {
  if (!here) return false;
  const inside = (key: string) => key !== outer && knowledge.entities.get(key)?.kind === 'place' && knowledge.placeWithinCached(key, outer);
  for (const entity of here.entities) {
    if (inside(entity)) return true;
    for (const name of knowledge.foldedNamesOf(entity)) for (const place of knowledge.placesNamed(name)) if (inside(place)) return true;
  }
  return false;
}

interface SentenceFacts {
  /** How many trigger hits each event has in the sentence. */
  hitCount: Map<string, number>;
  /** Places of the events hit in the sentence, with the events. */
  places: Map<string, Set<string>>;
  /** Folded names and keys of everything named in the sentence. */
  named: Set<string>;
  /** The keys of the entities named in the sentence (by name, or a country by its nationality). */
  entities: Set<string>;
}

const sentenceCache = new WeakMap<readonly TriggerHit[], Map<number, SentenceFacts>>();

/** Hits and names grouped by sentence, computed once per draft in one pass. */
function sentenceIndex(analysis: Analysis, knowledge: KnowledgeIndex, hits: readonly TriggerHit[]): Map<number, SentenceFacts> {
  let index = sentenceCache.get(hits);
  if (index) return index;
  index = new Map();
  const facts = (sentence: number): SentenceFacts => {
    let entry = index.get(sentence);
    if (!entry) {
      entry = { hitCount: new Map(), places: new Map(), named: new Set(), entities: new Set() };
      index.set(sentence, entry);
    }
    return entry;
  };
  for (const hit of hits) {
    // A word of the trigger's meaning backs no other trigger: it is not the article's word.
    if (hit.concept) continue;
    const entry = facts(analysis.tokens[hit.tokenStart]!.sentence);
    for (const event of hit.events) {
      entry.hitCount.set(event.key, (entry.hitCount.get(event.key) ?? 0) + 1);
      if (event.fact.place) {
        const place = `${event.factBase?.id}:${event.fact.place}`;
        const set = entry.places.get(place) ?? new Set<string>();
        set.add(event.key);
        entry.places.set(place, set);
      }
    }
  }
  for (const mention of mentions(analysis, knowledge)) {
    const entry = facts(analysis.tokens[mention.tokenStart]!.sentence);
    entry.named.add(mention.entity);
    entry.entities.add(mention.entity);
    for (const name of knowledge.foldedNamesOf(mention.entity)) entry.named.add(name);
  }
  // Words, for the head nouns of participating organisations.
  for (const token of analysis.tokens) {
    if (token.script !== 'ar' && token.script !== 'latin') continue;
    const entry = facts(token.sentence);
    for (const { stem } of tokenStems(token)) entry.named.add(`word:${stem}`);
  }
  // A nationality names its country too: "the Yemeni port" backs the Hodeidah strike.
  for (const token of analysis.tokens) {
    const country = nationalityOf(token);
    const place = country ? COUNTRY_PLACE[country] : undefined;
    if (!place) continue;
    const entry = facts(token.sentence);
    entry.named.add(`lexicon:${place}`);
    entry.entities.add(`lexicon:${place}`);
    for (const name of knowledge.foldedNamesOf(`lexicon:${place}`)) entry.named.add(name);
  }
  sentenceCache.set(hits, index);
  return index;
}

/**
 * The events of a trigger that the sentence backs. A trigger of three words or more (الحوار
 * الأمني المشترك) stands on its own; a shorter one (ضربة, US strike) counts only when the sentence
 * also names a participant or the place of the event, or holds another
 * trigger of it, or one of its own names around it (`eventNames.ts`), or (given `restated`) restates the event's own evidence sentence. A hit in
 * another word of the trigger's meaning counts only given `restated`, in a sentence that restates
 * the event's own.
 */
export function supportedEvents(analysis: Analysis, knowledge: KnowledgeIndex, hits: readonly TriggerHit[], hit: TriggerHit, options: { restated?: boolean } = {}): Entity<Event>[] {
  // Three words or more name the event on their own (الحوار الأمني المشترك).
  if (hit.concept && !options.restated) return [];
  if (hit.tokenEnd - hit.tokenStart >= 3) return hit.events;
  const sentence = analysis.tokens[hit.tokenStart]!.sentence;
  const index = sentenceIndex(analysis, knowledge, hits);
  const here = index.get(sentence);
  const isNamed = (key: string) => {
    if (here?.named.has(key)) return true;
    for (const name of knowledge.foldedNamesOf(key)) if (here?.named.has(name)) return true;
    return false;
  };
  return hit.events.filter((event) => {
    // Another inflection of a trigger ("rules" for "ruled") may be another word of the same
    // stem: it names the event only in a sentence that restates the event's own.
    if (hit.inflected && !restatesEvidence(analysis, knowledge, sentence, event)) return false;
    // Another trigger of the same event in the sentence.
    if ((here?.hitCount.get(event.key) ?? 0) > 1) return true;
    // Another event of the same place mentioned beside it (withdrew … came back).
    if (event.fact.place && (here?.places.get(`${event.factBase?.id}:${event.fact.place}`)?.size ?? 0) > 1) return true;
    const backers = corroborators(knowledge, event);
    for (const key of backers.keys) if (isNamed(key)) return true;
    if (backers.within && namesPlaceWithin(knowledge, here, backers.within)) return true;
    // The event's own name of two content words or more around the trigger («مراجعة القيود»).
    if (namedByOwnName(analysis, knowledge, hit, event)) return true;
    // Given `restated`, a sentence that restates the event's own evidence sentence backs it ("a
    // smaller blaze there" beside "in August 2021 a smaller blaze there took two days to put out").
    return !!options.restated && restatesEvidence(analysis, knowledge, sentence, event);
  });
}

/** The prefix of the table keys that hold English triggers by the stem of their first word. */
const INFLECTED = '~';

/** The prefix of the table keys that hold triggers by the concept of their first word (`lexicon/concepts.ts`). */
const CONCEPT = '=';

/** The concept of a word (unveiled → ~announce, اندلع → ~erupt), if it has one. */
function conceptOf(key: string): string | undefined {
  const stem = contentStem(key);
  return stem ? CONCEPTS.get(stem) : undefined;
}

/** Whether two words are of one concept (dropped and fell). */
function sameConcept(key: string, other: string): boolean {
  const concept = conceptOf(key);
  return concept !== undefined && concept === conceptOf(other);
}

const triggerTables = new WeakMap<KnowledgeIndex, Map<string, { keys: string[]; events: Entity<Event>[] }[]>>();

function table(knowledge: KnowledgeIndex) {
  let byFirst = triggerTables.get(knowledge);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const [joinedKeys, listed] of knowledge.triggers) {
    const keys = joinedKeys.split(' ').filter(Boolean);
    if (keys.length === 0) continue;
    // Two spellings of one trigger (وقعت, وقّعت) share a key: the event once.
    const events = [...new Set(listed)];
    // An Arabic trigger in the future names its event without the future's سـ too (ستكتمل, تكتمل).
    for (const first of [keys[0]!, ...otherTense(keys[0]!)]) {
      const list = byFirst.get(first) ?? [];
      list.push({ keys: [first, ...keys.slice(1)], events });
      byFirst.set(first, list);
    }
    // An English trigger's first word in any inflection (overturned, overturns, overturning):
    // filed under its light stem, which a draft word's own stem meets.
    const stem = /^[a-z]/.test(keys[0]!) ? contentStem(keys[0]!) : undefined;
    if (stem && stem !== keys[0]) {
      const inflected = byFirst.get(INFLECTED + stem) ?? [];
      inflected.push({ keys, events });
      byFirst.set(INFLECTED + stem, inflected);
    }
    // A trigger in another word of its meaning (unveiled for announced, اندلع for نشب, inflation
    // dropped for inflation fell), in either language: filed under its first word's concept.
    const concept = conceptOf(keys[0]!);
    if (concept) {
      const same = byFirst.get(CONCEPT + concept) ?? [];
      same.push({ keys, events });
      byFirst.set(CONCEPT + concept, same);
    }
  }
  triggerTables.set(knowledge, byFirst);
  return byFirst;
}


/**
 * The first word of an Arabic trigger in the future without the future's سـ (ستكتمل → تكتمل,
 * سيفتتح → يفتتح), by the form `isFutureVerb` reads; a noun that only looks like one (سيول) gets
 * no other form. A trigger in the imperfect is not given the future: a drawn trigger that only
 * renders an English word (تنهي for "the end of March") would then name a draft's every «ستنهي».
 */
function otherTense(first: string): string[] {
  return /^[\u0621-\u064a]/.test(first) && isFutureVerb(first) ? [first.slice(1)] : [];
}

/** Every trigger of every event in the draft, in order. */
export const triggerHits = perDraft((analysis: Analysis, knowledge: KnowledgeIndex) => computeTriggerHits(analysis, knowledge, false));

/**
 * The same, with a one-word trigger found in another word of its meaning too (unveiled for
 * announced, اندلع for نشب, in either language: `lexicon/concepts.ts`), for the date rule; such a
 * hit names its event only in a sentence that restates the event's own (see `supportedEvents`).
 */
export const triggerHitsWithConcepts = perDraft((analysis: Analysis, knowledge: KnowledgeIndex) => computeTriggerHits(analysis, knowledge, true));

function computeTriggerHits(analysis: Analysis, knowledge: KnowledgeIndex, concepts: boolean): TriggerHit[] {
  const byFirst = table(knowledge);
  const tokens = analysis.tokens;
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: TriggerHit | undefined;
    // The token's stems, then (English) its light stem among the inflected first words, then its
    // concept; most words are filed under none of them.
    for (const own of tokenStems(tokens[i]!)) {
      const candidates = byFirst.get(own.stem);
      if (candidates) best = bestAt(tokens, i, own.stem, candidates, concepts, best);
    }
    const english = tokens[i]!.script === 'latin' ? tokenContentStem(tokens[i]!) : undefined;
    const inflected = english ? byFirst.get(INFLECTED + english) : undefined;
    if (inflected) best = bestAt(tokens, i, INFLECTED + english, inflected, concepts, best);
    const concept = concepts ? tokenConcept(tokens[i]!) : undefined;
    const same = concept ? byFirst.get(CONCEPT + concept) : undefined;
    if (same) best = bestAt(tokens, i, CONCEPT + concept, same, concepts, best);
    if (concepts && !best) best = phraseHit(tokens, i, byFirst);
    // A one-word trigger that opens an idiom (opened fire, struck a deal) names another act.
    if (best && best.tokenEnd - best.tokenStart === 1 && idiomAt((k) => (tokens[k]?.sentence === tokens[i]!.sentence ? tokens[k].key : undefined), i)) best = undefined;
    if (best) {
      hits.push(best);
      // A trigger's own words are not triggers again ("US strike" is one hit, not two).
      i = best.tokenEnd - 1;
    }
  }
  return hits;
}

/**
 * The hit at token i of a phrase that says a concept's word ("went home" for returned:
 * `lexicon/concepts.ts` `CONCEPT_PHRASES`), naming the events whose one-word trigger is of that
 * concept; like any hit through a concept, it names its event only in a sentence that restates the
 * event's own.
 */
function phraseHit(tokens: Analysis['tokens'], i: number, byFirst: ReturnType<typeof table>): TriggerHit | undefined {
  const sentence = tokens[i]!.sentence;
  for (const phrase of CONCEPT_PHRASES.get(tokens[i]!.key) ?? []) {
    if (!phrase.rest.every((key, k) => tokens[i + 1 + k]?.key === key && tokens[i + 1 + k]!.sentence === sentence)) continue;
    const events = [...new Set((byFirst.get(CONCEPT + phrase.concept) ?? []).filter((candidate) => candidate.keys.length === 1).flatMap((candidate) => candidate.events))];
    if (events.length > 0) return { tokenStart: i, tokenEnd: i + 1 + phrase.rest.length, events, inflected: true, concept: true };
  }
  return undefined;
}

/**
 * The best hit at token i of the triggers filed under `stem` (`candidates`), given the best found
 * there so far: the longest, and of two ending together, the one in the trigger's own word.
 */
function bestAt(
  tokens: Analysis['tokens'],
  i: number,
  stem: string,
  candidates: readonly { keys: string[]; events: Entity<Event>[] }[],
  concepts: boolean,
  found: TriggerHit | undefined,
): TriggerHit | undefined {
  let best = found;
  for (const candidate of candidates) {
    let viaConcept = stem.startsWith(CONCEPT);
    let ok = true;
    for (let k = 1; k < candidate.keys.length && ok; k++) {
      const next = tokens[i + k];
      if (!next || next.sentence !== tokens[i]!.sentence) ok = false;
      else if (next.key === candidate.keys[k] || tokenStems(next).some((s) => s.stem === candidate.keys[k])) continue;
      else if (concepts && sameConcept(next.key, candidate.keys[k]!)) viaConcept = true;
      else ok = false;
    }
    if (!ok) continue;
    const inflected = stem.startsWith(INFLECTED) || viaConcept;
    const end = i + candidate.keys.length;
    // Of two hits ending together, the one in the trigger's own word wins over another inflection or word of its meaning.
    if (!best || end > best.tokenEnd || (end === best.tokenEnd && best.inflected && !inflected)) best = { tokenStart: i, tokenEnd: end, events: [...candidate.events], inflected, concept: viaConcept };
    else if (end === best.tokenEnd && best.inflected === inflected && !!best.concept === viaConcept) {
      const kept = best;
      kept.events.push(...candidate.events.filter((event) => !kept.events.includes(event)));
    }
  }
  return best;
}

/**
 * Trigger hits around a word, nearest first: those before it in the same sentence (within
 * `before` tokens, no `barrier` between), then those after it (within `after`).
 */
export function hitsAround(
  analysis: Analysis,
  hits: readonly TriggerHit[],
  tokenStart: number,
  tokenEnd: number,
  options: { before: number; after: number; barrier?: (index: number) => boolean; sameClause?: boolean; setOff?: boolean },
): TriggerHit[] {
  const tokens = analysis.tokens;
  const sentence = tokens[tokenStart]?.sentence;
  // In the word's clause, or (given `setOff`) in the clauses a word set off by commas speaks in.
  const clauses = options.sameClause ? (options.setOff ? clausesOf(analysis, tokenStart, tokenEnd) : new Set([tokens[tokenStart]?.clause])) : undefined;
  const before: TriggerHit[] = [];
  const after: TriggerHit[] = [];
  // Hits are in token order: look only at the window around the word.
  let low = 0;
  let high = hits.length;
  const from = tokenStart - options.before - 16;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.tokenStart < from) low = mid + 1;
    else high = mid;
  }
  for (let index = low; index < hits.length; index++) {
    const hit = hits[index]!;
    if (hit.tokenStart > tokenEnd + options.after) break;
    const hitToken = tokens[hit.tokenStart]!;
    if (hitToken.sentence !== sentence) continue;
    // A trigger of several words set across a comma ("the review, published on …") is in the
    // clause of its word next to the date: its last word before it, its first word after it.
    if (clauses && !clauses.has(hit.tokenEnd <= tokenStart ? tokens[hit.tokenEnd - 1]!.clause : hitToken.clause)) continue;
    if (hit.tokenEnd <= tokenStart && tokenStart - hit.tokenEnd <= options.before) {
      let blocked = false;
      if (options.barrier) for (let k = hit.tokenEnd; k < tokenStart; k++) if (options.barrier(k)) blocked = true;
      if (!blocked) before.push(hit);
    } else if (hit.tokenStart >= tokenEnd && hit.tokenStart - tokenEnd <= options.after) {
      let blocked = false;
      if (options.barrier) for (let k = tokenEnd; k < hit.tokenStart; k++) if (options.barrier(k)) blocked = true;
      if (!blocked) after.push(hit);
    }
  }
  before.sort((a, b) => b.tokenEnd - a.tokenEnd);
  after.sort((a, b) => a.tokenStart - b.tokenStart);
  return [...before, ...after];
}

/**
 * The clauses a word at `tokenStart..tokenEnd` speaks in: its own, and, when its own holds nothing
 * but the word and words without content (a date set off by commas: "The previous fire at the
 * site, in August 2020, took two days"; "On Wednesday 11 November 2025, a fire tore through …";
 * «وقّعت الجامعة، يوم الخميس، اتفاقاً»), the clauses on either side of it in its sentence; and
 * when its clause ends a list written with commas, the clauses of the list's earlier items
 * (`extract/lists.ts`: "claims from Afghans, Syrians and Yemenis in 2019").
 */
export function clausesOf(analysis: Analysis, tokenStart: number, tokenEnd: number): ReadonlySet<number> {
  const tokens = analysis.tokens;
  const own = tokens[tokenStart]?.clause;
  if (own === undefined) return new Set();
  const sentence = tokens[tokenStart]!.sentence;
  let first = tokenStart;
  let last = tokenEnd - 1;
  while (first > 0 && tokens[first - 1]!.clause === own) first--;
  while (last + 1 < tokens.length && tokens[last + 1]!.clause === own) last++;
  // The clauses of the earlier items of a list the word's clause ends (Afghans, Syrians and Yemenis in 2019).
  const list = listClauses(analysis, tokenStart);
  for (let k = first; k <= last; k++) {
    if (k >= tokenStart && k < tokenEnd) continue;
    if (tokenContentStem(tokens[k]!) !== undefined && !weekdayAt(tokens, k) && !dayNounAt(tokens, k)) return new Set([own, ...list]);
  }
  const out = new Set([own, ...list]);
  if (first > 0 && tokens[first - 1]!.sentence === sentence) out.add(tokens[first - 1]!.clause);
  if (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) out.add(tokens[last + 1]!.clause);
  return out;
}

/**
 * The events a word at `tokenStart..tokenEnd` most likely belongs to: those of the nearest
 * trigger before it in the same sentence (within `before` tokens, with no `barrier` token in
 * between), else those of the nearest trigger after it (within `after` tokens).
 */
export function nearestEvents(
  analysis: Analysis,
  hits: readonly TriggerHit[],
  tokenStart: number,
  tokenEnd: number,
  options: { before: number; after: number; barrier?: (index: number) => boolean; sameClause?: boolean },
): { events: Entity<Event>[]; hit: TriggerHit } | undefined {
  const hit = hitsAround(analysis, hits, tokenStart, tokenEnd, options)[0];
  return hit ? { events: hit.events, hit } : undefined;
}

export { nameKeys };
