/**
 * The `event-place` rule's event words in the other language than the fact base's: an Arabic draft
 * of an English article names the fire «الحريق» where the fact base gives only "fire" and "blaze",
 * and an English draft of an Arabic article names «ندوة صحفية» a "news conference" where the fact
 * base gives only Arabic words. A word of the meaning of one of a trigger's words
 * (`lexicon/concepts.ts`: conference for «ندوة», broke for اندلع) in a sentence of a language in
 * which the event has no trigger of its own is that event's word: it is the only way the draft can
 * name the event, so it is backed as a trigger would be (a participant, the event's place, another
 * of its words). In the language of the event's own words, such a word still names the event only
 * where the sentence restates the event's own (`events.ts`).
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import type { Event } from '../../factBase/schema';
import { tokenLang } from '../../analysis';
import { nameKeys, tokenConcept } from '../../knowledge';
import { triggerHits, type TriggerHit } from '../../events';
import { perDraft } from '../../memo';
import { CONCEPTS } from '../../lexicon/concepts';
import { contentStem } from '../../text/stem';
import { flippedHits } from './definite';

/** The hits added for a word of the other language, which the rule reads after a locative of place only. */
const otherLanguageHits = new WeakSet<TriggerHit>();

/**
 * Whether a hit is of a word of the other language than the event's words: such a word places its
 * event only after a locative of place (في, in, at), not of direction («ترحيل طالبي اللجوء إلى
 * رواندا» beside the ruling: a complement of another verb).
 */
export function otherLanguageHit(hit: TriggerHit): boolean {
  return otherLanguageHits.has(hit);
}

/** For each language, the events with no trigger in it, by the concepts of their triggers' words. */
interface ConceptIndex {
  ar: Map<string, Entity<Event>[]>;
  en: Map<string, Entity<Event>[]>;
}

const indexes = new WeakMap<KnowledgeIndex, ConceptIndex>();

/** The index of a knowledge base's events by the concepts of their words, built once. */
function conceptIndex(knowledge: KnowledgeIndex): ConceptIndex {
  let index = indexes.get(knowledge);
  if (index) return index;
  index = { ar: new Map(), en: new Map() };
  for (const event of knowledge.events) {
    const triggers = event.fact.triggers ?? {};
    for (const lang of ['ar', 'en'] as const) {
      if ((triggers[lang] ?? []).length > 0) continue;
      const byConcept = index[lang];
      for (const trigger of [...(triggers.ar ?? []), ...(triggers.en ?? [])]) {
        for (const key of nameKeys(trigger)) {
          const stem = contentStem(key);
          const concept = stem ? CONCEPTS.get(stem) : undefined;
          if (!concept) continue;
          const events = byConcept.get(concept) ?? [];
          if (!events.includes(event)) events.push(event);
          byConcept.set(concept, events);
        }
      }
    }
  }
  indexes.set(knowledge, index);
  return index;
}

/**
 * The draft's trigger hits, with the Arabic triggers written in their other definiteness
 * (`definite.ts`) and a hit for each word (outside them) of a concept of the words of events that
 * have no trigger in the word's sentence's language; in order.
 */
export const placeTriggerHits = perDraft((analysis: Analysis, knowledge: KnowledgeIndex): TriggerHit[] => {
  const plain = triggerHits(analysis, knowledge);
  const taken = new Uint8Array(analysis.tokens.length);
  for (const hit of plain) taken.fill(1, hit.tokenStart, hit.tokenEnd);
  // Arabic triggers with the article put on or taken off are the trigger's own words.
  const added: TriggerHit[] = flippedHits(analysis, knowledge, taken);
  const index = conceptIndex(knowledge);
  if (index.ar.size > 0 || index.en.size > 0) analysis.tokens.forEach((token, k) => {
    if (taken[k] || (token.script !== 'ar' && token.script !== 'latin')) return;
    const concept = tokenConcept(token);
    const events = concept ? index[tokenLang(analysis, token)].get(concept) : undefined;
    if (!events) return;
    const hit = { tokenStart: k, tokenEnd: k + 1, events: [...events] };
    otherLanguageHits.add(hit);
    added.push(hit);
  });
  if (added.length === 0) return plain;
  return [...plain, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
});
