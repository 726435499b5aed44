/**
 * Probes of an Arabic venue named after a known place («قصر صفاقس», a palace of Sfax; «مقر ولاية
 * صفاقس», the seat of Sfax's governorate), written by helper places (session 33) before
 * its change. The venue rule read no name that opens with a known place, so a news conference
 * moved from the governorate's seat to a palace named after the town went unflagged. Such a name may also be the
 * article's own venue called by its town (the governorate's seat for «مقر الولاية»): it is compared
 * only with a venue of another noun in that place. The invented story is the place fixture of a
 * measles campaign announced at a news conference at the governorate's seat in Sfax. Traps: the
 * article's venue named by its town, with its unit noun or with the city's; and the right venue.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeChecker } from './placeFixtures';

/** The `event-place` findings of a sentence as `flagged text → fix`. */
function flagged(sentence: string): string[] {
  return placeChecker('measles')
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => `${sentence.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

const PROBES: { sentence: string; found: string[] }[] = [
  { sentence: 'وقالت الجندوبي في ندوة صحفية عقدتها بقصر صفاقس إن الحملة ستستمر ستة أسابيع.', found: ['قصر صفاقس → مقر الولاية'] },
  // The article's venue called by its town, and the article's own words.
  { sentence: 'وقالت الجندوبي في ندوة صحفية عقدتها بمقر ولاية صفاقس إن الحملة ستستمر ستة أسابيع.', found: [] },
  { sentence: 'وقالت الجندوبي في ندوة صحفية عقدتها بمقر مدينة صفاقس إن الحملة ستستمر ستة أسابيع.', found: [] },
  { sentence: 'وقالت الجندوبي في ندوة صحفية عقدتها بمقر الولاية في صفاقس إن الحملة ستستمر ستة أسابيع.', found: [] },
];

for (const { sentence, found } of PROBES) {
  test(`${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    assert.deepEqual(flagged(sentence), found);
  });
}
