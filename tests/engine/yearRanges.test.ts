/**
 * A range of years (between 2020 and 2022, from 2019 to 2021, 2019-2023, «بين عامي 2019 و2023»,
 * «من 2019 إلى 2021») against an event the article dates over several years is compared end by
 * end: a wrong first or last year is a finding that names its end, with the article's year as its
 * fix. A range of years against an event of one year is not compared (it dates something that
 * lasted). Probes against the shared en-court story (Rwanda rejected every claim from Afghans,
 * Syrians and Yemenis between 2020 and 2022) and the invented ar drought story of
 * tests/engine/fixtures/dates (a drought between 2019 and 2023, a programme launched in 2021),
 * written before the change, with the right ranges that stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const court = createChecker([fixtureFactBase('stories/en-court', 'uk-rwanda-ruling.factbase.json', 'article.en.txt')], { scope: 'all' });
const drought = createChecker([fixtureFactBase('../engine/fixtures/dates', 'drought.factbase.json', 'drought.article.ar.txt')], { scope: 'all' });

test('a wrong end of a range of years is reported with the article year', () => {
  assert.deepEqual(dated(court, 'Rwanda rejected every asylum claim from Afghans and Syrians between 2020 and 2021, the court noted.'), ['2021 → 2022 @ rwanda-rejections']);
  assert.deepEqual(dated(court, 'Rwanda rejected every asylum claim from Afghans and Syrians from 2020 to 2023, the court noted.'), ['2023 → 2022 @ rwanda-rejections']);
  assert.deepEqual(dated(court, 'Rwanda rejected every asylum claim from Afghans and Syrians between 2021 and 2022, the court noted.'), ['2021 → 2020 @ rwanda-rejections']);
  assert.deepEqual(dated(drought, 'عانى المغرب من موجة جفاف حادة بين عامي 2019 و2022.'), ['2022 → 2023 @ drought']);
  assert.deepEqual(dated(drought, 'عانى المغرب من موجة جفاف حادة بين عامي 2020 و2023.'), ['2020 → 2019 @ drought']);
  assert.deepEqual(dated(drought, 'عانى المغرب من موجة جفاف حادة من 2019 إلى 2021.'), ['2021 → 2023 @ drought']);
  assert.deepEqual(dated(drought, 'عانى المغرب من موجة جفاف حادة خلال الفترة 2019-2024.'), ['2024 → 2023 @ drought']);
});

test('the right range of years, and a range against an event of one year, stay clean', () => {
  assert.deepEqual(dated(court, 'Rwanda rejected every asylum claim from Afghans and Syrians between 2020 and 2022, the court noted.'), []);
  assert.deepEqual(dated(court, 'Rwanda rejected every asylum claim from Afghans and Syrians from 2020 to 2022, the court noted.'), []);
  assert.deepEqual(dated(court, 'Rwanda rejected every asylum claim from Afghans and Syrians in 2020-2022, the court noted.'), []);
  assert.deepEqual(dated(drought, 'عانى المغرب من موجة جفاف حادة بين عامي 2019 و2023.'), []);
  assert.deepEqual(dated(drought, 'عانى المغرب من موجة جفاف حادة من 2019 إلى 2023.'), []);
  assert.deepEqual(dated(drought, 'عانى المغرب من موجة جفاف حادة خلال الفترة 2019-2023.'), []);
  assert.deepEqual(dated(drought, 'أطلقت وزارة الفلاحة برنامج تحلية مياه البحر بين عامي 2021 و2022.'), []);
  assert.deepEqual(dated(drought, 'أطلقت وزارة الفلاحة برنامج تحلية مياه البحر عام 2021 بعد جفاف استمر بين عامي 2019 و2023.'), []);
});

test('a year of the event beside the ministry that spoke of another event is still compared', () => {
  assert.deepEqual(dated(drought, 'أطلقت وزارة الفلاحة برنامج تحلية مياه البحر عام 2022.'), ['2022 → 2021 @ programme-launch']);
  assert.deepEqual(dated(drought, 'أطلقت وزارة الفلاحة برنامج تحلية مياه البحر عام 2021.'), []);
});
