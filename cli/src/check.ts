/**
 * `isnad check`: finds the drafts, loads the configuration and the fact bases, checks the drafts
 * (fixing them with `--fix`), and writes the report in the chosen format.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { rules, type Lang, type SeveritySetting } from '../../engine/src/index';
import { closest, DEFAULT_MAX_FILE_SIZE, parseRuleOverride } from '../../shared/config';
import { configDraftGlobs, configFactBasePaths, defaultLoadedConfig, findConfigFile, formatFor, loadConfigFile, type LoadedConfig } from '../../host/src/config';
import { bundledFactBasePath, loadFactBaseFiles, type LoadedFactBases } from '../../host/src/factBases';
import { draftGlobs, storiesByPath } from '../../host/src/stories';
import { discoverFactBases } from '../../host/src/discover';
import { decodeText, discoverFiles, formatBytes, parseShard, parseSize, shardFiles } from '../../host/src/files';
import { countFindings, type FileReport } from './report';
import { checkFiles } from './pool';
import type { CheckSettings, FileTask } from './process';
import { emit, EXIT, formatProblems, UsageError, wantsColor, warn } from './output';
import { displayPath, type FormatContext, type Formatter } from './formatters/common';
import { stylish } from './formatters/stylish';
import { json } from './formatters/json';
import { sarif } from './formatters/sarif';
import { github } from './formatters/github';
import { rulesDocUri, VERSION } from './version';

/** The output formats, by name. */
export const FORMATTERS: Record<string, Formatter> = { text: stylish, stylish, json, sarif, github };

/** The options of `isnad check`, as `util.parseArgs` takes them. */
export const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f' },
  kb: { type: 'string', multiple: true },
  'no-bundled-kb': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  shard: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  rule: { type: 'string', multiple: true },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  lang: { type: 'string' },
  'max-file-size': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The help text of `isnad check`. */
export const CHECK_HELP = `Usage: isnad check [options] [files, folders or globs...]

Checks news drafts (Markdown or plain text, Arabic or English) against the fact base of the
source article. Folders are walked for .md, .markdown and .txt files (node_modules and .git are
skipped); the default is the current folder. Globs support **, *, ? and {a,b}.

Options:
  -f, --format <name>       text (default), json, sarif or github
      --kb <file>           also load this fact base (repeatable)
      --no-bundled-kb       do not load the fact base shipped with isnad
  -c, --config <file>       use this configuration (default: nearest .isnadrc.json upward)
      --no-config           use no configuration file
      --rule <id=severity>  override a rule: error, warning, info, hint or off (repeatable)
      --max-warnings <n>    exit 1 when there are more than n warnings
  -q, --quiet               report errors only
      --fix                 apply the first fix of each finding, then report what remains
      --stdin               check the text on standard input
      --stdin-filename <f>  the name to report (and pick a format by) for --stdin
      --shard <i/n>         check only shard i of n of the sorted file list (for CI matrices)
  -o, --output-file <file>  write the report to a file instead of stdout
      --lang <ar|en|auto>   the language of messages (default: each draft's own)
      --max-file-size <n>   skip larger files (default 5mb; accepts k, mb)
  -j, --jobs <n|auto>       worker threads (default auto: all cores above 50 files)
  -v, --verbose             text format: say which story (fact base) each file was checked
                            against and why, for every file
      --color, --no-color   force or disable colour (NO_COLOR is honoured)
  -h, --help                show this help

Exit codes: 0 no errors, 1 error-level findings (or too many warnings), 2 usage, configuration
or fact-base error.
`;

/**
 * The error for a command-line argument that named no draft: a folder without drafts, or a file
 * or glob that matches nothing (exit 2, like ESLint's "No files matching the pattern").
 */
function noDrafts(pattern: string, cwd: string, config: LoadedConfig): string {
  let folder: boolean;
  try {
    folder = statSync(resolve(cwd, pattern)).isDirectory();
  } catch {
    folder = false;
  }
  if (!folder) return `no files match "${pattern}"`;
  return `no drafts in the folder "${pattern}" (no file in it matches ${config.config.include.join(', ')})`;
}

