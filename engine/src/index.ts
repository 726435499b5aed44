/**
 * The public facade of the isnad engine.
 *
 * The engine is pure: it takes strings and parsed fact bases and returns plain data. It does no
 * I/O, imports nothing from VS Code or LSP, and never throws on user text. The CLI and the language
 * server are thin adapters over these functions, so a draft gets the same findings in both.
 */
export type {
  Severity,
  SeveritySetting,
  Lang,
  OffsetRange,
  TextEdit,
  Fix,
  EvidenceRef,
  Finding,
  FindingCategory,
  RuleMeta,
  CheckOptions,
  FactBaseProblem,
} from './types';
export type { FactBaseData } from './factBase/schema';
export { FactBaseSchema } from './factBase/schema';
export { parseFactBase, type ParseFactBaseResult } from './factBase/parse';
export { attachArticle } from './factBase/article';
export { factBaseJsonSchema } from './factBase/jsonSchema';
export { createChecker, type Checker, type CheckResult } from './check';
export type { StoryTie, TieReason } from './scope/tie';
export { DETECTION_THRESHOLD } from './scope/detect';
export { frontMatterStories } from './scope/frontMatter';
export { describeStory } from './scope/describe';
export { scopeOf, type FactBaseScope } from './scope/profile';
export { rules, ruleById } from './rules/registry';
export { applyFixes, type ApplyFixesResult } from './fixes';
export { hoverAt, type HoverCard } from './hover';
export { describeFactBase } from './describe';
export { lineIndex, type LineIndex } from './text/lineIndex';
