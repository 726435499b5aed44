/**
 * A count an estimate puts on a need («وتقدّر وزارة الإسكان حاجة البلاد بنحو 45 ألف وحدة سكنية»,
 * the housing ministry estimates the country's need at about 45,000 housing units), probed by
 * helper dnumbers31 before the change that serves it: the article counts its noun (flats, «شقة»)
 * three times, so drawing, which keeps a noun of several values only where something tells them
 * apart, dropped all three. The object of the estimate tells the estimated count apart, as it
 * does for a sum (quantityEstimates.ts), and qualifies it. Invented articles: a housing project in
 * Nouakchott (`housing-need31.ar.txt`, `housing-need31.en.txt`); the figures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type RuleProbe } from './drawProbeChecks';

const AR = 'housing-need31.ar.txt';
const EN = 'housing-need31.en.txt';

/** The drawn quantity with its qualifier, which the probe helper's type leaves out. */
interface Qualified {
  value: number;
  unit: string;
  noun?: { ar?: string[]; en?: string[] };
  qualifier?: { ar?: string[]; en?: string[] };
}

for (const file of [AR, EN]) {
  test(`${file}: the estimated count is drawn with its noun, qualified by the need`, () => {
    const drawn = drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8')) as unknown as Qualified[];
    const need = drawn.find((q) => q.value === 45_000 && q.unit === 'count');
    assert.ok(need?.noun?.en?.includes('housing units'), JSON.stringify(drawn));
    assert.ok(need?.qualifier?.en?.includes('need') && need.qualifier.ar?.includes('حاجة'), JSON.stringify(need));
  });
}

const PROBES: RuleProbe[] = [
  { file: AR, sentence: 'وتقدّر وزارة الإسكان حاجة البلاد بنحو 54 ألف وحدة سكنية سنوياً.', flagged: '54 ألف' },
  { file: AR, sentence: 'وتقدّر وزارة الإسكان حاجة البلاد بنحو 45 ألف وحدة سكنية سنوياً.' },
  { file: EN, sentence: "The housing ministry estimates the country's need at about 54,000 housing units a year.", flagged: '54,000' },
  { file: EN, sentence: "The housing ministry estimates the country's need at about 45,000 housing units a year." },
  // The flats the project builds are not the need.
  { file: EN, sentence: 'The project will build 3,500 flats.' },
  { file: AR, sentence: 'وسيبني المشروع 3500 شقة.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
