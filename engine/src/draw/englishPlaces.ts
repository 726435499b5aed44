/**
 * English places the gazetteer does not know, read from how news copy names them:
 * - a capitalised name with a place head word: "Thompson River", "Hamilton Island", "Burdekin
 *   Shire", "Orange County", "Thompson-Nicola Regional District", "Mount Isa", "Lake Eyre";
 * - a town introduced by its noun: "near the town of Lytton", "the village of Ashcroft";
 * - a division introduced by its noun in lower case: "in the province of Loja", "the region of Arequipa";
 * - a town given with its division after a comma: "in Lytton, British Columbia";
 * - a town that opens the dateline (OBAN, Sunday …) or follows a word that takes only a place
 *   ("near Craignure", "based in Greenock", "bound for Campbeltown");
 * - a person's home town after the person's age ("Tom Reid, 52, from Ulverstone", "a 34-year-old
 *   teacher from Zeehan").
 *
 * Each is contained in the place named right after it ("Lytton, British Columbia", "Lytton in
 * British Columbia"); else, marked unsure, in the division of the article's dateline (a Kamloops,
 * British Columbia story's Lytton lies in British Columbia), so that the place checks can tell a
 * town of the same division from one of another country.
 *
 * Left alone: a capitalised run after an honorific (Mr Lake), one that is a drawn organisation or
 * opens with a known given name ("Victoria Beckham"), a head word opening a name that continues
 * ("River Plate", the club), and a name of one word with no head or noun (no guess).
 */
import type { DrawContext, DrawnFact } from './context';
import { HONORIFICS, NAME_HONORIFICS } from '../lexicon/honorifics';
import { givenNameGender } from './words';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/months';
import { nameKeys } from '../knowledge';
import { apposedAgeBefore } from '../extract/ages';

/** Head words closing a division's name (Burdekin Shire, Orange County, Thompson-Nicola Regional District). */
const REGION_TAILS = new Set(['shire', 'county', 'district', 'region', 'territory', 'parish', 'borough', 'municipality', 'prefecture']);
/** Head words closing a natural feature's or an island's name (Thompson River, Hamilton Island). */
const FEATURE_TAILS = new Set(['island', 'islands', 'isle', 'river', 'creek', 'lake', 'lakes', 'valley', 'bay', 'peninsula', 'range', 'ranges', 'mountains', 'glacier', 'gorge', 'canyon', 'reservoir']);
/** Lower-case head words after a name that make it an area: the Whitsunday region, the Llansamlet district of Swansea. */
const AREA_HEADS = new Set(['region', 'district', 'area', 'suburb', 'county', 'province', 'state', 'borough']);
/** Area heads of a part of a town rather than a division: the Llansamlet district of Swansea. */
const DISTRICT_HEADS = new Set(['district', 'area', 'suburb']);
/** Words that may follow an area's head word: of, in, and, a verb of being (the Llansamlet district of Swansea; the Whitsunday region was hit). */
const AREA_FOLLOWERS = new Set(['of', 'in', 'on', 'at', 'and', 'or', 'to', 'from', 'with', 'by', 'near', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'which', 'where', 'who', 'that', 'after', 'before', 'during', 'since', 'until', 'early', 'late', 'last', 'this']);
/** Words for "and" and "between" that join a place to another: between Bowen and Proserpine, in Llansamlet and Bonymaen. */
const JOINED_FROM = new Set(['in', 'at', 'near', 'between', 'from', 'outside', 'around']);
/** Words opening a feature's name (Mount Isa, Lake Eyre). */
const FEATURE_OPENERS = new Set(['mount', 'mt', 'lake']);
/** Nouns that introduce a town by name: "the town of Lytton". */
const TOWN_NOUNS = new Set(['town', 'city', 'village', 'community', 'hamlet', 'township', 'suburb', 'settlement']);
/** Lower-case nouns that introduce a division by name: "the province of Loja", "the region of Arequipa"; a district is a part of a division or of a town. */
const DIVISION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['province', 'region'], ['region', 'region'], ['state', 'region'], ['county', 'region'], ['governorate', 'region'], ['prefecture', 'region'], ['district', 'other'],
]);
/** Prepositions of place before "X, Division". */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'at', 'outside', 'from', 'to', 'around', 'of']);
/** Capitalised words that are no place name: calendar words and function words opening a sentence. */
const NOT_NAMES = new Set([
  ...MONTH_NAMES.flat().map((name) => name.toLowerCase()),
  ...WEEKDAYS.flatMap((day) => day.names).map((name) => name.toLowerCase()),
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'police', 'officials',
]);

