/**
 * Probes of the `event-place` rule on the place of a statement, written before their fix: a place
 * right after a speech verb ("said in Karachi that …", "said on Wednesday in Karachi", "speaking
 * in Karachi") is where the words were said, and an event word after it is the matter of the
 * words, not an event at that place. Errors stay reported: the event's own place after its word in
 * the reported matter ("said that 23 people had died, most of them in Karachi"). Against the
 * invented floods and textile fire stories of tests/engine/fixtures/places/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeChecker } from './placeFixtures';

/** The `event-place` findings of a draft as `flagged text → fix`. */
function flagged(story: string, draft: string): string[] {
  return placeChecker(story)
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}


test('the place where the words were said is not the place of their matter', () => {
  assert.deepEqual(flagged('floods', 'The authority said in Karachi that at least 23 people have died.'), []);
  assert.deepEqual(flagged('floods', 'Officials said on Wednesday in Karachi that the flooding began on Monday.'), []);
  assert.deepEqual(flagged('floods', 'Shah, speaking in Karachi on Wednesday, said at least 23 people had died.'), []);
  assert.deepEqual(flagged('floods', 'Speaking in Karachi, Salman Shah said at least 23 people had died.'), []);
});

test('the matter of the words keeps its own place', () => {
  assert.deepEqual(flagged('floods', 'The authority said that at least 23 people have died, most of them in Karachi.'), ['Karachi → Mehar']);
  assert.deepEqual(flagged('floods', 'Officials said in Karachi that the flooding began on Monday in the district of Larkana.'), ['Larkana → Dadu']);
  assert.deepEqual(flagged('textile', 'وقالت الوزارة إن الحريق اندلع في مصنع للنسيج بمدينة بلبيس.'), ['بلبيس → مدينة العاشر من رمضان']);
});

test('an Arabic statement made in the capital', () => {
  assert.deepEqual(flagged('textile', 'وقالت وزارة الصحة في القاهرة إن الحريق اندلع فجر الأحد في مصنع للنسيج.'), []);
  assert.deepEqual(flagged('textile', 'وأعلنت الوزارة في القاهرة أن الحريق أسفر عن مصرع سبعة عمال.'), []);
});
