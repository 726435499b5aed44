/**
 * Shared set-up for engine tests: the bundled fact base, loaded once, and a checker over it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase, type DrawOptions } from '../../engine/src/draw/index';
import { createChecker, parseFactBase, type Checker, type FactBaseData } from '../../engine/src/index';

export const repoRoot = join(__dirname, '..', '..');

let cached: { factBase: FactBaseData; checker: Checker } | undefined;

/**
 * The bundled fact base and a checker over it. Rule tests check one-sentence drafts that name too
 * little of the story to be tied to it, so this checker lets the fact base speak about every
 * draft (`scope: 'all'`); tests/engine/scope.test.ts tests the tie itself.
 */
export function bundled(): { factBase: FactBaseData; checker: Checker } {
  if (cached) return cached;
  const file = join(repoRoot, 'knowledge', 'iraq-coalition-talks.factbase.json');
  const article = readFileSync(join(repoRoot, 'knowledge', 'article.ar.txt'), 'utf8');
  const parsed = parseFactBase(readFileSync(file, 'utf8'), file, article);
  if (!parsed.factBase) throw new Error(`bundled fact base is broken: ${JSON.stringify(parsed.problems)}`);
  cached = { factBase: parsed.factBase, checker: createChecker([parsed.factBase], { scope: 'all' }) };
  return cached;
}

const drawnCheckers = new Map<string, Checker>();

/**
 * The checker over the fact base drawn from an invented article, drawn once per article and
 * options. The drawn fact base must validate: the test fails on any problem the parser reports.
 * Like `bundled()`, it speaks about every draft (`scope: 'all'`), so one-sentence probes are checked.
 */
export function drawnChecker(article: string, options: DrawOptions = {}): Checker {
  const key = `${JSON.stringify(options)}\n${article}`;
  let checker = drawnCheckers.get(key);
  if (checker) return checker;
  const parsed = parseFactBase(JSON.stringify(drawFactBase(article, options).factBase), 'probe.factbase.json', article);
  assert.deepEqual(parsed.problems, []);
  checker = createChecker([parsed.factBase!], { scope: 'all' });
  drawnCheckers.set(key, checker);
  return checker;
}

/** The findings a sentence gets from a checker, one line each: `rule: flagged text`. */
export function flaggedWords(checker: Checker, sentence: string): string[] {
  return checker.check(sentence).findings.map((finding) => `${finding.ruleId}: ${sentence.slice(finding.range.start, finding.range.end)}`);
}

/**
 * An evidence citer for a fact base written in a test: `cite(text)` is the range of the first
 * `text` in `article`, and fails the test when the article does not hold it.
 */
export function citer(article: string): (text: string) => { start: number; end: number; text: string }[] {
  return (text: string) => {
    const start = article.indexOf(text);
    assert.ok(start >= 0, text);
    return [{ start, end: start + text.length, text }];
  };
}

/**
 * A fact base written in a test, parsed against its article: the test fails on any problem the
 * parser reports, so a fixture's typo never passes as a fact base with less in it.
 */
export function loadTestFactBase(data: object, file: string, article: string): FactBaseData {
  const parsed = parseFactBase(JSON.stringify(data), file, article);
  assert.deepEqual(parsed.problems, []);
  return parsed.factBase!;
}

/**
 * The findings of a draft as one line each, `rule: flagged text → first fix` (the fix empty when
 * there is none), the way rule tests compare them; only the rules named, when any are.
 */
export function findingLines(checker: Checker, ruleIds?: readonly string[]): (draft: string) => string[] {
  return (draft: string) =>
    checker
      .check(draft)
      .findings.filter((finding) => !ruleIds || ruleIds.includes(finding.ruleId))
      .map((finding) => `${finding.ruleId}: ${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''}`);
}

/** Evidence of a fact base written in a test: the English or the Arabic text, by the article's language. */
export type OwnEvidence = (en: string, ar: string) => { start: number; end: number; text: string }[];

/**
 * A story written in both languages for a test: the facts once, each citing its evidence in the
 * English and the Arabic article (`own(en, ar)`), and a checker over the fact base of either
 * article that lists the findings of the rules named, as `findingLines` does.
 */
export function bilingualChecker(
  story: { id: string; published: string; facts: (own: OwnEvidence) => object },
  ruleIds?: readonly string[],
): (article: string, lang: 'ar' | 'en') => (draft: string) => string[] {
  return (article, lang) => {
    const cite = citer(article);
    const own: OwnEvidence = (en, ar) => cite(lang === 'en' ? en : ar);
    const data = { schemaVersion: 2, id: `${story.id}-${lang}`, source: { file: `article.${lang}.txt`, lang, published: story.published }, ...story.facts(own) };
    return findingLines(createChecker([loadTestFactBase(data, `${story.id}-${lang}.factbase.json`, article)], { scope: 'all' }), ruleIds);
  };
}

/**
 * A fixture story's fact base (`tests/fixtures/<folder>/<factBase>`) parsed against its article;
 * the test fails on any problem the parser reports.
 */
export function fixtureFactBase(folder: string, factBase = 'editor.factbase.json', article = 'article.en.txt'): FactBaseData {
  const dir = join(repoRoot, 'tests', 'fixtures', folder);
  const file = join(dir, factBase);
  const parsed = parseFactBase(readFileSync(file, 'utf8'), file, readFileSync(join(dir, article), 'utf8'));
  assert.deepEqual(parsed.problems, []);
  return parsed.factBase!;
}

/**
 * The event-date findings of a one-paragraph draft, as `flagged text → fix @ event id`: how the
 * date tests state what a draft gets.
 */
export function datedFindings(checker: Checker, draft: string): string[] {
  return checker
    .check(`${draft}\n`)
    .findings.filter((finding) => finding.ruleId === 'event-date')
    .map((finding) => `${draft.slice(finding.range.start, finding.range.end)} → ${finding.fixes[0]?.edits[0]?.text ?? ''} @ ${finding.factId}`);
}
