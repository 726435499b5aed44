/**
 * Drawing the quantities of two articles written for this test (a flood in an invented town, one
 * article per language, many figures of varied shapes) against the quantities an editor would
 * write for them: counts with their noun, a figure written in words (a dozen, the dual
 * مروحيتان), vague counts (dozens of, عشرات) drawn as a lower bound for review, both ends of a
 * range drawn for review (never the upper end as an exact figure), money with its sign or its
 * currency word and its hedge (up to, تصل إلى), percentages and rain in millimetres.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, type DrawnQuantity as Quantity } from './drawProbeChecks';

/** An expected quantity: value, unit, currency, hedge, one form its noun must have, and whether it is drawn for review only. */
interface Expected {
  value: number;
  unit: string;
  currency?: string;
  approx?: string;
  noun: string;
  unsure?: boolean;
}

const fixtures = join(import.meta.dirname, 'fixtures', 'drawQuantities');
const drawn = (file: string) => drawnQuantities(readFileSync(join(fixtures, file), 'utf8'), '2026-03-09');

/** The drawn quantity that matches `e` in value, unit and currency, described for a failure message. */
function check(quantities: Quantity[], e: Expected): void {
  const forms = (q: Quantity) => [...(q.noun?.ar ?? []), ...(q.noun?.en ?? [])];
  const same = quantities.filter((q) => q.value === e.value && q.unit === e.unit && q.currency === e.currency);
  // Two quantities of one value (two helicopters, two hospitals) are told apart by their noun.
  const found = same.length > 1 ? same.filter((q) => forms(q).includes(e.noun)) : same;
  const summary = quantities.map((q) => `${q.value} ${q.unit}${q.currency ?? ''} ${q.approx ?? ''} ${[...(q.noun?.ar ?? []), ...(q.noun?.en ?? [])].join('/')}${q.review ? ' unsure' : ''}`).join('\n  ');
  assert.equal(found.length, 1, `${e.value} ${e.unit} drawn ${found.length} times; drawn:\n  ${summary}`);
  const q = found[0]!;
  assert.ok(forms(q).includes(e.noun), `${e.value}: noun ${JSON.stringify(q.noun)} lacks ${e.noun}`);
  assert.equal(q.approx, e.approx, `${e.value}: hedge`);
  assert.equal(q.review?.unsure ?? false, e.unsure ?? false, `${e.value}: unsure`);
}

const ENGLISH: (Expected & { todo?: boolean })[] = [
  // People counted with what befell them are the dead (killing 14 people).
  { value: 14, unit: 'count', noun: 'killed' },
  { value: 37, unit: 'count', noun: 'injured' },
  { value: 24, unit: 'count', approx: 'at-least', noun: 'homes', unsure: true },
  { value: 200, unit: 'count', approx: 'at-least', noun: 'residents', unsure: true },
  { value: 96, unit: 'count', noun: 'rescues' },
  { value: 30, unit: 'count', approx: 'at-least', noun: 'tourists', unsure: true },
  { value: 40, unit: 'count', approx: 'up-to', noun: 'tourists', unsure: true },
  { value: 212, unit: 'other', noun: 'millimetres', todo: true },
  { value: 12.5e6, unit: 'money', currency: 'GBP', noun: 'package' },
  { value: 500, unit: 'money', currency: 'GBP', approx: 'up-to', noun: 'grants' },
  { value: 80e6, unit: 'money', currency: 'GBP', noun: 'damage' },
  { value: 1200, unit: 'count', approx: 'about', noun: 'soldiers' },
  { value: 12, unit: 'count', noun: 'helicopters' },
  { value: 2, unit: 'count', noun: 'hospitals' },
  { value: 7.3, unit: 'percent', noun: 'unemployment' },
  { value: 11, unit: 'count', noun: 'factories' },
];

