/**
 * The per-draft pipeline (cli/src/process.ts) with --fix, on a stand-in checker that flags a
 * misspelt name: fixes are applied and written atomically in the draft's own encoding, the draft
 * is checked again, and files that could not be read whole are never touched. Also the worker pool:
 * the same reports, in the same order, with workers as without.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checker, CheckOptions, Finding } from '../../engine/src/index';
import { encodeText } from '../../host/src/files';
import { loadFactBaseFiles } from '../../host/src/factBases';
import { processFile, type CheckContext, type CheckSettings } from '../../cli/src/process';
import { checkFiles, workerCount } from '../../cli/src/pool';
import { repoRoot, tempDir, writeFiles, writeMiniFactBase } from './helpers';

/** A stand-in checker: every "Thamer" is an error fixed to "Thabet"; every "Mathew" one fixed to "Matthew". */
function fakeContext(calls: string[] = []): CheckContext {
  const checker = {
    factBases: [],
    check(text: string, options?: CheckOptions) {
      calls.push(text);
      const findings: Finding[] = [];
      for (const [wrong, right] of [['Thamer', 'Thabet'], ['Mathew', 'Matthew']] as const) {
        for (let at = text.indexOf(wrong); at >= 0; at = text.indexOf(wrong, at + 1)) {
          findings.push({
            ruleId: 'name-spelling',
            category: 'name',
            severity: options?.rules?.['name-spelling'] === 'warning' ? 'warning' : 'error',
            message: `${wrong} should be ${right}`,
            lang: 'en',
            range: { start: at, end: at + wrong.length },
            actual: wrong,
            expected: right,
            fixes: [{ title: `Replace with ${right}`, edits: [{ range: { start: at, end: at + wrong.length }, text: right }] }],
            evidence: [],
          });
        }
      }
      const unfixable = text.indexOf('Ghost');
      if (unfixable >= 0) {
        findings.push({ ruleId: 'unverified', category: 'unverified', severity: 'error', message: 'Ghost', lang: 'en', range: { start: unfixable, end: unfixable + 5 }, actual: 'Ghost', fixes: [], evidence: [] });
      }
      findings.sort((a, b) => a.range.start - b.range.start);
      return { findings, lang: 'en' as const, internalErrors: [] };
    },
  } as unknown as Checker;
  return { checker, article: () => undefined };
}

const settings = (fix: boolean): CheckSettings => ({ rules: {}, messageLang: 'auto', fix, maxBytes: 1024 * 1024 });

test('--fix writes the fixed text atomically and reports what remains', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'draft with spaces.md');
    writeFileSync(path, 'Thamer met Mathew.\nGhost was there. Thamer left.\n');
    const calls: string[] = [];
    const result = processFile({ path, format: 'markdown' }, settings(true), fakeContext(calls));
    assert.equal(readFileSync(path, 'utf8'), 'Thabet met Matthew.\nGhost was there. Thabet left.\n');
    assert.equal(result.fixed, 3);
    assert.equal(result.fixError, undefined);
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.span.line, f.span.column]), [['unverified', 2, 1]]);
    assert.equal(calls.length, 2, 'checked, fixed, checked again');
    assert.deepEqual(readdirSync(dir), ['draft with spaces.md'], 'no temporary file is left');
  } finally {
    cleanup();
  }
});

test('--fix keeps the encoding (UTF-16 with BOM, UTF-8 with BOM) and leaves clean files alone', () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFiles(dir, {
      'le.md': encodeText('قال Thamer\r\n', 'utf16le'),
      'bom.md': encodeText('Mathew\n', 'utf8-bom'),
      'clean.md': 'All good.\n',
    });
    const before = statSync(join(dir, 'clean.md')).mtimeMs;
    for (const name of ['le.md', 'bom.md', 'clean.md']) processFile({ path: join(dir, name), format: 'markdown' }, settings(true), fakeContext());
    assert.deepEqual(readFileSync(join(dir, 'le.md')), encodeText('قال Thabet\r\n', 'utf16le'));
    assert.deepEqual(readFileSync(join(dir, 'bom.md')), encodeText('Matthew\n', 'utf8-bom'));
    assert.equal(statSync(join(dir, 'clean.md')).mtimeMs, before);
  } finally {
    cleanup();
  }
});

