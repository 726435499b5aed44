/**
 * The fix of a wrong duration keeps the draft's own Arabic word for a year: سنة (feminine: ثلاث
 * سنوات, 15 سنة, the dual سنتين) where the draft wrote it, عام (ثلاثة أعوام) where it wrote that, and
 * a month's fix its number's style («6 أشهر» → «3 أشهر», «ستة أشهر» → «ثلاثة أشهر»). Against the
 * fact base drawn from the invented port article of tests/engine/fixtures/drawProbes (a three-year
 * contract, works to start within three months).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

/** Each wrong duration with the fix it must get. */
const FIXES: [string, string][] = [
  ['وتبلغ مدة العقد 5 سنوات.', '5 سنوات → 3 سنوات'],
  ['وتبلغ مدة العقد خمس سنوات.', 'خمس سنوات → ثلاث سنوات'],
  ['وتبلغ مدة العقد سنتين.', 'سنتين → ثلاث سنوات'],
  ['وتبلغ مدة العقد 15 سنة.', '15 سنة → 3 سنوات'],
  ['وتبلغ مدة العقد خمسة أعوام.', 'خمسة أعوام → ثلاثة أعوام'],
  ['على أن تبدأ الأشغال خلال 6 أشهر.', '6 أشهر → 3 أشهر'],
  ['على أن تبدأ الأشغال خلال ستة أشهر.', 'ستة أشهر → ثلاثة أشهر'],
];

for (const [sentence, expected] of FIXES) {
  test(`the fix keeps the draft's word for the unit: ${sentence}`, () => {
    const found = probeChecker('port.ar.txt')
      .check(`${sentence}\n`)
      .findings.filter((finding) => finding.ruleId === 'quantity')
      .map((finding) => `${sentence.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
    assert.deepEqual(found, [expected]);
  });
}
