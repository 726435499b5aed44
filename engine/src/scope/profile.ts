/**
 * Story profiles: for each fact base, the names that tell its story apart from others (its
 * people, organisations, groups and places, and the fact base's own `scope.anchors`), each with a
 * weight for how distinctive it is. Built once per checker; a draft is then read against every
 * profile at once through one hash map keyed on a name's first folded token.
 *
 * Weights: a person's full name weighs most (3), a family name alone 2; a specific organisation,
 * group or place 1.5–2; a name the reference lexicons list (Washington, Iraq, Reuters, the UN)
 * only 0.5, because many stories name it; a name made only of ordinary words (the Supreme Court,
 * the Iraqi government, «القابضة») nothing at all.
 */
import type { FactBaseData } from '../factBase/schema';
import { addEnglishSite, englishSiteParts, type EnglishSiteForm } from './englishSites';
import { nameKeys, stems } from '../knowledge';
import { emptyListOfObjects } from '../emptyList';
import { GIVEN_NAMES } from '../lexicon/words';
import { GENERIC_WORDS } from './words';
import { analyse } from '../analysis';
import { articleOf } from '../factBase/article';
import { distinctiveFigures } from './figures';
import { countable, countedWords, type CountedFigure } from './counts';
import { quoteWindows } from './quotes';
import { arabicSkeleton, isArabicWord, nameSkeletons } from './skeleton';
import { SITE_NOUNS } from '../lexicon/sites';
import { arabicSpellingsOf } from './speltNames';
import { ministryArabicNames, ministryEnglishNames } from './ministries';
import { SPELLING } from '../text/skeleton';
import { GAZETTEER, ORGANISATION_LEXICON } from '../referenceLexicons';
import { AREA_SERVICES, servicesIn } from '../lexicon/services';
import { companyForm, type CompanyForm } from './companies';

/** What a fact base says about which drafts it speaks about (schema v2 `scope`). */
export type FactBaseScope = NonNullable<FactBaseData['scope']>;

/** The `scope` of a fact base, when it has one. */
export function scopeOf(factBase: FactBaseData): FactBaseScope | undefined {
  return factBase.scope;
}

/** One named thing of a story. */
export interface Anchor {
  /** Index of the fact base in the checker's list. */
  profile: number;
  /** `kind:id` of the fact, or `anchor:n` for a `scope.anchors` entry. */
  key: string;
  /** The name as the fact base writes it (its canonical form), for reports. */
  label: string;
}

/** One way of writing an anchor, split into folded token keys. */
export interface AnchorForm {
  anchor: number;
  keys: string[];
  weight: number;
  /** An acronym written in capitals (IS, ADQ): it matches only a word written in capitals. */
  caps: boolean;
  /**
   * Whether the form names something specific to the story (weight {@link SPECIFIC_WEIGHT} or
   * more on its own), rather than a well-known name raised by the story's headline.
   */
  specific: boolean;
}

/** The weight from which a name counts as specific to its story. */
export const SPECIFIC_WEIGHT = 1.5;

/** The weight of a dated event whose day and month a draft gives (a signing on 23 February). */
export const EVENT_DAY_WEIGHT = 1.5;

/**
 * The keys a form is found under: its only word, or its first word with its second word and (when
 * the second word may be a letter off, four letters or more) each string one deletion away from
 * it. A draft's two words are looked up the same way, so a name is found without walking every
 * form that shares its first word (thousands of people share a given name).
 */
export function anchorKeys(keys: readonly string[]): string[] {
  if (keys.length === 1) return [keys[0]!];
  const second = keys[1]!;
  const variants = new Set<string>([second]);
  if (second.length >= 4) for (const deleted of oneDeletion(second)) variants.add(deleted);
  return [...variants].map((variant) => `${keys[0]!}\u0000${variant}`);
}

/** The keys a draft's word at a position is looked up under, with the word after it. */
export function draftKeys(first: string, second: string | undefined): string[] {
  // One way of making the list whatever the branch: a hot caller reads it (see emptyList.ts).
  const keys = emptyListOfObjects<string>();
  keys.push(first);
  if (second === undefined) return keys;
  for (const variant of new Set([second, ...oneDeletion(second)])) keys.push(`${first}\u0000${variant}`);
  return keys;
}

