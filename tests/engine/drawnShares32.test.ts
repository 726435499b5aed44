/**
 * What a drawn percentage is a share of, probed by helper dnumbers32 before the change that serves
 * it: «نحو 25 في المئة من حاجة الولاية» is a share of the need (حاجة), a word written with ة, which
 * the stems also read as the table's pilgrim (حاج) with the pronoun ه; a feminine noun written with
 * ة carries no pronoun ه, so the share is not of pilgrims. Invented article: `desalination32.ar.txt`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawnQuantities, ruleProbe, type RuleProbe } from './drawProbeChecks';

const AR = 'desalination32.ar.txt';

test(`${AR}: a share of a word written with ة is of that word, not of a table noun with the pronoun ه`, () => {
  const share = drawnQuantities(readFileSync(join(import.meta.dirname, 'fixtures', 'drawProbes', AR), 'utf8')).find((q) => q.unit === 'percent');
  assert.ok(share?.noun?.ar?.includes('حاجة'), JSON.stringify(share));
  assert.ok(!share?.noun?.en?.includes('pilgrims'), JSON.stringify(share));
});

const PROBES: RuleProbe[] = [
  { file: AR, sentence: 'وقال مدير المحطة إنها ستغطي نحو 35 في المئة من حاجة الولاية من مياه الشرب.', flagged: '35 في المئة' },
  { file: AR, sentence: 'وقال مدير المحطة إنها ستغطي نحو 25 في المئة من حاجة الولاية من مياه الشرب.' },
  // A share of pilgrims is another matter.
  { file: AR, sentence: 'وقالت الوزارة إن 40 في المئة من الحجاج من كبار السن.' },
  { file: AR, sentence: 'The ministry said 40% of the pilgrims were elderly.' },
];

for (const probe of PROBES) ruleProbe('quantity', probe);
