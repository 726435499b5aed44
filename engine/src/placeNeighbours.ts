/**
 * The gazetteer's neighbours of a fact base's places that the gazetteer names in Latin letters
 * only: the places inside one of the fact base's places (the districts of its city), and those
 * inside what one of its places lies in (the towns of its town's region, the other districts of
 * its district's city). A draft that moves the article's town to a neighbouring one names one of
 * them; an Arabic draft writes it in Arabic letters, which the gazetteer lacks
 * (`crossScriptPlaces.ts` reads them). A container that is a country, or lies right inside one
 * (Scotland), is too wide to make its places neighbours.
 */
import type { KnowledgeIndex } from './knowledge';
import type { Place } from './factBase/schema';
import { GAZETTEER, type ReferenceEntry } from './referenceLexicons';

let childrenByContainer: Map<string, ReferenceEntry[]> | undefined;
let entriesById: Map<string, ReferenceEntry> | undefined;

/** The gazetteer's places inside the place `id` (one level down), built on first use. */
function childrenOf(id: string): readonly ReferenceEntry[] {
  if (!childrenByContainer) {
    childrenByContainer = new Map();
    for (const entry of GAZETTEER) {
      if (!entry.within) continue;
      const list = childrenByContainer.get(entry.within) ?? [];
      list.push(entry);
      childrenByContainer.set(entry.within, list);
    }
  }
  return childrenByContainer.get(id) ?? [];
}

/** Whether the gazetteer's place `id` is a country or lies right inside one (too wide a container). */
function tooWide(id: string): boolean {
  entriesById ??= new Map(GAZETTEER.map((entry) => [entry.id, entry]));
  const entry = entriesById.get(id);
  if (!entry) return false;
  if (entry.kind === 'country' || !entry.within) return true;
  return entriesById.get(entry.within)?.kind === 'country';
}

const cache = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();

/** The entity keys (`lexicon:id`) of the gazetteer's Latin-only neighbours of the fact base's places, once per knowledge index. */
export function latinOnlyNeighbours(knowledge: KnowledgeIndex): ReadonlySet<string> {
  let found = cache.get(knowledge);
  if (found) return found;
  const own = new Set<string>();
  const containers = new Set<string>();
  for (const entity of knowledge.entities.values()) {
    if (!entity.factBase || entity.kind !== 'place') continue;
    own.add(entity.id);
    if ((entity.fact as Place).kind !== 'country') containers.add(entity.id);
    const within = (entity.fact as Place).within;
    if (within && !tooWide(within)) containers.add(within);
  }
  const out = new Set<string>();
  for (const container of containers) {
    for (const child of childrenOf(container)) if (!child.ar?.length && !own.has(child.id)) out.add(`lexicon:${child.id}`);
  }
  cache.set(knowledge, (found = out));
  return found;
}
