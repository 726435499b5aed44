/**
 * Probes of the `event-place` rule's areas named by a direction without a town, written before
 * their fix: a draft that puts what happened in "the north of the country", «شمال البلاد» or «شمال
 * ويلز» where the article sentence it restates names the south of that country (a region of the
 * fact base named by another point of the compass) has moved it. Against the dev story en-fire (a
 * fire in Swansea, "south Wales") and an invented Arabic story of floods in the south of Oman
 * («جنوب البلاد»). The article's own area, a sentence that restates nothing, and a compound
 * direction stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { bilingualChecker, fixtureFactBase } from './helpers';

const fire: Checker = createChecker([fixtureFactBase('dev-stories/en-fire', 'editor.factbase.json', 'article.en.txt')], { scope: 'all' });

/** The `event-place` findings of a draft against en-fire as `flagged text`. */
function flagged(draft: string): string[] {
  return fire
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-place')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

const ARABIC = [
  'سيول جارفة تجتاح جنوب عُمان',
  'مسقط – الأحد 6 ديسمبر 2026 – اجتاحت سيول جارفة جنوب البلاد أمس السبت بعد أمطار غزيرة، وأجبرت نحو 900 أسرة على إخلاء منازلها، بحسب هيئة الدفاع المدني والإسعاف.',
  'وقالت الهيئة إن فرقها انتشلت 14 شخصاً من المياه.',
].join('\n\n');

const floods = bilingualChecker(
  {
    id: 'oman-floods',
    published: '2026-12-06',
    facts: (own) => ({
      places: [
        { id: 'south', kind: 'region', within: 'oman', names: { ar: ['جنوب البلاد', 'جنوب عمان'], en: ['southern Oman', 'the south of the country'] }, evidence: own('', 'جنوب البلاد') },
      ],
      organisations: [{ id: 'civil-defence', kind: 'agency', names: { ar: ['هيئة الدفاع المدني والإسعاف'], en: ['Civil Defence and Ambulance Authority'] }, evidence: own('', 'هيئة الدفاع المدني والإسعاف') }],
      events: [
        {
          id: 'floods',
          names: { ar: ['السيول'], en: ['the flash floods'] },
          triggers: { ar: ['سيول', 'السيول', 'اجتاحت'], en: ['floods', 'flash floods'] },
          date: { year: 2026, month: 12, day: 5 },
          place: 'south',
          evidence: own('', 'اجتاحت سيول جارفة جنوب البلاد أمس السبت'),
        },
      ],
      quantities: [{ id: 'families', value: 900, unit: 'count', approx: 'about', noun: { ar: ['أسرة'], en: ['families'] }, evidence: own('', 'نحو 900 أسرة') }],
    }),
  },
  ['event-place'],
)(ARABIC, 'ar');

test('an area of the country named by another point of the compass than the restated sentence\'s', () => {
  assert.deepEqual(flagged('A fire tore through a recycling plant in the north of the country early on Wednesday, forcing about 400 households from their homes.'), ['north of the country']);
  assert.deepEqual(flagged('اندلع حريق في مصنع لإعادة التدوير في سوانزي في شمال ويلز فجر الأربعاء وأجبر نحو 400 أسرة على مغادرة منازلها.'), ['شمال ويلز']);
  assert.deepEqual(floods('اجتاحت سيول جارفة شمال البلاد يوم السبت وأجبرت نحو 900 أسرة على إخلاء منازلها.'), ['event-place: شمال البلاد → جنوب البلاد']);
  assert.deepEqual(floods('اجتاحت سيول جارفة شرق عمان يوم السبت وأجبرت نحو 900 أسرة على إخلاء منازلها.'), ['event-place: شرق عمان → جنوب عمان']);
  assert.deepEqual(floods('Flash floods swept through the north of the country on Saturday, forcing about 900 families from their homes.'), ['event-place: north of the country → south of the country']);
});

test('the article\'s own area, another matter and a compound direction stay clean', () => {
  assert.deepEqual(flagged('A fire tore through a recycling plant in the south of the country early on Wednesday, forcing about 400 households from their homes.'), []);
  assert.deepEqual(flagged('Another recycling plant in the north of the country closed in 2024.'), []);
  assert.deepEqual(flagged('اندلع حريق في مصنع لإعادة التدوير في سوانزي في جنوب ويلز فجر الأربعاء وأجبر نحو 400 أسرة على مغادرة منازلها.'), []);
  assert.deepEqual(floods('اجتاحت سيول جارفة جنوب البلاد يوم السبت وأجبرت نحو 900 أسرة على إخلاء منازلها.'), []);
  assert.deepEqual(floods('اجتاحت سيول جارفة جنوب غرب البلاد يوم السبت وأجبرت نحو 900 أسرة على إخلاء منازلها.'), []);
  assert.deepEqual(floods('ويشهد شمال البلاد موجة برد منذ أسبوع.'), []);
  assert.deepEqual(floods('Flash floods swept through the south of the country on Saturday, forcing about 900 families from their homes.'), []);
});
