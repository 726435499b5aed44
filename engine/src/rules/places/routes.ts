/**
 * `event-place`, an end of a route changed: a draft route ("a railway line from Cairo to
 * Alexandria", «من القيروان إلى صفاقس»: `extract/routes.ts`) that keeps one end of a route of the
 * article sentence it restates and puts another place at the other end has moved that end. The
 * route's two ends and the restated sentence say it, so no trigger word is needed, and the change is
 * read in the article's language and across languages alike.
 *
 * Left alone: a route of a quotation; a route the article gives itself (both ends agree); a route
 * whose kept end starts or ends article routes with different other ends, or whose two ends each
 * keep an article route's (a second route of the story); a route of a sentence that restates none
 * of the article's sentences with that route as closely as another (a journey of another event); a
 * changed end that is, holds, lies in or may overlap the article's, or lies in another country; and
 * a route whose sentence names the article's place itself (a next leg: from Tanta to Kafr el-Zayat
 * and then on to Alexandria).
 *
 * A route whose two ends are both the article's but swapped ("from Alexandria to Tanta" for Tanta to
 * Alexandria, «من صفاقس إلى سوسة») is a change too, reported whole, unless the sentence names the
 * article's way as well (a round trip) or a word of return stands before it (the way back).
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Place } from '../../factBase/schema';
import type { Mention } from '../../mentions';
import type { EvidenceRef } from '../../types';
import { articleSlotsOf, closestSentences, sentenceEvidence, type ArticleSentence } from '../../align';
import { routes, type Route } from '../../extract/routes';
import { mayStandFor, namedInSentence, sameCountry } from './relation';
import { tokenStems } from '../../knowledge';
import { RETURN_WORDS } from '../../lexicon/words';

/** Words of return before a route (folded). */
const RETURNS = new Set(RETURN_WORDS);

/**
 * A draft place put at an end of a route where the article has another, with the article's place
 * and the sentence that gives the route; for a route whose two ends are swapped, `place` is its
 * start, `swapped` its end, and `expected` the article's start.
 */
export interface RouteChange {
  place: Mention;
  expected: Entity<Place>;
  evidence: EvidenceRef;
  swapped?: Mention;
}

/** The other ends of the article's routes that have `entity` at end `role`, each with its sentence, among the `restated` sentences. */
function otherEnds(knowledge: KnowledgeIndex, entity: string, role: 'from' | 'to', restated: readonly ArticleSentence[]): Map<string, ArticleSentence> {
  const found = new Map<string, ArticleSentence>();
  for (const { slot, sentence } of articleSlotsOf(knowledge, entity)) {
    if (slot.route?.role !== role || !restated.includes(sentence)) continue;
    if (![...found.keys()].some((key) => knowledge.same(key, slot.route!.other))) found.set(slot.route.other, sentence);
  }
  return found;
}

/** How many words before a route's "from" a word of return may stand (trains will return each evening from …). */
const RETURN_WINDOW = 6;

/** Whether a word of return (`RETURN_WORDS`) stands up to `RETURN_WINDOW` words before token `cue` in its sentence, with or without a clitic (وستعود). */
function returnBefore(analysis: Analysis, cue: number, sentence: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - RETURN_WINDOW; k--) {
    const token = analysis.tokens[k]!;
    if (token.sentence !== sentence) return false;
    if (RETURNS.has(token.key) || tokenStems(token).some((form) => RETURNS.has(form.stem))) return true;
  }
  return false;
}

/**
 * The swap of a draft route's two ends ("from Alexandria to Tanta" for the article's Tanta to
 * Alexandria), where no article route among the `restated` sentences keeps either end: one of
 * them runs from the draft's end to its start. A round trip that names the article's way too in
 * the same sentence is left alone, and so is a way back told by a word of return before the route
 * (trains return from Alexandria to Tanta, «رحلات العودة»).
 */
function routeSwap(analysis: Analysis, knowledge: KnowledgeIndex, drafted: readonly Route[], route: Route, restated: readonly ArticleSentence[]): RouteChange | undefined {
  const reversed = [...otherEnds(knowledge, route.to.entity, 'from', restated)].find(([key]) => knowledge.same(key, route.from.entity));
  const expected = knowledge.entity<Place>(route.to.entity);
  if (!reversed || !expected) return undefined;
  const sentence = analysis.tokens[route.from.tokenStart]!.sentence;
  if (returnBefore(analysis, route.from.tokenStart - 1, sentence)) return undefined;
  const roundTrip = drafted.some((other) => analysis.tokens[other.from.tokenStart]!.sentence === sentence && knowledge.same(other.from.entity, route.to.entity) && knowledge.same(other.to.entity, route.from.entity));
  return roundTrip ? undefined : { place: route.from, expected, evidence: sentenceEvidence(reversed[1]), swapped: route.to };
}

/** The change of one draft route, if the article sentences it restates tell one (see the module's comment). */
function routeChange(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], drafted: readonly Route[], route: Route): RouteChange | undefined {
  const restated = closestSentences(analysis, knowledge, analysis.tokens[route.from.tokenStart]!.sentence);
  if (restated.length === 0) return undefined;
  // The starts of the article's routes to the draft's end, and the ends of those from its start.
  const starts = otherEnds(knowledge, route.to.entity, 'to', restated);
  const ends = otherEnds(knowledge, route.from.entity, 'from', restated);
  if (starts.size === 0 && ends.size === 0) return routeSwap(analysis, knowledge, drafted, route, restated);
  if ((starts.size > 0) === (ends.size > 0)) return undefined;
  const [changed, found] = starts.size > 0 ? [route.from, starts] : [route.to, ends];
  if (found.size !== 1) return undefined;
  const [key, sentence] = [...found][0]!;
  const expected = knowledge.entity<Place>(key);
  // A next leg's end (from Tanta to Kafr el-Zayat and then on to Alexandria) names the article's place itself.
  const own = analysis.tokens[route.from.tokenStart]!.sentence;
  if (!expected || mayStandFor(knowledge, changed.entity, key) || namedInSentence(analysis, knowledge, all, own, key)) return undefined;
  if (!sameCountry(knowledge, changed.entity, key)) return undefined;
  return { place: changed, expected, evidence: sentenceEvidence(sentence) };
}

/** The ends of the draft's routes changed from the article's (see the module's comment). */
export function routeChanges(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[]): RouteChange[] {
  const out: RouteChange[] = [];
  const drafted = routes(analysis, all);
  for (const route of drafted) {
    if (analysis.tokens[route.from.tokenStart]!.quote >= 0) continue;
    const change = routeChange(analysis, knowledge, all, drafted, route);
    if (change) out.push(change);
  }
  return out;
}
