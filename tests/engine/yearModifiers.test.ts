/**
 * A year that qualifies a noun ("the 2020 blaze", «تحرك 2025») in a sentence that restates the
 * article sentence dating one event is that event's year, though no word of the event names it:
 * the article's smaller blaze was in August 2021, its strike in April 2026. Probes against the
 * dev stories en-fire and ar-education, written before the change, with the right years and a year
 * after «في» in a table row, which dates a figure, that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The event-date findings of a draft, as `flagged text → fix @ event id`. */
function dated(checker: Checker, draft: string): string[] {
  return checker
    .check(`${draft}\n`)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''} @ ${finding.factId}`);
}

test('a year that qualifies a noun in a restating sentence is the restated event\'s', () => {
  assert.deepEqual(dated(fire, 'The 2020 blaze at the site took two days to put out.'), ['2020 → 2021 @ earlier-fire']);
  assert.deepEqual(dated(education, 'وشارك 87 في المئة من الأساتذة في تحرك 2025 الذي دعت إليه الجامعة.'), ['2025 → 2026 @ april-strike']);
});

test('the right years, and a year after «في» in a table row, stay clean', () => {
  assert.deepEqual(dated(fire, 'The 2021 blaze at the site took two days to put out.'), []);
  assert.deepEqual(dated(education, 'وشارك 87 في المئة من الأساتذة في تحرك 2026 الذي دعت إليه الجامعة.'), []);
  assert.deepEqual(dated(education, '| نسبة النجاح في 2025 | 37.08% |'), []);
});
