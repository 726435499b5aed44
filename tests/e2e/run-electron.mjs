#!/usr/bin/env node
// Runs the end-to-end suite in desktop VS Code with @vscode/test-electron (a developer's laptop:
// it downloads VS Code into .vscode-test/, or uses VSCODE_EXECUTABLE_PATH). Same suite, same
// fixture workspace as the code-server runner. Prints `N passed, N failed` last and exits non-zero
// on any failure, crash or time-out. On Linux without a display: xvfb-run -a npm run test:e2e:electron
//
// Env: VSCODE_EXECUTABLE_PATH (a VS Code binary to use), VSCODE_VERSION (default: stable),
//      E2E_TIMEOUT_MS (default 900000), ISNAD_E2E_GREP, E2E_KEEP=1, E2E_EXTENSION_PATH.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { e2eDir, extensionPath, log, makeScratch, userSettings } from './lib/codeServer.mjs';
import { build } from './build.mjs';

const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 900_000);

if (!fs.existsSync(path.join(extensionPath, 'dist', 'client.js'))) {
  console.log('e2e: the extension is not built (npm run build)\n0 passed, 1 failed');
  process.exit(1);
}
await build();
const scratch = makeScratch('isnad-e2e-');
const resultsFile = path.join(scratch.tmp, 'results.json');
fs.mkdirSync(path.join(scratch.tmp, 'ud', 'User'), { recursive: true });
fs.writeFileSync(path.join(scratch.tmp, 'ud', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));

let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  console.log(`FAIL the suite did not finish within ${TIMEOUT_MS / 1000} s (E2E_TIMEOUT_MS); closing VS Code`);
  // test-electron closes VS Code on the first SIGINT and kills its process tree on the second.
  process.emit('SIGINT');
  setTimeout(() => process.emit('SIGINT'), 5000).unref();
}, TIMEOUT_MS);

let crash = '';
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: path.join(e2eDir, 'out', 'suite', 'index.js'),
    // Desktop VS Code loads the working tree as a development extension: this runner cannot be
    // exercised on the project's machines, so it was left as it was; code-server tests the .vsix.
    extensionTestsEnv: {
      ISNAD_E2E_RESULTS: resultsFile,
      ISNAD_E2E_PROGRESS: path.join(scratch.tmp, 'progress.txt'),
      ISNAD_E2E_EXTENSION_MODE: 'development',
      ISNAD_E2E_EXTENSION_PATH: extensionPath,
    },
    launchArgs: [
      scratch.ws,
      `--user-data-dir=${path.join(scratch.tmp, 'ud')}`,
      `--extensions-dir=${path.join(scratch.tmp, 'ext')}`,
      '--disable-extensions', // other installed extensions; the one under development still loads
      '--disable-extension=vscode.markdown-language-features',
      '--disable-extension=vscode.git',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
      '--disable-telemetry',
    ],
  });
} catch (error) {
  crash = String(error?.message ?? error);
}
clearTimeout(timer);

let passed = 0;
let failed = 0;
let results;
try { results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch {}
if (results) {
  passed = results.passed.length;
  failed = results.failed.length;
  if (failed) {
    console.log('\nFailures:');
    results.failed.forEach((f, i) => console.log(`${i + 1}) ${f.title}\n${f.err.replace(/^/gm, '   ')}\n`));
  }
  log(`suite: ${passed} passed, ${failed} failed, ${results.pending.length} skipped in ${(results.durationMs / 1000).toFixed(1)} s`);
}
if (timedOut) failed++;
else if (!results) {
  failed++;
  console.log(`FAIL VS Code ended without results (${crash || 'no results file'}): a crash, or the suite failed to load`);
} else if (crash && failed === 0) {
  failed++;
  console.log(`FAIL ${crash}`);
}
if (!process.env.E2E_KEEP) fs.rmSync(scratch.tmp, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
