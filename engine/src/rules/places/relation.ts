/**
 * How two places relate, for the place checks (`event-place`, `place-containment`,
 * `organisation-seat`): the chain of places that contain a place, whether two places agree (one
 * is, contains or lies inside the other, or bears the other's name: Neath Leisure Centre for Neath), the unit at the same level as a claimed one (the
 * province of a town where a draft puts it in another province), and the fix text for a place the
 * draft names with or without its unit noun (بإقليم شيشاوة → الحوز).
 *
 * A fact-base place and the gazetteer entry that shares a name with it are one place; the chain of
 * a fact-base place that names no container goes on through its gazetteer twin.
 */
import type { Analysis } from '../../analysis';
import type { Entity, KnowledgeIndex } from '../../knowledge';
import { nameKeys } from '../../knowledge';
import type { Place } from '../../factBase/schema';
import type { Mention } from '../../mentions';
import { nameIn } from '../../names';
import { PLACE_UNIT_LEVEL } from '../../lexicon/words';

/** The place and the places that contain it, innermost first (at most 16). */
export function placeChain(knowledge: KnowledgeIndex, key: string): Entity<Place>[] {
  const chain: Entity<Place>[] = [];
  let current = knowledge.entity<Place>(key);
  while (current && current.kind === 'place' && chain.length < 16 && !chain.includes(current)) {
    chain.push(current);
    current = containerOf(knowledge, current);
  }
  return chain;
}

/**
 * The place that directly contains `place`: its own `within`, or, for a fact-base place that names
 * none (a drawn place), its gazetteer twin's.
 */
export function containerOf(knowledge: KnowledgeIndex, place: Entity<Place>): Entity<Place> | undefined {
  const own = knowledge.resolve<Place>(place, place.fact.within);
  if (own || !place.factBase) return own;
  const twin = knowledge.entity<Place>(`lexicon:${place.id}`);
  return twin && knowledge.same(twin.key, place.key) ? knowledge.resolve<Place>(twin, twin.fact.within) : undefined;
}

/** Whether two places agree: the same place, or one inside the other, or one named after the other. */
export function placesAgree(knowledge: KnowledgeIndex, a: string, b: string): boolean {
  return knowledge.same(a, b) || knowledge.placeWithin(a, b) || knowledge.placeWithin(b, a) || chainHas(knowledge, a, b) || chainHas(knowledge, b, a) || namedAfter(knowledge, a, b) || namedAfter(knowledge, b, a);
}

/**
 * Whether the fact-base place `other` bears the name of the town `town` among its words: a venue,
 * a district or a borough named after a town lies in it or around it (Neath Leisure Centre and the
 * county borough of Neath Port Talbot for Neath), though neither the fact base nor the gazetteer
 * says so. Only a fact-base place that is no city or country: a gazetteer country named after
 * another (South Sudan) is another place.
 */
export function namedAfter(knowledge: KnowledgeIndex, town: string, other: string): boolean {
  const townPlace = knowledge.entity<Place>(town);
  const otherPlace = knowledge.entity<Place>(other);
  if (townPlace?.fact.kind !== 'city' || !otherPlace?.factBase || otherPlace.fact.kind === 'city' || otherPlace.fact.kind === 'country') return false;
  const townNames = [...knowledge.foldedNamesOf(town)];
  for (const name of knowledge.foldedNamesOf(other)) {
    const padded = ` ${name} `;
    if (townNames.some((townName) => townName.length > 0 && townName !== name && padded.includes(` ${townName} `))) return true;
  }
  return false;
}

/** Whether `outer` is on the chain of `inner` (through gazetteer twins too). */
function chainHas(knowledge: KnowledgeIndex, inner: string, outer: string): boolean {
  return placeChain(knowledge, inner).some((place) => knowledge.same(place.key, outer));
}

