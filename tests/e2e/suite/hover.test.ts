/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, hoverText, openDraft, positionOf, projectRoot, rangeOf, waitFor, waitForDiagnostics } from './helpers';

/** Hover text with Markdown escapes and emphasis removed, for matching. */
function plain(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1').replace(/[*_`]/g, '').replace(/&nbsp;/g, ' ');
}

async function hoverAt(doc: vscode.TextDocument, position: vscode.Position, what: string, predicate: (text: string) => boolean): Promise<string> {
  return waitFor(what, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
    const text = plain(hoverText(hovers));
    return predicate(text) ? text : undefined;
  });
}

/** A phrase of the article (asserting that it is one), which a hover must quote as evidence. */
function articlePhrase(phrase: string): string {
  const article = fs.readFileSync(path.join(projectRoot(), 'knowledge', 'article.ar.txt'), 'utf8');
  assert.ok(article.includes(phrase), `the article says "${phrase}"`);
  return phrase;
}

suite('hover cards', () => {
  suiteTeardown(closeAllEditors);

  test('on a known person (Arabic draft): names in both languages and the article\'s evidence', async () => {
    const doc = await openDraft('drafts/ar-errors.md');
    const at = positionOf(doc, 'ماثيو ميلر').translate(0, 2);
    const evidence = articlePhrase('المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر');
    const text = await hoverAt(doc, at, 'a fact card for ماثيو ميلر', (t) => /ماثيو ميلر/.test(t) && /Matthew Miller/.test(t));
    assert.match(text, /Matthew Miller/);
    assert.match(text, /ماثيو ميلر/);
    assert.ok(text.includes(evidence), `the card quotes the article:\n${text}`);
  });

  test('on a known person (English draft): names in both languages and the article\'s evidence', async () => {
    const doc = await openDraft('drafts/en-clean.md');
    const at = positionOf(doc, 'Alina Romanowski').translate(0, 3);
    const text = await hoverAt(doc, at, 'a fact card for Alina Romanowski', (t) => /Romanowski/.test(t) && /رومانوسكي/.test(t));
    assert.match(text, /إلينا رومانوسكي/);
    assert.ok(text.includes(articlePhrase('السفيرة الأمريكيّة في العراق إلينا رومانوسكي')), `the card quotes the article:\n${text}`);
  });

  test('on a finding: what the draft says, what the article says, and the evidence', async () => {
    const doc = await openDraft('drafts/ar-errors.md');
    const wrong = rangeOf(doc, 'العبيسي');
    await waitForDiagnostics(doc.uri, 'the finding on العبيسي', (d) => d.some((x) => x.range.intersection(wrong)));
    const at = wrong.start.translate(0, 2);
    const text = await hoverAt(doc, at, 'a hover on the misspelt name', (t) => /ثابت العباسي/.test(t) && /Abbasi/i.test(t));
    assert.match(text, /العبيسي/, 'says what the draft has');
    assert.match(text, /ثابت العباسي/, 'says what the article has');
    assert.match(text, /Th[aā]bi?e?t al-['ʿ]?Abb[aā]si/i, 'gives the English name');
    assert.ok(text.includes(articlePhrase('برئاسة وزير الدفاع، ثابت العباسي')), `quotes the article:\n${text}`);
  });
});
