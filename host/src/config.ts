/**
 * Finds and loads `.isnadrc.json` files, resolving the paths they name against the folder that
 * holds them. The schema and the parser are in `shared/config.ts` (pure); this is the file-system
 * half, shared by the CLI and the language server.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { CONFIG_FILE_NAME, defaultConfig, factBaseEntryPath, locateInConfig, parseConfig, type ConfigProblem, type IsnadConfig } from '../../shared/config';
import { matchesAny, toPosix } from './files';

/** A configuration and where it came from. */
export interface LoadedConfig {
  /** The configuration file, absolute; absent when defaults are used. */
  file?: string;
  /** The folder that the configuration's paths and globs are relative to. */
  dir: string;
  config: IsnadConfig;
}

/** The largest configuration file read, in bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Finds the nearest configuration file in `start` or a folder above it. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; look further up.
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads and parses a configuration file. Never throws: problems (unreadable file, bad JSON, schema
 * violations, unknown rules, paths that leave the configuration's folder) come back as a list.
 */
export function loadConfigFile(path: string, knownRules?: readonly string[]): { config?: LoadedConfig; problems: ConfigProblem[] } {
  const file = resolve(path);
  const problem = (message: string) => ({ problems: [{ file, path: '$', line: 1, column: 1, message }] });
  let text: string;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return problem('not a file');
    if (stats.size > MAX_CONFIG_BYTES) return problem(`the configuration file is too large (${stats.size} bytes)`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return problem(`cannot read the configuration file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const parsed = parseConfig(text, file, { knownRules });
  if (!parsed.config) return { problems: parsed.problems };
  const dir = dirname(file);
  const problems: ConfigProblem[] = [];
  // A fact-base path may be a link; its target must stay inside the folder too.
  parsed.config.factBases.forEach((entry, i) => {
    const factBase = factBaseEntryPath(entry);
    const target = resolve(dir, factBase);
    if (!existsSync(target)) return;
    try {
      const real = realpathSync(target);
      const realDir = realpathSync(dir);
      const inside = relative(realDir, real);
      if (inside.startsWith('..') || isAbsolute(inside)) {
        const at = typeof entry === 'string' ? ['factBases', i] : ['factBases', i, 'path'];
        problems.push({ file, path: `$.factBases[${i}]${typeof entry === 'string' ? '' : '.path'}`, ...locateInConfig(text, at), message: `"${factBase}" leads outside the configuration's folder` });
      }
    } catch {
      // Reported when the fact base is loaded.
    }
  });
  if (problems.length > 0) return { problems };
  return { config: { file, dir, config: parsed.config }, problems: [] };
}

/** The configuration used when there is no file: defaults, relative to `cwd`. */
export function defaultLoadedConfig(cwd: string): LoadedConfig {
  return { dir: resolve(cwd), config: defaultConfig() };
}

/** The absolute paths of the fact bases a configuration names. */
export function configFactBasePaths(loaded: LoadedConfig): string[] {
  return loaded.config.factBases.map((entry) => resolve(loaded.dir, factBaseEntryPath(entry)));
}

/** The draft globs a configuration gives each fact base (absolute path → globs relative to `dir`). */
export function configDraftGlobs(loaded: LoadedConfig): { factBase: string; dir: string; globs: string[] }[] {
  return loaded.config.factBases.flatMap((entry) =>
    typeof entry === 'string' || !entry.drafts ? [] : [{ factBase: resolve(loaded.dir, entry.path), dir: loaded.dir, globs: entry.drafts }],
  );
}

/**
 * How a draft is read: the configuration's `format` globs decide (the first that matches, relative
 * to the configuration's folder); otherwise `.txt` files are plain text and all others Markdown.
 */
export function formatFor(loaded: LoadedConfig, file: string): 'markdown' | 'plaintext' {
  const relativePath = toPosix(relative(loaded.dir, resolve(file)));
  for (const [glob, format] of Object.entries(loaded.config.format)) {
    if (matchesAny([glob], relativePath)) return format;
  }
  return /\.txt$/i.test(file) ? 'plaintext' : 'markdown';
}
