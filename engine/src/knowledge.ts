/**
 * Compiles fact bases into the indexes rules look facts up in.
 *
 * **Architecture invariant:** no rule walks every fact for every word. Names are found through a
 * hash map keyed on their first folded token, and misspelt names through deletion indexes over distinct name tokens
 * (SymSpell-style), so a check costs the same with ten people or a hundred thousand.
 */
import type { FactBaseData, Person, Organisation, Post, Place, Event, Quantity, Quote, Affiliation, Group, Evidence } from './factBase/schema';
import type { EvidenceRef } from './types';
import { fold } from './text/normalise';
import { tokenKey } from './tokenKey';
import { emptyListOfObjects, mapList } from './emptyList';
import { contentStem } from './text/stem';
import { CONCEPTS, WORD_CONCEPTS } from './lexicon/concepts';
import { nameIn } from './names';
import { GAZETTEER, ORGANISATION_LEXICON, type ReferenceEntry } from './referenceLexicons';

/** The kinds of things a name can refer to. */
export type NamedKind = 'person' | 'organisation' | 'place' | 'group';

/** A fact together with the fact base it comes from. */
export interface Entity<T = unknown> {
  /** Qualified key: `factBaseId:id` (or `lexicon:id` for reference places). */
  key: string;
  id: string;
  kind: NamedKind | 'post' | 'event' | 'quantity' | 'quote' | 'affiliation';
  fact: T;
  factBase?: FactBaseData;
}

/** One way of writing a name, split into token keys. */
export interface NameForm {
  entity: string;
  kind: NamedKind;
  lang: 'ar' | 'en';
  /** The form as the fact base writes it. */
  form: string;
  /** Folded token keys. */
  keys: string[];
  /** First form of its language list. */
  canonical: boolean;
  /** A short form (family name alone). */
  short: boolean;
  /** From the reference gazetteer rather than from a fact base. */
  lexicon: boolean;
}

/** A name found in the draft. */
export interface NameMatch {
  form: NameForm;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  /** Length of the clitic prefix on the first token, in folded characters. */
  prefix: number;
}

export { tokenKey };

/** Splits a folded string into token keys the way the analyser does. */
export function nameKeys(text: string): string[] {
  // Folding works code point by code point and keeps spaces, and no token spans a space, so the
  // keys of a text are those of its space-separated words in turn: each word is folded once
  // (names and evidence of large fact bases repeat the same words many times).
  const keys: string[] = [];
  for (const word of text.split(' ')) {
    if (word.length === 0) continue;
    let wordKeys = wordKeyCache.get(word);
    if (!wordKeys) {
      wordKeys = [];
      for (const match of fold(word).matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)) wordKeys.push(tokenKey(match[0]));
      if (wordKeyCache.size > 200_000) wordKeyCache.clear();
      wordKeyCache.set(word, wordKeys);
    }
    for (const key of wordKeys) keys.push(key);
  }
  return keys;
}

const wordKeyCache = new Map<string, string[]>();

