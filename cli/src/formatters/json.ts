/**
 * The JSON output: an array with one object per draft, `{ file, findings, story, … }` (`story`:
 * the fact bases the draft was checked against, how they were chosen, and detection's scores). Positions are
 * 1-based lines and columns (UTF-16 code units, end column exclusive) plus the UTF-16 offsets.
 */
import type { Span } from '../positions';
import type { FileReport } from '../report';
import { displayPath, type FormatContext, type Formatter } from './common';

const position = (span: Span) => ({
  line: span.line,
  column: span.column,
  endLine: span.endLine,
  endColumn: span.endColumn,
  start: span.start,
  end: span.end,
});

/** The JSON value of the reports (before serialisation). */
export function jsonReports(reports: readonly FileReport[], context: FormatContext) {
  return reports.map((report) => ({
    file: displayPath(report.path, context.cwd, report.stdin),
    findings: report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      message: finding.message,
      lang: finding.lang,
      ...position(finding.span),
      actual: finding.actual,
      ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
      ...(finding.factId !== undefined ? { factId: finding.factId } : {}),
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => ({ ...position(edit.span), text: edit.text })),
      })),
      evidence: finding.evidence.map((evidence) => ({
        factBaseId: evidence.factBaseId,
        ...(evidence.file !== undefined ? { file: displayPath(evidence.file, context.cwd) } : {}),
        ...(evidence.span ? position(evidence.span) : {}),
        text: evidence.text,
      })),
    })),
    ...(report.story
      ? {
          story: {
            factBases: report.story.factBases,
            by: report.story.by,
            ...(report.story.unknown.length > 0 ? { unknown: report.story.unknown } : {}),
            scores: report.story.scores,
          },
        }
      : {}),
    errorCount: report.findings.filter((finding) => finding.severity === 'error').length,
    warningCount: report.findings.filter((finding) => finding.severity === 'warning').length,
    ...(report.skipped !== undefined ? { skipped: report.skipped } : {}),
    ...(report.fixed !== undefined ? { fixed: report.fixed } : {}),
    ...(report.fixError !== undefined ? { fixError: report.fixError } : {}),
  }));
}

/** Formats reports as JSON. */
export const json: Formatter = (reports, context) => JSON.stringify(jsonReports(reports, context), null, 2) + '\n';
