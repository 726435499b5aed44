/**
 * Fact bases found beside the drafts (host/src/discover.ts), the way ESLint and cspell find their
 * configuration: with no `--kb` and no `factBases` in `.isnadrc.json`, `isnad check` loads every
 * `*.factbase.json` from each draft's folder up to the project's root (`.isnadrc.json`, `.git`,
 * `package.json`) or, outside a project, the working folder; each speaks about the drafts of its
 * folder and below. A named fact base turns the search off; with no fact base at all, `check`
 * still fails rather than pass having checked nothing.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempDir, writeFiles, writeMiniFactBase } from './helpers';

type JsonReport = { file: string; findings: { ruleId: string }[]; story: { factBases: string[]; by: string } };

/** A story folder: the tests' fact base beside its article, a wrong draft in story/drafts and one about another story elsewhere. */
function story(dir: string, root = ''): void {
  writeMiniFactBase(join(dir, root, 'story'));
  writeFiles(dir, {
    [join(root, 'story', 'drafts', 'wrong.md')]: 'Three Iraqi sources said the withdrawal would begin in September.\n',
    [join(root, 'other', 'drafts', 'wrong.md')]: 'Three Iraqi sources said the withdrawal would begin in September.\n',
  });
}

const reportsOf = (stdout: string) => JSON.parse(stdout) as JsonReport[];

void describe('check: fact bases found beside the drafts', () => {
  test('a fact base in the story folder ties the drafts below it by path, with no --kb; a sibling story\'s drafts are not tied', () => {
    const { dir, cleanup } = tempDir('isnad-discover-');
    try {
      story(dir);
      const run = runCli(['check', 'story/drafts', 'other/drafts', '--no-bundled-kb', '--format', 'json'], { cwd: dir });
      assert.equal(run.status, 1, run.stderr);
      const [other, own] = reportsOf(run.stdout).sort((a, b) => a.file.localeCompare(b.file));
      assert.deepEqual([own!.story.factBases, own!.story.by], [['mini'], 'path'], own!.file);
      assert.ok(own!.findings.some((finding) => finding.ruleId === 'quantity'), JSON.stringify(own!.findings));
      assert.deepEqual(other!.story.factBases, [], other!.file);
      assert.deepEqual(other!.findings, []);
      // From inside the story folder too (the working folder is where the search stops outside a project).
      const inside = runCli(['check', 'drafts', '--no-bundled-kb', '--format', 'json'], { cwd: join(dir, 'story') });
      assert.equal(inside.status, 1, inside.stderr);
      assert.deepEqual(reportsOf(inside.stdout)[0]!.story.factBases, ['mini']);
    } finally {
      cleanup();
    }
  });

  test('inside a project the search climbs to its root: a fact base at the root is found from a nested working folder', () => {
    const { dir, cleanup } = tempDir('isnad-discover-');
    try {
      story(dir, 'newsroom');
      writeFiles(dir, { 'newsroom/package.json': '{}\n' });
      const run = runCli(['check', '.', '--no-bundled-kb', '--format', 'json'], { cwd: join(dir, 'newsroom', 'story', 'drafts') });
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(reportsOf(run.stdout)[0]!.story.factBases, ['mini']);
    } finally {
      cleanup();
    }
  });

  test('near misses: --kb, a configuration that names its fact bases, and --no-config turn the search off', () => {
    const { dir, cleanup } = tempDir('isnad-discover-');
    try {
      story(dir);
      const other = writeMiniFactBase(join(dir, 'kb'), 'other.factbase.json', 'other');
      const withKb = runCli(['check', 'story/drafts', '--no-bundled-kb', '--kb', other, '--format', 'json'], { cwd: dir });
      assert.ok(reportsOf(withKb.stdout).every((report) => !report.story.factBases.includes('mini')), withKb.stdout);
      writeFiles(dir, { '.isnadrc.json': JSON.stringify({ factBases: ['kb/other.factbase.json'], exclude: ['kb'] }) });
      const withConfig = runCli(['check', 'story/drafts', '--no-bundled-kb', '--format', 'json'], { cwd: dir });
      assert.ok(reportsOf(withConfig.stdout).every((report) => !report.story.factBases.includes('mini')), withConfig.stdout);
      const noConfig = runCli(['check', 'story/drafts', '--no-bundled-kb', '--no-config'], { cwd: dir });
      assert.equal(noConfig.status, 2, noConfig.stderr);
    } finally {
      cleanup();
    }
  });

  test('no fact base named, bundled or found: a usage error, never a pass that checked nothing', () => {
    const { dir, cleanup } = tempDir('isnad-discover-');
    try {
      writeFiles(dir, { 'drafts/a.md': 'Three Iraqi sources said so.\n' });
      const run = runCli(['check', 'drafts', '--no-bundled-kb'], { cwd: dir });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /^isnad: no fact base to check against: .*isnad kb draw ARTICLE/m);
    } finally {
      cleanup();
    }
  });
});
