/**
 * Areas of a country named by a direction: «جنوب البلاد», «شمال غرب البلاد», «شرق المغرب», "southern
 * Oman", "the north of the country". Each is drawn as a region inside the country (البلاد and "the
 * country" are the article's: the country of its dateline), named with the country's own names
 * ("جنوب عُمان", "southern Oman") beside the article's words, so that a draft moving an event from one
 * area of the country to another area or town the article names is compared. The gazetteer's own
 * areas (جنوب لبنان, northern Iraq) are drawn as gazetteer places already.
 */
import type { DrawContext, DrawnFact } from './context';
import { key, stemsOf } from './words';
import { DIRECTIONS, type Direction } from '../lexicon/directions';

const AR_DIRECTION = new Map(DIRECTIONS.map((direction) => [key(direction.ar), direction]));
const EN_DIRECTION = new Map(DIRECTIONS.flatMap((direction) => [[direction.en, direction] as const, [direction.adjective, direction] as const]));
const EN_COMPOUND = new Map(['northwest', 'northeast', 'southwest', 'southeast', 'northwestern', 'northeastern', 'southwestern', 'southeastern'].map((word) => [word, word]));

/**
 * The country of the article: the first country up the chain of its dateline's place (the
 * gazetteer's entry when the article never names it: a Kabul dateline and "the west of the
 * country" is Afghanistan's west, not that of Pakistan, named for its border), else the first
 * country it names.
 */
function articleCountry(ctx: DrawContext, byId: Map<string, DrawnFact>): DrawnFact | undefined {
  let id: string | undefined;
  for (let k = 0; k < ctx.datelineEnd && !id; k++) id = ctx.placeAt.get(k);
  for (let depth = 0; id && depth < 8; depth++) {
    const fact = byId.get(id);
    if (fact?.kind === 'country') return fact;
    const listed = ctx.knowledge.entity<{ id: string; kind?: string; within?: string; names: { ar: string[]; en: string[] } }>(`lexicon:${id}`)?.fact;
    if (!fact && listed?.kind === 'country') return { id: listed.id, kind: 'country', names: listed.names, evidence: [] };
    id = (fact?.within as string | undefined) ?? listed?.within;
  }
  return [...byId.values()].find((fact) => fact.kind === 'country');
}

/** Draws the article's directional areas into `byId`; marks their tokens as places. */
export function directionalAreas(ctx: DrawContext, byId: Map<string, DrawnFact>): void {
  const country = articleCountry(ctx, byId);
  const tokens = ctx.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (ctx.placeAt.has(k) || tokens[k]!.quote !== -1) continue;
    const found = ctx.lang === 'ar' ? arabicArea(ctx, k, byId, country) : englishArea(ctx, k, byId, country);
    if (!found) continue;
    addArea(ctx, byId, found);
    k = found.end - 1;
  }
}

interface Found {
  start: number;
  end: number;
  directions: Direction[];
  container: DrawnFact;
}

/** «جنوب البلاد», «شمال غرب البلاد», «شرق المغرب» at token `k` (with or without a clitic: بجنوب, في شمال). */
function arabicArea(ctx: DrawContext, k: number, byId: Map<string, DrawnFact>, country: DrawnFact | undefined): Found | undefined {
  const tokens = ctx.tokens;
  const first = stemsOf(tokens[k]).map((stem) => AR_DIRECTION.get(stem)).find(Boolean);
  if (!first) return undefined;
  const directions = [first];
  let end = k + 1;
  const second = AR_DIRECTION.get(tokens[end]?.key ?? '');
  if (second && second !== first && tokens[end]!.sentence === tokens[k]!.sentence) {
    directions.push(second);
    end++;
  }
  const next = tokens[end];
  if (!next || next.sentence !== tokens[k]!.sentence) return undefined;
  if (next.key === key('البلاد') && country) return { start: k, end: end + 1, directions, container: country };
  const place = ctx.placeAt.get(end);
  const container = place ? byId.get(place) : undefined;
  if (!container || (container.kind !== 'country' && container.kind !== 'region')) return undefined;
  let last = end;
  while (ctx.placeAt.get(last) === place) last++;
  return { start: k, end: last, directions, container };
}

