/**
 * One noun counted in two events of the article (buses asked for and buses approved, a payment
 * demanded and a payment offered), probed by helper numbers29 before the change that serves it: a
 * draft sentence that restates the sentence of one event and gives the other event's figure has
 * slipped; today the figure agrees with a fact of its noun and is let through.
 *
 * Traps: each event's own figure in its own sentence, a sentence that restates both events, a
 * hedged bound.
 *
 * An invented article: the electric buses of Averley council and a drivers' bonus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const ENGLISH = [
  'Averley gets fewer buses than it sought',
  'Averley council asked the transport ministry for 60 electric buses last spring.',
  'On Monday the ministry approved 45 electric buses, to be delivered within two years.',
  "The drivers' union demanded a one-off payment of 900 euros for each driver.",
  'The bus company offered a one-off payment of 600 euros, paid in March.',
].join('\n\n');

const ARABIC = [
  'أفيرلي تحصل على حافلات أقل مما طلبت',
  'طلب مجلس أفيرلي من وزارة النقل 60 حافلة كهربائية في الربيع الماضي.',
  'ووافقت الوزارة يوم الاثنين على 45 حافلة كهربائية تسلَّم خلال عامين.',
  'وطالبت نقابة السائقين بمكافأة لمرة واحدة قدرها 900 يورو لكل سائق.',
  'وعرضت شركة الحافلات مكافأة لمرة واحدة قدرها 600 يورو تُصرف في مارس.',
].join('\n\n');

const story = bilingualChecker(
  {
    id: 'averley',
    published: '2026-05-12',
    facts: (own) => ({
      organisations: [{ id: 'council', names: { en: ['Averley council'], ar: ['مجلس أفيرلي'] }, kind: 'council', evidence: own('Averley council', 'مجلس أفيرلي') }],
      quantities: [
        { id: 'requested', value: 60, unit: 'count', noun: { en: ['buses'], ar: ['حافلة'] }, evidence: own('for 60 electric buses', '60 حافلة كهربائية') },
        { id: 'approved', value: 45, unit: 'count', noun: { en: ['buses'], ar: ['حافلة'] }, evidence: own('approved 45 electric buses', 'على 45 حافلة كهربائية') },
        { id: 'demanded', value: 900, unit: 'money', currency: 'EUR', noun: { en: ['payment'], ar: ['مكافأة', 'بمكافأة'] }, evidence: own('a one-off payment of 900 euros', 'بمكافأة لمرة واحدة قدرها 900 يورو') },
        { id: 'offered', value: 600, unit: 'money', currency: 'EUR', noun: { en: ['payment'], ar: ['مكافأة'] }, evidence: own('a one-off payment of 600 euros', 'مكافأة لمرة واحدة قدرها 600 يورو') },
      ],
    }),
  },
  ['quantity'],
);
const english = story(ENGLISH, 'en');
const arabic = story(ARABIC, 'ar');

const PROBES: { lang: 'ar' | 'en'; sentence: string; found?: string[] }[] = [
  // The other event's figure in the sentence of one event.
  { lang: 'en', sentence: 'On Monday the ministry approved 60 electric buses, to be delivered within two years.', found: ['quantity: 60 → 45'] },
  { lang: 'ar', sentence: 'ووافقت الوزارة يوم الاثنين على 60 حافلة كهربائية تسلَّم خلال عامين.', found: ['quantity: 60 → 45'] },
  { lang: 'en', sentence: 'The bus company offered a one-off payment of 900 euros, paid in March.', found: ['quantity: 900 euros → 600'] },
  { lang: 'ar', sentence: 'وعرضت شركة الحافلات مكافأة لمرة واحدة قدرها 900 يورو تُصرف في مارس.', found: ['quantity: 900 يورو → 600'] },
  // Each event's own figure, both events in one sentence, and a hedged bound are clean.
  { lang: 'en', sentence: 'Averley council asked the transport ministry for 60 electric buses last spring.' },
  { lang: 'en', sentence: 'On Monday the ministry approved 45 electric buses, to be delivered within two years.' },
  { lang: 'en', sentence: 'The council asked the ministry for 60 electric buses, and on Monday the ministry approved 45.' },
  { lang: 'en', sentence: 'On Monday the ministry approved more than 40 electric buses, to be delivered within two years.' },
  { lang: 'ar', sentence: 'وطالبت نقابة السائقين بمكافأة لمرة واحدة قدرها 900 يورو لكل سائق.' },
  { lang: 'ar', sentence: 'ووافقت الوزارة يوم الاثنين على 45 حافلة كهربائية تسلَّم خلال عامين.' },
  { lang: 'en', sentence: "The drivers' union demanded a one-off payment of 900 euros, and the bus company offered 600 euros." },
];

for (const { lang, sentence, found = [] } of PROBES) {
  test(`twoEvents29: ${lang}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    assert.deepEqual((lang === 'en' ? english : arabic)(sentence), found);
  });
}
