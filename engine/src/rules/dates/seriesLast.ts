/**
 * The `event-date` rule's last of a series told with its noun left out ("the first turbine was
 * connected on 28 August, and the last on 2 November"; `extract/seriesLasts.ts`): "the last" is a
 * hit of the event whose trigger is the last of the noun after "first" (last turbine, final
 * turbine, «آخر رحلة»), so the date after it is compared with that event's, not left untied or
 * given to the first's event.
 */
import type { Analysis } from '../../analysis';
import type { Event } from '../../factBase/schema';
import { tokenContentStem, tokenStems, type Entity, type KnowledgeIndex } from '../../knowledge';
import type { TriggerHit } from '../../events';
import { seriesLasts } from '../../extract/seriesLasts';
import { SERIES_LAST_AR_HEAD, SERIES_LAST_EN } from '../../lexicon/series';
import { contentStem } from '../../text/stem';
import { restatesEvidence, sameArticleSentence } from '../../align';

/** The hits made here, which date only what follows them (and the last on 12 May), not a date before them. */
const made = new WeakSet<TriggerHit>();

/** Whether a hit is the last of a series standing after the date: "the last" does not date the first's day before it. */
export function lastAfter(hit: TriggerHit, dateStart: number): boolean {
  return made.has(hit) && hit.tokenStart >= dateStart;
}

const tables = new WeakMap<KnowledgeIndex, Map<string, Entity<Event>[]>>();

/** The events whose trigger is the last of a noun (last turbine, «آخر رحلة»), by the noun's light stem; built once per index. */
function lastsByNoun(knowledge: KnowledgeIndex): Map<string, Entity<Event>[]> {
  let table = tables.get(knowledge);
  if (table) return table;
  table = new Map();
  for (const [joinedKeys, events] of knowledge.triggers) {
    const keys = joinedKeys.split(' ').filter(Boolean);
    if (keys.length !== 2 || !(SERIES_LAST_EN.has(keys[0]!) || keys[0] === SERIES_LAST_AR_HEAD)) continue;
    const noun = contentStem(keys[1]!) ?? keys[1]!;
    const list = table.get(noun) ?? [];
    for (const event of events) if (!list.includes(event)) list.push(event);
    table.set(noun, list);
  }
  tables.set(knowledge, table);
  return table;
}

/** The hits of the lasts of a series with their noun left out, each with the events of the last of its noun. */
export function seriesLastHits(analysis: Analysis, knowledge: KnowledgeIndex): TriggerHit[] {
  const table = lastsByNoun(knowledge);
  if (table.size === 0) return [];
  const hits: TriggerHit[] = [];
  for (const last of seriesLasts(analysis)) {
    for (const noun of last.nouns) {
      const token = analysis.tokens[noun]!;
      const keys = new Set([tokenContentStem(token), ...tokenStems(token).map((stem) => contentStem(stem.stem) ?? stem.stem)]);
      const events = [...keys].flatMap((key) => (key ? table.get(key) ?? [] : []));
      if (events.length === 0) continue;
      hits.push({ tokenStart: last.token, tokenEnd: last.token + 1, events: [...new Set(events)] });
      break;
    }
  }
  return hits;
}

/**
 * A last's hit with the events the draft sentence speaks of, if any: when the draft gives a date
 * before the last that is the day of some events (`firsts`), those whose article sentence holds
 * the evidence of one of them ("the first turbine was connected on 28 August, and the last on 2
 * November"); else those whose evidence sentence the draft sentence restates. The hit kept is
 * remembered, so that it dates only what follows it.
 */
export function seriesHit(analysis: Analysis, knowledge: KnowledgeIndex, hit: TriggerHit, firsts: readonly Entity<Event>[]): TriggerHit | undefined {
  const sentence = analysis.tokens[hit.tokenStart]!.sentence;
  const events = hit.events.filter((event) => (firsts.length > 0 ? firsts.some((first) => sameArticleSentence(knowledge, first, event)) : restatesEvidence(analysis, knowledge, sentence, event)));
  if (events.length === 0) return undefined;
  const kept = { ...hit, events };
  made.add(kept);
  return kept;
}
