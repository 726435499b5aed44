/**
 * Dates that are not an event's: the cut-off of a state ("had been reached as of 24 July", «لم
 * يُتوصل حتى 24 تموز إلى اتفاق») and the day of a statement whose verb governs the date («وقال
 * المتحدث … في 23 تموز إن …», said on 23 July that …). Written against the bundled story with new
 * sentences; each has a near miss beside it that is still compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundled } from './helpers';

function dated(draft: string): string[] {
  return bundled()
    .checker.check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('a date that closes a state ("as of", a negated «حتى») is not the date of the event the state awaits', () => {
  assert.deepEqual(dated('No formal agreement on ending the coalition had been reached as of 24 July 2024, according to Reuters.'), []);
  assert.deepEqual(dated('ولم يُتوصل حتى 24 تموز/يوليو 2024 إلى اتفاق رسمي على إنهاء التحالف أو على جدول زمني.'), []);
  // The event's own date, by "by" or an affirmative «حتى», is still compared.
  assert.deepEqual(dated('Baghdad wants the coalition to end its mission formally by September 2026.'), ['2026']);
  assert.deepEqual(dated('ويريد العراق أن تنهي قوات التحالف عملها رسمياً بحلول أيلول/سبتمبر 2026.'), ['2026']);
});

test('a date between a speech verb and what is said is the statement\'s', () => {
  assert.deepEqual(dated('وقال المتحدث باسم الخارجية الأمريكية ماثيو ميلر في 23 تموز/يوليو 2024 إن الجانبين يجتمعان في واشنطن لبحث الحوار الأمني المشترك.'), []);
  assert.deepEqual(dated('Miller said on 23 July 2024 that the two sides were meeting in Washington for the joint security dialogue.'), []);
  // A date inside what is said is compared.
  assert.deepEqual(dated('وقال ميلر إن الحوار الأمني المشترك انطلق في واشنطن في 23 تموز/يوليو 2024.'), ['23']);
});
