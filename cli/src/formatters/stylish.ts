/**
 * The default text output, in the style of ESLint's "stylish" formatter: a header per file, one
 * line per finding (`line:col  severity  message  rule-id`), and a summary line.
 */
import { countFindings, type FileReport } from '../report';
import { displayPath, words, type FormatContext, type Formatter } from './common';

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], gray: [90, 39], green: [32, 39], bold: [1, 22], underline: [4, 24], dim: [2, 22] } as const;
type Style = keyof typeof codes;

/** Colour helpers that do nothing when colour is off. */
export function painter(color: boolean) {
  return (style: Style, text: string) => (color ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text);
}

const severityStyle: Record<string, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

/** Display width of a string: code points, not counting combining marks (Arabic diacritics). */
function width(text: string): number {
  let n = 0;
  for (const char of text) if (!/\p{M}/u.test(char)) n++;
  return n;
}

const pad = (text: string, size: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
};

/**
 * One line of a message: a run of white space with a newline or tab in it becomes one space. (The
 * former /\s*[\r\n\t]+\s*\/g took quadratic time on a long run of spaces, which a message quoting
 * the draft can hold; found by tests/robustness.)
 */
const oneLine = (text: string) => text.replace(/\s+/g, (run) => (/[\r\n\t]/.test(run) ? ' ' : run)).trim();

/** Formats reports in the stylish style. */
export const stylish: Formatter = (reports: readonly FileReport[], context: FormatContext) => {
  const paint = painter(context.color);
  const w = words(context.lang);
  const out: string[] = [];
  let skipped = 0;
  let fixed = 0;
  let fixedFiles = 0;
  let read = 0;
  let unscoped = 0;
  for (const report of reports) {
    if (report.story) {
      read++;
      if (report.story.factBases.length === 0) unscoped++;
    }
    if (report.fixed) {
      fixed += report.fixed;
      fixedFiles++;
    }
    const notes: string[] = [];
    if (report.skipped !== undefined) {
      skipped++;
      notes.push(`  ${report.failed ? paint('red', 'error') : paint('yellow', 'warning')}  ${w.skippedLabel}: ${oneLine(report.skipped)}`);
    }
    if (report.fixError !== undefined) notes.push(`  ${paint('yellow', 'warning')}  ${w.fixFailed}: ${oneLine(report.fixError)}`);
    const story = context.verbose && report.story ? [`  ${paint('dim', w.story(report.story))}`] : [];
    if (report.findings.length === 0 && notes.length === 0 && story.length === 0) continue;
    out.push('', paint('underline', displayPath(report.path, context.cwd, report.stdin)), ...story);
    const rows = report.findings.map((finding) => ({
      line: String(finding.span.line),
      column: String(finding.span.column),
      severity: w.severity(finding.severity),
      style: severityStyle[finding.severity] ?? 'gray',
      message: oneLine(finding.message),
      ruleId: finding.ruleId,
    }));
    const lineWidth = Math.max(0, ...rows.map((row) => row.line.length));
    const columnWidth = Math.max(0, ...rows.map((row) => row.column.length));
    const severityWidth = Math.max(0, ...rows.map((row) => width(row.severity)));
    const messageWidth = Math.max(0, ...rows.map((row) => width(row.message)));
    for (const row of rows) {
      const position = paint('dim', `${pad(row.line, lineWidth, true)}:${pad(row.column, columnWidth)}`);
      out.push(`  ${position}  ${paint(row.style, pad(row.severity, severityWidth))}  ${pad(row.message, messageWidth)}  ${paint('dim', row.ruleId)}`);
    }
    out.push(...notes);
  }
  const counts = countFindings(reports);
  const total = counts.errors + counts.warnings + counts.infos + counts.hints;
  const summary: string[] = [];
  if (total > 0) {
    const parts = [w.errors(counts.errors), w.warnings(counts.warnings)];
    if (counts.infos > 0) parts.push(w.infos(counts.infos));
    if (counts.hints > 0) parts.push(w.hints(counts.hints));
    const style: Style = counts.errors > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'blue';
    summary.push(paint(style, paint('bold', `✖ ${w.problems(total)} (${parts.join(w.comma)})`)));
    if (counts.fixableErrors + counts.fixableWarnings > 0) {
      summary.push(paint(style, paint('bold', `  ${w.errors(counts.fixableErrors)}${w.and}${w.warnings(counts.fixableWarnings)} ${w.fixable}`)));
    }
  }
  if (fixed > 0) summary.push(paint('green', `✔ ${w.fixed(fixed, fixedFiles)}`));
  if (skipped > 0) summary.push(paint('yellow', `⚠ ${w.skipped(skipped)}`));
  if (unscoped > 0) summary.push(paint('blue', `ℹ ${w.unscoped(unscoped, read)}`));
  if (out.length === 0 && summary.length === 0) return '';
  return [...out, ...(summary.length > 0 ? ['', ...summary] : []), ''].join('\n') + '\n';
};
