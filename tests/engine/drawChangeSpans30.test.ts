/**
 * A change given across a span of time (ارتفعت بنسبة 31% في عام واحد إلى 187 اعتداء), probed by
 * helper drawq30 before the change that serves it: drawing took the span's noun after «في» (عام)
 * as what the percentage is of, a sure fact with a wrong noun, and read «واحد», the adjective of
 * «عام واحد», as a figure that opens a range to 187, so the count became two unsure ends (1 and
 * 187). A time word after «في» is no noun of the change, and an Arabic «واحد» after its noun is no
 * figure. The English article gives the same facts ("risen by 31% in a year, to 187"); its probes
 * are traps that hold already. Invented articles: assaults on nurses at a hospital
 * (`nurse-assaults30.ar.txt`, `nurse-assaults30.en.txt`); the events, figures and dates are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';

const AR = 'nurse-assaults30.ar.txt';
const EN = 'nurse-assaults30.en.txt';

/** The quantities drawn from a probe article. */
function drawn(file: string): DrawnQuantity[] {
  return drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8'));
}

for (const file of [AR, EN]) {
  test(`${file}: a span of time is never what a percentage is of`, () => {
    const found = drawn(file).filter((q) => q.unit === 'percent');
    for (const q of found) for (const word of ['عام', 'year']) assert.ok(!(q.noun?.[file === AR ? 'ar' : 'en'] ?? []).includes(word), JSON.stringify(q));
  });

  test(`${file}: «واحد» after its noun opens no range, and gives no figure`, () => {
    const found = drawn(file);
    assert.ok(!found.some((q) => q.value === 1), JSON.stringify(found));
    assert.ok(!found.some((q) => q.value === 187 && q.approx === 'up-to'), JSON.stringify(found));
  });
}

const PROBES: RuleProbe[] = [
  // The count the change came to is sure: a wrong one is flagged, the true one is not.
  { file: AR, sentence: 'وارتفعت الاعتداءات على الممرضين إلى 178 اعتداء.', flagged: '178' },
  { file: AR, sentence: 'وارتفعت الاعتداءات على الممرضين إلى 187 اعتداء.' },
  // A draft's figure of another year is not compared with a percentage tied to «عام».
  { file: AR, sentence: 'وقالت الإدارة إن عدد الشكاوى ارتفع في عام 2025 بنسبة 12%.' },
  { file: EN, sentence: 'Complaints rose by 12% in a year.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
