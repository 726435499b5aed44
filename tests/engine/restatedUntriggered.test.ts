/**
 * A date in a draft sentence that names its event by no trigger word, but restates the article
 * sentence that dates one event (sharing a name or a figure with it besides its content words),
 * is compared with that event's date. Probes against the dev stories en-fire, en-weather and
 * ar-education and the shared stories ar-economy and ar-disaster, written before the change, with
 * true restatements and near misses (a date of another occasion in its own clause, a date beside a
 * sentence that dates nothing, the day of a statement) that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });
const weather = createChecker([fixtureFactBase('dev-stories/en-weather')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });
const economy = createChecker([fixtureFactBase('stories/ar-economy', 'ras-el-hekma.factbase.json', 'article.ar.txt')], { scope: 'all' });
const disaster = createChecker([fixtureFactBase('stories/ar-disaster', 'al-haouz-earthquake.factbase.json', 'article.ar.txt')], { scope: 'all' });


test('a date in a sentence that restates its event\'s dated sentence without its word is compared', () => {
  assert.deepEqual(dated(fire, 'Gareth Howells went to the site in Llansamlet on 13 November.'), ['13 → 12 @ visit']);
  assert.deepEqual(dated(weather, 'The cyclone, which came ashore near Bowen on 8 February, was a category four system.'), ['8 → 9 @ landfall']);
  assert.deepEqual(dated(economy, 'وصادق مجلس الوزراء المصري على الصفقة في اجتماعه يوم 21 فبراير.'), ['21 → 22 @ cabinet-approval']);
  assert.deepEqual(dated(education, 'وشارك 87 في المئة من الأساتذة في تحرك الجامعة يوم 16 أبريل الماضي.'), ['16 → 15 @ april-strike']);
  assert.deepEqual(dated(disaster, 'وأودت هزة 28 فبراير 1960 في أغادير بحياة نحو 12 ألف شخص.'), ['28 → 29 @ agadir-earthquake']);
});

test('true restatements, other occasions and sentences that date nothing stay clean', () => {
  assert.deepEqual(dated(fire, 'Gareth Howells went to the site in Llansamlet on 12 November.'), []);
  assert.deepEqual(dated(fire, 'Gareth Howells, who became cabinet secretary in May 2024, went to the site on Thursday.'), []);
  assert.deepEqual(dated(fire, 'Gwalia Recycling, which employs 120 people at the Swansea site, was founded on 3 June 2015.'), []);
  assert.deepEqual(dated(fire, 'Natural Resources Wales said on 13 November that people should not fish or swim in the River Tawe.'), []);
  assert.deepEqual(dated(weather, 'The cyclone, which came ashore near Bowen on 9 February, was a category four system.'), []);
  assert.deepEqual(dated(economy, 'وصادق مجلس الوزراء المصري على الصفقة في اجتماعه يوم 22 فبراير.'), []);
  assert.deepEqual(dated(education, 'وتبلغ الكلفة السنوية للاتفاق 310 ملايين دينار، بحسب بيان وزارة المالية الصادر في 10 يوليو.'), []);
  assert.deepEqual(dated(education, 'وشارك 87 في المئة من الأساتذة في تحرك الجامعة يوم 15 أبريل الماضي.'), []);
  assert.deepEqual(dated(disaster, 'وأودت هزة 29 فبراير 1960 في أغادير بحياة نحو 12 ألف شخص.'), []);
});

test('a year alone, a date beside another day, a date after until and a restatement in the other language stay clean', () => {
  assert.deepEqual(dated(education, '| نسبة النجاح في 2025 | 37.08% |'), []);
  assert.deepEqual(dated(economy, 'وكان قرقاش قد شغل منصب وزير الدولة للشؤون الخارجية حتى عام 2021، قبل أن ينتقل إلى منصبه الحالي.'), []);
  assert.deepEqual(dated(economy, 'اكتملت الدفعة الأولى من أموال صفقة رأس الحكمة، البالغة ١٥ مليار دولار، بعدما أعلنت الحكومة المصرية تسلّم 5 مليارات دولار يوم الخميس 29 فبراير، ثم 5 مليارات أخرى أمس الجمعة.'), []);
  assert.deepEqual(dated(economy, 'The deal comes three weeks after the central bank raised its overnight deposit rate by 200 basis points to 21.25% on February 1, as Cairo negotiates a larger loan from the International Monetary Fund.'), []);
});
