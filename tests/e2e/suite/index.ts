/**
 * Entry point that VS Code's extension host loads as `extensionTestsPath` (both runners: the
 * code-server one and @vscode/test-electron). Runs the mocha suite in-process, with the real
 * `vscode` API, and reports through files the runner reads:
 *   ISNAD_E2E_RESULTS   JSON {passed, failed, pending} written at the end
 *   ISNAD_E2E_PROGRESS  one line per test as it ends (so a crash or time-out still shows progress)
 *   ISNAD_E2E_GREP      only tests whose full title matches this regular expression
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// mocha is bundled (see ../build.mjs); its CJS entry avoids loading ESM in the extension host.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha = require('mocha/lib/mocha.cjs') as typeof import('mocha');

interface Results {
  passed: string[];
  failed: { title: string; err: string }[];
  pending: string[];
  durationMs: number;
}

export function run(): Promise<void> {
  const resultsFile = process.env.ISNAD_E2E_RESULTS || path.join(os.tmpdir(), 'isnad-e2e-results.json');
  const progressFile = process.env.ISNAD_E2E_PROGRESS;
  const progress = (line: string) => {
    console.log(`[e2e] ${line}`);
    if (progressFile) fs.appendFileSync(progressFile, line + '\n');
  };
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: Number(process.env.ISNAD_E2E_TEST_TIMEOUT_MS || 60_000),
    // Runner-level reporting is ours (below); mocha's own reporter would only print to the host log.
    reporter: class Silent {} as never,
  });
  if (process.env.ISNAD_E2E_GREP) mocha.grep(new RegExp(process.env.ISNAD_E2E_GREP));
  // Registers the test files against mocha's tdd interface (suite/test/suiteSetup as globals).
  mocha.suite.emit('pre-require', globalThis, 'isnad-e2e', mocha);
  // Loaded after pre-require so that `suite` and `test` exist; order is the run order. (An import
  // would be hoisted above pre-require.)
  /* eslint-disable @typescript-eslint/no-require-imports -- the suites must load after pre-require. */
  require('./extension.test');
  require('./workspace.test');
  require('./diagnostics.test');
  require('./hover.test');
  require('./fixes.test');
  require('./commands.test');
  require('./config.test');
  require('./typing.test');
  require('./draw.test');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const results: Results = { passed: [], failed: [], pending: [], durationMs: 0 };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const runner = mocha.run(() => {
      results.durationMs = Date.now() - started;
      fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
      progress(`${results.passed.length} passed, ${results.failed.length} failed`);
      if (results.failed.length > 0) reject(new Error(`${results.failed.length} tests failed`));
      else resolve();
    });
    let testStart = Date.now();
    runner.on('test', () => (testStart = Date.now()));
    runner.on('pass', (t) => {
      results.passed.push(t.fullTitle());
      progress(`ok   ${t.fullTitle()} (${Date.now() - testStart} ms)`);
    });
    runner.on('fail', (t, err: unknown) => {
      const e = err as Error | undefined;
      const text = String((e && (e.stack || e.message)) || err);
      results.failed.push({ title: t.fullTitle(), err: text });
      progress(`FAIL ${t.fullTitle()}\n${text.split('\n').slice(0, 3).join('\n').replace(/^/gm, '       ')}`);
    });
    runner.on('pending', (t) => {
      results.pending.push(t.fullTitle());
      progress(`skip ${t.fullTitle()}`);
    });
  });
}
