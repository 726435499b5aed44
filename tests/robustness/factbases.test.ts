/**
 * Hostile fact bases (issue 6): every broken fact base gives a clear error naming the file, a JSON
 * path and a line and column; the CLI exits 2 and writes no report; the language server keeps the
 * last good version and shows the error; nothing hangs, crashes or runs out of memory.
 *
 * The catalogue of tests/fixtures/factbases (bad JSON, schema violations, duplicate ids, dangling
 * references, cycles, evidence outside the article, deep nesting …) is checked at the parser level
 * by tests/engine/factBase.test.ts; here the same files go through the CLI and the server, together
 * with generated ones too big or too odd to commit: a 50 MB file, 100,000-deep nesting, NUL bytes,
 * UTF-16, invalid UTF-8, a megabyte-long id, `__proto__` keys, and an article that is a device, a
 * FIFO or a folder.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadFactBaseFile } from '../../host/src/factBases';
import { FULL, articlePath, repoRoot, runCli, stopOrKill, tempDir } from './helpers';
import { Harness, fileUri, fixturesDir as serverFixtures } from '../server/harness';
import { createChecker, parseFactBase } from '../../engine/src/index';

const catalogueDir = join(repoRoot, 'tests', 'fixtures', 'factbases');
/** The fixtures of the catalogue that are valid on purpose (`tests/engine/factBase.test.ts` expects no problem in them). */
// Valid fact bases of the catalogue (unknown-subject has warnings, not problems).
const VALID_FIXTURES: ReadonlySet<string> = new Set(['valid-minimal.factbase.json', 'gazetteer-reference.factbase.json', 'unknown-subject.factbase.json']);
const catalogue = readdirSync(catalogueDir)
  .filter((name) => name.endsWith('.factbase.json') && !VALID_FIXTURES.has(name))
  .sort();

/** A valid fact base (the minimal fixture) as an object, pointing at the bundled article. */
function validMinimal(): Record<string, any> {
  const value = JSON.parse(readFileSync(join(catalogueDir, 'valid-minimal.factbase.json'), 'utf8')) as Record<string, any>;
  value.source.file = articlePath;
  return value;
}

