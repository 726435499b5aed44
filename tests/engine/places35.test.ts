/**
 * Probes of a destination a draft gets wrong, written by helper places (session 35) before its
 * changes, on an invented article (`sleeper-inverness35.en.txt`: a night train bound for
 * Inverness, a second one bound for Mallaig).
 *
 * "bound for X", "headed for X": "for" after a verb of leaving is a locative of direction, so the
 * destination's slot hangs on the verb as "to" would, and another town in the slot of the article's
 * destination is flagged with the article's, whether the gazetteer lists it (Perth) or not, a
 * capitalised name after the construction (Fort William, Tobermory). Arabic marks a destination
 * with «إلى» or «نحو», which are locatives already, so the mechanism has no Arabic side.
 *
 * Traps: the right destination; the country or a region that holds it; the place the train left
 * from; a destination of another journey in the same sentence (the minister's); a weekday after
 * "for"; a verb of leaving before a lower-case word.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const SLEEPER = 'sleeper-inverness35.en.txt';

/** A sentence and the `actual → expected` of each `event-place` finding it must get (none when clean). */
const DESTINATIONS: { sentence: string; found: string[] }[] = [
  { sentence: 'The first train, bound for Perth, left Stirling at 11.40pm with 186 passengers.', found: ['Perth → Inverness'] },
  { sentence: 'The first train, bound for Fort William, left Stirling at 11.40pm with 186 passengers.', found: ['Fort William → Inverness'] },
  { sentence: 'A night train headed for Tobermory left Stirling at 11.40pm on Friday.', found: ['Tobermory → Inverness'] },
  // The right destination, the country and a region that hold it, the place of departure.
  { sentence: 'The first train, bound for Inverness, left Stirling at 11.40pm with 186 passengers.', found: [] },
  { sentence: 'A night train bound for Scotland\'s north left Stirling at 11.40pm on Friday.', found: [] },
  { sentence: 'A night train bound for the Highlands left Stirling at 11.40pm on Friday.', found: [] },
  { sentence: 'A night train bound for Inverness left Stirling at 11.40pm on Friday.', found: [] },
  // Another journey's destination, a weekday, and a lower-case word after "for".
  { sentence: 'The minister, who left for Perth on Saturday, travelled on the train as far as Aviemore.', found: [] },
  { sentence: 'The train bound for Inverness left Stirling, and the minister later headed for Perth.', found: [] },
  { sentence: 'A second train, bound for Inverness, will leave Stirling on Monday; the crew left for Monday\'s shift.', found: [] },
  { sentence: 'The first train left Stirling bound for home at 11.40pm with 186 passengers.', found: [] },
];

for (const { sentence, found } of DESTINATIONS) {
  test(`${SLEEPER}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    const findings = probeChecker(SLEEPER).check(sentence).findings.filter((finding) => finding.ruleId === 'event-place');
    assert.deepEqual(findings.map((finding) => `${finding.actual} → ${finding.expected ?? ''}`), found);
  });
}
