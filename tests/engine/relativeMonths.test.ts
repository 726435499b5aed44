/**
 * A relative month (last month, this month, earlier this month, next month, «الشهر الماضي»,
 * «الشهر الجاري», «هذا الشهر», «الشهر المقبل») given to an event the article dates: counted from
 * the draft's own date, else from the article's publication date, and fixed with the relative
 * month that names the event's when there is one. Probes against the dev stories en-weather
 * (published 10 February 2026: Tamsin formed on 5 February and crossed the coast on 9 February, Cyclone Orla in January),
 * ar-education (published 14 July 2026: the agreement signed on 9 July, the resit session from
 * 20 to 24 July, a strike on 16-17 September) and en-fire (published 12 November 2026), and the
 * shared ar-economy (published 24 February 2024: the deal signed on 23 February) and en-court
 * (published 15 November 2023: the Court of Appeal's ruling of June 2023) stories, written
 * before the change, with right relative months, durations, a month in the possessive and a
 * statement's month that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const weather = createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' });
const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });
const economy = createChecker([fixtureFactBase('stories/ar-economy', 'ras-el-hekma.factbase.json', 'article.ar.txt')], { scope: 'all' });
const court = createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json')], { scope: 'all' });

/** A draft of one paragraph with its own date in its front matter. */
const on = (date: string, paragraph: string) => `---\ndate: ${date}\n---\n${paragraph}`;

test('a wrong relative month is flagged and fixed with the right one', () => {
  assert.deepEqual(dated(weather, 'Tamsin crossed the coast last month near Ayr.'), ['last month → this month @ landfall']);
  assert.deepEqual(dated(education, 'وقّعت وزارة التربية والجامعة العامة للتعليم الثانوي الاتفاق الشهر الماضي.'), ['الشهر الماضي → هذا الشهر @ agreement']);
  assert.deepEqual(dated(economy, 'وقّعت مصر والإمارات صفقة تطوير رأس الحكمة الشهر الماضي.'), ['الشهر الماضي → هذا الشهر @ signing']);
  assert.deepEqual(dated(education, 'تنطلق دورة المراقبة الشهر المقبل.'), ['الشهر المقبل → هذا الشهر @ remedial']);
  // From the draft's own date: written in August, the July agreement was last month.
  assert.deepEqual(dated(education, on('2026-08-03', 'وقّعت وزارة التربية والجامعة العامة للتعليم الثانوي الاتفاق هذا الشهر.')), ['هذا الشهر → الشهر الماضي @ agreement']);
});

test('a relative month far from the event is flagged without a fix', () => {
  assert.deepEqual(dated(court, 'The Court of Appeal overturned the High Court decision last month.'), ['last month →  @ appeal-court-ruling']);
  assert.deepEqual(dated(education, 'وتعتزم الجامعة العامة للتعليم الثانوي تنفيذ إضراب جديد الشهر المقبل.'), ['الشهر المقبل →  @ sept-strike']);
});

test('the right relative month stays clean', () => {
  assert.deepEqual(dated(weather, 'Cyclone Tamsin formed earlier this month off the Queensland coast.'), []);
  assert.deepEqual(dated(weather, 'Cyclone Orla hit the region last month.'), []);
  assert.deepEqual(dated(education, 'وقّعت وزارة التربية والجامعة العامة للتعليم الثانوي الاتفاق مطلع الشهر الجاري.'), []);
  assert.deepEqual(dated(education, 'تنطلق دورة المراقبة في وقت لاحق من هذا الشهر.'), []);
  assert.deepEqual(dated(economy, 'وقّعت مصر والإمارات صفقة تطوير رأس الحكمة هذا الشهر.'), []);
  assert.deepEqual(dated(court, 'The Supreme Court ruled this month that the Rwanda policy was unlawful.'), []);
  assert.deepEqual(dated(education, on('2026-08-03', 'وقّعت وزارة التربية والجامعة العامة للتعليم الثانوي الاتفاق الشهر الماضي.')), []);
});

test('a month of another occasion, a duration or a statement is no event month', () => {
  // Another event's word stands nearer: Orla's month, not Tamsin's.
  assert.deepEqual(dated(weather, 'Tamsin formed on Thursday, weeks after Cyclone Orla battered the coast last month.'), []);
  // "The last month" is a duration, not the calendar month before.
  assert.deepEqual(dated(fire, 'Crews have been called to the Gwalia plant twice over the last month, before the fire broke out.'), []);
  // A month in the possessive dates the noun after it.
  assert.deepEqual(dated(weather, "Cyclone Tamsin formed as last month's floodwaters receded."), []);
  // The month of a statement, right after its verb.
  assert.deepEqual(dated(fire, 'The operator told councillors last month the site was safe, weeks before the fire broke out.'), []);
  assert.deepEqual(dated(education, 'وقال المتحدث باسم النقابة الشهر الماضي إن الاتفاق سيوقع قريباً.'), []);
});
