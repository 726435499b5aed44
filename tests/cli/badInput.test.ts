/**
 * Bad input gets a clear one-line error that names the file, with the right exit code, and never a
 * stack trace (issue 11): a folder or glob with no drafts, drafts in legacy encodings, a report
 * file whose folder is a file, the language server started without a transport, a configuration
 * with comments (accepted) and a misspelt configuration key (a suggestion).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { detectLegacyEncoding } from '../../host/src/encoding';
import { repoRoot, runCli, tempDir, writeFiles, writeMiniFactBase } from './helpers';

/** A project folder with the mini fact base and a configuration that uses only it. */
function project(files: Record<string, string | Uint8Array> = {}) {
  const temp = tempDir();
  writeMiniFactBase(join(temp.dir, 'kb'));
  writeFiles(temp.dir, { '.isnadrc.json': JSON.stringify({ bundledFactBase: false, factBases: ['kb/mini.factbase.json'], exclude: ['kb'] }), ...files });
  return temp;
}

/** Encodes text in a single-byte encoding, with a table built from Node's own decoder. */
function encodeSingleByte(text: string, label: string): Buffer {
  const table = new Map<string, number>();
  const decoder = new TextDecoder(label);
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\ufffd' && !table.has(char)) table.set(char, byte);
  }
  return Buffer.from(
    [...text].map((char) => {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${label} has no byte for ${char}`);
      return byte;
    }),
  );
}

const ARABIC = 'يرأس وزير الدفاع ثابت العباسي الوفد العراقي في واشنطن، وقال إن المحادثات مستمرة.\n';
const ENGLISH = '# Talks\n\nIraqi Defence Minister Thabet al-Abbasi leads the delegation in Washington.\n';
/** A stack trace line, which no error here may print. */
const STACK = /\n\s+at |node:internal|\.js:\d+:\d+/;

test('a folder with no drafts, and a glob that matches nothing, exit 2 with a line naming them', () => {
  const { dir, cleanup } = project({ 'empty/photo.png': 'x', 'drafts/a.md': ENGLISH });
  try {
    const folder = runCli(['check', 'empty'], { cwd: dir });
    assert.equal(folder.status, 2);
    assert.equal(folder.stderr, 'isnad: no drafts in the folder "empty" (no file in it matches **/*.md, **/*.markdown, **/*.txt)\n');
    const glob = runCli(['check', 'drafts/**/*.markdown'], { cwd: dir });
    assert.equal(glob.status, 2);
    assert.equal(glob.stderr, 'isnad: no files match "drafts/**/*.markdown"\n');
    // One folder with drafts and one without still fails: every argument must name drafts.
    const mixed = runCli(['check', 'drafts', 'empty'], { cwd: dir });
    assert.equal(mixed.status, 2);
    assert.match(mixed.stderr, /no drafts in the folder "empty"/);
    const excluded = runCli(['check', 'drafts/a.md', '--no-config', '--kb', 'kb/mini.factbase.json', '--no-bundled-kb'], { cwd: dir });
    assert.equal(excluded.status, 0, excluded.stderr);
  } finally {
    cleanup();
  }
});

test('a folder whose every draft is excluded exits 2', () => {
  const { dir, cleanup } = tempDir();
  try {
    writeMiniFactBase(join(dir, 'kb'));
    writeFiles(dir, { '.isnadrc.json': JSON.stringify({ bundledFactBase: false, factBases: ['kb/mini.factbase.json'], exclude: ['kb', 'drafts/old.md'] }), 'drafts/old.md': ENGLISH });
    const run = runCli(['check', 'drafts/old.md'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no drafts to check in "drafts\/old\.md": every file found is excluded by the configuration/);
  } finally {
    cleanup();
  }
});

test('legacy encodings are named: Windows-1256, ISO-8859-6, UTF-16 without a BOM, Windows-1252; binary data is not', () => {
  const cases: [string, Uint8Array, RegExp | undefined][] = [
    ['Windows-1256', encodeSingleByte(ARABIC, 'windows-1256'), /^Windows-1256$/],
    ['ISO-8859-6', encodeSingleByte(ARABIC.replace(/،/g, ','), 'iso-8859-6'), /^ISO-8859-6$/],
    ['UTF-16LE', Buffer.from(ARABIC, 'utf16le'), /^UTF-16LE without a byte-order mark$/],
    ['UTF-16BE', Buffer.from(ENGLISH, 'utf16le').swap16(), /^UTF-16BE without a byte-order mark$/],
    ['French', encodeSingleByte('Le ministre est arrivé à Genève déjà très tôt.\n', 'windows-1252'), /^Windows-1252/],
    ['German', encodeSingleByte('Größere Männer äßen Brötchen für Überstunden.\n', 'windows-1252'), /^Windows-1252/],
    ['Spanish', encodeSingleByte('El niño comió en la cafetería; ¿qué más? Sí, también.\n', 'windows-1252'), /^Windows-1252/],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), undefined],
    ['noise', Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 7919 + 13) % 256)), undefined],
    ['damaged UTF-8', Buffer.concat([Buffer.from(ARABIC), Buffer.from([0xff])]), undefined],
  ];
  for (const [name, bytes, expected] of cases) {
    const found = detectLegacyEncoding(bytes);
    if (expected) assert.match(found?.name ?? 'nothing', expected, name);
    else assert.equal(found, undefined, name);
  }
});

test('a Windows-1256 draft fails the run with exit 2 and a line naming it; the other drafts are still checked', () => {
  const { dir, cleanup } = project({
    'drafts/legacy.md': encodeSingleByte(ARABIC, 'windows-1256'),
    'drafts/iso.txt': encodeSingleByte(ARABIC.replace(/،/g, ','), 'iso-8859-6'),
    'drafts/wide.md': Buffer.from(ARABIC, 'utf16le'),
    'drafts/good.md': ARABIC,
  });
  try {
    const run = runCli(['check', 'drafts', '--format', 'json'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      'isnad: drafts/iso.txt: looks like ISO-8859-6 (a legacy Arabic encoding), not UTF-8; convert it to UTF-8 (for example: iconv -f ISO-8859-6 -t UTF-8)',
      'isnad: drafts/legacy.md: looks like Windows-1256 (a legacy Arabic encoding), not UTF-8; convert it to UTF-8 (for example: iconv -f WINDOWS-1256 -t UTF-8)',
      'isnad: drafts/wide.md: looks like UTF-16LE without a byte-order mark (UTF-16), not UTF-8; convert it to UTF-8 (for example: iconv -f UTF-16LE -t UTF-8)',
    ]);
    const reports = JSON.parse(run.stdout) as { file: string; skipped?: string }[];
    assert.deepEqual(
      reports.map((report) => [report.file, report.skipped === undefined ? 'checked' : 'skipped']),
      [['drafts/good.md', 'checked'], ['drafts/iso.txt', 'skipped'], ['drafts/legacy.md', 'skipped'], ['drafts/wide.md', 'skipped']],
    );
    const github = runCli(['check', 'drafts/legacy.md', '--format', 'github'], { cwd: dir });
    assert.equal(github.status, 2);
    assert.match(github.stdout, /^::error file=drafts\/legacy\.md,title=isnad::skipped: looks like Windows-1256/m);
    const stdin = runCli(['check', '--stdin'], { cwd: dir, input: encodeSingleByte(ARABIC, 'windows-1256') });
    assert.equal(stdin.status, 2);
    assert.match(stdin.stderr, /^isnad: cannot check standard input: looks like Windows-1256/);
  } finally {
    cleanup();
  }
});

test('-o into a path whose folder is a file: one line, exit 2, no stack trace', () => {
  const { dir, cleanup } = project({ 'drafts/a.md': ENGLISH, 'report.txt': 'a file, not a folder' });
  try {
    const run = runCli(['check', 'drafts', '-o', 'report.txt/out.json', '--format', 'json'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'isnad: cannot write the report to report.txt/out.json: a part of its path is a file, not a folder\n');
    assert.doesNotMatch(run.stderr, STACK);
    const deeper = runCli(['check', 'drafts', '-o', 'report.txt/sub/out.sarif', '--format', 'sarif'], { cwd: dir });
    assert.equal(deeper.status, 2);
    assert.match(deeper.stderr, /^isnad: cannot write the report to report\.txt\/sub\/out\.sarif: a part of its path is a file, not a folder\n$/);
  } finally {
    cleanup();
  }
});

test('node dist/server.js without a transport prints a usage line and exits 2', () => {
  const run = spawnSync(process.execPath, [join(repoRoot, 'dist', 'server.js')], { encoding: 'utf8', input: '', timeout: 60_000 });
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^isnad language server: no transport given; usage: node dist\/server\.js --stdio/);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.doesNotMatch(run.stderr, STACK);
});

test('.isnadrc.json may hold comments and trailing commas (JSONC)', () => {
  const { dir, cleanup } = tempDir();
  try {
    writeMiniFactBase(join(dir, 'kb'));
    writeFiles(dir, {
      '.isnadrc.json': '{\n  // Only the story\'s own fact base.\n  "bundledFactBase": false,\n  /* the fact base */\n  "factBases": ["kb/mini.factbase.json",],\n  "exclude": ["kb"],\n}\n',
      'drafts/a.md': ENGLISH,
    });
    const run = runCli(['check', 'drafts'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
  } finally {
    cleanup();
  }
});

test('a misspelt configuration key gets "did you mean"', () => {
  const { dir, cleanup } = tempDir();
  try {
    writeMiniFactBase(join(dir, 'kb'));
    writeFiles(dir, { '.isnadrc.json': '{\n  "factbases": ["kb/mini.factbase.json"],\n  "bundledFactBase": false\n}\n', 'drafts/a.md': ENGLISH });
    const run = runCli(['check', 'drafts'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^ {2}\.isnadrc\.json:2:3 {2}unknown key "factbases"; did you mean "factBases"\? {2}\(\$\.factbases\)$/m);
    writeFiles(dir, { '.isnadrc.json': '{ "colour": true }' });
    const far = runCli(['check', 'drafts'], { cwd: dir });
    assert.equal(far.status, 2);
    assert.match(far.stderr, /unknown key "colour" {2}/);
    assert.doesNotMatch(far.stderr, /did you mean/);
  } finally {
    cleanup();
  }
});