test('--fix never touches files it could not read whole: binary, too large', () => {
  const { dir, cleanup } = tempDir();
  try {
    const binary = Buffer.concat([Buffer.from('Thamer'), Buffer.from([0, 1, 2])]);
    writeFiles(dir, { 'bin.md': binary, 'big.md': 'Thamer '.repeat(100) });
    const bin = processFile({ path: join(dir, 'bin.md'), format: 'markdown' }, settings(true), fakeContext());
    assert.match(bin.skipped ?? '', /binary/);
    assert.deepEqual(readFileSync(join(dir, 'bin.md')), binary);
    const big = processFile({ path: join(dir, 'big.md'), format: 'markdown' }, { ...settings(true), maxBytes: 100 }, fakeContext());
    assert.match(big.skipped ?? '', /too large/);
    assert.equal(readFileSync(join(dir, 'big.md'), 'utf8'), 'Thamer '.repeat(100));
  } finally {
    cleanup();
  }
});

test('without --fix nothing is written; text given directly (stdin) is never written', () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'a.md');
    writeFileSync(path, 'Thamer\n');
    const report = processFile({ path, format: 'markdown' }, settings(false), fakeContext());
    assert.equal(readFileSync(path, 'utf8'), 'Thamer\n');
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0]!.fixes[0]!.edits[0]!.text, 'Thabet');
    const stdin = processFile({ path, format: 'markdown', text: 'Mathew' }, settings(true), fakeContext());
    assert.equal(stdin.stdin, true);
    assert.equal(stdin.findings.length, 1);
    assert.equal(readFileSync(path, 'utf8'), 'Thamer\n');
  } finally {
    cleanup();
  }
});

test('worker count: this thread for few files, the cores above the threshold', () => {
  assert.equal(workerCount(10, 'auto', 8), 1);
  assert.equal(workerCount(51, 'auto', 1), 1);
  assert.equal(workerCount(51, 'auto', 8), 3);
  assert.equal(workerCount(1000, 'auto', 8), 8);
  assert.equal(workerCount(3, 4, 8), 3);
});

test('workers give the same reports, in the same order, as this thread', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const kb = writeMiniFactBase(join(dir, 'kb'));
    const loaded = loadFactBaseFiles([kb]);
    assert.deepEqual(loaded.problems, []);
    const files: Record<string, string | Uint8Array> = {};
    for (let i = 0; i < 60; i++) files[`d/${String(i).padStart(2, '0')}.md`] = `Draft ${i}: Defence Minister Thabet al-Abbasi met four Iraqi sources in Washington.\n`;
    files['d/30.md'] = Buffer.from([0, 0, 0]);
    writeFiles(dir, files);
    const tasks = Object.keys(files).sort().map((name) => ({ path: join(dir, name), format: 'markdown' as const }));
    const init = { factBases: loaded.loaded.map((l) => ({ path: l.path, factBase: l.factBase, article: l.article })), settings: settings(false) };
    let progress = 0;
    const here = await checkFiles(tasks, init, { jobs: 1 });
    const workers = await checkFiles(tasks, init, { jobs: 2, workerScript: join(repoRoot, 'dist', 'worker.js'), onProgress: (done) => (progress = done) });
    assert.equal(progress, tasks.length);
    assert.deepEqual(workers, here);
    assert.deepEqual(workers.map((report) => report.path), tasks.map((task) => task.path));
    assert.match(workers[30]!.skipped ?? '', /binary/);
  } finally {
    cleanup();
  }
});
