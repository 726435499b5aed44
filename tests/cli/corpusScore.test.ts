/**
 * Scores `isnad check --format sarif` on the labelled evaluation corpus with the shared scorer
 * (`../shared/eval/score.mjs`): precision must be at least 0.95 and recall at least 0.90. The corpus
 * lives beside the repository (`../shared/corpus`); without it the test is skipped, except in CI
 * (`CI=true`), where it fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../../engine/src/index';
import { cliPath, repoRoot, runCli, tempDir } from './helpers';
import { sarifErrors } from './sarifSchema';

const corpus = resolve(repoRoot, '../shared/corpus');
const scorer = resolve(repoRoot, '../shared/eval/score.mjs');
const missing = !existsSync(join(corpus, 'drafts')) || !existsSync(scorer);

// In CI a missing corpus is a failure, never a skip (the test below asserts it is there).
const options = missing && process.env.CI !== 'true'
  ? { skip: `the evaluation corpus is not here (${corpus} or ${scorer} is missing)` }
  : rules.length === 0
    ? { todo: 'the engine registers no rules yet' }
    : {};

test('corpus score: precision ≥ 0.95 and recall ≥ 0.90', options, () => {
  assert.ok(!missing, `the evaluation corpus must be present in CI: ${corpus} or ${scorer} is missing`);
  assert.ok(existsSync(cliPath), 'dist/cli.js is built');
  const { dir, cleanup } = tempDir();
  try {
    const sarifPath = join(dir, 'corpus.sarif');
    const run = runCli(['check', '--format', 'sarif', '--output-file', sarifPath, join(corpus, 'drafts')], { cwd: repoRoot });
    assert.ok(run.status === 0 || run.status === 1, `isnad check failed (${run.status}): ${run.stderr}`);
    const log = JSON.parse(readFileSync(sarifPath, 'utf8'));
    assert.deepEqual(sarifErrors(log), []);
    const scored = spawnSync(process.execPath, [scorer, '--sarif', sarifPath, '--corpus', corpus, '--json'], { encoding: 'utf8' });
    assert.equal(scored.status, 0, scored.stderr);
    const report = JSON.parse(scored.stdout) as { precision: number; recall: number; f1: number; fixAccuracy: number; missed: string[]; falsePositives: string[] };
    const summary = `precision ${report.precision.toFixed(3)}, recall ${report.recall.toFixed(3)}, f1 ${report.f1.toFixed(3)}, fix accuracy ${report.fixAccuracy.toFixed(3)}`;
    const detail = `${summary}\nmissed:\n  ${report.missed.join('\n  ')}\nfalse positives:\n  ${report.falsePositives.join('\n  ')}`;
    assert.ok(report.precision >= 0.95, `precision below 0.95: ${detail}`);
    assert.ok(report.recall >= 0.9, `recall below 0.90: ${detail}`);
  } finally {
    cleanup();
  }
});
