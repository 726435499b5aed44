/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, hoverText, positionOf, ruleOf, waitFor, waitForDiagnostics, wsUri } from './helpers';

/** An English article of another story than the bundled one (as tests/server/fixtures/draw). */
const ARTICLE = [
  "LONDON, Wednesday 15 November 2023 - The Supreme Court ruled on Wednesday that the government's Rwanda policy is unlawful.",
  'Lord Reed, the president of the Supreme Court, said: "There are substantial grounds for believing that asylum seekers would face a real risk of ill-treatment."',
  'Prime Minister Rishi Sunak said the government would respond. Home Secretary James Cleverly travelled to Kigali on Friday.',
  'Five judges heard the appeal.',
  '',
].join('\n');

interface Drawn {
  status: string;
  uri?: string;
  path?: string;
  unsure?: number;
}

suite('Draw Fact Base from Article', () => {
  const folderConfig = () => vscode.workspace.getConfiguration('isnad', wsUri('story/rwanda-ruling.en.txt'));

  suiteTeardown(async () => {
    if (folderConfig().inspect('factBases')?.workspaceFolderValue !== undefined) await folderConfig().update('factBases', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await closeAllEditors();
  });

  test('Draw Fact Base from Article (isnad.drawFactBase) writes the fact base beside the article, opens it, and checks the story\'s drafts', async () => {
    const articleUri = wsUri('story/rwanda-ruling.en.txt');
    const kbUri = wsUri('story/rwanda-ruling.factbase.json');
    fs.mkdirSync(vscode.Uri.joinPath(articleUri, '..').fsPath, { recursive: true });
    fs.writeFileSync(articleUri.fsPath, ARTICLE);
    fs.rmSync(kbUri.fsPath, { force: true });
    await closeAllEditors();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(articleUri), { preview: false });

    const result = await vscode.commands.executeCommand<Drawn | undefined>('isnad.drawFactBase');
    assert.equal(result?.status, 'drawn', JSON.stringify(result));
    assert.equal(result.path, kbUri.fsPath);
    // The fact base is written, valid JSON, and opened in an editor.
    const opened = await waitFor('the fact base opened in the active editor', () => {
      const document = vscode.window.activeTextEditor?.document;
      return document?.uri.fsPath === kbUri.fsPath ? document : undefined;
    });
    const factBase = JSON.parse(fs.readFileSync(kbUri.fsPath, 'utf8')) as { people: { names: { en: string[] } }[] };
    assert.ok(factBase.people.some((person) => person.names.en.includes('James Cleverly')), 'James Cleverly is drawn');
    // It stays in use: the folder's isnad.factBases names it.
    await waitFor('isnad.factBases to name the drawn fact base', () => folderConfig().get<string[]>('factBases')?.includes('story/rwanda-ruling.factbase.json'));

    // In the fact-base file, hovering a fact shows the article's sentence.
    const hover = await waitFor('a hover with the evidence sentence', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', opened.uri, positionOf(opened, '"James Cleverly"').translate(0, 2));
      const text = hoverText(hovers);
      return /travelled to Kigali on Friday/.test(text) ? text : undefined;
    });
    assert.match(hover, /James Cleverly/);
    // Facts the drawing marked unsure are warnings on the file.
    if ((result.unsure ?? 0) > 0) {
      await waitFor('the facts to review as warnings', () => {
        const warnings = vscode.languages.getDiagnostics(kbUri).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning && /review/i.test(d.message));
        return warnings.length === result.unsure ? warnings : undefined;
      });
    }

    // A draft of the story is checked against it.
    const draftUri = wsUri('story/draft.md');
    fs.writeFileSync(draftUri.fsPath, 'Prime Minister James Cleverly said the Rwanda ruling by Lord Reed was expected.\n');
    const draft = await vscode.workspace.openTextDocument(draftUri);
    await vscode.window.showTextDocument(draft, { preview: false });
    await waitForDiagnostics(draftUri, 'a post-holder finding on James Cleverly', (d) => d.some((x) => ruleOf(x) === 'post-holder' && /Cleverly/.test(x.message)));
  });
});
