/**
 * Checking a document: its settings, project, fact bases and engine options gathered into a
 * {@link Prepared} check, and the last result of each open document, reused while nothing that
 * affects it has changed.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rules, type CheckOptions, type CheckResult, type Checker, type Finding } from '../../engine/src/index';
import { ruleDocUrl } from '../../host/src/docs';
import { configDraftGlobs } from '../../host/src/config';
import { draftGlobs, storiesByPath } from '../../host/src/stories';
import { toDiagnostic, type DiagnosticContext } from './convert';
import type { Configuration } from './configuration';
import type { Facts } from './facts';
import { formatOf, isFactBaseUri, LANGUAGE_ALIASES, uriToPath } from './paths';
import { excludedBy, formatBy } from './projects';
import { checkOptions, type Settings } from './settings';
import type { ServerState } from './state';

/** A document's check, ready to run: its settings, the checker for its fact bases and the options. */
export interface Prepared {
  settings: Settings;
  /** Whether the document's language is one that `isnad.languages` checks. */
  enabled: boolean;
  checker: Checker;
  options: CheckOptions;
  /** Changes whenever anything that affects the result (other than the text) changes. */
  key: string;
}

/** A checked open document: its check, its result (none when it is not checked) and the result's key. */
export interface OpenCheck {
  prepared: Prepared;
  result?: CheckResult;
  key: string;
}

/** Runs checks and caches the results of open documents. */
export class Checks {
  /** How findings link to rule documentation and article evidence. */
  readonly diagnosticContext: DiagnosticContext;
  readonly #connection: Connection;
  readonly #state: ServerState;
  readonly #configuration: Configuration;
  readonly #facts: Facts;
  readonly #results = new Map<string, { key: string; result: CheckResult }>();

  constructor(connection: Connection, state: ServerState, configuration: Configuration, facts: Facts) {
    this.#connection = connection;
    this.#state = state;
    this.#configuration = configuration;
    this.#facts = facts;
    this.diagnosticContext = {
      ruleHref: (ruleId) => ruleDocUrl(ruleId),
      article: (evidence) => facts.article(evidence),
    };
  }

  /** Gathers what checking the document at `uri` needs. */
  async prepare(uri: string, languageId: string): Promise<Prepared> {
    const settings = await this.#configuration.settings.get(uri);
    const project = this.#facts.projectOf(uri);
    const paths = this.#facts.factBasePaths(uri, settings, project);
    const checker = this.#facts.store.checker(paths);
    this.#facts.afterLoad();
    const path = uriToPath(uri);
    const format = (project && path ? formatBy(project, path) : undefined) ?? formatOf(languageId, uri);
    // Drafts tied to a story by their paths, as the CLI ties them (configuration and scope.drafts globs).
    const entries = paths.map((factBasePath) => ({ path: factBasePath, factBase: this.#facts.store.entry(factBasePath).good?.factBase }));
    // A fact base found beside the draft ties the drafts of its folder and below, as in the CLI.
    const found = this.#facts.discovered(uri, settings, project).map((item) => ({ factBase: item.path, dir: item.dir, globs: ['**'] }));
    const stories = storiesByPath(draftGlobs(entries, [...(project ? configDraftGlobs(project) : []), ...found]), path ?? undefined);
    const options = { ...checkOptions(settings, format, rules, { rules: project?.config.rules, lang: project?.config.lang }), ...(stories ? { stories } : {}) };
    const excluded = !!project && !!path && excludedBy(project, path);
    return {
      settings,
      enabled: !excluded && !isFactBaseUri(uri) && (settings.languages.includes(languageId) || settings.languages.includes(LANGUAGE_ALIASES[languageId] ?? languageId)),
      checker,
      options,
      key: `${this.#facts.store.generation}:${this.#state.configGeneration}:${this.#state.trusted}:${paths.join('|')}`,
    };
  }

  /** Checks an open document, reusing the last result while nothing has changed. */
  async checkOpen(document: TextDocument): Promise<OpenCheck> {
    const prepared = await this.prepare(document.uri, document.languageId);
    const key = `${document.version}:${prepared.key}`;
    if (!prepared.enabled) return { prepared, key };
    const cached = this.#results.get(document.uri);
    if (cached?.key === key) return { prepared, result: cached.result, key };
    const result = this.run(prepared, document.getText());
    this.#results.set(document.uri, { key, result });
    return { prepared, result, key };
  }

  /** Runs a prepared check on `text`, logging rules that failed. */
  run(prepared: Prepared, text: string): CheckResult {
    const result = prepared.checker.check(text, prepared.options);
    for (const failure of result.internalErrors) this.#connection.console.error(`isnad: rule ${failure.ruleId} failed: ${failure.message}`);
    return result;
  }

  /** The diagnostics of findings in `document`. */
  toDiagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
    return findings.map((finding) => toDiagnostic(document, finding, this.diagnosticContext));
  }

  /** Forgets the cached result of one document. */
  forget(uri: string): void {
    this.#results.delete(uri);
  }

  /** Forgets every cached result. */
  clear(): void {
    this.#results.clear();
  }
}
