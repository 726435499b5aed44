/**
 * The `event-place` rule's Arabic event words in the other definiteness than the fact base's: a
 * draft names the news conference «الندوة الصحفية» or «المؤتمر الصحفي» (with a preposition on it:
 * «بالندوة الصحفية», «للاجتماع») where the fact base gives «ندوة صحفية», «مؤتمر صحفي», «اجتماع», and
 * the rockfalls «انهيارات صخرية» where it gives «الانهيارات الصخرية». Arabic puts the article on a
 * noun and on each adjective after it alike, so a trigger whose words are all bare or all definite
 * is the same phrase with the article on every word or on none. A trigger whose words differ (an
 * annexion: «زلزال الحوز», «صلاة الغائب») has no other form, nor a one-word trigger of three
 * letters (mostly verbs: «كتب», whose definite form «الكتب» is "the books").
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import type { TriggerHit } from '../../events';
import { tokenStems } from '../../knowledge';

const ARTICLE = 'ال';
const ARABIC_WORD = /^[\u0621-\u064a]+$/u;

/** A trigger in its other definiteness: its words' keys and its events. */
interface Flipped {
  keys: string[];
  events: Entity<Event>[];
}

const tables = new WeakMap<KnowledgeIndex, Map<string, Flipped[]>>();

/** The keys of a trigger with the article put on every word or taken off every word, if it has that form. */
function flippedKeys(keys: readonly string[]): string[] | undefined {
  if (keys.length === 0 || !keys.every((key) => ARABIC_WORD.test(key))) return undefined;
  const definite = keys.map((key) => key.startsWith(ARTICLE));
  if (definite.some((on) => on !== definite[0])) return undefined;
  const flipped = definite[0] ? keys.map((key) => key.slice(ARTICLE.length)) : keys.map((key) => ARTICLE + key);
  const bare = definite[0] ? flipped : keys;
  // A bare word of two letters is no word; a lone bare word of three is mostly a verb.
  if (bare.some((key) => key.length < 3) || (keys.length === 1 && bare[0]!.length < 4)) return undefined;
  return flipped;
}

/** The knowledge base's Arabic triggers in their other definiteness, by their first word, built once. */
function table(knowledge: KnowledgeIndex): Map<string, Flipped[]> {
  let byFirst = tables.get(knowledge);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const [joined, events] of knowledge.triggers) {
    const keys = flippedKeys(joined.split(' ').filter(Boolean));
    if (!keys || knowledge.triggers.has(keys.join(' '))) continue;
    const list = byFirst.get(keys[0]!) ?? [];
    list.push({ keys, events: [...new Set(events)] });
    byFirst.set(keys[0]!, list);
  }
  tables.set(knowledge, byFirst);
  return byFirst;
}

/** The longest trigger in its other definiteness that starts at token `i`, if any. */
function flippedAt(analysis: Analysis, byFirst: Map<string, Flipped[]>, i: number): TriggerHit | undefined {
  const tokens = analysis.tokens;
  let best: TriggerHit | undefined;
  for (const own of tokenStems(tokens[i]!)) {
    for (const candidate of byFirst.get(own.stem) ?? []) {
      const end = i + candidate.keys.length;
      let ok = !best || end > best.tokenEnd;
      for (let k = 1; k < candidate.keys.length && ok; k++) {
        const next = tokens[i + k];
        ok = !!next && next.sentence === tokens[i]!.sentence && tokenStems(next).some((stem) => stem.stem === candidate.keys[k]);
      }
      if (ok) best = { tokenStart: i, tokenEnd: end, events: [...candidate.events] };
    }
  }
  return best;
}

/**
 * The hits of Arabic triggers written in their other definiteness, on the tokens no hit holds
 * (`taken`), in order. They are the trigger's own words, backed as its own hits are.
 */
export function flippedHits(analysis: Analysis, knowledge: KnowledgeIndex, taken: Uint8Array): TriggerHit[] {
  const byFirst = table(knowledge);
  if (byFirst.size === 0) return [];
  const hits: TriggerHit[] = [];
  for (let i = 0; i < analysis.tokens.length; i++) {
    if (taken[i] || analysis.tokens[i]!.script !== 'ar') continue;
    const hit = flippedAt(analysis, byFirst, i);
    if (!hit || taken.subarray(hit.tokenStart, hit.tokenEnd).some(Boolean)) continue;
    hits.push(hit);
    taken.fill(1, hit.tokenStart, hit.tokenEnd);
    i = hit.tokenEnd - 1;
  }
  return hits;
}
