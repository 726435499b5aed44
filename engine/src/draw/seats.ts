/**
 * Organisation seats: «القابضة»، ومقرها أبوظبي; «ومقره في X»; «تتخذ من X مقراً لها»; "ADQ, based
 * in Abu Dhabi"; "headquartered in X"; "the X-based Y". The organisation is the nearest one named
 * before the seat words in the same sentence (after them for "X-based"), with no person named in
 * between, or the only one of its kind that "the" and a kind noun opening the sentence stand for
 * (The company, which is based in Port Talbot), and the place one the fact base holds: its `base`, which the organisation-seat rule
 * compares with a draft's. An organisation given two different seats keeps none.
 */
import { organisationAt } from './organisations';
import { SEAT_WORDS } from '../lexicon/words';
import type { DrawContext } from './context';
import { key, stemsOf } from './words';

const SEAT = new Set(SEAT_WORDS);
/** Words that may stand between seat words and the place: في، in, the, main, is, are. */
const LINKS = new Set(['في', 'الرييسي', 'in', 'the', 'is', 'are', 'main'].map(key));
/** «تتخذ من X مقراً»: the verb and the seat noun after the place. */
const TAKES = new Set(['تتخذ', 'يتخذ', 'التي تتخذ', 'والتي تتخذ'].map(key));
const SEAT_NOUNS = new Set(['مقرا', 'مقر', 'مقرًا', 'مقراً'].map(key));

/** The place id named at token `k` after at most three link words, in the sentence of `from`. */
function placeAfter(ctx: DrawContext, from: number): { place: string; end: number } | undefined {
  const tokens = ctx.tokens;
  let k = from;
  while (k < tokens.length && k - from < 3 && LINKS.has(tokens[k]!.key)) k++;
  const place = ctx.placeAt.get(k);
  if (!place || tokens[k]!.sentence !== tokens[from - 1]?.sentence) return undefined;
  let end = k;
  while (ctx.placeAt.get(end) === place) end++;
  return { place, end };
}

/** The organisation named before token `index` (eight words at most), with no person between. */
function organisationBefore(ctx: DrawContext, index: number): string | undefined {
  const tokens = ctx.tokens;
  for (let k = index - 1; k >= Math.max(0, index - 8); k--) {
    if (tokens[k]!.sentence !== tokens[index]!.sentence) return undefined;
    if (ctx.personAt[k] !== -1) return undefined;
    const organisation = organisationAt(ctx, k);
    if (organisation) return organisation;
  }
  return undefined;
}

/** Kind nouns that, with "the", stand for the article's only organisation of that kind, and the kind. */
const KIND_NOUNS = new Map([
  ['company', 'company'],
  ['firm', 'company'],
  ['council', 'council'],
  ['party', 'party'],
]);

/**
 * The organisation that a kind noun with "the" opening the seat's sentence stands for (The company,
 * which is based in Port Talbot, employs …): the article's only organisation of that kind. Several
 * of the kind, or none, give none.
 */
function organisationOfKindNoun(ctx: DrawContext, index: number): string | undefined {
  const tokens = ctx.tokens;
  const sentence = tokens[index]!.sentence;
  let first = index;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  const kind = KIND_NOUNS.get(tokens[first + 1]?.key ?? '');
  if (tokens[first]!.key !== 'the' || !kind || index - first > 5) return undefined;
  const ofKind = ctx.out.organisations.filter((organisation) => organisation.kind === kind);
  return ofKind.length === 1 ? ofKind[0]!.id : undefined;
}

/** The organisation named right after "X-based" (four words at most). */
function organisationAfter(ctx: DrawContext, index: number): string | undefined {
  const tokens = ctx.tokens;
  for (let k = index + 1; k <= index + 4 && k < tokens.length && tokens[k]!.sentence === tokens[index]!.sentence; k++) {
    if (ctx.personAt[k] !== -1) return undefined;
    const organisation = organisationAt(ctx, k);
    if (organisation) return organisation;
  }
  return undefined;
}

