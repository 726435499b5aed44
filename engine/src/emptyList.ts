/**
 * Lists with the hidden class of non-empty lists of objects (or strings). V8 gives an array the
 * elements kind of what it has held: a literal [] that never held an object, a mapped empty list
 * and a frozen list each have another hidden class than a list of objects, and code optimised
 * while it read only one of them is thrown away (and compiled again) when it meets the other.
 * So does a list made by `Array.prototype.map` in optimised code, which V8 makes holey where the
 * same call run by the interpreter makes it packed: a function that maps a list and hands the
 * result to `filter`, `indexOf`, `sort` or a loop is compiled for packed lists, then thrown away
 * the first time its own compiled `map` runs. {@link mapList} maps into a packed list.
 */

/** An empty list with the elements kind of a list of objects (strings have the same). */
export function emptyListOfObjects<T extends object | string>(): T[] {
  const list: object[] = [{}];
  list.pop();
  return list as T[];
}

/**
 * `list.map(fn)` as a packed list of objects or strings, whether the code calling it runs
 * interpreted or optimised (see above).
 */
export function mapList<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out = emptyListOfObjects<object>() as U[];
  for (let i = 0; i < list.length; i++) out.push(fn(list[i]!, i));
  return out;
}
