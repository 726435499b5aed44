/**
 * The only place where the engine's plain data meets LSP shapes.
 *
 * **Invariant:** every conversion between UTF-16 offsets (the engine's unit) and LSP positions
 * goes through this module, and only through `TextDocument.positionAt` / `offsetAt`. Other server
 * modules speak offsets when they talk to the engine and `Range`s when they talk to the client.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { EvidenceRef, FactBaseProblem, Finding, OffsetRange, Severity } from '../../engine/src/index';
import type { DataEdit, IsnadDiagnosticData } from './protocol';

/** The `source` of every isnad diagnostic. */
export const DIAGNOSTIC_SOURCE = 'isnad';

/** Where an evidence range lives: the article's URI and its text as a document. */
export interface ArticleLocation {
  uri: string;
  document: TextDocument;
}

/** What a diagnostic needs beyond the finding. */
export interface DiagnosticContext {
  /** The URL of a rule's documentation. */
  ruleHref(ruleId: string): string | undefined;
  /** The article an evidence reference points into, when it is loaded. */
  article(evidence: EvidenceRef): ArticleLocation | undefined;
}

/** The LSP range of an offset range of `document`. */
export function toRange(document: TextDocument, range: OffsetRange): Range {
  return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}

/** The offset of an LSP position in `document`. */
export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

/** The offset range of an LSP range in `document`. */
export function toOffsetRange(document: TextDocument, range: Range): OffsetRange {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** The 1-based line number of an offset, as used in `#L12` links. */
export function lineNumberAt(document: TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}

/** The text of a 0-based line, without its line break. */
export function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

/** The position at the end of a 0-based line, before its line break. */
export function endOfLine(document: TextDocument, line: number): Position {
  return { line, character: lineText(document, line).length };
}

/** The position at the start of a 0-based line. */
export function startOfLine(line: number): Position {
  return { line, character: 0 };
}

/** Maps an engine severity to an LSP severity. */
export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

/** Maps engine text edits to LSP edits, remembering the text each one replaces. */
export function toDataEdits(document: TextDocument, edits: readonly { range: OffsetRange; text: string }[]): DataEdit[] {
  const text = document.getText();
  return edits.map((edit) => ({ range: toRange(document, edit.range), newText: edit.text, oldText: text.slice(edit.range.start, edit.range.end) }));
}

/** Maps engine text edits to LSP text edits. */
export function toTextEdits(document: TextDocument, edits: readonly { range: OffsetRange; text: string }[]): TextEdit[] {
  return edits.map((edit) => ({ range: toRange(document, edit.range), newText: edit.text }));
}

/** The location of an evidence range in its article. */
export function evidenceLocation(article: ArticleLocation, evidence: EvidenceRef): { uri: string; range: Range } {
  return { uri: article.uri, range: toRange(article.document, evidence) };
}

/** Turns a finding into an LSP diagnostic whose `data` carries everything code actions need. */
export function toDiagnostic(document: TextDocument, finding: Finding, context: DiagnosticContext): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const evidence of finding.evidence) {
    const article = context.article(evidence);
    if (!article) continue;
    relatedInformation.push({
      location: evidenceLocation(article, evidence),
      message: evidence.text.length > 200 ? `${evidence.text.slice(0, 200)}…` : evidence.text,
    });
  }
  const data: IsnadDiagnosticData = {
    ruleId: finding.ruleId,
    version: document.version,
    actual: finding.actual,
    expected: finding.expected,
    factId: finding.factId,
    lang: finding.lang,
    fixes: finding.fixes.map((fix) => ({ title: fix.title, edits: toDataEdits(document, fix.edits) })),
  };
  const href = context.ruleHref(finding.ruleId);
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.range),
    severity: toSeverity(finding.severity),
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
  if (href) diagnostic.codeDescription = { href };
  if (relatedInformation.length > 0) diagnostic.relatedInformation = relatedInformation;
  return diagnostic;
}

/**
 * Turns a fact-base problem (1-based line and column) into a diagnostic on the fact-base file.
 * The range runs from the problem's position to the end of the JSON token there.
 */
export function problemToDiagnostic(factBaseText: string, problem: FactBaseProblem): Diagnostic {
  const document = TextDocument.create('file:///fact-base.json', 'json', 0, factBaseText);
  const start = document.offsetAt({ line: Math.max(0, problem.line - 1), character: Math.max(0, problem.column - 1) });
  let end = start;
  while (end < factBaseText.length && !/[,\n\r}\]]/.test(factBaseText[end]!)) end++;
  if (end === start) end = Math.min(factBaseText.length, start + 1);
  return {
    range: toRange(document, { start, end }),
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'fact-base',
    message: problem.path && problem.path !== '$' ? `${problem.message} (${problem.path})` : problem.message,
  };
}
