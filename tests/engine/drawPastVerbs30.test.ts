/**
 * English verbs in the past tense that end in -shed or -red, probed by helper dates30 before the
 * change in drawing that reads them. Drawing takes the nearest verb in the past tense before a
 * date as its event's trigger (published on Wednesday, finished on 4 March, demolished on 9
 * September); a list of words that end in -ed and are no verbs (need, speed, bed) held "shed",
 * which every verb in -shed ends with, so those events were drawn without a trigger and a draft's
 * wrong day for them was tied to nothing. The article invented here: an inspection report on
 * Harwick prison, published on Wednesday 16 December 2026, with a new wing finished on 4 March and
 * a remand block demolished on 9 September (`jail-harwick30.en.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const JAIL = 'jail-harwick30.en.txt';

/** A sentence, the words the `event-date` finding must flag and the fix it must offer; none for a true restatement. */
interface DateProbe {
  sentence: string;
  flagged?: string;
  fix?: string;
}

const PROBES: DateProbe[] = [
  { sentence: 'The report, published on Thursday, found that 300 men shared cells.', flagged: 'Thursday', fix: 'Wednesday' },
  { sentence: 'The new wing was finished on 4 May because of a shortage of staff.', flagged: 'May', fix: 'March' },
  { sentence: 'The old remand block at Harwick was demolished on 19 September.', flagged: '19', fix: '9' },
  { sentence: 'The old remand block at Harwick was demolished on 9 October.', flagged: 'October', fix: 'September' },
  // Traps: the same events with their right days.
  { sentence: 'The report, published on Wednesday, found that 300 men shared cells.' },
  { sentence: 'The new wing was finished on 4 March but has not opened.' },
  { sentence: 'The old remand block at Harwick was demolished on 9 September.' },
];

for (const { sentence, flagged, fix } of PROBES) {
  test(`${JAIL}: ${flagged ? `flags ${flagged} (→ ${fix})` : 'clean'}: ${sentence}`, () => {
    const found = probeChecker(JAIL)
      .check(sentence)
      .findings.filter((finding) => finding.ruleId === 'event-date')
      .map((finding) => [sentence.slice(finding.range.start, finding.range.end), finding.fixes?.[0]?.edits.map((edit) => edit.text).join(' ')]);
    assert.deepEqual(found, flagged ? [[flagged, fix]] : []);
  });
}
