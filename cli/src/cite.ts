/**
 * `isnad kb cite [--check] [--article PATH] FILE…`: computes the evidence ranges of fact-base files
 * from their cited text (host/src/cite.ts). A thin adapter: arguments in, lines out.
 */
import { parseArgs } from 'node:util';
import { citeFiles } from '../../host/src/cite';
import { emit, EXIT, UsageError } from './output';

/** The help text of `isnad kb cite`. */
export const CITE_HELP = `Usage: isnad kb cite [--check] [--article PATH] FILE...

Fills in and repairs the evidence ranges of fact-base files: for each evidence entry, keeps
start/end when they hold its text, else looks the text up in the article (source.file, or
--article). Text found several times needs "nth": k (1-based), which is resolved and removed.
Rewrites each file in a stable layout (one evidence entry per line). A text that is not in the
article, a missing article or an unreadable fact base is reported on one line naming the file
(and the evidence's JSON path) and that file is left unchanged.

Options:
  --check          change nothing; exit 1 when an evidence range would change
  --article PATH   the article to cite from (default: each fact base's source.file)
  -h, --help       show this help

Exit codes: 0 done, 1 (--check) a range would change, 2 usage error, missing or unreadable file,
or a cited text not found in the article.
`;

/** Runs `isnad kb cite …` and returns the exit code. */
export async function runCite(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' }, check: { type: 'boolean' }, article: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}\nRun "isnad kb cite --help" for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await emit(CITE_HELP, undefined, cwd);
    return EXIT.clean;
  }
  if (positionals.length === 0) throw new UsageError('kb cite takes one or more fact-base files; run "isnad kb cite --help"');
  const report = citeFiles(positionals, { check: values.check, article: values.article, cwd });
  for (const line of report.err) process.stderr.write(`isnad: ${line}\n`);
  await emit(report.out.length > 0 ? report.out.join('\n') + '\n' : '', undefined, cwd);
  return report.status;
}
