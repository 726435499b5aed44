/**
 * A wrong relative day (yesterday, the day before yesterday, «أمس», «أول أمس») gets the right one
 * as its fix, counted from the draft's own date: the relative word when the event's day is today,
 * yesterday or the day before, its weekday when it is earlier in the week before the draft's
 * date, none further back. Probes against the dev stories en-fire (the fire broke out early on
 * Wednesday 11 November 2026, the evacuation order was lifted on Thursday 12 November) and
 * ar-education (the results announced on Monday 13 July 2026, the agreement signed on Thursday 9
 * July) and the shared ar-economy story (the cabinet approved the deal on Thursday 22 February
 * 2024, it was signed on Friday 23 February), written before the change, with the right relative
 * days that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });
const economy = createChecker([fixtureFactBase('stories/ar-economy', 'ras-el-hekma.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** A draft of one paragraph with its own date in its front matter. */
const on = (date: string, paragraph: string) => `---\ndate: ${date}\n---\n${paragraph}`;

test('a wrong relative day is fixed with the right relative day', () => {
  assert.deepEqual(dated(fire, on('2026-11-12', 'The blaze at the Gwalia Recycling site in Swansea broke out the day before yesterday.')), ['the day before yesterday → yesterday @ fire']);
  assert.deepEqual(dated(fire, on('2026-11-13', 'The blaze at the Gwalia Recycling site in Swansea broke out yesterday.')), ['yesterday → the day before yesterday @ fire']);
  assert.deepEqual(dated(fire, on('2026-11-11', 'The blaze at the Gwalia Recycling site in Swansea broke out yesterday.')), ['yesterday → today @ fire']);
  assert.deepEqual(dated(education, on('2026-07-14', 'أعلنت وزارة التربية التونسية أول أمس نتائج الدورة الرئيسية لامتحان البكالوريا.')), ['أول أمس → أمس @ results']);
  assert.deepEqual(dated(economy, on('2024-02-24', 'وافق مجلس الوزراء المصري أمس على صفقة تطوير رأس الحكمة.')), ['أمس → أول أمس @ cabinet-approval']);
});

test('a wrong relative day further back in the week is fixed with the weekday', () => {
  assert.deepEqual(dated(fire, on('2026-11-14', 'The blaze at the Gwalia Recycling site in Swansea broke out the day before yesterday.')), ['the day before yesterday → on Wednesday @ fire']);
  assert.deepEqual(dated(education, on('2026-07-14', 'وقّعت وزارة التربية والجامعة العامة للتعليم الثانوي الاتفاق أمس.')), ['أمس → الخميس @ agreement']);
});

test('the right relative day stays clean', () => {
  assert.deepEqual(dated(fire, on('2026-11-12', 'The blaze at the Gwalia Recycling site in Swansea broke out yesterday.')), []);
  assert.deepEqual(dated(fire, on('2026-11-13', 'The blaze at the Gwalia Recycling site in Swansea broke out the day before yesterday.')), []);
  assert.deepEqual(dated(education, on('2026-07-14', 'أعلنت وزارة التربية التونسية أمس نتائج الدورة الرئيسية لامتحان البكالوريا.')), []);
  assert.deepEqual(dated(economy, on('2024-02-24', 'وافق مجلس الوزراء المصري أول أمس على صفقة تطوير رأس الحكمة.')), []);
  assert.deepEqual(dated(economy, on('2024-02-24', 'وقّعت مصر والإمارات أمس صفقة تطوير رأس الحكمة.')), []);
});
