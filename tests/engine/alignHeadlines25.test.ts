/**
 * Which article sentence an Arabic draft sentence of an English article restates, probed by helper
 * align25 before the change that reads it. A headline shares a lead's names, its verb and a figure
 * ("Zambia opens $620 million Kasempa solar farm"); a draft sentence that tells the lead's event in
 * the other language («افتتحت زامبيا يوم الثلاثاء محطة كاسيمبا لتوليد الكهرباء … بقدرة 130 ميغاواط
 * … بكلفة 620 مليون دولار») is aligned through concepts, where only the sentences sharing the most
 * are kept: without the words of a power station (station, generating, capacity) the headline won,
 * and the lead's weekday was never tied to the event. Invented article: a solar power station in
 * Zambia (`solar-kasempa.en.txt`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { parseFactBase } from '../../engine/src/index';
import { analyse } from '../../engine/src/analysis';
import { KnowledgeIndex } from '../../engine/src/knowledge';
import { alignedSentences } from '../../engine/src/align';

const file = join(import.meta.dirname, 'fixtures', 'drawProbes', 'solar-kasempa.en.txt');
const article = readFileSync(file, 'utf8');
const knowledge = new KnowledgeIndex([parseFactBase(JSON.stringify(drawFactBase(article, {}).factBase), 'probe.factbase.json', article).factBase!]);

/** A draft sentence and the beginning of each article sentence it must be aligned with. */
const PROBES: { sentence: string; aligned: string[]; todo?: string }[] = [
  { sentence: 'افتتحت زامبيا يوم الثلاثاء محطة كاسيمبا لتوليد الكهرباء من الطاقة الشمسية، بقدرة 130 ميغاواط، في مشروع بلغت كلفته 620 مليون دولار.', aligned: ['SOLWEZI'] },
  { sentence: 'افتتحت زامبيا يوم الاثنين محطة كاسيمبا للطاقة الشمسية بقدرة 310 ميغاواط.', aligned: ['SOLWEZI'] },
  { sentence: 'Zambia inaugurated the Kasempa solar power station on Tuesday, a 130-megawatt plant.', aligned: ['SOLWEZI'] },
  // Traps: the headline and the cost keep their own sentences.
  { sentence: 'افتتحت زامبيا مزرعة كاسيمبا الشمسية بكلفة 620 مليون دولار.', aligned: ['Zambia opens'] },
  { sentence: 'وبلغت كلفة المشروع 620 مليون دولار.', aligned: ['The project cost'] },
];

for (const { sentence, aligned, todo } of PROBES) {
  test(`aligned with ${aligned.join(', ')}: ${sentence}`, todo ? { todo } : {}, () => {
    const analysis = analyse(sentence);
    const found = alignedSentences(analysis, knowledge, 0).map((one) => one.text.slice(0, 40));
    assert.deepEqual(
      found.map((text) => aligned.find((start) => text.startsWith(start)) ?? text),
      aligned,
    );
  });
}
