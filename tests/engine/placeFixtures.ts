/**
 * The invented place stories of tests/engine/fixtures/places/ (an editor fact base and the article
 * its `source.file` names): a checker over one story's fact base, made once and shared by the
 * place tests, with the story's article text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';

const dir = join(import.meta.dirname, 'fixtures', 'places');
const checkers = new Map<string, Checker>();

/** The article of the place story `name`, as its fact base's `source.file` names it. */
export function placeArticle(name: string): string {
  const file = join(dir, `${name}.factbase.json`);
  const source = (JSON.parse(readFileSync(file, 'utf8')) as { source: { file: string } }).source.file;
  return readFileSync(join(dirname(file), source), 'utf8');
}

/** The checker over the place story `name`'s fact base (which must parse without problems), made once. */
export function placeChecker(name: string): Checker {
  let found = checkers.get(name);
  if (!found) {
    const file = join(dir, `${name}.factbase.json`);
    const parsed = parseFactBase(readFileSync(file, 'utf8'), file, placeArticle(name));
    assert.deepEqual(parsed.problems, []);
    found = createChecker([parsed.factBase!], { scope: 'all' });
    checkers.set(name, found);
  }
  return found;
}
