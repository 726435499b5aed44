/**
 * Helpers of the install tests: isnad as users get it (the .vsix, the npm tarball, the git URL,
 * the GitHub Action, a Windows checkout). Each test works on its own copy of the checkout in a
 * temporary folder, so that building, packing and packaging there never touch the working tree's
 * dist/ while other suites use it.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The repository's root. */
export const repoRoot = resolve(__dirname, '..', '..');

/** What {@link run} returns. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** npm settings a nested npm may inherit from `npm test`: where the cache and registry are. */
const KEPT_NPM = /^npm_config_(cache|registry|userconfig|globalconfig|(https?_)?proxy|noproxy|strict_ssl|cafile)$/i;

/**
 * The environment of a command: this process's, without what `npm test` exports about this
 * project (`npm_package_*`, `npm_config_local_prefix`, …), which would make a nested npm act on
 * the checkout instead of the temporary project it runs in.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(name) && !KEPT_NPM.test(name)) continue;
    // A nested `node --test` must report as a top-level run, not to this test runner.
    if (name === 'INIT_CWD' || name === 'NODE_TEST_CONTEXT') continue;
    env[name] = value;
  }
  Object.assign(env, { NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }, extra);
  delete env.FORCE_COLOR;
  return env;
}

/** Runs a command and waits for it; never throws on a non-zero exit (the caller asserts). */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions & { env?: NodeJS.ProcessEnv } = {}): Run {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    env: cleanEnv(options.env),
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A description of a run for assertion messages. */
export function describeRun(what: string, result: Run): string {
  return `${what} exited ${result.status}\n--- stdout ---\n${result.stdout.slice(-4000)}\n--- stderr ---\n${result.stderr.slice(-4000)}`;
}

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = 'isnad-install-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Folders never copied: installed, built or generated things. */
const SKIPPED = new Set(['node_modules', 'dist', 'out', '.git', '.tools', '.vscode-test']);

/**
 * The files of the checkout: what git tracks plus untracked files it does not ignore (so that
 * work not yet committed is tested too), or, without git, every file outside the skipped folders.
 */
export function checkoutFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' });
  if (listed.status === 0 && listed.stdout.length > 0) {
    return [...new Set(listed.stdout.split('\0').filter((file) => file !== '' && existsSync(join(repoRoot, file))))];
  }
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && !/^(bench\/out|tests\/e2e\/out)$/.test(relative(repoRoot, path))) walk(path);
      } else if (entry.isFile() && !/\.(vsix|tgz|log)$/.test(entry.name)) files.push(relative(repoRoot, path));
    }
  };
  walk(repoRoot);
  return files;
}

/**
 * Copies the checkout's files into `target` (made if needed). With `linkNodeModules`, the copy
 * shares the checkout's node_modules through a symbolic link, so that builds need no install.
 */
export function copyCheckout(target: string, options: { linkNodeModules?: boolean } = {}): string {
  for (const file of checkoutFiles()) {
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    if (lstatSync(join(repoRoot, file)).isSymbolicLink()) continue;
    copyFileSync(join(repoRoot, file), to);
    chmodSync(to, lstatSync(join(repoRoot, file)).mode & 0o777);
  }
  if (options.linkNodeModules) symlinkSync(join(repoRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}

/**
 * Makes a git repository of a copy of the checkout, with one commit, and returns its folder.
 * `prepare` may change the copy before the commit (e.g. remove `.gitattributes`).
 */
export function gitRepoOfCheckout(target: string, prepare?: (dir: string) => void): string {
  copyCheckout(target);
  prepare?.(target);
  const git = (...args: string[]): void => {
    const result = run('git', ['-c', 'user.name=isnad tests', '-c', 'user.email=tests@isnad.invalid', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { cwd: target });
    if (result.status !== 0) throw new Error(describeRun(`git ${args.join(' ')}`, result));
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'a copy of the checkout for the install tests');
  return target;
}

/** The npm command (from PATH, as a user runs it). */
export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The names of the entries of a zip archive (a .vsix), read from its central directory. */
export function zipEntries(path: string): string[] {
  const bytes = readFileSync(path);
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path} is not a zip archive`);
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${i}`);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    names.push(bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The text of one entry of a zip archive (stored or deflated). */
export function zipText(path: string, name: string): string {
  const bytes = readFileSync(path);
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localOffset = bytes.readUInt32LE(offset + 42);
    if (bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8') === name) {
      const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
      const data = bytes.subarray(dataStart, dataStart + compressedSize);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${path} has no entry ${name}`);
}
