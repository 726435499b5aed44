/**
 * Drafts of a story in the other language than its article, checked with the fact base drawn from
 * the article with no hand edits: two invented stories (`tests/fixtures/cross-language`: a Moroccan
 * rail contract in Arabic with a French executive, a New Zealand dairy co-operative in English),
 * three drafts each, one of them in the other language. Each draft's planted errors are listed
 * below as the words a finding must cover; everything else in the drafts is true, including other
 * spellings of the names (يوسف بن عمر الصديقى, Mohammed Abdel Jalil, هيلين مورو). The test prints
 * precision and recall and holds them at their floors; the errors not found yet are named.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';
import { createChecker, parseFactBase } from '../../engine/src/index';

const root = join(__dirname, '..', 'fixtures', 'cross-language');

/** The planted errors of each draft: the draft's wrong words. */
const STORIES: readonly { name: string; article: string; lang: 'ar' | 'en'; drafts: Record<string, string[]> }[] = [
  {
    name: 'rail',
    article: 'article.ar.txt',
    lang: 'ar',
    drafts: {
      // 16 trains for 18 (not found yet: a count of trains is not drawn), a changed letter in a French name, another portfolio.
      'rail-ar-1.md': ['16', 'لوفيبر', 'المالية'],
      'rail-ar-2.md': ['الأربعاء'],
      // 20 trains for 18 (not found yet), Amer for Omar (another given name in a transliterated name).
      'rail-en-1.md': ['20', 'Amer'],
    },
  },
  {
    name: 'dairy',
    article: 'article.en.txt',
    lang: 'en',
    drafts: {
      'dairy-en-1.md': ['560', 'Morrow'],
      // Dunedin for Invercargill and 1915 for 1951 (not found yet: neither place nor year is drawn).
      'dairy-en-2.md': ['Dunedin', '1915'],
      // Another portfolio in Arabic, and a changed letter in the Arabic form of an English name.
      'dairy-ar-1.md': ['التجارة', 'مورين'],
    },
  },
];

/** The floors: precision must stay at 1.00; recall measured 8/12 (0.67) when the test was written. */
const PRECISION_FLOOR = 1;
const RECALL_FLOOR = 0.65;

test('drafts in the other language than the article: drawn precision and recall on two invented stories', () => {
  let found = 0;
  let falseAlarms = 0;
  let errors = 0;
  const missed: string[] = [];
  for (const story of STORIES) {
    const dir = join(root, story.name);
    const article = readFileSync(join(dir, story.article), 'utf8');
    const parsed = parseFactBase(JSON.stringify(drawFactBase(article, { lang: story.lang }).factBase), `${story.name}.factbase.json`, article);
    assert.deepEqual(parsed.problems, [], story.name);
    const checker = createChecker([parsed.factBase!], { scope: 'all' });
    for (const [file, wrong] of Object.entries(story.drafts)) {
      const text = readFileSync(join(dir, 'drafts', file), 'utf8');
      const covered = checker.check(text).findings.map((finding) => text.slice(finding.range.start, finding.range.end));
      errors += wrong.length;
      for (const words of wrong) {
        if (covered.some((span) => span.includes(words))) found++;
        else missed.push(`${file}: ${words}`);
      }
      for (const span of covered) {
        if (!wrong.some((words) => span.includes(words))) {
          falseAlarms++;
          missed.push(`${file}: FALSE ALARM on “${span}”`);
        }
      }
    }
  }
  const precision = found + falseAlarms === 0 ? 1 : found / (found + falseAlarms);
  const recall = found / errors;
  console.log(`# cross-language drawn: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${found}/${errors}); not found: ${missed.join('; ')}`);
  assert.ok(precision >= PRECISION_FLOOR, `precision ${precision.toFixed(2)}: ${missed.join('; ')}`);
  assert.ok(recall >= RECALL_FLOOR, `recall ${recall.toFixed(2)}: ${missed.join('; ')}`);
});
