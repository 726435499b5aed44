// Types of scripts/gen-docs.mjs, for the drift test (tests/server/generated.test.ts).
import type { RuleMeta } from '../engine/src/index';

/** The id of the generated configuration section in package.json. */
export declare const RULES_SECTION_ID: string;
/** The camelCase file name a rule id implies. */
export declare function ruleFileName(id: string): string;
/** The opening doc comment of a rule's source file, as plain text, or ''. */
export declare function ruleDetails(id: string): string;
/** docs/rules.md for these rules. */
export declare function renderRulesDoc(rules: readonly RuleMeta[]): string;
/** The `contributes.configuration` section of the rule settings. */
export declare function rulesConfiguration(rules: readonly RuleMeta[]): { id: string; title: string; order: number; properties: Record<string, Record<string, unknown>> };
/** The localised strings of the rule settings. */
export declare function rulesNls(rules: readonly RuleMeta[], lang: 'ar' | 'en'): Record<string, string>;
/** Every generated file with its wanted content: `[path, content]`. */
export declare function generatedFiles(rules: readonly RuleMeta[]): [string, string][];
