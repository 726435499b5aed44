/**
 * The server's state, in one small explicit object instead of variables shared by closures.
 *
 * What the client can do is learnt once in `initialize` and then read only. The rest changes with
 * the workspace: its folders, its trust, the settings a client pushes, and the configuration
 * generation, which every cache key of a check includes so that a change of settings, trust,
 * folders or `.isnadrc.json` invalidates the cached results.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import type { Lang } from '../../engine/src/index';
import { uriToPath } from './paths';
import { langOfLocale } from './messages';
import type { InitializationOptions } from './protocol';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** What the client supports, read from its capabilities. */
export interface ClientFeatures {
  /** The client pulls diagnostics (`textDocument/diagnostic`) instead of having them pushed. */
  pullDiagnostics: boolean;
  /** The client accepts `workspace/diagnostic/refresh`. */
  refreshSupport: boolean;
  /** The client answers `workspace/configuration`. */
  configurationSupport: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchers: boolean;
  relativePatterns: boolean;
  workspaceFolderEvents: boolean;
}

/** Everything about the session that changes after `initialize`. */
export interface ServerState {
  client: ClientFeatures;
  /** The language of the server's own messages (from the client's locale). */
  uiLang: Lang;
  /** Whether the workspace is trusted; an untrusted one contributes no fact bases or project configuration. */
  trusted: boolean;
  folders: WorkspaceFolder[];
  /** Settings for clients that push them instead of answering `workspace/configuration`. */
  pushedSettings: Settings;
  /** Increases whenever settings, trust, folders or a project configuration change. */
  configGeneration: number;
}

/** The state before `initialize`. */
export function initialState(): ServerState {
  return {
    client: {
      pullDiagnostics: false,
      refreshSupport: false,
      configurationSupport: false,
      dynamicConfiguration: false,
      dynamicWatchers: false,
      relativePatterns: false,
      workspaceFolderEvents: false,
    },
    uiLang: 'en',
    trusted: true,
    folders: [],
    pushedSettings: DEFAULT_SETTINGS,
    configGeneration: 0,
  };
}

/** What a client's capabilities say it supports. */
export function clientFeatures(capabilities: ClientCapabilities): ClientFeatures {
  return {
    pullDiagnostics: !!capabilities.textDocument?.diagnostic,
    refreshSupport: !!capabilities.workspace?.diagnostics?.refreshSupport,
    configurationSupport: !!capabilities.workspace?.configuration,
    dynamicConfiguration: !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration,
    dynamicWatchers: !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    relativePatterns: !!capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport,
    workspaceFolderEvents: !!capabilities.workspace?.workspaceFolders,
  };
}

/** Fills the state from the `initialize` request. */
export function initializeState(state: ServerState, params: InitializeParams): void {
  state.client = clientFeatures(params.capabilities);
  state.uiLang = langOfLocale(params.locale);
  state.trusted = (params.initializationOptions as InitializationOptions | undefined)?.isTrusted !== false;
  if (params.workspaceFolders) state.folders = params.workspaceFolders;
  else if (params.rootUri) state.folders = [{ uri: params.rootUri, name: basename(uriToPath(params.rootUri) ?? 'root') }];
  else if (params.rootPath) state.folders = [{ uri: pathToFileURL(params.rootPath).href, name: basename(params.rootPath) }];
}
