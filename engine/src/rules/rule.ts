/**
 * The shape of a rule. A rule is one file under `engine/src/rules/` exporting a {@link Rule};
 * `registry.ts` lists them all explicitly. A rule reads the analysed document and the compiled
 * fact bases and returns findings; it never throws on user text (the checker also guards it).
 */
import type { FindingCategory, RuleMeta, SeveritySetting } from '../types';
import type { Analysis } from '../analysis';
import type { KnowledgeIndex } from '../knowledge';
import type { Draft } from '../findingBuilder';

/** What a rule gets to work with. */
export interface RuleContext {
  /** The draft, tokenised and segmented. */
  analysis: Analysis;
  /** The facts of every loaded fact base, indexed. */
  knowledge: KnowledgeIndex;
  /** Reports a finding. */
  report: (draft: Draft) => void;
  /** The draft's own date (its front matter's `date:`), which relative days count from. */
  documentDate?: { year: number; month: number; day: number };
}

/** A rule: its metadata plus the check. */
export interface Rule extends RuleMeta {
  category: FindingCategory;
  defaultSeverity: SeveritySetting;
  check(context: RuleContext): void;
}
