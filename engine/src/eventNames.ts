/**
 * An event named in a draft by one of its own names: a name of the fact base of two content words
 * or more (مراجعة القيود, "the review of the restrictions") whose content words all stand in the
 * clause of a short trigger that is one of them ("review the restrictions", «مراجعة القيود»). The
 * name says which event the trigger is about, as a participant or the place would; `events.ts`
 * reads it as backing the trigger.
 */
import type { Analysis } from './analysis';
import { tokenContentStem, type Entity, type KnowledgeIndex } from './knowledge';
import type { Event } from './factBase/schema';
import { analyse } from './analysis';

/** How many words on each side of a trigger its event's name may stand. */
const NAME_REACH = 12;

const nameStemCache = new WeakMap<KnowledgeIndex, Map<Entity<Event>, string[][]>>();

/** The light stems of the content words of each name of an event that has two or more of them, once per index. */
function nameStems(knowledge: KnowledgeIndex, event: Entity<Event>): string[][] {
  let byEvent = nameStemCache.get(knowledge);
  if (!byEvent) {
    byEvent = new Map();
    nameStemCache.set(knowledge, byEvent);
  }
  let stems = byEvent.get(event);
  if (!stems) {
    const names = [...(event.fact.names?.ar ?? []), ...(event.fact.names?.en ?? [])];
    stems = names
      .map((name) => [...new Set(analyse(name, 'plaintext').tokens.flatMap((token) => tokenContentStem(token) ?? []))])
      .filter((words) => words.length >= 2);
    byEvent.set(event, stems);
  }
  return stems;
}

/**
 * Whether the clause of a trigger hit (tokens `tokenStart` to `tokenEnd`) holds every content word
 * of one of the event's names of two content words or more, the trigger's own word among them.
 */
export function namedByOwnName(analysis: Analysis, knowledge: KnowledgeIndex, hit: { tokenStart: number; tokenEnd: number }, event: Entity<Event>): boolean {
  const names = nameStems(knowledge, event);
  if (names.length === 0) return false;
  const tokens = analysis.tokens;
  const clause = tokens[hit.tokenStart]!.clause;
  const own = new Set<string>();
  for (let k = hit.tokenStart; k < hit.tokenEnd; k++) {
    const stem = tokenContentStem(tokens[k]!);
    if (stem) own.add(stem);
  }
  // The name's words are looked for in the clause within a few words of the trigger: a clause with
  // no punctuation may run the length of the draft, and the look stays bounded per hit.
  const inClause = new Set<string>();
  for (let k = hit.tokenStart; k >= 0 && k >= hit.tokenStart - NAME_REACH && tokens[k]!.clause === clause; k--) inClause.add(tokenContentStem(tokens[k]!) ?? '');
  for (let k = hit.tokenEnd; k < tokens.length && k < hit.tokenEnd + NAME_REACH && tokens[k]!.clause === clause; k++) inClause.add(tokenContentStem(tokens[k]!) ?? '');
  return names.some((words) => words.some((word) => own.has(word)) && words.every((word) => inClause.has(word)));
}
