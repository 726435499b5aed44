/**
 * Places: those of the reference gazetteer the article names (with the gazetteer's id, so that
 * the fact-base place shares its names and containment), and places introduced by a place noun
 * (مدينة، إقليم، محافظة، بلدة …) that the gazetteer does not know, contained in the place named
 * right after them (جماعة إغيل بإقليم الحوز).
 */
import type { DrawContext, DrawnFact } from './context';
import { AR_PLACE_HEADS, VOCALISED_PLACES } from './lexicon';
import { givenNameGender, key, stemsOf } from './words';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/months';
import { AR_STOP } from '../lexicon/functionWords';
import { articleDivision, englishPlaces, notPlaceName } from './englishPlaces';
import { directionalAreas } from './directionalAreas';
import { adjectiveTwins } from './adjectiveTwins';
import type { Mention } from '../mentions';

const HEADS = new Map(AR_PLACE_HEADS.map((head) => [key(head.ar), head]));

/** Draws the article's places into `ctx.out.places`; returns place ids by token. */
export function drawPlaces(ctx: DrawContext): void {
  const byId = new Map<string, DrawnFact>();
  for (const mention of ctx.lexiconMentions) {
    // Places inside a long quotation are the article's too (a statement's الحديدة); a quoted term is not.
    if (mention.kind !== 'place' || (ctx.tokens[mention.tokenStart]!.quote !== -1 && !inLongQuotation(ctx, mention.tokenStart))) continue;
    if (ctx.lang === 'en' && (givenNameBefore(ctx, mention) || nameGoesOn(ctx, mention))) continue;
    const entity = ctx.knowledge.entity<{ id: string; kind: string; within?: string; names: { ar: string[]; en: string[] } }>(foldedTwin(ctx, mention) ?? mention.entity);
    if (!entity) continue;
    const evidence = ctx.evidence(mention.start, mention.end);
    const known = byId.get(entity.fact.id);
    // Every mention marks its tokens, so later steps see the place wherever the article names it.
    for (let k = mention.tokenStart; k < mention.tokenEnd; k++) ctx.placeAt.set(k, entity.fact.id);
    if (known) {
      if (known.evidence.length < 2) known.evidence.push(evidence);
      continue;
    }
    const fact: DrawnFact = { id: entity.fact.id, names: { ...(entity.fact.names.ar.length > 0 ? { ar: entity.fact.names.ar } : {}), en: entity.fact.names.en }, kind: entity.fact.kind, evidence: [evidence] };
    byId.set(entity.fact.id, fact);
  }
  directionalAreas(ctx, byId);
  if (ctx.lang === 'ar') {
    adjectiveTwins(ctx, byId);
    headedPlaces(ctx, byId);
    dualHeadPlaces(ctx, byId);
    datelinePlaceAr(ctx, byId);
  }
  else {
    englishPlaces(ctx, byId);
    // A gazetteer place whose every mention a longer drawn name took over (Hamilton of Hamilton Island) is not the article's.
    const named = new Set(ctx.placeAt.values());
    for (const id of [...byId.keys()]) if (!named.has(id)) byId.delete(id);
  }
  // Containment from the gazetteer, only towards places this fact base holds.
  for (const fact of byId.values()) {
    const within = ctx.knowledge.entity<{ within?: string }>(`lexicon:${fact.id}`)?.fact.within;
    if (within && byId.has(within) && !fact.within) fact.within = within;
  }
  ctx.out.places.push(...byId.values());
}

/**
 * The gazetteer place a one-word Arabic mention names when another place's name folds like it
 * (عمان: Amman or Oman): the one its vocalised spelling names ({@link VOCALISED_PLACES}), else in
 * the dateline a city (a dateline names the city the story was filed from), else none (the
 * mention's own). Diacritics inside the word are compared with the tatweel and clitics left out.
 */
