/**
 * The server against the shared corpus of drafts: its diagnostics equal the CLI's findings for
 * the same file, and hovers, quick fixes, fix-all,
 * "disable for this line" and settings changes behave on real drafts.
 *
 * The corpus lives outside the repository (`../shared/corpus`); without it the suite is skipped,
 * except in CI (`CI=true`), where it fails. Nothing is skipped because of what the engine finds:
 * a draft with a fixable finding, evidence or a fact card missing from the corpus is a failure.
 */
import { ruleDocUrl } from '../../host/src/docs';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { applyFixes, createChecker, hoverAt, lineIndex, type Checker, type Finding } from '../../engine/src/index';
import { bundledFactBasePath, loadFactBaseFile } from '../../host/src/factBases';
import { Harness, applyEdits, corpusDir, fileUri, repoRoot } from './harness';
import { assertShared, sharedOptions } from '../shared';

const draftsDir = join(corpusDir, 'drafts');
const haveCorpus = existsSync(draftsDir);

/** What a diagnostic is compared on. */
interface Shape {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  code: string;
  severity: number;
  message: string;
}

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

function shapeOf(diagnostic: Diagnostic): Shape {
  return {
    line: diagnostic.range.start.line,
    character: diagnostic.range.start.character,
    endLine: diagnostic.range.end.line,
    endCharacter: diagnostic.range.end.character,
    code: String(diagnostic.code),
    severity: diagnostic.severity ?? 0,
    message: diagnostic.message as string,
  };
}

const byPosition = (a: Shape, b: Shape) => a.line - b.line || a.character - b.character || a.code.localeCompare(b.code);

/** The CLI's findings per file (`isnad check --format json`). */
function cliFindings(files: readonly string[]): Map<string, Shape[]> {
  const cli = join(repoRoot, 'dist', 'cli.js');
  assert.ok(existsSync(cli), 'dist/cli.js is built');
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...files], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.status === 0 || run.status === 1, `isnad check failed (${run.status}): ${run.stderr}`);
  const report = JSON.parse(run.stdout) as {
    file: string;
    findings: { ruleId: string; severity: keyof typeof SEVERITY; message: string; line: number; column: number; endLine: number; endColumn: number }[];
  }[];
  return new Map(
    report.map((entry) => [
      entry.file,
      entry.findings
        .map((finding) => ({
          line: finding.line - 1,
          character: finding.column - 1,
          endLine: finding.endLine - 1,
          endCharacter: finding.endColumn - 1,
          code: finding.ruleId,
          severity: SEVERITY[finding.severity],
          message: finding.message,
        }))
        .sort(byPosition),
    ]),
  );
}

/** The engine's findings for a text, shaped like diagnostics (positions through the engine's own line index). */
function engineShapes(checker: Checker, text: string): Shape[] {
  const index = lineIndex(text);
  return checker
    .check(text, { format: 'markdown' })
    .findings.map((finding) => {
      const start = index.position(finding.range.start);
      const end = index.position(finding.range.end);
      return { line: start.line, character: start.character, endLine: end.line, endCharacter: end.character, code: finding.ruleId, severity: SEVERITY[finding.severity], message: finding.message };
    })
    .sort(byPosition);
}

