/**
 * The CLI's report model: the engine's findings with every offset turned into a {@link Span}, one
 * {@link FileReport} per draft. Workers build these and send them to the main thread, so they are
 * plain data.
 */
import type { FindingCategory, Lang, Severity, StoryTie } from '../../engine/src/index';
import type { Span } from './positions';

/** The article text behind a finding, located in the article file. */
export interface LocatedEvidence {
  factBaseId: string;
  /** The article file, absolute, when the fact base it comes from is known. */
  file?: string;
  /** Where the text is in the article, when the article could be read. */
  span?: Span;
  text: string;
}

/** One edit of a fix, located in the draft. */
export interface LocatedEdit {
  span: Span;
  text: string;
}

/** A fix offered for a finding. */
export interface LocatedFix {
  title: string;
  edits: LocatedEdit[];
}

/** A finding, located in the draft. */
export interface LocatedFinding {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  message: string;
  lang: Lang;
  span: Span;
  actual: string;
  expected?: string;
  factId?: string;
  fixes: LocatedFix[];
  evidence: LocatedEvidence[];
}

/** The result of checking one draft. */
export interface FileReport {
  /** The draft's absolute path, or the name given to standard input. */
  path: string;
  /** Whether the draft came from standard input (its path is then only a name). */
  stdin?: boolean;
  findings: LocatedFinding[];
  /** Why the draft was not checked (unreadable, binary, too large); absent when it was. */
  skipped?: string;
  /**
   * Whether the skip fails the run (exit 2): a draft in a legacy encoding is text the user meant
   * to have checked, unlike a binary file met while walking a folder.
   */
  failed?: true;
  /** With `--fix`: how many fixes were applied and written. */
  fixed?: number;
  /** With `--fix`: why fixes could not be written, when they could not. */
  fixError?: string;
  /** Rules that failed on this draft (engine bugs, reported rather than thrown). */
  internalErrors: { ruleId: string; message: string }[];
  /** The stories (fact bases) the draft was checked against, and why; absent when it was not read. */
  story?: StoryTie;
}

/** Counts of findings by severity. */
export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** Findings that offer a fix. */
  fixableErrors: number;
  fixableWarnings: number;
}

/** Counts the findings of some reports. */
export function countFindings(reports: readonly FileReport[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const report of reports) {
    for (const finding of report.findings) {
      const fixable = finding.fixes.length > 0;
      if (finding.severity === 'error') {
        counts.errors++;
        if (fixable) counts.fixableErrors++;
      } else if (finding.severity === 'warning') {
        counts.warnings++;
        if (fixable) counts.fixableWarnings++;
      } else if (finding.severity === 'info') counts.infos++;
      else counts.hints++;
    }
  }
  return counts;
}
