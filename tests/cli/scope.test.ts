/**
 * `isnad check` and stories: drafts of other stories get nothing from the loaded fact bases (and
 * `--fix` leaves them byte for byte), drafts are tied to a story by the configuration's `drafts`
 * globs and by a fact base's own `scope.drafts`, and the JSON and `--verbose` text say which story
 * each file was checked against and why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runCli, tempDir, writeFiles, writeMiniFactBase } from './helpers';

const otherStories = join(repoRoot, 'tests', 'fixtures', 'other-stories');
const storyB = join(repoRoot, 'tests', 'fixtures', 'story-b');

interface JsonReport {
  file: string;
  findings: { ruleId: string }[];
  story: { factBases: string[]; by: string; scores: { id: string; score: number; names: string[] }[]; unknown?: string[] };
  fixed?: number;
}

test('several fact bases, the bundled one included: drafts of other stories get no finding and --fix changes nothing', () => {
  const { dir, cleanup } = tempDir();
  try {
    mkdirSync(join(dir, 'kb'));
    for (const name of ['portmere.factbase.json', 'article.en.txt']) copyFileSync(join(storyB, name), join(dir, 'kb', name));
    writeMiniFactBase(join(dir, 'kb'));
    writeFiles(dir, { '.isnadrc.json': JSON.stringify({ factBases: ['kb/portmere.factbase.json', 'kb/mini.factbase.json'], exclude: ['kb'] }) });
    mkdirSync(join(dir, 'drafts'));
    const names = readdirSync(otherStories);
    for (const name of names) copyFileSync(join(otherStories, name), join(dir, 'drafts', name));
    const before = names.map((name) => readFileSync(join(dir, 'drafts', name)));

    const run = runCli(['check', 'drafts', '--format', 'json', '--rule', 'unverified-claim=info'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const reports = JSON.parse(run.stdout) as JsonReport[];
    assert.equal(reports.length, names.length);
    for (const report of reports) {
      assert.deepEqual(report.findings, [], report.file);
      assert.deepEqual([report.story.factBases, report.story.by], [[], 'detected'], report.file);
    }

    const fix = runCli(['check', 'drafts', '--fix'], { cwd: dir });
    assert.equal(fix.status, 0, fix.stdout + fix.stderr);
    names.forEach((name, i) => assert.deepEqual(readFileSync(join(dir, 'drafts', name)), before[i], `${name} was rewritten`));

    // Unscoped (every draft tied to every fact base by path), the same drafts are flagged.
    writeFiles(dir, {
      '.isnadrc.json': JSON.stringify({ factBases: [{ path: 'kb/portmere.factbase.json', drafts: ['drafts/**'] }], exclude: ['kb'] }),
    });
    const tied = JSON.parse(runCli(['check', 'drafts', '--format', 'json', '--no-bundled-kb'], { cwd: dir }).stdout) as JsonReport[];
    assert.ok(tied.every((report) => report.story.by === 'path' && report.story.factBases[0] === 'portmere-harbour'));
  } finally {
    cleanup();
  }
});

test('the configuration ties drafts to a story by globs; --verbose says which story and why', () => {
  const { dir, cleanup } = tempDir();
  const snippet = 'Iraqi Foreign Minister Thabet al-Abbasi arrived.\n';
  try {
    writeMiniFactBase(join(dir, 'kb'));
    writeFiles(dir, {
      '.isnadrc.json': JSON.stringify({ bundledFactBase: false, factBases: [{ path: 'kb/mini.factbase.json', drafts: ['iraq/**/*.md'] }], exclude: ['kb'] }),
      'iraq/talks/a.md': snippet,
      'elsewhere/a.md': snippet,
    });
    const reports = JSON.parse(runCli(['check', '--format', 'json'], { cwd: dir }).stdout) as JsonReport[];
    const tied = reports.find((report) => report.file === 'iraq/talks/a.md')!;
    const untied = reports.find((report) => report.file === 'elsewhere/a.md')!;
    assert.deepEqual([tied.story.factBases, tied.story.by, tied.findings.map((f) => f.ruleId)], [['mini'], 'path', ['post-holder']]);
    assert.deepEqual([untied.story.factBases, untied.story.by, untied.findings], [[], 'detected', []]);

    const text = runCli(['check', '--verbose', '--no-color'], { cwd: dir });
    assert.equal(text.status, 1);
    assert.match(text.stdout, /^iraq\/talks\/a\.md\n {2}checked against: mini \(path\)$/m);
    assert.match(text.stdout, /^elsewhere\/a\.md\n {2}no story detected \(closest: mini, score 3 of 4 needed, 1 of 2 names specific to the story needed, or a full name with 2 of the story's figures, days or places: 0 found; 1 name: Thabet al-Abbasi\)$/m);
    // Without --verbose no file gets its story line (the summary may still count untied files).
    assert.doesNotMatch(runCli(['check', '--no-color'], { cwd: dir }).stdout, /^ {2}checked against|no story detected/m);

    writeFiles(dir, { '.isnadrc.json': JSON.stringify({ factBases: [{ path: 'kb/mini.factbase.json', drafts: ['/etc/**'] }] }) });
    const bad = runCli(['check'], { cwd: dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /a draft glob must be relative.*\$\.factBases\[0\]\.drafts\[0\]/);
  } finally {
    cleanup();
  }
});

