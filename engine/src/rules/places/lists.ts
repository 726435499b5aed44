/**
 * Towns in a list after one locative ("in Pisa and Livorno", «في بيزا وليفورنو», "in Pisa, Siena
 * and Livorno"): places of one sentence joined by "and", "or", «و» or «أو», or by a comma before
 * such a join. Each town of a list is compared on its own: a right town of the list does not
 * excuse a wrong one beside it, as another place of the sentence would (`rules/eventPlace.ts`).
 */
import type { Mention } from '../../mentions';

/** The text between two places of one list: a join, maybe after a comma (", and", «و» fused or not). */
const JOIN = /^\s*(?:[,،]\s*)?(?:and|or|و|أو)\s*$/iu;
/** A comma alone between two places, which joins them only when a join ends the list. */
const COMMA = /^\s*[,،]\s*$/u;

/** The lists of each draft's mentions, read once. */
const cache = new WeakMap<readonly Mention[], Map<Mention, Mention>>();

/**
 * For each place mention of `all` (a draft's mentions, in `text`) that stands in a list of
 * places, its list's first place; places that stand alone are left out. A comma alone ("Swansea,
 * Wales") makes no list. Read once per array of mentions.
 */
export function placeLists(text: string, all: readonly Mention[]): ReadonlyMap<Mention, Mention> {
  let found = cache.get(all);
  if (!found) cache.set(all, (found = readLists(text, all)));
  return found;
}

/** The lists of `all`, read afresh (see `placeLists`). */
function readLists(text: string, all: readonly Mention[]): Map<Mention, Mention> {
  const places = all.filter((mention) => mention.kind === 'place').sort((a, b) => a.start - b.start);
  const links = places.slice(1).map((place, k) => {
    const between = text.slice(places[k]!.end, place.start);
    return JOIN.test(between) ? 'join' : COMMA.test(between) ? 'comma' : undefined;
  });
  const lists = new Map<Mention, Mention>();
  let first = places[0]!;
  for (let k = 0; k < links.length; k++) {
    // A comma joins only when the links after it run on to a join ("Pisa, Siena and Livorno").
    let end = k;
    while (links[end] === 'comma') end++;
    const joined = links[k] === 'join' || (links[k] === 'comma' && links[end] === 'join');
    if (!joined) {
      first = places[k + 1]!;
      continue;
    }
    lists.set(places[k]!, first);
    lists.set(places[k + 1]!, first);
  }
  return lists;
}

/** Whether two place mentions stand in one list (`placeLists`). */
export function inOneList(lists: ReadonlyMap<Mention, Mention>, a: Mention, b: Mention): boolean {
  const list = lists.get(a);
  return list !== undefined && lists.get(b) === list;
}
