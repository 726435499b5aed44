/**
 * A name whose words are, each in its place, words of the person's listed spellings is one of
 * those spellings mixed ("Abdelatif Wahbi" when the fact base lists Abdelatif Ouahbi and
 * Abdellatif Wahbi): no misspelling. A word no listed spelling has in that place is still one.
 * On an invented story, in both scripts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'Dam inspectors report cracks after tremor',
  'RABAT, Friday 6 March 2026 - Inspectors found cracks in the Oued Lakhdar dam after a tremor on Thursday.',
  'The water minister, Abdellatif Ouahbi, ordered the reservoir lowered.',
  'The engineer in charge, Hicham Reguibi, said the cracks were shallow.',
].join('\n');

const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'dam-cracks-names',
    source: { file: 'article.en.txt', lang: 'en', published: '2026-03-06' },
    people: [
      {
        id: 'ouahbi',
        names: { en: ['Abdellatif Ouahbi', 'Abdelatif Ouahbi', 'Abdellatif Wahbi'], ar: ['عبد اللطيف وهبي'] },
        short: { en: ['Ouahbi', 'Wahbi'], ar: ['وهبي'] },
        gender: 'm',
        evidence: cite('Abdellatif Ouahbi'),
      },
      {
        id: 'reguibi',
        names: { en: ['Hicham Reguibi', 'Hisham Reguibi', 'Hicham Rguibi'], ar: ['هشام الركيبي', 'هشام الرقيبي', 'هاشم الركيبي'] },
        short: { en: ['Reguibi'], ar: ['الركيبي'] },
        gender: 'm',
        evidence: cite('Hicham Reguibi'),
      },
    ],
  },
  'dam-cracks-names.factbase.json',
  ARTICLE,
);

const findings = findingLines(createChecker([factBase], { scope: 'all' }), ['name-spelling']);

test('a mix of the listed spellings, word by word, is no misspelling', () => {
  assert.deepEqual(findings('Abdelatif Wahbi ordered the reservoir lowered.'), []);
  assert.deepEqual(findings('Hisham Rguibi said the cracks were shallow.'), []);
  assert.deepEqual(findings('وقال هاشم الرقيبي إن الشقوق سطحية.'), []);
  assert.deepEqual(findings('Abdellatif Ouahbi ordered the reservoir lowered.'), []);
});

test('a word that no listed spelling has in its place is still a misspelling', () => {
  assert.equal(findings('Abdelatif Wahbu ordered the reservoir lowered.').length, 1);
  assert.equal(findings('Hisham Rguiby said the cracks were shallow.').length, 1);
  assert.equal(findings('وقال هاشم الرقيني إن الشقوق سطحية.').length, 1);
});
