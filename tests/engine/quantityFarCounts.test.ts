/**
 * Counts stated far after their noun, probed in new wordings against the dev stories en-fire (14
 * fire engines, more than 600 doors, about 400 households) and ar-education (62,931 candidates
 * passed, 1,126 cases of cheating): a noun opened as a count ("the number of", «عدد») keeps its
 * figure over a relative clause or a phrase that narrows it ("the number of fire engines sent to
 * the scene by the service at the height of the blaze was 18", «بلغ عدد الناجحين في الدورة
 * الرئيسية لامتحان البكالوريا لهذا العام 65931»), and a qualifier may take the article («حالات
 * الغش» for غش). The true figures stay clean, and so does a figure with another fact's noun
 * before it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The quantity findings of a draft as `flagged text → fix`. */
function flagged(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'quantity')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('an English count opened by "the number of" is compared with a figure far after it', () => {
  assert.deepEqual(flagged(fire, 'The number of fire engines sent to the scene by the service at the height of the blaze was 18.'), ['18 → 14']);
  assert.deepEqual(flagged(fire, 'The number of doors that police officers knocked on during the evacuation rose to more than 800.'), ['800 → 600']);
});

test('an English count opened by "the number of" stays clean when its far figure is true or another noun\'s', () => {
  assert.deepEqual(flagged(fire, 'The number of fire engines sent to the scene by the service at the height of the blaze was 14.'), []);
  assert.deepEqual(flagged(fire, 'The number of households that were forced from their homes by the overnight fire reached about 400.'), []);
  assert.deepEqual(flagged(fire, 'The number of firefighters who tackled the blaze with 14 engines was about 90.'), []);
  assert.deepEqual(flagged(fire, 'The number of fire engines at the site in August 2021 was 18.'), []);
});

test('an Arabic count opened by «عدد» is compared with a figure far after it', () => {
  assert.deepEqual(flagged(education, 'بلغ عدد الناجحين في الدورة الرئيسية لامتحان البكالوريا لهذا العام 65931.'), ['65931 → 62931']);
  assert.deepEqual(flagged(education, 'عدد حالات الغش التي سجلتها الوزارة خلال الدورة الرئيسية هذا العام بلغ 1226.'), ['1226 → 1126']);
});

test('an Arabic count opened by «عدد» stays clean when its far figure is true', () => {
  assert.deepEqual(flagged(education, 'بلغ عدد الناجحين في الدورة الرئيسية لامتحان البكالوريا لهذا العام 62931.'), []);
  assert.deepEqual(flagged(education, 'عدد حالات الغش التي سجلتها الوزارة خلال الدورة الرئيسية هذا العام بلغ 1126.'), []);
});
