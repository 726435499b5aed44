/**
 * The reference lexicons of `knowledge/lexicon/`: the gazetteer of world places (`places.json`) and
 * the lexicon of well-known organisations (`organisations.json`), imported once for the whole
 * engine with their types, and the sets of their ids. Checking reads them through the knowledge
 * index and story detection, validation through the gazetteer's ids, drawing through the ids of
 * both; each used to import the files and build its own set.
 */
import gazetteer from '../../knowledge/lexicon/places.json';
import organisationLexicon from '../../knowledge/lexicon/organisations.json';

/** An entry of a reference lexicon: its id, kind and names (`ar` may be missing). */
export interface ReferenceEntry {
  id: string;
  kind: string;
  within?: string;
  /** Arabic forms; a small town the Arabic press does not write about has none. */
  ar?: string[];
  en: string[];
  /** Bare names this place also bears that name a better-known place (Georgia for the US state). */
  also?: string[];
  /** Gazetteer ids of places where another place of the same name lies (Perth: Scotland). */
  namesakes?: string[];
  /** An organisation's country. */
  country?: string;
}

/** The gazetteer's places, in the file's order. */
export const GAZETTEER = gazetteer as readonly ReferenceEntry[];

/** The organisation lexicon's bodies, in the file's order. */
export const ORGANISATION_LEXICON = organisationLexicon as readonly ReferenceEntry[];

let gazetteerIdSet: ReadonlySet<string> | undefined;
let lexiconIdSet: ReadonlySet<string> | undefined;

/** The ids of the gazetteer's places: a fact base may point at one of them where it expects a place. Built on first use. */
export function gazetteerIds(): ReadonlySet<string> {
  return (gazetteerIdSet ??= new Set(GAZETTEER.map((entry) => entry.id)));
}

/** The ids of both reference lexicons, places and organisations. Built on first use. */
export function lexiconIds(): ReadonlySet<string> {
  return (lexiconIdSet ??= new Set([...gazetteerIds(), ...ORGANISATION_LEXICON.map((entry) => entry.id)]));
}
