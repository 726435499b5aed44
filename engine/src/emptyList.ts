/**
 * Empty lists with the hidden class of non-empty lists of objects. V8 gives an array the elements
 * kind of what it has held: a literal [] that never held an object, a mapped empty list and a
 * frozen list each have another hidden class than a list of objects, and code optimised while it
 * read only one of them is thrown away (and compiled again) when it meets the other.
 */

/** An empty list with the elements kind of a list of objects. */
export function emptyListOfObjects<T extends object>(): T[] {
  const list: object[] = [{}];
  list.pop();
  return list as T[];
}
