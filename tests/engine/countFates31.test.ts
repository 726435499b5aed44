/**
 * A count whose fact names its fate (seven workers injured) is not the count of another fate the
 * draft names beside its figure: «أدى إلى وفاة عاملين» (two workers died) or "two workers died" says
 * nothing against the seven injured. The same fate with another figure, a dual of the injured
 * included, is still flagged. Invented story and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../engine/src/index';
import { citer, findingLines, loadTestFactBase } from './helpers';

const ARTICLE = [
  'حريق في مصنع للدهانات بالزرقاء',
  'الزرقاء، الأحد 6 ديسمبر 2026 - اندلع حريق في مصنع للدهانات بمدينة الزرقاء يوم السبت، وأصيب سبعة عمال بحروق.',
  'وقال مدير الدفاع المدني إن الحريق هو الثاني في المنطقة الصناعية خلال عامين.',
].join('\n');

function factBase(): object {
  const cite = citer(ARTICLE);
  return {
    schemaVersion: 2,
    id: 'zarqa-fire',
    source: { file: 'article.ar.txt', lang: 'ar', published: '2026-12-06' },
    events: [
      { id: 'fire', names: { ar: ['حريق مصنع الدهانات'] }, triggers: { ar: ['حريق', 'الحريق', 'اندلع'], en: ['fire', 'blaze'] }, date: { year: 2026, month: 12, day: 5 }, evidence: cite('اندلع حريق في مصنع للدهانات بمدينة الزرقاء يوم السبت') },
    ],
    quantities: [
      { id: 'injured', value: 7, unit: 'count', noun: { ar: ['عامل', 'عمال'], en: ['worker', 'workers'] }, qualifier: { ar: ['أصيب', 'مصاب', 'مصابين'], en: ['injured', 'hurt'] }, evidence: cite('وأصيب سبعة عمال بحروق') },
    ],
  };
}

const findings = findingLines(createChecker([loadTestFactBase(factBase(), 'zarqa.factbase.json', ARTICLE)], { scope: 'all' }), ['quantity']);

test('a count of another fate beside the figure is not the injured count', () => {
  for (const sentence of [
    'ويأتي الحريق بعد حريق آخر في المنطقة الصناعية العام الماضي أدى إلى وفاة عاملين.',
    'ويأتي الحريق بعد حريق آخر في المنطقة الصناعية العام الماضي أدى إلى وفاة ثلاثة عمال.',
  ]) {
    assert.deepEqual(findings(sentence), [], sentence);
  }
});

test('the same fate with another figure is flagged', () => {
  assert.equal(findings('وأصيب في الحريق عاملان بحروق.').length, 1);
  assert.equal(findings('وأدى الحريق إلى إصابة خمسة عمال بحروق.').length, 1);
});
