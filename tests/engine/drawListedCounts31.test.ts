/**
 * Counts a list gives for each place with the noun written once (420 schools in Fez, 310 in Meknes
 * and 150 in Oujda; «420 مدرسة في فاس و310 في مكناس و150 في وجدة»), probed by helper dnumbers31
 * before the change that serves them: drawing kept the first figure, with its noun and place, and
 * left out the later ones, which have no noun of their own. Each later figure is of the first's
 * noun, at its own place. Invented articles: a Moroccan programme to build schools
 * (`school-plan31.ar.txt`, `school-plan31.en.txt`); the figures and dates are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, probeChecker, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';

const AR = 'school-plan31.ar.txt';
const EN = 'school-plan31.en.txt';

/** The counts drawn from a probe article. */
function counts(file: string): DrawnQuantity[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return drawnQuantities(article).filter((q) => q.unit === 'count');
}

for (const file of [AR, EN]) {
  test(`${file}: a list's later figures are of the first figure's noun, each at its own place`, () => {
    const drawn = counts(file);
    for (const [value, place] of [[420, 'fes'], [310, 'meknes'], [150, 'oujda']] as const) {
      const count = drawn.find((q) => q.value === value);
      assert.equal(count?.subject, place, JSON.stringify(drawn));
      assert.ok(count?.noun?.en?.includes('schools'), JSON.stringify(count));
      assert.ok(count?.noun?.ar?.includes('مدرسة'), JSON.stringify(count));
    }
  });

  test(`${file}: a figure with a noun of its own after the list keeps its noun`, () => {
    const teachers = counts(file).find((q) => q.value === 2600);
    assert.ok(teachers?.noun?.en?.includes('teachers'), JSON.stringify(teachers));
  });
}

const PROBES: RuleProbe[] = [
  // A wrong count for a city named late in the list is flagged, alone or in the list; the true ones
  // are not. (A figure the restated article sentence itself gives is the article's, so a swap of two
  // of the list's figures is not a number the check contradicts.)
  { file: AR, sentence: 'ويشمل البرنامج 250 مدرسة في مكناس.', flagged: '250' },
  { file: AR, sentence: 'ويشمل البرنامج 310 مدارس في مكناس.' },
  { file: AR, sentence: 'ويشمل البرنامج 150 مدرسة في وجدة.' },
  { file: EN, sentence: 'The programme includes 250 schools in Meknes.', flagged: '250' },
  { file: EN, sentence: 'The minister said the programme includes 420 schools in Fez, 250 in Meknes and 150 in Oujda.', flagged: '250' },
  { file: EN, sentence: 'The programme includes 420 schools in Fez, 310 in Meknes and 150 in Oujda.' },
  { file: EN, sentence: 'The programme includes 150 schools in Oujda.' },
  // The whole programme, and a city's count given as a part of it, are not compared with another city's.
  { file: EN, sentence: 'The ministry will build 880 schools.' },
  { file: EN, sentence: 'The ministry will build 880 schools, 420 of them in Fez.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);

// The finding gives the listed city's own count as the article's, not the whole programme's.
for (const [file, sentence] of [
  [AR, 'ويشمل البرنامج 250 مدرسة في مكناس.'],
  [EN, 'The programme includes 250 schools in Meknes.'],
  [EN, 'The minister said the programme includes 420 schools in Fez, 250 in Meknes and 150 in Oujda.'],
] as const) {
  test(`${file}: the article's figure for Meknes is 310: ${sentence}`, () => {
    const findings = probeChecker(file).check(sentence).findings.filter((f) => f.ruleId === 'quantity');
    assert.ok(findings.length === 1 && findings[0]!.message.includes('310'), JSON.stringify(findings.map((f) => f.message)));
  });
}
