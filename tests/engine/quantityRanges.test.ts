/**
 * Ranges of money and percentages, probed in new wordings against the dev stories en-weather
 * (Cyclone Tamsin: a A$75 million recovery package, A$1.2 billion of insured damage) and
 * ar-education (the Tunisian baccalaureate: an agreement costing 310 million dinars a year, a pass
 * rate of 41.27 per cent). A range whose ends hold the article's figure restates it ("between A$70
 * million and A$80 million", «بين 300 و320 مليون دينار», «بين 40 و45 في المئة»), whatever the
 * shape: both ends with their currency, the scale and currency written once after the second end
 * ("between 70 and 80 million Australian dollars", A$70-80 million). A range that misses the
 * figure is one wrong claim, flagged once over the whole range. A change ("rose from 37 to 45 per
 * cent") is no range: its second figure is compared alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const weather = createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The quantity findings of a draft as the text each flags. */
function flagged(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'quantity')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('an English money range that holds the article figure is not flagged', () => {
  assert.deepEqual(flagged(weather, 'The recovery package is worth between A$70 million and A$80 million.'), []);
  assert.deepEqual(flagged(weather, 'The recovery package is worth between 70 and 80 million Australian dollars.'), []);
  assert.deepEqual(flagged(weather, 'The recovery package is worth A$70-80 million.'), []);
  assert.deepEqual(flagged(weather, 'The recovery package is worth A$70 million to A$80 million.'), []);
  assert.deepEqual(flagged(weather, 'Insured damage is estimated at between A$1bn and A$1.5bn.'), []);
});

test('an English money range that misses the article figure is flagged once', () => {
  assert.deepEqual(flagged(weather, 'The recovery package is worth between A$50 million and A$60 million.'), ['A$50 million and A$60 million']);
  assert.deepEqual(flagged(weather, 'The recovery package is worth between 50 and 60 million Australian dollars.'), ['50 and 60 million Australian dollars']);
  assert.deepEqual(flagged(weather, 'The recovery package is worth A$50-60 million.'), ['A$50-60 million']);
  assert.deepEqual(flagged(weather, 'Insured damage is estimated at between A$1.5bn and A$2bn.'), ['A$1.5bn and A$2bn']);
  // A single wrong figure is flagged as before.
  assert.deepEqual(flagged(weather, 'The state announced a A$85 million recovery package.'), ['A$85 million']);
});

test('an Arabic money or percentage range that holds the article figure is not flagged', () => {
  assert.deepEqual(flagged(education, 'تتراوح الكلفة السنوية للاتفاق بين 300 و320 مليون دينار.'), []);
  assert.deepEqual(flagged(education, 'تتراوح الكلفة السنوية للاتفاق ما بين 300 مليون و320 مليون دينار.'), []);
  assert.deepEqual(flagged(education, 'تراوحت نسبة النجاح بين 40 و45 في المئة.'), []);
});

test('an Arabic money or percentage range that misses the article figure is flagged once', () => {
  assert.deepEqual(flagged(education, 'تتراوح الكلفة السنوية للاتفاق بين 200 و250 مليون دينار.'), ['200 و250 مليون دينار']);
  assert.deepEqual(flagged(education, 'تراوحت نسبة النجاح بين 30 و35 في المئة.'), ['30 و35 في المئة']);
});

test('a change from one figure to another is no range: its second figure is compared', () => {
  assert.deepEqual(flagged(education, 'ارتفعت نسبة النجاح من 37.08 إلى 45 في المئة.'), ['45 في المئة']);
  assert.deepEqual(flagged(education, 'ارتفعت نسبة النجاح من 37.08 إلى 41.27 في المئة.'), []);
});
