/**
 * The `isnad.*` settings of each document, pulled from the client (or pushed by clients that cannot
 * answer `workspace/configuration`), and the events that invalidate them: a configuration change,
 * a change of workspace trust, and added or removed workspace folders.
 */
import { DidChangeConfigurationNotification, type Connection } from 'vscode-languageserver';
import type { Logger } from './log';
import { DidChangeWorkspaceTrustNotification } from './protocol';
import { SettingsCache, parseSettings } from './settings';
import type { ServerState } from './state';

/** The settings in use and what invalidates them. */
export class Configuration {
  readonly settings: SettingsCache;
  readonly #connection: Connection;
  readonly #state: ServerState;
  readonly #logger: Logger;
  readonly #changed: () => void;

  /** @param changed Called after anything that affects every check changed, to check the open drafts again. */
  constructor(connection: Connection, state: ServerState, logger: Logger, changed: () => void) {
    this.#connection = connection;
    this.#state = state;
    this.#logger = logger;
    this.#changed = changed;
    this.settings = new SettingsCache(async (uri) => {
      if (!state.client.configurationSupport) return state.pushedSettings;
      const raw: unknown = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'isnad' });
      return parseSettings(raw);
    });
  }

  /** Something that affects every check changed: forget the settings and check again. */
  invalidate(): void {
    this.settings.clear();
    this.#state.configGeneration++;
    this.#changed();
  }

  /** Listens for configuration and trust changes (call before `listen`). */
  listen(): void {
    const guard = this.#logger.guard.bind(this.#logger);
    this.#connection.onDidChangeConfiguration(
      guard('didChangeConfiguration', undefined, (params) => {
        if (!this.#state.client.configurationSupport) this.#state.pushedSettings = parseSettings((params.settings as { isnad?: unknown } | undefined)?.isnad);
        this.invalidate();
      }),
    );
    this.#connection.onNotification(
      DidChangeWorkspaceTrustNotification.type,
      guard('didChangeWorkspaceTrust', undefined, (params) => {
        if (!params || typeof params.isTrusted !== 'boolean' || params.isTrusted === this.#state.trusted) return;
        this.#state.trusted = params.isTrusted;
        this.invalidate();
      }),
    );
  }

  /** Registers for the changes the client announces dynamically (call once `initialized`). */
  async registerDynamic(): Promise<void> {
    const { client } = this.#state;
    if (client.dynamicConfiguration) await this.#connection.client.register(DidChangeConfigurationNotification.type, { section: 'isnad' });
    if (client.workspaceFolderEvents) {
      this.#connection.workspace.onDidChangeWorkspaceFolders((event) => {
        this.#state.folders = [...this.#state.folders.filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)), ...event.added];
        this.invalidate();
      });
    }
  }
}
