/**
 * Drawing the figures of fates and of asked money, probed by helper numbers22 before the changes
 * that draw them, on two invented articles of tests/engine/fixtures/drawProbes: landslides in
 * Nepal's Dolakha district (`landslide-dolakha.en.txt`: 36 dead or missing, 14 still missing, a Red
 * Cross that needs $3.5 million and appeals for $1.2 million, a government pledge of $800,000) and
 * floods in Sudan's Gedaref (`floods-gedaref.ar.txt`: «45 شخصا بين قتيل ومفقود», «لا يزال 16
 * شخصا في عداد المفقودين», a Red Crescent that needs 5 million dollars and appeals for 2 million, a
 * pledge of 700,000). A combined figure is drawn with both fates' nouns, the still missing as the
 * missing, and money needed, appealed for or pledged with its own noun; wrong figures are flagged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, probe } from './drawProbeChecks';

const NEPAL = 'landslide-dolakha.en.txt';
const SUDAN = 'floods-gedaref.ar.txt';

const article = (file: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', file), 'utf8');

/** The English nouns of the quantity drawn with `value`, or the Arabic ones when it has none in English. */
function nounsOf(file: string, value: number): string[] {
  const found = drawnQuantities(article(file)).find((q) => q.value === value && !q.review?.unsure);
  return [...(found?.noun?.en ?? found?.noun?.ar ?? [])];
}

const NOUNS: { file: string; value: number; nouns: string[]; todo?: string }[] = [
  { file: NEPAL, value: 36, nouns: ['dead', 'missing'] },
  { file: NEPAL, value: 14, nouns: ['missing'] },
  { file: NEPAL, value: 3_500_000, nouns: ['need'] },
  { file: NEPAL, value: 1_200_000, nouns: ['appeal'] },
  { file: NEPAL, value: 800_000, nouns: ['pledge'] },
  { file: SUDAN, value: 45, nouns: ['dead', 'missing'] },
  { file: SUDAN, value: 16, nouns: ['missing'] },
  { file: SUDAN, value: 5_000_000, nouns: ['need'] },
  { file: SUDAN, value: 2_000_000, nouns: ['appeal'] },
  { file: SUDAN, value: 700_000, nouns: ['pledge'] },
];

for (const { file, value, nouns, todo } of NOUNS) {
  test(`${file}: ${value} is drawn with the nouns ${nouns.join(', ')}`, todo ? { todo } : {}, () => {
    const drawn = nounsOf(file, value);
    for (const noun of nouns) assert.ok(drawn.includes(noun), `${noun} not in ${JSON.stringify(drawn)}`);
  });
}

// A combined figure, and the dead or the missing alone.
probe(NEPAL, { sentence: "Landslides in Nepal's Dolakha district have left 36 people dead or missing." });
probe(NEPAL, { sentence: 'Landslides in Dolakha left 36 dead or missing, officials said.' });
probe(NEPAL, { sentence: "Landslides in Nepal's Dolakha district have left 63 people dead or missing.", rule: 'quantity' });
probe(NEPAL, { sentence: 'Police said 14 people were still missing after mud buried a village near Charikot.' });
probe(NEPAL, { sentence: 'Fourteen people remain missing, police said.' });
probe(NEPAL, { sentence: 'Police said 41 people were still missing after mud buried a village near Charikot.', rule: 'quantity' });
probe(SUDAN, { sentence: 'خلفت السيول في ولاية القضارف 45 شخصا بين قتيل ومفقود.' });
probe(SUDAN, { sentence: 'خلفت السيول في ولاية القضارف 54 شخصا بين قتيل ومفقود.', rule: 'quantity' });
probe(SUDAN, { sentence: 'ولا يزال 16 شخصا في عداد المفقودين بعد السيول.' });
probe(SUDAN, { sentence: 'وما زال 16 شخصا مفقودين في القضارف.' });
probe(SUDAN, { sentence: 'ولا يزال 61 شخصا في عداد المفقودين بعد السيول.', rule: 'quantity' });
// Money needed, appealed for and pledged: each compared with its own figure.
probe(NEPAL, { sentence: 'The Nepal Red Cross Society said it needed $3.5 million to help 8,000 displaced families.' });
probe(NEPAL, { sentence: 'The Nepal Red Cross Society said it needed $5.3 million to help displaced families.', rule: 'quantity' });
probe(NEPAL, { sentence: 'The Red Cross needs $3.5 million and has appealed to donors for $1.2 million in emergency funds.' });
probe(NEPAL, { sentence: 'The Red Cross appealed to donors for $2.1 million in emergency funds.', rule: 'quantity' });
probe(NEPAL, { sentence: 'The government has pledged $800,000 in relief.' });
probe(NEPAL, { sentence: 'The government has pledged $900,000 in relief.', rule: 'quantity' });
probe(SUDAN, { sentence: 'وقالت جمعية الهلال الأحمر السوداني إنها تحتاج إلى 5 ملايين دولار.' });
probe(SUDAN, { sentence: 'وقالت جمعية الهلال الأحمر السوداني إنها تحتاج إلى 7 ملايين دولار.', rule: 'quantity' });
probe(SUDAN, { sentence: 'وناشدت جمعية الهلال الأحمر المانحين توفير مليوني دولار بشكل عاجل.' });
probe(SUDAN, { sentence: 'وناشدت جمعية الهلال الأحمر المانحين توفير ثلاثة ملايين دولار بشكل عاجل.', rule: 'quantity' });
probe(SUDAN, { sentence: 'وتعهدت الحكومة بتقديم 700 ألف دولار للمتضررين.' });
probe(SUDAN, { sentence: 'وتعهدت الحكومة بتقديم 900 ألف دولار للمتضررين.', rule: 'quantity' });