function foldedTwin(ctx: DrawContext, mention: Mention): string | undefined {
  if (mention.tokenEnd - mention.tokenStart !== 1 || ctx.tokens[mention.tokenStart]!.script !== 'ar') return undefined;
  const twins = ctx.knowledge.formsOf(mention.form.keys[0]!).filter((form) => form.kind === 'place' && form.lexicon && form.keys.length === 1);
  if (new Set(twins.map((form) => form.entity)).size < 2) return undefined;
  const written = ctx.article.slice(mention.start, mention.end).replace(/\u0640/g, '');
  const vocalised = Object.entries(VOCALISED_PLACES).find(([spelling]) => written.endsWith(spelling))?.[1];
  if (vocalised) return twins.find((form) => form.entity === `lexicon:${vocalised}`)?.entity;
  if (ctx.datelineEnd === 0 || mention.tokenEnd > ctx.datelineEnd) return undefined;
  // The dateline's place opens the dateline's line (a headline may stand on the line before).
  const lineStart = ctx.article.lastIndexOf('\n', ctx.tokens[ctx.datelineEnd - 1]!.oStart - 1) + 1;
  if (ctx.tokens.findIndex((token) => token.oStart >= lineStart) !== mention.tokenStart) return undefined;
  return twins.find((form) => ctx.knowledge.entity<{ kind: string }>(form.entity)?.fact.kind === 'city')?.entity;
}

/**
 * Whether an English gazetteer place is the first word of a longer capitalised name right after it
 * (Harlow Structures, Leeds United, Cardiff University): a firm, a club or a body named after the
 * place, not the place. "City" and letters in capitals (Mexico City, Washington DC) go on a place.
 */
function nameGoesOn(ctx: DrawContext, mention: Mention): boolean {
  const next = ctx.tokens[mention.tokenEnd];
  if (!next || next.clause !== ctx.tokens[mention.tokenEnd - 1]!.clause || !/^ +$/.test(ctx.gap(mention.tokenEnd - 1, mention.tokenEnd))) return false;
  const word = ctx.word(mention.tokenEnd);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && word !== 'City' && !ctx.lexiconMentionAt(mention.tokenEnd);
}

/** Places after a place noun: one or two name words, up to a function word or punctuation. */
function headedPlaces(ctx: DrawContext, byId: Map<string, DrawnFact>): void {
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const head = stemsOf(tokens[i]).map((s) => HEADS.get(s)).find(Boolean);
    if (!head || tokens[i]!.quote !== -1) continue;
    const start = i + 1;
    let end = start;
    while (end < tokens.length && end - start < 2 && tokens[end]!.clause === tokens[i]!.clause && tokens[end]!.script === 'ar' && !/\d/.test(tokens[end]!.key) && !AR_STOP.has(tokens[end]!.key) && !stemsOf(tokens[end]).some((s) => HEADS.has(s)) && !ctx.placeAt.has(end)) {
      // A conjunction starts another name (مولاي إبراهيم وأمزميز); a second word must belong to the name.
      if (end > start && (/^و/.test(tokens[end]!.key) || !secondNameWord(tokens[start]!.key, tokens[end]!.key))) break;
      end++;
    }
    if (end === start) continue;
    // A lone word after منطقة / جماعة is too often a common noun: those need the article's ال.
    const name = ctx.text(start, end);
    if ((head.ar === 'منطقة' || head.ar === 'جماعة') && !/^ال/.test(tokens[start]!.key)) continue;
    const nameKey = key(name);
    const same = [...byId.values()].find((place) => (place.names as { ar?: string[] }).ar?.some((form) => key(form) === nameKey));
    if (same) {
      for (let k = start; k < end; k++) ctx.placeAt.set(k, same.id);
      i = end - 1;
      continue;
    }
    const id = ctx.id(`place-${nameKey.length}-${start}`);
    const fact: DrawnFact = {
      id,
      names: { ar: [name, `${head.ar} ${name}`] },
      kind: head.kind,
      evidence: [ctx.tokenEvidence(i, end)],
      review: { unsure: true, reason: 'a place the gazetteer does not know, read after a place noun; add its English name' },
    };
    // Contained in the place named right after (إغيل بإقليم الحوز; تارودانت في المغرب).
    for (let k = start; k < end; k++) ctx.placeAt.set(k, id);
    byId.set(id, fact);
    const next = tokens[end];
    if (next && next.clause === tokens[i]!.clause) {
      const outer = ctx.placeAt.get(end) ?? ctx.placeAt.get(end + 1);
      if (outer && outer !== id) fact.within = outer;
    }
    i = end - 1;
  }
  // Containment for places read before their container was read.
  for (const fact of byId.values()) {
    if (fact.within || !fact.id.startsWith('place-')) continue;
    const last = ctx.tokens.findIndex((_, k) => ctx.placeAt.get(k) === fact.id);
    for (let k = last; k >= 0 && k < tokens.length && ctx.placeAt.get(k) === fact.id; k++) {
      const after = ctx.placeAt.get(k + 1) ?? ctx.placeAt.get(k + 2);
      if (after && after !== fact.id) fact.within = after;
    }
  }
  // Else, guessed, the division or country of the article's dateline (a Sohar story's بلدة صحم lies in Oman).
  const division = articleDivision(ctx, byId);
  for (const fact of byId.values()) {
    if (fact.within || !fact.id.startsWith('place-') || !division || division === fact.id || fact.kind === 'country') continue;
    fact.within = division;
    if (fact.review) fact.review = { unsure: true, reason: `${fact.review.reason}; put inside ${division}, the unit of the article's dateline` };
  }
}