/** Whether a folded word is a capitalised word that names no place (a month, a weekday, "The"). */
export function notPlaceName(word: string): boolean {
  return NOT_NAMES.has(word);
}

interface Run {
  start: number;
  end: number;
}

/** Whether token `k` is a capitalised Latin word. */
function capitalised(ctx: DrawContext, k: number): boolean {
  const token = ctx.tokens[k];
  return !!token && token.script === 'latin' && /^[A-Z]/.test(ctx.analysis.text.slice(token.oStart, token.oEnd));
}

/** Whether tokens `k` and `k + 1` stand side by side in one sentence with only spaces between. */
function adjacent(ctx: DrawContext, k: number): boolean {
  const a = ctx.tokens[k];
  const b = ctx.tokens[k + 1];
  return !!a && !!b && a.sentence === b.sentence && /^ +$/.test(ctx.analysis.text.slice(a.oEnd, b.oStart));
}

/** The capitalised run starting at token `k` (at most five words). */
function runAt(ctx: DrawContext, k: number): Run {
  let end = k + 1;
  while (end - k < 5 && adjacent(ctx, end - 1) && capitalised(ctx, end)) end++;
  return { start: k, end };
}

/** Whether a run may be a place's name: no honorific, organisation, calendar word or known given name opens it. */
function nameable(ctx: DrawContext, run: Run): boolean {
  const tokens = ctx.tokens;
  const before = tokens[run.start - 1];
  const honorific = (key: string) => NAME_HONORIFICS.has(key) || HONORIFICS.has(key);
  if (before && before.sentence === tokens[run.start]!.sentence && honorific(before.key)) return false;
  for (let k = run.start; k < run.end; k++) if (ctx.orgAt.has(k) || honorific(tokens[k]!.key) || NOT_NAMES.has(tokens[k]!.key)) return false;
  return !givenNameGender(tokens[run.start]!.key);
}

/** The kind a head word closing the run gives it, or an opener with one or two words after it (Mount Isa, Lake Eyre). */
function headedKind(ctx: DrawContext, run: Run): 'region' | 'other' | undefined {
  const tokens = ctx.tokens;
  const length = run.end - run.start;
  // The head word must close the capitalised run: "River Plate" and "Lake Street" name other things.
  const tail = tokens[run.end - 1]!.key;
  if (length >= 2 && REGION_TAILS.has(tail)) return 'region';
  if (length >= 2 && FEATURE_TAILS.has(tail)) return 'other';
  if (FEATURE_OPENERS.has(tokens[run.start]!.key) && length >= 2 && length <= 3) return 'other';
  // "the River Tawe": after a lower-case "the", River opens a river's name ("River Plate", the club, has none).
  const before = tokens[run.start - 1];
  if (tokens[run.start]!.key === 'river' && length >= 2 && length <= 3 && before?.key === 'the' && before.sentence === tokens[run.start]!.sentence && ctx.word(run.start - 1) === 'the') return 'other';
  // A county after its town and a comma (Corby, Northamptonshire): English counties end in -shire.
  if (length === 1 && /^[a-z]{3,}shire$/.test(tail) && ctx.placeAt.has(run.start - 1) && /^\s*,\s*$/.test(ctx.gap(run.start - 1, run.start))) return 'region';
  // "the Whitsunday region", "the Llansamlet district of Swansea": a lower-case head after the name.
  const after = tokens[run.end];
  // The head ends the noun phrase: "the Jones region plan" names a plan.
  const past = tokens[run.end + 1];
  const closes = !past || past.clause !== after?.clause || AREA_FOLLOWERS.has(past.key);
  if (length <= 2 && before?.key === 'the' && ctx.word(run.start - 1) === 'the' && after && after.sentence === before.sentence && ctx.word(run.end) === after.key && AREA_HEADS.has(after.key) && closes) return DISTRICT_HEADS.has(after.key) ? 'other' : 'region';
  return undefined;
}

/** Whether token `k` is right after "the town of", "the village of" …. */
function afterTownNoun(ctx: DrawContext, k: number): boolean {
  const tokens = ctx.tokens;
  const of = tokens[k - 1];
  const noun = tokens[k - 2];
  return !!of && !!noun && of.key === 'of' && TOWN_NOUNS.has(noun.key) && noun.sentence === tokens[k]!.sentence;
}

