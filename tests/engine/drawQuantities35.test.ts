/**
 * Counts a drawn fact base missed, probed by helper dnumbers35 before the changes that serve them:
 * a part counted out of a whole just counted ("employs 3,100 staff, 1,240 of them drivers", "made
 * 42 recommendations, eight of them marked as urgent", «توظف 3100 موظف، منهم 1240 سائقاً»), which
 * drawing left out because the word after "of them" or the noun after «منهم N» is not in the table
 * of counted nouns; and an English count whose noun follows the name of a body with "and" in it
 * (65 Roads and Transport Authority officers), which drawing left out because the capitalised run
 * between a figure and its noun could hold no lower-case word. The traps: a part followed by a
 * preposition (95 of them within two years) counts nothing, and a count of the part's noun in a
 * sentence about something else (the company will hire 300 drivers next year) is not compared.
 * Invented articles: a review of a town's bus company (`bus-review35.en.txt`, `bus-review35.ar.txt`);
 * the company, town and figures are invented.
 *
 * A distance right after a verb (had driven 120 km, drove 85 km) measures the verb's act, as a
 * duration after a verb does; drawing gave it the bare unit, and a second distance of the article
 * (the depot lies 14 km north of the town) made both doubtful, so neither was drawn. An irregular
 * participle after an auxiliary (had driven) has its verb's forms (drive, drove), not forms built
 * on the participle. English only: Arabic drawing reads no verb before a figure as what it measures.
 * The traps: another act measured by another verb (walked 3 km) and a drive on another occasion
 * (last year) are not compared. Invented article: snow closes a bus depot (`depot-snow35.en.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';

const AR = 'bus-review35.ar.txt';
const DEPOT = 'depot-snow35.en.txt';
const EN = 'bus-review35.en.txt';

/** The quantities drawn from a probe article. */
function drawn(file: string): DrawnQuantity[] {
  return drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8'));
}

/** The drawn count of a value. */
function count(file: string, value: number): DrawnQuantity | undefined {
  return drawn(file).find((q) => q.value === value && q.unit === 'count');
}

test(`${EN}: a part after "of them" counts the word after it, qualified by its whole`, () => {
  const drivers = count(EN, 1240);
  assert.ok(drivers?.noun?.en?.includes('drivers'), JSON.stringify(drivers));
  const urgent = count(EN, 8);
  assert.ok(urgent?.noun?.en?.includes('urgent'), JSON.stringify(urgent));
  assert.equal(urgent?.review, undefined);
});

test(`${AR}: a part after «منهم» counts the noun after its figure`, () => {
  const drivers = count(AR, 1240);
  assert.ok(drivers?.noun?.ar?.includes('سائق'), JSON.stringify(drivers));
});

test(`${EN}: a count after a body's name with "and" in it is of the noun after the name`, () => {
  const officers = count(EN, 65);
  assert.ok(officers?.noun?.en?.includes('officers'), JSON.stringify(officers));
});

test('a part does not make another figure of its noun doubtful (five of them children; about 40 children evacuated)', () => {
  const article = 'Fire in Leeds\n\nLEEDS, Tuesday 3 November 2026 - The fire killed 12 people, five of them children, the council said.\n\nAbout 40 children were evacuated from a nearby school.\n';
  const children = drawnQuantities(article).filter((q) => q.noun?.en?.includes('children'));
  assert.deepEqual(children.map((q) => q.value), [40], JSON.stringify(children));
});

test(`${EN}: a part followed by a preposition counts nothing`, () => {
  assert.equal(count(EN, 95), undefined);
});

test(`${DEPOT}: a distance after a verb is the verb's act, with the verb's forms`, () => {
  const drive = drawn(DEPOT).find((q) => q.value === 120 && q.unit === 'km');
  for (const form of ['driven', 'drive', 'drove']) assert.ok(drive?.noun?.en?.includes(form), JSON.stringify(drive));
  assert.ok(!drive?.noun?.en?.includes('drivens'), JSON.stringify(drive));
});

const PROBES: RuleProbe[] = [
  // A wrong length of the drive is flagged; the true one, another act and another occasion are not.
  { file: DEPOT, sentence: 'Alan Pike, 58, said he had driven 210 km from Keswick to reach the depot.', flagged: '210' },
  { file: DEPOT, sentence: 'Alan Pike, 58, drove 120 km from Keswick to reach the depot.' },
  { file: DEPOT, sentence: 'A second driver walked 3 km through the snow.' },
  { file: DEPOT, sentence: 'Last year he drove 30 km to the coast for a holiday.' },
  // A wrong part is flagged in either language; the true one is not.
  { file: EN, sentence: 'The company employs 3,100 staff, 1,420 of them drivers.', flagged: '1,420' },
  { file: EN, sentence: 'The company employs 3,100 staff, 1,240 of them drivers.' },
  { file: EN, sentence: 'The review made 42 recommendations, seven of them urgent.', flagged: 'seven' },
  { file: EN, sentence: 'The review made 42 recommendations, eight of them marked as urgent.' },
  { file: AR, sentence: 'وتوظف الشركة 3100 موظف، منهم 1420 سائقاً.', flagged: '1420' },
  { file: AR, sentence: 'وتوظف الشركة 3100 موظف، منهم 1240 سائقاً.' },
  // The part's word counted elsewhere, with no whole beside it, is not compared with the part.
  { file: EN, sentence: 'The company will hire 300 drivers next year.' },
  { file: AR, sentence: 'وستوظف الشركة 300 سائق العام المقبل.' },
  // A part followed by a preposition is not compared.
  { file: EN, sentence: 'The company said 310 staff had left, 59 of them within two years.' },
  // A wrong count of the officers is flagged; the true one is not.
  { file: EN, sentence: 'More than 150 people, including 56 Roads and Transport Authority officers, cleared the hill.', flagged: '56' },
  { file: EN, sentence: 'More than 150 people, including 65 Roads and Transport Authority officers, cleared the hill.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
