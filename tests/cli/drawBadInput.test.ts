/**
 * The bad input of issue 9 for `isnad kb draw`, one case each: an empty article, a binary file, an
 * article with no recognisable facts, an unknown `--lang`, an output path that cannot be written
 * (and a missing article). Each gets one clear line naming the file or the option with exit 2, as
 * `isnad check` uses it for usage errors, or an empty, valid fact base with a warning and exit 0.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFactBase } from '../../engine/src/index';
import { runCli, tempDir, type CliRun } from './helpers';

/** Asserts a usage error: exit 2, nothing on stdout, one stderr line matching `pattern`. */
function usageError(run: CliRun, pattern: RegExp): void {
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line:\n${run.stderr}`);
  assert.match(lines[0]!, /^isnad: /);
  assert.match(lines[0]!, pattern);
}

/** Asserts an empty, valid fact base written beside `article` and a warning line matching `pattern`. */
function emptyWithWarning(dir: string, run: CliRun, article: string, pattern: RegExp): void {
  assert.equal(run.status, 0, run.stderr);
  assert.ok(
    run.stderr.split('\n').some((line) => line.startsWith(`isnad: ${article}: `) && pattern.test(line)),
    `a warning naming ${article}:\n${run.stderr}`,
  );
  const out = join(dir, article.replace(/\.(txt|md)$/, '.factbase.json'));
  const parsed = parseFactBase(readFileSync(out, 'utf8'), out, readFileSync(join(dir, article), 'utf8'));
  assert.deepEqual(parsed.problems, []);
  for (const section of ['people', 'posts', 'organisations', 'places', 'events', 'quantities', 'quotes'] as const) assert.equal(parsed.factBase![section].length, 0, section);
}

void describe('kb draw: the bad input of issue 9', () => {
  test('an empty article: an empty valid fact base and a warning, exit 0', () => {
    const { dir, cleanup } = tempDir('isnad-draw-bad-');
    try {
      writeFileSync(join(dir, 'empty.md'), '');
      emptyWithWarning(dir, runCli(['kb', 'draw', 'empty.md'], { cwd: dir }), 'empty.md', /the article is empty/);
    } finally {
      cleanup();
    }
  });

  test('an article with no recognisable facts: an empty valid fact base and a warning, exit 0', () => {
    const { dir, cleanup } = tempDir('isnad-draw-bad-');
    try {
      writeFileSync(join(dir, 'notes.txt'), 'nothing here but lower-case words, with no names or numbers\n');
      emptyWithWarning(dir, runCli(['kb', 'draw', 'notes.txt'], { cwd: dir }), 'notes.txt', /no facts were recognised/);
    } finally {
      cleanup();
    }
  });

  test('a binary file, a missing article, an unknown --lang, an unwritable output: one line, exit 2, nothing written', () => {
    const { dir, cleanup } = tempDir('isnad-draw-bad-');
    try {
      writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xfe, 0xff]));
      usageError(runCli(['kb', 'draw', 'scan.txt'], { cwd: dir }), /^isnad: scan\.txt: not a text file/);
      assert.equal(existsSync(join(dir, 'scan.factbase.json')), false);
      usageError(runCli(['kb', 'draw', 'gone.txt'], { cwd: dir }), /^isnad: gone\.txt: cannot read the article \(the file does not exist\)/);
      writeFileSync(join(dir, 'story.txt'), 'Home Secretary James Cleverly said: "We will act now on this."\n');
      usageError(runCli(['kb', 'draw', 'story.txt', '--lang', 'fr'], { cwd: dir }), /--lang takes ar or en, got "fr"/);
      usageError(runCli(['kb', 'draw', 'story.txt', '--out', 'story.txt/kb.json'], { cwd: dir }), /story\.txt\/kb\.json: cannot write the fact base/);
      assert.equal(existsSync(join(dir, 'story.factbase.json')), false);
    } finally {
      cleanup();
    }
  });

  test('an article with CRLF line endings (a Windows checkout): the fact base loads against it', () => {
    const { dir, cleanup } = tempDir('isnad-draw-crlf-');
    try {
      const article = join(dir, 'talks.ar.txt');
      writeFileSync(article, 'عنوان الخبر\r\n\r\nواشنطن - قال وزير الدفاع ثابت العباسي إن المحادثات مستمرة في واشنطن.\r\n');
      const run = runCli(['kb', 'draw', article], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const validate = runCli(['kb', 'validate', join(dir, 'talks.factbase.json')], { cwd: dir });
      assert.equal(validate.status, 0, validate.stdout + validate.stderr);
      assert.match(readFileSync(join(dir, 'talks.factbase.json'), 'utf8'), /ثابت العباسي/);
    } finally {
      cleanup();
    }
  });

  test('--lang naming the other language: the fact base is written, with one warning line naming the file and the language the article is in', () => {
    const { dir, cleanup } = tempDir('isnad-draw-bad-');
    try {
      writeFileSync(join(dir, 'story.en.txt'), 'LONDON, 4 March 2024 — Health minister Jane Doe said on Monday that 40 hospitals would reopen.\n');
      const run = runCli(['kb', 'draw', 'story.en.txt', '--lang', 'ar'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const warnings = run.stderr.split('\n').filter((line) => line.includes('drawn as'));
      assert.deepEqual(warnings, ['isnad: story.en.txt: the article is in English, but it was drawn as Arabic (--lang ar): few of its facts are read; drop --lang or give --lang en']);
      assert.ok(existsSync(join(dir, 'story.factbase.json')));
      // The right language, or none: no such warning.
      for (const args of [['--lang', 'en'], []]) assert.doesNotMatch(runCli(['kb', 'draw', 'story.en.txt', ...args], { cwd: dir }).stderr, /drawn as/);
    } finally {
      cleanup();
    }
  });
});
