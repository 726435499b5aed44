/**
 * `isnad kb cite`: evidence ranges are computed from the cited text of a fact base (quoted phrases
 * of its article), `nth` picks one of several occurrences, `--check` reports stale ranges, and bad
 * input (a missing article, a text the article does not hold, a missing or broken fact base, no
 * file) gets one line naming the file and exit 2, as `isnad check` uses it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const ARTICLE = [
  'LONDON, 6 May 2024 - Home Secretary James Cleverly met James Cleverly supporters on Monday.',
  'Cleverly said: "We will act now on this, and we will not wait."',
  '',
].join('\n');

/** A fact base that cites its article by text only, the way a person writes one. */
function uncited(): Record<string, unknown> {
  return {
    id: 'cite-test',
    source: { file: 'article.txt', lang: 'en' },
    people: [{ id: 'cleverly', names: { en: ['James Cleverly'] }, gender: 'm', evidence: [{ text: 'James Cleverly', nth: 2 }] }],
    posts: [{ id: 'cleverly-home', holder: 'cleverly', role: 'minister', title: { en: ['Home Secretary'] }, country: 'GB', evidence: [{ text: 'Home Secretary James Cleverly' }] }],
    quotes: [{ id: 'act-now', speaker: 'cleverly', text: 'We will act now on this, and we will not wait.', evidence: [{ text: 'We will act now on this, and we will not wait.' }] }],
  };
}

/** Writes the article and the fact base into a fresh folder. */
function setUp(factBase: unknown = uncited()): { dir: string; cleanup: () => void; file: string } {
  const { dir, cleanup } = tempDir('isnad-cite-');
  writeFileSync(join(dir, 'article.txt'), ARTICLE);
  const file = join(dir, 'story.factbase.json');
  writeFileSync(file, JSON.stringify(factBase));
  return { dir, cleanup, file };
}

