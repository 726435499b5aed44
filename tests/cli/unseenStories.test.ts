/**
 * The unseen stories (`tests/fixtures/unseen-stories/<story>`, a held-out set) carry a fact base an
 * editor wrote by hand from the article and the user docs (`editor.factbase.json`; how, and what the
 * docs left unsaid, is in each story's `EDITOR-NOTES.md`). This test holds each such fact base
 * valid, and prints its precision, recall and fix accuracy with the shared scorer: a measurement of
 * issue 10's "fact bases that editors wrote from the docs", not a ratchet. Nothing is tuned to these
 * drafts, so no floor is asserted on them; the figures are for the reader of the test output. The
 * scoring needs `../shared` (the scorer): without it that part is skipped, except in CI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertShared, sharedDir, sharedOptions } from '../shared';
import { cliPath, repoRoot, runCli, tempDir } from './helpers';

const scorer = join(sharedDir, 'eval/score.mjs');
const storiesDir = join(repoRoot, 'tests', 'fixtures', 'unseen-stories');

for (const story of ['ar-sport', 'en-business', 'ar-politics', 'en-science', 'ar-health', 'en-transport', 'ar-energy', 'en-election', 'ar-culture', 'en-health', 'ar-tourism', 'en-sport', 'ar-water', 'en-wildfire', 'ar-harvest', 'en-strike', 'ar-port', 'en-housing', 'ar-aviation', 'en-breach', 'ar-rescue', 'en-hoard', 'ar-telecom', 'en-rhino', 'ar-locust', 'en-shipyard', 'ar-heritage', 'en-bridge', 'ar-court', 'en-launch', 'ar-metro', 'en-pharma', 'ar-exams', 'en-fishery', 'ar-listing', 'en-artefacts', 'ar-mining', 'en-quake', 'ar-summit', 'en-migrants', 'ar-census', 'en-avalanche', 'ar-rates', 'en-flood', 'ar-budget', 'en-ferry', 'ar-sandstorm', 'en-spill', 'ar-batteries', 'en-cocoa', 'ar-wages', 'en-volcano', 'ar-refinery', 'en-cyclone', 'ar-train', 'en-landslide', 'ar-waste', 'en-blackout', 'ar-banking', 'en-university', 'ar-automotive', 'en-windfarm', 'ar-stadium', 'en-westsydney', 'ar-desalination', 'en-tram', 'ar-dam', 'en-museum']) {
  const folder = join(storiesDir, story);
  const factBase = join(folder, 'editor.factbase.json');

  test(`unseen story "${story}": the editor's fact base validates`, () => {
    assert.ok(existsSync(cliPath), 'dist/cli.js is built');
    const run = runCli(['kb', 'validate', factBase], { cwd: repoRoot });
    assert.equal(run.status, 0, `isnad kb validate ${factBase} failed:\n${run.stdout}${run.stderr}`);
  });

  test(`unseen story "${story}": the editor's fact base is measured (printed, no floor)`, sharedOptions([scorer]), () => {
    assertShared([scorer]);
    const temp = tempDir();
    try {
      const sarifPath = join(temp.dir, `${story}.sarif`);
      const run = runCli(['check', '--no-config', '--no-bundled-kb', '--kb', factBase, '--format', 'sarif', '--output-file', sarifPath, join(folder, 'drafts')], { cwd: repoRoot });
      assert.ok(run.status === 0 || run.status === 1, `isnad check failed (${run.status}): ${run.stderr}`);
      JSON.parse(readFileSync(sarifPath, 'utf8'));
      const scored = spawnSync(process.execPath, [scorer, '--sarif', sarifPath, '--corpus', folder, '--json'], { encoding: 'utf8' });
      assert.equal(scored.status, 0, scored.stderr);
      const report = JSON.parse(scored.stdout) as { precision: number; recall: number; fixAccuracy?: number; missed: string[]; falsePositives: string[] };
      const fix = typeof report.fixAccuracy === 'number' ? report.fixAccuracy.toFixed(2) : 'n/a';
      console.log(`unseen story ${story} (editor's fact base): precision ${report.precision.toFixed(2)}, recall ${report.recall.toFixed(2)}, fix accuracy ${fix}; ${report.missed.length} missed, ${report.falsePositives.length} false positives`);
    } finally {
      temp.cleanup();
    }
  });
}
