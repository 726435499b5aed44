/**
 * Data-driven tests of every rule: `fixtures/rules/<rule-id>.json` lists drafts the rule must
 * flag (with the flagged text and, where given, the fix) and drafts that must check clean.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rules, applyFixes, createChecker, parseFactBase, type Checker } from '../../engine/src/index';
import { bundled } from './helpers';

interface Fixture {
  /**
   * A fact base of `tests/engine/fixtures/` to check this rule's cases against (with its article
   * beside it), for a rule the bundled fact base gives nothing to check (no organisation's seat).
   */
  factBase?: string;
  /** Check options for this rule's cases (a rule that is off by default is switched on here). */
  options?: { rules?: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'> };
  invalid: { text: string; findings: { text: string; fix?: string }[] }[];
  valid: string[];
}

const dir = join(__dirname, 'fixtures', 'rules');

const checkers = new Map<string, Checker>();

/** The checker for a fixture: over its own fact base, or over the bundled one. */
function checkerFor(fixture: Fixture): Checker {
  if (!fixture.factBase) return bundled().checker;
  let checker = checkers.get(fixture.factBase);
  if (!checker) {
    const file = join(__dirname, 'fixtures', fixture.factBase);
    const source = JSON.parse(readFileSync(file, 'utf8')) as { source: { file: string } };
    const parsed = parseFactBase(readFileSync(file, 'utf8'), file, readFileSync(join(dirname(file), source.source.file), 'utf8'));
    assert.deepEqual(parsed.problems, []);
    checker = createChecker([parsed.factBase!], { scope: 'all' });
    checkers.set(fixture.factBase, checker);
  }
  return checker;
}

describe('rule fixtures', () => {
  test('every rule has a fixture file with valid and invalid cases', () => {
    const files = readdirSync(dir).map((name) => name.replace(/\.json$/, ''));
    for (const rule of rules) {
      assert.ok(files.includes(rule.id), `missing fixtures/rules/${rule.id}.json`);
      const fixture = JSON.parse(readFileSync(join(dir, `${rule.id}.json`), 'utf8')) as Fixture;
      assert.ok(fixture.invalid.length > 0 && fixture.valid.length > 0, `${rule.id} needs valid and invalid cases`);
    }
  });

  for (const rule of rules) {
    let fixture: Fixture;
    try {
      fixture = JSON.parse(readFileSync(join(dir, `${rule.id}.json`), 'utf8')) as Fixture;
    } catch {
      continue;
    }
    describe(rule.id, () => {
      for (const [index, example] of fixture.invalid.entries()) {
        test(`flags invalid #${index + 1}: ${example.text.slice(0, 50)}`, () => {
          const checker = checkerFor(fixture);
          const result = checker.check(example.text, fixture.options);
          assert.deepEqual(result.internalErrors, []);
          const mine = result.findings.filter((finding) => finding.ruleId === rule.id);
          assert.deepEqual(
            mine.map((finding) => example.text.slice(finding.range.start, finding.range.end)),
            example.findings.map((expected) => expected.text),
            `findings: ${JSON.stringify(result.findings.map((f) => [f.ruleId, example.text.slice(f.range.start, f.range.end)]))}`,
          );
          for (const [k, expected] of example.findings.entries()) {
            const finding = mine[k]!;
            assert.equal(finding.category, rule.category);
            assert.ok(finding.message.length > 0);
            if (rule.category !== 'unverified') assert.ok(finding.evidence.length > 0, 'a finding cites the article');
            if (expected.fix !== undefined) {
              assert.ok(finding.fixes.length > 0, 'a fix is offered');
              const edit = finding.fixes[0]!.edits[0]!;
              assert.equal(edit.text.trim(), expected.fix);
              // Applying the fix removes this finding.
              const fixed = applyFixes(example.text, [finding]).text;
              const after = checker.check(fixed, fixture.options).findings.filter((f) => f.ruleId === rule.id);
              assert.ok(after.length < mine.length, `fix did not remove the finding: ${fixed}`);
            }
          }
        });
      }
      for (const [index, text] of fixture.valid.entries()) {
        test(`accepts valid #${index + 1}: ${text.slice(0, 50)}`, () => {
          const checker = checkerFor(fixture);
          const result = checker.check(text, fixture.options);
          assert.deepEqual(
            result.findings.map((f) => `${f.ruleId}: ${text.slice(f.range.start, f.range.end)}`),
            [],
          );
        });
      }
    });
  }
});
