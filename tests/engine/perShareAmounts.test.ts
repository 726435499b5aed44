/**
 * A share for each one («قرابة 1440 ديناراً للأستاذ الواحد», $40 per household) is no total of
 * another order: it is not compared with the article's total cost, while a share of the same order
 * as the article's figure (a grant of 150 dinars per teacher for 120) still is. Invented article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

const ARTICLE = [
  'تونس، 12 مارس 2026 (وات) - وقّعت وزارة التربية التونسية الخميس اتفاقاً مع نقابة التعليم الثانوي يقضي بزيادة في منحة الأساتذة قدرها 120 ديناراً.',
  'وتبلغ الكلفة السنوية للاتفاق 310 ملايين دينار، بحسب وزارة المالية.',
].join('\n\n');

const kb = drawFactBase(ARTICLE, {}).factBase;
const checker = createChecker([parseFactBase(JSON.stringify(kb), 'p.json', ARTICLE).factBase!], { scope: 'all' });
const rules = (text: string) => checker.check(text).findings.map((f) => f.ruleId);

test('a share for each teacher is not the total cost: no finding', () => {
  assert.deepEqual(rules('وتكلف الزيادة قرابة 1440 ديناراً سنوياً للأستاذ الواحد، بحسب حساباتنا.'), []);
});

test('the total cost given wrong is still flagged', () => {
  assert.ok(rules('وتبلغ الكلفة السنوية للاتفاق 350 مليون دينار.').includes('quantity'));
});
