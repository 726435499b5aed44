/**
 * Probes of a route whose two ends are swapped ("from Alexandria to Tanta" for the article's line
 * from Tanta to Alexandria, «من صفاقس إلى سوسة» for «من سوسة إلى صفاقس»), written by helper places
 * (session 32) before its change. Each end is one of the article's, so the check of a changed end
 * (`places/routes.ts`) found nothing to compare. The articles are the invented railway lines of
 * session 30 (`rail-tanta30.en.txt`, `rail-sousse30.ar.txt`); the swap is flagged whole, with the
 * draft's own two names put back in the article's order, in both languages. Traps: the article's
 * own route; a journey of another event the other way round, in a sentence that restates another of
 * the article's sentences; a round trip that names the article's way too; a way back told by a word
 * of return (return, back, «تعود», «العودة»), added after the change flagged it; and the ends of
 * the story's other route, each kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeChecker } from './drawProbeChecks';

const TANTA = 'rail-tanta30.en.txt';
const SOUSSE = 'rail-sousse30.ar.txt';

/** A sentence and the `actual → expected` of each `event-place` finding it must get (none when clean). */
const PROBES: { file: string; sentence: string; found: string[] }[] = [
  // The two ends swapped, in the article's language and in the other one.
  { file: TANTA, sentence: 'Egypt on Monday began work on a 210 km railway line from Alexandria to Tanta, the ministry said.', found: ['Alexandria to Tanta → Tanta to Alexandria'] },
  { file: TANTA, sentence: 'بدأت مصر يوم الاثنين أشغال خط سكة حديد بطول 210 كيلومترات من الإسكندرية إلى طنطا.', found: ['الإسكندرية إلى طنطا → طنطا إلى الإسكندرية'] },
  { file: SOUSSE, sentence: 'أطلقت تونس الأربعاء أشغال خط حديدي جديد بطول 130 كيلومتراً من صفاقس إلى سوسة.', found: ['صفاقس إلى سوسة → سوسة إلى صفاقس'] },
  { file: SOUSSE, sentence: 'Tunisia on Wednesday launched work on a new 130 km railway line from Sfax to Sousse.', found: ['Sfax to Sousse → Sousse to Sfax'] },
  // The article's own route.
  { file: TANTA, sentence: 'Egypt on Monday began work on a 210 km railway line from Tanta to Alexandria, the ministry said.', found: [] },
  { file: SOUSSE, sentence: 'أطلقت تونس الأربعاء أشغال خط حديدي جديد بطول 130 كيلومتراً من سوسة إلى صفاقس.', found: [] },
  // A journey of another event the other way round.
  { file: TANTA, sentence: 'Wazir, who travelled from Alexandria to Tanta on Sunday, said at the ceremony that the line would open in 2029.', found: [] },
  { file: SOUSSE, sentence: 'وقال عامري، الذي سافر من صفاقس إلى سوسة، في الحفل إن الخط سيدخل الخدمة عام 2030.', found: [] },
  // A round trip that names the article's way too.
  { file: TANTA, sentence: 'Trains on the 210 km railway line will run from Tanta to Alexandria and from Alexandria to Tanta every hour.', found: [] },
  // A way back, told by a word of return (found after the change: a return trip was read as a swap).
  { file: TANTA, sentence: 'Trains will return from Alexandria to Tanta each evening on the new 210 km railway line.', found: [] },
  { file: TANTA, sentence: 'Egypt on Monday began work on a 210 km railway line, with trains back from Alexandria to Tanta each evening.', found: [] },
  { file: SOUSSE, sentence: 'وستعود القطارات من صفاقس إلى سوسة كل مساء على الخط الحديدي الجديد بطول 130 كيلومتراً.', found: [] },
  { file: SOUSSE, sentence: 'وتنطلق رحلات العودة من صفاقس إلى سوسة كل مساء على الخط الحديدي الجديد بطول 130 كيلومتراً.', found: [] },
  // The other route, told right.
  { file: TANTA, sentence: 'Freight trains already run on an older line from Damietta to Mansoura, the ministry added.', found: [] },
];

for (const { file, sentence, found } of PROBES) {
  test(`${file}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    const findings = probeChecker(file).check(sentence).findings.filter((finding) => finding.ruleId === 'event-place');
    assert.deepEqual(findings.map((finding) => `${finding.actual} → ${finding.expected ?? ''}`), found);
  });
}