/** Reads all of standard input. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The parsed command line of `isnad check`. */
type CheckValues = ReturnType<typeof parseCheckArgs>['values'];

/** Parses the command line, or a usage error that points to `--help`. */
function parseCheckArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: CHECK_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}\nRun "isnad check --help" for the options.`);
  }
}

/** The options that need checking beyond their type, read into what the run uses. */
interface RunOptions {
  formatter: Formatter;
  maxWarnings: number;
  lang: Lang | 'auto' | undefined;
  shard: { index: number; count: number } | undefined;
  jobs: number | 'auto';
}

/** Checks the options' values and how they combine; a usage error names the first one wrong. */
function runOptions(values: CheckValues, positionals: readonly string[]): RunOptions {
  const formatName = values.format ?? 'text';
  const formatter = FORMATTERS[formatName];
  if (!formatter) throw new UsageError(`unknown format "${formatName}"; use text, json, sarif or github`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, got "${values['max-warnings']}"`);
  }
  const lang = values.lang;
  if (lang !== undefined && lang !== 'ar' && lang !== 'en' && lang !== 'auto') throw new UsageError(`--lang takes ar, en or auto, got "${lang}"`);
  const shard = values.shard !== undefined ? parseShard(values.shard) : undefined;
  if (shard && 'error' in shard) throw new UsageError(`--shard: ${shard.error}`);
  if (values.stdin && positionals.length > 0) throw new UsageError('--stdin checks standard input; do not also name files');
  if (values.stdin && values.fix) throw new UsageError('--fix cannot write to standard input; use --format json to see the fixes');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be combined');
  let jobs: number | 'auto' = 'auto';
  if (values.jobs !== undefined && values.jobs !== 'auto') {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a positive whole number or auto, got "${values.jobs}"`);
  }
  return { formatter, maxWarnings, lang, shard, jobs };
}

/** The configuration: `--config`, else the nearest `.isnadrc.json`, else the defaults (`--no-config`). */
function loadConfiguration(values: CheckValues, cwd: string): LoadedConfig {
  const configFile = values['no-config'] ? undefined : values.config !== undefined ? resolve(cwd, values.config) : findConfigFile(cwd);
  if (configFile === undefined) return defaultLoadedConfig(cwd);
  const loaded = loadConfigFile(configFile, rules.map((rule) => rule.id));
  if (!loaded.config) throw new UsageError('invalid configuration:', formatProblems(loaded.problems, cwd));
  return loaded.config;
}

/** Rule severities: the configuration's, then the command line's `--rule` overrides. */
function ruleSeverities(config: LoadedConfig, overrides: readonly string[]): Record<string, SeveritySetting> {
  const knownRules = rules.map((rule) => rule.id);
  const severities: Record<string, SeveritySetting> = { ...config.config.rules };
  for (const argument of overrides) {
    const override = parseRuleOverride(argument);
    if ('error' in override) throw new UsageError(`--rule: ${override.error}`);
    if (!knownRules.includes(override.id)) {
      const suggestion = closest(override.id, knownRules);
      throw new UsageError(`--rule: unknown rule "${override.id}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (see "isnad rules")`);
    }
    severities[override.id] = override.severity;
  }
  return severities;
}

/** The size above which a draft is skipped: `--max-file-size`, else the configuration's, else the default. */
function maxFileBytes(config: LoadedConfig, option: string | undefined): number {
  if (option === undefined) return config.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const size = parseSize(option);
  if (size === undefined) throw new UsageError(`--max-file-size takes a size such as 5mb or 200k, got "${option}"`);
  return size;
}

/** The drafts to check, and the path standard input is reported under (`--stdin-filename`). */
interface Drafts {
  tasks: FileTask[];
  stdinPath?: string;
}

