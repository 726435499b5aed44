/**
 * Lists of places the article gives for one thing: "a plan to build 300 clinics in Cusco, Puno
 * and Ayacucho", «لبناء 40 مدرسة في فاس ومكناس». Such a list says where the thing goes (built,
 * given, spread, sold), not where the sentence's event (a launch, an announcement) took place.
 * When one article sentence names every place of a draft's list, and not the event's own place,
 * and shares a word with the words right before the list (the thing: clinics, «مدرسة»), the list
 * is the article's list of that thing and is not compared with the event's place. A list right
 * after the event's words ("launched on Tuesday in Cusco and Puno") shares none and is compared.
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import type { Mention } from '../../mentions';
import { sentencesNamingAll, type ArticleSentence } from '../../align';
import { placeLists } from './lists';
import { contentStem } from '../../text/stem';
import { alignmentKey } from '../../lexicon/concepts';

/** How many words before a list are read for the thing it places. */
const THING_WINDOW = 6;

/**
 * Whether a content word of the few words before the list (`start`, its first place's first
 * token), not a number nor a name, is also a word of the article sentence, in either language.
 */
function thingBefore(analysis: Analysis, all: readonly Mention[], start: number, sentence: ArticleSentence): boolean {
  const tokens = analysis.tokens;
  const own = tokens[start]!.sentence;
  for (let k = start - 2; k >= Math.max(0, start - 1 - THING_WINDOW) && tokens[k]!.sentence === own; k--) {
    if (/\d/u.test(tokens[k]!.key) || all.some((mention) => mention.tokenStart <= k && k < mention.tokenEnd)) continue;
    const stem = contentStem(tokens[k]!.key);
    if (stem && (sentence.stems.has(stem) || sentence.concepts.has(alignmentKey(stem, false)) || sentence.concepts.has(alignmentKey(stem, true)))) return true;
  }
  return false;
}

/**
 * Whether `place` stands in a draft list of places (`placeLists`) that one article sentence names
 * whole, when that sentence names none of the places of the `placed` events (nor a place inside
 * one): the list is then where the article puts some thing, not where those events happened.
 */
export function articleList(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], place: Mention, events: { placed: readonly Entity<Event>[]; swapped: ReadonlySet<Mention> }): boolean {
  const { placed, swapped } = events;
  const lists = placeLists(analysis.text, all);
  const first = lists.get(place);
  if (!first) return false;
  const members = all.filter((mention) => mention.kind === 'place' && lists.get(mention) === first);
  if (members.length < 2) return false;
  // The article sentences that name every place of the list; a place already reported as
  // swapped for one of the article's list is not sought in it.
  const shared = sentencesNamingAll(knowledge, members.filter((mention) => !swapped.has(mention)));
  if (shared.length === 0) return false;
  const eventPlaces = placed.map((event) => knowledge.resolve(event, event.fact.place)?.key).filter((key): key is string => !!key);
  // A sentence that also names the event's place may give the list as the event's places.
  return shared.some((sentence) => thingBefore(analysis, all, first.tokenStart, sentence) && !sentence.places.some((slot) => eventPlaces.some((key) => knowledge.same(slot.entity, key) || knowledge.placeWithin(slot.entity, key))));
}