/** Asserts one stderr line, prefixed like the CLI's other errors, matching `pattern`. */
function oneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line expected:\n${stderr}`);
  assert.match(lines[0]!, /^isnad: /);
  assert.match(lines[0]!, pattern);
}

void describe('isnad kb cite', () => {
  test('computes the evidence ranges of quoted phrases from the article; the result validates', () => {
    const { dir, cleanup, file } = setUp();
    try {
      const run = runCli(['kb', 'cite', 'story.factbase.json'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /story\.factbase\.json: evidence ranges written/);
      const written = JSON.parse(readFileSync(file, 'utf8'));
      const quote = 'We will act now on this, and we will not wait.';
      const at = ARTICLE.indexOf(quote);
      assert.deepEqual(written.quotes[0].evidence, [{ start: at, end: at + quote.length, text: quote }]);
      const post = ARTICLE.indexOf('Home Secretary James Cleverly');
      assert.deepEqual(written.posts[0].evidence, [{ start: post, end: post + 29, text: 'Home Secretary James Cleverly' }]);
      // "nth": 2 picks the second James Cleverly and is removed.
      const second = ARTICLE.indexOf('James Cleverly', ARTICLE.indexOf('James Cleverly') + 1);
      assert.deepEqual(written.people[0].evidence, [{ start: second, end: second + 14, text: 'James Cleverly' }]);
      for (const [section, facts] of Object.entries(written)) {
        if (!Array.isArray(facts)) continue;
        for (const fact of facts as { evidence: { start: number; end: number; text: string }[] }[]) {
          for (const evidence of fact.evidence) assert.equal(ARTICLE.slice(evidence.start, evidence.end), evidence.text, section);
        }
      }
      assert.equal(runCli(['kb', 'validate', 'story.factbase.json'], { cwd: dir }).status, 0);
      const again = runCli(['kb', 'cite', 'story.factbase.json'], { cwd: dir });
      assert.equal(again.status, 0);
      assert.match(again.stdout, /up to date/);
    } finally {
      cleanup();
    }
  });

  test('--check changes nothing and exits 1 while a range is stale, 0 once cited', () => {
    const { dir, cleanup, file } = setUp();
    try {
      const before = readFileSync(file, 'utf8');
      const stale = runCli(['kb', 'cite', '--check', 'story.factbase.json'], { cwd: dir });
      assert.equal(stale.status, 1);
      assert.match(stale.stderr, /story\.factbase\.json: evidence ranges are not up to date; run isnad kb cite story\.factbase\.json/);
      assert.equal(readFileSync(file, 'utf8'), before);
      assert.equal(runCli(['kb', 'cite', 'story.factbase.json'], { cwd: dir }).status, 0);
      assert.equal(runCli(['kb', 'cite', '--check', 'story.factbase.json'], { cwd: dir }).status, 0);
    } finally {
      cleanup();
    }
  });

  test('--article cites from another article than source.file', () => {
    const factBase = uncited();
    (factBase.source as { file: string }).file = 'elsewhere.txt';
    const { dir, cleanup } = setUp(factBase);
    try {
      const run = runCli(['kb', 'cite', '--article', 'article.txt', 'story.factbase.json'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
    } finally {
      cleanup();
    }
  });

  test('a phrase the article does not hold: one line with the JSON path, exit 2, the file unchanged', () => {
    const factBase = uncited();
    (factBase.quotes as { evidence: { text: string }[] }[])[0]!.evidence = [{ text: 'We shall act later.' }];
    const { dir, cleanup, file } = setUp(factBase);
    try {
      const before = readFileSync(file, 'utf8');
      const run = runCli(['kb', 'cite', 'story.factbase.json'], { cwd: dir });
      assert.equal(run.status, 2);
      oneLine(run.stderr, /story\.factbase\.json: \$\.quotes\[0\]\.evidence\[0\] \(act-now\): text not found in the article: "We shall act later\."/);
      assert.equal(readFileSync(file, 'utf8'), before);
    } finally {
      cleanup();
    }
  });

  test('a text found several times without nth is an error naming the occurrences', () => {
    const factBase = uncited();
    (factBase.people as { evidence: unknown[] }[])[0]!.evidence = [{ text: 'James Cleverly' }];
    const { dir, cleanup } = setUp(factBase);
    try {
      const run = runCli(['kb', 'cite', 'story.factbase.json'], { cwd: dir });
      assert.equal(run.status, 2);
      oneLine(run.stderr, /\$\.people\[0\]\.evidence\[0\] \(cleverly\): text occurs 2 times .*add "nth": 1\.\.2/);
    } finally {
      cleanup();
    }
  });

  test('a missing article: one line naming the fact base and the article, exit 2', () => {
    const factBase = uncited();
    (factBase.source as { file: string }).file = 'gone.txt';
    const { dir, cleanup } = setUp(factBase);
    try {
      const run = runCli(['kb', 'cite', 'story.factbase.json'], { cwd: dir });
      assert.equal(run.status, 2);
      oneLine(run.stderr, /story\.factbase\.json: cannot read the article gone\.txt \(ENOENT\)/);
      const override = runCli(['kb', 'cite', '--article', 'nope.txt', 'story.factbase.json'], { cwd: dir });
      assert.equal(override.status, 2);
      oneLine(override.stderr, /cannot read the article nope\.txt/);
    } finally {
      cleanup();
    }
  });

  test('a missing or broken fact-base file, no file and an unknown option are usage errors (exit 2)', () => {
    const { dir, cleanup } = setUp();
    try {
      const missing = runCli(['kb', 'cite', 'nope.factbase.json'], { cwd: dir });
      assert.equal(missing.status, 2);
      oneLine(missing.stderr, /nope\.factbase\.json: cannot read the fact base \(ENOENT\)/);
      writeFileSync(join(dir, 'broken.factbase.json'), '{ "id": ');
      const broken = runCli(['kb', 'cite', 'broken.factbase.json'], { cwd: dir });
      assert.equal(broken.status, 2);
      oneLine(broken.stderr, /broken\.factbase\.json: invalid JSON/);
      const none = runCli(['kb', 'cite'], { cwd: dir });
      assert.equal(none.status, 2);
      oneLine(none.stderr, /kb cite takes one or more fact-base files/);
      assert.equal(runCli(['kb', 'cite', '--bogus', 'story.factbase.json'], { cwd: dir }).status, 2);
    } finally {
      cleanup();
    }
  });

  test('--help documents the command, its options and exit codes', () => {
    const help = runCli(['kb', 'cite', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: isnad kb cite \[--check\] \[--article PATH\] FILE\.\.\./);
    assert.match(help.stdout, /--check/);
    assert.match(help.stdout, /--article PATH/);
    assert.match(help.stdout, /Exit codes: 0 done/);
    assert.match(runCli(['kb', '--help']).stdout, /kb cite/);
    assert.match(runCli(['--help']).stdout, /kb cite FILE/);
  });
});
