/**
 * The fix of a wrong post restores the article's whole title, probed by helper drawar27: where the
 * article's title holds words between its head and the body, which it names by a bare kind noun
 * («مدير شؤون الركاب في الوزارة»), a draft's «أمين عام الوزارة» is fixed to that title, not to the
 * bare head «مدير», which makes another post (مدير الوزارة). An invented article: a bus line
 * opened by Jordan's transport ministry (`buses-tafileh27.ar.txt`), which names the health
 * ministry too, so that the body's names hold no bare «الوزارة».
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const file = 'buses-tafileh27.ar.txt';

/** The draft's sentence after each post finding's fix is applied. */
function fixedPosts(sentence: string): string[] {
  return probeChecker(file)
    .check(sentence)
    .findings.filter((f) => f.ruleId === 'post-holder')
    .flatMap((f) => f.fixes.map((fix) => fix.edits.reduceRight((text, edit) => text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end), sentence)));
}

const PROBES: { sentence: string; fixed: string; todo?: string }[] = [
  {
    sentence: 'وقال أمين عام الوزارة ماهر الزعبي إن الخط سيعمل بثماني حافلات.',
    fixed: 'وقال مدير شؤون الركاب في الوزارة ماهر الزعبي إن الخط سيعمل بثماني حافلات.',
  },
  {
    sentence: 'وقال رئيس الوزارة ماهر الزعبي إن الخط سيعمل بثماني حافلات.',
    fixed: 'وقال مدير شؤون الركاب في الوزارة ماهر الزعبي إن الخط سيعمل بثماني حافلات.',
  },
];

for (const { sentence, fixed, todo } of PROBES) {
  test(`${file}: fixed to the whole title: ${sentence}`, todo ? { todo } : {}, () => {
    assert.deepEqual(fixedPosts(sentence), [fixed]);
    // The fixed sentence gets no post finding: the fix removes its finding.
    assert.deepEqual(fixedPosts(fixed), []);
  });
}
