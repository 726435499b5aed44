/**
 * Lists read by the engine's large hot functions keep one hidden class (`engine/src/emptyList.ts`):
 * a list mapped by `mapList` has the hidden class of a literal list of objects whether the function
 * making it runs in the interpreter or compiled by V8's optimising compiler, where
 * `Array.prototype.map` makes a holey list once compiled. Hidden classes are read through V8's
 * `%HaveSameMap`, allowed for this file only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { emptyListOfObjects, mapList } from '../../engine/src/emptyList';

setFlagsFromString('--allow-natives-syntax');
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- natives syntax is read only by a function made from text
const natives = new Function('list', 'other', 'f', 'arg', 'return { same: %HaveSameMap(list, other), prepare: () => %PrepareFunctionForOptimization(f), optimise: () => %OptimizeFunctionOnNextCall(f), call: () => f(arg) };') as (
  list: unknown,
  other: unknown,
  f?: (arg: unknown) => unknown,
  arg?: unknown,
) => { same: boolean; prepare: () => void; optimise: () => void; call: () => unknown };

const sameShape = (list: unknown, other: unknown) => natives(list, other).same;

/** The list `make` returns from the interpreter and, after V8 has compiled it, from compiled code. */
function interpretedAndCompiled<T>(make: (input: readonly number[]) => T, input: readonly number[]): [T, T] {
  const interpreted = make(input);
  const handle = natives(undefined, undefined, make as (arg: unknown) => unknown, input);
  handle.prepare();
  make(input);
  handle.optimise();
  return [interpreted, handle.call() as T];
}

test('a list mapped by mapList has the hidden class of a literal list of objects, interpreted or compiled', () => {
  const literal = [{ n: 1 }, { n: 2 }];
  const [interpreted, compiled] = interpretedAndCompiled((input) => mapList(input, (n) => ({ n })), [1, 2, 3]);
  assert.ok(sameShape(interpreted, literal));
  assert.ok(sameShape(compiled, literal));
  // Strings share the hidden class of objects in a list.
  assert.ok(sameShape(mapList([1, 2], (n) => String(n)), literal));
});

test('an empty mapped list and an empty list of objects have the hidden class of a full one', () => {
  const literal = [{ n: 1 }];
  assert.ok(sameShape(mapList([], (n: number) => ({ n })), literal));
  assert.ok(sameShape(emptyListOfObjects(), literal));
  assert.deepEqual(mapList([3, 4], (n, i) => n * 10 + i), [30, 41]);
});
