/**
 * Fact bases found beside drafts in the server, as `isnad check` finds them (host/src/discover.ts):
 * with no `isnad.factBases` and no `factBases` in `.isnadrc.json`, every `*.factbase.json` from the
 * draft's folder up to the workspace folder applies, and ties the drafts of its folder and below
 * by path. A fact base that appears or goes is picked up from the file watcher's events, and a
 * named fact base turns the search off.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChecker } from '../../engine/src/index';
import { loadFactBaseFile } from '../../host/src/factBases';
import { Harness, fileUri, fixturesDir } from './harness';

/** A misspelt name (ثامر for ثابت): a name-spelling finding when the draft is tied to the story. */
const DRAFT = 'قال وزير الدفاع ثامر العباسي إن المفاوضات «تسير بشكل جيد».\n';

/**
 * Writes the tests' fact base and its article into `dir` under the id `id`, without its own
 * `scope.drafts`, so that only its place on disk can tie drafts to it.
 */
function writeStory(dir: string, id: string, name = `${id}.factbase.json`): string {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(fixturesDir, 'mini-article.ar.txt'), join(dir, 'mini-article.ar.txt'));
  const data = JSON.parse(readFileSync(join(fixturesDir, 'mini.factbase.json'), 'utf8')) as Record<string, unknown>;
  delete data.scope;
  delete data.$schema;
  data.id = id;
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
  return path;
}

const describeFactBases = (harness: Harness, uri: string) => harness.connection.sendRequest<{ id: string }[]>('isnad/describeFactBases', { uri });

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

void describe('fact bases found beside drafts in the server', () => {
  let dir: string;
  let harness: Harness;
  const story = () => join(dir, 'story');
  const ownUri = () => fileUri(join(story(), 'drafts', 'a.md'));
  const otherUri = () => fileUri(join(dir, 'other', 'drafts', 'b.md'));
  // What the engine alone gives the draft when it is told the story.
  const expected = createChecker([loadFactBaseFile(join(fixturesDir, 'mini.factbase.json')).factBase!]).check(DRAFT, {
    format: 'markdown',
    messageLang: 'ar',
    stories: ['mini'],
  }).findings;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-server-discover-'));
    writeStory(story(), 'mini');
    mkdirSync(join(story(), 'drafts'), { recursive: true });
    mkdirSync(join(dir, 'other', 'drafts'), { recursive: true });
    writeFileSync(join(story(), 'drafts', 'a.md'), DRAFT);
    writeFileSync(join(dir, 'other', 'drafts', 'b.md'), DRAFT);
    harness = await Harness.start({ folders: [dir], settings: { useBundledFactBase: false } });
  });
  after(async () => {
    await harness.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  void test('a fact base in the story folder checks the drafts below it, with nothing named in the settings', async () => {
    assert.ok(expected.length > 0, 'the draft has a finding against the story');
    assert.deepEqual((await describeFactBases(harness, ownUri())).map((item) => item.id), ['mini']);
    await harness.open(ownUri(), DRAFT);
    const diagnostics = await harness.pushed(ownUri());
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message]),
      expected.map((finding) => [finding.ruleId, finding.message]),
    );
  });

  void test("a sibling folder's draft does not find it and gets no finding", async () => {
    assert.deepEqual(await describeFactBases(harness, otherUri()), []);
    await harness.open(otherUri(), DRAFT);
    assert.deepEqual(await harness.pushed(otherUri()), []);
  });

  void test('a fact base created beside a draft is picked up from the file watcher, and dropped when deleted', async () => {
    const created = writeStory(join(dir, 'other'), 'other-story');
    let published = harness.published.length;
    await harness.filesChanged([{ uri: fileUri(created), type: 1 }]);
    const found = await harness.waitFor(
      () => harness.published.slice(published).find((params) => params.uri === otherUri() && params.diagnostics.length > 0)?.diagnostics,
      'the open draft checked against the new fact base',
    );
    assert.deepEqual(
      found.map((diagnostic) => diagnostic.message),
      expected.map((finding) => finding.message),
    );
    assert.deepEqual((await describeFactBases(harness, otherUri())).map((item) => item.id), ['other-story']);

    published = harness.published.length;
    unlinkSync(created);
    await harness.filesChanged([{ uri: fileUri(created), type: 3 }]);
    await harness.waitFor(
      () => harness.published.slice(published).find((params) => params.uri === otherUri() && params.diagnostics.length === 0),
      'the open draft checked again without it',
    );
    assert.deepEqual(await describeFactBases(harness, otherUri()), []);
    assert.ok(!harness.shown.some((item) => item.message.includes('other-story.factbase.json')), 'a deleted fact base nothing names is not reported as broken');
  });

  void test('a fact base named in isnad.factBases turns the search off', async () => {
    const named = writeStory(join(dir, 'named'), 'named-story');
    await harness.changeConfiguration({ useBundledFactBase: false, factBases: [named] });
    const described = await eventually(async () => {
      const ids = (await describeFactBases(harness, ownUri())).map((item) => item.id);
      return ids.includes('named-story') ? ids : undefined;
    }, 'the named fact base in use');
    assert.deepEqual(described, ['named-story']);
    await harness.changeConfiguration({ useBundledFactBase: false });
    await eventually(async () => (await describeFactBases(harness, ownUri())).map((item) => item.id).join() === 'mini', 'the found fact base back in use');
  });
});
