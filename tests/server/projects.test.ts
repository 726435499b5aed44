/**
 * `.isnadrc.json` in the server: its fact bases, rules, language and exclude globs apply to open
 * drafts and to Check Workspace as they do in the CLI; a broken file is reported on itself and
 * ignored; an untrusted workspace ignores it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChecker } from '../../engine/src/index';
import { loadFactBaseFile } from '../../host/src/factBases';
import { Harness, fileUri, fixturesDir } from './harness';

const DRAFT = 'قال وزير الدفاع ثامر العباسي إن المفاوضات «تسير بشكل جيد».\n';

function makeProject(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-project-'));
  copyFileSync(join(fixturesDir, 'mini.factbase.json'), join(dir, 'mini.factbase.json'));
  copyFileSync(join(fixturesDir, 'mini-article.ar.txt'), join(dir, 'mini-article.ar.txt'));
  writeFileSync(join(dir, '.isnadrc.json'), JSON.stringify(config, null, 2));
  mkdirSync(join(dir, 'drafts'));
  mkdirSync(join(dir, 'archive'));
  writeFileSync(join(dir, 'drafts', 'a.md'), DRAFT);
  writeFileSync(join(dir, 'archive', 'old.md'), DRAFT);
  return dir;
}

const describeFactBases = (harness: Harness, uri: string) =>
  harness.connection.sendRequest<{ id: string }[]>('isnad/describeFactBases', { uri });

void describe('.isnadrc.json in the server', () => {
  const config = { bundledFactBase: false, factBases: ['mini.factbase.json'], exclude: ['archive/**'], lang: 'en' };
  let dir: string;
  let harness: Harness;
  const mini = loadFactBaseFile(join(fixturesDir, 'mini.factbase.json'));
  // The mini fact base ties the drafts beside it (its scope.drafts); the engine alone is told so.
  const expected = createChecker([mini.factBase!]).check(DRAFT, { format: 'markdown', messageLang: 'en', stories: ['mini'] }).findings;

  before(async () => {
    dir = makeProject(config);
    harness = await Harness.start({ folders: [dir], settings: {} });
  });
  after(async () => {
    await harness.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  void test('its fact bases replace the bundled one, and its language applies', async () => {
    const uri = fileUri(join(dir, 'drafts', 'a.md'));
    assert.deepEqual((await describeFactBases(harness, uri)).map((item) => item.id), ['mini']);
    await harness.open(uri, DRAFT);
    const diagnostics = await harness.pushed(uri);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.message),
      expected.map((finding) => finding.message),
    );
  });

  void test('an excluded draft is not checked, open or in Check Workspace', async () => {
    const excluded = fileUri(join(dir, 'archive', 'old.md'));
    await harness.open(excluded, DRAFT);
    assert.deepEqual(await harness.pushed(excluded), []);
    await harness.close(excluded);
    harness.diagnostics.clear();
    const summary = (await harness.executeCommand('isnad.checkWorkspace')) as { files: number };
    assert.equal(summary.files, 1, 'drafts/a.md only (the article is not a draft, archive/ is excluded)');
    assert.ok(harness.diagnostics.has(fileUri(join(dir, 'drafts', 'a.md'))));
    assert.deepEqual(harness.diagnostics.get(excluded)?.diagnostics ?? [], [], 'nothing reported for the excluded draft');
  });

  void test('a broken configuration is reported on itself and ignored until fixed', async () => {
    const rc = join(dir, '.isnadrc.json');
    const rcUri = fileUri(rc);
    const draft = fileUri(join(dir, 'drafts', 'a.md'));
    const published = harness.published.length;
    writeFileSync(rc, '{\n  "factBases": ["mini.factbase.json"],\n  "colour": "blue"\n}\n');
    await harness.filesChanged([{ uri: rcUri, type: 2 }]);
    // The configuration is read again when a draft needs it.
    const described = await describeFactBases(harness, draft);
    // The defaults: the bundled fact base (which the file turned off) and the one found beside the drafts.
    assert.deepEqual(described.map((item) => item.id), ['iraq-coalition-talks', 'mini'], 'the broken file no longer applies: the defaults do');
    const problems = await harness.waitFor(
      () => harness.published.slice(published).find((params) => params.uri === rcUri && params.diagnostics.length > 0)?.diagnostics,
      'a diagnostic on .isnadrc.json',
    );
    assert.equal(problems[0]!.range.start.line, 2);
    assert.match(problems[0]!.message as string, /colour/);
    assert.ok(harness.shown.some((message) => message.message.includes('.isnadrc.json')));
    writeFileSync(rc, JSON.stringify(config));
    await harness.filesChanged([{ uri: rcUri, type: 2 }]);
    assert.deepEqual((await describeFactBases(harness, draft)).map((item) => item.id), ['mini']);
  });
});

void describe('.isnadrc.json in an untrusted workspace', () => {
  void test('is ignored', async () => {
    const dir = makeProject({ bundledFactBase: false, factBases: ['mini.factbase.json'] });
    const harness = await Harness.start({ folders: [dir], settings: {}, initializationOptions: { isTrusted: false } });
    try {
      const ids = (await describeFactBases(harness, fileUri(join(dir, 'drafts', 'a.md')))).map((item) => item.id);
      assert.ok(!ids.includes('mini'), 'the project fact base is not loaded');
    } finally {
      await harness.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
