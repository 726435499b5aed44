/**
 * Probes of a person's home town that the gazetteer does not know, given after the person's age
 * ("Tom Reid, 52, from Ulverstone", "a 34-year-old teacher from Zeehan"), written by helper places
 * (session 33) before its change. Drawing took a town the gazetteer does not know only after a
 * place noun or a word that takes only a place (near, based in), so the article's home town was no
 * place of the drawn fact base, and a draft that moved the person to a town the gazetteer knows was
 * not compared. The invented article (`seal-rescue33.en.txt`): seals freed near Strahan, with two
 * volunteers from Zeehan and Ulverstone and a photographer from AFP. Traps: the right towns;
 * the other volunteer's town in that volunteer's sentence; an organisation of the lexicon after an age and "from",
 * which is no place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probeChecker } from './drawProbeChecks';

const FILE = 'seal-rescue33.en.txt';

/** The English names of the places drawn from the probe article. */
function drawnPlaceNames(): string[] {
  const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', FILE), 'utf8');
  return (drawFactBase(article, {}).factBase.places as unknown as { names: { en?: string[] } }[]).flatMap((place) => place.names.en ?? []);
}

test('a home town after an age is drawn; an organisation after an age is not', () => {
  const names = drawnPlaceNames();
  assert.ok(names.includes('Zeehan') && names.includes('Ulverstone'), JSON.stringify(names));
  assert.ok(!names.includes('AFP'), JSON.stringify(names));
});

/** A sentence and the `actual → expected` of each `event-place` finding it must get (none when clean). */
const PROBES: { sentence: string; found: string[] }[] = [
  { sentence: 'Another volunteer, Tom Reid, 52, from Launceston, said he had driven four hours to help after seeing the news.', found: ['Launceston → Ulverstone'] },
  { sentence: 'Among the volunteers was Mia Carter, a 34-year-old teacher from Hobart, who spent ten hours in the cold water.', found: ['Hobart → Zeehan'] },
  // The right towns, and the other volunteer's town in that volunteer's own sentence.
  { sentence: 'Another volunteer, Tom Reid, 52, from Ulverstone, said he had driven four hours to help after seeing the news.', found: [] },
  { sentence: 'Among the volunteers was Mia Carter, a 34-year-old teacher from Zeehan, who spent ten hours in the cold water.', found: [] },
];

for (const { sentence, found } of PROBES) {
  test(`${found.length ? found.join(', ') : 'clean'}: ${sentence}`, () => {
    const findings = probeChecker(FILE).check(sentence).findings.filter((finding) => finding.ruleId === 'event-place');
    assert.deepEqual(findings.map((finding) => `${finding.actual} → ${finding.expected ?? ''}`), found);
  });
}
