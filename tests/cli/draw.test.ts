/**
 * `isnad kb draw`: drawn fact bases validate, drawing is deterministic, bad input gets a one-line
 * error or an empty valid fact base with a warning, and — the target of issue 9 — a fact base drawn
 * with no hand edits lets `isnad check` score well on each story's labelled drafts, scored by the
 * shared scorer. Until the target (precision ≥ 0.90, recall ≥ 0.65) is reached, the measured
 * figures are floors that may only rise (a ratchet).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot, runCli, tempDir } from './helpers';
import { parseFactBase } from '../../engine/src/index';
import { drawFactBase } from '../../engine/src/draw/index';

const shared = resolve(repoRoot, '../shared');
const scorer = join(shared, 'eval', 'score.mjs');

/** Each story: its article, its labelled corpus, and the floors the drawn fact base must hold. */
const STORIES = [
  // Bundled story: 0.702 → 0.745 with the night session of 4 December (drawn deaths and injuries, event nouns, dates set off by commas).
  { name: 'bundled story (knowledge/article.ar.txt)', article: join(repoRoot, 'knowledge', 'article.ar.txt'), corpus: join(shared, 'corpus'), precision: 0.95, recall: 0.74 },
  // ar-economy: 0.741 → 0.778 when a title whose complement names another person (المستشار الدبلوماسي لرئيس دولة الإمارات الشيخ …، أنور قرقاش) was drawn as the name's after the comma.
  // 0.815 → 0.852 with the evening session of 4 December (drawn measures and counted nouns, places after verbs of striking).
  { name: 'ar-economy', article: join(shared, 'stories', 'ar-economy', 'article.ar.txt'), corpus: join(shared, 'stories', 'ar-economy'), precision: 0.95, recall: 0.84 },
  { name: 'ar-disaster', article: join(shared, 'stories', 'ar-disaster', 'article.ar.txt'), corpus: join(shared, 'stories', 'ar-disaster'), precision: 0.95, recall: 0.85 },
  { name: 'en-court', article: join(shared, 'stories', 'en-court', 'article.en.txt'), corpus: join(shared, 'stories', 'en-court'), precision: 0.95, recall: 0.80 },
];
const TARGET = { precision: 0.9, recall: 0.65 };

void describe('kb draw: scores on the stories (ratchet towards precision 0.90, recall 0.65)', () => {
  for (const story of STORIES) {
    const missing = !existsSync(story.article) || !existsSync(join(story.corpus, 'labels.json')) || !existsSync(scorer);
    // In CI a missing story is a failure, never a skip.
    test(story.name, missing && process.env.CI !== 'true' ? { skip: `the shared stories are not here (${story.corpus})` } : {}, () => {
      assert.ok(!missing, `the shared stories must be present in CI: ${story.corpus}`);
      const { dir, cleanup } = tempDir('isnad-draw-');
      try {
        const article = join(dir, 'article.txt');
        copyFileSync(story.article, article);
        const kb = join(dir, 'story.factbase.json');
        const drawn = runCli(['kb', 'draw', article, '--out', kb]);
        assert.equal(drawn.status, 0, drawn.stderr);
        const sarif = join(dir, 'out.sarif');
        const checked = runCli(['check', '--kb', kb, '--no-bundled-kb', '--format', 'sarif', '--output-file', sarif, join(story.corpus, 'drafts')]);
        assert.ok(checked.status === 0 || checked.status === 1, `isnad check failed (${checked.status}): ${checked.stderr}`);
        const scored = spawnSync(process.execPath, [scorer, '--sarif', sarif, '--corpus', story.corpus, '--json'], { encoding: 'utf8' });
        assert.equal(scored.status, 0, scored.stderr);
        const report = JSON.parse(scored.stdout) as { precision: number; recall: number; falsePositives: string[] };
        const summary = `${story.name}: precision ${report.precision.toFixed(3)}, recall ${report.recall.toFixed(3)} (target ${TARGET.precision}/${TARGET.recall})`;
        process.stdout.write(`# ${summary}\n`);
        assert.ok(report.precision >= story.precision, `${summary}; precision fell below its floor ${story.precision}\nfalse positives:\n  ${report.falsePositives.join('\n  ')}`);
        assert.ok(report.recall >= story.recall, `${summary}; recall fell below its floor ${story.recall}`);
      } finally {
        cleanup();
      }
    });
  }
});

