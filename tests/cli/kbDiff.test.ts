/**
 * `scripts/kb-diff.mjs`, the dev script that lists an editor's facts a drawn fact base has no
 * counterpart for: counterparts are found by names, holders, dates, values and quote words (never by
 * ids), and a fact matched only by an unsure drawn fact is listed apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tempDir } from './helpers';

const EDITOR = {
  id: 'editor',
  people: [
    { id: 'amrani', names: { en: ['Karim Amrani'], ar: ['كريم العمراني'] } },
    { id: 'tazi', names: { en: ['Leila Tazi'] } },
  ],
  posts: [{ id: 'amrani-min', holder: 'amrani', role: 'minister', title: { en: ['transport minister'] } }],
  events: [{ id: 'strike', names: { en: ['the dockers strike'] }, date: { year: 2026, month: 3, day: 4 }, triggers: { en: ['strike'] } }],
  quantities: [{ id: 'ships', value: 40, unit: 'count', noun: { en: ['ships'] } }],
  quotes: [{ id: 'q', speaker: 'amrani', text: 'The port will reopen on Friday' }],
};

const DRAWN = {
  id: 'drawn',
  people: [
    { id: 'p1', names: { en: ['Karim Amrani'] } },
    { id: 'p2', names: { en: ['Leïla Tazi'] }, review: { unsure: true, reason: 'test' } },
  ],
  posts: [{ id: 'x', holder: 'p1', role: 'head', title: { en: ['port director'] } }],
  events: [{ id: 'e1', date: { year: 2026, month: 3, day: 4 }, triggers: { en: ['walkout'] } }],
  quantities: [{ id: 'n', value: 40, unit: 'count', noun: { en: ['ship', 'ships'] } }],
  quotes: [{ id: 'q1', speaker: 'p1', text: 'the port will reopen on Friday,' }],
};

test('kb-diff lists the editor facts with no drawn counterpart, per kind', () => {
  const { dir, cleanup } = tempDir('isnad-kbdiff-');
  try {
    writeFileSync(join(dir, 'editor.json'), JSON.stringify(EDITOR));
    writeFileSync(join(dir, 'drawn.json'), JSON.stringify(DRAWN));
    const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/kb-diff.mjs'), join(dir, 'editor.json'), join(dir, 'drawn.json'), '--json'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.people, { editor: 2, missing: [], unsureOnly: ['tazi: Leila Tazi'] });
    assert.deepEqual(report.posts.missing, ['amrani-min: transport minister']);
    assert.deepEqual(report.events.missing, []);
    assert.deepEqual(report.quantities.missing, []);
    assert.deepEqual(report.quotes.missing, []);
  } finally {
    cleanup();
  }
});

test('kb-diff exits 2 with a usage line when a file is missing', () => {
  const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/kb-diff.mjs'), 'only-one.json'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /usage: node scripts\/kb-diff\.mjs/);
});
