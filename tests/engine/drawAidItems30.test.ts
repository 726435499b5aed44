/**
 * The relief items an aid report counts (6 آلاف بطانية, 2400 سلة غذائية; 6,000 blankets, 2,400 food
 * parcels), probed by helper drawq30 before the change that serves them: drawing left them out, as
 * a count is drawn only with a noun of the counted-noun table, while the tents of the same list
 * were drawn. Traps: the families the aid serves keep their own count, and the month a parcel
 * lasts is no count of parcels. Invented articles: an aid convoy in Sudan's Blue Nile state
 * (`aid-convoy30.ar.txt`, `aid-convoy30.en.txt`); the events, figures and dates are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';

const AR = 'aid-convoy30.ar.txt';
const EN = 'aid-convoy30.en.txt';

/** The drawn count of a value in a probe article. */
function count(file: string, value: number): DrawnQuantity | undefined {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return drawnQuantities(article).find((q) => q.value === value && q.unit === 'count');
}

for (const file of [AR, EN]) {
  test(`${file}: the blankets of the list are counted as blankets`, () => {
    const blankets = count(file, 6000);
    assert.ok(blankets?.noun?.en?.includes('blankets') && blankets.noun.ar?.includes('بطانية'), JSON.stringify(blankets));
  });

  test(`${file}: the food parcels of the list are counted as food parcels`, () => {
    const parcels = count(file, 2400);
    assert.ok(parcels?.noun?.en?.includes('food parcels') && parcels.noun.ar?.includes('سلة غذائية'), JSON.stringify(parcels));
  });

  test(`${file}: the families keep their own count`, () => {
    assert.ok(count(file, 3000)?.noun?.en?.includes('families'));
  });
}

const PROBES: RuleProbe[] = [
  // A wrong count of blankets or parcels is flagged; the true one is not.
  { file: AR, sentence: 'وتضمنت القافلة 8 آلاف بطانية.', flagged: '8 آلاف' },
  { file: AR, sentence: 'وتضمنت القافلة 6 آلاف بطانية.' },
  { file: AR, sentence: 'ووزعت المفوضية 4200 سلة غذائية.', flagged: '4200' },
  { file: AR, sentence: 'ووزعت المفوضية 2400 سلة غذائية.' },
  { file: EN, sentence: 'The aid included 8,000 blankets.', flagged: '8,000' },
  { file: EN, sentence: 'The aid included 6,000 blankets.' },
  { file: EN, sentence: 'The commission handed out 4,200 food parcels.', flagged: '4,200' },
  { file: EN, sentence: 'The commission handed out 2,400 food parcels.' },
  // The families served are compared with their own figure only.
  { file: EN, sentence: 'About 3,000 families will benefit.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
