/**
 * A negated hedge bounds a figure from above: "did not exceed 5 per cent", "no more than 4.5%",
 * «لم يتجاوز معدل التضخم 3 في المئة», «لم يزد على» say the figure is at most that, so the article's
 * lower figure is true of it and its higher one contradicts it. Read as "more than", it flagged the
 * true bounds and passed the wrong ones. Probes over the invented jobless-rate stories of
 * tests/engine/fixtures/drawProbes (Kenya's inflation 4.1 per cent, Morocco's 2.1 and its
 * unemployment 12.8), with the drawn fact bases; the drawing of a negated hedge is tested too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../engine/src/analysis';
import { hedgesBefore } from '../../engine/src/extract/hedges';
import { drawFactBase } from '../../engine/src/draw/index';
import { probe } from './drawProbeChecks';

const KENYA = 'jobs-kenya.en.txt';
probe(KENYA, { sentence: 'Inflation did not exceed 5 per cent in July.' });
probe(KENYA, { sentence: 'Inflation did not exceed 4 per cent in July.', rule: 'quantity' });
probe(KENYA, { sentence: 'Inflation was no more than 4.5% in July.' });
probe(KENYA, { sentence: 'Inflation was no more than 4% in July.', rule: 'quantity' });
probe(KENYA, { sentence: 'Inflation has not risen above 4.5 per cent this year, July\'s figure of 4.1 per cent included.' });

const MOROCCO = 'jobs-morocco.ar.txt';
probe(MOROCCO, { sentence: 'لم يتجاوز معدل التضخم السنوي 3 في المئة في سبتمبر.' });
probe(MOROCCO, { sentence: 'لم يتجاوز معدل التضخم السنوي 2 في المئة في سبتمبر.', rule: 'quantity' });
probe(MOROCCO, { sentence: 'ولم تتجاوز البطالة 13 في المئة في الربع الثالث.' });
probe(MOROCCO, { sentence: 'ولم تتجاوز البطالة 12 في المئة في الربع الثالث.', rule: 'quantity' });
probe(MOROCCO, { sentence: 'ولم يزد معدل التضخم على 3 في المئة في سبتمبر.' });
probe(MOROCCO, { sentence: 'ولم يزد معدل التضخم على 2 في المئة في سبتمبر.', rule: 'quantity' });
// A bound that is not negated keeps its reading: more than 2 per cent is true of 2.1.
probe(MOROCCO, { sentence: 'وتجاوز معدل التضخم 2 في المئة في سبتمبر.' });
probe(MOROCCO, { sentence: 'وبلغ معدل التضخم ما لا يقل عن 2 في المئة في سبتمبر.' });

/** The hedges read before the first figure of a sentence. */
function hedgesOf(sentence: string): string[] {
  const analysis = analyse(sentence);
  const digit = analysis.tokens.findIndex((token) => token.script === 'digit');
  return [...hedgesBefore(analysis.tokens, digit)].sort();
}

test('a negated bound above is a bound below, and a negated bound below one above', () => {
  assert.deepEqual(hedgesOf('Inflation did not exceed 5 per cent.'), ['below']);
  assert.deepEqual(hedgesOf('Turnout was no more than 40%.'), ['below']);
  assert.deepEqual(hedgesOf('There were no fewer than 40 boats.'), ['above']);
  assert.deepEqual(hedgesOf('لم تتجاوز النسبة 28 في المئة.'), ['below']);
  assert.deepEqual(hedgesOf('ما لا يقل عن 40 قارباً.'), ['above']);
  assert.deepEqual(hedgesOf('تجاوزت النسبة 28 في المئة.'), ['above']);
  assert.deepEqual(hedgesOf('Prices are expected to exceed 5 per cent.'), ['above']);
});

test('drawing reads a negated bound above as up-to', () => {
  const drawn = drawFactBase('السدود\nالرباط، 4 نوفمبر 2026 (رويترز) - قال الوزير إن نسبة ملء السدود لم تتجاوز 28 في المئة.\n', {}).factBase as unknown as { quantities: { value: number; approx?: string }[] };
  assert.deepEqual(drawn.quantities.filter((q) => q.value === 28).map((q) => q.approx), ['up-to']);
  const english = drawFactBase('Dams\nRABAT, Nov 4, 2026 (Reuters) - Dams were no more than 28 per cent full, the minister said.\n', {}).factBase as unknown as { quantities: { value: number; approx?: string }[] };
  assert.ok(!english.quantities.some((q) => q.value === 28 && q.approx === 'more-than'), JSON.stringify(english.quantities));
});