/** The levels of administrative unit a place's names give it (إقليم X → province). */
export function unitLevels(knowledge: KnowledgeIndex, key: string): Set<string> {
  const levels = new Set<string>();
  const names = knowledge.entity<Place>(key)?.fact.names;
  for (const name of [...(names?.ar ?? []), ...(names?.en ?? [])]) {
    const keys = nameKeys(name);
    const level = PLACE_UNIT_LEVEL[keys[0] ?? ''] ?? PLACE_UNIT_LEVEL[keys.at(-1) ?? ''];
    if (level && keys.length > 1) levels.add(level);
  }
  return levels;
}

/** Whether a place at `candidate` is of the same level as `claimed`: country, city, or a region of one unit. */
function sameLevel(knowledge: KnowledgeIndex, candidate: Entity<Place>, claimed: Entity<Place>): boolean {
  if (claimed.fact.kind === 'country' || claimed.fact.kind === 'city') return candidate.fact.kind === claimed.fact.kind;
  if (claimed.fact.kind !== 'region' || candidate.fact.kind !== 'region') return false;
  const mine = unitLevels(knowledge, claimed.key);
  const theirs = unitLevels(knowledge, candidate.key);
  for (const level of theirs) if (mine.has(level)) return true;
  // Regions that no unit noun names (England and Scotland, Gaza and the West Bank) are of one
  // level when the same place contains both.
  if (mine.size > 0 || theirs.size > 0) return false;
  const a = containerOf(knowledge, candidate)?.key;
  const b = containerOf(knowledge, claimed)?.key;
  return a !== undefined && b !== undefined && knowledge.same(a, b);
}

/**
 * The unit that contains `inner` at the level of `claimed`, when `claimed` is another unit of that
 * level which does not contain it (a town of Al Haouz put "in Chichaoua province"; a palace of
 * Rabat put "in Casablanca"); undefined when they agree or the gazetteer cannot tell.
 */
export function rightUnit(knowledge: KnowledgeIndex, inner: string, claimed: string): Entity<Place> | undefined {
  // An area named by a direction in the place's country («شرق ليبيا», eastern Libya) overlaps the
  // divisions and may hold the place: it is of no division's level.
  if (placesAgree(knowledge, inner, claimed) || mayOverlap(knowledge, claimed, inner)) return undefined;
  const claimedPlace = knowledge.entity<Place>(claimed);
  if (!claimedPlace) return undefined;
  const innerChain = placeChain(knowledge, inner);
  const claimedChain = placeChain(knowledge, claimed);
  // The smallest place that contains both; without one, the world.
  let common = innerChain.findIndex((place) => claimedChain.some((other) => knowledge.same(place.key, other.key)));
  if (common < 0) common = innerChain.length;
  // The place itself is never its own container ("Edinburgh in London" has no right unit).
  for (let index = common - 1; index >= 1; index--) {
    const candidate = innerChain[index]!;
    if (sameLevel(knowledge, candidate, claimedPlace)) return candidate;
  }
  // Then divisions that lie directly inside one place, whatever their unit nouns: a state and a
  // territory of Australia, a province and a territory of Canada, a shire and a region of
  // Queensland.
  for (let index = common - 1; index >= 1; index--) {
    const candidate = innerChain[index]!;
    if (peerDivisions(knowledge, candidate, claimedPlace)) return candidate;
  }
  // Then a city that lies directly inside the place that holds the claimed division: a district of
  // Swansea put in Neath Port Talbot, a county borough beside the city in Wales.
  for (let index = common - 1; index >= 1; index--) {
    const candidate = innerChain[index]!;
    if (candidate.fact.kind === 'city' && claimedPlace.fact.kind === 'region' && isDivision(knowledge, claimedPlace) && sameContainer(knowledge, candidate, claimedPlace)) return candidate;
  }
  return undefined;
}

/** Whether two places lie directly inside one place. */
function sameContainer(knowledge: KnowledgeIndex, a: Entity<Place>, b: Entity<Place>): boolean {
  const containerA = containerOf(knowledge, a);
  const containerB = containerOf(knowledge, b);
  return !!containerA && !!containerB && knowledge.same(containerA.key, containerB.key);
}

