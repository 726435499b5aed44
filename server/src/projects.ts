/**
 * The `.isnadrc.json` files that apply to drafts, found and parsed the way the CLI does it
 * (`host/src/config.ts`): the nearest one in the draft's folder or a folder above it.
 *
 * Look-ups are cached per folder and parsed files per path; {@link ProjectConfigs.clear} forgets
 * everything when a configuration file changes. A broken file is reported (through the callback)
 * and ignored: its drafts get the defaults until it is fixed.
 */
import { dirname, relative, resolve } from 'node:path';
import { findConfigFile, loadConfigFile, type LoadedConfig } from '../../host/src/config';
import { isExcluded, matchesAny, toPosix } from '../../host/src/files';
import type { ConfigProblem } from '../../shared/config';

/** Called after a configuration file was read: its problems (empty when it is fine), and whether they changed. */
export type ConfigProblemsListener = (file: string, problems: ConfigProblem[], changed: boolean) => void;

/** Finds, parses and caches project configurations. */
export class ProjectConfigs {
  #fileOfFolder = new Map<string, string | undefined>();
  #parsed = new Map<string, LoadedConfig | undefined>();
  #problems = new Map<string, string>();
  #knownRules: () => readonly string[];
  #listener: ConfigProblemsListener;

  /**
   * @param knownRules The rule ids that exist (other ids under `rules` are problems, as in the CLI).
   * @param listener Told about each file's problems.
   */
  constructor(knownRules: () => readonly string[], listener: ConfigProblemsListener) {
    this.#knownRules = knownRules;
    this.#listener = listener;
  }

  /** The configuration that applies to files in `folder`, if there is a valid one. */
  forFolder(folder: string): LoadedConfig | undefined {
    const key = resolve(folder);
    let file: string | undefined;
    if (this.#fileOfFolder.has(key)) file = this.#fileOfFolder.get(key);
    else {
      file = findConfigFile(key);
      this.#fileOfFolder.set(key, file);
    }
    if (file === undefined) return undefined;
    if (!this.#parsed.has(file)) {
      const loaded = loadConfigFile(file, this.#knownRules());
      this.#parsed.set(file, loaded.config);
      const signature = JSON.stringify(loaded.problems);
      const changed = (this.#problems.get(file) ?? '[]') !== signature;
      this.#problems.set(file, signature);
      if (changed || loaded.problems.length > 0) this.#listener(file, loaded.problems, changed);
    }
    return this.#parsed.get(file);
  }

  /** The configuration that applies to the file at `path`, if there is a valid one. */
  forFile(path: string): LoadedConfig | undefined {
    return this.forFolder(dirname(path));
  }

  /** Forgets every look-up and parse (a configuration file was created, changed or deleted). */
  clear(): void {
    this.#fileOfFolder.clear();
    this.#parsed.clear();
  }
}

/** The path of `file` relative to the configuration's folder, with forward slashes. */
function relativeTo(config: LoadedConfig, file: string): string {
  return toPosix(relative(config.dir, resolve(file)));
}

/** Whether the configuration's `exclude` globs leave `file` out. */
export function excludedBy(config: LoadedConfig, file: string): boolean {
  return config.config.exclude.length > 0 && isExcluded(config.config.exclude, relativeTo(config, file));
}

/** The format the configuration's `format` globs give `file`, if one matches. */
export function formatBy(config: LoadedConfig, file: string): 'markdown' | 'plaintext' | undefined {
  const path = relativeTo(config, file);
  for (const [glob, format] of Object.entries(config.config.format)) if (matchesAny([glob], path)) return format;
  return undefined;
}
