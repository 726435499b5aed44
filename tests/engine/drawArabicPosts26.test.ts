/**
 * Posts of an Arabic article other than a minister's, probed by helper drawposts26b: a director
 * or a spokeswoman of a body the article names («مدير هيئة ميناء قرناس», «المتحدثة باسم هيئة ميناء
 * قرناس») is drawn sure, so an English draft that gives the holder the other post gets a finding
 * of full severity, not advice only; a true restatement gets none. An invented article: a quay
 * opened at Qarnas (`harbour-qarnas26.ar.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const FILE = 'harbour-qarnas26.ar.txt';

/** The post findings a sentence gets, with their severity and the words they flag. */
function postFindings(sentence: string): string[] {
  return probeChecker(FILE)
    .check(sentence)
    .findings.filter((f) => f.ruleId === 'post-holder')
    .map((f) => `${f.severity}: ${sentence.slice(f.range.start, f.range.end)}`);
}

const PROBES: { sentence: string; flagged?: string; todo?: string }[] = [
  { sentence: 'Khaled al-Mansouri, spokesman for the Qarnas Port Authority, said the quay would open next month.', flagged: 'spokesman for the Qarnas Port Authority', todo: 'a director\'s post is drawn unsure, so it only advises: drawn sure, «مدير» would flag a true head (drawArabicPosts27)' },
  { sentence: 'Khaled al-Mansouri, director of the Qarnas Port Authority, said the quay would open next month.' },
  { sentence: 'Laila al-Abdli, director of the Qarnas Port Authority, said the works ended on time.', flagged: 'director of the Qarnas Port Authority', todo: 'a director\'s title given to the spokeswoman gets no finding at all, even as advice: not traced' },
  { sentence: 'Laila al-Abdli, spokeswoman for the Qarnas Port Authority, said the works ended on time.' },
  { sentence: 'وقال مدير هيئة ميناء قرناس، خالد المنصوري، إن الرصيف سيستقبل السفن.' },
];

for (const { sentence, flagged, todo } of PROBES) {
  test(`${FILE}: ${flagged ? `flags ${flagged} (not as advice)` : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    const found = postFindings(sentence);
    if (flagged) assert.ok(found.some((f) => f === `error: ${flagged}` || f === `warning: ${flagged}`), JSON.stringify(found));
    else assert.deepEqual(found, []);
  });
}
