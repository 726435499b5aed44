/**
 * The transient `nth` of an evidence entry (`isnad kb cite` picks the nth occurrence of the text
 * and removes the key) is part of the fact-base schema: a fact base that still carries it
 * validates when its range is that occurrence, and is told to run `kb cite` when the range is
 * another one, since `kb cite` would move it there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFactBase } from '../../engine/src/factBase/parse';

/** An invented Arabic wire story that names the minister's family name three times. */
const ARTICLE = 'الرباط – الاثنين 4 مايو 2026\n\nقالت وزيرة الاقتصاد نادية العلوي إن النمو بلغ 3.2 في المئة. وأضافت العلوي أن العجز تراجع، فيما أكدت العلوي أن الحكومة ستخفض الدين.\n';

/** The fact base with the minister's third mention cited at `start`, with `nth`. */
function withEvidence(evidence: Record<string, unknown>): string {
  return JSON.stringify({
    schemaVersion: 2,
    id: 'rabat-economy',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-05-04' },
    people: [{ id: 'alaoui', names: { ar: ['نادية العلوي'] }, short: { ar: ['العلوي'] }, gender: 'f', evidence: [{ start: ARTICLE.indexOf('نادية العلوي'), end: ARTICLE.indexOf('نادية العلوي') + 12, text: 'نادية العلوي' }, evidence] }],
  });
}

const third = ARTICLE.lastIndexOf('العلوي');

test('an evidence entry that keeps nth validates when its range is the nth occurrence of its text', () => {
  const parsed = parseFactBase(withEvidence({ start: third, end: third + 6, text: 'العلوي', nth: 3 }), 'rabat.factbase.json', ARTICLE);
  assert.deepEqual(parsed.problems, []);
  assert.ok(parsed.factBase);
});

test('an nth that names another occurrence than the range is a problem that says to run kb cite', () => {
  const parsed = parseFactBase(withEvidence({ start: third, end: third + 6, text: 'العلوي', nth: 2 }), 'rabat.factbase.json', ARTICLE);
  assert.equal(parsed.problems.length, 1, JSON.stringify(parsed.problems));
  assert.match(parsed.problems[0]!.message, /"nth": 2 .*isnad kb cite/);
  assert.equal(parsed.problems[0]!.path, '$.people[0].evidence[1]');
});

test('an nth beyond the occurrences of the text, or not a whole number from 1, is a problem', () => {
  assert.equal(parseFactBase(withEvidence({ start: third, end: third + 6, text: 'العلوي', nth: 5 }), 'rabat.factbase.json', ARTICLE).problems.length, 1);
  assert.equal(parseFactBase(withEvidence({ start: third, end: third + 6, text: 'العلوي', nth: 0 }), 'rabat.factbase.json', ARTICLE).problems.length, 1);
  assert.equal(parseFactBase(withEvidence({ start: third, end: third + 6, text: 'العلوي', nth: 1.5 }), 'rabat.factbase.json', ARTICLE).problems.length, 1);
});
