/**
 * Governorate and province seats of the Arab states in the gazetteer (knowledge/lexicon/places.json):
 * Iraq's and Palestine's towns inside their governorates, Morocco's province seats under 100,000
 * people, on an invented story (a road opened near Ouarzazate) so that no corpus sentence is
 * involved. A town put in the wrong governorate or province is reported with its own; the right
 * one, a seat on its own and a province named with no town are not. An area named by a direction
 * or a landscape (northern Iraq, جنوب لبنان, the Bekaa) overlaps the governorates: a town of any
 * of them may lie in it, so only an area of another country is reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, type FactBaseData } from '../../engine/src/index';
import { citer, loadTestFactBase, findingLines } from './helpers';

const ARTICLE = [
  'افتتاح طريق جديد قرب ورزازات',
  'افتتحت السلطات أمس طريقاً جديداً يربط مدينة ورزازات بالقرى الجبلية المجاورة، بحضور عامل الإقليم.',
].join('\n');

function road(): FactBaseData {
  const cite = citer(ARTICLE);
  const data = {
    schemaVersion: 2,
    id: 'ouarzazate-road',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2025-10-02' },
    places: [{ id: 'ouarzazate-city', kind: 'city', names: { ar: ['مدينة ورزازات', 'ورزازات'], en: ['Ouarzazate'] }, evidence: cite('مدينة ورزازات') }],
  };
  return loadTestFactBase(data, 'ouarzazate-road.factbase.json', ARTICLE);
}

const checker = createChecker([road()], { scope: 'all' });
const findings = findingLines(checker);

test('the article checks clean against its own fact base', () => {
  assert.deepEqual(checker.check(ARTICLE, { format: 'plaintext' }).findings.map((finding) => finding.ruleId), []);
});

test('a seat put in the wrong governorate or province is reported with its own', () => {
  assert.deepEqual(findings('افتتحت السلطات طريقاً يربط مدينة ورزازات بإقليم زاكورة.'), ['place-containment: إقليم زاكورة → إقليم ورزازات']);
  assert.deepEqual(findings('The road links the town of Ouarzazate in Tinghir province with the mountain villages.'), ['place-containment: Tinghir province → Ouarzazate province']);
  assert.deepEqual(findings('وزار الوفد مدينة تيزنيت في إقليم طاطا الأسبوع الماضي.'), ['place-containment: إقليم طاطا → إقليم تيزنيت']);
  assert.deepEqual(findings('وزار الوفد الموصل في محافظة الأنبار الأسبوع الماضي.'), ['place-containment: الأنبار → نينوى']);
  assert.deepEqual(findings('وزار الوفد مدينة جنين في محافظة نابلس الأسبوع الماضي.'), ['place-containment: محافظة نابلس → محافظة جنين']);
  // Divisions of one country of different unit nouns, one named by none (a territory, a state).
  assert.deepEqual(findings('The delegation visited Yellowknife in Nunavut last week.'), ['place-containment: Nunavut → Northwest Territories']);
});

test('an area named by a direction or a landscape is compared only with another country', () => {
  for (const draft of [
    'Mosul in northern Iraq was quiet on Friday.',
    'وزار الوفد الموصل في شمال العراق الأسبوع الماضي.',
    'وزار الوفد مدينة صور في جنوب لبنان الأسبوع الماضي.',
    'The delegation visited Baalbek in the Bekaa last week.',
  ]) {
    assert.deepEqual(findings(draft), [], draft);
  }
  assert.deepEqual(findings('وزار الوفد الموصل في جنوب لبنان الأسبوع الماضي.'), ['place-containment: جنوب لبنان → العراق']);
});

test('the right unit, a seat alone and a province with no town are not reported', () => {
  for (const draft of [
    'افتتحت السلطات طريقاً يربط مدينة ورزازات بإقليم ورزازات.',
    'وزار الوفد مدينة تيزنيت في إقليم تيزنيت الأسبوع الماضي.',
    'وزار الوفد الموصل في محافظة نينوى الأسبوع الماضي.',
    'وزار الوفد مدينة جنين في محافظة جنين الأسبوع الماضي.',
    'وزار الوفد زاكورة وتنغير الأسبوع الماضي.',
    'ويستعد إقليم طاطا لمشروع مماثل.',
  ]) {
    assert.deepEqual(findings(draft), [], draft);
  }
});
