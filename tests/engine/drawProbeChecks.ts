/**
 * The checks the draw-probe tests share: a checker over the fact base drawn from an invented
 * article of tests/engine/fixtures/drawProbes (drawn once per article), the findings a sentence
 * gets from it, and a test per sentence probe (a wrong restatement gets a finding of its rule, a
 * true one none; a probe drawing does not serve yet is a todo test, named by what it waits for),
 * and the quantities drawn from an article, as the quantity tests read them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawFactBase } from '../../engine/src/draw/index';

import type { Checker } from '../../engine/src/index';
import { drawnChecker } from './helpers';

const dir = join(import.meta.dirname, 'fixtures', 'drawProbes');
const checkers = new Map<string, Checker>();

/** The checker over the fact base drawn from a probe article, drawn once. */
export function probeChecker(file: string): Checker {
  let checker = checkers.get(file);
  if (checker) return checker;
  const article = readFileSync(join(dir, file), 'utf8');
  checker = drawnChecker(article);
  checkers.set(file, checker);
  return checker;
}

/** The rule ids of the findings a sentence gets, with the text each flags. */
export function probeFindings(file: string, sentence: string): string[] {
  return probeChecker(file)
    .check(sentence)
    .findings.map((f) => `${f.ruleId}: ${sentence.slice(f.range.start, f.range.end)}`);
}

/** One sentence probe. */
export interface Probe {
  sentence: string;
  /** The rule a wrong restatement must get a finding of; none for a true restatement. */
  rule?: string;
  /** Set while drawing does not serve the probe yet: what it waits for. */
  todo?: string;
}

/** A test of one sentence probe against a probe article's drawn fact base. */
export function probe(file: string, { sentence, rule, todo }: Probe): void {
  test(`${file}: ${rule ? `flagged (${rule})` : 'not flagged'}: ${sentence}`, todo ? { todo } : {}, () => {
    const found = probeFindings(file, sentence);
    if (rule) assert.ok(found.some((f) => f.startsWith(`${rule}:`)), JSON.stringify(found));
    else assert.deepEqual(found, []);
  });
}

/** A sentence probe of one rule that names the words its finding must flag. */
export interface RuleProbe {
  file: string;
  sentence: string;
  /** The words the rule's finding must flag, or each of its findings in order; none for a true restatement. */
  flagged?: string | readonly string[];
  /** Set while the engine does not serve the probe yet: what it waits for. */
  todo?: string;
}

/**
 * A test of one rule probe against its article's drawn fact base: the sentence gets exactly one
 * finding of the rule for each of the words named, on those words, or none of that rule when none are.
 */
export function ruleProbe(ruleId: string, { file, sentence, flagged, todo }: RuleProbe): void {
  const words = flagged === undefined ? [] : [flagged].flat();
  test(`${file}: ${words.length ? `flags ${words.join(', ')}` : 'clean'}: ${sentence}`, todo ? { todo } : {}, () => {
    const found = probeFindings(file, sentence).filter((finding) => finding.startsWith(`${ruleId}:`));
    assert.deepEqual(found, words.map((word) => `${ruleId}: ${word}`));
  });
}

/** A sentence probe of the rules that check ties (a post, a party, a name). */
export interface TieProbe {
  sentence: string;
  /** Whether a finding of one of the rules is wanted; none for a true restatement. */
  flagged?: boolean;
  /** Set while the engine does not serve the probe yet: what it waits for. */
  todo?: string;
}

/**
 * A test of each tie probe of an article against its drawn fact base: a flagged sentence gets some
 * finding of the rules named, a true restatement none of them.
 */
export function tieProbes(file: string, probes: readonly TieProbe[], ruleIds: readonly string[]): void {
  for (const { sentence, flagged, todo } of probes) {
    test(`${file}: ${flagged ? 'flagged' : 'not flagged'}: ${sentence}`, todo ? { todo } : {}, () => {
      const all = probeFindings(file, sentence);
      const found = all.filter((finding) => ruleIds.some((ruleId) => finding.startsWith(`${ruleId}:`)));
      if (flagged) assert.ok(found.length > 0, JSON.stringify(all));
      else assert.deepEqual(found, [], JSON.stringify(found));
    });
  }
}

/** A quantity as drawn, with the fields the quantity tests read. */
export interface DrawnQuantity {
  value: number;
  unit: string;
  currency?: string;
  approx?: string;
  noun?: { ar?: string[]; en?: string[] };
  subject?: string;
  review?: { unsure?: boolean; reason?: string };
}

/** The quantities drawn from an article; `published` is its date when it gives none itself. */
export function drawnQuantities(article: string, published?: string): DrawnQuantity[] {
  return (drawFactBase(article, published ? { published } : {}).factBase as unknown as { quantities: DrawnQuantity[] }).quantities;
}