/** Generated fact bases: name → contents (string or bytes) and the message expected. */
function generated(dir: string): { name: string; file: string; message: RegExp }[] {
  const out: { name: string; file: string; message: RegExp }[] = [];
  const add = (name: string, contents: string | Uint8Array, message: RegExp) => {
    const file = join(dir, `${name}.factbase.json`);
    writeFileSync(file, contents);
    out.push({ name, file, message });
  };
  // 50 MB: refused by its size, before it is read.
  const big = JSON.stringify(validMinimal());
  add('fifty-megabytes', big.slice(0, -1) + `, "padding": "${'x'.repeat(50 * 1024 * 1024)}"}`, /too large/);
  // Just under the byte limit but far too many facts: parsed, validated, and reported briefly.
  const many = validMinimal();
  many.people = Array.from({ length: FULL ? 40_000 : 1_000 }, (_, i) => ({ id: `p${i}`, names: { ar: ['x'], en: [] }, gender: 'q', evidence: [] }));
  add('many-broken-facts', JSON.stringify(many), /.+/);
  add('deep-arrays', '['.repeat(100_000) + ']'.repeat(100_000), /nested more than/);
  add('deep-objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), /nested more than/);
  add('unclosed-deep', '{"people":' + '['.repeat(100_000), /nested more than|invalid JSON/);
  add('nul-bytes', big.replace('"valid-minimal"', '"valid\u0000minimal"'), /NUL|not a text file/);
  add('utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(big, 'utf16le')]), /UTF-16|UTF-8/);
  // Invalid bytes inside a name: decoded leniently they would become U+FFFD and pass unnoticed.
  const name = big.indexOf('Thabet');
  add('invalid-utf8', Buffer.concat([Buffer.from(big.slice(0, name)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(big.slice(name))]), /UTF-8/);
  const longId = validMinimal();
  longId.id = 'a'.repeat(1024 * 1024);
  longId.people[0].id = longId.id;
  longId.organisations = [{ ...longId.people[0], names: longId.people[0].names, kind: 'other' }];
  delete longId.organisations[0].gender;
  add('megabyte-id', JSON.stringify(longId), /duplicate id|id/);
  add('megabyte-key', big.slice(0, -1) + `, "${'k'.repeat(1024 * 1024)}": 1 }`, /.+/);
  add('proto-keys', big.slice(0, -1) + ', "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } } }', /__proto__|constructor|unrecognized|unknown/i);
  add('numbers', JSON.stringify({ ...validMinimal(), people: [{ ...validMinimal().people[0], evidence: [{ start: 1e308, end: -0, text: 'x' }] }] }), /.+/);
  add('not-an-object', '"a fact base"', /.+/);
  add('null', 'null', /.+/);
  add('only-bom', '\ufeff', /invalid JSON/);
  return out;
}

/** Fact bases whose article is not a readable regular file. */
function badArticles(dir: string): { name: string; file: string; message: RegExp }[] {
  const out: { name: string; file: string; message: RegExp }[] = [];
  const add = (name: string, source: string) => {
    const value = validMinimal();
    value.source.file = source;
    const file = join(dir, `article-${name}.factbase.json`);
    writeFileSync(file, JSON.stringify(value, null, 2));
    out.push({ name, file, message: /article/ });
  };
  add('device', '/dev/zero');
  const fifo = join(dir, 'article.fifo');
  try {
    execFileSync('mkfifo', [fifo]);
    add('fifo', fifo);
  } catch {
    // No mkfifo here: the device case covers a read that never ends.
  }
  add('folder', dir);
  add('missing', join(dir, 'no-such-article.txt'));
  const huge = join(dir, 'huge-article.txt');
  writeFileSync(huge, Buffer.alloc(30 * 1024 * 1024, 0x61));
  add('too-large', huge);
  return out;
}

/** `file:line:col  message  (json path)` lines of a CLI run. */
const problemLine = /^(.+?):(\d+):(\d+) {2}(.+?) {2}\((\$.*)\)$/;

void describe('hostile fact bases: the CLI', () => {
  const dir = tempDir();

  void test('kb validate: each broken fixture of the catalogue is listed as file:line:col  message  (json path), exit 2', () => {
    const files = catalogue.map((name) => join(catalogueDir, name));
    const run = runCli(['kb', 'validate', ...files]);
    assert.equal(run.status, 2, run.stderr);
    const output = `${run.stdout}\n${run.stderr}`;
    for (const file of files) {
      const loaded = loadFactBaseFile(file);
      assert.ok(loaded.problems.length >= 1 && loaded.problems.length <= 3, `${file}: ${loaded.problems.length} problems`);
      for (const problem of loaded.problems) {
        const line = `${relative(repoRoot, file)}:${problem.line}:${problem.column}  ${problem.message}  (${problem.path})`;
        assert.ok(output.includes(line), `missing: ${line}\n${output}`);
      }
    }
  });

  void test('check --kb with a broken fact base: exit 2, the problem on stderr, nothing on stdout, no report file', () => {
    const draft = join(dir, 'draft.md');
    writeFileSync(draft, 'قال وزير الدفاع ثامر العباسي إن المفاوضات مستمرة.\n');
    const chosen = FULL ? catalogue : ['bad-json.factbase.json', 'schema-violation.factbase.json', 'duplicate-id.factbase.json', 'evidence-outside.factbase.json', 'cycle-parent.factbase.json', 'deeply-nested.factbase.json'];
    for (const name of chosen) {
      const report = join(dir, `report-${name}.sarif`);
      const run = runCli(['check', '--kb', join(catalogueDir, name), '--format', 'sarif', '--output-file', report, draft]);
      assert.equal(run.status, 2, `${name}: ${run.stderr}`);
      assert.equal(run.stdout, '', `${name}: nothing on stdout`);
      assert.ok(!existsSync(report), `${name}: no report file`);
      const lines = run.stderr.split('\n').map((line) => line.trim()).filter((line) => problemLine.test(line));
      assert.ok(lines.length >= 1, `${name}: a located problem on stderr:\n${run.stderr}`);
      assert.ok(lines.every((line) => line.startsWith(relative(repoRoot, join(catalogueDir, name)))), `${name}: the file is named`);
    }
  });

  void test('generated hostile fact bases: one clear, short, located error each; exit 2; no hang', () => {
    const cases = generated(dir);
    for (const { name, file, message } of cases) {
      // A run that hangs is stopped by the deadline and fails on run.error; no time is asserted.
      const run = runCli(['kb', 'validate', file], { cwd: dir, timeoutMs: 120_000 });
      assert.equal(run.error, undefined, `${name}: ${run.error}`);
      assert.equal(run.status, 2, `${name}: exit ${run.status} ${run.signal ?? ''}\n${run.stderr.slice(0, 2000)}`);
      const output = `${run.stdout}\n${run.stderr}`;
      const lines = output.split('\n').map((line) => line.trim()).filter((line) => problemLine.test(line));
      assert.ok(lines.length >= 1 && lines.length <= 51, `${name}: ${lines.length} located problems\n${output.slice(0, 2000)}`);
      for (const line of lines) {
        const [, shown, row, column, text, path] = problemLine.exec(line)!;
        assert.equal(shown, relative(dir, file), `${name}: the file is named`);
        assert.ok(Number(row) >= 1 && Number(column) >= 1, `${name}: line and column`);
        assert.ok(path!.startsWith('$'), `${name}: a JSON path`);
        assert.ok(text!.length <= 400, `${name}: the message is short (${text!.length} characters): ${text!.slice(0, 200)}…`);
      }
      assert.match(lines[0]!, message, name);
      assert.ok(output.length < 50_000, `${name}: the output is short (${output.length} characters)`);
    }
  });

  void test('an article that is a device, a FIFO, a folder, missing or too large is refused without being read', () => {
    for (const { name, file, message } of badArticles(dir)) {
      const run = runCli(['kb', 'validate', file], { cwd: dir, timeoutMs: 60_000 });
      assert.equal(run.error, undefined, `${name}: ${run.error} (a read that never ends?)`);
      assert.equal(run.status, 2, `${name}: ${run.stdout}${run.stderr}`);
      assert.match(`${run.stdout}${run.stderr}`, message, name);
    }
  });

  void test('loading a hostile fact base never changes Object.prototype', () => {
    for (const { file } of generated(tempDir())) {
      if (file.includes('fifty') || file.includes('many')) continue;
      loadFactBaseFile(file);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });
});

void describe('hostile fact bases: the server keeps the last good one', () => {
  let dir: string;
  let harness: Harness;
  let factBase: string;
  let draftUri: string;
  let good: string;
  let draft = 'قال وزير الدفاع ثامر العباسي إن المفاوضات مستمرة.\n';
  // What the draft gets with the good fact base, from a fresh engine check.
  let expected: string[];

  before(async () => {
    dir = tempDir();
    factBase = join(dir, 'mini.factbase.json');
    copyFileSync(join(serverFixtures, 'mini.factbase.json'), factBase);
    copyFileSync(join(serverFixtures, 'mini-article.ar.txt'), join(dir, 'mini-article.ar.txt'));
    good = readFileSync(factBase, 'utf8');
    const parsed = parseFactBase(good, factBase, readFileSync(join(dir, 'mini-article.ar.txt'), 'utf8'));
    assert.ok(parsed.factBase);
    // The fact base ties the drafts beside it (scope.drafts); the engine alone is told so.
    expected = createChecker([parsed.factBase]).check(draft, { stories: ['mini'] }).findings.map((f) => `${f.ruleId}@${f.range.start}-${f.range.end}`);
    harness = await Harness.start({ folders: [dir], settings: { factBases: [factBase], useBundledFactBase: false } });
    draftUri = fileUri(join(dir, 'draft.md'));
    await harness.open(draftUri, draft);
    await harness.pushed(draftUri);
  });
  after(async () => {
    assert.notEqual(await stopOrKill(harness), 'killed', 'the server exits when asked');
  });

  /** The draft's diagnostics after an edit, as rule@start-end (offsets in the draft). */
  async function draftFindings(): Promise<string[]> {
    const edit = draft.endsWith('\n\n') ? '' : '\n';
    await harness.change(draftUri, [{ range: { start: { line: draft.split('\n').length - 1, character: 0 }, end: { line: draft.split('\n').length - 1, character: 0 } }, text: edit }]);
    draft += edit;
    const diagnostics = await harness.pushed(draftUri);
    const lineStarts = [0];
    for (let i = 0; i < draft.length; i++) if (draft[i] === '\n') lineStarts.push(i + 1);
    return diagnostics.map((d) => `${d.code}@${lineStarts[d.range.start.line]! + d.range.start.character}-${lineStarts[d.range.end.line]! + d.range.end.character}`);
  }

  void test('the draft is checked against the good fact base', async () => {
    assert.ok(expected.length > 0, 'the draft has findings with the mini fact base');
    assert.deepEqual(await draftFindings(), expected);
  });

  const kinds: [string, (text: string) => string | Buffer][] = [
    ['bad JSON', (text) => text.replace('"title"', '"title" "x",')],
    ['a schema violation', (text) => text.replace('"gender": "m"', '"gender": 7')],
    ['a duplicate id', (text) => text.replace('"id": "iraq-mod"', '"id": "abbasi"')],
    ['evidence outside the article', (text) => text.replace('"start": 24', '"start": 24000').replace('"end": 36', '"end": 24012')],
    ['deep nesting', () => '['.repeat(100_000) + ']'.repeat(100_000)],
    ['NUL bytes', (text) => text.replace('"mini"', '"mi\u0000ni"')],
    ['an empty file', () => ''],
    ['a 50 MB file', (text) => text.slice(0, text.lastIndexOf('}')) + `, "padding": "${'x'.repeat(50 * 1024 * 1024)}" }`],
    ['an article that is a device', (text) => text.replace('"mini-article.ar.txt"', '"/dev/zero"')],
  ];
  for (const [kind, breakIt] of kinds) {
    void test(`${kind}: an error on the fact-base file and a message, while the last good version stays in use`, async () => {
      const published = harness.published.length;
      const shown = harness.shown.length;
      writeFileSync(factBase, breakIt(good));
      await harness.filesChanged([{ uri: fileUri(factBase), type: 2 }]);
      const message = await harness.waitFor(() => harness.shown.slice(shown).find((item) => item.message.includes('mini.factbase.json')), `a message about ${kind}`, 60_000);
      assert.equal(message.type, 2, 'a warning: the last good version is in use');
      // Diagnostics on the file itself, where its text could be read and placed.
      await harness.waitFor(() => harness.published.slice(published).some((params) => params.uri === fileUri(factBase)), 'diagnostics on the fact-base file', 60_000);
      assert.deepEqual(await draftFindings(), expected, 'the draft is still checked against the good version');
      // Back to good, for the next kind (a recovery message clears the state).
      const recovered = harness.shown.length;
      writeFileSync(factBase, good);
      await harness.filesChanged([{ uri: fileUri(factBase), type: 2 }]);
      await harness.waitFor(() => harness.shown.slice(recovered).find((item) => item.type === 3 || item.type === 4), 'the recovery message', 60_000);
    });
  }

  void test('a fact base that is a FIFO does not block the server', async () => {
    const fifo = join(dir, 'pipe.factbase.json');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // No FIFOs here.
    }
    await harness.changeConfiguration({ factBases: [factBase, fifo], useBundledFactBase: false });
    await harness.waitFor(() => harness.shown.find((item) => item.message.includes('pipe.factbase.json')), 'a message about the FIFO', 30_000);
    assert.deepEqual(await draftFindings(), expected, 'still answering, with the good fact base');
    await harness.changeConfiguration({ factBases: [factBase], useBundledFactBase: false });
  });
});
