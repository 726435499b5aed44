/**
 * Ranks drawn from ordinals beside a noun (the second cyclone to hit Queensland, «العاصفة الثالثة
 * التي تضرب البلاد», «ثالث منخفض يضرب الأردن»): a draft giving another rank beside that noun is flagged, the
 * true one is not; a month's ordinal («كانون الثاني»), a name's (the Second World War), "a second"
 * (another), "first" and a clock's hour («الساعة الثانية») are no rank.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';

import { drawnChecker } from './helpers';

type Quantity = { value: number; unit: string; noun: Record<string, string[]>; subject?: string };
const ranks = (article: string) => (drawFactBase(article).factBase as unknown as { quantities: Quantity[] }).quantities.filter((q) => q.unit === 'other');

/** The findings each sentence gets from the fact base drawn from `article`. */
function findingsOf(article: string, sentences: string[]): string[][] {
  const checker = drawnChecker(article);
  return sentences.map((sentence) => checker.check(sentence).findings.map((f) => `${f.ruleId}: ${sentence.slice(f.range.start, f.range.end)}`));
}

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');
const SANDSTORM = readFileSync(join(dir, 'sandstorm.ar.txt'), 'utf8');
const EN = 'Cyclone\n\nBRISBANE, Tuesday 10 February 2026 - Cyclone Mira was the second cyclone to hit Queensland this season. It was the worst storm since the Second World War, and a second storm is forming.\n';
const AR = 'منخفض جوي\n\nالزرقاء – الثلاثاء 10 فبراير/شباط 2026\n\nوكان المنخفض ثالث منخفض يضرب الأردن هذا الشتاء، بعد منخفض كانون الثاني، وحلّت المملكة في المرتبة الأولى عربياً في كميات الأمطار.\n';

test('an ordinal rank beside its noun is drawn and compared, in both languages', () => {
  const wrong = [...findingsOf(EN, ['Cyclone Mira was the third cyclone to hit Queensland this season.']), ...findingsOf(SANDSTORM, ['وهذه العاصفة الرابعة التي تضرب البلاد منذ بداية العام.']), ...findingsOf(AR, ['وكان المنخفض رابع منخفض يضرب الأردن هذا الشتاء.'])];
  assert.deepEqual(wrong.map((f) => f.length), [1, 1, 1], JSON.stringify(wrong));
  const true_ = [...findingsOf(EN, ['Mira was the second cyclone to hit Queensland this season.']), ...findingsOf(SANDSTORM, ['وهذه العاصفة الثالثة التي تضرب البلاد منذ بداية العام.']), ...findingsOf(AR, ['وكان المنخفض ثالث منخفض يضرب الأردن.'])];
  assert.deepEqual(true_, [[], [], []]);
});

test('near misses: a month\'s ordinal, a name\'s, "a second" and "first" are no rank', () => {
  assert.deepEqual(ranks(EN).map((q) => q.value), [2], JSON.stringify(ranks(EN)));
  assert.deepEqual(ranks(AR).map((q) => q.value), [3], JSON.stringify(ranks(AR)));
  // The hour of a clock time is no rank.
  assert.deepEqual(ranks('زلزال\n\nالرباط – الأحد 10 سبتمبر/أيلول 2023\n\nوأعلنت الوزارة الحصيلة إلى حدود الساعة الثانية من فجر أمس.\n'), []);
  // (A draft's 'the First World War' is left out here: the drawn name 'Second World War' is the people drawer's matter.)
  assert.deepEqual(findingsOf(EN, ['A third storm is forming.', 'وحلّت المملكة في المرتبة الثانية عربياً.']), [[], []]);
});