const ARABIC: (Expected & { todo?: boolean })[] = [
  { value: 14, unit: 'count', noun: 'قتلى' },
  { value: 30, unit: 'count', approx: 'at-least', noun: 'منازل', unsure: true },
  { value: 300, unit: 'count', approx: 'at-least', noun: 'سكان', unsure: true },
  { value: 96, unit: 'count', noun: 'عملية إنقاذ' },
  { value: 30, unit: 'count', approx: 'at-least', noun: 'سائحا', unsure: true },
  { value: 40, unit: 'count', approx: 'up-to', noun: 'سائحا', unsure: true },
  { value: 12.5e6, unit: 'money', currency: 'MAD', noun: 'حزمة' },
  { value: 5000, unit: 'money', currency: 'MAD', approx: 'up-to', noun: 'منحة' },
  { value: 80e6, unit: 'money', currency: 'MAD', approx: 'about', noun: 'أضرار' },
  { value: 1200, unit: 'count', approx: 'about', noun: 'جنود' },
  { value: 2, unit: 'count', noun: 'مروحيات' },
  { value: 2, unit: 'count', noun: 'مستشفيات' },
  { value: 7.3, unit: 'percent', noun: 'البطالة' },
  { value: 11, unit: 'count', noun: 'مصانع' },
];

for (const [file, expected] of [['article.en.txt', ENGLISH], ['article.ar.txt', ARABIC]] as const) {
  const quantities = drawn(file);
  for (const e of expected) {
    test(`${file}: ${e.value} ${e.unit}${e.currency ?? ''} (${e.noun})`, e.todo ? { todo: 'not drawn yet' } : {}, () => check(quantities, e));
  }
  test(`${file}: the upper end of a range is never drawn as an exact figure`, () => {
    assert.ok(!quantities.some((q) => q.value === 40 && !q.review?.unsure));
  });
}

const sentence = (text: string) => drawnQuantities(text, '2026-03-09').map((q) => `${q.value} ${q.approx ?? ''}${q.review ? ' unsure' : ''}`);

test('near misses: a plural in ان or ين is no dual, a change from one figure to another is no range, tens of thousands is one count', () => {
  // بلدان is the plural of بلد, عاملين the plural of عامل: neither says two.
  assert.deepEqual(sentence('وشاركت بلدان كثيرة في القمة.\n'), []);
  assert.deepEqual(sentence('وأضرب العاملين في المصنع.\n'), []);
  assert.deepEqual(sentence('وأصيب جنديان في الهجوم.\n'), ['2 ']);
  // A figure that rose from 30 to 40 is the later figure, not a range: its first figure is not drawn as a bound.
  assert.ok(!sentence('The number of tourists rose from 30 to 40 tourists this year.\n').some((q) => q.startsWith('30 at-least')));
  assert.deepEqual(sentence('The storm left tens of thousands of homes without power.\n'), ['20000 at-least unsure']);
});

test('a range of percentages or of money is drawn end by end with its noun; a change from a percentage to a sum is no range', () => {
  assert.deepEqual(sentence('Between 30% and 40% of voters backed the plan.\n'), ['30 at-least unsure', '40 up-to unsure']);
  assert.deepEqual(sentence('The contract is worth between $3m and $5m.\n'), ['3000000 at-least unsure', '5000000 up-to unsure']);
  assert.ok(!sentence('Sales rose 12% to €450 million.\n').some((q) => q.includes('at-least')));
});

test('a counted noun after a run of capitalised words is the count\'s; a part of a counted whole and the whole are both drawn', () => {
  assert.deepEqual(sentence('About 200 Australian Defence Force personnel were sent to Bowen.\n'), ['200 about']);
  assert.deepEqual(sentence('Officials said 40 Riverton bus workers were hurt.\n'), []);
  assert.deepEqual(sentence('ونجح 62931 مترشحاً من أصل 152480 اجتازوا الامتحان.\n'), ['62931 ', '152480 ']);
});
