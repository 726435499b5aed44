/**
 * `name-spelling`: a name whose words are, each in its place, words of the person's listed
 * spellings of the same length ("Abdelatif Wahbi" for a person listed as Abdelatif Ouahbi and
 * Abdellatif Wahbi) mixes accepted spellings and is no misspelling.
 */
import { nameKeys, type Entity } from '../../knowledge';
import type { Person } from '../../factBase/schema';

/** Whether the folded words `keys` take each word from a listed spelling of their length, in its place. */
export function mixesListedSpellings(person: Entity<Person>, keys: readonly string[]): boolean {
  if (keys.length < 2) return false;
  const forms = [...(person.fact.names.en ?? []), ...(person.fact.names.ar ?? [])].map((form) => nameKeys(form)).filter((words) => words.length === keys.length);
  if (forms.length < 2) return false;
  return keys.every((key, i) => forms.some((words) => words[i] === key || (i === 0 && /^[وبل]/.test(key) && words[i] === key.slice(1))));
}
