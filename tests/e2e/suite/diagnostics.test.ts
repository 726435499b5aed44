/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cliCheckFile, shapeOfCli } from './cli';
import { DRAFTS } from './drafts';
import { closeAllEditors, openDraft, rangeOf, revert, ruleOf, waitForDiagnostics, waitForShapes } from './helpers';

const ARABIC = /[\u0600-\u06FF]/;

suite('diagnostics of each draft', () => {
  suiteTeardown(closeAllEditors);

  for (const draft of DRAFTS) {
    test(`${draft.path}: the same findings as \`isnad check --format json\` (rule ids, ranges, messages, severities)`, async () => {
      const doc = await openDraft(draft.path);
      const cli = cliCheckFile(doc.uri.fsPath);
      if (draft.wrong.length) assert.ok(cli.length > 0, `the CLI finds errors in ${draft.path}`);
      // Whether a clean draft is really clean is the engine's to test (tests/engine, the corpus score);
      // here the editor must show exactly what the CLI reports.
      else if (cli.length) console.log(`[e2e] note: the CLI reports ${cli.length} finding(s) in the clean draft ${draft.path}: ${cli.map((f) => `${f.ruleId} "${f.actual}"`).join(', ')}`);
      await waitForShapes(doc.uri, cli.map(shapeOfCli));
    });

    if (draft.wrong.length) {
      test(`${draft.path}: each planted error is marked, in the draft's language, with a rule link and the article's evidence`, async () => {
        const doc = await openDraft(draft.path);
        const diagnostics = await waitForDiagnostics(doc.uri, `diagnostics over ${draft.wrong.join(', ')}`, (d) =>
          draft.wrong.every((w) => d.some((x) => x.range.intersection(rangeOf(doc, w)) && !x.range.intersection(rangeOf(doc, w))!.isEmpty)),
        );
        for (const d of diagnostics) {
          assert.ok(ruleOf(d).length > 0, 'the code is the rule id');
          assert.match(ruleOf(d), /^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case');
          const code = d.code as { value: string; target: vscode.Uri } | string;
          assert.ok(typeof code === 'object' && code.target, `the code of ${ruleOf(d)} links to its documentation`);
          if (draft.lang === 'ar') assert.match(d.message, ARABIC, `an Arabic draft gets Arabic messages: ${d.message}`);
          else assert.doesNotMatch(d.message.replace(/«[^»]*»|"[^"]*"|“[^”]*”|\([^)]*\)/g, ''), ARABIC, `an English draft gets English messages: ${d.message}`);
        }
        const withEvidence = diagnostics.filter((d) => d.relatedInformation?.length);
        assert.ok(withEvidence.length > 0, 'findings point at the evidence in the article (relatedInformation)');
        for (const d of withEvidence) {
          for (const info of d.relatedInformation!) {
            assert.match(info.location.uri.path, /article[^/]*\.txt$/, `evidence is in the article: ${info.location.uri.toString()}`);
            const article = await vscode.workspace.openTextDocument(info.location.uri);
            assert.ok(article.getText(info.location.range).length > 0, 'the evidence range holds article text');
          }
        }
      });
    } else if (draft.plant) {
      test(`${draft.path}: is checked (a planted error appears, and goes when reverted)`, async () => {
        const doc = await openDraft(draft.path);
        const editor = await vscode.window.showTextDocument(doc);
        await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount, 0), draft.plant!.text));
        await waitForDiagnostics(doc.uri, `a diagnostic over the planted "${draft.plant!.wrong}"`, (d) =>
          d.some((x) => x.range.contains(rangeOf(doc, draft.plant!.wrong)) || rangeOf(doc, draft.plant!.wrong).contains(x.range)),
        );
        await revert(doc);
        await waitForShapes(doc.uri, cliCheckFile(doc.uri.fsPath).map(shapeOfCli));
      });
    }
  }
});
