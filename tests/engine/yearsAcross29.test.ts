/**
 * A year alone restated in the other language than the article's, probed by helper dates29
 * before the change that ties it: an Arabic draft of an English article («بُني الجسر عام 1964»
 * for a bridge built in 1962) and an English draft of an Arabic one, against editor-style fact
 * bases whose triggers are in the article's language only; and a year to come after a word of a
 * plan («يخطط المجلس لبناء … بحلول عام 2031», "plans to build … by 2031") against a plan the
 * article gives to come. Traps: a year of another thing that shares the sentence's nouns, an
 * anniversary, a plan of the past, another event's year in the same sentence. Articles invented
 * here: the Kestrel Bridge's reopening (`dates/kestrel-bridge.article.en.txt`) and the Zarqa
 * refinery's restart (`dates/zarqa-refinery.article.ar.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { datedFindings as dated, fixtureFactBase } from './helpers';

const bridge = createChecker([fixtureFactBase('../engine/fixtures/dates', 'kestrel-bridge.factbase.json', 'kestrel-bridge.article.en.txt')], { scope: 'all' });
const refinery = createChecker([fixtureFactBase('../engine/fixtures/dates', 'zarqa-refinery.factbase.json', 'zarqa-refinery.article.ar.txt')], { scope: 'all' });

test('a wrong year alone restated in the other language is flagged with the article year', () => {
  assert.deepEqual(dated(bridge, 'بُني الجسر عام 1964.'), ['1964 → 1962 @ construction']);
  assert.deepEqual(dated(refinery, 'The Zarqa refinery was built in 1956.'), ['1956 → 1958 @ founding']);
});

test('a wrong year after a word of a plan is flagged against a plan still to come', () => {
  assert.deepEqual(dated(bridge, 'ويخطط المجلس لبناء منازل قرب النهر بحلول عام 2031.'), ['2031 → 2030 @ homes-plan']);
  assert.deepEqual(dated(bridge, 'وتقول إن خطة المجلس لبناء منازل قرب النهر بحلول عام 2031 تأتي متأخرة.'), ['2031 → 2030 @ homes-plan']);
  assert.deepEqual(dated(refinery, 'The government plans to build a second refinery in Aqaba by 2031.'), ['2031 → 2030 @ second-refinery']);
});

test('true years, and traps of another thing, an anniversary or a plan of the past, stay clean', () => {
  assert.deepEqual(dated(bridge, 'بُني الجسر عام 1962.'), []);
  assert.deepEqual(dated(bridge, 'ويخطط المجلس لبناء منازل قرب النهر بحلول عام 2030.'), []);
  assert.deepEqual(dated(refinery, 'The Zarqa refinery was built in 1958.'), []);
  assert.deepEqual(dated(refinery, 'The government plans to build a second refinery in Aqaba by 2030.'), []);
  // A year of another thing that shares the sentence's nouns (lorries, the bridge) but names no event.
  assert.deepEqual(dated(bridge, 'وفي عام 2021 ارتفع عدد الشاحنات التي تعبر الجسر.'), []);
  // An anniversary, a plan made in the past, another event's day in the same sentence.
  assert.deepEqual(dated(bridge, 'ويحتفل الجسر عام 2022 بمرور ستين عاماً على بنائه.'), []);
  assert.deepEqual(dated(bridge, 'وكان المجلس يخطط لبناء الجسر عام 1960.'), []);
  assert.deepEqual(dated(bridge, 'بُني الجسر عام 1964 وأُعيد افتتاحه يوم الخميس.'), []);
  assert.deepEqual(dated(refinery, 'In 2019 the government had planned to build a refinery.'), []);
  assert.deepEqual(dated(refinery, 'The Zarqa refinery marked 70 years since it was built in 2028.'), []);
});
