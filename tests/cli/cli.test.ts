/**
 * End-to-end tests of the built CLI (`node dist/cli.js`): commands, exit codes, formats, stdin,
 * shards, configuration errors, fact-base validation, odd files and worker threads. Tests that
 * need findings use the engine's `name-spelling` rule and the tests' own small fact base.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { encodeText } from '../../host/src/files';
import { cliPath, hasRule, MINI_ARTICLE, repoRoot, runCli, tempDir, writeFiles, writeMiniFactBase } from './helpers';
import { sarifErrors } from './sarifSchema';
import packageJson from '../../package.json';

const needsNameRule = hasRule('name-spelling') ? {} : { skip: 'the name-spelling rule is not registered yet' };

/** A project folder with the mini fact base and a configuration that uses only it. */
/**
 * A project with the mini fact base. Its one-line drafts name too little of the story to be tied to
 * it automatically, so the configuration ties every draft to it (`drafts` globs).
 */
function project(files: Record<string, string | Uint8Array> = {}) {
  const temp = tempDir();
  writeMiniFactBase(join(temp.dir, 'kb'));
  writeFiles(temp.dir, { '.isnadrc.json': JSON.stringify({ bundledFactBase: false, factBases: [MINI_TIED], exclude: ['kb'] }), ...files });
  return temp;
}

const MINI_TIED = { path: 'kb/mini.factbase.json', drafts: ['**'] };
const CLEAN_EN = '# Talks\n\nIraqi Defence Minister Thabet al-Abbasi leads the delegation in Washington.\n';
const CLEAN_AR = 'يرأس وزير الدفاع ثابت العباسي الوفد العراقي في واشنطن.\n';
const WRONG_EN = '# Talks\n\nIraqi Defence Minister Thamer al-Abbasi leads the delegation in Washington.\n';

test('--version, --help, and usage errors exit 2', () => {
  const version = runCli(['--version']);
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), packageJson.version);
  const help = runCli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: isnad <command>/);
  assert.match(help.stdout, /kb validate/);
  const checkHelp = runCli(['check', '--help']);
  assert.equal(checkHelp.status, 0);
  for (const flag of ['--format', '--kb', '--no-bundled-kb', '--config', '--max-warnings', '--fix', '--stdin', '--stdin-filename', '--shard', '--quiet', '--rule', '--output-file', '--no-color', '--lang']) {
    assert.ok(checkHelp.stdout.includes(flag), `check --help mentions ${flag}`);
  }
  assert.equal(runCli([]).status, 2);
  for (const args of [['frobnicate'], ['check', '--bogus'], ['check', '--format', 'xml'], ['check', '--shard', '3/2'], ['check', '--max-warnings', 'many'], ['check', '--lang', 'fr'], ['check', '--rule', 'no-such-rule=off'], ['check', '--rule', 'x'], ['check', '--stdin', 'a.md'], ['kb', 'frob'], ['rules', '--format', 'xml']]) {
    const run = runCli(args);
    assert.equal(run.status, 2, `${args.join(' ')} exits 2`);
    assert.match(run.stderr, /^isnad: /, `${args.join(' ')} explains itself`);
    assert.equal(run.stdout, '');
  }
});

test('rules lists the registry', () => {
  const text = runCli(['rules']);
  assert.equal(text.status, 0);
  const json = runCli(['rules', '--format', 'json']);
  assert.equal(json.status, 0);
  const list = JSON.parse(json.stdout) as { id: string }[];
  for (const rule of list) assert.ok(text.stdout.includes(rule.id));
});

test('kb validate: every story fact base in tests/fixtures/stories is valid', () => {
  const dir = join(repoRoot, 'tests', 'fixtures', 'stories');
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(dir, entry.name)).filter((name) => name.endsWith('.factbase.json')).map((name) => join('tests', 'fixtures', 'stories', entry.name, name)));
  assert.ok(files.length >= 3, `story fact bases found: ${files.join(', ')}`);
  const run = runCli(['kb', 'validate', ...files]);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  for (const file of files) assert.match(run.stdout, new RegExp(`✔ ${file.replace(/[.]/g, '\\.')}: valid \\(\\d+ facts\\)`));
});

