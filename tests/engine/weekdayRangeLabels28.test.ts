/**
 * Ranges of days whose days carry their weekdays, after a label's colon, probed by helper dates28
 * before the change that ties them ("**Union vote:** from Tuesday 20 to Sunday 25 October",
 * «**تصويت أعضاء النقابة:** من الثلاثاء 20 إلى الأحد 25 أكتوبر»). The date reader leaves such a
 * range apart (`extract/dateRanges.ts`), so its last day was read as a date alone, cut from the
 * label by the colon, while the same range without weekdays, or a date right after the colon, is
 * the label's. Articles invented here: the Varenna dockers' vote on their deal from 20 to 23
 * October 2026 (`harbour-varenna.en.txt`), and the Tarfaya mill workers' vote on the same days
 * (`mill-tarfaya.ar.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker, ruleProbe, type RuleProbe } from './drawProbeChecks';

const PORT = 'harbour-varenna.en.txt';
const MILL = 'mill-tarfaya.ar.txt';

const PROBES: RuleProbe[] = [
  // True ranges, and a true first day alone.
  { file: PORT, sentence: '**Union vote:** from Tuesday 20 to Friday 23 October' },
  { file: PORT, sentence: '**Union vote:** from Tuesday 20 October' },
  { file: MILL, sentence: '**تصويت أعضاء النقابة:** من الثلاثاء 20 إلى الجمعة 23 أكتوبر' },
  // Another thing's range after the label's sentence, in a clause of its own, is not the label's.
  { file: PORT, sentence: '**Union vote:** the union said talks ran until Sunday 25 October.' },
  { file: PORT, sentence: '**Union vote:** the union said talks ran from Monday 5 to Sunday 25 October.' },
  // Wrong last days, which must be flagged.
  { file: PORT, sentence: '**Union vote:** from Tuesday 20 to Sunday 25 October', flagged: '25' },
  { file: PORT, sentence: '**Union vote:** from 20 to Sunday 25 October', flagged: '25' },
  { file: MILL, sentence: '**تصويت أعضاء النقابة:** من الثلاثاء 20 إلى الأحد 25 أكتوبر', flagged: '25' },
];

for (const one of PROBES) ruleProbe('event-date', one);

/**
 * A draft that opens with the range's last day (nothing before the day's number but the range's
 * own words) is read without an internal error: the weekday before the opening word is looked for
 * only where there is a token (found in review: it once read a token before the draft's first).
 */
for (const [file, sentence] of [[PORT, '20 to Sunday 25 October, the union voted.'], [MILL, '20 إلى الأحد 25 أكتوبر صوت أعضاء النقابة.']] as const) {
  test(`${file}: a draft opening with "${sentence}" gets no internal error`, () => {
    const result = probeChecker(file).check(sentence);
    assert.deepEqual(result.internalErrors, []);
  });
}
