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
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { lineIndex } from '../engine/src/text/lineIndex';

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

/** A problem with a configuration file. */
export interface ConfigProblem {
  /** The configuration file, as given by the caller. */
  file: string;
  /** A JSONPath-like location, e.g. `$.rules["name-mismatch"]`. */
  path: string;
  /** 1-based line and column (UTF-16 code units) of that location. */
  line: number;
  column: number;
  message: string;
}

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

type PathSegment = string | number;

function formatPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * How a configuration file is read: JSON with comments and trailing commas (JSONC), as ESLint reads
 * `.eslintrc.json` and TypeScript `tsconfig.json`.
 */
const JSONC = { allowTrailingComma: true, disallowComments: false } as const;

/** The keys a configuration file may have at the top level. */
export const CONFIG_KEYS: readonly string[] = Object.keys(IsnadConfigSchema.shape);

/**
 * Parses the text of a configuration file. Comments and trailing commas are allowed (JSONC). Never
 * throws.
 *
 * @param text The file's contents.
 * @param file The file's name, used in problems only.
 */
export function parseConfig(text: string, file: string, options: ParseConfigOptions = {}): ParseConfigResult {
  const index = lineIndex(text);
  const at = (offset: number, path: readonly PathSegment[], message: string): ConfigProblem => {
    const position = index.position(offset);
    return { file, path: formatPath(path), line: position.line + 1, column: position.character + 1, message };
  };
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  if (body.trim() === '') return { problems: [at(0, [], 'the configuration file is empty; write {} for the defaults')] };
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, JSONC);
  if (errors.length > 0 || !root) {
    const first = errors[0];
    return { problems: [at(first?.offset ?? 0, [], `invalid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}`)] };
  }
  const json: unknown = getNodeValue(root);
  const nodeOffset = (path: readonly PathSegment[]): number => {
    for (let length = path.length; length >= 0; length--) {
      const node: Node | undefined = findNodeAtLocation(root, path.slice(0, length) as PathSegment[]);
      if (node) {
        // Point at the property key when the node is a property value.
        return node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0].offset : node.offset;
      }
    }
    return 0;
  };
  const parsed = IsnadConfigSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 50).map((issue) => {
      const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
      let message = issue.message;
      // A bad record key (a format glob) carries the reason in a nested issue.
      if (issue.code === 'invalid_key' && issue.issues[0]) message = issue.issues[0].message;
      if (issue.code === 'unrecognized_keys') {
        message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
        // A misspelt top-level key (factbases) gets the key meant (factBases).
        const meant = path.length === 0 && issue.keys.length === 1 ? closest(issue.keys[0]!, CONFIG_KEYS.filter((key) => key !== '$schema')) : undefined;
        if (meant) message += `; did you mean "${meant}"?`;
        const first = issue.keys[0];
        if (first !== undefined) return at(nodeOffset([...path, first]), [...path, first], message);
      }
      return at(nodeOffset(path), path, message);
    });
    return { problems };
  }
  const config = parsed.data;
  const problems: ConfigProblem[] = [];
  if (options.knownRules) {
    const known = new Set(options.knownRules);
    for (const id of Object.keys(config.rules)) {
      if (!known.has(id)) {
        const suggestion = closest(id, options.knownRules);
        problems.push(at(nodeOffset(['rules', id]), ['rules', id], `unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`));
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
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const root = parseTree(body, [], JSONC);
  let offset = 0;
  if (root) {
    for (let length = path.length; length >= 0; length--) {
      const node: Node | undefined = findNodeAtLocation(root, path.slice(0, length) as (string | number)[]);
      if (node) {
        offset = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0].offset : node.offset;
        break;
      }
    }
  }
  const position = lineIndex(text).position(offset);
  return { line: position.line + 1, column: position.character + 1 };
}

/** The known id closest to `id` by edit distance, when it is close enough to be a typo. */
export function closest(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
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
