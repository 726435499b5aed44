/**
 * A short trigger (smaller blaze, «دورة المراقبة», إضراباً) backed by the article sentence the
 * draft sentence restates, and dates of another occasion beside an event's word. Probes written
 * against the dev stories en-fire and ar-education and the bundled story before the change: the
 * wrong dates are flagged on the restated event, the true restatements with another date and
 * the other occasions (a later strike of the same kind, a background year) stay clean, and a
 * date wrong in one part only is still flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { bundled, citer, fixtureFactBase, loadTestFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire', 'editor.factbase.json', 'article.en.txt')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });
const iraq = bundled().checker;

/** The event-date findings of a draft as `flagged text @ event id`. */
function dated(checker: Checker, draft: string): string[] {
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} @ ${finding.factId}`);
}

test('a short trigger is backed by the restated sentence of its event', () => {
  assert.deepEqual(dated(fire, 'In August 2020 a smaller blaze there took two days to put out.'), ['2020 @ earlier-fire']);
  assert.deepEqual(dated(fire, 'A smaller blaze there in August 2020 took two days to put out.'), ['2020 @ earlier-fire']);
  assert.deepEqual(dated(fire, 'The previous fire at the site in August 2020 took two days to put out.'), ['2020 @ earlier-fire']);
  assert.deepEqual(dated(education, 'تنظم دورة المراقبة بين 21 و25 يوليو/تموز.'), ['21 @ remedial', '25 @ remedial']);
  assert.deepEqual(dated(education, 'شنّ الأساتذة إضراباً يوم الأربعاء 15 مايو الماضي.'), ['مايو @ april-strike']);
});

test('true restatements that give the article\'s dates, or another date of their own, stay clean', () => {
  assert.deepEqual(dated(fire, 'The site had a smaller blaze in August 2021 that took two days to put out.'), []);
  assert.deepEqual(dated(fire, 'The company bought the Swansea site in March 2018, three years before a smaller blaze there.'), []);
  assert.deepEqual(dated(fire, 'A fire broke out at the Gwalia Recycling site on the Swansea Enterprise Park in 2019 too, but it was smaller.'), []);
  assert.deepEqual(dated(fire, 'Huw Prosser became chief fire officer in January 2024.'), []);
  assert.deepEqual(dated(education, 'تجري دورة المراقبة بين 20 و24 يوليو على أن تعلن نتائجها يوم 30 يوليو.'), []);
  assert.deepEqual(dated(education, 'ستعلن نتائج دورة المراقبة يوم 30 يوليو.'), []);
  assert.deepEqual(dated(education, 'نفذت الجامعة إضراباً في أبريل الماضي، وقد تنفذ إضراباً آخر يومي 16 و17 سبتمبر.'), []);
});

test('a date wrong in its year and its month is another occasion, and a farther trigger may name the event it is about', () => {
  assert.deepEqual(dated(iraq, 'وفي شباط/فبراير 2024 قتلت ضربة جوية أمريكية في بغداد قيادياً في كتائب حزب الله.'), []);
  assert.deepEqual(dated(iraq, 'ونفذت الولايات المتحدة ضربة جوية في محيط بغداد في فبراير 2024 استهدفت قيادياً في الحشد.'), []);
  assert.deepEqual(dated(iraq, 'In February 2024 a US air strike in Baghdad killed a commander of Kataib Hezbollah.'), []);
  assert.deepEqual(dated(fire, 'The earlier fire broke out in August 2020.'), ['2020 @ earlier-fire']);
  assert.deepEqual(dated(fire, 'The earlier fire broke out in August 2021.'), []);
});

test('near misses: a date wrong in one part only, or a month or two away, is still the event\'s', () => {
  assert.deepEqual(dated(iraq, 'وقتلت ضربة جوية أمريكية المهندس وسليماني قرب مطار بغداد الدولي مطلع كانون الثاني/يناير 2021.'), ['2021 @ airport-strike']);
  assert.deepEqual(dated(iraq, 'A US air strike killed Soleimani and al-Muhandis near Baghdad airport in March 2020.'), ['March @ airport-strike']);
  assert.deepEqual(dated(iraq, 'A US air strike killed Soleimani and al-Muhandis near Baghdad airport in December 2019.'), ['December @ airport-strike', '2019 @ airport-strike']);
});

const court = createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json', 'article.en.txt')], { scope: 'all' });

test('a trigger in another word of its meaning names its event in a sentence that restates the event\'s own', () => {
  assert.deepEqual(dated(court, 'Boris Johnson unveiled the scheme in April 2021.'), ['2021 @ scheme-announced']);
  assert.deepEqual(dated(court, 'Boris Johnson unveiled the scheme in April 2022.'), []);
  assert.deepEqual(dated(court, 'The scheme, first unveiled in April 2022, was meant to deter Channel crossings.'), []);
  // Another occasion of the same act, a year on, stays clean.
  assert.deepEqual(dated(court, 'Boris Johnson announced a new asylum plan in May 2023, a year after the Rwanda scheme.'), []);
  assert.deepEqual(dated(education, 'أبرمت الجامعة العامة للتعليم الثانوي مع الوزارة صفقة يوم الأربعاء الماضي.'), ['الأربعاء @ agreement']);
  assert.deepEqual(dated(education, 'أبرمت الجامعة العامة للتعليم الثانوي مع الوزارة صفقة يوم الخميس الماضي.'), []);
});

const CYCLONE = 'BOWEN, Tuesday 10 February 2026 - Cyclone Mara crossed the coast near Bowen late on Monday, the Bureau of Meteorology said.';
const cite = citer(CYCLONE);
const cyclone = createChecker(
  [
    loadTestFactBase(
      {
        schemaVersion: 2,
        id: 'cyclone-mara',
        source: { file: 'article.en.txt', lang: 'en', published: '2026-02-10' },
        places: [{ id: 'bowen', names: { ar: ['بوين'], en: ['Bowen'] }, kind: 'city', evidence: cite('Bowen') }],
        events: [
          {
            id: 'landfall',
            names: { ar: ['وصول الإعصار مارا إلى الساحل'], en: ['Cyclone Mara crossing the coast'] },
            triggers: { ar: ['إعصار'], en: ['cyclone', 'crossed the coast'] },
            place: 'bowen',
            date: { year: 2026, month: 2, day: 9, weekday: 'mon' },
            evidence: cite('Cyclone Mara crossed the coast near Bowen late on Monday'),
          },
        ],
      },
      'cyclone-mara.factbase.json',
      CYCLONE,
    ),
  ],
  { scope: 'all' },
);

test('a word of a trigger\'s meaning backs no other trigger of its event', () => {
  // "storms" is of the meaning of the trigger "cyclone", but a season's months are not the cyclone's date.
  assert.deepEqual(dated(cyclone, 'The cyclone season runs from November to April, and warm seas feed storms that strengthen fast.'), []);
  // The trigger backed by the event's place still dates it.
  assert.deepEqual(dated(cyclone, 'The cyclone crossed the coast near Bowen in November.'), ['November @ landfall']);
});
