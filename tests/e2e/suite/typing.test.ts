/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliCheckText, shapeOfCli } from './cli';
import { closeAllEditors, isnadDiagnostics, openDraft, revert, waitForDiagnostics, waitForShapes } from './helpers';

const WRONG = 'العبيسي';

/** Types text at a position keystroke by keystroke, as a writer does (each one a change event). */
async function typeAt(editor: vscode.TextEditor, position: vscode.Position, text: string): Promise<void> {
  editor.selection = new vscode.Selection(position, position);
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}

/** The diagnostics match the current text: equal to the CLI's for it, and the name finding sits on the name. */
async function inStep(doc: vscode.TextDocument, step: string): Promise<void> {
  const text = doc.getText();
  await waitForShapes(doc.uri, cliCheckText(text, doc.uri.fsPath).map(shapeOfCli), undefined, 500);
  assert.equal(doc.getText(), text, `${step}: the text did not change while waiting`);
  const onName = isnadDiagnostics(doc.uri).filter((d) => doc.getText(d.range).includes(WRONG) || WRONG.includes(doc.getText(d.range)));
  assert.ok(onName.length > 0, `${step}: a diagnostic still covers ${WRONG} at line ${text.slice(0, text.lastIndexOf(WRONG)).split('\n').length}`);
  for (const d of isnadDiagnostics(doc.uri)) assert.ok(doc.validateRange(d.range).isEqual(d.range), `${step}: ${d.message} has a valid range`);
}

suite('typing into a 2,000-word Arabic draft keeps diagnostics in step', function () {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    doc = await openDraft('long/ar-long.md');
    editor = await vscode.window.showTextDocument(doc);
    assert.ok(doc.getText().split(/\s+/).length >= 2000, 'the draft has 2,000 words');
  });
  suiteTeardown(async () => {
    await revert(doc);
    await closeAllEditors();
  });

  test('the saved draft: findings equal the CLI\'s, including the name near the end', async () => {
    await waitForDiagnostics(doc.uri, `a finding on ${WRONG}`, (d) => d.some((x) => doc.getText(x.range).includes(WRONG)));
    await inStep(doc, 'saved draft');
  });

  test('typing a sentence above the finding, keystroke by keystroke, moves it down with the text', async () => {
    await typeAt(editor, new vscode.Position(2, 0), 'وفي تطور جديد، عقد الوفد اجتماعا مطولا مع مسؤولين أمريكيين. ');
    await inStep(doc, 'after typing on line 3');
  });

  test('pasting paragraphs (new lines) above the finding shifts its line', async () => {
    const line = doc.positionAt(doc.getText().lastIndexOf(WRONG)).line;
    await editor.edit((e) => e.insert(new vscode.Position(4, 0), 'فقرة مضافة للاختبار.\n\nفقرة ثانية مضافة.\n\n'));
    await waitForDiagnostics(doc.uri, `the finding on ${WRONG} moved down 4 lines`, (d) => d.some((x) => x.range.start.line === line + 4 && doc.getText(x.range).includes(WRONG)));
    await inStep(doc, 'after pasting 4 lines');
  });

  test('deleting a whole section above the finding shifts it back up', async () => {
    const text = doc.getText();
    const from = text.indexOf('## المحور 2');
    const to = text.indexOf('## المحور 3');
    assert.ok(from > 0 && to > from);
    await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(from), doc.positionAt(to))));
    await inStep(doc, 'after deleting a section');
  });

  test('a burst of edits all over the draft settles on the findings of the final text', async () => {
    for (let i = 0; i < 20; i++) {
      const line = 2 + ((i * 7) % Math.max(1, doc.lineCount - 6));
      await editor.edit((e) => e.insert(new vscode.Position(line, 0), i % 3 === 0 ? 'نص. ' : i % 3 === 1 ? '\n' : 'كلمة '));
    }
    // Fix the name by typing over it, then break it again: the finding goes and comes back.
    await inStep(doc, 'after a burst of edits');
    const at = doc.getText().lastIndexOf(WRONG);
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + WRONG.length)), 'العباسي'));
    await waitForDiagnostics(doc.uri, 'no finding on the corrected name', (d) => !d.some((x) => doc.getText(x.range).includes('العباسي') && x.range.start.line === doc.positionAt(at).line));
    await vscode.commands.executeCommand('undo');
    await inStep(doc, 'after undo');
  });
});
