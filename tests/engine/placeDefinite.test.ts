/**
 * Arabic event words with and without the article, probed against the dev story ar-education (the
 * minister's news conference «ندوة صحفية» in Tunis) and the shared story ar-disaster (the rockfalls
 * «الانهيارات الصخرية» around Talat N'Yaaqoub): a draft writes an indefinite trigger definite
 * («الندوة الصحفية», «المؤتمر الصحفي»), with a preposition on it («بالندوة الصحفية»), or a definite
 * trigger bare («انهيارات صخرية»). The event's wrong place beside it is flagged; its own place, a
 * place that contains it, and a place in what was said at the event stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const PLACE_RULES = new Set(['event-place', 'place-containment']);

/** A checker of every draft against one fixture story's fact base. */
function load(dir: string, factBase: string, article: string): Checker {
  return createChecker([fixtureFactBase(dir, factBase, article)], { scope: 'all' });
}

const bac = load('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt');
const quake = load('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt');

/** The place findings of a draft as `flagged text: message`. */
function flagged(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => PLACE_RULES.has(finding.ruleId))
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)}: ${finding.message}`);
}

/** The flagged texts alone. */
function spans(checker: Checker, draft: string): string[] {
  return flagged(checker, draft).map((line) => line.slice(0, line.indexOf(':')));
}

test('an indefinite Arabic event word written with the article places its event', () => {
  assert.deepEqual(spans(bac, 'قال الرياحي في الندوة الصحفية بسوسة إن النسبة ارتفعت.'), ['سوسة']);
  assert.deepEqual(spans(bac, 'قال الرياحي في المؤتمر الصحفي بسوسة إن النسبة ارتفعت.'), ['سوسة']);
  assert.deepEqual(spans(bac, 'وفي الندوة الصحفية بصفاقس، قال الرياحي إن النسبة ارتفعت.'), ['صفاقس']);
  assert.deepEqual(spans(bac, 'قال الرياحي بالندوة الصحفية في سوسة إن النسبة ارتفعت.'), ['سوسة']);
});

test('a definite Arabic event word written bare places its own event', () => {
  const found = flagged(quake, 'وقعت انهيارات صخرية في إقليم أزيلال بعد الزلزال.');
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^إقليم أزيلال: .*الانهيارات الصخرية/);
});

test('the event\'s own place, a place containing it, and a place in what was said stay clean', () => {
  assert.deepEqual(spans(bac, 'قال الرياحي في الندوة الصحفية بتونس العاصمة إن النسبة ارتفعت.'), []);
  assert.deepEqual(spans(bac, 'قال الرياحي في الندوة الصحفية بالعاصمة إن النسبة ارتفعت.'), []);
  assert.deepEqual(spans(bac, 'وأوضح الرياحي في الندوة الصحفية أن ولاية صفاقس تصدرت الترتيب.'), []);
  assert.deepEqual(spans(bac, 'وأوضح الرياحي في المؤتمر الصحفي أن تلاميذ المكنين حققوا أفضل النتائج.'), []);
  assert.deepEqual(spans(quake, 'وقعت انهيارات صخرية قرب تلات نيعقوب بعد الزلزال.'), []);
  assert.deepEqual(spans(quake, 'وقعت انهيارات صخرية في إقليم الحوز بعد الزلزال.'), []);
  assert.deepEqual(spans(quake, 'وقعت انهيارات صخرية في المغرب بعد الزلزال.'), []);
});
