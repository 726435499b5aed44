/**
 * Probes of the `event-place` rule on journeys, written before their fix: a place the draft sends
 * someone to after the event ("flew to Sousse after the news conference", «توجه إلى سوسة عقب الندوة
 * الصحفية») is not the event's place, while a journey whose clause of place tells the event
 * ("headed for Sousse, where he held a news conference", «وصل إلى سوسة الاثنين حيث عقد ندوة صحفية»,
 * a day between the place and the clause) is. Against the dev story ar-education (the results
 * announced at a news conference in Tunis).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const results: Checker = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The `event-place` findings of a draft as `flagged text`. */
function flagged(draft: string): string[] {
  return results
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('a journey made after or before the event is not the event\'s place', () => {
  assert.deepEqual(flagged('The minister flew to Sousse after the news conference on Monday.'), []);
  assert.deepEqual(flagged('The minister travelled to Sousse following the news conference.'), []);
  assert.deepEqual(flagged('The minister was in Sousse before the news conference on Monday.'), []);
  assert.deepEqual(flagged('غادر الوزير إلى سوسة عقب ندوة صحفية في العاصمة.'), []);
  assert.deepEqual(flagged('توجه الوزير إلى سوسة بعد ندوة صحفية.'), []);
});

test('a journey whose clause of place tells the event is compared', () => {
  assert.deepEqual(flagged('The minister headed for Sousse, where he held a news conference on Monday.'), ['Sousse']);
  assert.deepEqual(flagged('وصل الوزير إلى سوسة الاثنين حيث عقد ندوة صحفية.'), ['سوسة']);
  assert.deepEqual(flagged('وصل الوزير إلى سوسة يوم الاثنين حيث عقد ندوة صحفية.'), ['سوسة']);
  assert.deepEqual(flagged('The minister flew to Sousse on Monday, where he held a news conference.'), ['Sousse']);
});

test('the event at the place, and a journey to the right place, stay as they were', () => {
  assert.deepEqual(flagged('The minister held a news conference in Sousse on Monday.'), ['Sousse']);
  assert.deepEqual(flagged('The minister flew to Tunis, where he held a news conference on Monday.'), []);
  assert.deepEqual(flagged('وصل الوزير إلى تونس العاصمة الاثنين حيث عقد ندوة صحفية.'), []);
});