/** Every string one deletion away from a word. */
function oneDeletion(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Every loaded story's anchors, indexed by {@link anchorKeys}. */
export interface ScopeIndex {
  /** The fact-base ids, in the checker's order. */
  ids: readonly string[];
  anchors: Anchor[];
  byFirstKey: Map<string, AnchorForm[]>;
  /** The first words of the forms of two words or more: a draft's word that is none of them needs no two-word keys. */
  heads: Set<string>;
  /** Dated events by `month-day`, with their year. */
  eventDays: Map<string, { anchor: number; year: number }[]>;
  /** The stories' distinctive figures (see `figures.ts`) by value. */
  figures: Map<number, { anchor: number; weight: number }[]>;
  /** The figures that read like years but are counts of some story (2012 dead). */
  figureCounts: Set<number>;
  /** The stories' counted figures (see `counts.ts`) by value: found only with their noun or unit. */
  counted: Map<number, CountedFigure[]>;
  /**
   * Names by the consonant skeleton of their first word (see `skeleton.ts`), for the draft's
   * words of the other script: `ar` holds the Latin names an Arabic word may write, `latin` the
   * Arabic names a Latin word may write.
   */
  crossScript: { ar: Map<string, CrossForm[]>; latin: Map<string, CrossForm[]> };
  /**
   * The Latin names of people the fact base names in Arabic too, by the `SPELLING` skeleton of
   * their first word: a draft's Latin words may spell the same Arabic name otherwise than the
   * fact base (Monsef al-Riyahi for Moncef Riahi, منصف الرياحي).
   */
  spellings: Map<string, CrossForm[]>;
  /**
   * Sites the fact base names in Arabic by a site noun and one word (معبر العمري, see
   * `lexicon/sites.ts`), by the consonant skeleton of that word: a draft's capitalised Latin word
   * of that skeleton before the site's English noun (the al-Omari crossing) names it.
   */
  sites: Map<string, SiteForm[]>;
  /**
   * Companies the fact base names in Arabic by their head, own name and trade (شركة مصر للغزل
   * والنسيج, see `companies.ts`), by the skeleton of their own name's first word: a draft's
   * capitalised Latin words of that skeleton before the trade's English word ("Misr Spinning")
   * name it.
   */
  companies: Map<string, CompanyForm[]>;
  /**
   * Bodies and sites the fact base names in English by an own name and a noun after it (Lomar
   * Buses, Kelty Hospital; see `englishSites.ts`), by the folded Arabic noun an Arabic draft writes
   * before the own name («حافلات لومار»).
   */
  englishSites: Map<string, EnglishSiteForm[]>;
}

/** A site named in Arabic, as an English draft writes it: its name's skeleton, then one of its English nouns. */
export interface SiteForm {
  anchor: number;
  /** The folded English nouns of the site (crossing, camp). */
  english: readonly string[];
  weight: number;
}

/** A name as the other script writes it: the skeleton of its first word is its key, `rest` is the rest. */
export interface CrossForm {
  anchor: number;
  rest: string;
  weight: number;
  specific: boolean;
  /**
   * A name of too few consonants to be found in any words (see {@link CROSS_SCRIPT_MIN_CAPITALISED}):
   * it is found only in capitalised Latin words (Kais Saied, Fouzi Lekjaa).
   */
  capitalised?: boolean;
}

/** How much less a name weighs when found through its skeleton in the other script. */
export const CROSS_SCRIPT_PENALTY = 0.5;

/**
 * The fewest consonants a name's skeleton needs to count in the other script: four for one word
 * (سوناك alone has three, too few), five for a name of several words, each of two or more
 * (ريشي سوناك; Moulay Hassan, ml + sn, would meet «المالية لسنة»).
 */
const CROSS_SCRIPT_MIN_ONE_WORD = 4;
const CROSS_SCRIPT_MIN_NAME = 5;

/**
 * The fewest consonants of an Arabic person's name of two words or more looked up in Latin words
 * that are capitalised, a name's own mark (قيس سعيد, ks + sd, as Kais Saied; عزيز أخنوش as Aziz
 * Akhannouch): an English draft's capitalised pair of words is a name, where «المالية لسنة» is not.
 */
const CROSS_SCRIPT_MIN_CAPITALISED = 4;

type Kind = 'person' | 'short' | 'organisation' | 'source' | 'group' | 'place' | 'anchor' | 'site';

/** Organisation kinds that report a story rather than act in it: many stories name them. */
const SOURCE_KINDS = new Set(['media', 'news-agency']);

let lexiconEntries: Map<string, LexiconNames> | undefined;

/** The names of an entry of a reference lexicon (either side may be missing). */
type LexiconNames = { ar?: string[]; en?: string[] };

/**
 * The entries of the reference lexicons (gazetteer and organisation lexicon) by the folded key of
 * each of their names, the first entry that lists a name kept; read once, for both the names many
 * stories share ({@link wellKnown}) and their translations ({@link lexiconEntry}).
 */
function lexiconByKey(): Map<string, LexiconNames> {
  if (!lexiconEntries) {
    const byKey = new Map<string, LexiconNames>();
    // Read in place, without joining the two lexicons or an entry's two lists into new arrays,
    // and in one loop rather than through a function called for each list: this runs once per
    // process, on the first check, over some ten thousand names.
    for (const lexicon of [GAZETTEER, ORGANISATION_LEXICON]) {
      for (const entry of lexicon) {
        for (let side = 0; side < 2; side++) {
          const names = side === 0 ? entry.ar : entry.en;
          if (!names) continue;
          for (const form of names) {
            const keys = nameKeys(form);
            const key = keys.length === 1 ? keys[0]! : keys.join(' ');
            if (!byKey.has(key)) byKey.set(key, entry);
          }
        }
      }
    }
    lexiconEntries = byKey;
  }
  return lexiconEntries;
}

/** The reference lexicon entry (gazetteer or organisation lexicon) that lists a folded name. */
function lexiconEntry(name: string): LexiconNames | undefined {
  return lexiconByKey().get(nameKeys(name).join(' '));
}

/**
 * A place's or organisation's names with those the reference lexicons give it in the other
 * language (Rwanda → رواندا), so that a fact base written in one language ties drafts in the other.
 */
function withTranslations(names: { ar?: string[]; en?: string[] } | undefined): { ar?: string[]; en?: string[] } | undefined {
  if (!names) return names;
  const ar = [...(names.ar ?? [])];
  const en = [...(names.en ?? [])];
  for (const name of [...ar, ...en]) {
    const entry = lexiconEntry(name);
    if (!entry) continue;
    for (const form of entry.ar ?? []) if (!ar.includes(form)) ar.push(form);
    for (const form of entry.en ?? []) if (!en.includes(form)) en.push(form);
  }
  return { ar, en };
}

/**
 * An organisation's names with those of a ministry it names in one script only, made in the other
 * script from the portfolio words of its name (see `ministries.ts`), and which script the made ones
 * are in: made by rule, they do not stop the names it has from being looked for by their
 * consonants in the other script.
 */
function withMinistryNames(names: { ar?: string[]; en?: string[] } | undefined): { names: { ar?: string[]; en?: string[] } | undefined; guessed?: 'ar' | 'latin' } {
  const all = [...(names?.ar ?? []), ...(names?.en ?? [])];
  const arabic = all.filter((name) => isArabicWord(nameKeys(name)[0] ?? ''));
  if (!names || all.length === 0) return { names };
  if (arabic.length === all.length) {
    const en = [...new Set(arabic.flatMap((name) => ministryEnglishNames(nameKeys(name))))];
    return en.length === 0 ? { names } : { names: { ...names, en }, guessed: 'latin' };
  }
  if (arabic.length > 0) return { names };
  const ar = [...new Set(all.flatMap((name) => ministryArabicNames(nameKeys(name))))];
  return ar.length === 0 ? { names } : { names: { ...names, ar }, guessed: 'ar' };
}

let districtEntries: Set<LexiconNames> | undefined;

/**
 * Whether a folded name is one of the reference gazetteer's or organisation lexicon's: a name many
 * stories share. A district of a city (a gazetteer place of kind `other` right inside a city:
 * Llansamlet, Karrada) names one part of one town, and is as specific as a fact base's own place;
 * a name is a district's when the first entry that lists it is one (see {@link lexiconByKey}).
 */
function wellKnown(key: string): boolean {
  if (!districtEntries) {
    const places = GAZETTEER;
    const cities = new Set<string>();
    for (const entry of places) if (entry.kind === 'city') cities.add(entry.id);
    districtEntries = new Set<LexiconNames>();
    for (const entry of places) if (entry.kind === 'other' && !!entry.within && cities.has(entry.within)) districtEntries.add(entry);
  }
  const entry = lexiconByKey().get(key);
  return entry !== undefined && !districtEntries.has(entry);
}

/**
 * The weight of a public service's name: below a specific name's, as every story of its area
 * names it (North Elmshire Police, South Yorkshire Fire and Rescue, «شرطة دبي»).
 */
const AREA_SERVICE_WEIGHT = 1;

/**
 * Whether a name is a public service's named after the area it serves: its other words are that
 * area's name, which a story of any event there writes, not the story's own.
 */
function areaService(keys: readonly string[]): boolean {
  const named = servicesIn(keys.length, (i) => [keys[i]!, ...stems(keys[i]!).map((stem) => stem.stem)]);
  for (const service of named) if (AREA_SERVICES.has(service)) return true;
  return false;
}

/**
 * How much one form of a name tells a story apart. `known` is set when the entity shares a name
 * with the reference lexicons.
 */
export function formWeight(kind: Kind, keys: readonly string[], known: boolean): number {
  let distinctive = 0;
  let weak = 0;
  for (const key of keys) {
    if (GENERIC_WORDS.has(key) || key.length < 2 || /^\d+$/.test(key)) continue;
    if (wellKnown(key) || GIVEN_NAMES.has(key) || GIVEN_NAMES.has(key.replace(/^ال/, ''))) weak++;
    else distinctive++;
  }
  if (distinctive === 0) return weak > 0 ? (kind === 'person' || kind === 'short' ? 1 : 0.5) : 0;
  if (known || wellKnown(keys.join(' '))) return 0.5;
  if ((kind === 'organisation' || kind === 'group') && areaService(keys)) return AREA_SERVICE_WEIGHT;
  switch (kind) {
    case 'person':
      return keys.length >= 2 ? 3 : 2;
    case 'short':
      return 2;
    case 'organisation':
    case 'group':
      return keys.length >= 2 ? 2 : 1.5;
    case 'source':
      return 0.5;
    case 'place':
      return 2;
    case 'anchor':
      return 2;
    case 'site':
      return SITE_WEIGHT;
  }
}

/**
 * The weight of an Arabic site's name in an Arabic draft (مخيم الصفيان): drawn by rule, it may be
 * a common noun after the site's (محطة القطار), so it is not specific to the story. Found in an
 * English draft before the site's English noun (the Sufayan camp), it weighs
 * {@link SITE_CROSS_WEIGHT}, a place's own weight: there a common noun would be written in
 * English, and the noun after the name vouches for the name's consonants.
 */
const SITE_WEIGHT = 1;
const SITE_CROSS_WEIGHT = 2;

/** The fewest consonants of a site's name looked for in English drafts. */
const SITE_MIN_CONSONANTS = 2;

/** The site noun and name of an Arabic anchor of a site noun and one word (معبر العمري), if it is one. */
function siteOf(keys: readonly string[]): { english: readonly string[]; name: string } | undefined {
  const first = keys[0];
  if (!first || !isArabicWord(first)) return undefined;
  for (const noun of SITE_NOUNS.get(first) ?? []) {
    if (keys.length === noun.words.length + 1 && noun.words.every((word, j) => j === 0 || keys[j] === word)) return { english: noun.english, name: keys.at(-1)! };
  }
  return undefined;
}

/** Files an Arabic site's name under its skeleton, for English drafts (see {@link ScopeIndex.sites}). */
function addSite(index: ScopeIndex, anchor: number, site: { english: readonly string[]; name: string }): void {
  const skeleton = arabicSkeleton(site.name);
  if (skeleton.length < SITE_MIN_CONSONANTS) return;
  const list = index.sites.get(skeleton) ?? [];
  list.push({ anchor, english: site.english, weight: SITE_CROSS_WEIGHT });
  index.sites.set(skeleton, list);
}

/**
 * Files the company an organisation's Arabic names name (see `companies.ts`) under the skeleton of
 * its own name's first word, for English drafts, with a place's weight in the other script
 * ({@link SITE_CROSS_WEIGHT}): only a name specific to the story, not a well-known company's.
 */
function addCompanies(index: ScopeIndex, anchor: number, names: { ar?: string[]; en?: string[] } | undefined): void {
  const known = [...(names?.ar ?? []), ...(names?.en ?? [])].some((name) => wellKnown(nameKeys(name).join(' ')));
  if (known) return;
  for (const name of names?.ar ?? []) {
    const keys = nameKeys(name);
    if (formWeight('organisation', keys, false) < SPECIFIC_WEIGHT) continue;
    const form = companyForm(anchor, keys, SITE_CROSS_WEIGHT);
    if (!form) continue;
    const list = index.companies.get(form.skeletons[0]!) ?? [];
    list.push(form);
    index.companies.set(form.skeletons[0]!, list);
  }
}

/** The weight of a well-known name in the story's headline. */
const CENTRAL_WEIGHT = 1.5;

/** The stems of each word of a fact base's title (and its article's title). */
function titleKeys(factBase: FactBaseData): string[][] {
  return nameKeys(`${factBase.title ?? ''} ${factBase.source?.title ?? ''}`.replace(/['’]s\b/g, '')).map((key) => stems(key).map((stem) => stem.stem));
}

/** Whether a name's keys occur in a row in the title. */
function inTitle(title: string[][], keys: readonly string[]): boolean {
  if (keys.length === 0) return false;
  for (let i = 0; i + keys.length <= title.length; i++) {
    if (keys.every((key, j) => title[i + j]!.includes(key))) return true;
  }
  return false;
}

/** Adds a form's skeleton to the index of the other script, when it has consonants enough to tell it apart. */
function addCrossScript(index: ScopeIndex, anchor: number, keys: readonly string[], weight: number): void {
  // A name written in Arabic is looked up by the draft's Latin words, and the other way round.
  const arabic = isArabicWord(keys[0]!);
  addSkeletonForms(arabic ? index.crossScript.latin : index.crossScript.ar, anchor, nameSkeletons(keys), weight - CROSS_SCRIPT_PENALTY, arabic);
}

/**
 * Adds a Latin name of a person the fact base also names in Arabic under its `SPELLING`
 * skeleton (see {@link ScopeIndex.spellings}): only a name of two words or more.
 */
function addSpelling(index: ScopeIndex, anchor: number, keys: readonly string[], weight: number): void {
  const words = nameSkeletons(keys, SPELLING);
  if (words.length >= 2) addSkeletonForms(index.spellings, anchor, words, weight - CROSS_SCRIPT_PENALTY, true);
}

/**
 * Files a name's skeleton (each word's variants) under its first word's, with the rest of it, when
 * it has consonants enough to tell it apart (see {@link CROSS_SCRIPT_MIN_NAME}).
 */
function addSkeletonForms(map: Map<string, CrossForm[]>, anchor: number, words: readonly string[][], weight: number, latinLookup: boolean): void {
  if (weight < 1 || words.length === 0 || words.some((variants) => variants[0]!.length === 0)) return;
  // A name of two words or more, each of two consonants or more, is found in any words once it
  // has CROSS_SCRIPT_MIN_NAME of them; looked up in Latin words, a shorter one is found in
  // capitalised words only.
  const wordsLongEnough = words.length === 1 || words.every((variants) => variants[0]!.length >= 2);
  const least = words.length === 1 ? CROSS_SCRIPT_MIN_ONE_WORD : CROSS_SCRIPT_MIN_NAME;
  const rests = words.slice(1).reduce<string[]>((acc, variants) => acc.flatMap((prefix) => variants.map((variant) => prefix + variant)), ['']);
  for (const first of words[0]!) {
    for (const rest of rests) {
      const consonants = first.length + rest.length;
      const capitalised = !wordsLongEnough || consonants < least;
      if (capitalised && !(latinLookup && words.length >= 2 && consonants >= CROSS_SCRIPT_MIN_CAPITALISED)) continue;
      const list = map.get(first) ?? [];
      if (!list.some((form) => form.anchor === anchor && form.rest === rest)) list.push({ anchor, rest, weight, specific: weight >= SPECIFIC_WEIGHT, ...(capitalised ? { capitalised } : {}) });
      map.set(first, list);
    }
  }
}

/**
 * Files the English names of a body or site of the story made of an own name and a noun after it
 * (Lomar Buses, see `englishSites.ts`) for Arabic drafts, with a place's weight in the other
 * script ({@link SITE_CROSS_WEIGHT}): only names specific to the story, not those whose own name
 * the reference lexicons know or that is one of the story's own places (Dunmarra Hospital), which
 * any story of the place may name.
 */
function addEnglishSites(index: ScopeIndex, anchor: number, names: { ar?: string[]; en?: string[] } | undefined, placeKeys: ReadonlySet<string>): void {
  for (const name of names?.en ?? []) {
    const keys = nameKeys(name);
    const parts = englishSiteParts(keys);
    if (!parts || formWeight('organisation', keys, false) < SPECIFIC_WEIGHT) continue;
    const own = parts.own.join(' ');
    if (wellKnown(own) || placeKeys.has(own)) continue;
    addEnglishSite(index.englishSites, anchor, keys, SITE_CROSS_WEIGHT);
  }
}

/** Adds a story's distinctive figures: the article's when the host gave it, else the fact base's quantities. */
function addFigures(index: ScopeIndex, factBase: FactBaseData, profile: number): void {
  const article = articleOf(factBase);
  const text = article ?? (factBase.quantities ?? []).map((quantity) => quantity.evidence.map((evidence) => evidence.text).join('\n')).join('\n');
  const counts = new Set((factBase.quantities ?? []).map((quantity) => quantity.value));
  for (const [value, weight] of distinctiveFigures(analyse(text, 'plaintext'), counts)) {
    const anchor = index.anchors.length;
    if (counts.has(value)) index.figureCounts.add(value);
    index.anchors.push({ profile, key: `figure:${value}`, label: value.toLocaleString('en-GB') });
    const list = index.figures.get(value) ?? [];
    list.push({ anchor, weight });
    index.figures.set(value, list);
  }
}

/**
 * Adds a story's counted figures (see `counts.ts`): its quantities of two significant digits that
 * weigh nothing as figures alone, each found with the noun or unit the fact base gives it.
 */
function addCounted(index: ScopeIndex, factBase: FactBaseData, profile: number): void {
  for (const quantity of factBase.quantities ?? []) {
    if (!countable(quantity.value) || index.figures.get(quantity.value)?.some(({ anchor }) => index.anchors[anchor]!.profile === profile)) continue;
    const words = countedWords(quantity);
    if (words.size === 0) continue;
    const anchor = index.anchors.length;
    const noun = quantity.unit === 'count' ? (quantity.noun?.en?.[0] ?? quantity.noun?.ar?.[0]) : `${quantity.unit}s`;
    index.anchors.push({ profile, key: `count:${quantity.id}`, label: `${quantity.value} ${noun ?? ''}`.trim() });
    const list = index.counted.get(quantity.value) ?? [];
    list.push({ anchor, words });
    index.counted.set(quantity.value, list);
  }
}

/** Adds a story's dated events, found by their day and month. */
function addEventDays(index: ScopeIndex, factBase: FactBaseData, profile: number): void {
  for (const event of factBase.events ?? []) {
    const date = event.date;
    if (!date?.month || !date.day) continue;
    const anchor = index.anchors.length;
    index.anchors.push({ profile, key: `event:${event.id}`, label: event.names?.en?.[0] ?? event.names?.ar?.[0] ?? event.id });
    const day = `${date.month}-${date.day}`;
    const list = index.eventDays.get(day) ?? [];
    list.push({ anchor, year: date.year });
    index.eventDays.set(day, list);
  }
}

/** Adds one named thing of a story with all its forms. */
function addNamed(
  index: ScopeIndex,
  profile: number,
  title: string[][],
  kind: Kind,
  key: string,
  names: { ar?: string[]; en?: string[] } | undefined,
  short?: { ar?: string[]; en?: string[] },
  guessed?: 'ar' | 'latin',
): void {
  const all = [...(names?.ar ?? []), ...(names?.en ?? [])];
  if (all.length === 0) return;
  const known = all.some((name) => wellKnown(nameKeys(name).join(' ')));
  const central = all.some((name) => inTitle(title, nameKeys(name)));
  const anchor = index.anchors.length;
  index.anchors.push({ profile, key, label: names?.en?.[0] ?? names?.ar?.[0] ?? all[0]! });
  const forms = [...all.map((name) => ({ name, kind })), ...[...(short?.ar ?? []), ...(short?.en ?? [])].map((name): { name: string; kind: Kind } => ({ name, kind: 'short' }))];
  const seen = new Set<string>();
  // Forms spelt by rule from the other script (a drawn transliteration) are guesses: they do not
  // stop the name from being looked for by its consonants in that script.
  const scripts = new Set(forms.map((form) => (isArabicWord(nameKeys(form.name)[0] ?? '') ? 'ar' : 'latin')));
  if (guessed) scripts.delete(guessed);
  for (const form of forms) {
    const keys = nameKeys(form.name);
    const joined = keys.join(' ');
    if (keys.length === 0 || seen.has(joined)) continue;
    seen.add(joined);
    // A short form of two words or more is a given name with the family name (Khalid al-Harthy for
    // Khalid bin Saeed al-Harthy): a person named in full, as the press names people.
    const kind: Kind = form.kind === 'short' && keys.filter((k) => k !== 'al' && k !== 'el' && k !== 'ال').length >= 2 ? 'person' : form.kind;
    let weight = formWeight(kind, keys, known);
    const specific = weight >= SPECIFIC_WEIGHT;
    // A name is looked for in the other script only when the fact base writes none in it.
    const script = isArabicWord(keys[0]!) ? 'ar' : 'latin';
    if (specific && !known && !scripts.has(script === 'ar' ? 'latin' : 'ar')) addCrossScript(index, anchor, keys, weight);
    // A person named in Arabic may be spelt in Latin letters otherwise than the fact base does.
    if (kind === 'person' && specific && script === 'latin' && scripts.has('ar') && guessed !== 'ar') addSpelling(index, anchor, keys, weight);
    // A well-known place or organisation in the story's own headline is its setting (Rwanda
    // in a ruling on the Rwanda plan): it weighs more, but it is still not specific to it.
    if (weight > 0 && weight < CENTRAL_WEIGHT && central) weight = CENTRAL_WEIGHT;
    if (weight <= 0) continue;
    addForm(index, { anchor, keys, weight, specific, caps: keys.length === 1 && /^[A-Z]{2,5}$/.test(form.name.trim()) });
  }
}

/**
 * Adds each quote of a fact base as one anchor specific to its story, found by any of its windows
 * of words (`quotes.ts`).
 */
function addQuotes(index: ScopeIndex, factBase: FactBaseData, profile: number): void {
  for (const quote of factBase.quotes ?? []) {
    const windows = quoteWindows(quote.text);
    if (windows.length === 0) continue;
    const anchor = index.anchors.length;
    index.anchors.push({ profile, key: `quote:${quote.id}`, label: `“${windows[0]!.join(' ')} …”` });
    for (const keys of windows) addForm(index, { anchor, keys, weight: SPECIFIC_WEIGHT, specific: true, caps: false });
  }
}

/** Files one form of an anchor under its look-up keys. */
function addForm(index: ScopeIndex, form: AnchorForm): void {
  if (form.keys.length > 1) index.heads.add(form.keys[0]!);
  for (const lookup of anchorKeys(form.keys)) {
    const list = index.byFirstKey.get(lookup) ?? [];
    list.push(form);
    index.byFirstKey.set(lookup, list);
  }
}

let gazetteerById: Map<string, LexiconNames & { id: string }> | undefined;

/**
 * The gazetteer's places a fact base names only by their id (a place's `within`, an event's or an
 * organisation's place: the Swansea of "Llansamlet, within swansea"), with their names: they are
 * the story's setting, and weigh as well-known names do (more in the story's headline).
 */
function referencedPlaces(factBase: FactBaseData): (LexiconNames & { id: string })[] {
  gazetteerById ??= new Map(GAZETTEER.map((entry) => [entry.id, entry]));
  const own = new Set((factBase.places ?? []).map((place) => place.id));
  const ids = new Set<string>();
  for (const place of factBase.places ?? []) if (place.within) ids.add(place.within);
  for (const event of factBase.events ?? []) if (event.place) ids.add(event.place);
  for (const organisation of factBase.organisations ?? []) if (organisation.base) ids.add(organisation.base);
  const out: (LexiconNames & { id: string })[] = [];
  for (const id of ids) {
    const entry = own.has(id) ? undefined : gazetteerById.get(id);
    if (entry) out.push(entry);
  }
  return out;
}

/**
 * Adds the Arabic spellings by rule of a person the fact base names in Latin letters only (see
 * `speltNames.ts`) to its anchor: found as written, they weigh as a name found by its consonants
 * ({@link CROSS_SCRIPT_PENALTY} less than the name itself), so that one of them needs the
 * corroboration a name spelt otherwise needs.
 */
function addArabicSpellings(index: ScopeIndex, anchor: number, person: NonNullable<FactBaseData['people']>[number]): void {
  if (index.anchors[anchor]?.key !== `person:${person.id}` || (person.names.ar ?? []).length > 0 || (person.short?.ar ?? []).length > 0) return;
  for (const keys of arabicSpellingsOf(person.names.en ?? [])) {
    const weight = formWeight('person', keys, false) - CROSS_SCRIPT_PENALTY;
    if (weight >= SPECIFIC_WEIGHT) addForm(index, { anchor, keys, weight, specific: true, caps: false });
  }
}

/** The script whose forms of a person's name were spelt by rule (`transliterated`), if any. */
function guessedScript(transliterated: boolean | 'ar' | 'en' | undefined): 'ar' | 'latin' | undefined {
  if (transliterated === 'ar') return 'ar';
  return transliterated === true || transliterated === 'en' ? 'latin' : undefined;
}

/** Builds the scope index of the loaded fact bases. */
export function buildScopeIndex(factBases: readonly FactBaseData[]): ScopeIndex {
  const index: ScopeIndex = {
    ids: factBases.map((factBase) => factBase.id),
    anchors: [],
    byFirstKey: new Map(),
    heads: new Set(),
    eventDays: new Map(),
    figures: new Map(),
    figureCounts: new Set(),
    counted: new Map(),
    crossScript: { ar: new Map(), latin: new Map() },
    spellings: new Map(),
    sites: new Map(),
    companies: new Map(),
    englishSites: new Map(),
  };
  factBases.forEach((factBase, profile) => {
    const title = titleKeys(factBase);
    const placeKeys = new Set((factBase.places ?? []).flatMap((place) => [...(place.names?.en ?? []), ...(place.names?.ar ?? [])].map((name) => nameKeys(name).join(' '))));
    const add = (kind: Kind, key: string, names: { ar?: string[]; en?: string[] } | undefined, short?: { ar?: string[]; en?: string[] }, guessed?: 'ar' | 'latin') =>
      addNamed(index, profile, title, kind, key, names, short, guessed);
    for (const person of factBase.people ?? []) {
      const anchor = index.anchors.length;
      add('person', `person:${person.id}`, person.names, person.short, guessedScript(person.transliterated));
      addArabicSpellings(index, anchor, person);
    }
    for (const organisation of factBase.organisations ?? []) {
      const { names, guessed } = withMinistryNames(withTranslations(organisation.names));
      const anchor = index.anchors.length;
      add(SOURCE_KINDS.has(organisation.kind) ? 'source' : 'organisation', `organisation:${organisation.id}`, names, undefined, guessed);
      if (index.anchors.length > anchor && !SOURCE_KINDS.has(organisation.kind)) addCompanies(index, anchor, names);
      if (index.anchors.length > anchor && !SOURCE_KINDS.has(organisation.kind)) addEnglishSites(index, anchor, names, placeKeys);
    }
    for (const group of factBase.groups ?? []) add('group', `group:${group.id}`, group.names);
    for (const place of factBase.places ?? []) {
      const anchor = index.anchors.length;
      add('place', `place:${place.id}`, withTranslations(place.names));
      if (index.anchors.length > anchor) addEnglishSites(index, anchor, place.names, placeKeys);
    }
    for (const entry of referencedPlaces(factBase)) add('place', `place:${entry.id}`, entry);
    (scopeOf(factBase)?.anchors ?? []).forEach((word, i) => {
      const site = siteOf(nameKeys(word));
      const anchor = index.anchors.length;
      add(site ? 'site' : 'anchor', `anchor:${i}`, { ar: [word] });
      if (site && index.anchors.length > anchor) addSite(index, anchor, site);
    });
    addEventDays(index, factBase, profile);
    addFigures(index, factBase, profile);
    addCounted(index, factBase, profile);
    addQuotes(index, factBase, profile);
  });
  return index;
}