void describe('server on the corpus', sharedOptions([draftsDir]), () => {
  let harness: Harness;
  let checker: Checker;
  const files = haveCorpus ? readdirSync(draftsDir).filter((name) => name.endsWith('.md')).sort().map((name) => join(draftsDir, name)) : [];
  const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  /** Drafts with at least one fixable finding, with the engine's findings. */
  const fixable: { file: string; text: string; findings: Finding[] }[] = [];

  before(async () => {
    assertShared([draftsDir]);
    const loaded = loadFactBaseFile(bundledFactBasePath());
    assert.deepEqual(loaded.problems, [], 'the bundled fact base loads');
    checker = createChecker([loaded.factBase!]);
    for (const file of files) {
      const findings = checker.check(texts.get(file)!, { format: 'markdown' }).findings;
      if (findings.some((finding) => finding.fixes.length > 0)) fixable.push({ file, text: texts.get(file)!, findings });
    }
    harness = await Harness.start({ folders: [corpusDir], settings: {} });
  });
  after(async () => {
    await harness.stop();
  });

  void test('pushed diagnostics equal what `isnad check --format json` reports for every draft', async () => {
    const cli = cliFindings(files);
    for (const file of files) {
      const uri = fileUri(file);
      await harness.open(uri, texts.get(file)!);
      const diagnostics = await harness.pushed(uri);
      const expected = cli.get(file);
      assert.ok(expected, `the CLI reports ${file}`);
      assert.deepEqual(diagnostics.map(shapeOf).sort(byPosition), expected, `${file} (compared with the CLI)`);
      for (const diagnostic of diagnostics) {
        assert.equal(diagnostic.source, 'isnad');
        // The rule's documentation on the project's web home (package.json), never a local file.
        assert.equal(diagnostic.codeDescription?.href, ruleDocUrl(String(diagnostic.code)));
        assert.match(diagnostic.codeDescription?.href ?? '', /^https:\/\/.*\/docs\/rules\.md#[a-z-]+$/);
        assert.equal((diagnostic.data as { ruleId: string }).ruleId, diagnostic.code);
      }
      await harness.close(uri);
    }
  });

  void test('CRLF line ends and astral characters do not shift ranges', async () => {
    const draft = fixable[0];
    assert.ok(draft, 'the corpus has a draft for this test (a finding)');
    const text = `😀 🇮🇶\n${draft.text}`.replace(/\n/g, '\r\n');
    const uri = fileUri(join(corpusDir, 'crlf-copy.md'));
    await harness.open(uri, text);
    const diagnostics = await harness.pushed(uri);
    assert.ok(diagnostics.length > 0);
    assert.deepEqual(diagnostics.map(shapeOf).sort(byPosition), engineShapes(checker, text));
    // Each range covers the very characters the engine flagged.
    const lines = text.split('\r\n');
    const flagged = checker.check(text, { format: 'markdown' }).findings.map((finding) => text.slice(finding.range.start, finding.range.end)).sort();
    const covered = diagnostics
      .filter((diagnostic) => diagnostic.range.start.line === diagnostic.range.end.line)
      .map((diagnostic) => lines[diagnostic.range.start.line]!.slice(diagnostic.range.start.character, diagnostic.range.end.character));
    for (const words of covered) assert.ok(flagged.includes(words), words);
    await harness.close(uri);
  });

  void test('pulled diagnostics equal pushed ones', async () => {
    const pull = await Harness.start({ folders: [corpusDir], settings: {}, diagnostics: 'pull' });
    try {
      for (const file of files.slice(0, 8)) {
        const uri = fileUri(file);
        await pull.open(uri, texts.get(file)!);
        const report = await pull.pull(uri);
        assert.equal(report.kind, 'full');
        const items = (report as { items: Diagnostic[] }).items;
        assert.deepEqual(items.map(shapeOf).sort(byPosition), engineShapes(checker, texts.get(file)!), file);
      }
    } finally {
      await pull.stop();
    }
  });

  void test('evidence is related information pointing at the article line', async () => {
    const draft = fixable.find((item) => item.findings.some((finding) => finding.evidence.length > 0));
    assert.ok(draft, 'the corpus has a draft for this test (a finding with evidence)');
    const uri = fileUri(draft.file);
    await harness.open(uri, draft.text);
    const diagnostics = await harness.pushed(uri);
    const withEvidence = diagnostics.find((diagnostic) => diagnostic.relatedInformation?.length);
    assert.ok(withEvidence, 'a diagnostic with related information');
    const related = withEvidence.relatedInformation![0]!;
    assert.match(related.location.uri, /^file:\/\/.*\/knowledge\/article\.ar\.txt$/);
    const article = readFileSync(join(repoRoot, 'knowledge', 'article.ar.txt'), 'utf8');
    const articleLines = article.split('\n');
    const quoted = articleLines[related.location.range.start.line]!.slice(related.location.range.start.character);
    assert.ok(quoted.startsWith(related.message.replace(/…$/, '').slice(0, 20)), 'the range holds the quoted evidence');
    await harness.close(uri);
  });

  void test('hover on a finding explains it, with a link into the article', async () => {
    const draft = fixable[0];
    assert.ok(draft, 'the corpus has a draft for this test (a fixable finding)');
    const uri = fileUri(draft.file);
    await harness.open(uri, draft.text);
    const diagnostics = await harness.pushed(uri);
    const target = diagnostics[0]!;
    const hover = await harness.hover(uri, target.range.start);
    assert.ok(hover, 'a hover');
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.ok(value.includes(String(target.code)), 'names the rule');
    assert.match(value, /The draft says|في المسودة/);
    const finding = draft.findings.find((item) => item.ruleId === target.code)!;
    if (finding.evidence.length > 0) assert.match(value, /\(file:\/\/[^)]*article\.ar\.txt#L\d+\)/);
    await harness.close(uri);
  });

  void test('hover on a recognised name shows its fact card', async () => {
    // Find a place where the engine has a card, then ask the server there.
    for (const file of files) {
      const text = texts.get(file)!;
      for (const match of text.matchAll(/[\p{L}]{3,}/gu)) {
        const card = hoverAt(checker, text, match.index, { format: 'markdown' });
        if (!card) continue;
        const uri = fileUri(file);
        await harness.open(uri, text);
        const position = lineIndex(text).position(match.index);
        const hover = await harness.hover(uri, position);
        const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
        assert.ok(value.includes(card.title.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&')), 'the card title');
        if (card.evidence.length > 0) assert.match(value, /article\.ar\.txt#L\d+/);
        await harness.close(uri);
        return;
      }
    }
    assert.fail('the engine returns a fact card somewhere in the corpus');
  });

  void test('each quick fix yields the corrected text', async () => {
    assert.ok(fixable.length > 0, 'the corpus has a fixable finding');
    for (const draft of fixable) {
      const uri = fileUri(draft.file);
      await harness.open(uri, draft.text);
      const diagnostics = await harness.pushed(uri);
      for (const diagnostic of diagnostics) {
        const finding = draft.findings.find((item) => item.ruleId === diagnostic.code && item.message === diagnostic.message);
        if (!finding?.fixes[0]) continue;
        const actions = (await harness.codeActions(uri, diagnostic.range, [diagnostic])) ?? [];
        const preferred = actions.find((action) => action.isPreferred);
        assert.ok(preferred, `a preferred fix for ${diagnostic.code} in ${draft.file}`);
        assert.equal(preferred.kind, 'quickfix');
        assert.equal(preferred.title, finding.fixes[0].title);
        const fixed = applyEdits(draft.text, preferred.edit!.changes![uri]!);
        const wanted = applyFixes(draft.text, [{ ...finding }]).text;
        assert.equal(fixed, wanted, `${draft.file}: ${diagnostic.code}`);
      }
      await harness.close(uri);
    }
  });

  void test('source.fixAll.isnad applies every fix with the engine semantics', async () => {
    assert.ok(fixable.length > 0, 'the corpus has a fixable finding');
    for (const draft of fixable) {
      const uri = fileUri(draft.file);
      await harness.open(uri, draft.text);
      await harness.pushed(uri);
      const actions = (await harness.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll'])) ?? [];
      assert.equal(actions.length, 1, draft.file);
      assert.equal(actions[0]!.kind, 'source.fixAll.isnad');
      const fixed = applyEdits(draft.text, actions[0]!.edit!.changes![uri]!);
      assert.equal(fixed, applyFixes(draft.text, draft.findings).text, draft.file);
      // Nothing else comes back when only source actions are asked for, and no source action when none is.
      const quick = (await harness.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [])) ?? [];
      assert.ok(quick.every((action) => action.kind !== 'source.fixAll.isnad'));
      await harness.close(uri);
    }
  });

  void test('"disable for this line" silences exactly that finding', async () => {
    const draft = fixable[0];
    assert.ok(draft, 'the corpus has a draft for this test (a finding)');
    const uri = fileUri(draft.file);
    await harness.open(uri, draft.text);
    const diagnostics = await harness.pushed(uri);
    const target = diagnostics[0]!;
    const actions = (await harness.codeActions(uri, target.range, [target])) ?? [];
    const disable = actions.find((action) => action.title.includes(String(target.code)) && !action.isPreferred && action.edit?.changes?.[uri]?.[0]?.newText.includes('isnad-disable'));
    assert.ok(disable, 'a disable action');
    const silenced = applyEdits(draft.text, disable.edit!.changes![uri]!);
    assert.match(silenced, new RegExp(`<!-- isnad-disable-(next-)?line ${target.code} -->`));
    await harness.replaceAll(uri, draft.text, silenced);
    const after = await harness.pushed(uri);
    assert.equal(after.length, diagnostics.length - 1, 'one finding fewer');
    assert.ok(!after.some((diagnostic) => diagnostic.code === target.code && diagnostic.message === target.message));
    await harness.close(uri);
  });

  void test('a quick fix whose text changed is not offered', async () => {
    const draft = fixable[0];
    assert.ok(draft, 'the corpus has a draft for this test (a finding)');
    const uri = fileUri(draft.file);
    await harness.open(uri, draft.text);
    const diagnostics = await harness.pushed(uri);
    const target = diagnostics.find((diagnostic) => (diagnostic.data as { fixes: unknown[] }).fixes.length > 0)!;
    // Replace the flagged words behind the server's back (a concurrent edit).
    await harness.change(uri, [{ range: target.range, text: 'X' }]);
    const actions = (await harness.codeActions(uri, target.range, [target])) ?? [];
    assert.ok(!actions.some((action) => action.isPreferred), 'the stale fix is gone');
    await harness.close(uri);
  });

  void test('settings changes re-check open drafts: rule severity, off, and message language', async () => {
    const draft = fixable.find((item) => item.findings.some((finding) => finding.lang === 'ar'));
    assert.ok(draft, 'the corpus has a draft for this test (an Arabic finding)');
    const uri = fileUri(draft.file);
    await harness.open(uri, draft.text);
    const before = await harness.pushed(uri);
    const ruleId = String(before[0]!.code);
    const count = before.filter((diagnostic) => diagnostic.code === ruleId).length;

    let published = harness.published.length;
    await harness.changeConfiguration({ rules: { [ruleId]: 'warning' } });
    let next = await harness.waitFor(() => harness.published.slice(published).findLast((params) => params.uri === uri)?.diagnostics, 'a re-check');
    assert.ok(next.filter((diagnostic) => diagnostic.code === ruleId).every((diagnostic) => diagnostic.severity === 2));

    published = harness.published.length;
    await harness.changeConfiguration({ rules: { [ruleId]: 'off' } });
    next = await harness.waitFor(() => harness.published.slice(published).findLast((params) => params.uri === uri)?.diagnostics, 'a re-check');
    assert.equal(next.length, before.length - count);

    published = harness.published.length;
    await harness.changeConfiguration({ messageLanguage: 'en' });
    next = await harness.waitFor(() => harness.published.slice(published).findLast((params) => params.uri === uri)?.diagnostics, 'a re-check');
    const english = checker.check(draft.text, { format: 'markdown', messageLang: 'en' }).findings.map((finding) => finding.message).sort();
    assert.deepEqual(next.map((diagnostic) => diagnostic.message).sort(), english);

    await harness.changeConfiguration({});
    await harness.close(uri);
  });

  void test('isnad.noteLevel turns the notes on unverified claims on and sets their severity', async () => {
    // One sentence names too little of the story to be tied to it by detection, so its front matter ties it.
    const text = '---\nstory: iraq-coalition-talks\n---\nMeanwhile, US Defense Secretary Lloyd Austin met his counterpart in Washington.\n';
    const notes = (level: 'info' | 'hint') =>
      checker.check(text, { format: 'markdown', rules: { 'unverified-claim': level } }).findings.filter((finding) => finding.ruleId === 'unverified-claim');
    const uri = fileUri(join(corpusDir, 'note-level.md'));
    await harness.open(uri, text);
    assert.ok(!(await harness.pushed(uri)).some((diagnostic) => diagnostic.code === 'unverified-claim'), 'off by default');
    assert.ok(notes('info').length > 0, 'the engine has a note on this sentence');
    const published = harness.published.length;
    await harness.changeConfiguration({ noteLevel: 'hint' });
    const next = await harness.waitFor(() => harness.published.slice(published).findLast((params) => params.uri === uri)?.diagnostics, 'a re-check');
    const shown = next.filter((diagnostic) => diagnostic.code === 'unverified-claim');
    assert.equal(shown.length, notes('hint').length);
    assert.ok(shown.every((diagnostic) => diagnostic.severity === 4));
    await harness.changeConfiguration({});
    await harness.close(uri);
  });

  void test('edits are checked again after the debounce', async () => {
    const draft = fixable[0];
    assert.ok(draft, 'the corpus has a draft for this test (a finding)');
    const uri = fileUri(draft.file);
    await harness.open(uri, draft.text);
    const before = await harness.pushed(uri);
    const fixedText = applyFixes(draft.text, draft.findings).text;
    await harness.replaceAll(uri, draft.text, fixedText);
    const after = await harness.pushed(uri);
    assert.deepEqual(after.map(shapeOf).sort(byPosition), engineShapes(checker, fixedText));
    assert.ok(after.length < before.length, 'fixing removes findings');
    await harness.close(uri);
  });

  void test('Check Workspace publishes diagnostics for every draft and reports progress', async () => {
    const progress = harness.progress.length;
    const summary = (await harness.executeCommand('isnad.checkWorkspace', [], 'workspace-token')) as { files: number; errors: number };
    assert.ok(summary.files >= files.length, `checked ${summary.files} files`);
    for (const file of files) {
      const params = harness.diagnostics.get(fileUri(file));
      assert.ok(params, `diagnostics for ${file}`);
      assert.deepEqual(params.diagnostics.map(shapeOf).sort(byPosition), engineShapes(checker, texts.get(file)!), file);
    }
    const reports = harness.progress.slice(progress) as { token: string; value: { kind: string } }[];
    assert.deepEqual([reports[0]?.value.kind, reports.at(-1)?.value.kind], ['begin', 'end']);
    assert.ok(reports.every((report) => report.token === 'workspace-token'));
  });

  void test('language ids of other editors (`text`) are checked as plain text', async () => {
    const text = 'قال وزير الدفاع ثامر العباسي إن المفاوضات مع السفيرة الأمريكية إلينا رومانوسكي مستمرة في واشنطن.\n';
    const expected = checker.check(text, { format: 'plaintext' }).findings;
    assert.ok(expected.length > 0, 'the engine flags the misspelt name');
    const uri = fileUri(join(corpusDir, 'notes-from-neovim.txt'));
    await harness.open(uri, text, 'text');
    assert.equal((await harness.pushed(uri)).length, expected.length);
    await harness.close(uri);
  });

  void test('with a pulling client, Check Workspace pushes for open drafts too, until their next edit', async () => {
    const draft = fixable[0];
    assert.ok(draft, 'the corpus has a draft for this test (a finding)');
    const pull = await Harness.start({ folders: [corpusDir], settings: {}, diagnostics: 'pull' });
    try {
      const uri = fileUri(draft.file);
      await pull.open(uri, draft.text);
      await pull.executeCommand('isnad.checkWorkspace');
      assert.ok((pull.diagnostics.get(uri)?.diagnostics.length ?? 0) > 0, 'pushed for the open draft');
      const published = pull.published.length;
      await pull.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
      await pull.waitFor(() => pull.published.slice(published).find((params) => params.uri === uri && params.diagnostics.length === 0), 'the pushed diagnostics to be dropped');
    } finally {
      await pull.stop();
    }
  });

  void test('Check Current Document returns the counts', async () => {
    const draft = fixable[0] ?? { file: files[0]!, text: texts.get(files[0]!)! };
    const uri = fileUri(draft.file);
    await harness.open(uri, draft.text);
    const summary = (await harness.executeCommand('isnad.checkDocument', [uri])) as { files: number; errors: number; warnings: number };
    const findings = checker.check(draft.text, { format: 'markdown' }).findings;
    assert.equal(summary.files, 1);
    assert.equal(summary.errors, findings.filter((finding) => finding.severity === 'error').length);
    await harness.close(uri);
  });
});