/**
 * The kind of the division named right after "the province of", "the region of" … at token `k`,
 * the noun written in lower case after "the" (not "the Department of Health", nor "the State of
 * Qatar"), or undefined.
 */
function afterDivisionNoun(ctx: DrawContext, k: number): string | undefined {
  const tokens = ctx.tokens;
  const of = tokens[k - 1];
  const noun = tokens[k - 2];
  if (!of || !noun || of.key !== 'of' || noun.sentence !== tokens[k]!.sentence || tokens[k - 3]?.key !== 'the' || ctx.word(k - 2) !== noun.key) return undefined;
  return DIVISION_NOUNS.get(noun.key);
}

/** Whether a run opens the article's dateline, before its comma (OBAN, Sunday 6 December 2026 -). */
function datelinePlace(ctx: DrawContext, run: Run): boolean {
  const first = ctx.tokens[run.start]!;
  const lineStart = ctx.article.lastIndexOf('\n', first.oStart - 1) + 1;
  return run.end < ctx.datelineEnd && ctx.article.slice(lineStart, first.oStart).trim() === '' && /^\s*,/.test(ctx.gap(run.end - 1, run.end));
}

/** Words of leaving before "for" whose object is only ever a place (bound for, headed for). */
const DESTINATION_VERBS = new Set(['bound', 'headed']);

/**
 * Whether a run follows a word that takes only a place ("near Craignure", "outside Tobermory",
 * "based in Greenock", "bound for Campbeltown"), and no possessive follows it (near Smith's farm names a person).
 */
