/**
 * Precision probes (session 35), with fact bases written the way editors write them: true drafts
 * that restate an article in other words must get no finding, and the wrong drafts beside them
 * must stay flagged.
 *
 * A clock time of another event: the article gives the first car's crossing a time (5.45am) and
 * the ceremony only "an hour later". A draft that gives the ceremony its time (the minister cut
 * the ribbon at 6.45am, «قصّت الوزيرة الشريط عند الساعة 06:45») does not give the crossing a
 * wrong time, whether the time stands after the ceremony's words or heads a live-blog line that
 * restates the article's sentence. A wrong time beside the crossing's own words stays flagged.
 *
 * A rate: "about 3 workers for every 100 metres", «بمعدل 3 عمال لكل 100 متر», counts workers
 * per length, not the workers of the article's count, and so does one per another noun (90 workers
 * per shift, «90 عاملاً لكل نوبة») or per another period (375 vehicles per hour beside the
 * article's 9,000 a day); a wrong count of workers stays flagged. Where the fact base gives a
 * ratio itself (one river crossing for every 12,000 people), a ratio of another thing ("one petrol
 * station for every 3,500 people", «محطة وقود لكل 3500 نسمة») is not compared with it; a wrong
 * ratio of crossings stays flagged.
 *
 * A duration in another unit: "more than three years", «أكثر من ثلاث سنوات» for the article's 40
 * months is a bound of it, compared in the draft's unit; "more than four years" stays flagged, and
 * its fix gives the article's figure in the article's unit (40 months, not 40 years).
 *
 * A part of another nationality: "among them 3 English firms", «بينها 3 شركات إسبانية» is no
 * slip for the article's 4 Scottish (Moroccan) firms; 3 Scottish firms stays flagged.
 *
 * A target: "15,000 vehicles a day by 2030", «بحلول عام 2030» is a figure of a year to come, not
 * the article's traffic now; 15,000 a day now stays flagged.
 *
 * Another occurrence of an event: "an earlier inspection in 2025", «التفتيش السابق في 2025»
 * dates the inspection before the one the article dates (March 2027); the inspection put in May
 * 2027 stays flagged.
 *
 * Sentences and articles invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ENGLISH = [
  'New bridge opens over the Tay',
  'PERTH, Scotland, Monday 5 October 2026 - A £140 million road bridge over the river Tay opened to traffic on Monday.',
  'The Transport Minister, Eilidh Baird, cut the ribbon at the western end an hour after the first car crossed the bridge at 5.45am.',
  'The bridge is 900 metres long and was built by 270 workers over 40 months.',
  'The builders signed contracts with 11 companies, including 4 Scottish firms. The bridge now carries 9,000 vehicles a day.',
  'The county has one river crossing for every 12,000 people. Engineers will inspect the bridge in March 2027.',
].join('\n\n');

const ARABIC = [
  'افتتاح جسر جديد على نهر ملوية',
  'وجدة – الاثنين 5 أكتوبر 2026 – افتتح المغرب يوم الاثنين جسراً جديداً على نهر ملوية بكلفة 600 مليون درهم.',
  'وعبرت أول سيارة الجسر عند الساعة 05:45 صباحاً، وقصّت وزيرة التجهيز نادية الفاسي الشريط بعد ساعة عند المدخل الغربي.',
  'ويبلغ طول الجسر 900 متر، وشيده 270 عاملاً خلال 40 شهراً.',
  'ووقعت الوزارة عقوداً مع 11 شركة، منها 4 شركات مغربية. ويعبر الجسر حالياً 9000 مركبة يومياً.',
  'وتضم المنطقة جسراً واحداً لكل 12000 نسمة. وسيجري المهندسون تفتيشاً للجسر في مارس 2027.',
].join('\n\n');

function bridge(article: string, lang: 'en' | 'ar') {
  const cite = citer(article);
  const en = lang === 'en';
  const data = {
    schemaVersion: 2,
    id: `bridge-${lang}`,
    source: { file: `article.${lang}.txt`, lang, published: '2026-10-05' },
    people: [{ id: 'minister', names: { ar: en ? ['إيلي بيرد'] : ['نادية الفاسي'], en: en ? ['Eilidh Baird'] : ['Nadia El Fassi'] }, short: { ar: en ? ['بيرد'] : ['الفاسي'], en: en ? ['Baird'] : ['El Fassi'] }, gender: 'f', evidence: cite(en ? 'Eilidh Baird' : 'نادية الفاسي') }],
    posts: [{ id: 'minister-post', holder: 'minister', role: 'minister', title: { ar: en ? ['وزيرة النقل'] : ['وزيرة التجهيز'], en: en ? ['Transport Minister'] : ['Minister of Equipment'] }, evidence: cite(en ? 'The Transport Minister, Eilidh Baird' : 'وزيرة التجهيز نادية الفاسي') }],
    events: [
      {
        id: 'opening',
        names: { ar: ['افتتاح الجسر'], en: ['the opening of the bridge'] },
        triggers: { ar: ['افتتح', 'افتتاح', 'فتح'], en: ['opened', 'opening', 'opens'] },
        date: { year: 2026, month: 10, day: 5, weekday: 'mon', derived: true },
        evidence: cite(en ? 'opened to traffic on Monday' : 'افتتح المغرب يوم الاثنين'),
      },
      {
        id: 'first-car',
        names: { ar: ['عبور أول سيارة الجسر'], en: ["the first car's crossing"] },
        triggers: { ar: ['أول سيارة', 'عبرت'], en: ['first car', 'crossed'] },
        date: { year: 2026, month: 10, day: 5, weekday: 'mon', time: '05:45', partOfDay: 'morning', derived: true },
        evidence: cite(en ? 'the first car crossed the bridge at 5.45am' : 'وعبرت أول سيارة الجسر عند الساعة 05:45 صباحاً'),
      },
      {
        id: 'ribbon',
        names: { ar: ['قص الشريط'], en: ['the ribbon-cutting'] },
        triggers: { ar: ['قص الشريط', 'قصت الشريط', 'الشريط'], en: ['cut the ribbon', 'ribbon'] },
        date: { year: 2026, month: 10, day: 5, weekday: 'mon', derived: true },
        participants: ['minister'],
        evidence: cite(en ? 'cut the ribbon at the western end an hour after' : 'الشريط بعد ساعة عند المدخل الغربي'),
      },
      {
        id: 'inspection',
        names: { ar: ['تفتيش الجسر'], en: ['the inspection of the bridge'] },
        triggers: { ar: ['تفتيش', 'تفتيشاً', 'التفتيش'], en: ['inspect', 'inspection'] },
        date: { year: 2027, month: 3 },
        evidence: cite(en ? 'Engineers will inspect the bridge in March 2027' : 'تفتيشاً للجسر في مارس 2027'),
      },
    ],
    quantities: [
      { id: 'workers', value: 270, unit: 'count', noun: { ar: ['عامل', 'عاملاً', 'عمال'], en: ['workers', 'worker'] }, evidence: cite(en ? '270 workers' : '270 عاملاً') },
      { id: 'months', value: 40, unit: 'month', noun: { ar: ['استغرق', 'شيده'], en: ['took', 'built'] }, evidence: cite(en ? '40 months' : '40 شهراً') },
      { id: 'companies', value: 11, unit: 'count', noun: { ar: ['شركة'], en: ['companies'] }, evidence: cite(en ? '11 companies' : '11 شركة') },
      { id: 'local-companies', value: 4, unit: 'count', noun: { ar: ['شركات'], en: ['firms', 'companies'] }, qualifier: en ? { ar: ['اسكتلندية'], en: ['Scottish'] } : { ar: ['مغربية'], en: ['Moroccan'] }, evidence: cite(en ? 'including 4 Scottish firms' : 'منها 4 شركات مغربية') },
      { id: 'traffic', value: 9000, unit: 'count', noun: { ar: ['مركبة'], en: ['vehicles'] }, qualifier: { ar: ['يومياً'], en: ['day'] }, evidence: cite(en ? '9,000 vehicles a day' : '9000 مركبة يومياً') },
      { id: 'crossings', value: 12000, unit: 'count', noun: { ar: ['نسمة'], en: ['people'] }, qualifier: { ar: ['جسر', 'لكل'], en: ['crossing', 'per'] }, evidence: cite(en ? 'one river crossing for every 12,000 people' : 'جسراً واحداً لكل 12000 نسمة') },
      { id: 'length', value: 900, unit: 'metre', noun: { ar: ['طول', 'الجسر'], en: ['long', 'bridge'] }, evidence: cite(en ? '900 metres long' : 'طول الجسر 900 متر') },
    ],
  };
  const factBase = loadTestFactBase(data, `bridge-${lang}.factbase.json`, article);
  return findingLines(createChecker([factBase], { scope: 'all' }), ['event-date', 'quantity']);
}

const english = bridge(ENGLISH, 'en');
const arabic = bridge(ARABIC, 'ar');

const CLEAN: readonly [ReturnType<typeof bridge>, string][] = [
  [english, 'The first car crossed at 5.45am; Baird cut the ribbon at 6.45am.'],
  [english, '**06:45** - Transport Minister Eilidh Baird cuts the ribbon at the western end.'],
  [arabic, 'عبرت أول سيارة عند الساعة 05:45، وقصّت الوزيرة نادية الفاسي الشريط عند الساعة 06:45.'],
  [arabic, '**06:45** - وزيرة التجهيز نادية الفاسي تقص الشريط عند المدخل الغربي.'],
  [english, 'The bridge was built by 270 workers, about 3 workers for every 100 metres.'],
  [english, 'Some 270 workers built the bridge, or 3 workers per 100 metres of deck.'],
  [arabic, 'وشيد الجسر 270 عاملاً، بمعدل 3 عمال لكل 100 متر.'],
  [english, 'The 270 workers were split into three shifts, about 90 workers per shift.'],
  [arabic, 'وعمل 270 عاملاً على ثلاث نوبات، بمعدل 90 عاملاً لكل نوبة.'],
  [english, 'The bridge now carries 9,000 vehicles a day, or about 375 vehicles per hour.'],
  [english, 'The county has one petrol station for every 3,500 people.'],
  [arabic, 'وتضم المنطقة محطة وقود لكل 3500 نسمة.'],
  [english, 'The inspection, due in March 2027, follows an earlier inspection in 2025.'],
  [arabic, 'ويأتي التفتيش المقرر في مارس 2027 بعد التفتيش السابق في 2025.'],
  [english, 'The bridge took more than three years to build.'],
  [arabic, 'واستغرق بناء الجسر أكثر من ثلاث سنوات.'],
  [english, 'Contracts went to 11 companies, among them 3 English firms.'],
  [arabic, 'ووقعت الوزارة عقوداً مع 11 شركة، بينها 3 شركات إسبانية.'],
  [english, 'The ministry hopes the bridge will carry 15,000 vehicles a day by 2030.'],
  [arabic, 'وتأمل الوزارة أن يعبر الجسر 15 ألف مركبة يومياً بحلول عام 2030.'],
];

for (const [check, draft] of CLEAN) {
  test(`clean: ${draft}`, () => {
    assert.deepEqual(check(draft), []);
  });
}

const FLAGGED: readonly [ReturnType<typeof bridge>, string, string][] = [
  [english, 'The first car crossed the bridge at 6.45am.', 'event-date: 6.45am → 5.45'],
  [english, '**06:45** - The first car crosses the bridge.', 'event-date: 06:45 → 05:45'],
  [arabic, 'وعبرت أول سيارة الجسر عند الساعة 06:45 صباحاً.', 'event-date: 06:45 → 05:45'],
  [english, 'The bridge was built by 370 workers, about 3 workers for every 100 metres.', 'quantity: 370 → 270'],
  [arabic, 'وشيد الجسر 370 عاملاً، بمعدل 3 عمال لكل 100 متر.', 'quantity: 370 → 270'],
  [english, 'The bridge was built by 370 workers, about 90 workers per shift.', 'quantity: 370 → 270'],
  [english, 'The county has one river crossing for every 15,000 people.', 'quantity: 15,000 → 12,000'],
  [arabic, 'وتضم المنطقة جسراً واحداً لكل 15000 نسمة.', 'quantity: 15000 → 12000'],
  [english, 'Engineers will inspect the bridge in May 2027.', 'event-date: May → March'],
  [arabic, 'وسيجري المهندسون تفتيشاً للجسر في مايو 2027.', 'event-date: مايو → مارس'],
  [english, 'The bridge took more than four years to build.', 'quantity: four years → 40 months'],
  [english, 'The bridge took 30 months to build.', 'quantity: 30 months → 40 months'],
  [arabic, 'واستغرق بناء الجسر أكثر من أربع سنوات.', 'quantity: أربع سنوات → 40 شهراً'],
  [english, 'Contracts went to 11 companies, among them 3 Scottish firms.', 'quantity: 3 → 4'],
  [arabic, 'ووقعت الوزارة عقوداً مع 11 شركة، بينها 3 شركات مغربية.', 'quantity: 3 → 4'],
  [english, 'The bridge now carries 15,000 vehicles a day.', 'quantity: 15,000 → 9,000'],
  [arabic, 'ويعبر الجسر حالياً 15000 مركبة يومياً.', 'quantity: 15000 → 9000'],
];

for (const [check, draft, expected] of FLAGGED) {
  test(`flagged: ${draft}`, () => {
    assert.deepEqual(check(draft), [expected]);
  });
}
