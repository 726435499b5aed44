/**
 * The .vsix as users build it (README, "VS Code → Install"): `npm run package` on a copy of the
 * checkout builds the extension, and the archive holds the bundled extension and what it reads at
 * run time, with no sources, tests, source maps or node_modules.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { copyCheckout, describeRun, npm, run, tempDir, zipEntries, zipText } from './helpers';

/** Every file the extension needs at run time, under `extension/` in the archive. */
const REQUIRED = [
  'package.json',
  'package.nls.json',
  'package.nls.ar.json',
  'readme.md',
  'LICENSE.txt',
  'dist/client.js',
  'dist/server.js',
  'dist/cli.js',
  'dist/worker.js',
  'knowledge/iraq-coalition-talks.factbase.json',
  'knowledge/article.ar.txt',
  'knowledge/factbase.schema.json',
  'l10n/bundle.l10n.ar.json',
  'docs/rules.md',
];

/** What else may be in the archive. */
const ALLOWED = /^(\[Content_Types\]\.xml|extension\.vsixmanifest|extension\/(knowledge\/[\w./-]+\.(json|txt|md)|l10n\/[\w.-]+\.json|docs\/[\w-]+\.md|package\.nls\.[\w-]+\.json|changelog\.md))$/;

void describe('npm run package', () => {
  void test('builds a .vsix of the bundled extension, with nothing else', () => {
    const dir = copyCheckout(join(tempDir(), 'isnad'), { linkNodeModules: true });
    const vsix = join(dir, 'out.vsix');
    const packaged = run(npm, ['run', 'package', '--', '--out', vsix], { cwd: dir });
    assert.equal(packaged.status, 0, describeRun('npm run package', packaged));
    assert.ok(existsSync(vsix), 'the .vsix is written');

    const entries = zipEntries(vsix).filter((name) => !name.endsWith('/'));
    for (const file of REQUIRED) assert.ok(entries.includes(`extension/${file}`), `the .vsix holds ${file}`);
    const unexpected = entries.filter((name) => !ALLOWED.test(name) && !REQUIRED.includes(name.replace(/^extension\//, '')));
    assert.deepEqual(unexpected, [], 'no sources, tests, source maps, node_modules or other files');

    // The manifest's entry point is in the archive, and the README's images and links resolve
    // (vsce rewrote the relative ones against the repository URL).
    const manifest = JSON.parse(zipText(vsix, 'extension/package.json')) as { main: string; repository?: { url?: string } };
    assert.ok(entries.includes(`extension/${manifest.main.replace(/^\.\//, '')}`), `main (${manifest.main}) is packaged`);
    const readme = zipText(vsix, 'extension/readme.md');
    assert.doesNotMatch(readme, /!\[[^\]]*\]\((?!https:)/, 'every image of the README is an absolute https URL');
  });
});
