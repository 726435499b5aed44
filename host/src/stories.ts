/**
 * Ties drafts to stories by their paths, for the CLI and the language server alike: the
 * `.isnadrc.json` `factBases[].drafts` globs (relative to the configuration's folder) and each fact
 * base's own `scope.drafts` globs (relative to the fact-base file). The engine decides the rest
 * (front matter, automatic detection); the host only matches globs.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { scopeOf, type FactBaseData } from '../../engine/src/index';
import { matchesAny, toPosix } from './files';

/** Globs of drafts that belong to one fact base's story. */
export interface DraftGlobs {
  /** The fact base's id. */
  id: string;
  /** The folder the globs are relative to. */
  dir: string;
  globs: string[];
}

/**
 * The draft globs of loaded fact bases: the configuration's (`{ factBase: absolute path, dir,
 * globs }`, see `configDraftGlobs`) and each fact base's own `scope.drafts`.
 */
export function draftGlobs(
  factBases: readonly { path: string; factBase?: FactBaseData }[],
  fromConfig: readonly { factBase: string; dir: string; globs: string[] }[] = [],
): DraftGlobs[] {
  const out: DraftGlobs[] = [];
  for (const entry of fromConfig) {
    const loaded = factBases.find((candidate) => resolve(candidate.path) === resolve(entry.factBase));
    if (loaded?.factBase) out.push({ id: loaded.factBase.id, dir: entry.dir, globs: entry.globs });
  }
  for (const loaded of factBases) {
    const globs = loaded.factBase ? scopeOf(loaded.factBase)?.drafts : undefined;
    if (loaded.factBase && globs && globs.length > 0) out.push({ id: loaded.factBase.id, dir: dirname(resolve(loaded.path)), globs });
  }
  return out;
}

/** The ids of the fact bases whose draft globs match `draft` (an absolute path), or undefined. */
export function storiesByPath(globs: readonly DraftGlobs[], draft: string | undefined): string[] | undefined {
  if (!draft || globs.length === 0 || !isAbsolute(draft)) return undefined;
  const ids: string[] = [];
  for (const entry of globs) {
    const path = relative(entry.dir, draft);
    if (path.startsWith('..') || isAbsolute(path)) continue;
    if (matchesAny(entry.globs, toPosix(path)) && !ids.includes(entry.id)) ids.push(entry.id);
  }
  return ids.length > 0 ? ids : undefined;
}
