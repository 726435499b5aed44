/**
 * Code actions: a quick fix per fix of a finding, "disable for this line", and
 * `source.fixAll.isnad`.
 *
 * Quick fixes are built from the diagnostic's `data` alone (the server keeps no state), and are
 * offered only while the text they replace is still there. Fix-all checks the current text again
 * and takes fixes with the engine's `applyFixes` semantics: the first fix of each finding, in
 * document order, skipping any that overlaps one already taken.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, type Finding, type Lang } from '../../engine/src/index';
import { DIAGNOSTIC_SOURCE, endOfLine, lineText, startOfLine, toTextEdits } from './convert';
import { messages } from './messages';
import { FIX_ALL_KIND, isIsnadDiagnosticData } from './protocol';

/** The quick fixes of the given diagnostics that still apply to `document`. */
export function quickFixes(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isIsnadDiagnosticData(diagnostic.data)) continue;
    diagnostic.data.fixes.forEach((fix, index) => {
      const current = fix.edits.every((edit) => document.getText(edit.range) === edit.oldText);
      if (!current) return;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: { changes: { [document.uri]: fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })) } },
      });
    });
  }
  return actions;
}

/** Whether 0-based `line` lies inside the document's YAML front matter. */
function inFrontMatter(document: TextDocument, line: number): boolean {
  if (lineText(document, 0).trim() !== '---') return false;
  for (let current = 1; current < document.lineCount; current++) {
    const text = lineText(document, current).trim();
    if (text === '---' || text === '...') return line > 0 && line < current;
  }
  return false;
}

/**
 * The edit that silences `ruleId` on `line`. An `isnad-disable-next-line` comment goes above the
 * line when that keeps the surrounding block intact (the line starts a paragraph or is a heading);
 * otherwise an `isnad-disable-line` comment goes at its end, so a paragraph, list or table is not
 * split. In YAML front matter the comment goes into a YAML comment.
 */
export function disableEdit(document: TextDocument, line: number, ruleId: string): TextEdit {
  const text = lineText(document, line);
  const end = endOfLine(document, line);
  if (inFrontMatter(document, line)) {
    return { range: { start: end, end }, newText: ` # <!-- isnad-disable-line ${ruleId} -->` };
  }
  const previous = line > 0 ? lineText(document, line - 1) : '';
  const startsBlock = previous.trim() === '' || /^\s{0,3}#{1,6}\s/.test(text);
  if (!startsBlock || /^\s*\|/.test(text)) {
    return { range: { start: end, end }, newText: ` <!-- isnad-disable-line ${ruleId} -->` };
  }
  const indent = /^\s*/.exec(text)?.[0] ?? '';
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const start = startOfLine(line);
  return { range: { start, end: start }, newText: `${indent}<!-- isnad-disable-next-line ${ruleId} -->${eol}` };
}

/** "Disable <rule> for this line", once per rule and line. */
export function disableActions(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isIsnadDiagnosticData(diagnostic.data)) continue;
    const { ruleId, lang } = diagnostic.data;
    const line = diagnostic.range.start.line;
    const key = `${ruleId}:${line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    actions.push({
      title: messages(lang).disableForLine(ruleId),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [disableEdit(document, line, ruleId)] } },
    });
  }
  return actions;
}

/** The findings whose first fix `applyFixes` would take, in document order. */
export function fixesTaken(text: string, findings: readonly Finding[]): Finding[] {
  const taken: Finding[] = [];
  const fixable = [...findings].filter((finding) => finding.fixes[0]).sort((a, b) => a.range.start - b.range.start);
  for (const finding of fixable) {
    if (applyFixes(text, [...taken, finding]).applied === taken.length + 1) taken.push(finding);
  }
  return taken;
}

/**
 * The fix-all action for `document`, or undefined when nothing is fixable.
 *
 * @param kind `source.fixAll.isnad` for save-time fixing, `quickfix` for the light bulb.
 */
export function fixAllAction(document: TextDocument, findings: readonly Finding[], lang: Lang, kind: string = FIX_ALL_KIND): CodeAction | undefined {
  const taken = fixesTaken(document.getText(), findings);
  if (taken.length === 0) return undefined;
  const edits = toTextEdits(
    document,
    taken.flatMap((finding) => finding.fixes[0]!.edits),
  );
  return { title: messages(lang).fixAll, kind, edit: { changes: { [document.uri]: edits } } };
}

/**
 * Answers `textDocument/codeAction`: quick fixes and "disable for this line" for the isnad
 * diagnostics in the request, "fix all" in the light bulb when more than one finding is fixable,
 * and `source.fixAll.isnad` when the client asks for source actions.
 *
 * @param current Checks the document's current text (only called when a fix-all is wanted).
 */
export async function codeActionsFor(
  document: TextDocument,
  params: CodeActionParams,
  current: () => Promise<{ findings: readonly Finding[]; lang: Lang }>,
): Promise<CodeAction[]> {
  const only = params.context.only;
  const wants = (kind: string, explicitOnly: boolean) =>
    only ? only.some((requested) => kind === requested || kind.startsWith(`${requested}.`)) : !explicitOnly;
  const diagnostics = params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && isIsnadDiagnosticData(diagnostic.data));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix, false) && diagnostics.length > 0) {
    actions.push(...quickFixes(document, diagnostics));
    actions.push(...disableActions(document, diagnostics));
    const checked = await current();
    if (checked.findings.filter((finding) => finding.fixes.length > 0).length > 1) {
      const fixAll = fixAllAction(document, checked.findings, checked.lang, CodeActionKind.QuickFix);
      if (fixAll) actions.push(fixAll);
    }
  }
  if (wants(FIX_ALL_KIND, true)) {
    const checked = await current();
    const fixAll = fixAllAction(document, checked.findings, checked.lang);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}
