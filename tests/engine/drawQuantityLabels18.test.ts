/**
 * Counts an article gives as labelled lines, in a bulleted list or a table ("- Deaths: 48", "|
 * Deaths | 48 |", «- عدد القتلى: 48»), as agencies' fact boxes do. The check already reads such a
 * label in a draft (rules/quantities/labels.ts); drawing now draws the count when the label is a
 * counted noun alone, with "number of" or «عدد» at most. Invented articles; the traps are a label
 * with a word of its own (schools closed, «الأسر النازحة»), which is left out, and true
 * restatements in prose.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

interface Quantity { value: number; unit: string; noun?: { ar?: string[]; en?: string[] } }

const ENGLISH = 'Quake in Peru\nLIMA, March 3, 2026 (Reuters) - A magnitude 6.8 earthquake struck southern Peru on Tuesday. The civil defence institute gave these figures:\n\n- Deaths: 48\n- Number of homes destroyed: 1,250\n- Schools closed: 35\n\n| Injured | 312 |\n|---|---|\n';
const ARABIC = 'زلزال\nليما، 3 مارس 2026 (أ ف ب) - ضرب زلزال بقوة 6.8 درجات جنوب البيرو الثلاثاء. وقدم معهد الدفاع المدني الأرقام التالية:\n\n- عدد القتلى: 48\n- المنازل المدمرة: 1250\n- الأسر النازحة: 3200\n';

const counts = (article: string) => (drawFactBase(article, {}).factBase as unknown as { quantities: Quantity[] }).quantities.filter((q) => q.unit === 'count').map((q) => [q.value, q.noun?.en?.[0] ?? q.noun?.ar?.[0]]);

function findings(article: string, sentences: string[]): string[][] {
  const checker = drawnChecker(article);
  return sentences.map((sentence) => checker.check(sentence).findings.map((f) => `${f.ruleId}: ${sentence.slice(f.range.start, f.range.end)}`));
}

test('a labelled line of a counted noun alone is drawn as its count; a label with a word of its own is not', () => {
  const english = counts(ENGLISH);
  assert.deepEqual(english.filter(([value]) => value === 48), [[48, 'dead']]);
  assert.ok(!english.some(([value]) => value === 35), JSON.stringify(english));
  const arabic = counts(ARABIC);
  assert.deepEqual(arabic.filter(([value]) => value === 48), [[48, 'dead']]);
  assert.ok(!arabic.some(([value]) => value === 3200), JSON.stringify(arabic));
});

test('a table row of the article is a labelled count too', { todo: 'drawing analyses the article as plain text, where a table row\'s cells are one clause' }, () => {
  assert.deepEqual(counts(ENGLISH).filter(([value]) => value === 312), [[312, 'injured']]);
});

test('a draft is compared with a labelled count', () => {
  assert.deepEqual(findings(ENGLISH, ['The earthquake killed 48 people in southern Peru.', 'The earthquake killed 58 people in southern Peru.', 'At least 300 people were injured in the quake.']), [[], ['quantity: 58'], []]);
  assert.deepEqual(findings(ARABIC, ['أسفر الزلزال عن مقتل 48 شخصاً في جنوب البيرو.', 'أسفر الزلزال عن سقوط 84 قتيلاً في جنوب البيرو.']), [[], ['quantity: 84']]);
});
