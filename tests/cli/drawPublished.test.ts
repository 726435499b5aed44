/**
 * `isnad kb draw --published` against the article's own dateline: an explicit `--published` wins
 * (the user asked for it) with one warning line naming the file and both dates; a front-matter
 * `published:` that disagrees loses to the dateline, the date the article's relative days were
 * written from; agreeing dates give no warning.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const ARTICLE = ['Storm hits the coast', 'BRISBANE, Tuesday 10 February 2026 - The storm crossed the coast near the town late on Monday, police said.', ''].join('\n');

/** Draws `article` in a fresh folder with `args`; returns the run, the drawn fact base and its warning lines. */
function draw(article: string, args: string[]) {
  const { dir, cleanup } = tempDir('isnad-draw-published-');
  try {
    writeFileSync(join(dir, 'story.en.txt'), article);
    const run = runCli(['kb', 'draw', 'story.en.txt', ...args], { cwd: dir });
    const factBase = JSON.parse(readFileSync(join(dir, 'story.factbase.json'), 'utf8')) as { source: { published?: string }; events: { date?: { day?: number; relative?: string } }[] };
    const warnings = run.stderr.split('\n').filter((line) => line.startsWith('isnad: '));
    return { run, factBase, warnings };
  } finally {
    cleanup();
  }
}

const monday = (factBase: ReturnType<typeof draw>['factBase']) => factBase.events.find((event) => event.date?.relative === 'Monday')?.date?.day;

void describe('kb draw: --published and the dateline', () => {
  test('an explicit --published that disagrees with the dateline wins, with one warning naming the file and both dates', () => {
    const { run, factBase, warnings } = draw(ARTICLE, ['--published', '2026-02-12']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(warnings.length, 1, run.stderr);
    assert.match(warnings[0]!, /^isnad: story\.en\.txt: --published 2026-02-12 disagrees with the dateline's 2026-02-10; relative dates are counted from 2026-02-12/);
    assert.equal(factBase.source.published, '2026-02-12');
    // "on Monday" counted back from Thursday 12 February.
    assert.equal(monday(factBase), 9);
    // The dateline's date is not drawn as an event even when --published is given.
    assert.ok(factBase.events.every((event) => event.date?.day !== 10), JSON.stringify(factBase.events));
  });

  test('a --published that agrees with the dateline gives no warning', () => {
    const { run, factBase, warnings } = draw(ARTICLE, ['--published', '2026-02-10']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(warnings, []);
    assert.equal(factBase.source.published, '2026-02-10');
  });

  test('a front-matter published: that disagrees with the dateline loses to the dateline, with a warning', () => {
    const { run, factBase, warnings } = draw(`---\npublished: 2026-02-11\n---\n${ARTICLE}`, []);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(warnings.length, 1, run.stderr);
    assert.match(warnings[0]!, /^isnad: story\.en\.txt: the front matter's published: 2026-02-11 disagrees with the dateline's 2026-02-10; relative dates are counted from the dateline/);
    assert.equal(factBase.source.published, '2026-02-10');
    assert.equal(monday(factBase), 9);
  });

  test('with no dateline, --published is the date and no warning is given', () => {
    const { run, factBase, warnings } = draw('Storm hits the coast\nThe storm crossed the coast near the town late on Monday, police said.\n', ['--published', '2026-02-12']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(warnings, []);
    assert.equal(factBase.source.published, '2026-02-12');
  });
});