/** The gazetteer place fused to "-based" at token `index` (Dubai-based, Abu Dhabi-based), added to the places if new. */
function basedPlace(ctx: DrawContext, index: number): string | undefined {
  const token = ctx.tokens[index]!;
  const stem = token.key.slice(0, -'based'.length);
  const previous = ctx.tokens[index - 1];
  const forms = [...ctx.knowledge.formsOf(stem), ...(previous && previous.sentence === token.sentence ? ctx.knowledge.formsStartingWith(previous.key, stem) : [])].filter(
    (form) => form.kind === 'place' && form.keys.at(-1) === stem,
  );
  const form = forms.sort((a, b) => b.keys.length - a.keys.length)[0];
  const entity = form && ctx.knowledge.entity<{ id: string; kind: string; names: { ar: string[]; en: string[] } }>(form.entity);
  if (!form || !entity) return undefined;
  if (!ctx.out.places.some((place) => place.id === entity.fact.id)) {
    const first = ctx.tokens[index - form.keys.length + 1]!;
    const evidence = ctx.evidence(first.oStart, token.oEnd - '-based'.length);
    const within = ctx.knowledge.entity<{ within?: string }>(form.entity)?.fact.within;
    ctx.out.places.push({ id: entity.fact.id, names: { ...(entity.fact.names.ar.length > 0 ? { ar: entity.fact.names.ar } : {}), en: entity.fact.names.en }, kind: entity.fact.kind, ...(within && ctx.out.places.some((p) => p.id === within) ? { within } : {}), evidence: [evidence] });
  }
  return entity.fact.id;
}

/** One seat statement at token `index`: organisation, place and the token range to cite. */
function seatAt(ctx: DrawContext, index: number): { organisation: string; place: string; from: number; to: number } | undefined {
  const token = ctx.tokens[index]!;
  if (token.quote !== -1) return undefined;
  if (SEAT.has(token.key) || stemsOf(token).some((stem) => SEAT.has(stem))) {
    // "based in X" needs its "in"; an Arabic مقرها may take the place directly (ومقرها دبي).
    if (['based', 'headquartered'].includes(token.key) && ctx.tokens[index + 1]?.key !== 'in') return undefined;
    const found = placeAfter(ctx, index + 1);
    const organisation = found && (organisationBefore(ctx, index) ?? organisationOfKindNoun(ctx, index));
    return found && organisation ? { organisation, place: found.place, from: index, to: found.end } : undefined;
  }
  if (TAKES.has(token.key) && ctx.tokens[index + 1]?.key === 'من') {
    const found = placeAfter(ctx, index + 2);
    if (!found || !SEAT_NOUNS.has(ctx.tokens[found.end]?.key ?? '')) return undefined;
    const organisation = organisationBefore(ctx, index);
    return organisation ? { organisation, place: found.place, from: index, to: found.end + 1 } : undefined;
  }
  if (token.script === 'latin' && /-based$/i.test(ctx.word(index))) {
    const place = basedPlace(ctx, index);
    const organisation = place && organisationAfter(ctx, index);
    return place && organisation ? { organisation, place, from: index, to: index + 1 } : undefined;
  }
  return undefined;
}

/** Draws organisations' seats (`base`) from the article's seat statements. */
export function drawSeats(ctx: DrawContext): void {
  const seats = new Map<string, { place: string; from: number; to: number } | null>();
  for (let index = 0; index < ctx.tokens.length; index++) {
    const seat = seatAt(ctx, index);
    if (!seat) continue;
    const known = seats.get(seat.organisation);
    // Two different seats for one organisation: the article is not plain about it, so none is drawn.
    if (known === undefined) seats.set(seat.organisation, seat);
    else if (known && known.place !== seat.place) seats.set(seat.organisation, null);
  }
  for (const [id, seat] of seats) {
    const organisation = ctx.out.organisations.find((o) => o.id === id);
    if (!seat || !organisation || organisation.base) continue;
    organisation.base = seat.place;
    organisation.evidence.push(ctx.tokenEvidence(seat.from, seat.to));
  }
}
