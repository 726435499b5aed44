/**
 * isnad in another repository's CI (README, "Install"): `npm pack` gives a tarball that installs
 * into an empty project with no network and no dependencies, and `npx isnad check` works there on a
 * draft and on a folder, with the bundled fact base and lexicons; installing from the git URL
 * (which has no dist/: `prepare` builds it) works the same.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyCheckout, describeRun, gitRepoOfCheckout, npm, repoRoot, run, tempDir } from './helpers';

/** An empty project with the example drafts in drafts/. */
function emptyProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'newsroom', version: '1.0.0', private: true }, null, 2));
  cpSync(join(repoRoot, 'examples', 'drafts'), join(dir, 'drafts'), { recursive: true });
  return dir;
}

/** Runs `npx --no-install isnad …` in `project` (never fetching anything). */
const npx = (project: string, ...args: string[]) => run(npm, ['exec', '--no', '--offline', '--', 'isnad', ...args], { cwd: project });

/** What the tests expect of an installed isnad in `project`. */
function checkInstalled(project: string): string {
  const one = npx(project, 'check', 'drafts/ar-errors.md');
  assert.equal(one.status, 1, describeRun('npx isnad check drafts/ar-errors.md', one));
  assert.match(one.stdout, /3:12\s+error\s+.*post-holder/);
  assert.match(one.stdout, /✖ 6 problems \(6 errors, 0 warnings\)/);

  const folder = npx(project, 'check', 'drafts');
  assert.equal(folder.status, 1, describeRun('npx isnad check drafts', folder));
  for (const draft of ['ar-errors.md', 'en-errors.md', 'ar-notes.txt']) assert.match(folder.stdout, new RegExp(`drafts/${draft.replace('.', '\\.')}`));

  const clean = npx(project, 'check', 'drafts/en-clean.md', 'drafts/ar-clean.md');
  assert.equal(clean.status, 0, describeRun('npx isnad check on the clean drafts', clean));

  // The bundled fact base, its article and the lexicons came with the package.
  const validate = npx(project, 'kb', 'validate');
  assert.equal(validate.status, 0, describeRun('npx isnad kb validate', validate));
  const installed = join(project, 'node_modules', 'isnad');
  for (const file of ['knowledge/iraq-coalition-talks.factbase.json', 'knowledge/article.ar.txt', 'knowledge/lexicon/places.json', 'dist/cli.js', 'dist/worker.js', 'dist/server.js']) {
    assert.ok(existsSync(join(installed, file)), `the installed package has ${file}`);
  }
  // Nothing else was installed with it: dist/ bundles everything isnad needs.
  assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')), ['isnad']);
  assert.ok(!existsSync(join(installed, 'node_modules')));
  return folder.stdout;
}

void describe('npm package', () => {
  let tarballOutput = '';

  void test('npm pack gives a tarball of the built CLI that installs offline into an empty project', () => {
    const base = tempDir();
    const source = copyCheckout(join(base, 'isnad'), { linkNodeModules: true });
    const packs = join(base, 'packs');
    mkdirSync(packs);
    const packed = run(npm, ['pack', '--pack-destination', packs], { cwd: source });
    assert.equal(packed.status, 0, describeRun('npm pack', packed));
    const tarballs = readdirSync(packs).filter((name) => /^isnad-.*\.tgz$/.test(name));
    assert.equal(tarballs.length, 1, `one tarball: ${readdirSync(packs).join(', ')}`);
    const tarball = join(packs, tarballs[0]!);

    const listed = run('tar', ['-tzf', tarball]);
    assert.equal(listed.status, 0, describeRun('tar -tzf', listed));
    const entries = listed.stdout.split('\n').filter(Boolean);
    assert.ok(entries.includes('package/dist/cli.js') && entries.includes('package/knowledge/iraq-coalition-talks.factbase.json'));
    assert.deepEqual(entries.filter((entry) => /\.(ts|map)$|\/(tests|node_modules|engine|cli|server|host|client|scripts|bench)\//.test(entry)), [], 'no sources, tests, source maps or node_modules');

    const project = emptyProject(join(base, 'newsroom'));
    const installed = run(npm, ['install', '--offline', tarball], { cwd: project });
    assert.equal(installed.status, 0, describeRun('npm install ./isnad-*.tgz', installed));
    tarballOutput = checkInstalled(project);
  });

  void test('installs from the git URL: prepare builds dist/, and npx isnad check works', () => {
    const base = tempDir();
    const repo = gitRepoOfCheckout(join(base, 'isnad.git'));
    assert.ok(!existsSync(join(repo, 'dist')), 'the repository has no dist/');
    const project = emptyProject(join(base, 'newsroom'));
    // The devDependencies that prepare needs come from npm's cache (filled by `npm ci`).
    const installed = run(npm, ['install', '--prefer-offline', `git+file://${repo}`], { cwd: project });
    assert.equal(installed.status, 0, describeRun('npm install git+file://…', installed));
    const output = checkInstalled(project);
    if (tarballOutput) assert.equal(output, tarballOutput, 'the same findings as from the tarball');
  });
});
