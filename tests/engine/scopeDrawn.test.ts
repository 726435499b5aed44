/**
 * Story detection with drawn fact bases: an Arabic article's drawn fact base spells its people in
 * English by rule (Mansef al-Rayahi), and writers spell them otherwise (Moncef Riahi). English
 * drafts of the Arabic dev and shared stories (tests/fixtures/scope-pieces-drawn, written for
 * these tests) must still be tied to their story when they name one of its people in another
 * spelling with the story's figures; drafts of other stories (tests/fixtures/other-stories) must
 * stay untied with the same drawn fact bases loaded.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';
import { bundled, repoRoot } from './helpers';

/** The Arabic stories whose articles are drawn, by the story id their pieces' folder names. */
const ARTICLES: [id: string, article: string][] = [
  ['tunisia-bac-2026', 'tests/fixtures/dev-stories/ar-education/article.ar.txt'],
  ['al-haouz-earthquake', 'tests/fixtures/stories/ar-disaster/article.ar.txt'],
  ['ras-el-hekma', 'tests/fixtures/stories/ar-economy/article.ar.txt'],
];

function drawn(id: string, file: string): FactBaseData {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  const { factBase } = drawFactBase(text, { id, file });
  const parsed = parseFactBase(JSON.stringify(factBase), file, text);
  assert.deepEqual(parsed.problems, [], file);
  return parsed.factBase!;
}

const drafts = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

describe('detection with drawn fact bases', () => {
  const checker = createChecker([bundled().factBase, ...ARTICLES.map(([id, file]) => drawn(id, file))]);
  const pieces = join(repoRoot, 'tests/fixtures/scope-pieces-drawn');

  test('English drafts naming a person in another spelling, with the story\'s figures, are tied to the drawn story', () => {
    for (const id of readdirSync(pieces).filter((name) => !name.includes('.'))) {
      for (const draft of drafts(join(pieces, id))) {
        const story = checker.storyOf(draft.text, { format: 'markdown' });
        assert.deepEqual(story.factBases, [id], `${id}/${draft.name}: ${JSON.stringify(story.scores)}`);
      }
    }
  });

  test('drafts of other stories stay untied', () => {
    for (const draft of drafts(join(repoRoot, 'tests/fixtures/other-stories'))) {
      const story = checker.storyOf(draft.text, { format: 'markdown' });
      assert.deepEqual(story.factBases, [], `${draft.name}: ${JSON.stringify(story.scores)}`);
    }
  });
});