/** The places that some listed place lies directly inside, by knowledge index (built once). */
const containersCache = new WeakMap<KnowledgeIndex, Set<string>>();

function containers(knowledge: KnowledgeIndex): Set<string> {
  let found = containersCache.get(knowledge);
  if (found) return found;
  found = new Set<string>();
  for (const entity of knowledge.entities.values()) {
    if (entity.kind !== 'place') continue;
    const up = knowledge.resolve<Place>(entity, (entity.fact as Place).within);
    if (up) found.add(up.key);
  }
  containersCache.set(knowledge, found);
  return found;
}

/**
 * Whether a region is a division whose extent is known: a unit noun names it (محافظة نينوى,
 * "province of Alberta") or a listed place lies inside it (Yellowknife in the Northwest
 * Territories). An area named by a direction or a landscape ("northern Iraq", جنوب لبنان, the
 * Bekaa) is neither: it overlaps the divisions, so a town of one of them may well lie in it.
 */
export function isDivision(knowledge: KnowledgeIndex, region: Entity<Place>): boolean {
  if (unitLevels(knowledge, region.key).size > 0) return true;
  const holders = containers(knowledge);
  return holders.has(region.key) || [...holders].some((key) => knowledge.same(key, region.key));
}

/** Whether two divisions lie directly inside one place (a country or a region). */
function peerDivisions(knowledge: KnowledgeIndex, a: Entity<Place>, b: Entity<Place>): boolean {
  if (a.fact.kind !== 'region' || b.fact.kind !== 'region') return false;
  if (!isDivision(knowledge, a) || !isDivision(knowledge, b)) return false;
  const containerA = containerOf(knowledge, a);
  const containerB = containerOf(knowledge, b);
  return (containerA?.fact.kind === 'country' || containerA?.fact.kind === 'region') && containerB !== undefined && knowledge.same(containerA.key, containerB.key);
}

/**
 * Whether a place may overlap `inner` for all the gazetteer can tell: a region that is no
 * division (a landscape or a part named by a direction: the High Atlas, «جنوب البلاد») in the
 * country of `inner`.
 */
export function mayOverlap(knowledge: KnowledgeIndex, area: string, inner: string): boolean {
  const place = knowledge.entity<Place>(area);
  if (!place || place.fact.kind !== 'region' || isDivision(knowledge, place)) return false;
  return sameCountry(knowledge, inner, area) && !knowledge.same(countryOf(knowledge, area)!.key, area);
}

/**
 * Whether `area`, a region that is no division (a part named by a direction: "southern Sindh",
 * «جنوب البلاد»), may hold `inner` for all the gazetteer can tell: `inner` lies in the place the
 * area is a part of (Karachi, in Sindh, for southern Sindh), or is that place.
 */
export function areaMayHold(knowledge: KnowledgeIndex, area: string, inner: string): boolean {
  const place = knowledge.entity<Place>(area);
  if (!place || place.fact.kind !== 'region' || isDivision(knowledge, place)) return false;
  const whole = knowledge.resolve<Place>(place, place.fact.within);
  return !!whole && (knowledge.same(whole.key, inner) || knowledge.placeWithin(inner, whole.key));
}

/**
 * Whether a place lies in no country and is none, so that the gazetteer cannot tell which towns lie
 * on it or in it: a sea or a strait (the Red Sea, Bab el-Mandeb), or a region of several countries
 * (the Maghreb, «المغرب العربي»). Such a place never contradicts a place inside a country ("a Red
 * Sea port" for Aqaba).
 */
