/**
 * The engine serves any story whose fact base follows the schema: a second, unrelated story
 * (an English article about a harbour authority) is checked with no code change, and mixing it
 * with the bundled fact base keeps both stories' findings apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, parseFactBase, type FactBaseData } from '../../engine/src/index';
import { bundled, repoRoot } from './helpers';

const dir = join(repoRoot, 'tests', 'fixtures', 'story-b');

function storyB(): FactBaseData {
  const file = join(dir, 'portmere.factbase.json');
  const parsed = parseFactBase(readFileSync(file, 'utf8'), file, readFileSync(join(dir, 'article.en.txt'), 'utf8'));
  assert.deepEqual(parsed.problems, []);
  return parsed.factBase!;
}

const spans = (text: string, findings: { ruleId: string; range: { start: number; end: number } }[]) =>
  findings.map((finding) => `${finding.ruleId}: ${text.slice(finding.range.start, finding.range.end)}`);

test('another story: the article checks clean', () => {
  const checker = createChecker([storyB()], { scope: 'all' });
  const article = readFileSync(join(dir, 'article.en.txt'), 'utf8');
  assert.deepEqual(spans(article, checker.check(article, { format: 'plaintext' }).findings), []);
});

test('another story: names, posts, dates, numbers and quotes are checked', () => {
  const checker = createChecker([storyB()], { scope: 'all' });
  const draft = [
    'Portmere named Dana Okafur its chief executive.',
    'The Harbour Authority appointed Okafor in April 2023.',
    'Four cranes would be replaced by the end of June 2024.',
    'Okafor said: "Our first duty is to make the quays profitable for every crew that uses them."',
    'Council member Ivo Brandt, who heads the city\'s Finance Committee, welcomed her.',
  ].join('\n\n');
  assert.deepEqual(spans(draft, checker.check(draft).findings), [
    'name-spelling: Dana Okafur',
    'event-date: April',
    'quantity: Four',
    'quote-wording: profitable',
    'post-holder: Finance',
  ]);
});

test('another story: true statements it does not cover are not flagged', () => {
  const checker = createChecker([storyB()], { scope: 'all' });
  const draft = 'Mayor Ines Roth, who took office in 2021, praised the harbour. Two ferries arrived in May 2022.';
  assert.deepEqual(spans(draft, checker.check(draft).findings), []);
});

test('two fact bases at once: each story keeps its own facts', () => {
  const checker = createChecker([bundled().factBase, storyB()], { scope: 'all' });
  const draft = 'Dana Okafur met Mathew Millar. وأفادت خمسة مصادر عراقية بأن بغداد تريد الانسحاب.';
  assert.deepEqual(spans(draft, checker.check(draft).findings), ['name-spelling: Dana Okafur', 'name-spelling: Mathew Millar', 'quantity: خمسة']);
});
