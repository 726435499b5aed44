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
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Place } from '../../factBase/schema';
import type { Mention } from '../../mentions';
import type { EvidenceRef } from '../../types';
import { articleSlotsOf, closestSentences, type ArticleSentence } from '../../align';
import { routes, type Route } from '../../extract/routes';
import { countryOf, mayOverlap, placesAgree } from './relation';

/** A draft place put at an end of a route where the article has another, with the article's place and the sentence that gives the route. */
export interface RouteChange {
  place: Mention;
  expected: Entity<Place>;
  evidence: EvidenceRef;
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

/** Whether the draft place `entity` may stand for the article's `key` (the same place, one inside the other, one that may hold the other). */
function standsFor(knowledge: KnowledgeIndex, entity: string, key: string): boolean {
  return placesAgree(knowledge, entity, key) || mayOverlap(knowledge, entity, key) || mayOverlap(knowledge, key, entity);
}

/** Whether the draft names the article's place `key` itself in the sentence of `route` (a next leg's end). */
function namedInSentence(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], route: Route, key: string): boolean {
  const sentence = analysis.tokens[route.from.tokenStart]!.sentence;
  return all.some((mention) => mention.kind === 'place' && analysis.tokens[mention.tokenStart]!.sentence === sentence && knowledge.same(mention.entity, key));
}

/** The change of one draft route, if the article sentences it restates tell one (see the module's comment). */
function routeChange(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], route: Route): RouteChange | undefined {
  const restated = closestSentences(analysis, knowledge, analysis.tokens[route.from.tokenStart]!.sentence);
  if (restated.length === 0) return undefined;
  // The starts of the article's routes to the draft's end, and the ends of those from its start.
  const starts = otherEnds(knowledge, route.to.entity, 'to', restated);
  const ends = otherEnds(knowledge, route.from.entity, 'from', restated);
  if ((starts.size > 0) === (ends.size > 0)) return undefined;
  const [changed, found] = starts.size > 0 ? [route.from, starts] : [route.to, ends];
  if (found.size !== 1) return undefined;
  const [key, sentence] = [...found][0]!;
  const expected = knowledge.entity<Place>(key);
  if (!expected || standsFor(knowledge, changed.entity, key) || namedInSentence(analysis, knowledge, all, route, key)) return undefined;
  const mine = countryOf(knowledge, changed.entity);
  const theirs = countryOf(knowledge, key);
  if (!mine || !theirs || !knowledge.same(mine.key, theirs.key)) return undefined;
  const evidence: EvidenceRef = { factBaseId: sentence.factBase.id, sourceFile: sentence.factBase.source.file, start: sentence.start, end: sentence.end, text: sentence.text };
  return { place: changed, expected, evidence };
}

/** The ends of the draft's routes changed from the article's (see the module's comment). */
export function routeChanges(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[]): RouteChange[] {
  const out: RouteChange[] = [];
  for (const route of routes(analysis, all)) {
    if (analysis.tokens[route.from.tokenStart]!.quote >= 0) continue;
    const change = routeChange(analysis, knowledge, all, route);
    if (change) out.push(change);
  }
  return out;
}