/** "southern Oman", "the north of the country", "the country's south", "the south-west of Oman" at token `k`. */
function englishArea(ctx: DrawContext, k: number, byId: Map<string, DrawnFact>, country: DrawnFact | undefined): Found | undefined {
  const tokens = ctx.tokens;
  const word = tokens[k]!.key;
  const direction = EN_DIRECTION.get(word) ?? (EN_COMPOUND.has(word) ? EN_DIRECTION.get(word.startsWith('north') ? 'north' : 'south') : undefined);
  if (!direction) return undefined;
  const directions = EN_COMPOUND.has(word) ? [direction, EN_DIRECTION.get(/west/.test(word) ? 'west' : 'east')!] : [direction];
  const sentence = tokens[k]!.sentence;
  const placeAt = (index: number) => (tokens[index]?.sentence === sentence ? ctx.placeAt.get(index) : undefined);
  const regionAt = (index: number) => {
    const id = placeAt(index);
    const fact = id ? byId.get(id) : undefined;
    return fact && (fact.kind === 'country' || fact.kind === 'region') ? fact : undefined;
  };
  const spanOf = (index: number) => {
    let last = index;
    while (placeAt(last) !== undefined && placeAt(last) === placeAt(index)) last++;
    return last;
  };
  // "southern Oman": the adjective right before the place.
  if (word.endsWith('ern') && regionAt(k + 1)) return { start: k, end: spanOf(k + 1), directions, container: regionAt(k + 1)! };
  if (word.endsWith('ern')) return undefined;
  // "the country's south".
  if (tokens[k - 2]?.key === 'the' && /^country['’]s$/i.test(ctx.word(k - 1)) && country) return { start: k - 2, end: k + 1, directions, container: country };
  if (tokens[k - 1]?.key !== 'the') return undefined;
  // "the south of the country", "the south of Oman".
  if (tokens[k + 1]?.key === 'of') {
    if (tokens[k + 2]?.key === 'the' && tokens[k + 3]?.key === 'country' && country) return { start: k - 1, end: k + 4, directions, container: country };
    if (regionAt(k + 2)) return { start: k - 1, end: spanOf(k + 2), directions, container: regionAt(k + 2)! };
  }
  return undefined;
}

/** Adds one area (or marks another mention of one already drawn). */
function addArea(ctx: DrawContext, byId: Map<string, DrawnFact>, found: Found): void {
  const id = `${found.directions.map((direction) => direction.en).join('-')}-${found.container.id}`;
  for (let k = found.start; k < found.end; k++) ctx.placeAt.set(k, id);
  const evidence = ctx.tokenEvidence(found.start, found.end);
  const known = byId.get(id);
  if (known) {
    if (known.evidence.length < 2) known.evidence.push(evidence);
    return;
  }
  const names = found.container.names as { ar?: string[]; en?: string[] };
  const arDirection = found.directions.map((direction) => direction.ar).join(' ');
  const enNoun = found.directions.map((direction) => direction.en).join('-');
  const enAdjective = found.directions.length === 1 ? found.directions[0]!.adjective : `${found.directions.map((direction) => direction.en).join('')}ern`;
  const ar = [...new Set([...(ctx.lang === 'ar' ? [stripClitic(ctx.text(found.start, found.end))] : []), ...(names.ar ?? []).slice(0, 1).map((name) => `${arDirection} ${name}`)])];
  const en = [...new Set([...(names.en ?? []).slice(0, 1).flatMap((name) => [`${enAdjective} ${name}`, `the ${enNoun} of ${name}`])])];
  byId.set(id, {
    id,
    names: { ...(ar.length > 0 ? { ar } : {}), en },
    kind: 'region',
    within: found.container.id,
    evidence: [evidence],
    review: { unsure: true, reason: `an area of ${found.container.id} named by a direction; its extent is not known` },
  });
}

/** The article's words without a clitic on the direction (بجنوب البلاد → جنوب البلاد, في is a word of its own). */
function stripClitic(text: string): string {
  return text.replace(/^(?:و?[بل]|و)(?=(?:شمال|جنوب|شرق|غرب|وسط))/u, '');
}
