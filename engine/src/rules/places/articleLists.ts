/**
 * Lists of places the article gives for one thing: "a plan to build 300 clinics in Cusco, Puno
 * and Ayacucho", «لبناء 40 مدرسة في فاس ومكناس». Such a list says where the thing goes (built,
 * given, spread, sold), not where the sentence's event (a launch, an announcement) took place.
 * When one article sentence names every place of a draft's list, and not the event's own place,
 * the list is the article's list of that thing and is not compared with the event's place.
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import type { Mention } from '../../mentions';
import { articleSlotsOf, type ArticleSentence } from '../../align';
import { placeLists } from './lists';

/**
 * Whether `place` stands in a draft list of places (`placeLists`) that one article sentence names
 * whole, when that sentence names none of the places of the `placed` events (nor a place inside
 * one): the list is then where the article puts some thing, not where those events happened.
 */
export function articleList(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], place: Mention, placed: readonly Entity<Event>[]): boolean {
  const lists = placeLists(analysis.text, all);
  const first = lists.get(place);
  if (!first) return false;
  const members = all.filter((mention) => mention.kind === 'place' && lists.get(mention) === first);
  if (members.length < 2) return false;
  // The article sentences that name every place of the list.
  let shared: Set<ArticleSentence> | undefined;
  for (const member of members) {
    const sentences = new Set(articleSlotsOf(knowledge, member.entity).map((found) => found.sentence));
    shared = shared ? new Set([...shared].filter((sentence) => sentences.has(sentence))) : sentences;
    if (shared.size === 0) return false;
  }
  const eventPlaces = placed.map((event) => knowledge.resolve(event, event.fact.place)?.key).filter((key): key is string => !!key);
  // A sentence that also names the event's place may give the list as the event's places.
  return [...(shared ?? [])].some((sentence) => !sentence.places.some((slot) => eventPlaces.some((key) => knowledge.same(slot.entity, key) || knowledge.placeWithin(slot.entity, key))));
}
