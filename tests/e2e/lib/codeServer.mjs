// Starts code-server (VS Code's server + web workbench) on loopback with throwaway state, and
// headless Debian Chromium through playwright-core. Shared by run-code-server.mjs (the mocha
// suite) and ui.mjs (the workbench driven like a person).
//
// Tools come from .tools/e2e (scripts/e2e-setup.sh) unless E2E_NODE / E2E_CODE_SERVER / E2E_TOOLS say otherwise.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const root = path.resolve(e2eDir, '..', '..');
export const tools = process.env.E2E_TOOLS || path.join(root, '.tools', 'e2e');
export const nodeBin = process.env.E2E_NODE || path.join(tools, 'bin', 'node');
export const codeServerDir = process.env.E2E_CODE_SERVER || path.join(tools, 'cs', 'node_modules', 'code-server');
export const chromiumBin = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const fixtureWorkspace = path.join(e2eDir, 'fixtures', 'workspace');
/** The extension under test when it is loaded as a development extension: the working tree, or another copy (e.g. a deliberately broken build). */
export const extensionPath = path.resolve(process.env.E2E_EXTENSION_PATH || root);
/**
 * How the extension under test is loaded into code-server: `installed` (the default) installs the
 * .vsix that `npm run package` builds (or E2E_VSIX), as users install it; `development` loads
 * E2E_EXTENSION_PATH as a development extension, for a copy that cannot be packaged as it is
 * (make-silent-copy.mjs).
 */
export const extensionMode = process.env.E2E_EXTENSION_PATH ? 'development' : 'installed';

const t0 = Date.now();
export const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s]`, ...a);

/** Built-in extensions that only add noise or start-up time here. Markdown's basics stay. */
const SKIP_BUILTINS = [
  'vscode.git', 'vscode.git-base', 'vscode.github', 'vscode.github-authentication', 'vscode.emmet', 'vscode.npm',
  'vscode.typescript-language-features', 'vscode.merge-conflict', 'vscode.debug-auto-launch', 'vscode.markdown-math',
  'vscode.mermaid-markdown-features', 'vscode.markdown-language-features', 'vscode.microsoft-authentication',
  'vscode.extension-editing', 'vscode.configuration-editing', 'vscode.references-view', 'vscode.search-result',
  'vscode.simple-browser', 'vscode.tunnel-forwarding', 'vscode.ipynb', 'vscode.php-language-features',
  'vscode.css-language-features', 'vscode.html-language-features',
];

export function checkTools() {
  const missing = [];
  if (!fs.existsSync(nodeBin)) missing.push(`Node 24 (${nodeBin})`);
  if (!fs.existsSync(path.join(codeServerDir, 'out', 'node', 'entry.js'))) missing.push(`code-server (${codeServerDir})`);
  if (!fs.existsSync(chromiumBin)) missing.push(`Chromium (${chromiumBin}; Debian: apt-get install chromium, or .ci/apt-packages)`);
  if (extensionMode === 'development' && !fs.existsSync(path.join(extensionPath, 'dist', 'client.js'))) missing.push(`the built extension (${path.join(extensionPath, 'dist', 'client.js')}: npm run build)`);
  if (process.env.E2E_VSIX && !fs.existsSync(process.env.E2E_VSIX)) missing.push(`the .vsix (${process.env.E2E_VSIX})`);
  if (missing.length) {
    console.error(`e2e: missing ${missing.join(', ')}.\nRun: bash scripts/e2e-setup.sh (after .ci/apt-packages as root), then npm run build.`);
    return false;
  }
  return true;
}

export function loadPlaywright() {
  const req = createRequire(path.join(tools, 'cs', 'package.json'));
  try {
    return req('playwright-core');
  } catch {
    return createRequire(import.meta.url)('playwright-core');
  }
}

async function freePort() {
  if (process.env.E2E_PORT) return Number(process.env.E2E_PORT);
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A throwaway folder with a copy of the fixture workspace (tests edit it freely). */
export function makeScratch(prefix) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const ws = path.join(tmp, 'workspace');
  fs.cpSync(fixtureWorkspace, ws, { recursive: true });
  return { tmp, ws };
}

export const userSettings = {
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
};

/** code-server's state folders inside a scratch folder, the same for installing and running. */
function serverFolders(tmp) {
  return {
    args: ['--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', path.join(tmp, 'ext')],
    env: {
      XDG_CONFIG_HOME: path.join(tmp, 'xdg', 'config'),
      XDG_DATA_HOME: path.join(tmp, 'xdg', 'data'),
      XDG_CACHE_HOME: path.join(tmp, 'xdg', 'cache'),
    },
  };
}

/** The .vsix to install: E2E_VSIX, or a new one that `npm run package` builds into `tmp`. */
export function packageVsix(tmp) {
  if (process.env.E2E_VSIX) return path.resolve(process.env.E2E_VSIX);
  const vsix = path.join(tmp, 'isnad.vsix');
  log('npm run package (the .vsix users install)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '-s', 'package', '--', '--out', vsix], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 || !fs.existsSync(vsix)) throw new Error(`npm run package failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return vsix;
}

