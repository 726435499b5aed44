/**
 * "Draw Fact Base from Article" in the server (`isnad.drawFactBase`): the command draws a valid fact
 * base beside the article and starts using it, so that a draft of that story (tied by detection)
 * gets findings at once while a draft of another story gets none; it asks before overwriting and
 * reports bad input in one line. In the fact-base file, hover shows a fact's evidence, and facts
 * marked unsure are warnings saying what to review.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, MarkupContent } from 'vscode-languageserver-protocol';
import { parseFactBase } from '../../engine/src/index';
import { Harness, fileUri, fixturesDir } from './harness';

interface Drawn {
  status: string;
  uri?: string;
  path?: string;
  id?: string;
  facts?: number;
  unsure?: number;
  warnings?: string[];
  message?: string;
}

const ARTICLE = 'rwanda-ruling.en.txt';

/** The line and character of the first `needle` in `text` (after `from`). */
function positionOf(text: string, needle: string, from = 0): { line: number; character: number } {
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `not in the text: ${needle}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

void describe('Draw Fact Base from Article (server)', () => {
  let dir: string;
  let harness: Harness;
  let articlePath: string;
  let drawn: Drawn;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-draw-server-'));
    articlePath = join(dir, ARTICLE);
    copyFileSync(join(fixturesDir, 'draw', ARTICLE), articlePath);
    harness = await Harness.start({ folders: [dir], settings: { useBundledFactBase: false } });
    drawn = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(articlePath) }])) as Drawn;
  });
  after(async () => {
    await harness.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  void test('writes a valid fact base beside the article, named after it, and says what it drew', () => {
    assert.equal(drawn.status, 'drawn', JSON.stringify(drawn));
    assert.equal(drawn.path, join(dir, 'rwanda-ruling.factbase.json'));
    assert.equal(drawn.uri, fileUri(join(dir, 'rwanda-ruling.factbase.json')));
    const json = readFileSync(drawn.path, 'utf8');
    const parsed = parseFactBase(json, drawn.path, readFileSync(articlePath, 'utf8'));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.factBase!.source.file, ARTICLE);
    assert.equal(drawn.id, 'rwanda-ruling');
    assert.ok(drawn.facts! > 3, `facts drawn: ${drawn.facts}`);
    assert.equal(drawn.unsure, parsed.warnings?.length ?? 0);
    assert.match(drawn.message!, /facts drawn into rwanda-ruling\.factbase\.json/);
  });

  void test("the drawn fact base is in use: a draft of the story gets findings, another story's draft none", async () => {
    const draft = fileUri(join(dir, 'draft.md'));
    await harness.open(draft, 'Prime Minister James Cleverly said the Rwanda ruling by Lord Reed was expected.\n');
    const diagnostics = await harness.pushed(draft);
    assert.ok(
      diagnostics.some((diagnostic) => diagnostic.code === 'post-holder' && /Cleverly/.test((diagnostic.message as string))),
      `a post-holder finding on Cleverly: ${JSON.stringify(diagnostics)}`,
    );
    const other = fileUri(join(dir, 'other.md'));
    await harness.open(other, 'The Prime Minister of Canada met five judges in Ottawa on Friday.\n');
    assert.deepEqual(await harness.pushed(other), []);
  });

  void test('facts marked unsure are warnings on the fact-base file, saying what to review', async () => {
    const json = JSON.parse(readFileSync(drawn.path!, 'utf8')) as { people: { id: string; review?: unknown }[] };
    // One more fact to review, as drawing marks them, so the test does not depend on what it is unsure of.
    json.people[0]!.review = { unsure: true, reason: 'the test asks for a review' };
    const unsure = Object.values(json)
      .filter(Array.isArray)
      .flat()
      .filter((fact) => (fact as { review?: { unsure?: boolean } }).review?.unsure === true).length;
    writeFileSync(drawn.path!, JSON.stringify(json, null, 2) + '\n');
    const published = harness.published.length;
    await harness.filesChanged([{ uri: drawn.uri!, type: 2 }]);
    const diagnostics: Diagnostic[] = await harness.waitFor(
      () => harness.published.slice(published).find((params) => params.uri === drawn.uri && params.diagnostics.length > 0)?.diagnostics,
      'the unsure facts as diagnostics',
    );
    assert.equal(diagnostics.length, unsure);
    const ours = diagnostics.find((diagnostic) => (diagnostic.message as string).includes('the test asks for a review'));
    assert.ok(ours, JSON.stringify(diagnostics));
    assert.equal(ours.severity, 2, 'a warning');
    assert.equal(ours.code, 'review-unsure');
    assert.equal(ours.source, 'isnad');
    assert.match((ours.message as string), new RegExp(`^To review against the article: unsure \\(${json.people[0]!.id}\\): the test asks for a review`));
    const text = readFileSync(drawn.path!, 'utf8');
    assert.equal(ours.range.start.line, positionOf(text, '"review"', text.indexOf(`"id": "${json.people[0]!.id}"`)).line, 'on the fact\'s "review"');
  });

  void test('hover on a fact in the fact-base file shows the article sentence it cites; opening it checks nothing', async () => {
    const text = readFileSync(drawn.path!, 'utf8');
    const factBase = JSON.parse(text) as { people: { id: string; names: { en: string[] } }[] };
    const cleverly = factBase.people.find((person) => person.names.en[0] === 'James Cleverly');
    assert.ok(cleverly, 'James Cleverly is drawn');
    const published = harness.published.length;
    await harness.open(drawn.uri!, text, 'json');
    const hover = await harness.hover(drawn.uri!, positionOf(text, `"${cleverly.id}"`));
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /people: James Cleverly/);
    assert.match(value, /Home Secretary \*\*James Cleverly\*\* travelled to Kigali on Friday\./);
    assert.match(value, new RegExp(`\\[open in the article\\]\\(${fileUri(articlePath).replace(/[.]/g, '\\.')}#L3\\)`));
    // Not a draft: no findings pulled or pushed for it as one, and its own warnings stay.
    const pulled = (await harness.pull(drawn.uri!)) as { items?: unknown[] };
    assert.deepEqual(pulled.items ?? [], []);
    assert.deepEqual(
      harness.published.slice(published).filter((params) => params.uri === drawn.uri && params.diagnostics.length === 0),
      [],
      'opening the fact-base file does not clear its warnings',
    );
    // Between facts (on "schemaVersion"), no hover.
    assert.equal(await harness.hover(drawn.uri!, positionOf(text, '"schemaVersion"')), null);
  });

  void test('an existing fact base is not replaced unless asked', async () => {
    const before = readFileSync(drawn.path!, 'utf8');
    const again = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(articlePath) }])) as Drawn;
    assert.deepEqual(again, { status: 'exists', uri: drawn.uri, path: drawn.path });
    assert.equal(readFileSync(drawn.path!, 'utf8'), before);
    const replaced = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(articlePath), overwrite: true, lang: 'en' }])) as Drawn;
    assert.equal(replaced.status, 'drawn');
    assert.doesNotMatch(readFileSync(drawn.path!, 'utf8'), /the test asks for a review/);
  });

  void test('bad input: an empty article or one with no facts gives an empty valid fact base with a warning', async () => {
    for (const [name, content] of [
      ['empty.md', ''],
      ['plain.txt', 'nothing here but lower-case words, with no names or numbers\n'],
    ] as const) {
      writeFileSync(join(dir, name), content);
      const result = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(join(dir, name)) }])) as Drawn;
      assert.equal(result.status, 'drawn', JSON.stringify(result));
      assert.equal(result.facts, 0);
      const warning = new RegExp(`^isnad: ${name.replace('.', '\\.')}: (the article is empty|no facts were recognised)`);
      assert.ok(result.warnings!.some((line) => warning.test(line)), JSON.stringify(result.warnings));
      // No dateline: the editor says what its user can do, never a command-line option. An empty
      // article gets only the one warning that it is empty.
      const dateline = result.warnings!.some((line) => /no dateline date found: .*published: YYYY-MM-DD/.test(line));
      assert.equal(dateline, name !== 'empty.md', JSON.stringify(result.warnings));
      assert.ok(!result.warnings!.some((line) => line.includes('--published')), JSON.stringify(result.warnings));
      const json = readFileSync(result.path!, 'utf8');
      assert.deepEqual(parseFactBase(json, result.path!, content).problems, []);
    }
  });

  void test('bad input: a binary file, a missing file, an untitled document and a mixed language get one clear answer', async () => {
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const binary = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(join(dir, 'binary.txt')) }])) as Drawn;
    assert.deepEqual(binary, { status: 'error', message: 'isnad: binary.txt: not a text file (it contains NUL bytes).' });
    assert.equal(existsSync(join(dir, 'binary.factbase.json')), false);
    const missing = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(join(dir, 'gone.txt')) }])) as Drawn;
    assert.deepEqual(missing, { status: 'error', message: 'isnad: gone.txt: cannot read the article (the file does not exist).' });
    // A fact base that cannot be written: why, in words, never an error code such as EISDIR.
    writeFileSync(join(dir, 'blocked.txt'), 'LONDON, 4 March 2024 — Health minister Jane Doe said on Monday that 40 hospitals would reopen.\n');
    mkdirSync(join(dir, 'blocked.factbase.json'));
    const blocked = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(join(dir, 'blocked.txt')), overwrite: true }])) as Drawn;
    assert.deepEqual(blocked, { status: 'error', message: 'isnad: cannot write the fact base blocked.factbase.json (it is a folder).' });
    const untitled = (await harness.executeCommand('isnad.drawFactBase', [{ uri: 'untitled:Untitled-1' }])) as Drawn;
    assert.equal(untitled.status, 'error');
    assert.match(untitled.message!, /save the article to a file first/);
    assert.equal(((await harness.executeCommand('isnad.drawFactBase', [])) as Drawn).status, 'error');
    writeFileSync(join(dir, 'mixed.txt'), 'Thabet al-Abbasi ثابت العباسي met Matthew Miller ماثيو ميلر.\n');
    const mixed = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(join(dir, 'mixed.txt')) }])) as Drawn;
    assert.deepEqual(mixed, { status: 'needs-lang' });
    const chosen = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(join(dir, 'mixed.txt')), lang: 'ar' }])) as Drawn;
    assert.equal(chosen.status, 'drawn');
  });
});

void describe('Draw Fact Base from Article (server, Arabic UI)', () => {
  void test('answers in the UI language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-draw-server-'));
    const harness = await Harness.start({ folders: [dir], settings: { useBundledFactBase: false }, locale: 'ar' });
    try {
      writeFileSync(join(dir, 'empty.txt'), '');
      const result = (await harness.executeCommand('isnad.drawFactBase', [{ uri: fileUri(join(dir, 'empty.txt')) }])) as Drawn;
      assert.equal(result.status, 'drawn');
      assert.match(result.message!, /استُخرجت 0 حقيقة/);
      assert.ok(result.warnings!.some((line) => /^isnad: empty\.txt: المقال فارغ/.test(line)), JSON.stringify(result.warnings));
    } finally {
      await harness.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
