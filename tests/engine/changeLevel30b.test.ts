/**
 * A figure of change is not a level: against an article whose jobless rate rose by 3 points to
 * 12%, a draft's rise "by 3%" («بنسبة 3 في المئة») is the change, compared with the article's
 * change only, and "to 12%" («إلى 12 في المئة») the level, compared with its level only. Invented
 * articles in both languages, checked across them; a wrong change is fixed with the right change,
 * a wrong level with the right level.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, parseFactBase } from '../../engine/src/index';

const EN = 'Unemployment in Corvale rose by 3 points to 12% in March, the labour office said.';
const AR = 'ارتفعت البطالة في كورفال بنسبة 3 في المئة لتبلغ 12 في المئة في مارس، وفق مكتب العمل.';

/** A fact base with the change and the level of `article`, or the level alone. */
function checker(article: string, changeText: string, levelText: string, withChange = true) {
  const evidence = (text: string) => [{ start: article.indexOf(text), end: article.indexOf(text) + text.length, text }];
  const noun = { en: ['unemployment'], ar: ['البطالة'] };
  const quantities = [
    ...(withChange ? [{ id: 'change', value: 3, unit: 'percent', noun, evidence: evidence(changeText) }] : []),
    { id: 'level', value: 12, unit: 'percent', noun, evidence: evidence(levelText) },
  ];
  const base = { schemaVersion: 2, id: 'jobs', title: 'Jobs', source: { file: 'a.md', lang: article === AR ? 'ar' : 'en' }, people: [], organisations: [], posts: [], places: [], events: [], quantities, quotes: [], affiliations: [] };
  const parsed = parseFactBase(JSON.stringify(base), 'jobs.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  return createChecker([parsed.factBase!], { scope: 'all' });
}

const english = (withChange = true) => checker(EN, 'rose by 3 points', 'to 12%', withChange);
const arabic = (withChange = true) => checker(AR, 'بنسبة 3 في المئة', 'لتبلغ 12 في المئة', withChange);

/** The quantity findings of a draft, as `text → fix`. */
function found(check: ReturnType<typeof checker>, draft: string): string[] {
  return check
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'quantity')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits.map((edit) => edit.text).join('') ?? ''}`);
}

test('the true change restated is not flagged, in either language and across them', () => {
  for (const kb of [english(), arabic(), english(false), arabic(false)]) {
    assert.deepEqual(found(kb, 'ارتفعت البطالة في كورفال بنسبة 3 في المئة في مارس.'), []);
    assert.deepEqual(found(kb, 'Unemployment in Corvale rose by 3% in March.'), []);
    assert.deepEqual(found(kb, 'Unemployment in Corvale was up 3% in March.'), []);
    assert.deepEqual(found(kb, 'ارتفعت البطالة في كورفال بمقدار 3 في المئة في مارس.'), []);
  }
});

test('a wrong change is flagged with the right change, never the level', () => {
  for (const kb of [english(), arabic()]) {
    assert.deepEqual(found(kb, 'ارتفعت البطالة في كورفال بنسبة 5 في المئة في مارس.'), ['5 في المئة → 3']);
    assert.deepEqual(found(kb, 'Unemployment in Corvale rose by 5% in March.'), ['5% → 3']);
  }
  // With the level alone in the fact base, a change has nothing to be compared with.
  for (const kb of [english(false), arabic(false)]) {
    assert.deepEqual(found(kb, 'ارتفعت البطالة في كورفال بنسبة 5 في المئة في مارس.'), []);
    assert.deepEqual(found(kb, 'Unemployment in Corvale rose by 5% in March.'), []);
  }
});

test('a wrong level is flagged with the right level, never the change; the true level is not', () => {
  for (const kb of [english(), arabic()]) {
    assert.deepEqual(found(kb, 'ارتفعت البطالة في كورفال إلى 12 في المئة في مارس.'), []);
    assert.deepEqual(found(kb, 'Unemployment in Corvale rose to 12% in March.'), []);
    assert.deepEqual(found(kb, 'ارتفعت البطالة في كورفال لتبلغ 14 في المئة في مارس.'), ['14 في المئة → 12']);
    assert.deepEqual(found(kb, 'Unemployment in Corvale rose to 14% in March.'), ['14% → 12']);
  }
});
