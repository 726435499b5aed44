/**
 * The places an article lists beside an event's own place: a drawn event keeps one place, the
 * first of the list its article sentence names ("in Nabeul and Zaghouan", «في طنطا والمنصورة»),
 * yet the event happened in each place of that list. A draft place that agrees with one of those
 * places (`placesAgree`: the same, the governorate of the second town, a place inside it) agrees
 * with the event, as it would agree with the event's own place; another town of that governorate
 * does not. The slot comparison (`restated.ts`) reads a slot of a list the same way.
 */
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event, Place } from '../../factBase/schema';
import type { Mention } from '../../mentions';
import { articleSentencesOf, type ArticleSentence, type PlaceSlot } from '../../align';
import { placesAgree } from './relation';

/** Whether the place `place` agrees with another place that the article sentence lists with the place of `slot`. */
export function agreesBesideSlot(knowledge: KnowledgeIndex, place: string, sentence: ArticleSentence, slot: PlaceSlot): boolean {
  if (slot.list === undefined) return false;
  return sentence.places.some((other) => other !== slot && other.list === slot.list && !knowledge.same(other.entity, slot.entity) && placesAgree(knowledge, place, other.entity));
}

/** Whether `place` agrees with a place listed beside the place of one of `events` in that event's article sentence. */
export function listedBesideEventPlace(knowledge: KnowledgeIndex, place: Mention, events: readonly Entity<Event>[]): boolean {
  for (const event of events) {
    const eventPlace = knowledge.resolve<Place>(event, event.fact.place);
    if (!eventPlace) continue;
    for (const sentence of articleSentencesOf(knowledge, event)) {
      for (const slot of sentence.places) if (knowledge.same(slot.entity, eventPlace.key) && agreesBesideSlot(knowledge, place.entity, sentence, slot)) return true;
    }
  }
  return false;
}
