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

/** How far after an occasion phrase its first place may start, counted from the word after the phrase (the venue and its town: «في مبنى غرفة التجارة بإربد»). */
const VENUE_WORDS = 5;

/** Whether the place at token `k` starts after «ب» fused to it (بعمّان), as its lexicon mention reads it. */
function fusedBa(ctx: DrawContext, k: number): boolean {
  const mention = ctx.lexiconMentionAt(k);
  return ctx.lang === 'ar' && mention?.tokenStart === k && /^و?ب$/.test(ctx.article.slice(ctx.tokens[k]!.oStart, mention.start));
}

/** Whether the place at token `k` is said to be where something is: «ب» fused to it, or "in", "at" or «في» before it. */
function locatedPlace(ctx: DrawContext, k: number): boolean {
  return ctx.placeAt.has(k) && (fusedBa(ctx, k) || OCCASION_LOCATIVES.has(ctx.tokens[k - 1]?.key ?? ''));
}

/**
 * The place where an occasion phrase ending before token `from` was held: the first place after
 * it, within a few words of one clause with no "that" or «إن» between, said to be where something
 * is, and past it the last place each place before says it lies in (a venue, then its town: «في
 * مبنى ديوان المحافظة بالرمادي», at the council building in Cardiff; «بمقر الولاية في صفاقس»).
 */
function placeAfterOccasion(ctx: DrawContext, from: number): number | undefined {
  const tokens = ctx.tokens;
  const clause = tokens[from - 1]!.clause;
  let found: number | undefined;
  for (let k = from; k < tokens.length && k - from <= VENUE_WORDS && tokens[k]!.clause === clause && tokens[k]!.quote === -1; k++) {
    if (COMPLEMENTS.has(tokens[k]!.key) || ctx.personAt[k] !== -1) return undefined;
    if (locatedPlace(ctx, k)) {
      found = k;
      break;
    }
  }
  if (found === undefined) return undefined;
  let place: number = found;
  for (;;) {
    const id = ctx.placeAt.get(place);
    let end: number = place + 1;
    while (ctx.placeAt.get(end) === id) end++;
    const next: number | undefined = locatedPlace(ctx, end) ? end : OCCASION_LOCATIVES.has(tokens[end]?.key ?? '') && locatedPlace(ctx, end + 1) ? end + 1 : undefined;
    if (next === undefined || tokens[next]!.clause !== clause) return place;
    place = next;
  }
}

/**
 * The tokens of the places where the article's occasions were held (see {@link placeAfterOccasion}):
 * «في مؤتمر صحفي بعمّان», a news conference in Cardiff, «مؤتمراً صحفياً في مبنى غرفة التجارة بإربد».
 */
export function occasionPlaces(ctx: DrawContext): Set<number> {
  const out = new Set<number>();
  for (const phrase of occasions(ctx)) {
    const place = placeAfterOccasion(ctx, phrase.end);
    if (place !== undefined) out.add(place);
  }
  return out;
}

/** An event's triggers with the occasion's words of both languages added. */
export function withOccasion(triggers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = { ...triggers };
  for (const lang of ['ar', 'en'] as const) out[lang] = [...new Set([...(out[lang] ?? []), ...PRESS_OCCASIONS.triggers[lang]])];
  return out;
}
