/**
 * The `.isnadrc.json` configuration file: its zod schema and a parser that reports every problem
 * with the file name, a JSON path and a 1-based line and column.
 *
 * This module is pure: it does no I/O and touches no file system, so the CLI and the language
 * server can both use it (the host reads the file and resolves the paths; see `host/src/config.ts`).
 *
 * Paths and globs in a configuration file are relative to the folder that holds it and may never
 * leave that folder: absolute paths and `..` segments that climb out of it are rejected. Only paths
 * given on the command line may point elsewhere.
 */
import { z } from 'zod';
import { closest, jsonFile, type JsonProblem } from '../engine/src/jsonProblems';

export { closest };

/** The name of the configuration file, looked up from the working folder upward. */
export const CONFIG_FILE_NAME = '.isnadrc.json';

/** The drafts that are checked when a folder is walked and the configuration names none. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.md', '**/*.markdown', '**/*.txt'];

/** The default largest draft read, in bytes (5 MiB); larger files are reported and skipped. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/**
 * Whether a path, read relative to some folder, stays inside that folder. Absolute paths (POSIX,
 * drive-letter or UNC) never do; `..` segments may climb back only as far as they went down.
 */
export function staysInside(path: string): boolean {
  const normalised = path.replace(/\\/g, '/');
  if (normalised.startsWith('/') || /^[A-Za-z]:/.test(normalised)) return false;
  let depth = 0;
  for (const segment of normalised.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      depth--;
      if (depth < 0) return false;
    } else {
      depth++;
    }
  }
  return true;
}

const insidePath = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .refine(staysInside, { message: `${what} must be relative to the configuration file's folder and stay inside it` });

/** A severity setting, as in the engine. */
export const SeveritySettingSchema = z.enum(['error', 'warning', 'info', 'hint', 'off']);

/** The schema of `.isnadrc.json`. Unknown keys are errors, so that typos do not go unnoticed. */
export const IsnadConfigSchema = z
  .object({
    $schema: z.string().optional(),
    factBases: z
      .array(
        z.union([
          insidePath('a fact-base path'),
          z
            .object({
              path: insidePath('a fact-base path'),
              drafts: z.array(insidePath('a draft glob')).min(1).optional().describe("Globs of this story's drafts, relative to this file."),
            })
            .strict(),
        ]),
      )
      .default([])
      .describe('Fact-base files to load, relative to this file: a path, or { path, drafts } to tie the drafts matching the globs to that fact base.'),
    bundledFactBase: z.boolean().default(true).describe('Whether the fact base shipped with isnad is loaded too.'),
    rules: z.record(z.string(), SeveritySettingSchema).default({}).describe('Severity overrides by rule id.'),
    include: z
      .array(insidePath('an include glob'))
      .default([...DEFAULT_INCLUDE])
      .describe('Globs of the drafts to check when a folder is walked, relative to this file.'),
    exclude: z.array(insidePath('an exclude glob')).default([]).describe('Globs of files and folders never to check.'),
    format: z
      .record(insidePath('a format glob'), z.enum(['markdown', 'plaintext']))
      .default({})
      .describe('How files matching each glob are read; by default .txt files are plain text and others Markdown.'),
    lang: z.enum(['auto', 'ar', 'en']).default('auto').describe("The language of messages; auto uses each draft's own."),
    maxFileSize: z.number().int().positive().optional().describe('The largest draft read, in bytes; larger files are skipped.'),
  })
  .strict();

/** One entry of `factBases`: a path, or a path with the globs of its story's drafts. */
export type FactBaseEntryConfig = string | { path: string; drafts?: string[] };

/** The path of a `factBases` entry. */
export function factBaseEntryPath(entry: FactBaseEntryConfig): string {
  return typeof entry === 'string' ? entry : entry.path;
}

/** A parsed configuration, defaults applied. */
export type IsnadConfig = z.infer<typeof IsnadConfigSchema>;

/** The configuration used when there is no file. */
export function defaultConfig(): IsnadConfig {
  return IsnadConfigSchema.parse({});
}

/**
 * A problem with a configuration file: the file as the caller named it, a JSON path such as
 * `$.rules["name-mismatch"]`, a 1-based line and column, and a one-line message. The same shape
 * as a fact base's problems (`engine/src/jsonProblems.ts` makes both).
 */
export type ConfigProblem = JsonProblem;

/** What {@link parseConfig} returns: the configuration when it is usable, and every problem found. */
export interface ParseConfigResult {
  config?: IsnadConfig;
  problems: ConfigProblem[];
}

/** Options of {@link parseConfig}. */
export interface ParseConfigOptions {
  /** The rule ids that exist; when given, other ids under `rules` are problems. */
  knownRules?: readonly string[];
}

/**
 * How a configuration file is read: JSON with comments and trailing commas (JSONC), as ESLint reads
 * `.eslintrc.json` and TypeScript `tsconfig.json`.
 */
const JSONC = { jsonc: true, emptyHint: 'write {} for the defaults' } as const;

/**
 * Parses the text of a configuration file. Comments and trailing commas are allowed (JSONC). Never
 * throws.
 *
 * @param text The file's contents.
 * @param file The file's name, used in problems only.
 */
export function parseConfig(text: string, file: string, options: ParseConfigOptions = {}): ParseConfigResult {
  const json = jsonFile(text, file, JSONC);
  const read = json.parse();
  if (!read.ok) return { problems: [read.problem] };
  const parsed = IsnadConfigSchema.safeParse(read.value);
  if (!parsed.success) return { problems: json.schemaProblems(parsed.error.issues, IsnadConfigSchema) };
  const config = parsed.data;
  const problems: ConfigProblem[] = [];
  if (options.knownRules) {
    const known = new Set(options.knownRules);
    for (const id of Object.keys(config.rules)) {
      if (!known.has(id)) {
        const suggestion = closest(id, options.knownRules);
        problems.push(json.atPath(['rules', id], `unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`));
      }
    }
  }
  return problems.length > 0 ? { problems } : { config, problems };
}

/**
 * The 1-based line and column of a JSON path in a configuration file's text (of its key, for a
 * property), or of the deepest part of the path that exists; `1:1` when the text is not JSON.
 */
export function locateInConfig(text: string, path: readonly (string | number)[]): { line: number; column: number } {
  const { line, column } = jsonFile(text, '', JSONC).atPath(path, '');
  return { line, column };
}

/**
 * Parses a `--rule id=severity` argument.
 *
 * @returns The rule id and the severity, or a message saying what is wrong.
 */
export function parseRuleOverride(argument: string): { id: string; severity: z.infer<typeof SeveritySettingSchema> } | { error: string } {
  const match = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(argument);
  if (!match) return { error: `expected id=severity, got "${argument}"` };
  const severity = SeveritySettingSchema.safeParse(match[2]);
  if (!severity.success) return { error: `"${match[2]}" is not a severity; use error, warning, info, hint or off` };
  return { id: match[1]!, severity: severity.data };
}
