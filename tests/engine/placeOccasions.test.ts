/**
 * Probes of the `event-place` rule in new wordings, written before their fix: a place given to an
 * event in a sentence that dates itself to an earlier time than the event ("last year", "last
 * month", "two years ago", «العام الماضي», «قبل عامين») speaks of another occasion (an earlier
 * visit, a press conference of another year) and is not compared with this event's place, while
 * the same sentence without that time, or with the event's own time, is. Against the dev stories
 * en-fire (a fire in the Llansamlet district of Swansea, visited by a minister on Thursday) and
 * ar-education (Tunisia's baccalaureate results, announced at a news conference in Tunis).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

/** A checker of every draft against one fixture story's fact base. */
function load(dir: string, factBase: string, article: string): Checker {
  return createChecker([fixtureFactBase(dir, factBase, article)], { scope: 'all' });
}

const fire = load('dev-stories/en-fire', 'editor.factbase.json', 'article.en.txt');
const results = load('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt');

/** The `event-place` findings of a draft as `flagged text`. */
function flagged(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('a place of the event in a sentence about now is compared', () => {
  assert.deepEqual(flagged(fire, 'Gareth Howells visited the site in Bridgend on Thursday.'), ['Bridgend']);
  assert.deepEqual(flagged(fire, 'Gareth Howells visited Bridgend on Thursday.'), ['Bridgend']);
  assert.deepEqual(flagged(results, 'عقد الوزير ندوة صحفية في سوسة.'), ['سوسة']);
  assert.deepEqual(flagged(results, 'عقد الوزير ندوة صحفية في سوسة أمس الاثنين.'), ['سوسة']);
});

test('a sentence dated to an earlier year or month than the event speaks of another occasion', () => {
  assert.deepEqual(flagged(fire, 'Last year Gareth Howells visited a fire site in Bridgend.'), []);
  assert.deepEqual(flagged(fire, 'Gareth Howells, who visited Bridgend last month, came to the site on Thursday.'), []);
  assert.deepEqual(flagged(fire, 'Two years ago Gareth Howells visited a recycling site in Bridgend.'), []);
  assert.deepEqual(flagged(fire, 'Gareth Howells visited a plant in Bridgend a year ago.'), []);
  assert.deepEqual(flagged(results, 'وفي العام الماضي عقد الوزير ندوة صحفية في سوسة.'), []);
  assert.deepEqual(flagged(results, 'عقد الوزير ندوة صحفية في سوسة العام الماضي.'), []);
  assert.deepEqual(flagged(results, 'وكان الوزير قد عقد ندوة صحفية في سوسة الشهر الماضي.'), []);
  assert.deepEqual(flagged(results, 'عقد الوزير ندوة صحفية في صفاقس قبل عامين.'), []);
  assert.deepEqual(flagged(results, 'عقد الوزير في السنة الماضية ندوة صحفية في سوسة.'), []);
});

test('a time word that is not an earlier time leaves the place compared', () => {
  // "this year" and "last week" may be the event's own time.
  assert.deepEqual(flagged(fire, 'This year Gareth Howells visited the site in Bridgend.'), ['Bridgend']);
  assert.deepEqual(flagged(results, 'عقد الوزير ندوة صحفية في سوسة هذا العام.'), ['سوسة']);
  // A year's figure the sentence compares with is no time of the event.
  assert.deepEqual(flagged(results, 'أعلن الوزير في ندوة صحفية في سوسة نسبة نجاح بلغت 41.27 في المئة مقابل 37.08 في المئة العام الماضي.'), ['سوسة']);
});

test('a sentence that names an earlier year than the event speaks of another occasion', () => {
  assert.deepEqual(flagged(fire, 'A fire broke out in Cardiff in 2019.'), []);
  assert.deepEqual(flagged(fire, 'The blaze recalled a fire that broke out at a Cardiff plant in March 2019.'), []);
  assert.deepEqual(flagged(fire, 'وذكّر الحريق بحريق اندلع في كارديف عام 2019.'), []);
  assert.deepEqual(flagged(results, 'وكان الوزير قد عقد ندوة صحفية في سوسة عام 2024.'), []);
  assert.deepEqual(flagged(results, 'In 2023 the minister held a news conference in Sousse.'), []);
});

test('the event\'s own year, or a year of another event of the story, leaves the place compared', () => {
  assert.deepEqual(flagged(fire, 'A fire broke out at a recycling plant in Cardiff in November 2026.'), ['Cardiff']);
  assert.deepEqual(flagged(fire, 'In August 2021 a smaller blaze broke out at a site in Bridgend.'), ['Bridgend']);
  assert.deepEqual(flagged(results, 'عقد الوزير ندوة صحفية في سوسة عام 2026.'), ['سوسة']);
});
