/**
 * `npm test` passes wherever the checkout lives (issue 11): under a folder only its owner may enter,
 * as `mktemp -d` makes, the permission tests that run the CLI as the user nobody used to fail with
 * "Unexpected end of JSON input", because nobody could not reach dist/cli.js. They now run a copy
 * the user can reach (tests/robustness/helpers.ts). This runs them in such a checkout.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copyCheckout, describeRun, npm, run, tempDir } from './helpers';

void describe('a checkout under a folder only its owner may enter', () => {
  void test('the permission tests of tests/robustness/cliFiles.test.ts pass there', () => {
    const clone = copyCheckout(join(tempDir(), 'clone'), { linkNodeModules: true });
    assert.equal(statSync(dirname(clone)).mode & 0o777, 0o700, 'the checkout lives under a mode-700 folder');
    const built = run(npm, ['run', '-s', 'build'], { cwd: clone });
    assert.equal(built.status, 0, describeRun('npm run build', built));
    const suite = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-name-pattern=unreadable files|read-only folder', 'tests/robustness/cliFiles.test.ts'], { cwd: clone });
    assert.equal(suite.status, 0, describeRun('the permission tests', suite));
    assert.match(suite.stdout, /ℹ fail 0\b/);
    // Both ran, unless this machine's user nobody cannot run Node at all, wherever the checkout is.
    if (!/ℹ pass 2\b/.test(suite.stdout)) {
      assert.match(suite.stdout, /ℹ skipped 2\b/, suite.stdout);
      assert.match(suite.stdout, /the user nobody cannot run Node \(/, suite.stdout);
    }
  });
});
