/**
 * The held-out and blind sets (`tests/fixtures/heldout`, `tests/fixtures/blind`) and the unseen
 * stories (`tests/fixtures/unseen-stories/<story>`, with the fact bases editors wrote from the docs)
 * are frozen: no fact base or code may be tuned on their drafts, so none may change, and this test
 * fails when any file in them is added, removed or edited. Each set's SHA-256 manifest lies beside
 * it (`tests/fixtures/<set>.sha256`, in `sha256sum` format, paths relative to `tests/fixtures`).
 *
 * New work gets new held-out drafts, written before the change they test, in a new folder with its
 * own manifest (see CONTRIBUTING.md).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const fixtures = resolve(import.meta.dirname, 'fixtures');

/** Every file under `dir`, relative to `fixtures` with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(fixtures, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The lines `sha256sum` would print for the files of a set. */
function manifestOf(set: string): string[] {
  return filesUnder(join(fixtures, set)).map((file) => `${createHash('sha256').update(readFileSync(join(fixtures, file))).digest('hex')}  ${file}`);
}

for (const set of ['heldout', 'blind', 'unseen-stories/ar-sport', 'unseen-stories/en-business', 'unseen-stories/ar-politics', 'unseen-stories/en-science', 'unseen-stories/ar-health', 'unseen-stories/en-transport', 'unseen-stories/ar-energy', 'unseen-stories/en-election', 'unseen-stories/ar-culture', 'unseen-stories/en-health', 'unseen-stories/ar-tourism', 'unseen-stories/en-sport', 'unseen-stories/ar-water', 'unseen-stories/en-wildfire', 'unseen-stories/ar-harvest', 'unseen-stories/en-strike', 'unseen-stories/ar-port', 'unseen-stories/en-housing', 'unseen-stories/ar-aviation', 'unseen-stories/en-breach', 'unseen-stories/ar-rescue', 'unseen-stories/en-hoard', 'unseen-stories/ar-telecom', 'unseen-stories/en-rhino', 'unseen-stories/ar-locust', 'unseen-stories/en-shipyard', 'unseen-stories/ar-heritage', 'unseen-stories/en-bridge', 'unseen-stories/ar-court', 'unseen-stories/en-launch', 'unseen-stories/ar-metro', 'unseen-stories/en-pharma', 'unseen-stories/ar-exams', 'unseen-stories/en-fishery', 'unseen-stories/ar-listing', 'unseen-stories/en-artefacts', 'unseen-stories/ar-mining', 'unseen-stories/en-quake', 'unseen-stories/ar-summit', 'unseen-stories/en-migrants', 'unseen-stories/ar-census', 'unseen-stories/en-avalanche', 'unseen-stories/ar-rates', 'unseen-stories/en-flood', 'unseen-stories/ar-budget', 'unseen-stories/en-ferry', 'unseen-stories/ar-sandstorm', 'unseen-stories/en-spill', 'unseen-stories/ar-batteries', 'unseen-stories/en-cocoa', 'unseen-stories/ar-wages', 'unseen-stories/en-volcano', 'unseen-stories/ar-refinery', 'unseen-stories/en-cyclone', 'unseen-stories/ar-train', 'unseen-stories/en-landslide', 'unseen-stories/ar-waste', 'unseen-stories/en-blackout', 'unseen-stories/ar-banking', 'unseen-stories/en-university', 'unseen-stories/ar-automotive', 'unseen-stories/en-windfarm', 'unseen-stories/ar-stadium', 'unseen-stories/en-westsydney', 'unseen-stories/ar-desalination', 'unseen-stories/en-tram', 'unseen-stories/ar-dam', 'unseen-stories/en-museum']) {
  test(`the ${set} set is frozen: its files are those of tests/fixtures/${set}.sha256`, () => {
    const expected = readFileSync(join(fixtures, `${set}.sha256`), 'utf8').split('\n').filter((line) => line.trim() !== '');
    const actual = manifestOf(set);
    assert.ok(expected.length > 0, 'the manifest lists files');
    assert.deepEqual(
      actual,
      expected,
      `tests/fixtures/${set} changed. It is frozen: write new held-out drafts in a new folder instead (CONTRIBUTING.md, "Held-out drafts").`,
    );
  });
}