export function beyondCountries(knowledge: KnowledgeIndex, key: string): boolean {
  const chain = placeChain(knowledge, key);
  const outermost = chain[chain.length - 1];
  if (!outermost || !chain.every((place) => place.fact.kind === 'other' || place.fact.kind === 'region')) return false;
  // Only the gazetteer says a place lies in no country: a fact-base place without a container (a
  // venue or a region whose fact base leaves `within` out) may lie in one.
  if (outermost.key.startsWith('lexicon:')) return true;
  const twin = knowledge.entity<Place>(`lexicon:${outermost.id}`);
  return !!twin && knowledge.same(twin.key, outermost.key) && (twin.fact.kind === 'other' || twin.fact.kind === 'region');
}

/** The country a place lies in (itself for a country). */
export function countryOf(knowledge: KnowledgeIndex, key: string): Entity<Place> | undefined {
  return placeChain(knowledge, key).find((place) => place.fact.kind === 'country');
}

/** Whether places `a` and `b` both lie in one known country. */
export function sameCountry(knowledge: KnowledgeIndex, a: string, b: string): boolean {
  const mine = countryOf(knowledge, a);
  const theirs = countryOf(knowledge, b);
  return !!mine && !!theirs && knowledge.same(mine.key, theirs.key);
}

/**
 * Whether two places can be told apart as one swapped for the other: two places of one country, or
 * two countries (Italy for Portugal in a pair of countries); a town of one country and a town of
 * another are not compared.
 */
export function swappable(knowledge: KnowledgeIndex, a: string, b: string): boolean {
  if (sameCountry(knowledge, a, b)) return true;
  return knowledge.entity<Place>(a)?.fact.kind === 'country' && knowledge.entity<Place>(b)?.fact.kind === 'country';
}

/** Whether a draft's place `entity` may stand for the article's `key`: the same place, one inside the other, or one that may hold the other. */
export function mayStandFor(knowledge: KnowledgeIndex, entity: string, key: string): boolean {
  return placesAgree(knowledge, entity, key) || mayOverlap(knowledge, entity, key) || mayOverlap(knowledge, key, entity);
}

/** Whether the draft names the place `key` itself in its sentence `sentence` (the article's place beside a changed one). */
export function namedInSentence(analysis: Analysis, knowledge: KnowledgeIndex, all: readonly Mention[], sentence: number, key: string): boolean {
  return all.some((mention) => mention.kind === 'place' && analysis.tokens[mention.tokenStart]!.sentence === sentence && knowledge.same(mention.entity, key));
}

/** Whether a folded token key is a unit noun (إقليم, محافظة, province, city). */
function isUnit(key: string | undefined): boolean {
  return key !== undefined && PLACE_UNIT_LEVEL[key] !== undefined;
}

/**
 * The range to replace and the text to put there when the draft names `mention` and the right
 * place is `expected`: the draft's own unit noun stays (بإقليم شيشاوة → بإقليم الحوز, "the city of
 * Casablanca" → "the city of Rabat") when the right place has a name without one.
 */
export function placeFix(analysis: Analysis, knowledge: KnowledgeIndex, mention: Mention, expected: string, lang: 'ar' | 'en'): { start: number; end: number; text: string } {
  const tokens = analysis.tokens;
  let first = mention.tokenStart;
  let last = mention.tokenEnd - 1;
  // The form's own keys: the draft's first token may carry a clitic (بإقليم).
  const keys = mention.form.keys;
  if (last > first && isUnit(keys[0])) first += keys[1] === 'of' && last > first + 1 ? 2 : 1;
  if (last > first && isUnit(keys.at(-1))) last -= 1;
  const names = knowledge.entity<Place>(expected)?.fact.names;
  const forms = lang === 'ar' ? (names?.ar ?? []) : (names?.en ?? []);
  const bare = forms.find((form) => {
    const keys = nameKeys(form);
    return !isUnit(keys[0]) && !isUnit(keys.at(-1));
  });
  // The draft's unit noun stays only for a unit in its place: a country replaces "Co Cork" whole,
  // and a place whose own unit noun names another level replaces "the Tallis region" whole (Kell
  // Shire, not "the Kell region").
  const draftLevel = PLACE_UNIT_LEVEL[first !== mention.tokenStart ? (keys[0] ?? '') : (keys.at(-1) ?? '')];
  const ownLevels = unitLevels(knowledge, expected);
  const unitKept = knowledge.entity<Place>(expected)?.fact.kind !== 'country' && (!draftLevel || ownLevels.size === 0 || ownLevels.has(draftLevel));
  if (bare && unitKept && (first !== mention.tokenStart || last !== mention.tokenEnd - 1)) {
    return { start: first === mention.tokenStart ? mention.start : tokens[first]!.oStart, end: tokens[last]!.oEnd, text: bare };
  }
  // A unit noun of another level is replaced together with its name, by the place's own name with
  // its unit noun: "the Kell Shire" → "the Tallis region".
  const withOwnUnit = draftLevel && !unitKept ? forms.find((form) => isUnit(nameKeys(form)[0]) || isUnit(nameKeys(form).at(-1))) : undefined;
  return { start: mention.start, end: mention.end, text: withOwnUnit ?? bare ?? (names?.[lang]?.[0] ? nameIn(names, lang) : placeName(knowledge, expected, lang)) };
}

