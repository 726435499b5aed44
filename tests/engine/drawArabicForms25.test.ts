/**
 * Arabic forms of people drawn from an English article, probed by helper drawen25 before the change
 * that fixes them, on an invented article of a dam in Tanzania (`kisiwa-dam.en.txt`). The rule
 * writes a g before e, i or y as ج, as in an English name (George جورج), but the Arabic press writes
 * the hard g of African and other foreign names as غ (Kasegeru كاسيغيرو): an Arabic
 * draft that spells the name so must still be read as that person, so that a wrong title given to
 * her is flagged, while a misspelt consonant stays a misspelt name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeFindings } from './drawProbeChecks';

const FILE = 'kisiwa-dam.en.txt';

/** Sentence probes: the rule ids a sentence must get (none for a true restatement), and a todo while drawing does not serve it. */
const PROBES: { sentence: string; rules: string[]; todo?: string }[] = [
  // The minister's name with a hard g, given a wrong portfolio and the right one.
  { sentence: 'وقالت وزيرة المالية سلمى كاسيغيرو إن المحطة ستنهي انقطاع الكهرباء.', rules: ['post-holder'] },
  { sentence: 'وقالت وزيرة الطاقة سلمى كاسيغيرو إن المحطة ستنهي انقطاع الكهرباء.', rules: [] },
  // The rule's own spelling, and a name whose g is soft (George جورج).
  { sentence: 'وقالت وزيرة المالية سلمى كاسيجيرو إن المحطة ستنهي انقطاع الكهرباء.', rules: ['post-holder'] },
  { sentence: 'وقال المفوض الإقليمي جورج مبيغا إن 600 عائلة نقلت.', rules: [] },
];

for (const { sentence, rules, todo } of PROBES) {
  test(`${FILE}: ${rules.length ? rules.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    const found = probeFindings(FILE, sentence).map((finding) => finding.split(':')[0]!);
    assert.deepEqual([...new Set(found)], rules, JSON.stringify(probeFindings(FILE, sentence)));
  });
}
