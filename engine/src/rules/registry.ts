/**
 * The explicit list of rules, in alphabetical order of id. Docs (`docs/rules.md`) and the VS Code
 * settings (`isnad.rules.*`) are generated from it; a test fails when they drift.
 */
import type { Rule } from './rule';

/** Every rule, alphabetical by id. */
export const rules: readonly Rule[] = [];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

/** Returns the rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
