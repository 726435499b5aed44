/**
 * Counts of people of a kind and what befell them, counts in a condition, percentages of a counted
 * group, and the amount a change came to, in both languages: each drawn with its noun, and the near
 * misses (a count with nothing befalling it, a condition the table lacks, «من» before no counted
 * noun, an earlier value after "from") drawn otherwise or not at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';

type Quantity = { value: number; unit: string; noun: { ar?: string[]; en?: string[] }; qualifier?: { ar?: string[]; en?: string[] }; review?: unknown };

/** The sure quantities drawn from a one-paragraph article under a dateline, as value, unit, first English noun and first English qualifier. */
function drawn(dateline: string, body: string): string[] {
  const kb = drawFactBase(`Headline\n\n${dateline} - ${body}\n`).factBase as unknown as { quantities: Quantity[] };
  return kb.quantities.filter((q) => !q.review).map((q) => [q.value, q.unit, q.noun.en?.[0] ?? q.noun.ar?.[0], q.qualifier?.en?.[0]].filter((x) => x !== undefined).join(' '));
}
const AR = 'حائل – الجمعة 20 نوفمبر/تشرين الثاني 2026';
const EN = 'CORBY, Wednesday 14 October 2026';

test('people of a kind counted with what befell them keep their kind, with what befell them as the qualifier; others after them are of that kind', () => {
  assert.deepEqual(drawn(AR, 'توفيت خمس معلمات وأصيبت 14 أخرى في انقلاب حافلة.'), ['5 count teacher died', '14 count injured', '14 count teacher injured']);
  assert.deepEqual(drawn(EN, 'The blast killed three firefighters and injured 12 others.'), ['3 count firefighter died', '12 count injured', '12 count firefighter injured']);
  // Near miss: people of a kind with nothing befalling them have no qualifier, and others after people are the injured only.
  assert.deepEqual(drawn(EN, 'The bus carried 19 teachers to school.'), ['19 count teacher']);
  assert.deepEqual(drawn(AR, 'وأدى الانفجار إلى وفاة 296 شخصاً وإصابة 153 آخرين.'), ['296 count dead', '153 count injured']);
});

test('people counted in a condition are a count of that condition (بينهم 1404 في حالة خطرة, three in a critical condition); a condition the table lacks is not', () => {
  assert.deepEqual(drawn(AR, 'وأصيب 2059 شخصاً بجروح، بينهم 1404 في حالة خطرة.'), ['2059 count injured', '1404 count in serious condition']);
  assert.deepEqual(drawn(EN, 'Nine people were taken to hospital, three in a critical condition.'), ['9 count people', '3 count in serious condition']);
  assert.deepEqual(drawn(EN, 'Officials placed three in a state of alert.'), []);
});

test('a percentage of a counted group is of that group (38 في المئة من معلمات المنطقة, 40% of the nurses); «من» before another word ties none', () => {
  assert.deepEqual(drawn(AR, 'وقالت الوزارة إن 38 في المئة من معلمات المنطقة يقطعن مسافات طويلة.'), ['38 percent teacher']);
  assert.deepEqual(drawn(EN, 'The union said 40% of the nurses had voted to strike.'), ['40 percent nurse']);
  assert.deepEqual(drawn(AR, 'وقال إن 38 في المئة من المستوى المطلوب تحقق.'), []);
});

test('the amount a change came to is of the change\'s noun (sales had fallen 18 per cent, to £96 million), and the value after "from" is the earlier one', () => {
  assert.deepEqual(drawn(EN, 'She said sales had fallen 18 per cent in the year to June, to £96 million from £117 million.'), ['18 percent sales', '96000000 money sales']);
  assert.deepEqual(drawn(AR, 'وقال إن المبيعات تراجعت 18 في المئة، إلى 96 مليون جنيه من 117 مليون جنيه.'), ['18 percent sales', '96000000 money sales']);
  // Near miss: an amount that opens no clause with "to" takes no noun from the figure before it.
  assert.deepEqual(drawn(EN, 'She said sales had fallen 18 per cent, and the firm paid £96 million.'), ['18 percent sales']);
});
