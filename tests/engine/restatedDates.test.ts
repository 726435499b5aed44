/**
 * Days tied to an event through the article sentence the draft sentence restates, whatever word
 * the draft uses for the event, written against the dev story en-fire and the shared stories'
 * reviewed fact bases; each wrong day has true restatements and near misses beside it (a state
 * that ends, the article's own day, background years in a restating sentence) that must check
 * clean. The findings name the event whose sentence is restated.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

function checkerOf(folder: string, factBase: string, article: string): Checker {
  return createChecker([fixtureFactBase(folder, factBase, article)], { scope: 'all' });
}

const fire = checkerOf('dev-stories/en-fire', 'editor.factbase.json', 'article.en.txt');
const court = checkerOf('stories/en-court', 'uk-rwanda-ruling.factbase.json', 'article.en.txt');
const economy = checkerOf('stories/ar-economy', 'ras-el-hekma.factbase.json', 'article.ar.txt');
const disaster = checkerOf('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt');

/** The event-date findings of a draft as `flagged text @ event id`. */
function dated(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} @ ${finding.factId}`);
}

test('the article\'s own date, and a background year the restated sentence does not give, stay clean', () => {
  assert.deepEqual(dated(fire, 'In August 2021 a smaller blaze there took two days to put out.'), []);
  assert.deepEqual(dated(fire, 'The blaze broke out at about 3.15am on Wednesday at the Gwalia Recycling site, which opened in 2019.'), []);
  assert.deepEqual(dated(fire, 'The Gwalia Recycling site, opened in March 2024, caught fire at about 3.15am on Wednesday.'), []);
  assert.deepEqual(dated(court, 'The scheme was unveiled in April 2022 by Boris Johnson, then prime minister.'), []);
  assert.deepEqual(dated(court, 'The High Court upheld the policy in December 2022.'), []);
  assert.deepEqual(dated(economy, 'وحصلت مصر على قرض بقيمة 3 مليارات دولار وافق عليه الصندوق في ديسمبر 2022.'), []);
  assert.deepEqual(dated(economy, 'وكان الملك فاروق قد أنشأ المنطقة عام 1948 مصيفاً للأسرة المالكة.'), []);
  assert.deepEqual(dated(disaster, 'ويظل زلزال أغادير الذي وقع عام 1960 الأشد فتكاً في تاريخ المملكة الحديث.'), []);
});

test('a wrong day names the event whose sentence is restated, not another event\'s word beside it', () => {
  assert.deepEqual(dated(fire, 'The fire was declared under control on Thursday evening.'), ['Thursday @ under-control']);
  assert.deepEqual(dated(fire, 'Firefighters declared the blaze under control at 6pm on Thursday.'), ['Thursday @ under-control']);
  assert.deepEqual(dated(fire, 'The fire was declared under control at 6pm on Wednesday.'), []);
});

test('a day that the restated event\'s own sentence ends a state on is compared; another state\'s end is not', () => {
  assert.deepEqual(dated(fire, 'The evacuation order was lifted at 10am on Friday.'), ['Friday @ evacuation-lifted']);
  assert.deepEqual(dated(fire, 'The evacuation order was lifted at 10am on Thursday.'), []);
  assert.deepEqual(dated(fire, 'Three primary schools in Llansamlet and Bonymaen reopened on Friday.'), []);
});

test('of two events one sentence restates, the day or date is the one whose own words stand beside it', () => {
  assert.deepEqual(dated(fire, 'Gareth Howells went to the site on Friday.'), ['Friday @ visit']);
  assert.deepEqual(dated(fire, 'Gareth Howells went to the site on Thursday and will make a statement to the Senedd in Cardiff on Tuesday 17 November.'), []);
  assert.deepEqual(dated(economy, 'وأقرّ مجلس الوزراء المصري الصفقة في اجتماعه يوم الأربعاء.'), ['الأربعاء @ cabinet-approval']);
  assert.deepEqual(dated(economy, 'وأقرّ مجلس الوزراء المصري الصفقة في اجتماعه يوم الخميس.'), []);
  assert.deepEqual(dated(economy, 'ووقّعت الحكومة المصرية يوم الجمعة عقد تطوير رأس الحكمة بعد أن أقرّ مجلس الوزراء الصفقة يوم الخميس.'), []);
});
