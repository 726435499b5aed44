/**
 * Two weights of an article given in the bare unit (a ship's load of 3,700 tonnes, a season's
 * production of 290,000 tonnes; «وحمولتها 3700 طن», «أن يبلغ الإنتاج 290 ألف طن») share the unit
 * as their noun, and drawing dropped both as two values of one noun. The noun of the weight table
 * before each figure in its clause (load, production; حمولة, الإنتاج) tells them apart.
 * Invented articles: a date export season at the port of Gabes (`date-harvest33.ar.txt`,
 * `date-harvest33.en.txt`); the figures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type RuleProbe } from './drawProbeChecks';

const AR = 'date-harvest33.ar.txt';
const EN = 'date-harvest33.en.txt';

for (const file of [AR, EN]) {
  test(`${file}: both weights are drawn, each told apart by its noun`, () => {
    const weights = drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8')).filter((q) => q.unit === 'tonne');
    assert.deepEqual(weights.map((q) => q.value).sort((a, b) => a - b), [3700, 290_000], JSON.stringify(weights));
  });
}

const PROBES: RuleProbe[] = [
  { file: AR, sentence: 'وأبحرت أول سفينة نحو مرسيليا وحمولتها 7300 طن.', flagged: '7300 طن' },
  { file: AR, sentence: 'وأبحرت أول سفينة نحو مرسيليا وحمولتها 3700 طن.' },
  { file: AR, sentence: 'وتتوقع الوزارة أن يبلغ الإنتاج هذا الموسم 490 ألف طن.', flagged: '490 ألف طن' },
  { file: AR, sentence: 'وتتوقع الوزارة أن يبلغ الإنتاج هذا الموسم 290 ألف طن.' },
  { file: EN, sentence: 'The first ship sailed for Marseille with a load of 7,300 tonnes.', flagged: '7,300 tonnes' },
  { file: EN, sentence: 'The first ship sailed for Marseille with a load of 3,700 tonnes.' },
  { file: EN, sentence: 'The ministry expects production to reach 490,000 tonnes this season.', flagged: '490,000 tonnes' },
  { file: EN, sentence: 'The ministry expects production to reach 290,000 tonnes this season.' },
  // A weight of neither noun is compared with neither.
  { file: EN, sentence: 'The port handled 800,000 tonnes of goods last year.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