test('kb validate: valid files pass, problems are listed as file:line:col  message  (json path) with exit 2', () => {
  const { dir, cleanup } = project();
  try {
    const ok = runCli(['kb', 'validate', 'kb/mini.factbase.json'], { cwd: dir });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /✔ kb\/mini\.factbase\.json: valid \(4 facts\)/);
    const kb = JSON.parse(readFileSync(join(dir, 'kb', 'mini.factbase.json'), 'utf8'));
    kb.people[0].evidence[0].start += 1;
    kb.posts[0].holder = 'nobody';
    writeFileSync(join(dir, 'kb', 'broken.factbase.json'), JSON.stringify(kb, null, 2));
    writeFileSync(join(dir, 'kb', 'syntax.factbase.json'), '{\n  "id": "x",\n  oops\n}');
    const bad = runCli(['kb', 'validate', 'kb/broken.factbase.json', 'kb/syntax.factbase.json', 'kb/mini.factbase.json'], { cwd: dir });
    assert.equal(bad.status, 2);
    const lines = bad.stdout.trim().split('\n');
    assert.match(lines.find((line) => line.includes('nobody'))!, /^kb\/broken\.factbase\.json:\d+:\d+ {2}.*"nobody".* {2}\(\$\.posts\[0\]\.holder\)$/);
    assert.ok(lines.some((line) => /^kb\/syntax\.factbase\.json:3:3 {2}invalid JSON.* {2}\(\$\)$/.test(line)), bad.stdout);
    assert.equal(lines.at(-1), `✖ ${lines.length - 2} problems`);
    assert.match(bad.stdout, /mini\.factbase\.json: valid/);
  } finally {
    cleanup();
  }
});

