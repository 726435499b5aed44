/**
 * The server's commands (`workspace/executeCommand`): "Check Document", "Check Workspace" and
 * "Draw Fact Base from Article" (`draw.ts`), and the `isnad/describeFactBases` request behind
 * "Show Fact Base".
 */
import { pathToFileURL } from 'node:url';
import { WorkDoneProgressReporter, type Connection, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describeFactBase, type Finding, type Lang } from '../../engine/src/index';
import { defaultLoadedConfig, type LoadedConfig } from '../../host/src/config';
import { discoverFiles, readTextFile } from '../../host/src/files';
import { DEFAULT_MAX_FILE_SIZE } from '../../shared/config';
import type { Checks } from './checks';
import type { Configuration } from './configuration';
import type { DiagnosticsScheduler } from './diagnostics';
import type { Facts } from './facts';
import type { Logger } from './log';
import { messages } from './messages';
import { languageOfFile, uriToPath } from './paths';
import { formatBy } from './projects';
import { drawFactBaseCommand } from './draw';
import { Commands, DescribeFactBasesRequest, type CheckSummary, type DescribedFactBase, type DrawFactBaseResult } from './protocol';
import type { ServerState } from './state';

/** What the commands work with. */
export interface CommandContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  state: ServerState;
  logger: Logger;
  configuration: Configuration;
  facts: Facts;
  checks: Checks;
  diagnostics: DiagnosticsScheduler;
}

/** Listens for the commands and the describe request (call before `listen`). */
export function listenCommands(context: CommandContext): void {
  const { connection, logger } = context;
  connection.onExecuteCommand(
    logger.guard('executeCommand', null as CheckSummary | DrawFactBaseResult | null, async (params, token, workDone) => {
      if (params.command === Commands.checkDocument) {
        const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
        return checkDocument(context, uri);
      }
      if (params.command === Commands.drawFactBase) return drawFactBaseCommand(context.state, context.facts, params.arguments?.[0]);
      if (params.command === Commands.checkWorkspace) {
        let progress: WorkDoneProgressReporter = workDone;
        let progressCancelled = (): boolean => false;
        if (WorkDoneProgressReporter.isNullInstance(workDone)) {
          const created = await connection.window.createWorkDoneProgress();
          progress = created;
          progressCancelled = () => created.token.isCancellationRequested;
        }
        return checkWorkspace(context, progress, () => token.isCancellationRequested || progressCancelled());
      }
      return null;
    }),
  );
  connection.onRequest(
    DescribeFactBasesRequest.type,
    logger.guard('describeFactBases', [] as DescribedFactBase[], (params) => describeFactBases(context, params?.uri, params?.lang === 'ar' ? 'ar' : 'en')),
  );
}

function emptySummary(): CheckSummary {
  return { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0 };
}

function countSeverities(summary: CheckSummary, findings: readonly Finding[]): void {
  for (const finding of findings) {
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else if (finding.severity === 'info') summary.infos++;
    else summary.hints++;
  }
}

/** Checks one open document (or all of them) afresh and delivers the diagnostics. */
async function checkDocument(context: CommandContext, uri: string | undefined): Promise<CheckSummary> {
  const { documents, checks, diagnostics, state } = context;
  const summary = emptySummary();
  const targets = uri ? documents.all().filter((document) => document.uri === uri || uriToPath(document.uri) === uriToPath(uri)) : documents.all();
  for (const document of targets) {
    checks.forget(document.uri);
    const { result } = await checks.checkOpen(document);
    if (!result) continue;
    summary.files++;
    countSeverities(summary, result.findings);
  }
  if (state.client.pullDiagnostics) diagnostics.refresh();
  else for (const document of targets) await diagnostics.publish(document.uri);
  return summary;
}

/**
 * The drafts of each workspace folder, as `isnad check <folder>` finds them: the project's include
 * and exclude globs, or the defaults.
 */
function workspaceDrafts(context: CommandContext): { path: string; project?: LoadedConfig }[] {
  const files: { path: string; project?: LoadedConfig }[] = [];
  for (const folder of context.state.folders) {
    const folderPath = uriToPath(folder.uri);
    if (!folderPath) continue;
    const project = context.facts.projectOfFolder(folderPath);
    const config = project ?? defaultLoadedConfig(folderPath);
    const found = discoverFiles([folderPath], { cwd: folderPath, base: config.dir, include: config.config.include, exclude: config.config.exclude });
    for (const path of found.files) files.push({ path, project });
  }
  return files;
}

/** Checks every draft of the workspace, open or not, and pushes the diagnostics. */
async function checkWorkspace(context: CommandContext, progress: WorkDoneProgressReporter, cancelled: () => boolean): Promise<CheckSummary> {
  const { documents, checks, diagnostics, facts, logger } = context;
  const summary = emptySummary();
  const text = messages(context.state.uiLang);
  progress.begin(text.checkingWorkspace, 0, undefined, true);
  try {
    const files = workspaceDrafts(context);
    const openByPath = new Map(documents.all().map((document) => [uriToPath(document.uri) ?? document.uri, document]));
    for (let i = 0; i < files.length; i++) {
      if (cancelled()) {
        summary.cancelled = true;
        break;
      }
      const { path, project } = files[i]!;
      progress.report(Math.round((100 * i) / files.length), text.checkedFiles(i, files.length));
      const open = openByPath.get(path);
      const uri = open?.uri ?? pathToFileURL(path).href;
      let document = open;
      if (!document) {
        const read = readTextFile(path, { maxBytes: project?.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE });
        if (!read.ok) {
          logger.log(`isnad: ${path}: skipped: ${read.reason}`);
          continue;
        }
        const format = (project ? formatBy(project, path) : undefined) ?? languageOfFile(path);
        document = TextDocument.create(uri, format, 0, read.text);
      }
      const prepared = await checks.prepare(uri, document.languageId);
      if (!prepared.enabled) continue;
      // A fact base's source article is not a draft.
      if (facts.isArticle(path)) continue;
      const result = open ? (await checks.checkOpen(open)).result : checks.run(prepared, document.getText());
      if (!result) continue;
      summary.files++;
      countSeverities(summary, result.findings);
      // Pushed even for open documents when the client pulls: an editor may pull only for the
      // documents it shows (VS Code does), and drops pushed diagnostics for those itself. The
      // server drops them at the document's next change.
      await diagnostics.publishFromWorkspace(uri, checks.toDiagnostics(document, result.findings));
    }
  } finally {
    progress.done();
  }
  return summary;
}

/** The fact bases that apply to `uri` (or to the first workspace folder), described for reading. */
async function describeFactBases(context: CommandContext, uri: string | undefined, lang: Lang): Promise<DescribedFactBase[]> {
  const { configuration, facts, state } = context;
  const scope = uri ?? state.folders[0]?.uri ?? pathToFileURL(process.cwd()).href;
  const settings = await configuration.settings.get(scope);
  const described: DescribedFactBase[] = [];
  for (const path of facts.factBasePaths(scope, settings, facts.projectOf(scope))) {
    const entry = facts.store.entry(path);
    if (!entry.good) continue;
    described.push({
      id: entry.good.factBase.id,
      title: entry.good.factBase.title,
      path: entry.path,
      markdown: describeFactBase(entry.good.factBase, lang),
      stale: entry.problems.length > 0,
    });
  }
  facts.afterLoad();
  return described;
}
