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
import { nameKeys, stems } from '../knowledge';
import { GIVEN_NAMES } from '../lexicon/words';
import { GENERIC_WORDS } from './words';
import gazetteer from '../../../knowledge/lexicon/places.json';
import organisationLexicon from '../../../knowledge/lexicon/organisations.json';

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
  if (second === undefined) return [first];
  return [first, ...new Set([second, ...oneDeletion(second)])].map((variant, i) => (i === 0 ? variant : `${first}\u0000${variant}`));
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
}

type Kind = 'person' | 'short' | 'organisation' | 'source' | 'group' | 'place' | 'anchor';

/** Organisation kinds that report a story rather than act in it: many stories name them. */
const SOURCE_KINDS = new Set(['media', 'news-agency']);

let lexiconNames: Set<string> | undefined;

/** Folded names of the reference gazetteer and organisation lexicon: names many stories share. */
function wellKnown(): Set<string> {
  if (!lexiconNames) {
    lexiconNames = new Set();
    for (const entry of [...gazetteer, ...organisationLexicon] as { ar?: string[]; en?: string[] }[]) {
      for (const name of [...(entry.ar ?? []), ...(entry.en ?? [])]) lexiconNames.add(nameKeys(name).join(' '));
    }
  }
  return lexiconNames;
}

/**
 * How much one form of a name tells a story apart. `known` is set when the entity shares a name
 * with the reference lexicons.
 */
export function formWeight(kind: Kind, keys: readonly string[], known: boolean): number {
  const lexicon = wellKnown();
  let distinctive = 0;
  let weak = 0;
  for (const key of keys) {
    if (GENERIC_WORDS.has(key) || key.length < 2 || /^\d+$/.test(key)) continue;
    if (lexicon.has(key) || GIVEN_NAMES.has(key) || GIVEN_NAMES.has(key.replace(/^ال/, ''))) weak++;
    else distinctive++;
  }
  if (distinctive === 0) return weak > 0 ? (kind === 'person' || kind === 'short' ? 1 : 0.5) : 0;
  if (known || lexicon.has(keys.join(' '))) return 0.5;
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

/** Builds the scope index of the loaded fact bases. */
export function buildScopeIndex(factBases: readonly FactBaseData[]): ScopeIndex {
  const index: ScopeIndex = { ids: factBases.map((factBase) => factBase.id), anchors: [], byFirstKey: new Map(), heads: new Set(), eventDays: new Map() };
  const lexicon = wellKnown();
  factBases.forEach((factBase, profile) => {
    const title = titleKeys(factBase);
    const add = (kind: Kind, key: string, names: { ar?: string[]; en?: string[] } | undefined, short?: { ar?: string[]; en?: string[] }) => {
      const all = [...(names?.ar ?? []), ...(names?.en ?? [])];
      if (all.length === 0) return;
      const known = all.some((name) => lexicon.has(nameKeys(name).join(' ')));
      const central = all.some((name) => inTitle(title, nameKeys(name)));
      const anchor = index.anchors.length;
      index.anchors.push({ profile, key, label: names?.en?.[0] ?? names?.ar?.[0] ?? all[0]! });
      const forms = [...all.map((name) => ({ name, kind })), ...[...(short?.ar ?? []), ...(short?.en ?? [])].map((name): { name: string; kind: Kind } => ({ name, kind: 'short' }))];
      const seen = new Set<string>();
      for (const form of forms) {
        const keys = nameKeys(form.name);
        const joined = keys.join(' ');
        if (keys.length === 0 || seen.has(joined)) continue;
        seen.add(joined);
        let weight = formWeight(form.kind, keys, known);
        const specific = weight >= SPECIFIC_WEIGHT;
        // A well-known place or organisation in the story's own headline is its setting (Rwanda
        // in a ruling on the Rwanda plan): it weighs more, but it is still not specific to it.
        if (weight > 0 && weight < CENTRAL_WEIGHT && central) weight = CENTRAL_WEIGHT;
        if (weight <= 0) continue;
        const entry = { anchor, keys, weight, specific, caps: keys.length === 1 && /^[A-Z]{2,5}$/.test(form.name.trim()) };
        if (keys.length > 1) index.heads.add(keys[0]!);
        for (const lookup of anchorKeys(keys)) {
          const list = index.byFirstKey.get(lookup) ?? [];
          list.push(entry);
          index.byFirstKey.set(lookup, list);
        }
      }
    };
    for (const person of factBase.people ?? []) add('person', `person:${person.id}`, person.names, person.short);
    for (const organisation of factBase.organisations ?? []) add(SOURCE_KINDS.has(organisation.kind) ? 'source' : 'organisation', `organisation:${organisation.id}`, organisation.names);
    for (const group of factBase.groups ?? []) add('group', `group:${group.id}`, group.names);
    for (const place of factBase.places ?? []) add('place', `place:${place.id}`, place.names);
    (scopeOf(factBase)?.anchors ?? []).forEach((word, i) => add('anchor', `anchor:${i}`, { ar: [word] }));
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
  });
  return index;
}