function afterPlaceOnlyWord(ctx: DrawContext, run: Run): boolean {
  const tokens = ctx.tokens;
  const before = tokens[run.start - 1];
  if (!before || before.sentence !== tokens[run.start]!.sentence || /^['’]s/.test(ctx.gap(run.end - 1, run.end))) return false;
  if (before.key === 'near' || before.key === 'outside') return true;
  // "a lorry bound for Campbeltown", "headed for Tobermory": a destination.
  if (before.key === 'for' && DESTINATION_VERBS.has(tokens[run.start - 2]?.key ?? '')) return true;
  return before.key === 'in' && ['based', 'headquartered'].includes(tokens[run.start - 2]?.key ?? '');
}

/** The most words of the noun between an age and "from": "a 34-year-old (retired) teacher from". */
const MOST_AGE_NOUN_WORDS = 2;

/**
 * Whether a run follows "from" right after a person's age, set off by commas ("Tom Reid, 52, from
 * Ulverstone") or before the person's noun ("a 34-year-old teacher from Zeehan"): the person's
 * home town. A run the organisation lexicon names is left alone ("Sam Lee, 40, from AFP"), and so
 * is one a possessive follows; an organisation the lexicon does not know is read as a town.
 */
function homeTownAfterAge(ctx: DrawContext, run: Run): boolean {
  const tokens = ctx.tokens;
  const from = run.start - 1;
  if (tokens[from]?.key !== 'from' || tokens[from].sentence !== tokens[run.start]!.sentence || /^['’]s/.test(ctx.gap(run.end - 1, run.end))) return false;
  if (ctx.lexiconMentions.some((mention) => mention.kind !== 'place' && mention.tokenStart < run.end && run.start < mention.tokenEnd)) return false;
  if (apposedAgeBefore(ctx.analysis, from) !== undefined) return true;
  // "a 34-year-old teacher from": the figure, "year-old" (one token, or two), then the noun.
  for (let old = from - 2; old >= from - 1 - MOST_AGE_NOUN_WORDS && old >= 2; old--) {
    const figure = tokens[old]!.key === 'yearold' ? old - 1 : tokens[old]!.key === 'old' && tokens[old - 1]!.key === 'year' ? old - 2 : -1;
    if (figure >= 0 && /^\d{1,3}$/.test(tokens[figure]!.key) && tokens[figure]!.sentence === tokens[from].sentence) return true;
  }
  return false;
}

/**
 * Whether a run is joined by "and" to a place the drawing knows, both after a preposition of place
 * ("between Bowen and Proserpine", "in Llansamlet and Bonymaen" with one of them known), and no
 * possessive follows it.
 */
function joinedToPlace(ctx: DrawContext, run: Run): string | undefined {
  const tokens = ctx.tokens;
  const sentence = tokens[run.start]!.sentence;
  const same = (k: number) => tokens[k]?.sentence === sentence;
  if (/^['’]s/.test(ctx.gap(run.end - 1, run.end))) return undefined;
  // The known place before: PREP Known and RUN.
  if (tokens[run.start - 1]?.key === 'and' && same(run.start - 2) && ctx.placeAt.has(run.start - 2)) {
    let k = run.start - 2;
    const id = ctx.placeAt.get(k);
    while (k > 0 && ctx.placeAt.get(k - 1) === id) k--;
    return same(k - 1) && JOINED_FROM.has(tokens[k - 1]!.key) ? id : undefined;
  }
  // The known place after: PREP RUN and Known.
  const after = tokens[run.end]?.key === 'and' && same(run.end + 1) && same(run.start - 1) && JOINED_FROM.has(tokens[run.start - 1]!.key) ? ctx.placeAt.get(run.end + 1) : undefined;
  return after;
}

/** The drawn place named right after a run: ", Y" or " in Y" (one word between at most). */
function containerAfter(ctx: DrawContext, run: Run): string | undefined {
  const tokens = ctx.tokens;
  const next = tokens[run.end];
  if (!next || next.sentence !== tokens[run.end - 1]!.sentence) return undefined;
  const gap = ctx.analysis.text.slice(tokens[run.end - 1]!.oEnd, next.oStart);
  if (/^\s*,\s*$/.test(gap)) return ctx.placeAt.get(run.end);
  if (/^\s+$/.test(gap) && next.key === 'in') return ctx.placeAt.get(run.end + 1);
  // "the Llansamlet district of Swansea": the place after the area's head and "of".
  if (/^\s+$/.test(gap) && AREA_HEADS.has(next.key) && tokens[run.end + 1]?.key === 'of' && tokens[run.end + 2]?.sentence === next.sentence) return ctx.placeAt.get(run.end + 2);
  return undefined;
}

/**
 * The division of the article's dateline place (or the first division it names): the guessed
 * container of its unplaced towns. The dateline place's gazetteer chain is walked up to the first
 * unit this fact base holds (Sohar → North Batinah → Oman).
 */
export function articleDivision(ctx: DrawContext, byId: Map<string, DrawnFact>): string | undefined {
  let id: string | undefined;
  for (let k = 0; k < ctx.datelineEnd && !id; k++) id = ctx.placeAt.get(k);
  // The dateline's country in the gazetteer, when the article never names it (a Kabul dateline
  // and "the country"): a safer guess than a province the article names for something else.
  let country: string | undefined;
  for (let depth = 0; id && depth < 8; depth++) {
    const fact = byId.get(id);
    if (fact && (fact.kind === 'region' || fact.kind === 'country')) return id;
    if (!fact && ctx.knowledge.entity<{ kind?: string }>(`lexicon:${id}`)?.fact.kind === 'country') country = id;
    id = (fact?.within as string | undefined) ?? ctx.knowledge.entity<{ within?: string }>(`lexicon:${id}`)?.fact.within;
  }
  return country ?? [...byId.values()].find((fact) => fact.kind === 'region' && !fact.review)?.id;
}

/** The ids that contain a place, smallest first, from the drawn facts and the gazetteer. */
function containers(ctx: DrawContext, byId: Map<string, DrawnFact>, id: string): string[] {
  const out: string[] = [];
  let next: string | undefined = id;
  for (let depth = 0; next && depth < 8; depth++) {
    next = (byId.get(next)?.within as string | undefined) ?? ctx.knowledge.entity<{ within?: string }>(`lexicon:${next}`)?.fact.within;
    if (next) out.push(next);
  }
  return out;
}

/**
 * Where a town joined by "and" to a known place lies: a district beside a district lies in the
 * same city (Llansamlet and Bonymaen, in Swansea); a town beside a town lies in the division of the
 * article's dateline when that holds the partner too, else in the partner's country, since a
 * town's own division is no guess of another's (Naga, joined to Manila, is not in Metro Manila).
 */
function joinedWithin(ctx: DrawContext, byId: Map<string, DrawnFact>, partner: string, division: string | undefined): string | undefined {
  const fact = byId.get(partner);
  const kind = fact?.kind ?? ctx.knowledge.entity<{ kind?: string }>(`lexicon:${partner}`)?.fact.kind;
  const chain = containers(ctx, byId, partner);
  if (kind === 'other') return chain[0] ?? division;
  if (division && chain.includes(division)) return division;
  const country = chain.find((id) => (byId.get(id)?.kind ?? ctx.knowledge.entity<{ kind?: string }>(`lexicon:${id}`)?.fact.kind) === 'country');
  return country ?? division;
}

/**
 * A division of the dateline division's country that the sentence names before token `k` ("In
 * neighbouring Balochistan, … near the town of Khuzdar"): a better guess of the town's container
 * than the dateline's division (Karachi's Sindh). Only a division of the same country is taken.
 */
function sentenceDivision(ctx: DrawContext, byId: Map<string, DrawnFact>, k: number, division: string | undefined): string | undefined {
  if (!division) return undefined;
  const country = (id: string | undefined): string | undefined => {
    for (let depth = 0; id && depth < 8; depth++) {
      const fact = byId.get(id);
      const kind = fact?.kind ?? ctx.knowledge.entity<{ kind?: string }>(`lexicon:${id}`)?.fact.kind;
      if (kind === 'country') return id;
      id = (fact?.within as string | undefined) ?? ctx.knowledge.entity<{ within?: string }>(`lexicon:${id}`)?.fact.within;
    }
    return undefined;
  };
  // A division the sentence names is a better guess than the dateline's country too (Guinobatan
  // in the sentence of Albay, in a Manila story).
  const home = country(division);
  if (!home) return undefined;
  const sentence = ctx.tokens[k]?.sentence;
  for (let j = k - 1; j >= 0 && ctx.tokens[j]!.sentence === sentence; j--) {
    const id = ctx.placeAt.get(j);
    const fact = id ? byId.get(id) : undefined;
    if (id && fact?.kind === 'region' && !fact.review && id !== division && country(id) === home) return id;
  }
  return undefined;
}

/** Draws the article's English places the gazetteer does not know into `byId`. */
export function englishPlaces(ctx: DrawContext, byId: Map<string, DrawnFact>): void {
  const tokens = ctx.tokens;
  const found: { run: Run; kind: string; unsureWhy: string }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!capitalised(ctx, k) || (k > 0 && adjacent(ctx, k - 1) && capitalised(ctx, k - 1))) continue;
    const whole = runAt(ctx, k);
    k = whole.end - 1;
    // "The Thompson River": a capitalised article or calendar word opening the run is not the name.
    const run = { ...whole };
    while (run.start < run.end && NOT_NAMES.has(tokens[run.start]!.key)) run.start++;
    if (run.start === run.end || !nameable(ctx, run)) continue;
    const kind = headedKind(ctx, run);
    const marked = [...Array(run.end - run.start).keys()].map((j) => ctx.placeAt.get(run.start + j));
    // A gazetteer place named by the whole run ("Gold Coast") is drawn already.
    if (marked.every((id) => id !== undefined && id === marked[0])) continue;
    const known = marked.some((id) => id !== undefined);
    if (kind) found.push({ run, kind, unsureWhy: 'read from its capitalised name and head word' });
    else if (!known && run.end - run.start <= 3 && afterTownNoun(ctx, run.start)) found.push({ run, kind: 'city', unsureWhy: 'read after "the town of"' });
    else if (!known && run.end - run.start <= 3 && afterDivisionNoun(ctx, run.start)) found.push({ run, kind: afterDivisionNoun(ctx, run.start)!, unsureWhy: 'read after "the province of"' });
    else if (!known && run.end - run.start <= 3 && PLACE_PREPOSITIONS.has(tokens[run.start - 1]?.key ?? '') && containerAfter(ctx, run)) {
      found.push({ run, kind: 'city', unsureWhy: 'read before its division ("X, Division")' });
    } else if (!known && run.end - run.start <= 2 && datelinePlace(ctx, run)) found.push({ run, kind: 'city', unsureWhy: "read from the article's dateline" });
    else if (!known && run.end - run.start <= 2 && afterPlaceOnlyWord(ctx, run)) found.push({ run, kind: 'city', unsureWhy: 'read after "near", "outside" or "based in"' });
    else if (!known && run.end - run.start <= 2 && homeTownAfterAge(ctx, run)) found.push({ run, kind: 'city', unsureWhy: 'read as a home town after an age ("Smith, 52, from X")' });
  }
  const division = articleDivision(ctx, byId);
  for (const { run, kind, unsureWhy } of found) addPlace(ctx, byId, run, kind, unsureWhy, sentenceDivision(ctx, byId, run.start, division) ?? division);
  markRepeats(ctx, byId);
  // A town joined by "and" to a place read above (between Bowen and Proserpine, once Bowen is read).
  const joined: { run: Run; partner: string }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!capitalised(ctx, k) || ctx.placeAt.has(k) || (k > 0 && adjacent(ctx, k - 1) && capitalised(ctx, k - 1))) continue;
    const run = runAt(ctx, k);
    k = run.end - 1;
    const partner = run.end - run.start <= 2 && !NOT_NAMES.has(tokens[run.start]!.key) && nameable(ctx, run) && ![...Array(run.end - run.start).keys()].some((j) => ctx.placeAt.has(run.start + j)) ? joinedToPlace(ctx, run) : undefined;
    if (partner) joined.push({ run, partner });
  }
  // It lies where its partner lies (Llansamlet and Bonymaen, both districts of Swansea).
  for (const { run, partner } of joined) {
    const fact = byId.get(partner);
    addPlace(ctx, byId, run, fact?.kind === 'other' ? 'other' : 'city', 'read beside a known place it is joined to by "and" ("between Bowen and X")', joinedWithin(ctx, byId, partner, division));
  }
  if (joined.length > 0) markRepeats(ctx, byId);
}

/** Marks later bare mentions of the drawn English places ("Lytton was largely destroyed …"). */
function markRepeats(ctx: DrawContext, byId: Map<string, DrawnFact>): void {
  const tokens = ctx.tokens;
  const byFirst = new Map<string, { id: string; keys: string[] }[]>();
  for (const fact of byId.values()) {
    if (!fact.review || !fact.id) continue;
    for (const name of (fact.names as { en?: string[] }).en ?? []) {
      const keys = nameKeys(name);
      const list = byFirst.get(keys[0]!) ?? [];
      list.push({ id: fact.id, keys });
      byFirst.set(keys[0]!, list);
    }
  }
  for (let k = 0; k < tokens.length; k++) {
    if (ctx.placeAt.has(k) || !capitalised(ctx, k)) continue;
    for (const { id, keys } of byFirst.get(tokens[k]!.key) ?? []) {
      if (!keys.every((word, j) => tokens[k + j]?.key === word && (j === 0 || adjacent(ctx, k + j - 1)))) continue;
      for (let j = 0; j < keys.length; j++) ctx.placeAt.set(k + j, id);
      break;
    }
  }
}

/** Whether the run stands right after a town and a comma, as its division does ("Corby, Northamptonshire"). */
function divisionOfTownBefore(ctx: DrawContext, byId: Map<string, DrawnFact>, run: Run): boolean {
  const before = ctx.tokens[run.start - 1];
  const town = ctx.placeAt.get(run.start - 1);
  if (!before || !town || !/^\s*,\s*$/.test(ctx.analysis.text.slice(before.oEnd, ctx.tokens[run.start]!.oStart))) return false;
  return (byId.get(town)?.kind ?? ctx.knowledge.entity<{ kind?: string }>(`lexicon:${town}`)?.fact.kind) === 'city';
}

/** Adds one drawn place (or another mention of one already drawn) and marks its tokens. */
function addPlace(ctx: DrawContext, byId: Map<string, DrawnFact>, run: Run, kind: string, unsureWhy: string, division: string | undefined): void {
  // A dateline writes its place in capitals (OBAN): the name is written as the text writes it elsewhere (Oban).
  const name = ctx.text(run.start, run.end).replace(/\b([A-Z])([A-Z]{2,})\b/g, (_, first: string, rest: string) => first + rest.toLowerCase());
  const same = [...byId.values()].find((place) => (place.names as { en?: string[] }).en?.includes(name));
  if (same) {
    for (let k = run.start; k < run.end; k++) ctx.placeAt.set(k, same.id);
    if (same.evidence.length < 2) same.evidence.push(ctx.tokenEvidence(run.start, run.end));
    return;
  }
  const id = ctx.id(name);
  for (let k = run.start; k < run.end; k++) ctx.placeAt.set(k, id);
  const stated = containerAfter(ctx, run);
  // A place written after a town and a comma ("Corby, Northamptonshire") is, by the article's own
  // words, that town's division: no guess of the dateline's division or country is made for it,
  // since the check would read the guess against those very words.
  const guess = divisionOfTownBefore(ctx, byId, run) ? undefined : division;
  const within = stated && stated !== id ? stated : guess;
  const guessed = !stated && !!guess;
  const fact: DrawnFact = {
    id,
    names: { en: [name] },
    kind,
    ...(within ? { within } : {}),
    evidence: [ctx.tokenEvidence(run.start, run.end)],
    review: { unsure: true, reason: `a place the gazetteer does not know, ${unsureWhy}${guessed ? `; put inside ${division}, the division its sentence names, else the division of the article's dateline` : ''}; add its Arabic name` },
  };
  byId.set(id, fact);
}
