#!/usr/bin/env node
// Runs the end-to-end suite inside a real VS Code on a machine without desktop VS Code:
// code-server (VS Code's server + web workbench) + headless Debian Chromium. The extension is the
// .vsix that `npm run package` builds, installed with `code-server --install-extension` as users
// install it (E2E_EXTENSION_PATH loads a folder as a development extension instead), and the mocha suite (tests/e2e/suite) runs in code-server's extension host,
// the way VS Code's own browser integration tests do it (URL payload + window.codeAutomationExit).
// Then the UI check (ui.mjs) drives the workbench like a person. Prints `N passed, N failed` last
// and exits non-zero on any failure, crash or time-out.
//
//   node tests/e2e/run-code-server.mjs [--suite-only | --ui-only]
// Env: E2E_TIMEOUT_MS (whole suite, default 900000), ISNAD_E2E_GREP (filter tests), VERBOSE=1,
//      E2E_VSIX (install this .vsix instead of building one), E2E_EXTENSION_PATH (development mode),
//      E2E_KEEP=1 (keep the scratch folder), E2E_NODE / E2E_CODE_SERVER / E2E_TOOLS / E2E_CHROMIUM.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTools, e2eDir, launchChromium, log, makeScratch, prepareExtension, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';
import { runUiCheck } from './ui.mjs';

const suiteOnly = process.argv.includes('--suite-only');
const uiOnly = process.argv.includes('--ui-only');
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 900_000);

const summary = { passed: 0, failed: 0 };
let server;
let browser;
let scratch;

async function cleanup() {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
  if (scratch && !process.env.E2E_KEEP) fs.rmSync(scratch.tmp, { recursive: true, force: true });
  else if (scratch) log('kept', scratch.tmp);
}

async function finish(extraFailure) {
  if (extraFailure) {
    console.log(`FAIL ${extraFailure}`);
    summary.failed++;
  }
  if (summary.failed && server) {
    const out = server.output().split('\n').filter((l) => l.trim()).slice(-60).join('\n');
    console.log(`--- code-server log (last lines) ---\n${out}\n---`);
  }
  await cleanup();
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  process.exit(summary.failed || (summary.passed === 0) ? 1 : 0);
}

/** Runs the mocha suite in the extension host; adds its counts to `summary`. */
async function runSuite() {
  const resultsFile = path.join(scratch.tmp, 'results.json');
  const progressFile = path.join(scratch.tmp, 'progress.txt');
  fs.writeFileSync(progressFile, '');
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (process.env.VERBOSE) page.on('console', (m) => console.log('[page]', m.text().replace(/%c/g, '')));
  page.on('pageerror', (e) => process.env.VERBOSE && console.log('[pageerror]', e.message));

  // Echo each finished test as the extension host reports it.
  let shown = 0;
  const tail = () => {
    const text = fs.readFileSync(progressFile, 'utf8');
    const lines = text.slice(shown).split('\n');
    const complete = lines.slice(0, -1);
    for (const line of complete) if (!/^\d+ passed, \d+ failed$/.test(line)) console.log(`  ${line}`);
    shown += complete.reduce((n, l) => n + l.length + 1, 0);
  };
  const tailer = setInterval(tail, 250);

  const exitCode = await new Promise((resolve) => void (async () => {
    const timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS);
    await page.exposeFunction('codeAutomationLog', () => {});
    await page.exposeFunction('codeAutomationExit', (code) => { clearTimeout(timer); resolve(code); });
    server.process.on('exit', (code) => { clearTimeout(timer); resolve(`code-server exited (${code})`); });
    // An extension host that dies (crash, OOM, kill) never calls codeAutomationExit: notice it.
    const watcher = setInterval(() => {
      const died = /Extension Host Process exited with code: (\S+), signal: (\S+)\./.exec(server.output());
      if (!died) return;
      clearInterval(watcher);
      setTimeout(() => { clearTimeout(timer); resolve(`the extension host exited (code ${died[1]}, signal ${died[2]}) before the suite finished`); }, 5000).unref();
    }, 500);
    watcher.unref();
    const url = workbenchUrl(server, scratch.ws, { testsPath: path.join(e2eDir, 'out', 'suite', 'index.js') });
    await page.goto(url).catch((e) => resolve(`workbench did not load: ${e.message}`));
    log('workbench loaded; the suite runs in the extension host');
  })().catch((e) => resolve(`the workbench could not be driven: ${e.message}`)));
  clearInterval(tailer);
  tail();
  log('extension host finished:', exitCode);
  let results;
  try { results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch {}
  if (results) {
    summary.passed += results.passed.length;
    summary.failed += results.failed.length;
    if (results.failed.length) {
      console.log('\nFailures:');
      results.failed.forEach((f, i) => console.log(`${i + 1}) ${f.title}\n${f.err.replace(/^/gm, '   ')}\n`));
    }
    log(`suite: ${results.passed.length} passed, ${results.failed.length} failed, ${results.pending.length} skipped in ${(results.durationMs / 1000).toFixed(1)} s`);
  }
  if (exitCode === 'timeout') {
    summary.failed++;
    console.log(`FAIL the suite did not finish within ${TIMEOUT_MS / 1000} s (E2E_TIMEOUT_MS)`);
  } else if (typeof exitCode === 'string') {
    summary.failed++;
    console.log(`FAIL ${exitCode}`);
  } else if (!results) {
    summary.failed++;
    console.log(`FAIL the extension host exited with code ${exitCode} without results (crash, or the suite failed to load)`);
  } else if (exitCode !== 0 && results.failed.length === 0) {
    summary.failed++;
    console.log(`FAIL the extension host exited with code ${exitCode}`);
  }
  await page.close().catch(() => {});
}

process.on('SIGINT', () => finish('interrupted'));
process.on('SIGTERM', () => finish('terminated'));

try {
  if (!checkTools()) await finish('e2e tools missing');
  if (!uiOnly) {
    const { build } = await import('./build.mjs');
    await build();
  }
  scratch = makeScratch('isnad-e2e-');
  // The .vsix that `npm run package` builds, installed with `code-server --install-extension`.
  const extensionEnv = prepareExtension(scratch.tmp);
  server = await startCodeServer({
    tmp: scratch.tmp,
    env: {
      ...extensionEnv,
      ISNAD_E2E_RESULTS: path.join(scratch.tmp, 'results.json'),
      ISNAD_E2E_PROGRESS: path.join(scratch.tmp, 'progress.txt'),
    },
  });
  log('code-server up at', server.url);
  browser = await launchChromium();
  if (!uiOnly) await runSuite();
  if (!suiteOnly) {
    const ui = await runUiCheck({ server, browser });
    summary.passed += ui.passed;
    summary.failed += ui.failed;
  }
  await finish();
} catch (error) {
  await finish(`runner error: ${error?.stack ?? error}`);
}
