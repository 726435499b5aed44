/**
 * Drawing a fact base from an article file, for `isnad kb draw` and the editor's "Draw Fact Base
 * from Article" alike: reading the article (a regular UTF-8 text file of sane size), where the
 * fact base goes, its id, and drawing and validating it with the engine. Drawing itself is the
 * engine's (`engine/src/draw`); this module only adds the file system around it.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, relative } from 'node:path';
import { drawFactBase, type DrawWarning } from '../../engine/src/draw/index';
import { slug } from '../../engine/src/draw/context';
import { parseFactBase } from '../../engine/src/factBase/parse';
import type { FactBaseProblem } from '../../engine/src/index';
import { MAX_ARTICLE_BYTES, normaliseArticleLineEndings } from './factBases';
import { detectLegacyEncoding, legacyEncodingReason } from './encoding';
import { readFailure } from './failures';

/** An article read from disk, or why it cannot be drawn from (one line, without the file name). */
export type ArticleRead = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads an article: a regular UTF-8 text file of sane size, with LF line endings as fact bases are
 * loaded against it (a CRLF article would otherwise give ranges that fail on loading). Never throws.
 */
export function readArticleFile(path: string): ArticleRead {
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stats.size > MAX_ARTICLE_BYTES) return { ok: false, reason: `the article is too large (${stats.size} bytes; the limit is ${MAX_ARTICLE_BYTES})` };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: `cannot read the article (${readFailure(error)})` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'not a text file (it contains NUL bytes)' };
  try {
    return { ok: true, text: normaliseArticleLineEndings(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '')) };
  } catch {
    // Name the legacy encoding as `isnad check` does for a draft, so the same iconv line converts it.
    const legacy = detectLegacyEncoding(bytes);
    return { ok: false, reason: legacy ? legacyEncodingReason(legacy) : 'not valid UTF-8; save the article as UTF-8' };
  }
}

/** A fact base's id from its article's file name: lower-case kebab (`article.ar.txt` takes its folder's name). */
export function idFromFile(path: string): string {
  const stem = basename(path, extname(path)).replace(/\.(ar|en)$/, '');
  const base = stem === 'article' ? basename(dirname(path)) : stem;
  return slug(base) || 'story';
}

/** Where the fact base of an article goes by default: beside it, `<name>.factbase.json` (`.ar`/`.en` dropped). */
export function factBasePathFor(articlePath: string): string {
  return `${articlePath.replace(/(\.(ar|en))?\.(txt|md|markdown)$/i, '')}.factbase.json`;
}

/**
 * Whether an article's language is too mixed to guess (the editor then asks): the engine's test,
 * which also decides when a given language is clearly wrong.
 */
export { languageIsUnclear } from '../../engine/src/draw/index';

/** What {@link drawArticle} returns. */
export interface DrawnFile {
  /** The fact base as written (two-space JSON with a final newline). */
  json: string;
  factBase: Record<string, unknown>;
  /** What the user should know (no facts found, no date for relative dates …), by code: each adapter renders them (`renderDrawWarning`). */
  warnings: DrawWarning[];
  /** One note per fact marked unsure, located in `json`. */
  unsure: FactBaseProblem[];
  /** Problems of the drawn fact base: always empty unless drawing has a bug. */
  problems: FactBaseProblem[];
  /** How many facts of each section were drawn. */
  counts: Record<string, number>;
}

/** The sections counted in reports. */
export const DRAWN_SECTIONS = ['people', 'posts', 'organisations', 'places', 'events', 'quantities', 'quotes'] as const;

/** The singular of each counted section, for "1 person, 3 posts". */
const SINGULAR: Record<(typeof DRAWN_SECTIONS)[number], string> = {
  people: 'person',
  posts: 'post',
  organisations: 'organisation',
  places: 'place',
  events: 'event',
  quantities: 'quantity',
  quotes: 'quote',
};

/** How many facts of each section were drawn, in words: `1 person, 3 posts, 0 places …`. */
export function describeCounts(counts: Record<string, number>): string {
  return DRAWN_SECTIONS.map((section) => `${counts[section] ?? 0} ${counts[section] === 1 ? SINGULAR[section] : section}`).join(', ');
}

/**
 * Draws the fact base of `article` (the text of `articlePath`) to be written at `outPath` (or to
 * stdout when undefined), and validates it against the article.
 */
export function drawArticle(article: string, articlePath: string, outPath: string | undefined, options: { lang?: 'ar' | 'en'; published?: string; id?: string } = {}): DrawnFile {
  const file = (outPath ? relative(dirname(outPath), articlePath).split('\\').join('/') : '') || basename(articlePath);
  const { factBase, warnings: all } = drawFactBase(article, { lang: options.lang, published: options.published, id: options.id ?? idFromFile(articlePath), file });
  // An empty article has no dateline either: saying so as well would only bury the one warning that matters.
  const empty = all.some((warning) => warning.code === 'empty-article');
  const warnings = empty ? all.filter((warning) => warning.code !== 'no-publication-date') : all;
  const json = JSON.stringify(factBase, null, 2) + '\n';
  const check = parseFactBase(json, outPath ?? 'stdout', article);
  const counts: Record<string, number> = {};
  for (const section of DRAWN_SECTIONS) counts[section] = (factBase[section] as unknown[] | undefined)?.length ?? 0;
  return { json, factBase, warnings, unsure: check.warnings ?? [], problems: check.problems, counts };
}
