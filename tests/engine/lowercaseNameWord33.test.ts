/**
 * An English word written in lower case does not open a person's name: "said Benali" is the verb
 * before another person's family name, not a near miss of a minister called Said Bakali (found on
 * a development story of session 33, where a legislator's surname followed "said"; the story below
 * is invented). Names are capitalised in English news; a lower-case particle (al-, el-, de, van)
 * still starts a name.
 *
 * Flagged: the given name capitalised with a family name one letter off.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = 'وقال وزير النقل سعيد البكالي إن الطريق سيفتح الشهر المقبل، فيما انتقدت النائبة نوال بنعلي التأخير.';
const cite = citer(ARTICLE);

const factBase = loadTestFactBase(
  {
    schemaVersion: 2,
    id: 'road-minister33',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-10' },
    people: [
      { id: 'bakali', names: { ar: ['سعيد البكالي'], en: ['Said al-Bakali', 'Said Bakali'] }, gender: 'm', evidence: cite('سعيد البكالي') },
      { id: 'benali', names: { ar: ['نوال بنعلي'], en: ['Nawal Benali'] }, gender: 'f', evidence: cite('نوال بنعلي') },
    ],
  },
  'road.factbase.json',
  ARTICLE,
);
const lines = findingLines(createChecker([factBase], { scope: 'all' }), ['name-spelling']);

test('the verb "said" before a family name is not a misspelt given name', () => {
  assert.deepEqual(lines('"The road is late again," said Benali, a member of parliament.'), []);
  assert.deepEqual(lines('"The road is late again," said Bekali, a member of parliament.'), []);
});

test('a capitalised given name with a family name one letter off stays flagged', () => {
  assert.equal(lines('Transport Minister Said Bekali said the road would open next month.').length, 1);
});