/** Standard input as the one draft (`--stdin`). */
async function stdinDraft(values: CheckValues, config: LoadedConfig, maxBytes: number, cwd: string): Promise<Drafts> {
  const bytes = await readStdin();
  const decoded = decodeText(bytes);
  const name = values['stdin-filename'] ?? '<stdin>';
  const path = values['stdin-filename'] !== undefined ? resolve(cwd, name) : name;
  if ('error' in decoded) throw new UsageError(`cannot check standard input: ${decoded.error}`);
  if (bytes.length > maxBytes) throw new UsageError(`standard input is too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)})`);
  return { tasks: [{ path, format: formatFor(config, path), text: decoded.text }], stdinPath: values['stdin-filename'] !== undefined ? path : undefined };
}

/** The drafts the command line names (files, folders, globs; the working folder by default), sharded. */
function fileDrafts(positionals: readonly string[], config: LoadedConfig, shard: RunOptions['shard'], cwd: string): Drafts {
  const patterns = positionals.length > 0 ? [...positionals] : ['.'];
  const discovered = discoverFiles(patterns, { cwd, base: config.dir, include: config.config.include, exclude: config.config.exclude });
  for (const warning of discovered.warnings) warn(`warning: ${displayPath(warning.path, cwd)}: ${warning.message}`);
  if (discovered.unmatched.length > 0) {
    throw new UsageError(discovered.unmatched.map((pattern) => noDrafts(pattern, cwd, config)).join('\n'));
  }
  if (discovered.files.length === 0) throw new UsageError(`no drafts to check in ${patterns.map((pattern) => `"${pattern}"`).join(', ')}: every file found is excluded by the configuration`);
  const files = shard ? shardFiles(discovered.files, shard.index, shard.count) : discovered.files;
  return { tasks: files.map((path) => ({ path, format: formatFor(config, path) })) };
}

/**
 * Loads the fact bases (the bundled one, the configuration's, the command line's; with none named,
 * those found beside the drafts) and ties each draft to the stories its path names.
 */
function loadFactBases(values: CheckValues, config: LoadedConfig, drafts: Drafts, cwd: string): LoadedFactBases['loaded'] {
  const useBundled = !values['no-bundled-kb'] && config.config.bundledFactBase;
  // With none named (no --kb, none in .isnadrc.json), the fact bases beside the drafts and in their
  // parent folders, each speaking about the drafts of its folder (host/src/discover.ts).
  const named = [...configFactBasePaths(config), ...(values.kb ?? []).map((path) => resolve(cwd, path))];
  const searchFrom = drafts.stdinPath !== undefined ? [drafts.stdinPath] : values.stdin ? [] : drafts.tasks.map((task) => task.path);
  const discovered = named.length === 0 && !values['no-config'] ? discoverFactBases(searchFrom, cwd) : [];
  const factBasePaths = [...(useBundled ? [bundledFactBasePath()] : []), ...named, ...discovered.map((found) => found.path)];
  if (factBasePaths.length === 0) throw new UsageError('no fact base to check against: drop --no-bundled-kb, add --kb <file>, or draw one beside the drafts ("isnad kb draw ARTICLE")');
  const factBases = loadFactBaseFiles(factBasePaths);
  if (factBases.problems.length > 0) throw new UsageError('invalid fact base:', formatProblems(factBases.problems, cwd));
  // Drafts tied to a story by their paths: the configuration's globs and the fact bases' own.
  const globs = draftGlobs(factBases.loaded, [...configDraftGlobs(config), ...discovered.map((found) => ({ factBase: found.path, dir: found.dir, globs: ['**'] }))]);
  for (const task of drafts.tasks) task.stories = storiesByPath(globs, values.stdin ? drafts.stdinPath : task.path);
  return factBases.loaded;
}

