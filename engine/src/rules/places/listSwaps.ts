/**
 * `event-place`, a place swapped in a list: a draft list of three places or more ("from Fez,
 * Meknes and Agadir", «من فاس ومكناس وأكادير») whose places are all the article's but one, where
 * one article sentence names the others side by side with exactly one more place among them, has
 * put the one the article names nowhere in that place's slot. No trigger word or shared wording is
 * needed, so the swap is read in the article's language and across languages alike.
 *
 * A list of two ("in Nabeul and Siliana" for «في نابل وزغوان») is read so only where the article
 * sentence the draft sentence restates most closely (`closestSentences`) lists its kept place with
 * exactly one other in a list of its own, and its odd place may be named elsewhere in the article:
 * one of two alone is too little to tell a swap from a second place.
 *
 * Left alone: a list of two whose kept place the article names alone, that follows a noun of
 * people ("officials in Nabeul and Tunis"), or whose places describe a noun of people after them
 * ("in Morogoro and Mwanza officials said"), or in a sentence the draft
 * does not restate most closely; a list in a quotation; a list whose odd place the article names anywhere (a true other place of the
 * story); one whose sentence names the article's place itself; one with two odd places or none; an article sentence with no single place beside the
 * others; and an odd place that is, holds, lies in or may overlap the article's, or lies in
 * another country (a country for a country is compared: "Spain and Italy" for Spain and Portugal).
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Place } from '../../factBase/schema';
import type { Mention } from '../../mentions';
import type { EvidenceRef } from '../../types';
import { articleSlotsOf, closestSentences, sentenceEvidence, sentencesNamingAll, type ArticleSentence } from '../../align';
import { mayStandFor, namedInSentence, swappable } from './relation';
import { placeLists } from './lists';
import { ACTOR_NOUNS } from '../../lexicon/words';

const ACTORS = new Set(ACTOR_NOUNS);

/** How far, in tokens, the one more place may stand from the others in the article's sentence. */
const LIST_REACH = 3;

/** A draft place swapped in a list, with the article's place it stands for and the sentence that lists it. */
export interface ListSwap {
  place: Mention;
  expected: Entity<Place>;
  evidence: EvidenceRef;
}

/** The draft's lists of places, each its members in order, outside quotations. */
function draftLists(analysis: Analysis, all: readonly Mention[]): Mention[][] {
  const byFirst = new Map<Mention, Mention[]>();
  for (const [member, first] of placeLists(analysis.text, all)) byFirst.set(first, [...(byFirst.get(first) ?? []), member]);
  return [...byFirst.values()].filter((list) => list.every((member) => analysis.tokens[member.tokenStart]!.quote < 0));
}

/** The one place an article sentence names right among the slots of `others` and that none of `members` is, if exactly one. */
function onePlaceBeside(knowledge: KnowledgeIndex, sentence: ArticleSentence, others: readonly Mention[], members: readonly Mention[]): string | undefined {
  const slots = sentence.places.filter((slot) => others.some((other) => knowledge.same(slot.entity, other.entity)));
  if (slots.length === 0) return undefined;
  const from = Math.min(...slots.map((slot) => slot.tokenStart)) - LIST_REACH;
  const to = Math.max(...slots.map((slot) => slot.tokenEnd)) + LIST_REACH;
  const beside = new Set<string>();
  for (const slot of sentence.places) {
    if (slot.dateline || slot.container || slot.tokenStart < from || slot.tokenEnd > to) continue;
    if (!members.some((member) => knowledge.same(slot.entity, member.entity))) beside.add(slot.entity);
  }
  return beside.size === 1 ? [...beside][0] : undefined;
}

/**
 * The other place of the article's list of two that holds `kept`, in the article sentences draft
 * sentence `sentence` restates most closely, each with its sentence; `odd` is never one of them.
 */
