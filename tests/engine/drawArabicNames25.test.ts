/**
 * Arabic names drawn too long or from common words, probed by helper draw25b before the change
 * that fixes them, on an invented article of a truck fleet renewed in Zarqa
 * (`trucks-zarqa.ar.txt`). A name with no comma after it runs on into the verb's object («وانتقد
 * النائب … سامي قعوار بطء التنفيذ» drawn as the person «سامي قعوار بطء التنفيذ»), and a given name
 * that is also a common noun, before a noun the article writes elsewhere without the article (عمر
 * الشاحنة, "the truck's age", beside «340 شاحنة»), is drawn as a person. A wrong drawn person costs
 * more than a missing one: the probes read the people drawn, and sentences that must stay clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { probeFindings } from './drawProbeChecks';

const FILE = 'trucks-zarqa.ar.txt';
const article = readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', FILE), 'utf8');
const drawnNames = (drawFactBase(article, {}).factBase.people as unknown as { names: { ar?: string[] } }[]).flatMap((person) => person.names.ar ?? []);

/** Names that must be drawn as written, and words that must be no person's. */
const PEOPLE: { name: string; drawn: boolean }[] = [
  { name: 'سامي قعوار', drawn: true },
  { name: 'سامي قعوار بطء التنفيذ', drawn: false },
  { name: 'فراس الطراونة', drawn: true },
  { name: 'لينا حداد', drawn: true },
  { name: 'عمر الشاحنة', drawn: false },
];

for (const { name, drawn } of PEOPLE) {
  test(`${FILE}: ${drawn ? 'drawn' : 'not drawn'} as a person: ${name}`, () => {
    assert.equal(drawnNames.includes(name), drawn, JSON.stringify(drawnNames));
  });
}

/** True restatements that must check clean against the drawn fact base. */
const CLEAN = [
  'وانتقد النائب عن محافظة الزرقاء سامي قعوار بطء التنفيذ.',
  'واشترط الطراونة ألا يتجاوز عمر الشاحنة عشر سنوات.',
  'وقالت لينا حداد، رئيسة نقابة أصحاب الشاحنات، إن 60 في المئة من الشاحنات تجاوز عمرها خمسة عشر عاماً.',
];

for (const sentence of CLEAN) {
  test(`${FILE}: clean: ${sentence}`, () => {
    assert.deepEqual(probeFindings(FILE, sentence), []);
  });
}
