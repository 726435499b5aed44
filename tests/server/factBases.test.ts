/**
 * Fact bases in the server: loading from settings, reloading when a file changes, keeping the last
 * good version when a file breaks (with a diagnostic at the problem and a message), settings
 * changes and workspace trust.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Harness, fileUri, fixturesDir } from './harness';

interface Described {
  id: string;
  title?: string;
  path: string;
  markdown: string;
  stale: boolean;
}

function makeWorkspace(): { dir: string; factBase: string; article: string; original: string } {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-server-'));
  copyFileSync(join(fixturesDir, 'mini.factbase.json'), join(dir, 'mini.factbase.json'));
  copyFileSync(join(fixturesDir, 'mini-article.ar.txt'), join(dir, 'mini-article.ar.txt'));
  const factBase = join(dir, 'mini.factbase.json');
  return { dir, factBase, article: join(dir, 'mini-article.ar.txt'), original: readFileSync(factBase, 'utf8') };
}

/** Polls an async condition until it holds (no fixed sleeps). */
async function eventually<T>(probe: () => Promise<T | undefined | false>, description: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const describeFactBases = (harness: Harness, uri?: string) => harness.connection.sendRequest<Described[]>('isnad/describeFactBases', { uri });

void describe('fact bases in the server', () => {
  let workspace: ReturnType<typeof makeWorkspace>;
  let harness: Harness;
  let draftUri: string;
  let factBaseUri: string;

  before(async () => {
    workspace = makeWorkspace();
    factBaseUri = fileUri(workspace.factBase);
    harness = await Harness.start({ folders: [workspace.dir], settings: { factBases: ['mini.factbase.json'], useBundledFactBase: false } });
    draftUri = fileUri(join(workspace.dir, 'draft.md'));
    await harness.open(draftUri, 'قال وزير الدفاع ثابت العباسي إن المفاوضات «تسير بشكل جيد».\n');
    await harness.pushed(draftUri);
  });
  after(async () => {
    await harness.stop();
    rmSync(workspace.dir, { recursive: true, force: true });
  });

  void test('loads the fact bases named in isnad.factBases, relative to the workspace folder', async () => {
    const described = await describeFactBases(harness, draftUri);
    assert.deepEqual(
      described.map((item) => [item.id, item.path, item.stale]),
      [['mini', workspace.factBase, false]],
    );
    assert.match(described[0]!.markdown, /ثابت العباسي|Thabet al-Abbasi/);
  });

  void test('asks the client to watch fact bases, project configs and the loaded files', async () => {
    const registration = await harness.waitFor(
      () => harness.registrations.findLast((item) => item.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(item.registerOptions).includes('mini-article')),
      'a file-watcher registration that includes the article',
    );
    const globs = JSON.stringify(registration.registerOptions);
    assert.match(globs, /\*\*\/\*\.factbase\.json/);
    assert.match(globs, /\.isnadrc\.json/);
  });

  void test('a broken fact base gets a diagnostic at the problem and a message, and the last good version stays', async () => {
    const published = harness.published.length;
    const shown = harness.shown.length;
    // Line 3 (0-based 2) gets a syntax error.
    const lines = workspace.original.split('\n');
    assert.match(lines[3]!, /"title"/);
    lines[3] = '  "title": ,';
    writeFileSync(workspace.factBase, lines.join('\n'));
    await harness.filesChanged([{ uri: factBaseUri, type: 2 }]);
    const diagnostics = await harness.waitFor(
      () => harness.published.slice(published).find((params) => params.uri === factBaseUri && params.diagnostics.length > 0)?.diagnostics,
      'a diagnostic on the broken fact base',
    );
    assert.equal(diagnostics[0]!.range.start.line, 3);
    assert.equal(diagnostics[0]!.source, 'isnad');
    assert.equal(diagnostics[0]!.severity, 1);
    const message = await harness.waitFor(() => harness.shown.slice(shown).find((item) => item.message.includes('mini.factbase.json')), 'a message');
    assert.equal(message.type, 2, 'a warning: the last good version is in use');
    const described = await describeFactBases(harness, draftUri);
    assert.equal(described[0]?.title, 'Mini fact base (server tests)', 'the last good version is still in use');
    assert.equal(described[0]?.stale, true);
  });

  void test('a schema violation is reported at its own line', async () => {
    const published = harness.published.length;
    const broken = workspace.original.replace('"gender": "m"', '"gender": "x"');
    writeFileSync(workspace.factBase, broken);
    await harness.filesChanged([{ uri: factBaseUri, type: 2 }]);
    const diagnostics = await harness.waitFor(
      () => harness.published.slice(published).find((params) => params.uri === factBaseUri && params.diagnostics.length > 0)?.diagnostics,
      'a schema diagnostic',
    );
    const expectedLine = broken.split('\n').findIndex((line) => line.includes('"gender"'));
    assert.equal(diagnostics[0]!.range.start.line, expectedLine);
    assert.match(diagnostics[0]!.message as string, /gender/);
  });

  void test('a fixed fact base replaces the old one, clears its diagnostics and re-checks open drafts', async () => {
    const published = harness.published.length;
    writeFileSync(workspace.factBase, workspace.original.replace('Mini fact base (server tests)', 'Mini fact base, edited'));
    await harness.filesChanged([{ uri: factBaseUri, type: 2 }]);
    await harness.waitFor(
      () => harness.published.slice(published).find((params) => params.uri === factBaseUri && params.diagnostics.length === 0),
      'the fact-base diagnostics to clear',
    );
    await harness.waitFor(() => harness.published.slice(published).find((params) => params.uri === draftUri), 'the open draft to be checked again');
    const described = await describeFactBases(harness, draftUri);
    assert.equal(described[0]?.title, 'Mini fact base, edited');
    assert.equal(described[0]?.stale, false);
  });

  void test('evidence that no longer matches an edited article breaks the fact base', async () => {
    const published = harness.published.length;
    const article = readFileSync(workspace.article, 'utf8');
    writeFileSync(workspace.article, `مقدمة جديدة. ${article}`);
    await harness.filesChanged([{ uri: fileUri(workspace.article), type: 2 }]);
    const diagnostics = await harness.waitFor(
      () => harness.published.slice(published).find((params) => params.uri === factBaseUri && params.diagnostics.length > 0)?.diagnostics,
      'an evidence diagnostic',
    );
    assert.match(diagnostics[0]!.message as string, /evidence/);
    writeFileSync(workspace.article, article);
    await harness.filesChanged([{ uri: fileUri(workspace.article), type: 2 }]);
    await harness.waitFor(
      () => harness.published.slice(published).find((params) => params.uri === factBaseUri && params.diagnostics.length === 0),
      'the evidence diagnostic to clear',
    );
  });

  void test('a settings change is pulled again and re-checks open drafts without a restart', async () => {
    const requests = harness.configurationRequests;
    const published = harness.published.length;
    // With none named, the bundled fact base and the one beside the draft (found as isnad check finds it).
    await harness.changeConfiguration({ factBases: [], useBundledFactBase: true });
    await harness.waitFor(() => harness.configurationRequests > requests, 'the settings to be pulled again');
    await harness.waitFor(() => harness.published.slice(published).find((params) => params.uri === draftUri), 'a re-check of the open draft');
    assert.deepEqual((await describeFactBases(harness, draftUri)).map((item) => item.id), ['iraq-coalition-talks', 'mini']);
    await harness.changeConfiguration({ factBases: ['${workspaceFolder}/mini.factbase.json'], useBundledFactBase: false });
    await eventually(async () => (await describeFactBases(harness, draftUri)).map((item) => item.id).join() === 'mini', 'the named fact base alone');
  });
});

void describe('workspace trust', () => {
  void test('an untrusted workspace uses no fact base from the workspace until it is trusted', async () => {
    const workspace = makeWorkspace();
    const harness = await Harness.start({
      folders: [workspace.dir],
      settings: { factBases: ['mini.factbase.json', workspace.factBase], useBundledFactBase: false },
      initializationOptions: { isTrusted: false },
    });
    try {
      const uri = fileUri(join(workspace.dir, 'draft.md'));
      await harness.open(uri, 'ثابت العباسي\n');
      await harness.pushed(uri);
      assert.deepEqual(await describeFactBases(harness, uri), []);
      await harness.connection.sendNotification('isnad/didChangeWorkspaceTrust', { isTrusted: true });
      const described = await eventually(async () => {
        const list = await describeFactBases(harness, uri);
        return list.length > 0 ? list : undefined;
      }, 'the fact base once trusted');
      assert.equal(described[0]!.id, 'mini');
    } finally {
      await harness.stop();
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });
});

void describe('clients without file watching', () => {
  void test('the server polls the loaded fact bases itself', async () => {
    const workspace = makeWorkspace();
    const harness = await Harness.start({ folders: [workspace.dir], settings: { factBases: [workspace.factBase], useBundledFactBase: false }, dynamicWatchers: false });
    try {
      const uri = fileUri(join(workspace.dir, 'draft.md'));
      await harness.open(uri, 'ثابت العباسي\n');
      await harness.pushed(uri);
      assert.equal((await describeFactBases(harness, uri))[0]?.title, 'Mini fact base (server tests)');
      writeFileSync(workspace.factBase, workspace.original.replace('Mini fact base (server tests)', 'Polled'));
      await eventually(async () => (await describeFactBases(harness, uri))[0]?.title === 'Polled', 'the polled reload', 15_000);
    } finally {
      await harness.stop();
      rmSync(workspace.dir, { recursive: true, force: true });
    }
  });
});