function pairedInArticle(analysis: Analysis, knowledge: KnowledgeIndex, kept: Mention, odd: Mention): Map<string, ArticleSentence> {
  const closest = closestSentences(analysis, knowledge, analysis.tokens[kept.tokenStart]!.sentence);
  const found = new Map<string, ArticleSentence>();
  for (const { slot, sentence } of articleSlotsOf(knowledge, kept.entity)) {
    if (slot.list === undefined || !closest.includes(sentence)) continue;
    const others = sentence.places.filter((other) => other !== slot && other.list === slot.list);
    if (others.length !== 1 || knowledge.same(others[0]!.entity, odd.entity)) continue;
    const key = others[0]!.entity;
    if (![...found.keys()].some((known) => knowledge.same(known, key))) found.set(key, sentence);
  }
  return found;
}

/** The article's place in a list of three or more that the draft's odd place `place` stands for, with its sentence. */
function besideInArticle(knowledge: KnowledgeIndex, list: readonly Mention[], place: Mention): Map<string, ArticleSentence> {
  const others = list.filter((member) => member !== place);
  const found = new Map<string, ArticleSentence>();
  for (const sentence of sentencesNamingAll(knowledge, others)) {
    const beside = onePlaceBeside(knowledge, sentence, others, list);
    if (beside && ![...found.keys()].some((key) => knowledge.same(key, beside))) found.set(beside, sentence);
  }
  return found;
}

/** The odd place of a list of three or more, the one the article names nowhere, with the article's place it stands for. */
function oddOfList(knowledge: KnowledgeIndex, list: readonly Mention[]): { place: Mention; found: Map<string, ArticleSentence> } | undefined {
  const odd = list.filter((member) => articleSlotsOf(knowledge, member.entity).length === 0);
  if (odd.length !== 1) return undefined;
  return { place: odd[0]!, found: besideInArticle(knowledge, list, odd[0]!) };
}

/**
 * The odd place of a list of two: the one beside a place the article lists with another (it may be
 * named elsewhere in the article), with that other place; none when each could be.
 */
function oddOfPair(analysis: Analysis, knowledge: KnowledgeIndex, list: readonly Mention[]): { place: Mention; found: Map<string, ArticleSentence> } | undefined {
  const [first, second] = list as [Mention, Mention];
  const afterFirst = pairedInArticle(analysis, knowledge, first, second);
  const afterSecond = pairedInArticle(analysis, knowledge, second, first);
  if ((afterFirst.size > 0) === (afterSecond.size > 0)) return undefined;
  const odd = afterFirst.size > 0 ? { place: second, found: afterFirst } : { place: first, found: afterSecond };
  return locatedPair(analysis, first, second) ? odd : undefined;
}

/**
 * Whether a draft pair may say where something happened rather than whom it describes: no noun of
 * people stands before it, right before or before its preposition ("officials in Nabeul and
 * Tunis", "residents of Nabeul and Bizerte": people of two places), nor right after it ("in
 * Morogoro and Mwanza officials said": the places describe them, and the "and" joins two clauses).
 */
function locatedPair(analysis: Analysis, first: Mention, second: Mention): boolean {
  const tokens = analysis.tokens;
  if (ACTORS.has(tokens[second.tokenEnd]?.key ?? '')) return false;
  const sentence = tokens[first.tokenStart]!.sentence;
  for (let k = first.tokenStart - 1; k >= Math.max(0, first.tokenStart - 2); k--) {
    if (tokens[k]!.sentence !== sentence) break;
    if (ACTORS.has(tokens[k]!.key)) return false;
  }
  return true;
}

/** The places of the draft swapped in a list (see the module's comment). */
export function listSwaps(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[]): ListSwap[] {
  const out: ListSwap[] = [];
  for (const list of draftLists(analysis, all)) {
    const odd = list.length === 2 ? oddOfPair(analysis, knowledge, list) : list.length > 2 ? oddOfList(knowledge, list) : undefined;
    if (!odd || odd.found.size !== 1) continue;
    const { place, found } = odd;
    const [key, sentence] = [...found][0]!;
    const expected = knowledge.entity<Place>(key);
    if (!expected || mayStandFor(knowledge, place.entity, key) || !swappable(knowledge, place.entity, key)) continue;
    // A true pair with one more place names the article's place itself in its sentence.
    if (namedInSentence(analysis, knowledge, all, analysis.tokens[place.tokenStart]!.sentence, key)) continue;
    out.push({ place, expected, evidence: sentenceEvidence(sentence) });
  }
  return out;
}
