/**
 * The language features on a draft: hover (fact cards) and code actions (quick fixes, fix-all,
 * disable for this line); and in a fact-base file, hover on a fact (its evidence, `factBaseHover.ts`). Rendering lives in `hover.ts` and `codeActions.ts`; this file answers the
 * requests.
 */
import type { CodeAction, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { hoverAt } from '../../engine/src/index';
import type { Checks } from './checks';
import { factBaseHover } from './factBaseHover';
import type { Facts } from './facts';
import { isFactBaseUri, uriToPath } from './paths';
import { codeActionsFor } from './codeActions';
import { toOffset, toRange } from './convert';
import { renderHover } from './hover';
import type { Logger } from './log';
import type { ServerState } from './state';

/** Answers hover and code-action requests (call before `listen`). */
export function listenFeatures(connection: Connection, documents: TextDocuments<TextDocument>, state: ServerState, logger: Logger, checks: Checks, facts: Facts): void {
  // An opened fact-base file is loaded, so that its problems and the facts to review are shown on it.
  documents.onDidOpen(
    logger.guard('didOpen', undefined, ({ document }) => {
      const path = uriToPath(document.uri);
      if (path && isFactBaseUri(document.uri)) facts.opened(path);
    }),
  );

  connection.onHover(
    logger.guard('hover', null, async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      if (isFactBaseUri(document.uri)) return factBaseHover(document, toOffset(document, params.position), state.uiLang);
      const prepared = await checks.prepare(document.uri, document.languageId);
      if (!prepared.enabled) return null;
      const card = hoverAt(prepared.checker, document.getText(), toOffset(document, params.position), prepared.options);
      if (!card) return null;
      return { contents: { kind: 'markdown' as const, value: renderHover(card, checks.diagnosticContext) }, range: toRange(document, card.range) };
    }),
  );

  connection.onCodeAction(
    logger.guard('codeAction', [] as CodeAction[], async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      return codeActionsFor(document, params, async () => {
        const { result } = await checks.checkOpen(document);
        return { findings: result?.findings ?? [], lang: result?.lang ?? state.uiLang };
      });
    }),
  );
}
