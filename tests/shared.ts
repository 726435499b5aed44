/**
 * The shared material beside the repository (`../shared`: the labelled corpus, the stories and the
 * scorer) that the accuracy tests need.
 *
 * On a developer's machine without it, those tests are skipped and say why. In CI (`CI=true`) they
 * run and fail instead: CI must never pass while measuring nothing.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository's root. */
const repoRoot = resolve(import.meta.dirname, '..');

/** `../shared`, beside the repository. */
export const sharedDir = resolve(repoRoot, '../shared');

/** Whether this run is CI's (where missing shared material is a failure, not a skip). */
export const inCi = process.env.CI === 'true';

/** The paths of `needed` that do not exist. */
function missingOf(needed: readonly string[]): string[] {
  return needed.filter((path) => !existsSync(path));
}

/**
 * The options of a test that needs the shared files `needed`: a skip with the reason when one is
 * missing, except in CI. Call {@link assertShared} first thing in the test, so that in CI the test
 * fails and names what is missing.
 */
export function sharedOptions(needed: readonly string[]): { skip?: string } {
  const missing = missingOf(needed);
  if (missing.length === 0 || inCi) return {};
  return { skip: `not here: ${missing.join(', ')} (in CI, with CI=true, this fails instead)` };
}

/** Fails when a shared file the test needs is missing. */
export function assertShared(needed: readonly string[]): void {
  assert.deepEqual(missingOf(needed), [], 'the shared material this test needs is missing (../shared beside the repository)');
}
