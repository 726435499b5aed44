/**
 * `isnad kb validate`, `isnad kb show` and `isnad rules`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { describeFactBase, rules } from '../../engine/src/index';
import { bundledFactBasePath, loadFactBaseFile } from '../../host/src/factBases';
import { emit, EXIT, formatProblems, UsageError, type LocatedProblem } from './output';
import { displayPath } from './formatters/common';
import { runDraw } from './draw';
import { runCite } from './cite';

/** The help text of `isnad kb`. */
export const KB_HELP = `Usage: isnad kb validate [files...]
       isnad kb show [file] [--lang ar|en]
       isnad kb draw ARTICLE [--lang ar|en] [--published YYYY-MM-DD] [--id ID] [--out FILE]
       isnad kb cite [--check] [--article PATH] FILE...

validate  Checks fact-base files (default: the bundled one): JSON syntax, the schema, ids and
          references, and that every evidence range holds its text in the article. Prints each
          problem as "file:line:col  message  (json path)"; exits 2 when there is any. Facts that
          drawing marked unsure are printed as warnings and do not change the exit code.
show      Prints a readable Markdown view of a fact base (default: the bundled one).
draw      Draws a fact base from a source article ("isnad kb draw --help").
cite      Computes evidence ranges from their cited text ("isnad kb cite --help").
`;

/** The help text of `isnad rules`. */
export const RULES_HELP = `Usage: isnad rules [--format text|json] [--lang ar|en]

Lists the rules: id, category, default severity, whether it offers fixes, and what it checks.
`;

function parse(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>, command: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}\nRun "isnad ${command} --help" for the options.`);
  }
}

/**
 * An evidence range left out (a fact written by hand with its text only) is what `isnad kb cite`
 * fills in: the problem says so, with the command to run.
 */
function withCiteHint<P extends LocatedProblem>(problem: P, file: string, cwd: string): P {
  if (!/\.evidence\[\d+\]\.(start|end)$/.test(problem.path) || !problem.message.startsWith('missing ')) return problem;
  return { ...problem, message: `${problem.message}; "isnad kb cite ${displayPath(file, cwd)}" computes it from the evidence's text` };
}

function langOption(value: unknown): 'ar' | 'en' {
  if (value === undefined) return 'en';
  if (value !== 'ar' && value !== 'en') throw new UsageError(`--lang takes ar or en, got ${JSON.stringify(value)}`);
  return value;
}

/** Runs `isnad kb …` and returns the exit code. */
export async function runKb(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    await emit(KB_HELP, undefined, cwd);
    return sub === undefined ? EXIT.usage : EXIT.clean;
  }
  if (sub === 'validate') {
    const { values, positionals } = parse(rest, { help: { type: 'boolean', short: 'h' } }, 'kb');
    if (values.help) {
      await emit(KB_HELP, undefined, cwd);
      return EXIT.clean;
    }
    const files = positionals.length > 0 ? positionals.map((file) => resolve(cwd, file)) : [bundledFactBasePath()];
    const lines: string[] = [];
    const problemLines: string[] = [];
    const warningLines: string[] = [];
    for (const file of files) {
      const loaded = loadFactBaseFile(file);
      if (loaded.problems.length > 0) {
        problemLines.push(...formatProblems(loaded.problems.map((problem) => withCiteHint(problem, file, cwd)), cwd));
      } else if (loaded.factBase) {
        const kb = loaded.factBase;
        const facts =
          kb.people.length + kb.organisations.length + kb.posts.length + kb.places.length + kb.events.length + kb.quantities.length + kb.quotes.length + kb.affiliations.length + kb.groups.length;
        const unsure = (loaded.warnings ?? []).filter((w) => w.message.startsWith('unsure (')).length;
        lines.push(`✔ ${displayPath(file, cwd)}: valid (${facts} facts${unsure > 0 ? `, ${unsure} marked unsure` : ''})`);
        warningLines.push(...(loaded.warnings ?? []).map((w) => `${displayPath(w.file, cwd)}:${w.line}:${w.column}  warning  ${w.message}  (${w.path})`));
      }
    }
    // The problems are this command's output, so they go to stdout with the files that passed.
    if (warningLines.length > 0) lines.push(...warningLines, `⚠ ${warningLines.length} warning${warningLines.length === 1 ? '' : 's'}: check ${warningLines.length === 1 ? 'it' : 'them'} against the article`);
    if (problemLines.length > 0) lines.push(...problemLines, `✖ ${problemLines.length} problem${problemLines.length === 1 ? '' : 's'}`);
    await emit(lines.length > 0 ? lines.join('\n') + '\n' : '', undefined, cwd);
    return problemLines.length > 0 ? EXIT.usage : EXIT.clean;
  }
  if (sub === 'draw') return runDraw(rest, cwd);
  if (sub === 'cite') return runCite(rest, cwd);
  if (sub === 'show') {
    const { values, positionals } = parse(rest, { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } }, 'kb');
    if (values.help) {
      await emit(KB_HELP, undefined, cwd);
      return EXIT.clean;
    }
    if (positionals.length > 1) throw new UsageError('kb show takes one fact-base file');
    const lang = langOption(values.lang);
    const file = positionals[0] !== undefined ? resolve(cwd, positionals[0]) : bundledFactBasePath();
    const loaded = loadFactBaseFile(file);
    if (!loaded.factBase || loaded.problems.length > 0) throw new UsageError('invalid fact base:', formatProblems(loaded.problems, cwd));
    await emit(describeFactBase(loaded.factBase, lang).trimEnd() + '\n', undefined, cwd);
    return EXIT.clean;
  }
  throw new UsageError(`unknown kb command "${sub}"; use "isnad kb validate", "isnad kb show", "isnad kb draw" or "isnad kb cite"`);
}

/** Runs `isnad rules` and returns the exit code. */
export async function runRules(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const { values, positionals } = parse(argv, { help: { type: 'boolean', short: 'h' }, format: { type: 'string', short: 'f' }, lang: { type: 'string' } }, 'rules');
  if (values.help) {
    await emit(RULES_HELP, undefined, cwd);
    return EXIT.clean;
  }
  if (positionals.length > 0) throw new UsageError(`isnad rules takes no arguments, got "${positionals[0]}"`);
  const lang = langOption(values.lang);
  const format = values.format ?? 'text';
  if (format === 'json') {
    await emit(JSON.stringify(rules.map(({ id, category, defaultSeverity, fixable, description }) => ({ id, category, defaultSeverity, fixable, description })), null, 2) + '\n', undefined, cwd);
    return EXIT.clean;
  }
  if (format !== 'text') throw new UsageError(`unknown format ${JSON.stringify(format)}; use text or json`);
  if (rules.length === 0) {
    await emit('No rules are registered.\n', undefined, cwd);
    return EXIT.clean;
  }
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const categoryWidth = Math.max(...rules.map((rule) => rule.category.length));
  const severityWidth = Math.max(...rules.map((rule) => rule.defaultSeverity.length));
  const lines = rules.map(
    (rule) =>
      `${rule.id.padEnd(idWidth)}  ${rule.category.padEnd(categoryWidth)}  ${rule.defaultSeverity.padEnd(severityWidth)}  ${rule.fixable ? 'fix' : '   '}  ${rule.description[lang]}`,
  );
  await emit(lines.join('\n') + '\n', undefined, cwd);
  return EXIT.clean;
}
