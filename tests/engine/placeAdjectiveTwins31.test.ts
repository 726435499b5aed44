/**
 * Probes of a town the gazetteer names in Arabic only with its country's adjective (القنيطرة
 * المغربية, Kenitra; القنيطرة السورية, Quneitra), because its bare name is shared by a town of
 * another country; written by helper places (session 31) before its change. The invented articles
 * name the bare town (`hospital-kenitra31.ar.txt`, a hospital opened in Kenitra, Morocco;
 * `clinic-quneitra31.ar.txt`, a clinic opened in Quneitra, Syria); the drawn fact base must hold
 * the town of the article's country, so that the event has its place: another town is flagged with
 * the right fix, in both languages, and the town itself is clean. Traps: the other country's town
 * of the same bare name, which must not be drawn, and is wrong where named in a draft.
 * The drawing was dropped once (session 31) because the town drawn as the gazetteer's became a
 * name many stories share for story detection; session 34 keeps its bare name as a drawn anchor
 * (probed in `places34.test.ts`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probeChecker } from './drawProbeChecks';

const KENITRA = 'hospital-kenitra31.ar.txt';
const QUNEITRA = 'clinic-quneitra31.ar.txt';

/** The ids of the places drawn from a probe article. */
function drawnPlaces(file: string): string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');
  return (drawFactBase(article, {}).factBase.places as { id: string }[]).map((place) => place.id);
}

test('the bare name of a town known with its adjective is drawn as the town of the article\'s country', () => {
  assert.ok(drawnPlaces(KENITRA).includes('kenitra'));
  assert.ok(!drawnPlaces(KENITRA).includes('quneitra'));
  assert.ok(drawnPlaces(QUNEITRA).includes('quneitra'));
  assert.ok(!drawnPlaces(QUNEITRA).includes('kenitra'));
});

/** A sentence and the `actual → expected` of each `event-place` finding it must get (none when clean). */
/**
 * An English draft of this Arabic article does not back its one-word trigger (opened): no town
 * there is flagged yet, Rabat or Daraa no more than Kenitra, whatever the drawing of the twins.
 */
const UNBACKED = 'the English trigger "opened" is not backed in this draft: no other town (Rabat, Daraa) is flagged there either';

const PROBES: { file: string; sentence: string; found: string[]; todo?: string }[] = [
  { file: KENITRA, sentence: 'افتتحت وزارة الصحة يوم الثلاثاء مستشفى إقليمياً جديداً في فاس بطاقة 250 سريراً.', found: ['فاس → القنيطرة'] },
  { file: KENITRA, sentence: 'The health ministry opened a new 250-bed regional hospital in Fez on Tuesday.', found: ['Fez → Kenitra'] },
  { file: KENITRA, sentence: 'افتتحت وزارة الصحة يوم الثلاثاء مستشفى جديداً في القنيطرة.', found: [] },
  { file: KENITRA, sentence: 'The health ministry opened a new 250-bed hospital in Kenitra on Tuesday.', found: [] },
  { file: QUNEITRA, sentence: 'افتتحت المنظمة يوم الأربعاء عيادة متنقلة في السويداء.', found: ['السويداء → القنيطرة'] },
  { file: QUNEITRA, sentence: 'A local aid group opened a mobile clinic in Quneitra on Wednesday.', found: [] },
  { file: QUNEITRA, sentence: 'A local aid group opened a mobile clinic in Kenitra on Wednesday.', found: ['Kenitra → Quneitra'], todo: UNBACKED },
];

for (const { file, sentence, found, todo } of PROBES) {
  test(`${file}: ${found.length ? found.join(', ') : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    const findings = probeChecker(file).check(sentence).findings.filter((finding) => finding.ruleId === 'event-place');
    assert.deepEqual(findings.map((finding) => `${finding.actual} → ${finding.expected ?? ''}`), found);
  });
}
