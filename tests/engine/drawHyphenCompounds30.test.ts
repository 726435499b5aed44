/**
 * A figure joined by a hyphen to a word (three-bedroom homes, a five-storey building), probed by
 * helper drawq30 before the change that serves it: drawing read it as a count of the noun after
 * the compound (three homes, five buildings), a false fact that made a true count of that noun
 * doubtful or a wrong draft figure pass. The compound counts only the word it is joined to: a
 * 12-member crew is still twelve crew members. The Arabic article says the same with «من»
 * (مبنى من خمسة طوابق), which was never a count of buildings; it is the trap in that language.
 * Invented articles: a fire on a housing estate (`estate-fire30.en.txt`, `estate-fire30.ar.txt`);
 * the events, figures and dates are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';

const AR = 'estate-fire30.ar.txt';
const EN = 'estate-fire30.en.txt';

/** The drawn counts of a probe article. */
function counts(file: string): DrawnQuantity[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return drawnQuantities(article).filter((q) => q.unit === 'count');
}

for (const file of [AR, EN]) {
  test(`${file}: the figure of a compound adjective counts no home and no building`, () => {
    const found = counts(file);
    assert.ok(!found.some((q) => (q.value === 3 && q.noun?.en?.includes('homes')) || q.value === 5), JSON.stringify(found));
  });

  test(`${file}: the homes and the buildings keep their own counts`, () => {
    const found = counts(file);
    assert.ok(found.some((q) => q.value === 14 && q.noun?.en?.includes('homes')), JSON.stringify(found));
    assert.ok(found.some((q) => q.value === 2 && q.noun?.en?.includes('buildings')), JSON.stringify(found));
  });
}

test(`${EN}: a figure in digits joined to a word counts none of the words after it (4-bedroom apartments)`, () => {
  const found = counts(EN);
  assert.ok(!found.some((q) => q.value === 4), JSON.stringify(found));
});

test(`${EN}: a figure joined to the counted noun itself still counts it (a 12-member crew)`, () => {
  assert.ok(counts(EN).some((q) => q.value === 12 && q.noun?.en?.includes('crew')));
});

const PROBES: RuleProbe[] = [
  // A wrong count of the buildings evacuated is flagged once the compound no longer gives them a second value.
  { file: EN, sentence: 'Five buildings nearby were evacuated.', flagged: 'Five' },
  { file: EN, sentence: 'Two buildings nearby were evacuated.' },
  // The compounds themselves, restated, are no count.
  { file: EN, sentence: 'A five-storey building stood next to the homes.' },
  { file: EN, sentence: 'The fire gutted 14 homes, among them a terrace of three-bedroom homes.' },
  { file: EN, sentence: 'A 14-member crew stayed at the scene overnight.', flagged: '14' },
  { file: AR, sentence: 'والتهم الحريق 14 منزلاً بجوار مبنى من خمسة طوابق.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
