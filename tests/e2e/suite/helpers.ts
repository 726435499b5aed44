/**
 * Helpers for the end-to-end suite: polling (never sleeping), the fixture workspace, and the CLI
 * as the reference for what the extension must show.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'isnad.isnad';
export const SOURCE = 'isnad';

/** How long to wait for the language server to react (CI machines are slow). */
export const WAIT_MS = Number(process.env.ISNAD_E2E_WAIT_MS || 30_000);

let serverDown = false;
/** Called when the server never published anything: later waits give up after 3 s instead of 30. */
export function setServerDown(): void {
  serverDown = true;
}

/**
 * Polls `fn` until it returns a truthy value (which is returned) or `timeoutMs` passes; then
 * fails with `what` and the last value seen, so a failure says what was there instead.
 */
export async function waitFor<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = WAIT_MS): Promise<T> {
  if (serverDown) timeoutMs = Math.min(timeoutMs, 3_000);
  const end = Date.now() + timeoutMs;
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
      last = value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > end) {
      const detail = lastError ? `last error: ${lastError instanceof Error ? (lastError.stack ?? lastError.message) : JSON.stringify(lastError)}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${detail}${describeState()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Extra context for time-out messages: the diagnostics of every file that has some. */
function describeState(): string {
  try {
    const lines = vscode.languages
      .getDiagnostics()
      .filter(([, d]) => d.length > 0)
      .map(([uri, d]) => `\n  ${vscode.workspace.asRelativePath(uri)}: ${d.map((x) => `${x.source ?? '?'}:${ruleOf(x) || x.message.slice(0, 60)}@${fmtRange(x.range)}`).join(', ')}`);
    const visible = vscode.window.visibleTextEditors.map((e) => vscode.workspace.asRelativePath(e.document.uri)).join(', ');
    return `${lines.join('') || '\n  (no diagnostics anywhere)'}\n  visible editors: ${visible || 'none'}`;
  } catch {
    return '';
  }
}

/** The extension under test, activated. */
export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded; loaded: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** The project root (the extension's development path). */
export function projectRoot(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  return ext ? ext.extensionPath : path.resolve(__dirname, '..', '..', '..', '..');
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

export function wsUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function openDraft(relative: string, show = true): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(wsUri(relative));
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function ruleOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function isnadDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function fmtRange(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** A diagnostic (or CLI finding) reduced to what both must agree on. */
export interface Shape {
  rule: string;
  range: string;
  message: string;
  severity: string;
}

const severityName = ['error', 'warning', 'info', 'hint'];

export function shapeOf(d: vscode.Diagnostic): Shape {
  return { rule: ruleOf(d), range: fmtRange(d.range), message: d.message, severity: severityName[d.severity] ?? String(d.severity) };
}

export function sortShapes(shapes: Shape[]): Shape[] {
  return [...shapes].sort((a, b) => a.range.localeCompare(b.range, 'en', { numeric: true }) || a.rule.localeCompare(b.rule));
}

/** Waits until the document's isnad diagnostics satisfy `predicate`, and returns them. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(`${vscode.workspace.asRelativePath(uri)}: ${what}`, () => {
    const d = isnadDiagnostics(uri);
    return predicate(d) ? d : undefined;
  }, timeoutMs);
}

/**
 * Waits until the document's diagnostics equal `expected` and stay equal for `settleMs`
 * (the server may publish an intermediate state first).
 */
export async function waitForShapes(uri: vscode.Uri, expected: Shape[], timeoutMs = WAIT_MS, settleMs = 300): Promise<void> {
  const want = JSON.stringify(sortShapes(expected));
  let since = 0;
  let lastSeen = '';
  try {
    await waitFor(`diagnostics equal to the CLI's`, () => {
      lastSeen = JSON.stringify(sortShapes(isnadDiagnostics(uri).map(shapeOf)));
      if (lastSeen !== want) {
        since = 0;
        return false;
      }
      if (!since) since = Date.now();
      return Date.now() - since >= settleMs;
    }, timeoutMs);
  } catch (error) {
    // A readable diff instead of a time-out.
    assert.deepEqual(JSON.parse(lastSeen), JSON.parse(want), `${vscode.workspace.asRelativePath(uri)}: diagnostics differ from the CLI's`);
    throw error;
  }
}

/** Runs Node on a script: the extension host's own runtime (Electron as Node, or code-server's Node). */
export function runNode(args: string[], options: { cwd?: string; input?: string } = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? projectRoot(),
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? (result.error ? String(result.error) : '') };
}

/** Reads the CLI's JSON report for files (the `isnad check --format json` of the bundled CLI). */
export function cliCheck(files: string[], extraArgs: string[] = []): unknown {
  const cli = path.join(projectRoot(), 'dist', 'cli.js');
  assert.ok(fs.existsSync(cli), `${cli} exists (npm run build)`);
  const result = runNode([cli, 'check', '--format', 'json', ...extraArgs, ...files], { cwd: workspaceRoot().fsPath });
  assert.ok(result.status === 0 || result.status === 1, `isnad check exited ${result.status}: ${result.stderr}`);
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`isnad check --format json printed no JSON:\n${result.stdout.slice(0, 2000)}\n${result.stderr}`);
  }
}

/** Replaces the whole text of a document (unsaved). */
export async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
}

/** Reverts a document to its saved text. */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** Text of a hover result. */
export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c))))
    .join('\n---\n');
}

/** Offset → position of the first occurrence of `needle` in a document (the n-th with `nth`). */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${nth + 1} times in ${vscode.workspace.asRelativePath(doc.uri)}`);
  }
  return doc.positionAt(at);
}

export function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const start = positionOf(doc, needle, nth);
  return new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + needle.length));
}
