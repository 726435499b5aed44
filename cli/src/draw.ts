/**
 * `isnad kb draw ARTICLE`: draws a fact base from a source article with the engine's rule-based
 * drawer (engine/src/draw) and writes it beside the article or to --out. A thin adapter: reading
 * the article, choosing the output path and reporting are here; drawing is in the engine.
 */
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { makeFolders, writeFileAtomic } from '../../host/src/files';
import { describeCounts, drawArticle, factBasePathFor, readArticleFile } from '../../host/src/draw';
import { renderDrawWarning } from '../../engine/src/draw/index';
import { emit, EXIT, UsageError, warn, writeFailure } from './output';
import { displayPath } from './formatters/common';

/** The help text of `isnad kb draw`. */
export const DRAW_HELP = `Usage: isnad kb draw ARTICLE [--lang ar|en] [--published YYYY-MM-DD] [--id ID] [--out FILE]

Draws a fact base from a source article (plain text or Markdown, Arabic or English): people and
their posts, organisations, places, dated events, counts, amounts and percentages, quotes and their
speakers, each with its evidence range.
Deterministic and offline. Facts the drawing is unsure of carry "review": {"unsure": true, …};
"isnad kb validate" lists them. Writes ARTICLE's name with .factbase.json beside it unless --out.

Options:
  --lang ar|en              the article's language (default: detected)
  --published YYYY-MM-DD    the publication date, anchor of relative dates (default: the
                            article's front-matter "published:" line, else its dateline)
  --id ID                   the fact base's id (default: from the file name)
  --out FILE                where to write ("-" for stdout)
  -h, --help                show this help

Exit codes: 0 written, 2 usage error or unreadable article.
`;

/** Reads the article, or a usage error naming it. */
function readArticle(path: string, shown: string): string {
  const read = readArticleFile(path);
  if (!read.ok) throw new UsageError(`${shown}: ${read.reason}`);
  return read.text;
}

/** Runs `isnad kb draw …` and returns the exit code. */
export async function runDraw(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' }, published: { type: 'string' }, id: { type: 'string' }, out: { type: 'string', short: 'o' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}\nRun "isnad kb draw --help" for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await emit(DRAW_HELP, undefined, cwd);
    return EXIT.clean;
  }
  if (positionals.length !== 1) throw new UsageError('kb draw takes one article file; run "isnad kb draw --help"');
  if (values.lang !== undefined && values.lang !== 'ar' && values.lang !== 'en') throw new UsageError(`--lang takes ar or en, got "${values.lang}"`);
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new UsageError(`--published takes a date as YYYY-MM-DD, got "${values.published}"`);
  if (values.id !== undefined && !/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(values.id)) throw new UsageError(`--id takes a lower-case kebab or snake case id, got "${values.id}"`);
  const articlePath = resolve(cwd, positionals[0]!);
  const shown = displayPath(articlePath, cwd);
  const article = readArticle(articlePath, shown);
  const toStdout = values.out === '-';
  const outPath = toStdout ? undefined : resolve(cwd, values.out ?? factBasePathFor(articlePath));
  const drawn = drawArticle(article, articlePath, outPath, { lang: values.lang, published: values.published, id: values.id });
  const { json, warnings } = drawn;
  // The drawing must give a valid fact base; a failure here is a bug, reported rather than written.
  if (drawn.problems.length > 0) throw new UsageError(`${shown}: the drawn fact base does not validate (a bug in kb draw):`, drawn.problems.slice(0, 5).map((p) => `  ${p.path}: ${p.message}`));
  if (toStdout) {
    for (const warning of warnings) warn(`${shown}: ${renderDrawWarning(warning, 'en', 'cli')}`);
    await emit(json, undefined, cwd);
    return EXIT.clean;
  }
  try {
    makeFolders(dirname(outPath!));
    writeFileAtomic(outPath!, json);
  } catch (error) {
    throw new UsageError(`${displayPath(outPath!, cwd)}: cannot write the fact base: ${writeFailure(error)}`);
  }
  // The drawing's warnings only once the file is written: a write error stays the one line printed.
  for (const warning of warnings) warn(`${shown}: ${renderDrawWarning(warning, 'en', 'cli')}`);
  const counts = describeCounts(drawn.counts);
  const unsure = drawn.unsure.length;
  process.stderr.write(`✔ ${displayPath(outPath!, cwd)}: ${counts}${unsure ? `; ${unsure} marked unsure (see "isnad kb validate")` : ''}\n`);
  return EXIT.clean;
}
