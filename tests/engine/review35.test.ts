/**
 * Review of the night of 7–8 December: a capitalised run of skipped words ending the article
 * draws no crash; "earlier" before a verb is an adverb, not another occurrence; a noun "head" is
 * no verb of leaving before "for"; an adjective in -ous after "of them" is no plural count noun.
 * Invented articles and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { drawnChecker } from './helpers';

test('a capitalised run of skipped words at the end of an article draws its bodies without a failed step', () => {
  const drawn = drawFactBase('OBAN, Monday 7 December 2026 - The Highland Council approved a new ferry terminal on Monday, the largest such project in Britain.', { lang: 'en' });
  assert.deepEqual(drawn.warnings.filter((warning) => warning.code === 'step-failed'), []);
});

const SLEEPER = [
  'INVERNESS, Friday 11 December 2026 - New sleeper coaches entered service on 10 December on the line to Inverness, the operator said on Friday.',
  '',
  'A night train left Stirling at 11.40pm bound for Inverness with 186 passengers on board, the operator said.',
  '',
].join('\n');

const dateAndPlace = (sentence: string) =>
  drawnChecker(SLEEPER, { lang: 'en' })
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === 'event-date' || finding.ruleId === 'event-place')
    .map((finding) => `${finding.ruleId}: ${sentence.slice(finding.range.start, finding.range.end)}`);

test('"earlier" right before a verb is an adverb of time: the wrong date beside it is still flagged', () => {
  assert.deepEqual(dateAndPlace('New sleeper coaches earlier entered service on 9 December on the line to Inverness.'), dateAndPlace('New sleeper coaches entered service on 9 December on the line to Inverness.'));
  assert.ok(dateAndPlace('New sleeper coaches entered service on 9 December on the line to Inverness.').some((line) => line.startsWith('event-date')));
});

test('the noun "head" before "for" is no verb of leaving: its head for Safety names no destination', () => {
  assert.deepEqual(dateAndPlace('A night train left Stirling at 11.40pm with 186 passengers on board, its head for Safety said.').filter((line) => line.startsWith('event-place')), []);
});

test('an adjective in -ous after "of them" qualifies the whole, as an adjective in another ending does', () => {
  const quantities = drawFactBase('LEEDS, Monday 7 December 2026 - The inspectors made 42 recommendations, eight of them serious, the report said on Monday.', { lang: 'en' }).factBase.quantities ?? [];
  const eight = quantities.find((quantity) => quantity.value === 8);
  assert.ok(!eight || JSON.stringify(eight).includes('recommendations'), JSON.stringify(eight));
});
