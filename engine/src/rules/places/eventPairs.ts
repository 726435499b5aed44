/**
 * The `event-place` rule's words of two events: a sentence that names two events of one story
 * whose places agree, each by its own word ("many houses collapsed in Oran in the earthquake", «انهارت
 * منازل في وهران جراء الزلزال», "schools stayed closed in Cardiff because of the fire"), speaks of
 * that story, and each word backs the other as a participant or the event's place would. Two words
 * of one event, or of events of unrelated places, back nothing more than before.
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import type { TriggerHit } from '../../events';

/** Whether the places of two events agree: the same place, or one inside the other. */
function placesAgree(knowledge: KnowledgeIndex, a: Entity<Event>, b: Entity<Event>): boolean {
  const placeA = knowledge.resolve(a, a.fact.place);
  const placeB = knowledge.resolve(b, b.fact.place);
  return !!placeA && !!placeB && (knowledge.same(placeA.key, placeB.key) || knowledge.placeWithin(placeA.key, placeB.key) || knowledge.placeWithin(placeB.key, placeA.key));
}

/** The events of `hit` that another word of the sentence, of another event of the story at an agreeing place, backs. */
export function pairedEvents(analysis: Analysis, knowledge: KnowledgeIndex, hits: readonly TriggerHit[], hit: TriggerHit): Entity<Event>[] {
  const tokens = analysis.tokens;
  const sentence = tokens[hit.tokenStart]!.sentence;
  const others = hits.filter((other) => other !== hit && tokens[other.tokenStart]!.sentence === sentence && (other.tokenEnd <= hit.tokenStart || other.tokenStart >= hit.tokenEnd));
  if (others.length === 0) return [];
  return hit.events.filter((event) => event.fact.place && others.some((other) => other.events.some((partner) => partner !== event && !hit.events.includes(partner) && partner.factBase === event.factBase && placesAgree(knowledge, event, partner))));
}