/** Arabic proclitics a name may carry: conjunctions, prepositions, and the article after ل. */
const PROCLITICS = ['وال', 'فال', 'بال', 'كال', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * One stem of a word. A word's stems are made once and shared by every draft that writes it, so
 * what the indexes say of a stem is remembered on it: `kind`, whether and how a name starts with
 * it ({@link KnowledgeIndex.startKind}), for the name index numbered `kindOf`; `anchors`, whether a
 * story's anchor may start with it (`scope/detect.ts`), for the story index numbered `anchorsOf`
 * (0 before any index asked).
 */
export interface Stem {
  readonly stem: string;
  readonly prefix: number;
  kindOf: number;
  kind: number;
  anchorsOf: number;
  anchors: boolean;
  /**
   * On a word's own stem (the first of its stems) only: the word's light stem (`text/stem.ts`)
   * and its concept (`lexicon/concepts.ts`), once asked (undefined before; null for none).
   */
  content: string | null | undefined;
  concept: string | null | undefined;
  /** On a word's own stem only: the country the word is a nationality of (`titles.ts`), once asked. */
  nationality: string | null | undefined;
  /** Whether a person's full name may be near-missed from this stem (`mentions.ts`), for the name index numbered `nearOf`. */
  nearOf: number;
  near: boolean;
}

/** A stem as first made, with nothing remembered on it. */
function stemOf(stem: string, prefix: number): Stem {
  return { stem, prefix, kindOf: 0, kind: 0, anchorsOf: 0, anchors: false, content: undefined, concept: undefined, nationality: undefined, nearOf: 0, near: false };
}

/**
 * The stems of a folded Arabic token with the length of the prefix stripped, the token itself
 * first. `للعصائب` yields `العصائب` (ل + ال with the alef elided).
 */
export function stems(token: string): readonly Stem[] {
  const cached = stemCache.get(token);
  if (cached) return cached;
  const out: Stem[] = [stemOf(token, 0)];
  const first = token.charCodeAt(0);
  if (first >= 0x0621 && first <= 0x064a) {
    for (const lam of ['ولل', 'فلل', 'لل']) {
      if (token.startsWith(lam) && token.length - lam.length >= 2) out.push(stemOf('ال' + token.slice(lam.length), lam.length - 1));
    }
    for (const prefix of PROCLITICS) {
      if (token.startsWith(prefix) && token.length - prefix.length >= 2) {
        const rest = token.slice(prefix.length);
        out.push(stemOf(prefix.endsWith('ال') ? 'ال' + rest : rest, prefix.endsWith('ال') ? prefix.length - 2 : prefix.length));
      }
    }
  }
  // The cache is bounded; words of a language repeat, so a modest size catches most of them.
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(token, out);
  return out;
}

const stemCache = new Map<string, Stem[]>();

/** The stems of a token's key, computed once per token. */
export function tokenStems(token: { key: string; stemsCache?: readonly Stem[] }): readonly Stem[] {
  return (token.stemsCache ??= stems(token.key));
}

/**
 * The light stem of a token's word (`text/stem.ts`: undefined for a function word or a number),
 * made once per word and remembered on the word's own stem, so a draft's words are not looked up
 * again in the stemmer's cache by every step that asks.
 */
export function tokenContentStem(token: { key: string; stemsCache?: readonly Stem[] }): string | undefined {
  const own = tokenStems(token)[0]!;
  if (own.content === undefined) own.content = contentStem(own.stem) ?? null;
  return own.content ?? undefined;
}

/** The concept of a token's word (unveiled → ~announce, `lexicon/concepts.ts`), if it has one; remembered like its light stem. */
export function tokenConcept(token: { key: string; stemsCache?: readonly Stem[] }): string | undefined {
  const own = tokenStems(token)[0]!;
  if (own.concept === undefined) {
    const stem = tokenContentStem(token);
    own.concept = WORD_CONCEPTS.get(token.key) ?? (stem && CONCEPTS.get(stem)) ?? null;
  }
  return own.concept ?? undefined;
}

/** The alignment key of a token's word: its concept, else its light stem (`conceptKey` of `lexicon/concepts.ts`). */
export function tokenConceptKey(token: { key: string; stemsCache?: readonly Stem[] }): string | undefined {
  return tokenConcept(token) ?? tokenContentStem(token);
}

/** Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (current[j]! < best) best = current[j]!;
    }
    if (best > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The answer of a look-up that found no name form (shared: never modified). */
export const NO_FORMS: readonly NameForm[] = emptyListOfObjects();

/** No keys. */
const NO_KEYS: readonly string[] = [];


/** A name form of one token starts with the key (see {@link KnowledgeIndex.startKind}). */
export const ONE_TOKEN = 1;
/** A name form of two tokens or more starts with the key. */
export const LONGER = 2;

/** Adds `value` under `key` in a map that holds one number or an array of them per key. */
function addRef(map: Map<string, number | number[]>, key: string, value: number): void {
  const current = map.get(key);
  if (current === undefined) map.set(key, value);
  else if (typeof current === 'number') map.set(key, [current, value]);
  else current.push(value);
}

/** The numbers under `key` of such a map. */
function refs(map: Map<string, number | number[]>, key: string): readonly number[] {
  const current = map.get(key);
  return current === undefined ? [] : typeof current === 'number' ? [current] : current;
}

function deletions(key: string, depth: number, into: Set<string>): void {
  if (depth === 0 || key.length <= 2) return;
  for (let i = 0; i < key.length; i++) {
    const shorter = key.slice(0, i) + key.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
}

/** A key and every string one or two deletions away from it, down to one letter. */
function deletionsUpTo2(key: string): Set<string> {
  const out = new Set<string>([key]);
  for (let i = 0; i < key.length; i++) {
    const once = key.slice(0, i) + key.slice(i + 1);
    if (once.length === 0) continue;
    out.add(once);
    for (let j = i; j < once.length; j++) {
      const twice = once.slice(0, j) + once.slice(j + 1);
      if (twice.length > 0) out.add(twice);
    }
  }
  return out;
}

/** One entry of a reference lexicon (`knowledge/lexicon/`), of a place or organisation kind. */
type LexiconEntry<Kind> = ReferenceEntry & { kind: Kind };

/** The indexed facts of every loaded fact base. */
/** How many knowledge indexes have been made (see {@link KnowledgeIndex.stemStartKind}). */
let indexesMade = 0;

export class KnowledgeIndex {
  readonly factBases: readonly FactBaseData[];
  readonly entities = new Map<string, Entity>();
  readonly nameForms: NameForm[] = [];
  /** One-token name forms by their key. */
  readonly #byOnlyKey = new Map<string, number | number[]>();
  /** Name forms of two tokens or more by their first and second token keys. */
  readonly #byFirstTwo = new Map<string, Map<string, number | number[]>>();
  readonly postsByHolder = new Map<string, Entity<Post>[]>();
  readonly posts: Entity<Post>[] = [];
  readonly events: Entity<Event>[] = [];
  readonly quantities: Entity<Quantity>[] = [];
  readonly quotes: (Entity<Quote> & { keys: string[] })[] = [];
  readonly affiliations: Entity<Affiliation>[] = [];
  /** Affiliations by the qualified key of their member. */
  readonly affiliationsByMember = new Map<string, Entity<Affiliation>[]>();
  /** Posts by the qualified key of their organisation. */
  readonly postsByOrganisation = new Map<string, Entity<Post>[]>();
  /** Posts by each folded word of their titles (وزير, minister, الدفاع …). */
  readonly postsByTitleWord = new Map<string, Entity<Post>[]>();
  /** Count quantities by the folded Arabic dual of their noun (مصدران → the four sources). */
  readonly quantityDuals = new Map<string, Entity<Quantity>[]>();
  /** Event triggers: folded key → events. */
  readonly triggers = new Map<string, Entity<Event>[]>();
  /** Quantity nouns: folded key → quantities. */
  readonly quantityNouns = new Map<string, Entity<Quantity>[]>();

  /**
   * Ordinary words of the stories: the folded tokens of every evidence text and of every name
   * that is not a person's. A draft word found here is a word, never a misspelt name
   * (الدولي is not a misspelling of الدوري).
   */
  readonly knownWords = new Set<string>();

  /**
   * Gazetteer places that bear a name without being listed under it, by the name's folded keys:
   * the US state of Georgia under "georgia", Western Australia's Perth's namesakes under "perth"
   * (Scotland). A claim that a place lies in such a name may be about one of them.
   */
  readonly #namesakes = new Map<string, string[]>();

  constructor(factBases: readonly FactBaseData[]) {
    this.factBases = factBases;
    for (const entry of GAZETTEER as readonly LexiconEntry<Place['kind']>[]) {
      const key = `lexicon:${entry.id}`;
      const place: Place = { id: entry.id, kind: entry.kind, within: entry.within, names: { ar: entry.ar ?? [], en: entry.en }, evidence: [{ start: 0, end: 1, text: '-' }] };
      this.entities.set(key, { key, id: entry.id, kind: 'place', fact: place });
      this.#addNames(key, 'place', place.names, false, true);
      for (const name of entry.also ?? []) this.#addNamesake(name, key);
      if (entry.namesakes) for (const name of [...entry.en, ...(entry.ar ?? [])]) for (const id of entry.namesakes) this.#addNamesake(name, `lexicon:${id}`);
    }
    for (const entry of ORGANISATION_LEXICON as readonly LexiconEntry<Organisation['kind']>[]) {
      const key = `lexicon:${entry.id}`;
      const organisation = { id: entry.id, kind: entry.kind, country: entry.country, names: { ar: entry.ar ?? [], en: entry.en }, evidence: [] };
      this.entities.set(key, { key, id: entry.id, kind: 'organisation', fact: organisation });
      this.#addNames(key, 'organisation', organisation.names, false, true);
    }
    for (const factBase of factBases) this.#add(factBase);
    const personTokens = new Set<string>();
    for (const form of this.nameForms) if (form.kind === 'person') for (const key of form.keys) personTokens.add(key);
    const addWords = (text: string) => {
      for (const key of nameKeys(text)) if (!personTokens.has(key)) this.knownWords.add(key);
    };
    for (const factBase of factBases) {
      for (const section of [factBase.people, factBase.organisations, factBase.posts, factBase.places, factBase.events, factBase.quantities, factBase.quotes, factBase.affiliations, factBase.groups]) {
        for (const fact of section as { evidence: Evidence[] }[]) for (const evidence of fact.evidence) addWords(evidence.text);
      }
    }
    for (const form of this.nameForms) if (form.kind !== 'person') for (const key of form.keys) if (!personTokens.has(key)) this.knownWords.add(key);
  }

  #addNamesake(name: string, key: string): void {
    const folded = nameKeys(name).join(' ');
    const list = this.#namesakes.get(folded) ?? [];
    if (!list.includes(key)) list.push(key);
    this.#namesakes.set(folded, list);
  }

  /**
   * The gazetteer places (or the units that hold them) that also bear a name written with these
   * folded keys without being listed under it: the US state for "Georgia", Scotland for "Perth".
   */
  namesakesOf(keys: readonly string[]): readonly string[] {
    return this.#namesakes.get(keys.join(' ')) ?? [];
  }

  #qualify(factBase: FactBaseData, id: string): string {
    return `${factBase.id}:${id}`;
  }

  #add(factBase: FactBaseData): void {
    const put = <T extends { id: string }>(fact: T, kind: Entity['kind']): Entity<T> => {
      const entity: Entity<T> = { key: this.#qualify(factBase, fact.id), id: fact.id, kind, fact, factBase };
      this.entities.set(entity.key, entity);
      return entity;
    };
    for (const person of factBase.people) {
      const entity = put<Person>(person, 'person');
      this.#addNames(entity.key, 'person', person.names, false, false);
      if (person.short) this.#addNames(entity.key, 'person', { ar: person.short.ar ?? [], en: person.short.en ?? [] }, true, false);
    }
    for (const organisation of factBase.organisations) {
      const entity = put<Organisation>(organisation, 'organisation');
      this.#addNames(entity.key, 'organisation', organisation.names, false, false);
    }
    for (const group of factBase.groups) {
      const entity = put<Group>(group, 'group');
      this.#addNames(entity.key, 'group', group.names, false, false);
    }
    for (const place of factBase.places) {
      const entity = put<Place>(place, 'place');
      this.#addNames(entity.key, 'place', place.names, false, false);
    }
    for (const post of factBase.posts) {
      const entity = put<Post>(post, 'post');
      this.posts.push(entity);
      if (post.organisation) {
        const organisation = this.#qualify(factBase, post.organisation);
        const list = this.postsByOrganisation.get(organisation) ?? [];
        list.push(entity);
        this.postsByOrganisation.set(organisation, list);
      }
      for (const word of new Set([...post.title.ar, ...post.title.en].flatMap((title) => nameKeys(title)))) {
        const list = this.postsByTitleWord.get(word) ?? [];
        list.push(entity);
        this.postsByTitleWord.set(word, list);
      }
      const holder = this.#qualify(factBase, post.holder);
      const list = this.postsByHolder.get(holder) ?? [];
      list.push(entity);
      this.postsByHolder.set(holder, list);
    }
    for (const event of factBase.events) {
      const entity = put<Event>(event, 'event');
      this.events.push(entity);
      for (const trigger of [...(event.triggers?.ar ?? []), ...(event.triggers?.en ?? [])]) {
        const key = nameKeys(trigger).join(' ');
        const list = this.triggers.get(key) ?? [];
        list.push(entity);
        this.triggers.set(key, list);
      }
    }
    for (const quantity of factBase.quantities) {
      const entity = put<Quantity>(quantity, 'quantity');
      // A number the drawing was unsure of appears in fact cards, but it contradicts no draft until
      // an editor has reviewed it and removed the mark.
      if (quantity.review?.unsure) continue;
      this.quantities.push(entity);
      if (quantity.unit === 'count') {
        for (const noun of quantity.noun?.ar ?? []) {
          const key = nameKeys(noun).join(' ');
          for (const dual of [key + 'ان', key + 'ين', key.replace(/ه$/, 'ت') + 'ان', key.replace(/ه$/, 'ت') + 'ين']) {
            const list = this.quantityDuals.get(dual) ?? [];
            if (!list.includes(entity)) list.push(entity);
            this.quantityDuals.set(dual, list);
          }
        }
      }
      for (const noun of [...(quantity.noun?.ar ?? []), ...(quantity.noun?.en ?? [])]) {
        const key = nameKeys(noun).join(' ');
        const list = this.quantityNouns.get(key) ?? [];
        list.push(entity);
        this.quantityNouns.set(key, list);
      }
    }
    for (const quote of factBase.quotes) {
      const entity = put<Quote>(quote, 'quote');
      this.quotes.push({ ...entity, keys: nameKeys(quote.text) });
    }
    for (const affiliation of factBase.affiliations) {
      const entity = put<Affiliation>(affiliation, 'affiliation');
      this.affiliations.push(entity);
      const member = this.#qualify(factBase, affiliation.member);
      const list = this.affiliationsByMember.get(member) ?? [];
      list.push(entity);
      this.affiliationsByMember.set(member, list);
    }
  }

  #addNames(entity: string, kind: NamedKind, names: { ar: string[]; en: string[] }, short: boolean, lexicon: boolean): void {
    for (const lang of ['ar', 'en'] as const) {
      names[lang].forEach((form, i) => {
        const keys = nameKeys(form);
        if (keys.length === 0) return;
        const index = this.nameForms.length;
        this.nameForms.push({ entity, kind, lang, form, keys, canonical: i === 0, short, lexicon });
        this.#startKinds.set(keys[0]!, (this.#startKinds.get(keys[0]!) ?? 0) | (keys.length === 1 ? ONE_TOKEN : LONGER));
        if (keys.length === 1) addRef(this.#byOnlyKey, keys[0]!, index);
        else {
          let bySecond = this.#byFirstTwo.get(keys[0]!);
          if (!bySecond) this.#byFirstTwo.set(keys[0]!, (bySecond = new Map<string, number | number[]>()));
          addRef(bySecond, keys[1]!, index);
        }
        if (kind === 'person' && short && keys.length === 1 && keys[0]!.length >= 5) {
          const variants = new Set<string>([keys[0]!]);
          deletions(keys[0]!, 1, variants);
          for (const variant of variants) addRef(this.#shortFuzzy, variant, index);
        }
      });
    }
  }

  /** Whether any name form starts with the token key `key`. */
  hasFormsStartingWith(key: string): boolean {
    return this.#startKinds.has(key);
  }

  /** Whether any name form of two tokens or more starts with the token key `key`. */
  hasLongFormsStartingWith(key: string): boolean {
    return ((this.#startKinds.get(key) ?? 0) & LONGER) !== 0;
  }

  /**
   * Which name forms start with the token key `key`, in one look-up: {@link ONE_TOKEN} when a
   * form is that one word, {@link LONGER} when a longer form starts with it, 0 for most words.
   */
  startKind(key: string): number {
    return this.#startKinds.get(key) ?? 0;
  }

  /**
   * {@link startKind} of a stem, remembered on the stem for this index: a draft's words are mostly
   * words seen before, and every word of every draft is asked.
   */
  stemStartKind(stem: Stem): number {
    if (stem.kindOf !== this.#serial) {
      stem.kind = this.#startKinds.get(stem.stem) ?? 0;
      stem.kindOf = this.#serial;
    }
    return stem.kind;
  }

  /** This index's number among the indexes made (from 1), for what stems remember of it. */
  readonly #serial = ++indexesMade;

  /** This index's number among the indexes made (from 1), under which a stem remembers what other modules read of it for this index. */
  get serial(): number {
    return this.#serial;
  }

  /** The first token keys of the name forms, with {@link ONE_TOKEN} and {@link LONGER} set by the forms found. */
  readonly #startKinds = new Map<string, number>();

  /** One-token name forms whose key is `key`. */
  formsOf(key: string): readonly NameForm[] {
    if (!this.#byOnlyKey.has(key)) return NO_FORMS;
    const cached = this.#formsOfCache.get(key);
    if (cached) return cached;
    // The forms are listed once per key: every word of every draft asks, and the index no longer
    // changes once built. The list is not frozen: a frozen array has another hidden class, and the
    // code that reads these lists would then be compiled for two.
    const forms = mapList(refs(this.#byOnlyKey, key), (index) => this.nameForms[index]!);
    this.#formsOfCache.set(key, forms);
    return forms;
  }

  readonly #formsOfCache = new Map<string, readonly NameForm[]>();

  /** Name forms of two tokens or more whose first two token keys are `first` and `second`. */
  formsStartingWith(first: string, second: string): readonly NameForm[] {
    const bySecond = this.#byFirstTwo.get(first);
    if (!bySecond?.has(second)) return NO_FORMS;
    const cacheKey = `${first} ${second}`;
    const cached = this.#startingWithCache.get(cacheKey);
    if (cached) return cached;
    const forms = mapList(refs(bySecond, second), (index) => this.nameForms[index]!);
    this.#startingWithCache.set(cacheKey, forms);
    return forms;
  }

  readonly #startingWithCache = new Map<string, readonly NameForm[]>();

  /**
   * One-token short forms of people (family names) one edit from `key` (two for long names),
   * found through the deletion index of the short forms.
   */
  similarShortForms(key: string): { form: NameForm; distance: number }[] {
    const cached = this.#shortCache.get(key);
    if (cached) return cached;
    const result = this.#similarShort(key);
    if (this.#shortCache.size > 100_000) this.#shortCache.clear();
    this.#shortCache.set(key, result);
    return result;
  }

  readonly #shortCache = new Map<string, { form: NameForm; distance: number }[]>();

  #similarShort(key: string): { form: NameForm; distance: number }[] {
    // One edit for names of six letters, two for longer ones (الخزاعي for الخزعلي).
    const maxDistance = key.length >= 7 ? 2 : 1;
    const queries = new Set<string>([key]);
    deletions(key, maxDistance, queries);
    const out: { form: NameForm; distance: number }[] = [];
    const seen = new Set<number>();
    for (const query of queries) {
      for (const index of refs(this.#shortFuzzy, query)) {
        if (seen.has(index)) continue;
        seen.add(index);
        const form = this.nameForms[index]!;
        const distance = editDistance(key, form.keys[0]!, maxDistance);
        if (distance >= 1 && distance <= maxDistance && distance * 3 <= Math.max(key.length, form.keys[0]!.length)) out.push({ form, distance });
      }
    }
    return out;
  }

  /** Deletion index over one-token short forms of people: key → form indexes. */
  readonly #shortFuzzy = new Map<string, number | number[]>();

  /**
   * Full person-name forms of two to four tokens whose first (`first`) or last (`last`) token is
   * `key`; built once from the name forms, looked up by hash.
   */
  personNamesWith(part: 'first' | 'last', key: string): readonly NameForm[] {
    if (!this.#byPart) {
      const first = new Map<string, NameForm[]>();
      const last = new Map<string, NameForm[]>();
      for (const form of this.nameForms) {
        if (form.kind !== 'person' || form.short || form.lexicon || form.keys.length < 2 || form.keys.length > 4) continue;
        for (const [map, token] of [[first, form.keys[0]!], [last, form.keys[form.keys.length - 1]!]] as const) {
          const list = map.get(token);
          if (list) list.push(form);
          else map.set(token, [form]);
        }
      }
      this.#byPart = { first, last };
    }
    return this.#byPart[part].get(key) ?? NO_FORMS;
  }

  #byPart: { first: Map<string, NameForm[]>; last: Map<string, NameForm[]> } | undefined;

  /** Full person-name forms (two tokens or more) whose first two token keys are `first` and `second`. */
  personFormsStartingWith(first: string, second: string): readonly NameForm[] {
    return this.formsStartingWith(first, second).filter((form) => form.kind === 'person' && !form.short);
  }

  /**
   * Short person-name forms of two tokens (a given name with the family name: Zayad al-Abadi for
   * Zayad Abdel Karim al-Abadi) whose token keys are `first` and `second`.
   */
  shortPersonFormsStartingWith(first: string, second: string): readonly NameForm[] {
    return this.formsStartingWith(first, second).filter((form) => form.kind === 'person' && form.short && form.keys.length === 2);
  }

  /** The folded names of a named entity (its keys for matching). */
  foldedNamesOf(key: string): ReadonlySet<string> {
    return this.#foldedNames(key);
  }

  /** Posts at an organisation or at one that shares a name with it (a lexicon twin). */
  postsAt(organisation: string): Entity<Post>[] {
    if (!this.#postsByOrgName) {
      this.#postsByOrgName = new Map();
      for (const [key, posts] of this.postsByOrganisation) {
        for (const name of this.#foldedNames(key)) {
          const list = this.#postsByOrgName.get(name) ?? [];
          list.push(...posts.filter((post) => !list.includes(post)));
          this.#postsByOrgName.set(name, list);
        }
      }
    }
    const out = new Set<Entity<Post>>(this.postsByOrganisation.get(organisation) ?? []);
    for (const name of this.#foldedNames(organisation)) for (const post of this.#postsByOrgName.get(name) ?? []) out.add(post);
    return [...out];
  }

  #postsByOrgName: Map<string, Entity<Post>[]> | undefined;

  /** Whether two named entities are the same thing: same key or a shared folded name. */
  same(a: string, b: string): boolean {
    if (a === b) return true;
    const other = this.#foldedNames(b);
    for (const name of this.#foldedNames(a)) if (other.has(name)) return true;
    return false;
  }

  readonly #namesCache = new Map<string, Set<string>>();

  /**
   * The folded names of an entity, computed once and returned as they are (not copied, and with
   * nothing added to the set: a property added on every call made a closure per call and gave the
   * sets two shapes).
   */
  #foldedNames(key: string): ReadonlySet<string> {
    let names = this.#namesCache.get(key);
    if (!names) {
      const fact = this.entities.get(key)?.fact as { names?: { ar: string[]; en: string[] } } | undefined;
      names = new Set(fact?.names ? [...fact.names.ar, ...fact.names.en].map((name) => nameKeys(name).join(' ')) : []);
      this.#namesCache.set(key, names);
    }
    return names;
  }

  /**
   * The distinct first tokens of full person names (two tokens or more, fifteen at most, of three
   * letters or more) that share `key` or a one-letter deletion of it with one of their own one-letter
   * deletions, and are at most two edits from it: every first token one edit away and most two
   * away. Looked up in a deletion index over distinct tokens (a few thousand even with 100,000
   * people), never by walking the names.
   */
  similarFirstTokens(key: string): readonly { token: string; distance: number }[] {
    const cached = this.#similarFirst.get(key);
    if (cached) return cached;
    const index = this.#nameTokenIndexes().firstByDeletion;
    const queries = new Set<string>([key]);
    deletions(key, 1, queries);
    const seen = new Set<string>();
    const out: { token: string; distance: number }[] = [];
    for (const query of queries) {
      for (const token of index.get(query) ?? []) {
        if (seen.has(token)) continue;
        seen.add(token);
        const distance = editDistance(key, token, 2);
        if (distance <= 2) out.push({ token, distance });
      }
    }
    if (this.#similarFirst.size > 100_000) this.#similarFirst.clear();
    this.#similarFirst.set(key, out);
    return out;
  }

  readonly #similarFirst = new Map<string, { token: string; distance: number }[]>();

  /**
   * Every distinct token of a full person name (any position) at most two edits from `key`,
   * with its distance; complete (a symmetric deletion index of depth two over distinct tokens).
   */
  personTokensWithin2(key: string): readonly { token: string; distance: number }[] {
    const cached = this.#within2.get(key);
    if (cached) return cached;
    const index = this.#nameTokenIndexes().anyByDeletion;
    const seen = new Set<string>();
    const out: { token: string; distance: number }[] = [];
    for (const query of deletionsUpTo2(key)) {
      for (const token of index.get(query) ?? []) {
        if (seen.has(token)) continue;
        seen.add(token);
        const distance = editDistance(key, token, 2);
        if (distance <= 2) out.push({ token, distance });
      }
    }
    if (this.#within2.size > 100_000) this.#within2.clear();
    this.#within2.set(key, out);
    return out;
  }

  readonly #within2 = new Map<string, { token: string; distance: number }[]>();

  /** Distinct person-name tokens that are the same once doubled Latin letters are written once. */
  personTokensUndoubled(undoubled: string): readonly string[] {
    return this.#nameTokenIndexes().byUndoubled.get(undoubled) ?? [];
  }

  #tokenIndexes: { firstByDeletion: Map<string, string[]>; anyByDeletion: Map<string, string[]>; byUndoubled: Map<string, string[]> } | undefined;

  /** The deletion indexes over distinct person-name tokens, built on first use. */
  #nameTokenIndexes(): { firstByDeletion: Map<string, string[]>; anyByDeletion: Map<string, string[]>; byUndoubled: Map<string, string[]> } {
    if (this.#tokenIndexes) return this.#tokenIndexes;
    const first = new Set<string>();
    const any = new Set<string>();
    for (const form of this.nameForms) {
      if (form.kind !== 'person' || form.short || form.keys.length < 2) continue;
      if (form.keys.length <= 15 && form.keys[0]!.length >= 3) first.add(form.keys[0]!);
      for (const key of form.keys) any.add(key);
    }
    const push = (map: Map<string, string[]>, key: string, token: string) => {
      const list = map.get(key);
      if (list) list.push(token);
      else map.set(key, [token]);
    };
    const firstByDeletion = new Map<string, string[]>();
    for (const token of first) {
      const variants = new Set<string>([token]);
      deletions(token, 1, variants);
      for (const variant of variants) push(firstByDeletion, variant, token);
    }
    const anyByDeletion = new Map<string, string[]>();
    const byUndoubled = new Map<string, string[]>();
    for (const token of any) {
      for (const variant of deletionsUpTo2(token)) push(anyByDeletion, variant, token);
      push(byUndoubled, token.replace(/([a-z])\1+/g, '$1'), token);
    }
    this.#tokenIndexes = { firstByDeletion, anyByDeletion, byUndoubled };
    return this.#tokenIndexes;
  }

  /** The entity behind a qualified key. */
  entity<T = unknown>(key: string): Entity<T> | undefined {
    return this.entities.get(key) as Entity<T> | undefined;
  }

  /** Resolves an id referenced from inside `from`'s fact base. */
  resolve<T = unknown>(from: Entity, id: string | undefined): Entity<T> | undefined {
    if (id === undefined) return undefined;
    // A fact base may point at a reference place it does not list itself (`within: "belgium"`).
    if (from.factBase) return this.entity<T>(this.#qualify(from.factBase, id)) ?? this.entity<T>(`lexicon:${id}`);
    return this.entity<T>(`lexicon:${id}`);
  }

  /** The canonical name of a named entity in a language. */
  canonicalName(key: string, lang: 'ar' | 'en'): string {
    const entity = this.entities.get(key);
    const fact = entity?.fact as { names?: { ar: string[]; en: string[] } } | undefined;
    return nameIn(fact?.names, lang) || (entity?.id ?? key);
  }

  /** The canonical names of an entity in both languages, for messages. */
  names(key: string): { ar: string; en: string } {
    return { ar: this.canonicalName(key, 'ar'), en: this.canonicalName(key, 'en') };
  }

  /**
   * A person's canonical names and grammatical gender, for messages that agree with them. An
   * entity without a gender (an organisation that issued a statement) is treated as masculine.
   */
  personNames(key: string): { ar: string; en: string; gender: 'm' | 'f' } {
    const gender = (this.entities.get(key)?.fact as { gender?: 'm' | 'f' } | undefined)?.gender;
    return { ...this.names(key), gender: gender === 'f' ? 'f' : 'm' };
  }

  /** The evidence of an entity as references into its article. */
  evidenceOf(key: string): EvidenceRef[] {
    const entity = this.entities.get(key);
    if (!entity?.factBase) return [];
    const factBase = entity.factBase;
    return ((entity.fact as { evidence: Evidence[] }).evidence ?? []).map((evidence) => ({
      factBaseId: factBase.id,
      sourceFile: factBase.source.file,
      start: evidence.start,
      end: evidence.end,
      text: evidence.text,
    }));
  }

  /**
   * Whether place `inner` is `outer` or lies inside it (through `within`). A fact-base place with a
   * gazetteer twin (the same id and a shared name: London) lies inside what its twin lies in too
   * (England), which the fact base may skip (London within the UK).
   */
  placeWithin(inner: string, outer: string, twins = true): boolean {
    const outerNames = this.#foldedNames(outer);
    let current: string | undefined = inner;
    for (let depth = 0; current && depth < 16; depth++) {
      if (current === outer || this.#sharesName(current, outerNames)) return true;
      const entity: Entity | undefined = this.entities.get(current);
      if (!entity) return false;
      const twin = twins && entity.factBase ? this.entities.get(`lexicon:${entity.id}`) : undefined;
      if (twin && twin.kind === 'place' && this.same(twin.key, current) && this.placeWithin(twin.key, outer, false)) return true;
      current = this.resolve(entity, (entity.fact as Place).within)?.key ?? (entity.factBase ? this.entity(`lexicon:${(entity.fact as Place).within}`)?.key : undefined);
    }
    return false;
  }

  /**
   * {@link placeWithin} with twins, remembered per pair: the places a sentence names are asked
   * about again for every trigger of every event at the same place.
   */
  placeWithinCached(inner: string, outer: string): boolean {
    let byInner = this.#withinCache.get(outer);
    if (!byInner) this.#withinCache.set(outer, (byInner = new Map<string, boolean>()));
    let within = byInner.get(inner);
    if (within === undefined) {
      within = this.placeWithin(inner, outer);
      if (byInner.size > 100_000) byInner.clear();
      byInner.set(inner, within);
    }
    return within;
  }

  readonly #withinCache = new Map<string, Map<string, boolean>>();

  /**
   * The places of the index with the folded name `name` (one of {@link foldedNamesOf}). Listed
   * once per index from the name forms, which hold every place name folded when the index was
   * built; a name that folds to nothing has no form, so it is looked for place by place.
   */
  placesNamed(name: string): readonly string[] {
    if (name === '') return [...this.entities.values()].filter((entity) => entity.kind === 'place' && this.#foldedNames(entity.key).has('')).map((entity) => entity.key);
    if (!this.#placesByName) {
      const byName = new Map<string, string[]>();
      for (const form of this.nameForms) {
        if (form.kind !== 'place') continue;
        const folded = form.keys.join(' ');
        const list = byName.get(folded);
        if (!list) byName.set(folded, [form.entity]);
        else if (!list.includes(form.entity)) list.push(form.entity);
      }
      this.#placesByName = byName;
    }
    // A form is a name the entity had when it was added; the entity's own names now decide.
    return (this.#placesByName.get(name) ?? NO_KEYS).filter((key) => this.entities.get(key)?.kind === 'place' && this.#foldedNames(key).has(name));
  }

  #placesByName: Map<string, string[]> | undefined;

  /** Whether a place has one of the folded names `names`, to equate a fact-base place with its gazetteer twin. */
  #sharesName(key: string, names: ReadonlySet<string>): boolean {
    for (const alias of this.#foldedNames(key)) if (names.has(alias)) return true;
    return false;
  }
}

/**
 * Whether the names of the person `key` in language `lang` were spelt by rule when the fact base
 * was drawn (`transliterated`): they are then a guess at how writers spell the name, which a
 * draft's other spelling does not contradict for sure.
 */
export function namesSpeltByRule(knowledge: KnowledgeIndex, key: string, lang: 'ar' | 'en'): boolean {
  const side = (knowledge.entity(key)?.fact as { transliterated?: boolean | 'ar' | 'en' } | undefined)?.transliterated;
  return lang === 'ar' ? side === 'ar' : side === true || side === 'en';
}

/**
 * Whether the names of the person `key` in language `lang` are still drawing's guess: spelt by rule
 * and not yet reviewed (the fact is still marked unsure). An editor who kept the mark
 * `transliterated` but checked the person (no `review.unsure` left) vouches for the spellings.
 */
export function namesGuessed(knowledge: KnowledgeIndex, key: string, lang: 'ar' | 'en'): boolean {
  const fact = knowledge.entity(key)?.fact as { review?: { unsure?: boolean } } | undefined;
  return !!fact?.review?.unsure && namesSpeltByRule(knowledge, key, lang);
}