/** Place nouns in the dual, which name two places (بلدتي مولاي إبراهيم وأمزميز), with their singular. */
const DUAL_HEADS = new Map([['بلدتي', 'بلدة'], ['مدينتي', 'مدينة'], ['قريتي', 'قرية'], ['محافظتي', 'محافظة'], ['ولايتي', 'ولاية'], ['جماعتي', 'جماعة']].map(([dual, one]) => [key(dual!), one!]));

/**
 * The second place after a place noun in the dual (وفي بلدتي مولاي إبراهيم وأمزميز, في مدينتي حائل
 * وبقعاء): one word after the conjunction و that ends the first place's name, drawn unsure like the
 * places read after a place noun, contained where the first one is.
 */
function dualHeadPlaces(ctx: DrawContext, byId: Map<string, DrawnFact>): void {
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const one = stemsOf(tokens[i]).map((stem) => DUAL_HEADS.get(stem)).find(Boolean);
    const first = ctx.placeAt.get(i + 1);
    if (!one || !first || tokens[i]!.quote !== -1) continue;
    let k = i + 1;
    while (ctx.placeAt.get(k) === first) k++;
    const next = tokens[k];
    if (!next || next.clause !== tokens[i]!.clause || next.script !== 'ar' || !/^و\S{3,}$/.test(next.key) || ctx.placeAt.has(k) || AR_STOP.has(next.key.slice(1))) continue;
    const name = ctx.word(k).replace(/^و/, '');
    const nameKey = key(name);
    const same = [...byId.values()].find((place) => (place.names as { ar?: string[] }).ar?.some((form) => key(form) === nameKey));
    const id = same?.id ?? ctx.id(`place-${nameKey.length}-${k}`);
    ctx.placeAt.set(k, id);
    if (same) continue;
    const kind = AR_PLACE_HEADS.find((head) => head.ar === one)?.kind ?? 'city';
    const within = byId.get(first)?.within;
    byId.set(id, { id, names: { ar: [name, `${one} ${name}`] }, kind, ...(within ? { within } : {}), evidence: [ctx.tokenEvidence(k, k + 1)], review: { unsure: true, reason: 'a place the gazetteer does not know, read after a place noun in the dual; add its English name' } });
  }
}

/** Weekdays and months, which open a dateline that names no place (الخميس، 8 أكتوبر). */
const CALENDAR_WORDS = new Set([...WEEKDAYS.flatMap((day) => day.names), ...MONTH_NAMES.flat()].flatMap((word) => word.split(' ')).map(key));

/**
 * The tokens [start, end) of the words that open an Arabic dateline's line before its dash or
 * comma (one or two Arabic words, no calendar word, no place already read), if there are any:
 * the name of the place the story was filed from. Organisations read it too, before places are drawn.
 */
