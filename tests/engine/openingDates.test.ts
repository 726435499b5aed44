/**
 * A date that opens its sentence in a clause of its own («وفي عام 2025، نفذت الجامعة إضراباً»,
 * «وفي أبريل 2025، …», "In 2025, the union staged a strike") dates the clause after it, the words
 * before it (وفي, عام, in) having no content; and a year alone said for an event whose candidates
 * all fall in one other year is that year's, whichever of them is meant. Probes against the dev
 * stories ar-education (the April strike of 15 April 2026; a September strike threatened for
 * 2026 too) and en-fire (an earlier fire in August 2021), written before the change, with the
 * right years and sentences without an event that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The event-date findings of a draft, as `flagged text → fix`. */
function fixed(checker: Checker, draft: string): string[] {
  return checker
    .check(`${draft}\n`)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('a date in an opening clause of its own dates the clause after it', () => {
  assert.deepEqual(fixed(education, 'وفي عام 2025، نفذت الجامعة إضراباً في المعاهد الثانوية شارك فيه 87 في المئة من الأساتذة.'), ['2025 → 2026']);
  assert.deepEqual(fixed(education, 'وفي أبريل 2025، نفذت الجامعة إضراباً في المعاهد الثانوية.'), ['2025 → 2026']);
  assert.deepEqual(fixed(education, "In 2025, the secondary teachers' union staged a strike in secondary schools."), ['2025 → 2026']);
  assert.deepEqual(fixed(fire, 'In 2020, a smaller blaze at the site took two days to put out.'), ['2020 → 2021']);
});

test('the right years, and opening dates of sentences without an event, stay clean', () => {
  assert.deepEqual(fixed(education, 'وفي عام 2026، نفذت الجامعة إضراباً في المعاهد الثانوية شارك فيه 87 في المئة من الأساتذة.'), []);
  assert.deepEqual(fixed(education, "In 2026, the secondary teachers' union staged a strike in secondary schools."), []);
  assert.deepEqual(fixed(education, 'وفي عام 2025، بلغت نسبة النجاح 37.08 في المئة.'), []);
  assert.deepEqual(fixed(fire, 'In 2021, a smaller blaze at the site took two days to put out.'), []);
});
