/**
 * A date set off by commas speaks in the clauses beside it ("The previous fire at the site, in
 * August 2020, took two days"; "On Wednesday 11 November 2025, a fire tore through …"; «وقّعت
 * الجامعة، يوم الخميس 9 يوليو 2025، اتفاقاً»), so a wrong year hidden behind a weekday or a comma is
 * found; a trigger listed in two spellings of one key (وقعت, وقّعت) names its event once. Probes
 * against the dev stories en-fire and ar-education, with true sentences and other occasions set off
 * the same way that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type Checker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const fire = createChecker([fixtureFactBase('dev-stories/en-fire', 'editor.factbase.json', 'article.en.txt')], { scope: 'all' });
const education = createChecker([fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt')], { scope: 'all' });

/** The event-date findings of a draft dated the day after the article, as `flagged text @ event id`. */
function dated(checker: Checker, draft: string, date: string): string[] {
  const text = `---\ndate: ${date}\n---\n\n${draft}\n`;
  return checker
    .check(text)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${text.slice(finding.range.start, finding.range.end)} @ ${finding.factId}`);
}

const english = (draft: string) => dated(fire, draft, '2026-11-12');
const arabic = (draft: string) => dated(education, draft, '2026-07-14');

test('a date set off by commas is compared with the event of the clause beside it', () => {
  assert.deepEqual(english('The previous fire at the site, in August 2020, took two days to put out.'), ['2020 @ earlier-fire']);
  assert.deepEqual(english('In August 2020, a smaller blaze there took two days to put out.'), ['2020 @ earlier-fire']);
  assert.deepEqual(arabic('وقّعت الجامعة العامة للتعليم الثانوي، يوم الخميس 9 يوليو 2025، اتفاقاً مع الوزارة.'), ['2025 @ agreement']);
});

test('a weekday written before a date no longer hides a wrong year', () => {
  assert.deepEqual(english('On Wednesday 11 November 2025, a fire tore through a recycling plant in Swansea.'), ['2025 @ fire']);
  assert.deepEqual(english('On Thursday 12 November 2025, Gareth Howells visited the site.'), ['2025 @ visit']);
  // The calendar still says a weekday is wrong when the event's date is the draft's.
  assert.deepEqual(english('On Thursday 11 November 2026, a fire tore through a recycling plant in Swansea.').length, 1);
});

test('a trigger listed in two spellings of one word names its event once', () => {
  assert.deepEqual(arabic('وقّعت الجامعة يوم الخميس 9 يوليو 2025 اتفاقاً.'), ['2025 @ agreement']);
  assert.deepEqual(arabic('وقّعت الجامعة يوم الخميس 9 يوليو 2026 اتفاقاً.'), []);
});

test('true sentences and other occasions set off by commas stay clean', () => {
  assert.deepEqual(english('In 2019, Gwalia Recycling opened the Swansea site, which caught fire on Wednesday.'), []);
  assert.deepEqual(english('In March 2018, the company bought the site where the blaze broke out.'), []);
  assert.deepEqual(english('Huw Prosser, chief fire officer since January 2024, said the fire was the largest he had seen.'), []);
  assert.deepEqual(english('On Wednesday, 11 November 2026, a fire tore through a recycling plant in Swansea.'), []);
  assert.deepEqual(english('In August 2021, a smaller blaze there took two days to put out.'), []);
  assert.deepEqual(arabic('وقّعت الجامعة العامة للتعليم الثانوي، يوم الخميس 9 يوليو 2026، اتفاقاً مع الوزارة.'), []);
  assert.deepEqual(arabic('وكانت نسبة النجاح، في عام 2025، 37.08 في المئة، قبل أن تعلن الوزارة نتائج هذا العام.'), []);
});
