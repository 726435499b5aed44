/**
 * `quantity`, the places a sentence names as the place of what it counts.
 */
import type { Analysis } from '../../analysis';
import type { KnowledgeIndex } from '../../knowledge';
import { mentions } from '../../mentions';
import { triggerHits } from '../../events';

/**
 * The places a sentence names as the place of what it counts: not the event's own place (or one
 * around it) named with the event's word («زلزال الحوز», "the Al Haouz earthquake"), which is the
 * event's name; the toll of the Al Haouz earthquake is the whole quake's, not the province's.
 */
export function countPlaces(analysis: Analysis, knowledge: KnowledgeIndex, sentence: number): ReturnType<typeof mentions> {
  const tokens = analysis.tokens;
  const hits = triggerHits(analysis, knowledge).filter((hit) => tokens[hit.tokenStart]!.sentence === sentence);
  // The place of an event, or one around it, names the event after its word; «فيضانات الحمامات»,
  // where the floods are Nabeul's, names the town the count is of.
  const names = (hit: (typeof hits)[number], place: string) =>
    hit.events.some((event) => {
      const own = event.fact.place ? knowledge.resolve(event, event.fact.place) : undefined;
      return !!own && knowledge.placeWithin(own.key, place);
    });
  return mentions(analysis, knowledge).filter(
    (mention) =>
      mention.kind === 'place' &&
      tokens[mention.tokenStart]!.sentence === sentence &&
      !hits.some((hit) => ((hit.tokenEnd === mention.tokenStart && tokens[hit.tokenStart]!.script === 'ar') || (hit.tokenStart === mention.tokenEnd && tokens[hit.tokenStart]!.script === 'latin')) && names(hit, mention.entity)),
  );
}
