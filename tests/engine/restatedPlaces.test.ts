/**
 * Places given after a locative of direction (taken to X, «نُقل إلى X») in a sentence that
 * restates an article sentence: compared with the place the article names in the same slot only
 * when both hang on the same word (taken to Morriston Hospital, taken to Neath Leisure Centre), so
 * that a journey the article does not make ("Howells will travel to Swansea") stays unflagged.
 * Probes written against the dev story en-fire and an invented Arabic story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, parseFactBase, type Checker } from '../../engine/src/index';
import { citer, loadTestFactBase, repoRoot } from './helpers';

const dir = join(repoRoot, 'tests', 'fixtures', 'dev-stories', 'en-fire');
const file = join(dir, 'editor.factbase.json');
const parsed = parseFactBase(readFileSync(file, 'utf8'), file, readFileSync(join(dir, 'article.en.txt'), 'utf8'));
const fire = createChecker([parsed.factBase!], { scope: 'all' });

const ARTICLE = [
  'حريق في مصنع للورق بالزرقاء',
  'عمّان – الأحد 9 آذار/مارس 2025',
  'اندلع حريق فجر السبت في مصنع للورق بمدينة الزرقاء، ونُقل ثلاثة عمال مصابين إلى مستشفى الزرقاء الحكومي.',
  'ونُقل السكان الذين أُخلوا من منازلهم إلى مدرسة الشهيد فراس العجلوني.',
].join('\n\n');
const cite = citer(ARTICLE);
const zarqa = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'zarqa-fire',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-03-09' },
    places: [
      { id: 'zarqa', names: { ar: ['الزرقاء'], en: ['Zarqa'] }, kind: 'city', within: 'jordan', evidence: cite('الزرقاء') },
      { id: 'jordan', names: { ar: ['الأردن'], en: ['Jordan'] }, kind: 'country', evidence: cite('عمّان') },
      { id: 'zarqa-hospital', names: { ar: ['مستشفى الزرقاء الحكومي'], en: ['Zarqa Government Hospital'] }, kind: 'building', within: 'zarqa', evidence: cite('مستشفى الزرقاء الحكومي') },
      { id: 'ajlouni-school', names: { ar: ['مدرسة الشهيد فراس العجلوني'], en: ['Firas al-Ajlouni School'] }, kind: 'building', within: 'zarqa', evidence: cite('مدرسة الشهيد فراس العجلوني') },
    ],
    events: [
      { id: 'fire', names: { ar: ['حريق مصنع الورق'], en: ['the paper mill fire'] }, triggers: { ar: ['حريق'], en: ['fire'] }, place: 'zarqa', date: { year: 2025, month: 3, day: 8, weekday: 'sat' }, evidence: cite('اندلع حريق فجر السبت في مصنع للورق بمدينة الزرقاء') },
    ],
  },
  'zarqa-fire.factbase.json',
  ARTICLE,
);
const ar = createChecker([zarqa], { scope: 'all' });

/** The place findings of a draft as `flagged text → fix`. */
function placed(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('a destination moved to another venue of the article, on the same word, is flagged', () => {
  assert.deepEqual(placed(fire, 'The two injured workers were taken to Neath Leisure Centre with burns.'), ['Neath Leisure Centre → Morriston Hospital']);
  assert.deepEqual(placed(ar, 'ونُقل ثلاثة عمال مصابين إلى مدرسة الشهيد فراس العجلوني.'), ['مدرسة الشهيد فراس العجلوني → مستشفى الزرقاء الحكومي']);
});

test('the article\'s destination, and a journey on another word, stay clean', () => {
  assert.deepEqual(placed(fire, 'The two injured workers were taken to Morriston Hospital with burns.'), []);
  assert.deepEqual(placed(fire, 'Evacuated residents were taken to a rest centre at Neath Leisure Centre.'), []);
  assert.deepEqual(placed(fire, 'Gareth Howells, who visited the site on Thursday, will travel to Swansea again next week.'), []);
  assert.deepEqual(placed(ar, 'ونُقل ثلاثة عمال مصابين إلى مستشفى الزرقاء الحكومي.'), []);
  assert.deepEqual(placed(ar, 'ونُقل السكان الذين أُخلوا من منازلهم إلى مدرسة الشهيد فراس العجلوني.'), []);
});