/**
 * The city a place is a district of: a place of kind `other` that lies right inside a city
 * (Sketty in Swansea, «حي أكدال» in Rabat).
 */
export function districtCity(knowledge: KnowledgeIndex, key: string): Entity<Place> | undefined {
  const chain = placeChain(knowledge, key);
  return chain[0]?.fact.kind === 'other' && chain[1]?.fact.kind === 'city' ? chain[1] : undefined;
}

/**
 * Whether a place is a district the gazetteer lists (itself, or its fact-base twin of the same id
 * and name): only such a district tells that a place inside it lies in no other district. A river,
 * a park or an estate the fact base puts in the city tells nothing of the sort.
 */
function listedDistrict(knowledge: KnowledgeIndex, place: Entity<Place>): boolean {
  const listed = place.factBase ? knowledge.entity<Place>(`lexicon:${place.id}`) : place;
  return !!listed && listed.kind === 'place' && knowledge.same(listed.key, place.key) && !!districtCity(knowledge, listed.key);
}

/**
 * Whether the gazetteer's district `district` may hold the place `inner`, for all the gazetteer and
 * the fact base can tell: `inner` lies in the district's city, but not through a district the gazetteer
 * lists (a hospital or a river the fact base puts in Swansea may lie in Sketty; the Enterprise Park
 * in Llansamlet does not). After a locative of nearness or direction (`strict` false), any district
 * of the city agrees: a place near Morriston may well be in Llansamlet.
 */
export function districtMayHold(knowledge: KnowledgeIndex, district: string, inner: string, strict: boolean): boolean {
  // A district the fact base names beside the event's is the article's, and compared as it was.
  if (knowledge.entity<Place>(district)?.factBase) return false;
  const city = districtCity(knowledge, district);
  if (!city) return false;
  const chain = placeChain(knowledge, inner);
  const at = chain.findIndex((place) => knowledge.same(place.key, city.key));
  if (at <= 0) return false;
  return !strict || !chain.slice(0, at).some((place) => listedDistrict(knowledge, place));
}

/**
 * A place's name in `lang`: its own, else its gazetteer twin's (a fact base of an English article
 * names London in English only; an Arabic draft's fix is لندن), else its name in the other language.
 */
export function placeName(knowledge: KnowledgeIndex, key: string, lang: 'ar' | 'en'): string {
  const place = knowledge.entity<Place>(key);
  const own = place?.fact.names?.[lang]?.[0];
  if (own || !place?.factBase) return own ?? knowledge.canonicalName(key, lang);
  const twin = knowledge.entity<Place>(`lexicon:${place.id}`);
  const twinName = twin && twin.kind === 'place' && knowledge.same(twin.key, key) ? twin.fact.names?.[lang]?.[0] : undefined;
  return twinName ?? knowledge.canonicalName(key, lang);
}
