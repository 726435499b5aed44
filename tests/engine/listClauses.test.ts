/**
 * A list written with commas ("from Afghans, Syrians and Yemenis", "on Monday, Tuesday and
 * Wednesday", «الاثنين، والثلاثاء والأربعاء») does not cut the date after it from the event's word
 * before the list: its items are one clause with what follows. Probes against the shared en-court
 * story (Rwanda rejected the claims of Afghans, Syrians and Yemenis between 2020 and 2022; the
 * Court of Appeal ruled in June 2023) and the dev story en-fire (three schools stayed closed on
 * Wednesday and Thursday), written before the change, with the right dates and a comma that ends
 * a clause that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const court = createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json', 'article.en.txt')], { scope: 'all' });
const fire = createChecker([fixtureFactBase('dev-stories/en-fire')], { scope: 'all' });

test('a date after a list with commas is the date of the event before the list', () => {
  assert.deepEqual(dated(court, 'Rwanda rejected all asylum claims from Afghans, Syrians and Yemenis in 2019, the court noted.'), ['2019 → 2020 @ rwanda-rejections']);
  assert.deepEqual(dated(court, 'Rwanda rejected every asylum claim from Afghans, Syrians and Yemenis between 2020 and 2021, the court noted.'), ['2021 → 2022 @ rwanda-rejections']);
  assert.deepEqual(dated(fire, 'Three primary schools in Llansamlet, Bonymaen and Birchgrove stayed closed on Tuesday and Wednesday.'), ['Tuesday → Thursday @ schools-closed']);
});

test('the right dates after a list, and a comma that ends a clause, stay clean', () => {
  assert.deepEqual(dated(court, 'Rwanda rejected all asylum claims from Afghans, Syrians and Yemenis between 2020 and 2022, the court noted.'), []);
  assert.deepEqual(dated(fire, 'Three primary schools in Llansamlet, Bonymaen and Birchgrove stayed closed on Wednesday and Thursday.'), []);
  assert.deepEqual(dated(court, 'The Supreme Court ruled against the government, Labour and the SNP welcomed it in 2024.'), []);
});