void describe('kb draw: output and bad input', () => {
  test('the drawn fact base validates against its article, is deterministic and cites evidence for every fact', () => {
    const article = readFileSync(join(repoRoot, 'knowledge', 'article.ar.txt'), 'utf8');
    const first = JSON.stringify(drawFactBase(article, { file: 'article.ar.txt', id: 'x' }).factBase);
    const second = JSON.stringify(drawFactBase(article, { file: 'article.ar.txt', id: 'x' }).factBase);
    assert.equal(first, second, 'drawing is deterministic');
    const parsed = parseFactBase(first, 'x.factbase.json', article);
    assert.deepEqual(parsed.problems, []);
    assert.ok(parsed.factBase!.people.length >= 3);
    assert.equal(parsed.factBase!.schemaVersion, 2);
  });

  test('writes ARTICLE.factbase.json beside the article; --out -; usage errors exit 2 with one line naming the file', () => {
    const { dir, cleanup } = tempDir('isnad-draw-');
    try {
      writeFileSync(join(dir, 'story.en.txt'), 'LONDON, Monday 6 May 2024 - Home Secretary James Cleverly said: "We will act now on this."\n');
      const ok = runCli(['kb', 'draw', 'story.en.txt'], { cwd: dir });
      assert.equal(ok.status, 0, ok.stderr);
      const kb = JSON.parse(readFileSync(join(dir, 'story.factbase.json'), 'utf8'));
      assert.equal(kb.source.file, 'story.en.txt');
      assert.equal(kb.id, 'story');
      assert.equal(runCli(['kb', 'validate', 'story.factbase.json'], { cwd: dir }).status, 0);
      const stdout = runCli(['kb', 'draw', 'story.en.txt', '--out', '-', '--lang', 'en'], { cwd: dir });
      assert.equal(JSON.parse(stdout.stdout).source.lang, 'en');

      writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
      const binary = runCli(['kb', 'draw', 'binary.txt'], { cwd: dir });
      assert.equal(binary.status, 2);
      assert.match(binary.stderr.trim(), /^isnad: binary\.txt: not a text file/);
      assert.equal(binary.stderr.trim().split('\n').length, 1);

      const lang = runCli(['kb', 'draw', 'story.en.txt', '--lang', 'fr'], { cwd: dir });
      assert.equal(lang.status, 2);
      assert.match(lang.stderr, /--lang takes ar or en/);
      assert.equal(runCli(['kb', 'draw'], { cwd: dir }).status, 2);
      assert.equal(runCli(['kb', 'draw', 'nope.txt'], { cwd: dir }).status, 2);
      assert.equal(runCli(['kb', 'draw', 'story.en.txt', '--published', 'May 2024'], { cwd: dir }).status, 2);

      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o500);
      const unwritable = runCli(['kb', 'draw', 'story.en.txt', '--out', 'locked/sub/x.json'], { cwd: dir });
      chmodSync(join(dir, 'locked'), 0o700);
      if (process.getuid?.() !== 0) {
        assert.equal(unwritable.status, 2);
        assert.match(unwritable.stderr, /locked\/sub\/x\.json: cannot write the fact base/);
      }
      const notDir = runCli(['kb', 'draw', 'story.en.txt', '--out', 'story.en.txt/x.json'], { cwd: dir });
      assert.equal(notDir.status, 2);
      assert.match(notDir.stderr, /story\.en\.txt\/x\.json: cannot write the fact base/);
    } finally {
      cleanup();
    }
  });

  test('an empty article or one with no recognisable facts gives an empty valid fact base and a warning (exit 0)', () => {
    const { dir, cleanup } = tempDir('isnad-draw-');
    try {
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'plain.txt'), 'nothing here but lower-case words, with no names or numbers\n');
      for (const name of ['empty.txt', 'plain.txt']) {
        const run = runCli(['kb', 'draw', name], { cwd: dir });
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stderr, /empty|no facts/);
        const out = join(dir, name.replace('.txt', '.factbase.json'));
        assert.equal(runCli(['kb', 'validate', out], { cwd: dir }).status, 0);
      }
    } finally {
      cleanup();
    }
  });
});
