/**
 * `isnad kb validate` run on a hand-written fact base before `isnad kb cite`: the `"nth": k` that
 * `kb cite` itself asks for (to pick one of several occurrences of an evidence text) is a known
 * key, so the only problems are the missing ranges, each saying that `kb cite` computes it; after
 * `kb cite` the same file validates. An editor who validated first was once told that `nth` was an
 * unknown key, took it out, and was then asked for it again by `kb cite`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

/** An invented wire story that names the governor twice by her family name. */
const ARTICLE = [
  'LAGOS, May 5, 2026 (Reuters) - Nigeria\'s central bank held its key rate at 27.5 per cent on Tuesday, governor Amina Bello said.',
  'Bello said inflation had slowed for a third month, and Bello added that the naira had steadied.',
  '',
].join('\n');

/** The fact base as an editor writes it: texts only, `nth` where a text occurs several times. */
function handWritten(): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: 'lagos-rate',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-05-05' },
    people: [{ id: 'bello', names: { en: ['Amina Bello'] }, short: { en: ['Bello'] }, gender: 'f', evidence: [{ text: 'Amina Bello' }, { text: 'Bello', nth: 3 }] }],
  };
}

test('kb validate before kb cite: nth is no unknown key, the missing ranges say to run kb cite, and after it the file validates', () => {
  const { dir, cleanup } = tempDir('isnad-validate-order-');
  try {
    writeFileSync(join(dir, 'article.en.txt'), ARTICLE);
    const file = join(dir, 'lagos.factbase.json');
    writeFileSync(file, JSON.stringify(handWritten(), null, 2));
    const before = runCli(['kb', 'validate', 'lagos.factbase.json'], { cwd: dir });
    assert.equal(before.status, 2, before.stdout + before.stderr);
    const problems = before.stdout.split('\n').filter((line) => line.includes('  ('));
    assert.ok(problems.length > 0, before.stdout);
    assert.deepEqual(problems.filter((line) => /unknown key/.test(line)), [], 'no key of the hand-written file is unknown');
    for (const line of problems) assert.match(line, /missing "(start|end)" \(number\); "isnad kb cite lagos\.factbase\.json" computes it from the evidence's text/);
    const cite = runCli(['kb', 'cite', 'lagos.factbase.json'], { cwd: dir });
    assert.equal(cite.status, 0, cite.stderr);
    const cited = JSON.parse(readFileSync(file, 'utf8')) as { people: { evidence: Record<string, unknown>[] }[] };
    assert.deepEqual(cited.people[0]!.evidence[1], { start: ARTICLE.lastIndexOf('Bello'), end: ARTICLE.lastIndexOf('Bello') + 5, text: 'Bello' });
    const after = runCli(['kb', 'validate', 'lagos.factbase.json'], { cwd: dir });
    assert.equal(after.status, 0, after.stdout + after.stderr);
  } finally {
    cleanup();
  }
});
