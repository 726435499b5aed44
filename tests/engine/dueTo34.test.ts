/**
 * "due to" right after a weekday gives a cause, not a time to come: "closed on Monday due to high
 * winds" is a wrong day of a closure the article dates to Tuesday (review of session 34; invented).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { drawnChecker } from './helpers';

const ARTICLE = [
  'Harbour shut as storm hits Oban',
  '',
  'OBAN, Scotland, Wednesday 9 December 2026 - Oban harbour closed on Tuesday as Storm Fiona brought winds of up to 90 miles an hour, CalMac said.',
  '',
  'The ferry operator said the Mull service was cancelled and about 1,200 passengers were affected.',
  '',
].join('\n');

const checker = drawnChecker(ARTICLE, { lang: 'en' });

function days(sentence: string): string[] {
  const draft = `---\ndate: 2026-12-09\n---\n\n${sentence}\n`;
  return checker
    .check(draft)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => draft.slice(finding.range.start, finding.range.end));
}

test('a wrong day followed by "due to" is flagged', () => {
  assert.deepEqual(days('Oban harbour closed on Monday due to high winds from Storm Fiona.'), ['Monday']);
});

test('the right day followed by "due to" is not', () => {
  assert.deepEqual(days('Oban harbour closed on Tuesday due to high winds from Storm Fiona.'), []);
});
