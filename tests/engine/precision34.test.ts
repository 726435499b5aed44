/**
 * Precision probes (session 34): true drafts that restate an article in other words must get no
 * finding, and the wrong drafts beside them must stay flagged.
 *
 * A sum of another thing in the sentence: a draft that gives a loan's right figure and, in the
 * same sentence, what someone else contributed («بقرض قيمته 450 مليون درهم، بينما ساهم المجلس
 * بـ150 مليون درهم») does not give the loan a second, wrong figure; the loan's noun is the right
 * figure's. A wrong loan beside it stays flagged. Sentences and articles invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

/** A checker with the fact base drawn from `article`. */
function drawnChecker(article: string) {
  const factBase = drawFactBase(article, { published: '2026-11-03' }).factBase;
  return createChecker([parseFactBase(JSON.stringify(factBase), 'probe.factbase.json', article).factBase!], { scope: 'all' });
}

/** The texts and fixes of a rule's findings on a sentence. */
function found(checker: ReturnType<typeof drawnChecker>, ruleId: string, sentence: string): string[] {
  return checker
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${sentence.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

const BRIDGE = [
  'LAGOS, Nov 3 (Reuters) - Nigeria opened a new bridge over the Niger river on Sunday at a total cost of 90 billion naira, the works minister said.',
  'The African Development Bank financed the bridge with a loan of 45 billion naira, the minister said.',
  'The Anambra state government contributed 15 billion naira, its governor said, adding that the bridge would carry 20,000 vehicles a day.',
].join('\n\n') + '\n';

const DAM = [
  'الرباط - افتتح وزير التجهيز المغربي يوم الأحد سداً جديداً في إقليم تازة بكلفة إجمالية بلغت 900 مليون درهم.',
  'وقال الوزير إن البنك الأفريقي للتنمية موّل السد بقرض قيمته 450 مليون درهم.',
  'ومن جهته، قال رئيس مجلس الجهة إن المجلس ساهم بمبلغ 150 مليون درهم، وإن السد سيروي 12 ألف هكتار.',
].join('\n\n') + '\n';

const FARES = [
  'القاهرة - حددت وزارة السياحة كلفة الرحلة البرية بـ3200 جنيه والجوية بـ5400 جنيه.',
].join('\n\n') + '\n';

const bridge = drawnChecker(BRIDGE);
const fares = drawnChecker(FARES);
const dam = drawnChecker(DAM);

const SUMS_CLEAN: readonly [ReturnType<typeof drawnChecker>, string][] = [
  [bridge, 'The African Development Bank financed the bridge with a 45 billion naira loan and the state added 15 billion naira.'],
  [dam, 'وموّل البنك الأفريقي للتنمية السد بقرض قيمته 450 مليون درهم، بينما ساهم المجلس بـ150 مليون درهم.'],
];

for (const [checker, sentence] of SUMS_CLEAN) {
  test(`clean: a sum of something else beside the right sum: ${sentence}`, () => {
    assert.deepEqual(found(checker, 'quantity', sentence), []);
  });
}

const SUMS_FLAGGED: readonly [ReturnType<typeof drawnChecker>, string, string][] = [
  [bridge, 'The African Development Bank financed the bridge with a loan of 30 billion naira, while the state government contributed 15 billion naira.', '30 billion naira → 45'],
  [bridge, 'The African Development Bank financed the bridge with a loan of 15 billion naira.', '15 billion naira → 45'],
  [dam, 'وموّل البنك الأفريقي للتنمية السد بقرض قيمته 300 مليون درهم، فيما ساهم مجلس الجهة بمبلغ 150 مليون درهم.', '300 مليون درهم → 450'],
  [dam, 'وموّل البنك الأفريقي للتنمية السد بقرض قيمته 150 مليون درهم.', '150 مليون درهم → 450'],
  // The article's sentence gives two sums: the second of the draft's pair may be a slip for its other one.
  [fares, 'The ministry set the cost at 3,200 Egyptian pounds overland and 4,500 Egyptian pounds by air.', '4,500 Egyptian pounds → 3,200'],
  [fares, 'وتبلغ كلفة الرحلة البرية 3200 جنيه والجوية 4500 جنيه.', '4500 جنيه → 5400'],
];

for (const [checker, sentence, expected] of SUMS_FLAGGED) {
  test(`flags the wrong sum: ${sentence}`, () => {
    assert.deepEqual(found(checker, 'quantity', sentence), [expected]);
  });
}
