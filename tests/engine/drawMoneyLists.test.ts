/**
 * Money in a list: a figure after «و» or "and" whose currency stands only on the list's first
 * figure («منها 18 مليون دينار قروضاً و12 مليوناً من المنح») is money in that currency, and a
 * figure of a list takes no noun from the item before it (£4.5 million for airlines and £1.5
 * million for shops: the shops' amount is not the airlines').
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

type Quantity = { value: number; unit: string; currency?: string; noun: Record<string, string[]> };
const quantities = (article: string) => (drawFactBase(article).factBase as unknown as { quantities: Quantity[] }).quantities;

/** The findings each sentence gets from the fact base drawn from `article`. */
function findingsOf(article: string, sentences: string[]): string[][] {
  const checker = drawnChecker(article);
  return sentences.map((sentence) => checker.check(sentence).findings.map((f) => `${f.ruleId}: ${sentence.slice(f.range.start, f.range.end)}`));
}

const AR = 'بلدية\n\nعمّان – الثلاثاء 10 مارس/آذار 2026\n\nوحصلت البلدية على تمويل بقيمة 30 مليون دينار، منها 18 مليون دينار قروضاً و12 مليوناً من المنح.\n';
const AR_SHOPS = 'عاصفة\n\nالكويت – الثلاثاء 14 أبريل/نيسان 2026\n\nوقدّرت الغرفة الخسائر بنحو 6 ملايين دينار، منها 4.5 مليون دينار لشركات الطيران و1.5 مليون دينار للمتاجر.\n';
const EN_SHOPS = 'Storm\n\nCARDIFF, Monday 8 June 2026 - The fund will pay £6 million, with £4.5 million for airlines and £1.5 million for shops.\n';

test('Arabic: a list figure after «و» with no currency of its own takes the first figure\'s, with its own noun', () => {
  const grants = quantities(AR).find((q) => q.value === 12_000_000);
  assert.equal(grants?.unit, 'money', JSON.stringify(quantities(AR)));
  assert.equal(grants?.currency, quantities(AR).find((q) => q.value === 30_000_000)?.currency);
  assert.ok(grants?.noun.en?.includes('grants'), JSON.stringify(grants));
  const wrong = findingsOf(AR, ['وبلغت المنح 21 مليون دينار.']);
  assert.deepEqual(wrong.map((f) => f.length), [1], JSON.stringify(wrong));
  assert.deepEqual(findingsOf(AR, ['وبلغت المنح 12 مليون دينار.', 'وحصلت البلدية على تمويل بقيمة 30 مليون دينار.']), [[], []]);
});

test('near misses: a list figure takes no noun from the item before it, in either language', () => {
  for (const [article, word] of [[AR_SHOPS, 'الطيران'], [EN_SHOPS, 'airlines']] as const) {
    const shops = quantities(article).filter((q) => q.value === 1_500_000);
    assert.deepEqual(shops.filter((q) => Object.values(q.noun).flat().some((form) => form.includes(word))), [], JSON.stringify(shops));
  }
  assert.deepEqual(findingsOf(EN_SHOPS, ['Airlines will get £4.5 million from the fund.']), [[]]);
  assert.deepEqual(findingsOf(AR_SHOPS, ['وبلغت خسائر شركات الطيران 4.5 مليون دينار.']), [[]]);
});