test('kb validate warns of a quantity whose subject names no fact, and counts it apart from facts marked unsure', () => {
  const { dir, cleanup } = project();
  try {
    const kb = JSON.parse(readFileSync(join(dir, 'kb', 'mini.factbase.json'), 'utf8'));
    const evidence = kb.people[0].evidence;
    kb.quantities = [...(kb.quantities ?? []), { id: 'delegation-size', value: 12, unit: 'count', subject: 'the-delegation', noun: { ar: ['عضوا'], en: ['members'] }, evidence }];
    writeFileSync(join(dir, 'kb', 'subject.factbase.json'), JSON.stringify(kb, null, 2));
    const run = runCli(['kb', 'validate', 'kb/subject.factbase.json'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /valid \(\d+ facts\)\n/);
    assert.match(run.stdout, /warning {2}subject \(delegation-size\): unknown id "the-delegation"; expected one of: people, organisations, places, events, groups, or a gazetteer id\. The quantity is checked without its subject {2}\(\$\.quantities\[\d+\]\.subject\)$/m);
    assert.match(run.stdout, /⚠ 1 warning: check it against the article/);
  } finally {
    cleanup();
  }
});

test('kb validate and kb show surface facts marked unsure: warnings, exit 0', () => {
  const { dir, cleanup } = project();
  try {
    const kb = JSON.parse(readFileSync(join(dir, 'kb', 'mini.factbase.json'), 'utf8'));
    kb.schemaVersion = 2;
    kb.posts[0].review = { unsure: true, reason: 'the title may belong to another person' };
    writeFileSync(join(dir, 'kb', 'unsure.factbase.json'), JSON.stringify(kb, null, 2));
    const run = runCli(['kb', 'validate', 'kb/unsure.factbase.json'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /valid \(4 facts, 1 marked unsure\)/);
    assert.match(run.stdout, /^kb\/unsure\.factbase\.json:\d+:\d+ {2}warning {2}unsure \(abbasi-defence\): the title may belong to another person {2}\(\$\.posts\[0\]\.review\)$/m);
    const show = runCli(['kb', 'show', 'kb/unsure.factbase.json'], { cwd: dir });
    assert.equal(show.status, 0);
    assert.match(show.stdout, /To review \(marked unsure\)[\s\S]*abbasi-defence/);
  } finally {
    cleanup();
  }
});

test('kb show prints the fact base', () => {
  const { dir, cleanup } = project();
  try {
    const en = runCli(['kb', 'show', 'kb/mini.factbase.json'], { cwd: dir });
    assert.equal(en.status, 0, en.stderr);
    assert.match(en.stdout, /^# Mini fact base of the CLI tests/);
    assert.match(en.stdout, /Thabet al-Abbasi/);
    const ar = runCli(['kb', 'show', 'kb/mini.factbase.json', '--lang', 'ar'], { cwd: dir });
    assert.match(ar.stdout, /الأشخاص/);
    assert.equal(runCli(['kb', 'show', 'kb/nope.json'], { cwd: dir }).status, 2);
  } finally {
    cleanup();
  }
});

test('fact-base and configuration problems exit 2 with the problem list', () => {
  const { dir, cleanup } = project({ 'a.md': CLEAN_EN });
  try {
    writeFileSync(join(dir, 'bad.json'), '{"id": "bad"}');
    const kb = runCli(['check', '--kb', 'bad.json'], { cwd: dir });
    assert.equal(kb.status, 2);
    assert.match(kb.stderr, /invalid fact base/);
    assert.match(kb.stderr, /bad\.json:1:1 {2}.+ {2}\(\$\.source\)/);
    const none = runCli(['check', '--no-config', '--no-bundled-kb'], { cwd: dir });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no fact base/);
    writeFileSync(join(dir, '.isnadrc.json'), '{\n  "bundledFactBase": false,\n  "factBases": ["../outside.json"],\n  "lang": "fr"\n}\n');
    const config = runCli(['check'], { cwd: dir });
    assert.equal(config.status, 2);
    assert.match(config.stderr, /invalid configuration/);
    assert.match(config.stderr, /\.isnadrc\.json:3:17 {2}.*stay inside.* {2}\(\$\.factBases\[0\]\)/);
    assert.match(config.stderr, /\.isnadrc\.json:4:3 {2}.* {2}\(\$\.lang\)/);
    const missing = runCli(['check', '--config', 'nope.json'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.json.*cannot read/);
    // Absolute paths on the command line may point anywhere.
    const absolute = runCli(['check', '--no-config', '--no-bundled-kb', '--kb', join(dir, 'kb', 'mini.factbase.json'), 'a.md'], { cwd: join(dir, 'kb') });
    assert.equal(absolute.status, 2, 'a.md is not in kb/');
    const fromElsewhere = runCli(['check', '--no-config', '--no-bundled-kb', '--kb', join(dir, 'kb', 'mini.factbase.json'), join(dir, 'a.md')], { cwd: join(dir, 'kb') });
    assert.equal(fromElsewhere.status, 0, fromElsewhere.stderr);
  } finally {
    cleanup();
  }
});

test('a clean folder: exit 0 in every format; SARIF validates', () => {
  const { dir, cleanup } = project({ 'drafts/en.md': CLEAN_EN, 'drafts/ar.md': CLEAN_AR, 'drafts/notes.txt': 'Nothing here.\n' });
  try {
    const text = runCli(['check'], { cwd: dir });
    assert.equal(text.status, 0, text.stderr);
    assert.equal(text.stdout, '');
    const json = runCli(['check', '--format', 'json', 'drafts'], { cwd: dir });
    assert.equal(json.status, 0);
    const reports = JSON.parse(json.stdout) as { file: string; findings: unknown[] }[];
    assert.deepEqual(reports.map((report) => report.file), ['drafts/ar.md', 'drafts/en.md', 'drafts/notes.txt']);
    assert.ok(reports.every((report) => Array.isArray(report.findings)));
    const sarif = runCli(['check', '--format', 'sarif'], { cwd: dir });
    assert.equal(sarif.status, 0);
    const log = JSON.parse(sarif.stdout);
    assert.deepEqual(sarifErrors(log), []);
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
    const github = runCli(['check', '--format', 'github'], { cwd: dir });
    assert.equal(github.status, 0);
    assert.equal(github.stdout, '');
  } finally {
    cleanup();
  }
});

test('odd files: binary, empty, UTF-16, huge, Latin-1, spaces and Arabic names never crash', () => {
  const { dir, cleanup } = project({
    'd/empty.md': '',
    'd/binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    'd/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    'd/utf16.md': encodeText(CLEAN_AR, 'utf16le'),
    'd/huge.md': 'word '.repeat(300_000),
    'd/with space/مسودة عربية.md': CLEAN_AR,
  });
  try {
    const run = runCli(['check', '--format', 'json', 'd', '--max-file-size', '1mb'], { cwd: dir });
    // The Latin-1 draft is named and fails the run; the others are checked all the same.
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stderr, 'isnad: d/latin1.txt: looks like Windows-1252 or ISO-8859-1 (a legacy Western European encoding), not UTF-8; convert it to UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)\n');
    const reports = JSON.parse(run.stdout) as { file: string; skipped?: string; findings: unknown[] }[];
    const byFile = new Map(reports.map((report) => [report.file, report]));
    assert.deepEqual([...byFile.keys()], ['d/binary.md', 'd/empty.md', 'd/huge.md', 'd/latin1.txt', 'd/utf16.md', 'd/with space/مسودة عربية.md']);
    assert.match(byFile.get('d/binary.md')!.skipped!, /binary/);
    assert.match(byFile.get('d/latin1.txt')!.skipped!, /Windows-1252.*not UTF-8/);
    assert.match(byFile.get('d/huge.md')!.skipped!, /too large/);
    assert.equal(byFile.get('d/empty.md')!.skipped, undefined);
    assert.equal(byFile.get('d/utf16.md')!.skipped, undefined);
    const text = runCli(['check', 'd', '--max-file-size', '1mb'], { cwd: dir });
    assert.equal(text.status, 2);
    assert.match(text.stdout, /d\/binary\.md\n {2}warning {2}skipped: binary file/);
    assert.match(text.stdout, /d\/latin1\.txt\n {2}error {2}skipped: looks like Windows-1252/);
    assert.match(text.stdout, /⚠ 3 files skipped/);
    const sarif = runCli(['check', 'd', '--format', 'sarif', '--max-file-size', '1mb'], { cwd: dir });
    const log = JSON.parse(sarif.stdout);
    assert.deepEqual(sarifErrors(log), []);
    assert.equal(log.runs[0].invocations[0].toolExecutionNotifications.length, 3);
  } finally {
    cleanup();
  }
});

test('files, globs and folders that match no draft exit 2', () => {
  const { dir, cleanup } = project({ 'empty/readme.png': 'x' });
  try {
    const missing = runCli(['check', 'nope.md', 'drafts/**/*.md'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no files match "nope\.md"/);
    assert.match(missing.stderr, /no files match "drafts\/\*\*\/\*\.md"/);
    const empty = runCli(['check', 'empty', '--format', 'json'], { cwd: dir });
    assert.equal(empty.status, 2);
    assert.equal(empty.stderr, 'isnad: no drafts in the folder "empty" (no file in it matches **/*.md, **/*.markdown, **/*.txt)\n');
    assert.equal(empty.stdout, '');
  } finally {
    cleanup();
  }
});

test('--stdin with --stdin-filename', () => {
  const { dir, cleanup } = project();
  try {
    const run = runCli(['check', '--stdin', '--stdin-filename', 'drafts/piped.md', '--format', 'json'], { cwd: dir, input: CLEAN_EN });
    assert.equal(run.status, 0, run.stderr);
    const reports = JSON.parse(run.stdout);
    assert.equal(reports.length, 1);
    assert.equal(reports[0].file, 'drafts/piped.md');
    const anonymous = runCli(['check', '--stdin', '--format', 'json'], { cwd: dir, input: CLEAN_AR });
    assert.equal(JSON.parse(anonymous.stdout)[0].file, '<stdin>');
    const sarif = runCli(['check', '--stdin', '--format', 'sarif'], { cwd: dir, input: CLEAN_AR });
    assert.deepEqual(sarifErrors(JSON.parse(sarif.stdout)), []);
    const binary = runCli(['check', '--stdin'], { cwd: dir, input: Buffer.from([0, 1, 2]) });
    assert.equal(binary.status, 2);
    assert.equal(runCli(['check', '--stdin', '--fix'], { cwd: dir, input: CLEAN_EN }).status, 2);
  } finally {
    cleanup();
  }
});

test('--shard i/n: the shards cover every file exactly once', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 23; i++) files[`drafts/${i % 3 === 0 ? 'sub/' : ''}draft-${i}.md`] = CLEAN_EN;
  const { dir, cleanup } = project(files);
  try {
    const all = (JSON.parse(runCli(['check', 'drafts', '--format', 'json'], { cwd: dir }).stdout) as { file: string }[]).map((r) => r.file);
    assert.equal(all.length, 23);
    for (const count of [2, 5]) {
      const seen: string[] = [];
      for (let index = 1; index <= count; index++) {
        const run = runCli(['check', 'drafts', '--format', 'json', '--shard', `${index}/${count}`], { cwd: dir });
        assert.equal(run.status, 0, run.stderr);
        seen.push(...(JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file));
      }
      assert.deepEqual([...seen].sort(), [...all].sort(), `${count} shards`);
      assert.equal(new Set(seen).size, seen.length);
    }
    // More shards than files: the extra shards are empty, not errors.
    const empty = runCli(['check', 'drafts', '--format', 'json', '--shard', '30/30'], { cwd: dir });
    assert.equal(empty.status, 0);
    assert.equal(empty.stdout.trim(), '[]');
    // The split is deterministic.
    const first = runCli(['check', 'drafts', '--format', 'json', '--shard', '2/4'], { cwd: dir }).stdout;
    assert.equal(runCli(['check', 'drafts', '--format', 'json', '--shard', '2/4'], { cwd: dir }).stdout, first);
  } finally {
    cleanup();
  }
});

test('--output-file writes the whole report', () => {
  const { dir, cleanup } = project({ 'a.md': CLEAN_EN });
  try {
    const run = runCli(['check', '--format', 'sarif', '--output-file', 'out/report.sarif'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.ok(existsSync(join(dir, 'out', 'report.sarif')));
    assert.deepEqual(sarifErrors(JSON.parse(readFileSync(join(dir, 'out', 'report.sarif'), 'utf8'))), []);
  } finally {
    cleanup();
  }
});

test('many files run on worker threads with the same, ordered output', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 70; i++) files[`many/${String(i).padStart(3, '0')}.md`] = i % 2 ? CLEAN_EN : WRONG_EN;
  const { dir, cleanup } = project(files);
  try {
    const one = runCli(['check', 'many', '--format', 'json', '--jobs', '1'], { cwd: dir });
    const two = runCli(['check', 'many', '--format', 'json', '--jobs', '2'], { cwd: dir });
    const auto = runCli(['check', 'many', '--format', 'json'], { cwd: dir });
    assert.equal(two.stdout, one.stdout);
    assert.equal(auto.stdout, one.stdout);
    assert.equal(two.status, one.status);
    assert.equal(JSON.parse(one.stdout).length, 70);
  } finally {
    cleanup();
  }
});

test('findings: exit 1, every format locates them', needsNameRule, () => {
  const { dir, cleanup } = project({ 'drafts/wrong draft.md': WRONG_EN, 'drafts/clean.md': CLEAN_EN });
  try {
    const text = runCli(['check'], { cwd: dir });
    assert.equal(text.status, 1, text.stderr);
    assert.match(text.stdout, /^drafts\/wrong draft\.md$/m);
    assert.match(text.stdout, /^ {2}3:24 {2}error {2}.+ {2}name-spelling$/m);
    assert.match(text.stdout, /✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    const json = JSON.parse(runCli(['check', '--format', 'json'], { cwd: dir }).stdout);
    const wrong = json.find((r: { file: string }) => r.file === 'drafts/wrong draft.md');
    const finding = wrong.findings.find((f: { ruleId: string }) => f.ruleId === 'name-spelling');
    assert.equal(WRONG_EN.slice(finding.start, finding.end), 'Thamer al-Abbasi');
    assert.deepEqual([finding.line, finding.column, finding.endLine, finding.endColumn], [3, 24, 3, 40]);
    assert.equal(finding.fixes[0].edits[0].text, 'Thabet al-Abbasi');
    if (finding.evidence.length > 0) {
      const evidence = finding.evidence[0];
      assert.equal(evidence.file, 'kb/mini-article.txt');
      assert.equal(MINI_ARTICLE.slice(evidence.start, evidence.end), evidence.text);
    }
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif'], { cwd: dir }).stdout);
    assert.deepEqual(sarifErrors(sarif), []);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'name-spelling');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'drafts/wrong%20draft.md');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 24, endLine: 3, endColumn: 40 });
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'Thabet al-Abbasi');
    assert.ok(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'name-spelling'));
    if (result.relatedLocations) assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, 'kb/mini-article.txt');
    // eslint-disable-next-line no-control-regex -- the colours are ANSI escape sequences.
    assert.match(runCli(['check', '--color'], { cwd: dir }).stdout, /\u001b\[31m/);
    // eslint-disable-next-line no-control-regex -- the colours are ANSI escape sequences.
    assert.match(runCli(['check'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, /\u001b\[/);
    // eslint-disable-next-line no-control-regex -- the colours are ANSI escape sequences.
    assert.doesNotMatch(runCli(['check', '--no-color'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout, /\u001b\[/);
    const github = runCli(['check', '--format', 'github'], { cwd: dir });
    assert.equal(github.status, 1);
    assert.match(github.stdout, /^::error file=drafts\/wrong draft\.md,line=3,col=24,endLine=3,endColumn=40,title=name-spelling::/m);
  } finally {
    cleanup();
  }
});

test('--rule, --quiet and --max-warnings decide the exit code', needsNameRule, () => {
  const { dir, cleanup } = project({ 'a.md': WRONG_EN });
  try {
    const warning = runCli(['check', '--rule', 'name-spelling=warning'], { cwd: dir });
    assert.equal(warning.status, 0, 'warnings alone pass');
    assert.match(warning.stdout, /warning/);
    assert.equal(runCli(['check', '--rule', 'name-spelling=warning', '--max-warnings', '0'], { cwd: dir }).status, 1);
    assert.equal(runCli(['check', '--rule', 'name-spelling=warning', '--max-warnings', '5'], { cwd: dir }).status, 0);
    const quiet = runCli(['check', '--rule', 'name-spelling=warning', '--quiet', '--max-warnings', '0'], { cwd: dir });
    assert.equal(quiet.status, 0);
    assert.equal(quiet.stdout, '');
    assert.equal(runCli(['check', '--rule', 'name-spelling=off', '--format', 'json'], { cwd: dir }).status, 0);
    writeFileSync(join(dir, '.isnadrc.json'), JSON.stringify({ bundledFactBase: false, factBases: [MINI_TIED], exclude: ['kb'], rules: { 'name-spelling': 'off' } }));
    assert.equal(runCli(['check'], { cwd: dir }).status, 0, 'the configuration turns the rule off');
    assert.equal(runCli(['check', '--rule', 'name-spelling=error'], { cwd: dir }).status, 1, 'the command line wins');
  } finally {
    cleanup();
  }
});

test('--fix rewrites the draft, re-checks it, and reports what remains', needsNameRule, () => {
  const { dir, cleanup } = project({ 'drafts/a draft.md': WRONG_EN, 'drafts/utf16.md': encodeText(WRONG_EN, 'utf16le') });
  try {
    const run = runCli(['check', '--fix', 'drafts'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'drafts', 'a draft.md'), 'utf8'), CLEAN_EN);
    assert.deepEqual(readFileSync(join(dir, 'drafts', 'utf16.md')), encodeText(CLEAN_EN, 'utf16le'));
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /✔ fixed 2 problems in 2 files/);
    const again = runCli(['check', '--fix', 'drafts', '--format', 'json'], { cwd: dir });
    assert.equal(again.status, 0);
    assert.deepEqual(JSON.parse(again.stdout).map((r: { fixed: number }) => r.fixed), [0, 0]);
  } finally {
    cleanup();
  }
});

test('lsp: a transport is required; --stdio answers initialize and exits on request', async () => {
  const run = runCli(['lsp']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--stdio/);
  if (!existsSync(join(repoRoot, 'dist', 'server.js'))) {
    const missing = runCli(['lsp', '--stdio']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /language server is not part of this build/);
    return;
  }
  const child = spawn(process.execPath, [cliPath, 'lsp', '--stdio'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  let out = '';
  const answered = new Promise<string>((resolveAnswer, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to initialize: ${out}`)), 20_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/"id":1/.test(out)) {
        clearTimeout(timer);
        resolveAnswer(out);
      }
    });
  });
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  try {
    const answer = await answered;
    assert.match(answer, /^Content-Length: \d+\r\n\r\n/);
    const message = JSON.parse(answer.slice(answer.indexOf('{')));
    assert.equal(message.id, 1);
    assert.ok(message.result.capabilities, 'the server states its capabilities');
    // The protocol's way out: shutdown, then exit, ends the process with code 0.
    for (const message of [{ jsonrpc: '2.0', id: 2, method: 'shutdown' }, { jsonrpc: '2.0', method: 'exit' }]) {
      const text = JSON.stringify(message);
      child.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
    }
    const timer = setTimeout(() => child.kill(), 10_000);
    assert.equal(await exited, 0, 'the server exits after shutdown and exit');
    clearTimeout(timer);
  } finally {
    if (child.exitCode === null) child.kill();
  }
});

test('checking the bundled examples runs (npm start)', () => {
  const run = runCli(['check', 'examples/drafts', '--format', 'json']);
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const reports = JSON.parse(run.stdout) as { file: string; findings: unknown[] }[];
  assert.ok(reports.length >= 4 && reports.length <= 6, 'four to six examples');
  assert.ok(reports.some((report) => report.findings.length === 0), 'one example is clean');
  assert.ok(reports.some((report) => report.findings.length > 0), 'some examples have errors');
});
