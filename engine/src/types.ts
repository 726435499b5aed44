/**
 * Plain-data types that the engine speaks. Nothing here knows about LSP, VS Code or files:
 * ranges are UTF-16 offsets into the original text, `[start, end)`.
 */

/** How serious a finding is. `off` disables a rule. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A language the engine writes messages in. */
export type Lang = 'ar' | 'en';

/** A half-open UTF-16 range `[start, end)` of the original text. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** One text edit: replace `range` of the original text with `text`. */
export interface TextEdit {
  range: OffsetRange;
  text: string;
}

/** A fix offered for a finding. */
export interface Fix {
  /** A short label in the draft's language, e.g. "Replace with ثابت العباسي". */
  title: string;
  edits: TextEdit[];
}

/** The article's own words that support (or contradict) a finding. */
export interface EvidenceRef {
  /** The fact base the fact comes from. */
  factBaseId: string;
  /** The article file, as the fact base names it (relative to the fact base). */
  sourceFile: string;
  start: number;
  end: number;
  text: string;
}

/** The verdict categories of the engine's rules. */
export type FindingCategory = 'name' | 'role' | 'date' | 'number' | 'quote' | 'affiliation' | 'place' | 'unverified';

/** One problem found in a draft. */
export interface Finding {
  /** Stable kebab-case id of the rule that found it. */
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  /** The message in the draft's language. */
  message: string;
  /** The language of the message. */
  lang: Lang;
  range: OffsetRange;
  /** What the draft says (the text of `range`, or a summary). */
  actual: string;
  /** What the article supports, if a replacement is clear. */
  expected?: string;
  /** Fixes, most likely first. Empty when no replacement is clear. */
  fixes: Fix[];
  /** The id of the fact the finding contradicts. */
  factId?: string;
  /** The article's sentence(s) behind the fact. */
  evidence: EvidenceRef[];
}

/** Metadata of a rule, the part that docs and settings are generated from. */
export interface RuleMeta {
  id: string;
  category: FindingCategory;
  defaultSeverity: SeveritySetting;
  description: { en: string; ar: string };
  /** Whether the rule offers fixes. */
  fixable: boolean;
}

/** Options of one check. */
export interface CheckOptions {
  /** How the text is to be read; Markdown skips code, URLs and HTML comments. Default: markdown. */
  format?: 'markdown' | 'plaintext';
  /** Severity overrides by rule id. */
  rules?: Record<string, SeveritySetting>;
  /** The language of messages; by default, the draft's own (detected per finding). */
  messageLang?: Lang | 'auto';
  /**
   * Analyse the draft as one block instead of line by line. The findings are the same; this is
   * slower and exists for tests that prove it.
   */
  wholeDocument?: boolean;
  /**
   * The fact bases (by id) the host tied this draft to by its path: the `.isnadrc.json`
   * `factBases[].drafts` globs and the fact bases' own `scope.drafts` globs. These win over
   * automatic detection; the draft's front matter (`story:`) wins over them.
   */
  stories?: readonly string[];
  /**
   * `story` (the default): only the fact bases of the draft's stories speak about it (see
   * {@link StoryTie}). `all`: every loaded fact base does, as before stories were scoped.
   */
  scope?: 'story' | 'all';
}

/** A problem with a fact base (not with a draft). */
export interface FactBaseProblem {
  /** The fact-base file, as given by the caller. */
  file: string;
  /** A JSONPath-like location, e.g. `$.people[2].names.ar[0]`. */
  path: string;
  /** 1-based line and column of that location in the file, when known. */
  line: number;
  column: number;
  message: string;
}