/** Checks the drafts (in worker threads for many), with a progress line on a terminal; warns of rules that failed. */
async function checkDrafts(tasks: FileTask[], factBases: LoadedFactBases['loaded'], settings: CheckSettings, jobs: number | 'auto', stdin: boolean, cwd: string): Promise<FileReport[]> {
  const progress = process.stderr.isTTY && tasks.length > 50 && !stdin;
  let lastDraw = 0;
  const onProgress = (done: number, total: number): void => {
    const now = Date.now();
    if (done === total || now - lastDraw > 100) {
      lastDraw = now;
      process.stderr.write(`\r\u001b[2Kisnad: checking ${done}/${total} files…`);
    }
  };
  const init = { factBases: factBases.map((loaded) => ({ path: loaded.path, factBase: loaded.factBase, article: loaded.article })), settings };
  const reports = await checkFiles(tasks, init, { jobs, onProgress: progress ? onProgress : undefined });
  if (progress) process.stderr.write('\r\u001b[2K');
  for (const report of reports) {
    for (const error of report.internalErrors) {
      warn(`internal error: rule "${error.ruleId}" failed on ${displayPath(report.path, cwd, report.stdin)}: ${error.message.split('\n')[0]}`);
    }
  }
  return reports;
}

/** Writes the report in the chosen format, to stdout or `--output-file`. */
async function writeReport(shown: FileReport[], options: RunOptions, values: CheckValues, config: LoadedConfig, cwd: string): Promise<void> {
  const { formatter, lang } = options;
  const outputFile = values['output-file'];
  const context: FormatContext = {
    cwd,
    color: formatter === stylish && outputFile === undefined && wantsColor(process.stdout, values['no-color'] ? false : values.color),
    lang: lang === 'ar' || lang === 'en' ? lang : config.config.lang === 'ar' || config.config.lang === 'en' ? config.config.lang : 'en',
    version: VERSION,
    rules,
    rulesDocUri: rulesDocUri(),
    verbose: Boolean(values.verbose),
  };
  await emit(formatter(shown, context), outputFile, cwd);
}

/** The exit code: a draft that could not be read, error findings, or more warnings than allowed fail the run. */
function exitCode(reports: readonly FileReport[], shown: FileReport[], maxWarnings: number, cwd: string): number {
  // A draft that could not be read as text (a legacy encoding) fails the run: CI must not pass
  // while a draft went unchecked.
  const failed = reports.filter((report) => report.failed);
  for (const report of failed) warn(`${displayPath(report.path, cwd, report.stdin)}: ${report.skipped}`);
  if (failed.length > 0) return EXIT.usage;
  const counts = countFindings(shown);
  if (counts.errors > 0) return EXIT.findings;
  if (maxWarnings >= 0 && counts.warnings > maxWarnings) {
    warn(`too many warnings (${counts.warnings}; the maximum is ${maxWarnings})`);
    return EXIT.findings;
  }
  return EXIT.clean;
}

/** Runs `isnad check` and returns the exit code. */
export async function runCheck(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const { values, positionals } = parseCheckArgs(argv);
  if (values.help) {
    await emit(CHECK_HELP, undefined, cwd);
    return EXIT.clean;
  }
  const options = runOptions(values, positionals);
  const config = loadConfiguration(values, cwd);
  const severities = ruleSeverities(config, values.rule ?? []);
  const maxBytes = maxFileBytes(config, values['max-file-size']);
  const drafts = values.stdin ? await stdinDraft(values, config, maxBytes, cwd) : fileDrafts(positionals, config, options.shard, cwd);
  const factBases = loadFactBases(values, config, drafts, cwd);
  const messageLang: Lang | 'auto' = options.lang ?? config.config.lang;
  const settings: CheckSettings = { rules: severities, messageLang, fix: Boolean(values.fix), maxBytes };
  const reports = await checkDrafts(drafts.tasks, factBases, settings, options.jobs, Boolean(values.stdin), cwd);
  const shown: FileReport[] = values.quiet ? reports.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error') })) : reports;
  await writeReport(shown, options, values, config, cwd);
  return exitCode(reports, shown, options.maxWarnings, cwd);
}