/**
 * Installs a .vsix into the scratch folder's extensions folder with `code-server --install-extension`,
 * as a user installs it. Returns the folder the extension was installed into.
 */
export function installVsix(tmp, vsix) {
  const folders = serverFolders(tmp);
  const result = spawnSync(nodeBin, [path.join(codeServerDir, 'out', 'node', 'entry.js'), ...folders.args, '--install-extension', vsix], {
    encoding: 'utf8',
    env: { ...process.env, ...folders.env, EXTENSIONS_GALLERY: '{}' },
    timeout: 180_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${output}`);
  const installed = fs.readdirSync(path.join(tmp, 'ext')).filter((name) => /^isnad\.isnad-/.test(name));
  if (installed.length !== 1) throw new Error(`expected one installed isnad extension in ${path.join(tmp, 'ext')}, found: ${installed.join(', ') || 'none'}`);
  log('installed', path.basename(vsix), 'into', path.join('ext', installed[0]));
  return path.join(tmp, 'ext', installed[0]);
}

/**
 * Makes the extension under test available to a code-server that will run in `tmp`: installs the
 * .vsix (the default), or nothing in development mode. Returns the environment the extension host
 * gets, so that the suite knows where the extension must come from.
 */
export function prepareExtension(tmp) {
  if (extensionMode === 'development') return { ISNAD_E2E_EXTENSION_MODE: 'development', ISNAD_E2E_EXTENSION_PATH: extensionPath };
  const installedAt = installVsix(tmp, packageVsix(tmp));
  // The workbench runs `extensionTestsPath` only in an extension-development window, so the URL
  // names an empty harness extension as the development path; isnad itself is the installed one.
  developmentPath = path.join(tmp, 'harness');
  fs.mkdirSync(developmentPath, { recursive: true });
  fs.writeFileSync(path.join(developmentPath, 'package.json'), JSON.stringify({ name: 'isnad-e2e-harness', publisher: 'isnad-tests', version: '0.0.0', engines: { vscode: '*' } }, null, 2));
  return { ISNAD_E2E_EXTENSION_MODE: 'installed', ISNAD_E2E_EXTENSION_PATH: installedAt };
}

/** The workbench's development extension: the extension under test, or the harness when isnad is installed. */
let developmentPath = extensionPath;

/**
 * Starts code-server. Returns { url, authority, stop, output }. `env` is added to the server's
 * environment, which the extension host inherits.
 */
export async function startCodeServer({ tmp, env = {} }) {
  const port = await freePort();
  fs.mkdirSync(path.join(tmp, 'ud', 'User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'config.yaml'), '');
  fs.writeFileSync(path.join(tmp, 'ud', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const args = [
    path.join(codeServerDir, 'out', 'node', 'entry.js'),
    '--config', path.join(tmp, 'config.yaml'),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    // Without it a shipped build ignores the `payload` that loads the extension under test and the tests.
    '--vscode-option', 'enable-smoke-test-driver',
    ...serverFolders(tmp).args,
  ];
  const srv = spawn(nodeBin, args, {
    detached: true, // own process group: stop() ends it and every process it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      ...serverFolders(tmp).env,
      VSCODE_SKIP_BUILTIN_EXTENSIONS: SKIP_BUILTINS.join(','),
      // No extension gallery: nothing is installed from it, and nothing is asked of the network.
      EXTENSIONS_GALLERY: '{}',
    },
  });
  let output = '';
  srv.stdout.on('data', (d) => (output += d));
  srv.stderr.on('data', (d) => (output += d));
  const stop = async () => {
    if (srv.exitCode !== null || srv.signalCode !== null) return;
    try { process.kill(-srv.pid, 'SIGTERM'); } catch {}
    const end = Date.now() + 3000;
    while (Date.now() < end && srv.exitCode === null && srv.signalCode === null) await new Promise((r) => setTimeout(r, 100));
    try { process.kill(-srv.pid, 'SIGKILL'); } catch {}
  };
  await new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const iv = setInterval(() => {
      if (/HTTP server listening/.test(output)) { clearInterval(iv); resolve(); }
      else if (srv.exitCode !== null) { clearInterval(iv); reject(new Error(`code-server exited ${srv.exitCode}:\n${output}`)); }
      else if (Date.now() > deadline) { clearInterval(iv); stop(); reject(new Error(`code-server did not start in 60 s:\n${output}`)); }
    }, 100);
  });
  const authority = `127.0.0.1:${port}`;
  return { url: `http://${authority}`, authority, stop, output: () => output, process: srv };
}

export async function launchChromium() {
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: chromiumBin,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * The workbench URL that opens `folder` in an extension-development window (the extension under
 * test is installed, or loaded from E2E_EXTENSION_PATH), optionally with the tests.
 */
export function workbenchUrl(server, folder, { testsPath } = {}) {
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${server.authority}${developmentPath}`],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  if (testsPath) payload.push(['extensionTestsPath', `vscode-remote://${server.authority}${testsPath}`]);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
