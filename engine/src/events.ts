/**
 * Ties words of a draft to the fact base's events: finds trigger words (غزت, invaded, ضربة …) and
 * answers which events a date or a place in the same sentence most likely belongs to.
 */
import type { Analysis } from './analysis';
import { nameKeys, stems, type Entity, type KnowledgeIndex } from './knowledge';
import type { Event } from './factBase/schema';

/** A trigger of an event found in the draft. */
export interface TriggerHit {
  tokenStart: number;
  tokenEnd: number;
  events: Entity<Event>[];
}

const triggerTables = new WeakMap<KnowledgeIndex, Map<string, { keys: string[]; events: Entity<Event>[] }[]>>();

function table(knowledge: KnowledgeIndex) {
  let byFirst = triggerTables.get(knowledge);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const [joinedKeys, events] of knowledge.triggers) {
    const keys = joinedKeys.split(' ').filter(Boolean);
    if (keys.length === 0) continue;
    const list = byFirst.get(keys[0]!) ?? [];
    list.push({ keys, events });
    byFirst.set(keys[0]!, list);
  }
  triggerTables.set(knowledge, byFirst);
  return byFirst;
}

const hitCache = new WeakMap<Analysis, WeakMap<KnowledgeIndex, TriggerHit[]>>();

/** Every trigger of every event in the draft, in order. */
export function triggerHits(analysis: Analysis, knowledge: KnowledgeIndex): TriggerHit[] {
  let perKnowledge = hitCache.get(analysis);
  if (!perKnowledge) {
    perKnowledge = new WeakMap();
    hitCache.set(analysis, perKnowledge);
  }
  const cached = perKnowledge.get(knowledge);
  if (cached) return cached;
  const byFirst = table(knowledge);
  const tokens = analysis.tokens;
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: TriggerHit | undefined;
    for (const { stem } of stems(tokens[i]!.key)) {
      for (const candidate of byFirst.get(stem) ?? []) {
        let ok = true;
        for (let k = 1; k < candidate.keys.length; k++) {
          const next = tokens[i + k];
          if (!next || next.sentence !== tokens[i]!.sentence || (next.key !== candidate.keys[k] && !stems(next.key).some((s) => s.stem === candidate.keys[k]))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const end = i + candidate.keys.length;
        if (!best || end > best.tokenEnd) best = { tokenStart: i, tokenEnd: end, events: [...candidate.events] };
        else if (end === best.tokenEnd) best.events.push(...candidate.events.filter((event) => !best!.events.includes(event)));
      }
    }
    if (best) hits.push(best);
  }
  perKnowledge.set(knowledge, hits);
  return hits;
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
  const tokens = analysis.tokens;
  const sentence = tokens[tokenStart]?.sentence;
  const clause = tokens[tokenStart]?.clause;
  let bestBefore: TriggerHit | undefined;
  let bestAfter: TriggerHit | undefined;
  for (const hit of hits) {
    const hitToken = tokens[hit.tokenStart]!;
    if (hitToken.sentence !== sentence) continue;
    if (options.sameClause && hitToken.clause !== clause) continue;
    if (hit.tokenEnd <= tokenStart && tokenStart - hit.tokenEnd <= options.before) {
      let blocked = false;
      if (options.barrier) for (let k = hit.tokenEnd; k < tokenStart; k++) if (options.barrier(k)) blocked = true;
      if (!blocked && (!bestBefore || hit.tokenEnd > bestBefore.tokenEnd)) bestBefore = hit;
    } else if (hit.tokenStart >= tokenEnd && hit.tokenStart - tokenEnd <= options.after) {
      let blocked = false;
      if (options.barrier) for (let k = tokenEnd; k < hit.tokenStart; k++) if (options.barrier(k)) blocked = true;
      if (!blocked && (!bestAfter || hit.tokenStart < bestAfter.tokenStart)) bestAfter = hit;
    }
  }
  let hit = bestBefore ?? bestAfter;
  if (options.sameClause && bestBefore && bestAfter && bestAfter.tokenStart - tokenEnd < tokenStart - bestBefore.tokenEnd) hit = bestAfter;
  return hit ? { events: hit.events, hit } : undefined;
}

export { nameKeys };
