/**
 * The Neovim set-up of docs/editor.md, run in a real headless Neovim (Debian's, 0.7 or later):
 * the documented Lua snippet starts `isnad lsp --stdio` on a draft, and the draft gets isnad's
 * diagnostics, a hover and code actions (a quick fix and "fix all"). `isnad` is put on PATH the
 * way a user without a global install would: a small wrapper around the built dist/cli.js.
 *
 * The Lua driver (neovim.lua) polls for each answer and writes what it got to a file; nothing
 * waits a fixed time. Without Neovim the test is skipped on a developer's machine and fails in CI
 * (CI=true), where .ci/apt-packages installs it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');
const cli = join(repoRoot, 'dist', 'cli.js');

/** The Neovim on PATH, with its version, or why there is none. */
function findNeovim(): { version: string } | { missing: string } {
  const run = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return { missing: `nvim is not installed (${run.error?.message ?? `exit ${run.status}`})` };
  return { version: run.stdout.split('\n')[0]!.trim() };
}

/** The Lua block the docs mark as the Neovim 0.7 set-up. */
export function documentedSnippet(): string {
  const doc = readFileSync(join(repoRoot, 'docs', 'editor.md'), 'utf8');
  const marker = doc.indexOf('<!-- neovim-0.7:');
  assert.ok(marker >= 0, 'docs/editor.md marks the Neovim 0.7 snippet');
  const match = /```lua\n([\s\S]*?)```/.exec(doc.slice(marker));
  assert.ok(match, 'a Lua block follows the marker');
  return match[1]!;
}

const neovim = findNeovim();
const inCi = process.env.CI === 'true';
const skip = 'missing' in neovim && !inCi ? `${neovim.missing}; install it with apt-get install neovim` : false;

test('headless Neovim with the documented set-up gets diagnostics, hover and code actions', { skip }, () => {
  assert.ok(!('missing' in neovim), `CI needs Neovim for this test: ${'missing' in neovim ? neovim.missing : ''}`);
  assert.ok(existsSync(cli), 'dist/cli.js is built (npm run build)');
  const dir = mkdtempSync(join(tmpdir(), 'isnad-nvim-'));
  try {
    // `isnad` on PATH: a wrapper around this build's CLI.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'isnad'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
    chmodSync(join(bin, 'isnad'), 0o755);
    // A project with a draft that has planted errors, checked against the bundled fact base.
    const project = join(dir, 'project');
    mkdirSync(project);
    copyFileSync(join(repoRoot, 'examples', 'drafts', 'en-errors.md'), join(project, 'draft.md'));
    writeFileSync(join(dir, 'setup.lua'), documentedSnippet());
    copyFileSync(join(__dirname, 'neovim.lua'), join(dir, 'driver.lua'));
    const out = join(dir, 'result.json');
    // The snippet is the whole init file (-u), as in a user's init.lua; -i NONE: no ShaDa file.
    const run = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', join(dir, 'setup.lua'), '-c', `luafile ${join(dir, 'driver.lua')}`, 'draft.md'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ISNAD_NVIM_OUT: out, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_STATE_HOME: join(dir, 'state'), XDG_DATA_HOME: join(dir, 'data') },
      input: '',
      // A guard against a hung editor, not a measurement: the driver polls and quits by itself.
      timeout: 600_000,
    });
    assert.ok(existsSync(out), `Neovim wrote no result (exit ${run.status}, signal ${run.signal})\n${run.stdout}\n${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      error?: string;
      steps: string[];
      diagnostics?: { line: number; col: number; code: string; message: string }[];
      hover?: string[];
      actions?: { title: string; kind?: string }[];
    };
    assert.equal(result.error, undefined, `${result.error} (steps: ${result.steps.join(', ')})\n${run.stderr}`);
    // Diagnostics: the draft's planted errors, with isnad's rule ids and messages.
    const codes = new Set(result.diagnostics!.map((diagnostic) => diagnostic.code));
    for (const code of ['post-holder', 'quantity', 'name-spelling', 'event-date']) assert.ok(codes.has(code), `a ${code} diagnostic: ${JSON.stringify(result.diagnostics)}`);
    const misspelt = result.diagnostics!.find((diagnostic) => diagnostic.code === 'name-spelling')!;
    assert.equal(misspelt.line, 6);
    assert.match(misspelt.message, /Matthew Miller/);
    // Hover over the misspelt name shows the finding and what the article says.
    assert.ok(result.hover!.length > 0, 'a hover');
    assert.match(result.hover!.join('\n'), /Matthew Miller/);
    // Code actions: the quick fix for the name, and "fix all".
    const titles = result.actions!.map((action) => action.title);
    assert.ok(result.actions!.some((action) => action.kind === 'quickfix' && /Matthew Miller/.test(action.title)), `a quick fix: ${titles.join(' | ')}`);
    assert.ok(result.actions!.some((action) => action.kind === 'source.fixAll.isnad'), `fix all: ${titles.join(' | ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
