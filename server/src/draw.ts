/**
 * "Draw Fact Base from Article" (`isnad.drawFactBase`): draws the fact base of an article file with
 * the same host and engine functions as `isnad kb draw`, writes it beside the article, and adds it
 * to the fact bases in use, so that the drafts tied to its story (by front matter, path or
 * detection) are checked against it at once. The client asks before overwriting, chooses the
 * language when the text is too mixed to guess, shows progress and opens the file.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { drawArticle, factBasePathFor, languageIsUnclear, readArticleFile } from '../../host/src/draw';
import { writeFileAtomic } from '../../host/src/files';
import { writeFailure } from '../../host/src/failures';
import { renderDrawWarning } from '../../engine/src/draw/index';
import type { Facts } from './facts';
import { messages } from './messages';
import { uriToPath } from './paths';
import type { DrawFactBaseParams, DrawFactBaseResult } from './protocol';
import type { ServerState } from './state';

/** Whether a command argument is a {@link DrawFactBaseParams}. */
function isParams(value: unknown): value is DrawFactBaseParams {
  const params = value as DrawFactBaseParams | undefined;
  return !!params && typeof params === 'object' && typeof params.uri === 'string' && (params.lang === undefined || params.lang === 'ar' || params.lang === 'en');
}

/** Runs the command: never throws; every failure is a one-line message naming the file. */
export function drawFactBaseCommand(state: ServerState, facts: Facts, argument: unknown): DrawFactBaseResult {
  const text = messages(state.uiLang);
  const articlePath = isParams(argument) ? uriToPath(argument.uri) : undefined;
  if (!isParams(argument) || !articlePath) return { status: 'error', message: text.drawNotAFile };
  const name = basename(articlePath);
  const read = readArticleFile(articlePath);
  if (!read.ok) return { status: 'error', message: text.drawCannotRead(name, read.reason) };
  if (argument.lang === undefined && languageIsUnclear(read.text)) return { status: 'needs-lang' };
  const outPath = factBasePathFor(articlePath);
  const outUri = pathToFileURL(outPath).href;
  if (existsSync(outPath) && argument.overwrite !== true) return { status: 'exists', uri: outUri, path: outPath };
  const drawn = drawArticle(read.text, articlePath, outPath, { lang: argument.lang });
  const first = drawn.problems[0];
  if (first) return { status: 'error', message: text.drawInvalid(name, `${first.path}: ${first.message}`) };
  try {
    writeFileAtomic(outPath, drawn.json);
  } catch (error) {
    return { status: 'error', message: text.drawCannotWrite(basename(outPath), writeFailure(error, state.uiLang)) };
  }
  facts.addDrawn(outPath);
  const total = Object.values(drawn.counts).reduce((sum, count) => sum + count, 0);
  const warnings = drawn.warnings.map((warning) => text.drawWarning(name, renderDrawWarning(warning, state.uiLang, 'editor')));
  return {
    status: 'drawn',
    uri: outUri,
    path: outPath,
    id: String(drawn.factBase.id),
    facts: total,
    unsure: drawn.unsure.length,
    warnings,
    message: text.drawn(basename(outPath), total, drawn.unsure.length),
  };
}
