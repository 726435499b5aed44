/**
 * What a newsroom user meets first with `isnad kb draw` and `isnad kb validate`, found by trying
 * the README's steps on invented stories: the summary line counts in words (1 post, not 1 posts),
 * an empty article gets the one warning that matters, and a fact written by hand with its
 * evidence text only is told how to get its range.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const ARTICLE = [
  'KAMLOOPS, British Columbia, Dec 2, 2026 - Forests Minister Priya Dhaliwal said 420 firefighters were fighting the blaze.',
  '',
  '"We expect the evacuation orders to stay in place until at least Friday," Dhaliwal said.',
  '',
].join('\n');

test('kb draw: the summary counts in words, singular for one fact', () => {
  const { dir, cleanup } = tempDir('isnad-new-user-');
  try {
    writeFileSync(join(dir, 'fire.en.txt'), ARTICLE);
    const run = runCli(['kb', 'draw', 'fire.en.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const summary = run.stderr.split('\n').find((line) => line.startsWith('✔ fire.factbase.json: '));
    assert.ok(summary, run.stderr);
    const kb = JSON.parse(readFileSync(join(dir, 'fire.factbase.json'), 'utf8')) as Record<string, unknown[]>;
    assert.equal(kb.people!.length, 1, 'one person drawn');
    assert.match(summary, /: 1 person, /);
    assert.match(summary, /, 1 quote\b/);
    assert.doesNotMatch(summary, /\b1 (people|posts|organisations|places|events|quantities|quotes)\b/);
  } finally {
    cleanup();
  }
});

test('kb draw on an empty article: one warning, not also one about its missing dateline', () => {
  const { dir, cleanup } = tempDir('isnad-new-user-');
  try {
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = runCli(['kb', 'draw', 'empty.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const warnings = run.stderr.split('\n').filter((line) => line.startsWith('isnad: '));
    assert.deepEqual(warnings, ['isnad: empty.txt: the article is empty; the fact base holds no facts']);
  } finally {
    cleanup();
  }
});

test('kb validate: an evidence entry without its range says it is missing and that kb cite computes it', () => {
  const { dir, cleanup } = tempDir('isnad-new-user-');
  try {
    writeFileSync(join(dir, 'fire.en.txt'), ARTICLE);
    assert.equal(runCli(['kb', 'draw', 'fire.en.txt'], { cwd: dir }).status, 0);
    const path = join(dir, 'fire.factbase.json');
    const kb = JSON.parse(readFileSync(path, 'utf8')) as { people: { evidence: { start?: number; end?: number; text: string }[] }[] };
    // An editor adds a fact by hand, with the text it cites and no offsets.
    kb.people[0]!.evidence = [{ text: 'Priya Dhaliwal' }];
    writeFileSync(path, JSON.stringify(kb, null, 2));
    const run = runCli(['kb', 'validate', 'fire.factbase.json'], { cwd: dir });
    assert.equal(run.status, 2, run.stdout + run.stderr);
    const lines = run.stdout.split('\n').filter((line) => line.includes('$.people[0].evidence[0]'));
    assert.deepEqual(
      lines.map((line) => line.replace(/^fire\.factbase\.json:\d+:\d+ {2}/, '')),
      ['start', 'end'].map((key) => `missing "${key}" (number); "isnad kb cite fire.factbase.json" computes it from the evidence's text  ($.people[0].evidence[0].${key})`),
    );
    const cite = runCli(['kb', 'cite', 'fire.factbase.json'], { cwd: dir });
    assert.equal(cite.status, 0, cite.stderr);
    assert.equal(runCli(['kb', 'validate', 'fire.factbase.json'], { cwd: dir }).status, 0);
  } finally {
    cleanup();
  }
});

test('kb show: an event with its full date, a person with no other spellings without a dash, amounts with their units', () => {
  const { dir, cleanup } = tempDir('isnad-new-user-');
  try {
    writeFileSync(join(dir, 'fire.en.txt'), ARTICLE);
    const kb = {
      id: 'fire',
      source: { file: 'fire.en.txt', lang: 'en' },
      people: [{ id: 'dhaliwal', names: { en: ['Priya Dhaliwal'] }, gender: 'f', evidence: [{ text: 'Priya Dhaliwal' }] }],
      events: [{ id: 'orders', names: { en: ['the evacuation orders'] }, date: { year: 2026, month: 12, day: 4, weekday: 'fri', derived: true }, evidence: [{ text: 'until at least Friday' }] }],
      quantities: [{ id: 'firefighters', value: 420, unit: 'count', noun: { en: ['firefighters'] }, evidence: [{ text: '420 firefighters' }] }],
    };
    writeFileSync(join(dir, 'fire.factbase.json'), JSON.stringify(kb, null, 2));
    assert.equal(runCli(['kb', 'cite', 'fire.factbase.json'], { cwd: dir }).status, 0);
    const show = runCli(['kb', 'show', 'fire.factbase.json'], { cwd: dir });
    assert.equal(show.status, 0, show.stderr);
    const lines = show.stdout.split('\n');
    assert.ok(lines.includes('- **Priya Dhaliwal**'), show.stdout);
    assert.ok(lines.includes('- the evacuation orders — 2026-12-04 (fri) (derived)'), show.stdout);
    assert.ok(lines.includes('- 420 firefighters'), show.stdout);
  } finally {
    cleanup();
  }
});
