/**
 * Probes of a place of origin after a verb and its particle ("who flew in from London"), written by helper places (session 33) before its change. The slot of a place after
 * "from" hangs on the word before "from", which here is the particle ("in"), no content
 * word: the article's slot and the draft's had no head, so a draft that moved where someone came
 * from was never compared. The invented article (`cancer-wing33.en.txt`): a cancer wing opened in
 * Leeds, a minister who flew in from London and a chief executive who came back from Geneva (a content word before "from", compared already). Traps: the
 * article's own town; a place after "from" on another verb (moved in from, as a child); the event's
 * own place in the same sentence; the country that holds the town.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const FILE = 'cancer-wing33.en.txt';

/** A sentence and the `actual → expected` of each `event-place` finding it must get (none when clean). */
const PROBES: { sentence: string; found: string[] }[] = [
  { sentence: 'The health minister, Sarah Collins, who flew in from Manchester on Monday, promised £40 million for new scanners.', found: ['Manchester → London'] },
  // The article's towns, another verb before the particle, the event's place and the country.
  { sentence: 'The health minister, Sarah Collins, who flew in from London on Monday, promised £40 million for new scanners.', found: [] },
  { sentence: 'The health minister, Sarah Collins, who moved in from Manchester as a child, promised £40 million for new scanners.', found: [] },
  { sentence: 'Sarah Collins, who flew in from London on Monday, promised £40 million for new scanners at the hospital in Leeds.', found: [] },
  { sentence: 'Mark Ellison, the hospital\'s chief executive, came back from Switzerland last week after a conference on cancer care.', found: [] },
];

for (const { sentence, found } of PROBES) {
  test(`${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    const findings = probeChecker(FILE).check(sentence).findings.filter((finding) => finding.ruleId === 'event-place');
    assert.deepEqual(findings.map((finding) => `${finding.actual} → ${finding.expected ?? ''}`), found);
  });
}
