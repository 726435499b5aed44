/**
 * Output paths and article encodings a newsroom user meets: a report or fact base written into a
 * folder that does not exist yet (created), or one that cannot be created (one line, exit 2, never
 * a hang), and an article saved in a legacy encoding (named, with the iconv line, as for a draft).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFolders } from '../../host/src/files';
import { runCli, tempDir, writeMiniFactBase } from './helpers';

const ARTICLE = 'MUSCAT, Dec 2, 2026 - Labour Minister Mahfouz al-Rawahi said on Tuesday that 1,200 workers had joined the strike.\n';

/** The Arabic letters of `text` in Windows-1256, the legacy Arabic code page. */
function windows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Buffer.from([...text].map((char) => table.get(char) ?? 0x3f));
}

test('makeFolders creates missing levels and throws, without hanging, on a level that cannot be made', () => {
  const { dir, cleanup } = tempDir('isnad-folders-');
  try {
    makeFolders(join(dir, 'a', 'b', 'c'));
    assert.ok(existsSync(join(dir, 'a', 'b', 'c')));
    makeFolders(join(dir, 'a', 'b'));
    writeFileSync(join(dir, 'file'), 'x');
    assert.throws(() => makeFolders(join(dir, 'file', 'below')), { code: 'ENOTDIR' });
    // /proc exists, but no folder can be made in it: Node's recursive mkdirSync never returns here.
    assert.throws(() => makeFolders('/proc/isnad-nowhere/below'), { code: 'ENOENT' });
  } finally {
    cleanup();
  }
});

test('check --output-file in a folder that cannot be created: one line naming it, exit 2', () => {
  const { dir, cleanup } = tempDir('isnad-output-');
  try {
    const kb = writeMiniFactBase(dir);
    writeFileSync(join(dir, 'draft.md'), 'Iraqi Defence Minister Thabet al-Abbasi leads the delegation in Washington.\n');
    const run = runCli(['check', 'draft.md', '--no-config', '--no-bundled-kb', '--kb', kb, '--format', 'sarif', '--output-file', '/proc/isnad-nowhere/report.sarif'], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stderr.trim(), 'isnad: cannot write the report to /proc/isnad-nowhere/report.sarif: its folder does not exist and cannot be created');
  } finally {
    cleanup();
  }
});

test('kb draw --out creates the folders it names, like check --output-file, and says why it cannot', () => {
  const { dir, cleanup } = tempDir('isnad-draw-out-');
  try {
    writeFileSync(join(dir, 'strike.txt'), ARTICLE);
    const made = runCli(['kb', 'draw', 'strike.txt', '--out', 'facts/oman/strike.factbase.json'], { cwd: dir });
    assert.equal(made.status, 0, made.stderr);
    assert.match(readFileSync(join(dir, 'facts', 'oman', 'strike.factbase.json'), 'utf8'), /"schemaVersion"/);
    const refused = runCli(['kb', 'draw', 'strike.txt', '--out', '/proc/isnad-nowhere/strike.factbase.json'], { cwd: dir });
    assert.equal(refused.status, 2, refused.stderr);
    assert.equal(refused.stderr.trim(), 'isnad: /proc/isnad-nowhere/strike.factbase.json: cannot write the fact base: its folder does not exist and cannot be created');
    writeFileSync(join(dir, 'plain'), 'x');
    const underFile = runCli(['kb', 'draw', 'strike.txt', '--out', 'plain/strike.factbase.json'], { cwd: dir });
    assert.equal(underFile.status, 2, underFile.stderr);
    assert.equal(underFile.stderr.trim(), 'isnad: plain/strike.factbase.json: cannot write the fact base: a part of its path is a file, not a folder');
  } finally {
    cleanup();
  }
});

test('kb draw on an article saved as Windows-1256 names the encoding and the iconv line, as check does', () => {
  const { dir, cleanup } = tempDir('isnad-draw-legacy-');
  try {
    writeFileSync(join(dir, 'strike.ar.txt'), windows1256('مسقط - قال وزير العمل محفوظ الرواحي إن نحو 1200 عامل يشاركون في الإضراب منذ الثلاثاء.\n'));
    const run = runCli(['kb', 'draw', 'strike.ar.txt'], { cwd: dir });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stderr.trim(), 'isnad: strike.ar.txt: looks like Windows-1256 (a legacy Arabic encoding), not UTF-8; convert it to UTF-8 (for example: iconv -f WINDOWS-1256 -t UTF-8)');
    assert.equal(existsSync(join(dir, 'strike.factbase.json')), false);
  } finally {
    cleanup();
  }
});
