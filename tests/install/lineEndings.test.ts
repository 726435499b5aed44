/**
 * Windows checkouts (issue 11): with `core.autocrlf=true` git used to give the article CRLF line
 * endings, which shifted every evidence range, so that `npm start` reported 108 fact-base problems.
 * `.gitattributes` now keeps LF in every checkout, and isnad normalises CRLF to LF when it reads an
 * article, for copies that reach it some other way (an editor, a mail, a zip). These tests check the
 * loader on a CRLF article, then clone the repository with autocrlf, with and without
 * `.gitattributes`, and run `npm start` there.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFactBaseFile } from '../../host/src/factBases';
import { describeRun, gitRepoOfCheckout, npm, repoRoot, run, tempDir } from './helpers';

const toCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** What `npm start` prints in the checkout itself (the bundled drafts against the bundled fact base). */
function startOutputHere(): string {
  const here = run(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', 'examples/drafts'], { cwd: repoRoot });
  assert.equal(here.status, 1, describeRun('isnad check examples/drafts', here));
  return here.stdout;
}

/** Clones `source` with core.autocrlf=true, links node_modules in, and runs `npm start` there. */
function cloneAndStart(source: string, target: string): { clone: string; stdout: string } {
  const cloned = run('git', ['clone', '-q', '-c', 'core.autocrlf=true', source, target]);
  assert.equal(cloned.status, 0, describeRun('git clone', cloned));
  symlinkSync(join(repoRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  const started = run(npm, ['start', '--silent'], { cwd: target });
  // Exit 1: the examples contain planted errors. Exit 2 would be a fact-base problem.
  assert.equal(started.status, 1, describeRun('npm start', started));
  assert.doesNotMatch(started.stdout + started.stderr, /fact.base|evidence/i);
  return { clone: target, stdout: started.stdout };
}

void describe('CRLF line endings', () => {
  void test('an article with CRLF line endings loads, and every evidence range checks', () => {
    const dir = tempDir();
    const knowledge = join(repoRoot, 'knowledge');
    const factBase = 'iraq-coalition-talks.factbase.json';
    copyFileSync(join(knowledge, factBase), join(dir, factBase));
    const article = readFileSync(join(knowledge, 'article.ar.txt'), 'utf8');
    assert.match(article, /\n/, 'the article has several lines, so CRLF shifts its ranges');
    writeFileSync(join(dir, 'article.ar.txt'), toCrlf(article));
    // The fact base itself with CRLF too, as a Windows checkout without .gitattributes has it.
    writeFileSync(join(dir, factBase), toCrlf(readFileSync(join(dir, factBase), 'utf8')));

    const loaded = loadFactBaseFile(join(dir, factBase));
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.article, article, 'the article is read with LF line endings');
    assert.ok(loaded.factBase);
  });

  void test('a clone with core.autocrlf=true and no .gitattributes (the worst case): npm start reports what it reports here', () => {
    const base = tempDir();
    const source = gitRepoOfCheckout(join(base, 'source'), (dir) => rmSync(join(dir, '.gitattributes'), { force: true }));
    const { clone, stdout } = cloneAndStart(source, join(base, 'clone'));
    assert.match(readFileSync(join(clone, 'knowledge', 'article.ar.txt'), 'utf8'), /\r\n/, 'git gave the article CRLF line endings');
    for (const draft of readdirSync(join(clone, 'examples', 'drafts'))) {
      assert.match(readFileSync(join(clone, 'examples', 'drafts', draft), 'utf8'), /\r\n/, `git gave ${draft} CRLF line endings`);
    }
    assert.equal(stdout, startOutputHere(), 'the same findings at the same lines and columns');
  });

  void test('a clone with core.autocrlf=true keeps LF in articles, fact bases and drafts (.gitattributes)', () => {
    const base = tempDir();
    const source = gitRepoOfCheckout(join(base, 'source'));
    const { clone, stdout } = cloneAndStart(source, join(base, 'clone'));
    for (const file of ['knowledge/article.ar.txt', 'knowledge/iraq-coalition-talks.factbase.json', 'examples/drafts/ar-errors.md', 'README.md']) {
      assert.doesNotMatch(readFileSync(join(clone, file), 'utf8'), /\r/, `${file} has LF line endings`);
    }
    assert.equal(stdout, startOutputHere());
  });
});
