/**
 * Probes of the `event-place` rule on drafts written in the other language than the fact base's
 * event words, written before their fix: an Arabic draft of an English article names the event by
 * a word of its trigger's meaning (الحريق for "fire", «ندوة» for "news conference"), and so does an
 * English draft of an Arabic article whose events carry only Arabic words. Such an event put in
 * another town is reported; the right town, a place that contains it, a place of a person or of
 * another occasion stay clean. Against the dev stories en-fire (the fire in Llansamlet, Swansea; a
 * statement to the Senedd in Cardiff) and ar-education (the results announced at a news
 * conference in Tunis), the latter with its English event words taken out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import type { FactBaseData } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const fire: Checker = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const quake: Checker = createChecker([fixtureFactBase('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt')], { scope: 'all' });
const court: Checker = createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json', 'article.en.txt')], { scope: 'all' });

/** The ar-education fact base with its events' English words taken out: an Arabic-only editor's base. */
function arabicOnly(): FactBaseData {
  const base = fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt');
  return { ...base, events: base.events.map((event) => ({ ...event, triggers: { ar: event.triggers?.ar ?? [] } })) };
}
const results: Checker = createChecker([arabicOnly()], { scope: 'all' });

/** The `event-place` findings of a draft as `flagged text → fix`. */
function flagged(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

test('an Arabic draft of an English article puts the event in another town', () => {
  assert.deepEqual(flagged(fire, 'اندلع الحريق في مصنع لإعادة التدوير في كارديف فجر الأربعاء.'), ['كارديف → سوانزي']);
  assert.deepEqual(flagged(fire, 'اندلع حريق هائل في مصنع لإعادة التدوير بمدينة نيوبورت.'), ['نيوبورت → سوانزي']);
});

test('a word of the other language places its event after a locative of place, not of direction', () => {
  assert.deepEqual(flagged(court, 'وقضت المحكمة العليا البريطانية في مانشستر بأن خطة الحكومة غير قانونية.'), ['مانشستر → لندن']);
  assert.deepEqual(flagged(court, 'وحكمت المحكمة العليا بأن خطة إرسال طالبي اللجوء إلى رواندا غير قانونية.'), []);
  assert.deepEqual(flagged(court, 'وقضت المحكمة العليا في لندن بأن خطة الحكومة غير قانونية.'), []);
});

test('an English draft of an Arabic article puts the event in another town', () => {
  assert.deepEqual(flagged(results, 'Education Minister Moncef Riahi told a news conference in Sfax that the results were the best in ten years.'), ['Sfax → Tunis']);
});

test('the right town, a place that contains it, and places of people or of other times stay clean', () => {
  assert.deepEqual(flagged(fire, 'اندلع الحريق في مصنع لإعادة التدوير في سوانزي فجر الأربعاء.'), []);
  assert.deepEqual(flagged(fire, 'اندلع الحريق في مصنع لإعادة التدوير في جنوب ويلز.'), []);
  assert.deepEqual(flagged(fire, 'اندلع الحريق في مصنع لإعادة التدوير في ويلز فجر الأربعاء.'), []);
  assert.deepEqual(flagged(fire, 'قال مسؤول في كارديف إن الحريق اندلع فجر الأربعاء.'), []);
  assert.deepEqual(flagged(fire, 'وذكّر الحريق بحريق اندلع في كارديف عام 2019.'), []);
  assert.deepEqual(flagged(fire, 'وتقع الشركة في بورت تالبوت، وقد اعتذرت عن الحريق.'), []);
  assert.deepEqual(flagged(results, 'Education Minister Moncef Riahi told a news conference in Tunis that the results were the best in ten years.'), []);
  assert.deepEqual(flagged(results, 'Moncef Riahi told a news conference in the capital that a pupil from Sfax had the top mark.'), []);
  assert.deepEqual(flagged(results, 'A pupil in Sfax had the best mark, the minister told a news conference.'), []);
});

test('two events of the story named in one sentence back each other\'s words', () => {
  assert.deepEqual(flagged(quake, 'Many houses collapsed in Oran in the earthquake.'), ['Oran → Morocco']);
  assert.deepEqual(flagged(quake, 'Many houses collapsed in Al Haouz in the earthquake.'), []);
  assert.deepEqual(flagged(quake, 'Many houses collapsed in Morocco in the earthquake.'), []);
  assert.deepEqual(flagged(fire, 'Schools stayed closed in Cardiff after the fire.'), ['Cardiff → Swansea']);
  assert.deepEqual(flagged(fire, 'Schools stayed closed in Swansea after the fire.'), []);
});
