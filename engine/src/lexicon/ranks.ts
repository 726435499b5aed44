/**
 * Ranks of the uniformed services (police, fire and rescue, armed forces) as English news writing
 * gives them before a name or in apposition: "Chief Superintendent Owen Pugh", "X, a chief
 * constable", "Deputy Chief Fire Officer". A rank names one grade of a ladder, so a rank given to
 * a person whose post the article names by another rank is a wrong post ("Chief Constable" for a
 * chief superintendent), whatever family of posts the two fall in. Only words that are ranks and
 * little else are listed: not "chief", "general" or "major", which name other things too. Each
 * rank says the family of posts it is read as when the person's post names no rank. Entries are
 * folded on load.
 */
import { wordKey } from '../tokenKey';
import type { RoleFamily } from './words';

/** A rank: its words and the family of posts it names. */
export interface Rank {
  words: string[];
  family: RoleFamily;
}

const RAW_RANKS: readonly Rank[] = [
  // Police (British, Irish, Australian and Canadian forces).
  { words: ['commissioner'], family: 'commissioner' },
  { words: ['deputy', 'commissioner'], family: 'deputy' },
  { words: ['assistant', 'commissioner'], family: 'deputy' },
  { words: ['chief', 'constable'], family: 'leads' },
  { words: ['deputy', 'chief', 'constable'], family: 'deputy' },
  { words: ['assistant', 'chief', 'constable'], family: 'deputy' },
  { words: ['chief', 'superintendent'], family: 'member' },
  { words: ['detective', 'chief', 'superintendent'], family: 'member' },
  { words: ['superintendent'], family: 'member' },
  { words: ['detective', 'superintendent'], family: 'member' },
  { words: ['chief', 'inspector'], family: 'member' },
  { words: ['detective', 'chief', 'inspector'], family: 'member' },
  { words: ['inspector'], family: 'member' },
  { words: ['detective', 'inspector'], family: 'member' },
  { words: ['sergeant'], family: 'member' },
  { words: ['detective', 'sergeant'], family: 'member' },
  { words: ['constable'], family: 'member' },
  { words: ['detective', 'constable'], family: 'member' },
  // Fire and rescue services.
  { words: ['chief', 'fire', 'officer'], family: 'leads' },
  { words: ['deputy', 'chief', 'fire', 'officer'], family: 'deputy' },
  { words: ['assistant', 'chief', 'fire', 'officer'], family: 'deputy' },
  { words: ['area', 'manager'], family: 'member' },
  { words: ['group', 'manager'], family: 'member' },
  { words: ['station', 'manager'], family: 'member' },
  { words: ['watch', 'manager'], family: 'member' },
  // Armed forces.
  { words: ['field', 'marshal'], family: 'member' },
  { words: ['lieutenant', 'general'], family: 'member' },
  { words: ['major', 'general'], family: 'member' },
  { words: ['brigadier'], family: 'member' },
  { words: ['brigadier', 'general'], family: 'member' },
  { words: ['colonel'], family: 'member' },
  { words: ['lieutenant', 'colonel'], family: 'member' },
  { words: ['admiral'], family: 'member' },
  { words: ['vice', 'admiral'], family: 'member' },
  { words: ['rear', 'admiral'], family: 'member' },
  { words: ['air', 'marshal'], family: 'member' },
  { words: ['air', 'vice', 'marshal'], family: 'member' },
];

/** The ranks with their words folded the way the analyser folds the draft. */
export const RANKS: readonly Rank[] = RAW_RANKS.map((rank) => ({ ...rank, words: rank.words.map((word) => wordKey(word)) }));
