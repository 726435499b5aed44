/**
 * An English amount of money that stands between a determiner and a noun (its £48 million ferry
 * terminal, a £6 million gap) is that noun's: the sum modifies the noun after it, as an adjective
 * would. Drawing found no noun for such a figure (the words before it are a determiner and a verb),
 * so the body's figure was not drawn and a headline's figure of it was tied to its verb (opens).
 * Arabic states a sum after its noun (مبنى بقيمة 48 مليون جنيه), which drawing reads already, so
 * the probes are English. The traps: a pronoun or a participle after the sum (the £5 million it
 * had borrowed) and a preposition (a further £2 million from the government) are no noun of it.
 * Invented article: an island council opens a ferry terminal (`ferry-terminal33.en.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type DrawnQuantity, type RuleProbe } from './drawProbeChecks';

const EN = 'ferry-terminal33.en.txt';

/** Why the phrases outside the amount table wait. */
const TODO =
  'dropped at the held-out guard of session 33: a phrase the amount table does not know gives English words only, and its Arabic restatement through the verb before the sum (أقرّ … بكلفة) was lost (en-housing drawn recall 0.36 to 0.33); only a table head is read now';

/** The quantities drawn from the probe article. */
function drawn(): DrawnQuantity[] {
  return drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', EN), 'utf8'));
}

/** The drawn amounts of money of a value. */
function amounts(value: number): DrawnQuantity[] {
  return drawn().filter((q) => q.value === value && q.unit === 'money');
}

test(`${EN}: a sum between a determiner and a noun is the noun's (its £48 million ferry terminal)`, { todo: TODO }, () => {
  const [terminal, ...others] = amounts(48_000_000);
  assert.equal(others.length, 0, JSON.stringify(others));
  assert.ok(terminal?.noun?.en?.includes('terminal'), JSON.stringify(terminal));
  assert.ok(terminal?.noun?.en?.includes('ferry'), JSON.stringify(terminal));
  assert.equal(terminal?.review, undefined);
});

test(`${EN}: a sum before a noun outside the tables is drawn with it (a £6 million gap)`, { todo: TODO }, () => {
  const gap = amounts(6_000_000)[0];
  assert.ok(gap?.noun?.en?.includes('gap'), JSON.stringify(gap));
});

test(`${EN}: a pronoun, a participle or a preposition after a sum is no noun of it`, () => {
  for (const value of [5_000_000, 2_000_000]) {
    for (const q of amounts(value)) for (const word of ['it', 'had', 'borrowed', 'from', 'further']) assert.ok(!q.noun?.en?.includes(word), JSON.stringify(q));
  }
});

const PROBES: RuleProbe[] = [
  // A wrong cost of the terminal is flagged, with the noun before or after it; the true one is not.
  { file: EN, sentence: 'The council opened its £84 million ferry terminal on Tuesday.', flagged: '£84 million' },
  { file: EN, sentence: 'The new ferry terminal cost £84 million.', flagged: '£84 million' },
  { file: EN, sentence: 'The council opened its £48 million ferry terminal on Tuesday.' },
  { file: EN, sentence: 'The council closed a £9 million gap in the funding.', flagged: '£9 million', todo: TODO },
  { file: EN, sentence: 'The council closed a £6 million gap in the funding.' },
  // A sum of another noun is not compared with the terminal's.
  { file: EN, sentence: 'The government will spend £9 million on a new bridge.' },
  { file: EN, sentence: 'A £9 million school will open next year.' },
  // The headline's verb is not what its sum is of: another sum opened is not the terminal's.
  { file: EN, sentence: 'The council opened a £9 million school last year.' },
  // An Arabic restatement through the verb before the sum, in another currency, is found.
  { file: EN, sentence: 'وافتتح المجلس مبنى العبارات بكلفة 48 مليون دولار يوم الثلاثاء.', flagged: '48 مليون دولار' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