test("a fact base's own scope.drafts globs tie the drafts beside it; front matter wins over them", () => {
  const { dir, cleanup } = tempDir();
  const snippet = 'Iraqi Foreign Minister Thabet al-Abbasi arrived.\n';
  try {
    const file = writeMiniFactBase(join(dir, 'stories', 'iraq'));
    const factBase = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...factBase, scope: { drafts: ['drafts/**'] } }, null, 2));
    writeFiles(dir, {
      'stories/iraq/drafts/a.md': snippet,
      'stories/iraq/drafts/b.md': `---\nstory: none\n---\n${snippet}`,
      'other/c.md': snippet,
    });
    const run = runCli(['check', '--no-config', '--no-bundled-kb', '--kb', 'stories/iraq/mini.factbase.json', 'stories/iraq/drafts', 'other', '--format', 'json'], { cwd: dir });
    const reports = JSON.parse(run.stdout) as JsonReport[];
    const byFile = Object.fromEntries(reports.map((report) => [report.file, report]));
    assert.deepEqual(byFile['stories/iraq/drafts/a.md']!.story.by, 'path');
    assert.equal(byFile['stories/iraq/drafts/a.md']!.findings.length, 1);
    assert.deepEqual([byFile['stories/iraq/drafts/b.md']!.story.by, byFile['stories/iraq/drafts/b.md']!.findings], ['front-matter', []]);
    assert.deepEqual([byFile['other/c.md']!.story.by, byFile['other/c.md']!.findings], ['detected', []]);
  } finally {
    cleanup();
  }
});

test('the bundled fact base loaded twice (under another id) keeps every finding of the examples', () => {
  const { dir, cleanup } = tempDir();
  try {
    const bundled = JSON.parse(readFileSync(join(repoRoot, 'knowledge', 'iraq-coalition-talks.factbase.json'), 'utf8'));
    mkdirSync(join(dir, 'kb'));
    copyFileSync(join(repoRoot, 'knowledge', 'article.ar.txt'), join(dir, 'kb', 'article.ar.txt'));
    writeFileSync(join(dir, 'kb', 'copy.factbase.json'), JSON.stringify({ ...bundled, id: 'iraq-copy' }));
    const examples = join(repoRoot, 'examples', 'drafts');
    const once = JSON.parse(runCli(['check', examples, '--no-config', '--format', 'json'], { cwd: dir }).stdout) as JsonReport[];
    const twice = JSON.parse(runCli(['check', examples, '--no-config', '--kb', 'kb/copy.factbase.json', '--format', 'json'], { cwd: dir }).stdout) as JsonReport[];
    assert.deepEqual(
      twice.map((report) => report.findings.map((f) => f.ruleId)),
      once.map((report) => report.findings.map((f) => f.ruleId)),
    );
    assert.ok(twice.every((report) => report.story.factBases.join() === 'iraq-coalition-talks,iraq-copy'));
    assert.ok(twice.flatMap((report) => report.findings).filter((f) => f.ruleId === 'event-date').length >= 3);
  } finally {
    cleanup();
  }
});
