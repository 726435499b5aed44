/**
 * A day written as an ordinal (February 8th, the 10th of February, the sixth of February, «في
 * التاسع من سبتمبر», «الثامن والعشرين من فبراير», «في 16 من أبريل») is a date's day like a day
 * in digits, and its fix is written as the draft wrote it. Probes against the dev stories
 * en-weather (the cyclone made landfall on Monday 9 February 2026 and formed on 5 February) and
 * ar-education (the April strike of Wednesday 15 April 2026) and the shared story ar-disaster (the
 * earthquake of Friday 8 September 2023, Agadir's of 29 February 1960), written before the change,
 * with the right days and an ordinal that is no day (the first week of a month) that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const weather = createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });
const disaster = createChecker([fixtureFactBase('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The event-date findings of a draft, as `flagged text → fix @ event id`. */
function dated(checker: ReturnType<typeof createChecker>, draft: string): string[] {
  return checker
    .check(`${draft}\n`)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''} @ ${finding.factId}`);
}

test('an English ordinal day is compared with the event day, and fixed in its own form', () => {
  assert.deepEqual(dated(weather, 'Cyclone Tamsin crossed the coast near Bowen on February 8th.'), ['8th → 9th @ landfall']);
  assert.deepEqual(dated(weather, 'Cyclone Tamsin crossed the coast near Bowen on the 7th of February.'), ['7th → 9th @ landfall']);
  assert.deepEqual(dated(weather, 'Tamsin formed in the Coral Sea on the sixth of February.'), ['sixth → fifth @ formed']);
});

test('an Arabic ordinal day, or a day with من before the month, is compared with the event day', () => {
  assert.deepEqual(dated(disaster, 'ضرب الزلزال إقليم الحوز في التاسع من سبتمبر 2023.'), ['التاسع → الثامن @ earthquake']);
  assert.deepEqual(dated(disaster, 'أودى زلزال أغادير في الثامن والعشرين من فبراير 1960 بحياة نحو 12 ألف شخص.'), ['الثامن والعشرين → التاسع والعشرين @ agadir-earthquake']);
  assert.deepEqual(dated(education, 'نفذت الجامعة إضراباً في السادس عشر من أبريل الماضي.'), ['السادس عشر → الخامس عشر @ april-strike']);
  assert.deepEqual(dated(education, 'نفذت الجامعة إضراباً في 16 من أبريل الماضي.'), ['16 → 15 @ april-strike']);
});

test('the right ordinal days, and an ordinal that is no day, stay clean', () => {
  assert.deepEqual(dated(weather, 'Cyclone Tamsin crossed the coast near Bowen on February 9th.'), []);
  assert.deepEqual(dated(weather, 'Cyclone Tamsin crossed the coast near Bowen on the ninth of February.'), []);
  assert.deepEqual(dated(weather, 'Tamsin formed in the Coral Sea on 5th February.'), []);
  assert.deepEqual(dated(disaster, 'ضرب الزلزال إقليم الحوز في الثامن من سبتمبر 2023.'), []);
  assert.deepEqual(dated(disaster, 'وقع زلزال أغادير في التاسع والعشرين من فبراير 1960.'), []);
  assert.deepEqual(dated(education, 'نفذت الجامعة إضراباً يوم الأربعاء الخامس عشر من أبريل الماضي.'), []);
  assert.deepEqual(dated(disaster, 'في الأسبوع الأول من سبتمبر 2023 ضرب الزلزال إقليم الحوز.'), []);
  assert.deepEqual(dated(weather, 'It was the first cyclone of February 2026 to cross the coast near Bowen.'), []);
});
