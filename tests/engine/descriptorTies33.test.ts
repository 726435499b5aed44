/**
 * Affiliation probes (session 33): a person described by trade set off after the name, with the
 * body they work at ("Helen Carver, a hydrologist at Eastfield University"; "Helen Carver,
 * hydrologist at …"; «هيلين كارفر، الباحثة في جامعة …»), is compared with the body the article
 * ties the person to. Traps: the true body in either language, a former post ("a former lecturer
 * at"), a place after "at", and a person with no tie. Article and sentences invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

const ARTICLE = [
  'LEEDS — The Aire river fell to its lowest level in forty years on Tuesday, the Environment Agency said.',
  'Dr Helen Carver, a hydrologist at Westbrook University, said the dry spring had left reservoirs at 41 per cent. "We have not seen this since 1984," she said.',
].join('\n\n') + '\n';

const checker = createChecker([parseFactBase(JSON.stringify(drawFactBase(ARTICLE, { published: '2026-05-12' }).factBase), 'probe.factbase.json', ARTICLE).factBase!], { scope: 'all' });
/** The tie findings a sentence gets: a body of no political kind is reported by `post-holder`, as after "works at". */
const affiliationFindings = (sentence: string) =>
  checker
    .check(sentence)
    .findings.filter((finding) => finding.ruleId === 'affiliation' || finding.ruleId === 'post-holder')
    .map((finding) => sentence.slice(finding.range.start, finding.range.end));

const FLAGGED: readonly [string, string][] = [
  ['Helen Carver, a hydrologist at Eastfield University, said the spring was dry.', 'Eastfield University'],
  ['— Helen Carver, hydrologist at Eastfield University', 'Eastfield University'],
  ['وقالت هيلين كارفر، الباحثة في جامعة إيستفيلد، إن الربيع كان جافاً.', 'إيستفيلد'],
];

for (const [sentence, words] of FLAGGED) {
  test(`flags the wrong body: ${sentence}`, () => {
    const found = affiliationFindings(sentence);
    assert.ok(found.some((finding) => finding.includes(words)), JSON.stringify(found));
  });
}

const CLEAN: readonly string[] = [
  'Helen Carver, a hydrologist at Westbrook University, said the spring was dry.',
  '— Helen Carver, hydrologist at Westbrook University',
  'وقالت هيلين كارفر، الباحثة في جامعة ويستبروك، إن الربيع كان جافاً.',
  'Helen Carver, a former lecturer at Eastfield University, said the spring was dry.',
  'Helen Carver, a hydrologist at Leeds, said the spring was dry.',
  'Tom Reid, a farmer at Eastfield Farm, said the spring was dry.',
  // A participle tells where she was, not where she works (found in review).
  'Helen Carver, speaking at Eastfield University, said the spring was dry.',
  'Helen Carver, pictured at Eastfield University last year, said the spring was dry.',
];

for (const sentence of CLEAN) {
  test(`clean: ${sentence}`, () => {
    assert.deepEqual(affiliationFindings(sentence), []);
  });
}
