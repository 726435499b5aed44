/**
 * Scores `isnad check --format sarif` on the project's own labelled corpora, written independently
 * of the shared sample (`tests/fixtures/heldout`, `tests/fixtures/blind`), with the shared scorer.
 * They guard against regressions on wordings the sample does not have; the floors sit a little
 * under the current figures (see docs/accuracy.md), not at the product targets. Without the shared
 * scorer they are skipped, except in CI (`CI=true`), where they fail. Both sets are frozen
 * (tests/frozen.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cliPath, repoRoot, runCli, tempDir } from './helpers';
import { assertShared, sharedOptions } from '../shared';

const scorer = resolve(repoRoot, '../shared/eval/score.mjs');

const corpora = [
  { name: 'heldout', minPrecision: 0.95, minRecall: 0.78 },
  { name: 'blind', minPrecision: 0.95, minRecall: 0.75 },
];

for (const corpus of corpora) {
  const dir = join(repoRoot, 'tests', 'fixtures', corpus.name);
  test(`own corpus "${corpus.name}": precision ≥ ${corpus.minPrecision}, recall ≥ ${corpus.minRecall}`, sharedOptions([scorer]), () => {
    assertShared([scorer]);
    assert.ok(existsSync(cliPath), 'dist/cli.js is built');
    const temp = tempDir();
    try {
      const sarifPath = join(temp.dir, `${corpus.name}.sarif`);
      const run = runCli(['check', '--no-config', '--format', 'sarif', '--output-file', sarifPath, join(dir, 'drafts')], { cwd: repoRoot });
      assert.ok(run.status === 0 || run.status === 1, `isnad check failed (${run.status}): ${run.stderr}`);
      JSON.parse(readFileSync(sarifPath, 'utf8'));
      const scored = spawnSync(process.execPath, [scorer, '--sarif', sarifPath, '--corpus', dir, '--json'], { encoding: 'utf8' });
      assert.equal(scored.status, 0, scored.stderr);
      const report = JSON.parse(scored.stdout) as { precision: number; recall: number; missed: string[]; falsePositives: string[] };
      const detail = `precision ${report.precision.toFixed(3)}, recall ${report.recall.toFixed(3)}\nmissed:\n  ${report.missed.join('\n  ')}\nfalse positives:\n  ${report.falsePositives.join('\n  ')}`;
      assert.ok(report.precision >= corpus.minPrecision, detail);
      assert.ok(report.recall >= corpus.minRecall, detail);
    } finally {
      temp.cleanup();
    }
  });
}
