/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` annotation per
 * finding, with the file, the range and the rule id as the title.
 *
 * Escaping follows the runner's rules: in the message, `%`, `\r` and `\n` are percent-encoded; in
 * property values, `:` and `,` are too.
 */
import type { FileReport } from '../report';
import { displayPath, type Formatter } from './common';

/** Escapes the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const command = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** Formats reports as GitHub annotations. */
export const github: Formatter = (reports: readonly FileReport[], context) => {
  const lines: string[] = [];
  for (const report of reports) {
    const file = escapeProperty(displayPath(report.path, context.cwd, report.stdin));
    if (report.skipped !== undefined) lines.push(`::${report.failed ? 'error' : 'warning'} file=${file},title=isnad::${escapeData(`skipped: ${report.skipped}`)}`);
    if (report.fixError !== undefined) lines.push(`::warning file=${file},title=isnad::${escapeData(report.fixError)}`);
    for (const finding of report.findings) {
      const { line, column, endLine, endColumn } = finding.span;
      const properties = [`file=${file}`, `line=${line}`, `col=${column}`, `endLine=${endLine}`, `endColumn=${endColumn}`, `title=${escapeProperty(finding.ruleId)}`];
      lines.push(`::${command[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
