/**
 * Years counted from the draft's date (four years ago, «قبل أربع سنوات», in five years after
 * will) near the word of an event the article dates to this week, probed on an invented story in
 * both languages (Europe's Ariane 6 puts a weather satellite into orbit from Kourou on Tuesday 3
 * March 2026; its maiden launch in July 2024; the Ariane 5 retired in 2023; a second pad in the
 * first half of 2028; published 4 March 2026), written before the change. A count of years is
 * never the date of the story's own news of these days: "the programme, launched four years ago"
 * and «مشروع أطلقته الوكالة قبل أربع سنوات» tell of another occasion named by the same word, and
 * must stay clean; a count given to an event years away from the draft (the Ariane 5's retirement,
 * the new pad) is compared when event-date reads counted years, which it does not now (dropped
 * after the regression guard: that test is todo, the traps pass without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  "Europe's Ariane 6 rocket puts weather satellite into orbit",
  "KOUROU, French Guiana, March 4 (Reuters) - Europe's Ariane 6 rocket lifted off from the Guiana Space Centre in Kourou at 9:24pm local time on Tuesday, carrying the MetOp-SG weather satellite into orbit, the European Space Agency said.",
  "It was the rocket's sixth flight since its maiden launch in July 2024.",
  'The previous rocket, the Ariane 5, retired in 2023 after 117 flights.',
  'Arianespace will open a second launch pad in Kourou in the first half of 2028, the agency said.',
].join('\n\n');

const ARABIC = [
  'الصاروخ الأوروبي أريان 6 يضع قمرا اصطناعيا للأرصاد الجوية في المدار',
  'كورو (غويانا الفرنسية)، 4 مارس (رويترز) - أطلق الصاروخ الأوروبي أريان 6 من مركز غويانا الفضائي في كورو يوم الثلاثاء في التاسعة و24 دقيقة مساء بالتوقيت المحلي، حاملا القمر الاصطناعي للأرصاد الجوية ميتوب إس جي إلى المدار، بحسب وكالة الفضاء الأوروبية.',
  'وهي الرحلة السادسة للصاروخ منذ إطلاقه الأول في يوليو 2024.',
  'وكان الصاروخ السابق أريان 5 قد تقاعد عام 2023 بعد 117 رحلة.',
  'وستفتتح شركة أريان سبيس منصة إطلاق ثانية في كورو في النصف الأول من عام 2028، بحسب الوكالة.',
].join('\n\n');

const checker = bilingualChecker(
  {
    id: 'ariane-metop',
    published: '2026-03-04',
    facts: (own) => ({
      organisations: [
        { id: 'esa', names: { en: ['European Space Agency', 'ESA'], ar: ['وكالة الفضاء الأوروبية'] }, kind: 'agency', evidence: own('European Space Agency', 'وكالة الفضاء الأوروبية') },
        { id: 'arianespace', names: { en: ['Arianespace'], ar: ['أريان سبيس', 'شركة أريان سبيس'] }, kind: 'company', evidence: own('Arianespace', 'شركة أريان سبيس') },
      ],
      places: [{ id: 'kourou', names: { en: ['Kourou'], ar: ['كورو'] }, kind: 'city', evidence: own('Kourou', 'كورو') }],
      events: [
        {
          id: 'launch',
          names: { en: ['the launch of the MetOp-SG satellite'], ar: ['إطلاق القمر الاصطناعي ميتوب إس جي'] },
          triggers: { en: ['lifted off', 'launch', 'launched'], ar: ['أطلق', 'إطلاق', 'أطلقت', 'انطلق'] },
          date: { year: 2026, month: 3, day: 3, weekday: 'tue', relative: 'on Tuesday', derived: true, time: '21:24' },
          place: 'kourou',
          participants: ['esa'],
          evidence: own("Europe's Ariane 6 rocket lifted off from the Guiana Space Centre in Kourou", 'أطلق الصاروخ الأوروبي أريان 6 من مركز غويانا الفضائي في كورو'),
        },
        {
          id: 'retirement',
          names: { en: ["the Ariane 5's retirement"], ar: ['تقاعد أريان 5'] },
          triggers: { en: ['retired', 'retirement'], ar: ['تقاعد'] },
          date: { year: 2023 },
          evidence: own('The previous rocket, the Ariane 5, retired in 2023', 'وكان الصاروخ السابق أريان 5 قد تقاعد عام 2023'),
        },
        {
          id: 'pad',
          names: { en: ['the opening of a second launch pad'], ar: ['افتتاح منصة إطلاق ثانية'] },
          triggers: { en: ['second launch pad', 'open'], ar: ['منصة إطلاق ثانية', 'ستفتتح'] },
          date: { year: 2028 },
          place: 'kourou',
          participants: ['arianespace'],
          evidence: own('Arianespace will open a second launch pad in Kourou in the first half of 2028', 'وستفتتح شركة أريان سبيس منصة إطلاق ثانية في كورو في النصف الأول من عام 2028'),
        },
      ],
    }),
  },
  ['event-date'],
);

const english = checker(ENGLISH, 'en');
const arabic = checker(ARABIC, 'ar');

test('a count of years is no date of the story\'s own news of these days', () => {
  const drafts: [(draft: string) => string[], string][] = [
    [english, "The European Space Agency's weather satellite programme, launched four years ago, has cost 800 million euros."],
    [english, 'The European Space Agency launched the weather satellite programme behind the launch six years ago.'],
    [arabic, 'وكانت وكالة الفضاء الأوروبية قد أطلقت برنامج أقمار الأرصاد الجوية قبل أربع سنوات.'],
    [english, 'The European Space Agency will launch a successor satellite in five years.'],
    [arabic, 'وستطلق وكالة الفضاء الأوروبية قمرا بديلا بعد خمس سنوات.'],
  ];
  assert.deepEqual(drafts.map(([check, draft]) => check(draft)), drafts.map(() => []));
});

test('a count of years given to an event years away is still compared', { todo: 'counted years are not read by event-date: dropped after the regression guard (en-launch editor precision 0.97 to 0.93)' }, () => {
  assert.deepEqual(english('The previous rocket, the Ariane 5, retired six years ago after 117 flights.'), ['event-date: six years ago → ']);
  assert.deepEqual(english('The previous rocket, the Ariane 5, retired three years ago after 117 flights.'), []);
  assert.deepEqual(arabic('وكان الصاروخ السابق قد تقاعد قبل ست سنوات بعد 117 رحلة.'), ['event-date: قبل ست سنوات → ']);
  assert.deepEqual(arabic('وكان الصاروخ السابق قد تقاعد قبل ثلاث سنوات بعد 117 رحلة.'), []);
  assert.deepEqual(english('Arianespace will open a second launch pad in Kourou in five years, the agency said.'), ['event-date: in five years → ']);
  assert.deepEqual(english('Arianespace will open a second launch pad in Kourou in two years, the agency said.'), []);
});

test('a count of years after a first or a superlative measures a comparison, not the event\'s time', () => {
  const drafts: [(draft: string) => string[], string][] = [
    [english, 'The previous rocket, the Ariane 5, retired in 2023, its first retirement of a launcher in ten years.'],
    [arabic, 'وكان الصاروخ السابق أريان 5 قد تقاعد عام 2023، وهو أول صاروخ أوروبي يتقاعد منذ عشر سنوات.'],
    [arabic, 'وستفتتح شركة أريان سبيس منصة إطلاق ثانية في كورو، هي الأولى منذ عشرين عاما.'],
    [english, 'Arianespace will open a second launch pad in Kourou, the first new pad it will build in twenty years.'],
  ];
  assert.deepEqual(drafts.map(([check, draft]) => check(draft)), drafts.map(() => []));
});

test('a date beside a count of years restating it is still its event\'s', () => {
  // The count is right within a year, the year wrong: the count must not bar the year's way to its verb.
  assert.deepEqual(english('The previous rocket, the Ariane 5, retired four years ago, in 2022, after 117 flights.'), ['event-date: 2022 → 2023']);
  assert.deepEqual(arabic('وكان الصاروخ السابق أريان 5 قد تقاعد قبل أربع سنوات، في عام 2022، بعد 117 رحلة.'), ['event-date: 2022 → 2023']);
});
