/**
 * Story detection reads the story's verbatim quotes: a draft that repeats four words of one,
 * three of them content words, names something no other story says. Written with new drafts
 * against the dev stories' editor fact bases (an English and an Arabic quote), with near misses:
 * a common phrase, a quote's words scattered, a person alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { fixtureFactBase } from './helpers';

const fire = fixtureFactBase('dev-stories/en-fire');
const bac = fixtureFactBase('dev-stories/ar-education', 'editor.factbase.json', 'article.ar.txt');

test('a draft that names one person of the story and repeats words of its quotes is tied to it', () => {
  const checker = createChecker([fire, bac]);
  const english = checker.storyOf('Huw Prosser said crews had been fighting a fire the size of two football pitches while the wind kept turning it back.');
  assert.deepEqual(english.factBases, ['swansea-recycling-fire'], JSON.stringify(english.scores));
  const arabic = checker.storyOf('قال منصف الرياحي إن نتائج هذه السنة هي الأفضل منذ عشر سنوات.');
  assert.deepEqual(arabic.factBases, ['tunisia-bac-2026'], JSON.stringify(arabic.scores));
});

test('a common phrase, a quote\'s words scattered, or the person alone tie nothing', () => {
  const checker = createChecker([fire, bac]);
  for (const draft of [
    'Huw Prosser said the wind had changed during the afternoon.',
    'Huw Prosser said the two football teams played on a pitch near the fire station, and the wind turned.',
    'قال منصف الرياحي إن الحكومة ستعلن قراراً هذه السنة.',
    'A council leader said people have every right to ask questions about the budget.',
  ]) {
    const untied = checker.storyOf(draft);
    assert.deepEqual(untied.factBases, [], `${draft}: ${JSON.stringify(untied.scores)}`);
  }
});
