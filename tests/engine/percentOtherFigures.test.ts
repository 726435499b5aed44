/**
 * A percentage whose fact noun stands in an earlier clause with a figure between (invented
 * regulator and airline figures): a figure of another kind between makes the noun that figure's
 * (the airline's profits jumped to £410 million, and the union wants 11%); a list of percentages of
 * one noun keeps it (coverage reached 92 per cent in cities, and 71 per cent in rural areas).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bilingualChecker } from './helpers';

const EN = 'LONDON, 10 March 2026 - Broadband coverage reached 92 per cent in cities and 61 per cent in rural areas, the regulator said. Profits rose 22% to £410 million last year.';
const AR = 'الرياض - 10 مارس 2026 - بلغت نسبة التغطية 92 في المئة في المدن، و61 في المئة في الأرياف، بحسب الهيئة. وارتفعت الأرباح 22 في المئة إلى 410 ملايين ريال.';

const checker = bilingualChecker(
  {
    id: 'coverage',
    published: '2026-03-10',
    facts: (own) => ({
      quantities: [
        { id: 'cities', value: 92, unit: 'percent', noun: { en: ['coverage'], ar: ['التغطية'] }, evidence: own('coverage reached 92 per cent in cities', 'نسبة التغطية 92 في المئة في المدن') },
        { id: 'rural', value: 61, unit: 'percent', noun: { en: ['coverage'], ar: ['التغطية'] }, evidence: own('61 per cent in rural areas', 'و61 في المئة في الأرياف') },
        { id: 'profit', value: 22, unit: 'percent', noun: { en: ['profits', 'profit'], ar: ['الأرباح', 'أرباح'] }, evidence: own('Profits rose 22%', 'وارتفعت الأرباح 22 في المئة') },
      ],
    }),
  },
  ['quantity'],
);
const english = checker(EN, 'en');
const arabic = checker(AR, 'ar');

test('a list of percentages of one noun keeps its noun across clauses', () => {
  assert.ok(english('Broadband coverage reached 92 per cent in cities, and 71 per cent in rural areas.').some((f) => f.startsWith('quantity: 71 per cent')));
  assert.ok(arabic('بلغت نسبة التغطية 92 في المئة في المدن، و71 في المئة في الأرياف.').some((f) => f.startsWith('quantity: 71 في المئة')));
});

test("a percentage after another noun's figure of another kind is not that noun's", () => {
  assert.deepEqual(english("The airline's profits jumped to £410 million, and the union wants 11%."), []);
  assert.deepEqual(english('Profits rose 25% to £410 million last year.'), ['quantity: 25% → 22']);
});

test("a percentage in a clause of no subject of its own is the change of the earlier noun's figure", () => {
  const rhino = bilingualChecker({ id: 'r', published: '2026-03-10', facts: (own) => ({ quantities: [
    { id: 'p', value: 20, unit: 'percent', noun: { en: ['poaching'] }, evidence: own('Rhino poaching fell to 400 animals last year, down 20 per cent', '') },
  ] }) }, ['quantity'])('LONDON, 10 March 2026 - Rhino poaching fell to 400 animals last year, down 20 per cent, the ministry said.', 'en');
  assert.ok(rhino('Rhino poaching fell to 400 animals last year, down 30 per cent.').some((f) => f.startsWith('quantity: 30 per cent')));
});
