/**
 * The quantity probes of tests/engine/fixtures/quantityProbes: sentences written by hand in new
 * wordings against the dev and shared stories and an invented Arabic story, each with one wrong
 * figure (flagged, with its fix) or none (a true restatement or a near miss, clean). They hold
 * four-digit counts with their noun («2102 قتيل»), labels of lists and tables whose words are the
 * article's ("| Fire engines | 16 |", «- مراكز الإصلاح: 22»), the figure of a label ranking the
 * facts of its noun, qualifiers in another form of their word (marked for marking), sums and
 * differences of the article's figures, increments ("another 16", «إضافية»), figures of another
 * year or a later one ("last year", «في الأيام التالية»), thousands grouped with a space (45 000),
 * scale words a fix cannot keep, ordinals ("the third cyclone", «رابع فيضان») and parts of a toll
 * by place («بينهم 1329 في إقليم الحوز»).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../engine/src/index';
import { fixtureFactBase, repoRoot } from './helpers';

const dir = join(repoRoot, 'tests', 'engine', 'fixtures', 'quantityProbes');

for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const [folder, factBase, article] = lines[0]!.replace(/^# kb: /, '').split(' ');
  const checker = createChecker([fixtureFactBase(folder!, factBase, article)], { scope: 'all' });
  const probes = lines.filter((line) => /^[+-] /.test(line)).map((line) => {
    const [text, flagged] = line.slice(2).split(' ⇒ ');
    return { text: text!, expected: line.startsWith('+') ? [flagged!] : [] };
  });
  test(`quantity probes of ${file}: each wrong figure is flagged with its fix, each true one is clean`, () => {
    assert.ok(probes.some((probe) => probe.expected.length > 0) && probes.some((probe) => probe.expected.length === 0));
    for (const probe of probes) {
      const found = checker
        .check(`${probe.text}\n`)
        .findings.filter((finding) => finding.ruleId === 'quantity')
        .map((finding) => `${probe.text.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
      assert.deepEqual(found, probe.expected, probe.text);
    }
  });
}
