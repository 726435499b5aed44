/**
 * The isnad-specific parts of the protocol between the language server and its clients: command
 * ids, custom messages and the shape of `Diagnostic.data`. The VS Code client imports this file
 * too, so both sides agree on names; it depends on the protocol package only.
 */
import { NotificationType, RequestType, type Range } from 'vscode-languageserver-protocol';

/** Commands the server executes through `workspace/executeCommand`. */
export const Commands = {
  /** Re-checks one document. Arguments: `[uri?: string]`. Returns a {@link CheckSummary}. */
  checkDocument: 'isnad.checkDocument',
  /** Checks every draft of the workspace folders and publishes diagnostics for each. Returns a {@link CheckSummary}. */
  checkWorkspace: 'isnad.checkWorkspace',
  /**
   * Draws a fact base from an article file and starts using it. Arguments: `[DrawFactBaseParams]`.
   * Returns a {@link DrawFactBaseResult}.
   */
  drawFactBase: 'isnad.drawFactBase',
} as const;

/** The argument of {@link Commands.drawFactBase}. */
export interface DrawFactBaseParams {
  /** The article (a `file:` URI; the file on disk is read, so save it first). */
  uri: string;
  /** The article's language; detected when absent (the result asks for it when the text is too mixed). */
  lang?: 'ar' | 'en';
  /** Replace an existing `<article>.factbase.json`. */
  overwrite?: boolean;
}

/** What {@link Commands.drawFactBase} returns. */
export type DrawFactBaseResult =
  | {
      status: 'drawn';
      /** The fact-base file written beside the article. */
      uri: string;
      path: string;
      id: string;
      /** How many facts were drawn. */
      facts: number;
      /** How many of them the drawing marked unsure (each a diagnostic on the file). */
      unsure: number;
      /** What the user should know (an empty article, no facts found …), in the UI language. */
      warnings: string[];
      /** A one-line summary in the UI language. */
      message: string;
    }
  | { status: 'exists'; uri: string; path: string }
  | { status: 'needs-lang' }
  | { status: 'error'; message: string };

/** The code-action kind of "fix everything isnad can fix in this file". */
export const FIX_ALL_KIND = 'source.fixAll.isnad';

/** What the check commands return. */
export interface CheckSummary {
  /** Files checked. */
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** Whether the run was cancelled before it finished. */
  cancelled?: boolean;
}

/** Initialisation options a client may send. */
export interface InitializationOptions {
  /** Whether the workspace is trusted; an untrusted workspace contributes no fact bases and no config. Default: true. */
  isTrusted?: boolean;
}

/** Parameters of {@link DidChangeWorkspaceTrustNotification}. */
export interface DidChangeWorkspaceTrustParams {
  isTrusted: boolean;
}

/** Sent by the client when the user trusts (or stops trusting) the workspace. */
export const DidChangeWorkspaceTrustNotification = {
  method: 'isnad/didChangeWorkspaceTrust',
  type: new NotificationType<DidChangeWorkspaceTrustParams>('isnad/didChangeWorkspaceTrust'),
} as const;

/** Parameters of {@link DescribeFactBasesRequest}. */
export interface DescribeFactBasesParams {
  /** The document whose settings decide which fact bases apply; the first workspace folder when absent. */
  uri?: string;
  /** The language to describe the facts in. Default: English. */
  lang?: 'ar' | 'en';
}

/** One fact base in use, described for people. */
export interface DescribedFactBase {
  id: string;
  title?: string;
  /** The absolute path of the fact-base file. */
  path: string;
  /** Readable Markdown (the engine's `describeFactBase`). */
  markdown: string;
  /** Whether this is the last good version because the file on disk is broken. */
  stale: boolean;
}

/** Returns the fact bases that apply to a document, described in Markdown. */
export const DescribeFactBasesRequest = {
  method: 'isnad/describeFactBases',
  type: new RequestType<DescribeFactBasesParams, DescribedFactBase[], void>('isnad/describeFactBases'),
} as const;

/** One text edit of a fix, as carried in `Diagnostic.data`. */
export interface DataEdit {
  range: Range;
  newText: string;
  /** The text the range held when the diagnostic was made; the fix is offered only while it still does. */
  oldText: string;
}

/**
 * What an isnad diagnostic carries in `data`, so that code actions need no state on the server.
 */
export interface IsnadDiagnosticData {
  /** The rule id (also the diagnostic's `code`). */
  ruleId: string;
  /** The document version the diagnostic was computed for. */
  version: number;
  /** What the draft says. */
  actual: string;
  /** What the article supports, when a replacement is clear. */
  expected?: string;
  /** The id of the fact the finding contradicts. */
  factId?: string;
  /** The message language. */
  lang: 'ar' | 'en';
  /** Fixes, most likely first. */
  fixes: { title: string; edits: DataEdit[] }[];
}

/** Whether a `Diagnostic.data` value looks like {@link IsnadDiagnosticData}. */
export function isIsnadDiagnosticData(value: unknown): value is IsnadDiagnosticData {
  const data = value as IsnadDiagnosticData | undefined;
  return !!data && typeof data === 'object' && typeof data.ruleId === 'string' && Array.isArray(data.fixes);
}