export function datelinePlaceSpan(ctx: DrawContext): [number, number] | undefined {
  const tokens = ctx.tokens;
  if (ctx.datelineEnd === 0) return undefined;
  const lineStart = ctx.article.lastIndexOf('\n', tokens[ctx.datelineEnd - 1]!.oStart - 1) + 1;
  const start = tokens.findIndex((token) => token.oStart >= lineStart);
  if (start < 0 || start >= ctx.datelineEnd) return undefined;
  let end = start;
  while (end < ctx.datelineEnd && end - start < 2 && tokens[end]!.script === 'ar' && !/\d/.test(tokens[end]!.key) && !AR_STOP.has(tokens[end]!.key) && !CALENDAR_WORDS.has(tokens[end]!.key) && !ctx.placeAt.has(end)) {
    end++;
    if (/[–—,،-]/.test(ctx.gap(end - 1, end))) break;
  }
  return end === start || !/^\s*[–—,،-]/.test(ctx.gap(end - 1, end)) ? undefined : [start, end];
}

/**
 * The place that opens an Arabic dateline when the gazetteer does not know it («كريغنور – السبت 6
 * ديسمبر 2026»): one or two Arabic words at the start of the dateline's line, before its dash or
 * comma. Marked unsure, for its English name.
 */
function datelinePlaceAr(ctx: DrawContext, byId: Map<string, DrawnFact>): void {
  const span = datelinePlaceSpan(ctx);
  if (!span) return;
  const [start, end] = span;
  const id = ctx.id(`place-dateline-${start}`);
  for (let k = start; k < end; k++) ctx.placeAt.set(k, id);
  byId.set(id, { id, names: { ar: [ctx.text(start, end)] }, kind: 'city', evidence: [ctx.tokenEvidence(start, end)], review: { unsure: true, reason: "a place the gazetteer does not know, read from the article's dateline; add its English name" } });
}

/**
 * Whether an English gazetteer name of one word is a given name opening a person's name: "Victoria
 * Beckham", "Austin Butler" (a known given name, then a capitalised word that is neither a place
 * nor a calendar word, with only a space between).
 */
function givenNameBefore(ctx: DrawContext, mention: Mention): boolean {
  if (mention.tokenEnd - mention.tokenStart !== 1 || !givenNameGender(ctx.tokens[mention.tokenStart]!.key)) return false;
  const next = ctx.tokens[mention.tokenEnd];
  if (!next || next.sentence !== ctx.tokens[mention.tokenStart]!.sentence || next.script !== 'latin') return false;
  if (!/^ +$/.test(ctx.analysis.text.slice(mention.end, next.oStart)) || !/^[A-Z]/.test(ctx.analysis.text.slice(next.oStart, next.oEnd))) return false;
  return !notPlaceName(next.key) && !ctx.lexiconMentions.some((other) => other.kind === 'place' && other.tokenStart === mention.tokenEnd);
}

/** Words that open a compound place name (أم قصر، عين الأسد، تل عفر، بني ملال، سيدي بوزيد، مولاي إبراهيم). */
const COMPOUND_OPENERS = new Set(['ام', 'ابو', 'بني', 'تل', 'عين', 'بير', 'بئر', 'راس', 'خميس', 'سيدي', 'مولاي', 'لالة', 'اولاد', 'حاسي', 'تيزي', 'برج', 'ذراع', 'دير', 'بيت', 'كفر', 'جبل', 'وادي', 'مرسى', 'حي', 'جسر', 'قصر', 'سوق', 'شرم', 'خان', 'مخيم'].map(key));

/**
 * Whether a second word belongs to a place name read after a place noun: after a compound opener
 * (أم قصر), or a definite word that is not an adjective agreeing with a definite first word
 * (جرف الصخر, الدار البيضاء; not «السويق المجاورة», nor a verb or a direction: «صحم توقفت», «الخابورة شمال»).
 */
function secondNameWord(first: string, second: string): boolean {
  if (COMPOUND_OPENERS.has(first)) return true;
  if (!/^ال/.test(second)) return false;
  return !(/^ال/.test(first) && /ه$/.test(second));
}

/** Whether a token lies in a quotation of six words or more (a statement, not a name in guillemets). */
function inLongQuotation(ctx: DrawContext, index: number): boolean {
  const quotation = ctx.analysis.quotations[ctx.tokens[index]!.quote];
  return !!quotation && quotation.tokenEnd - quotation.tokenStart >= 6;
}
