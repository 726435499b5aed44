/**
 * The occasion of a statement as its event's trigger: a day right beside "told reporters", "told a
 * news conference" or «في مؤتمر صحفي» (told reporters in Carlisle on Tuesday afternoon; «في مؤتمر
 * صحفي عقده في عمّان أمس الأربعاء») dates the statement, and editors name such an event by its
 * occasion in both languages. Without it a drawn event of "said" or «قال» has no trigger, and a
 * draft in the other language (قالت الوزيرة للصحفيين يوم الاثنين) has its day compared with nothing.
 * A day after "that" or «إن» between is the reported clause's, not the occasion's. Occasions beside
 * several days each name their event: `event-date` clears a draft's day that any event of its
 * trigger agrees with, so a draft's occasion is compared with all of them. A gazetteer place right
 * after an occasion phrase, with «ب» fused to it or after "in", "at" or «في» («في مؤتمر صحفي
 * بعمّان», at a news conference in Cardiff), is where the occasion was held (`occasionPlaces`).
 */
import type { DrawContext } from './context';
import { PRESS_OCCASIONS } from './lexicon';
import { COMPLEMENTS, isWordBehindClitic } from './eventLinks';
import { key } from './words';

const PHRASES = PRESS_OCCASIONS.phrases.map((phrase) => phrase.split(' ').map(key));

/** How far a phrase may stand from its day, in words: before it, and after it. */
const BEFORE = 6;
const AFTER = 4;

/** The token ranges of the article's occasion phrases, outside quotations. */
function occasions(ctx: DrawContext): { start: number; end: number }[] {
  const tokens = ctx.tokens;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.quote !== -1) continue;
    for (const words of PHRASES) {
      // The first word may carry a clitic (بمؤتمر صحفي، وللصحفيين).
      if (!isWordBehindClitic(tokens[i]!.key, words[0]!)) continue;
      if (words.every((word, w) => w === 0 || (tokens[i + w]?.key === word && tokens[i + w]!.sentence === tokens[i]!.sentence))) out.push({ start: i, end: i + words.length });
    }
  }
  return out;
}

/** Whether the tokens between two positions of one sentence hold no "that" or «إن». */
function unreported(ctx: DrawContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (COMPLEMENTS.has(ctx.tokens[k]!.key)) return false;
  return true;
}

/**
 * The indexes in `found` of the dated events an occasion phrase stands beside: a phrase ending at
 * most six words before its day, or starting at most four words after it, in its sentence with no
 * "that" or «إن» between.
 */
export function pressEvents(ctx: DrawContext, found: readonly { tokenStart: number; tokenEnd: number }[]): Set<number> {
  const hits = new Set<number>();
  const phrases = occasions(ctx);
  if (phrases.length === 0) return hits;
  const tokens = ctx.tokens;
  found.forEach((item, index) => {
    const sentence = tokens[item.tokenStart]!.sentence;
    for (const phrase of phrases) {
      if (tokens[phrase.start]!.sentence !== sentence) continue;
      const before = phrase.end <= item.tokenStart && item.tokenStart - phrase.end <= BEFORE && unreported(ctx, phrase.end, item.tokenStart);
      const after = phrase.start >= item.tokenEnd && phrase.start - item.tokenEnd <= AFTER && unreported(ctx, item.tokenEnd, phrase.start);
      if (before || after) hits.add(index);
    }
  });
  return hits;
}

/** The locatives between an occasion phrase and its place (folded). */
const OCCASION_LOCATIVES = new Set(['في', 'in', 'at'].map(key));

/**
 * The tokens of the places where the article's occasions were held: a place right after an
 * occasion phrase in its sentence, with «ب» fused to it («في مؤتمر صحفي بعمّان», a gazetteer place
 * whose clitic is read from its mention) or after "in", "at" or «في» (a news conference in Cardiff).
 */
export function occasionPlaces(ctx: DrawContext): Set<number> {
  const out = new Set<number>();
  const tokens = ctx.tokens;
  for (const phrase of occasions(ctx)) {
    const next = tokens[phrase.end];
    if (!next || next.sentence !== tokens[phrase.start]!.sentence || next.quote !== -1) continue;
    const mention = ctx.lexiconMentionAt(phrase.end);
    if (ctx.placeAt.has(phrase.end) && mention?.tokenStart === phrase.end && /^و?ب$/.test(ctx.article.slice(next.oStart, mention.start))) out.add(phrase.end);
    else if (OCCASION_LOCATIVES.has(next.key) && ctx.placeAt.has(phrase.end + 1) && tokens[phrase.end + 1]!.sentence === next.sentence) out.add(phrase.end + 1);
  }
  return out;
}

/** An event's triggers with the occasion's words of both languages added. */
export function withOccasion(triggers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = { ...triggers };
  for (const lang of ['ar', 'en'] as const) out[lang] = [...new Set([...(out[lang] ?? []), ...PRESS_OCCASIONS.triggers[lang]])];
  return out;
}
