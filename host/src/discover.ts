/**
 * Fact bases found beside drafts, the way ESLint and cspell find their configuration files: from
 * each draft's folder up through its parents, stopping at the project's root (a folder holding
 * `.isnadrc.json`, `.git` or `package.json`); outside any project, at the working folder (or the
 * draft folder's parent for a draft outside it). Every `*.factbase.json`
 * found on the way is loaded and speaks about the drafts in its folder and below, so that
 * `isnad kb draw story/article.txt` followed by `isnad check story/drafts` needs no `--kb`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** The end of a fact-base file's name. */
export const FACT_BASE_SUFFIX = '.factbase.json';

/** Files or folders that mark a project's root: the search goes no higher. */
const ROOT_MARKERS = ['.isnadrc.json', '.git', 'package.json'];

/** A fact base found beside drafts: its path, and the folder whose drafts (and below) it speaks about. */
export interface DiscoveredFactBase {
  path: string;
  dir: string;
}

/** The `*.factbase.json` files of one folder, sorted; none when it cannot be read. */
function factBasesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(FACT_BASE_SUFFIX))
      .map((entry) => join(dir, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/** Whether `dir` is a project's root. */
function isRoot(dir: string): boolean {
  return ROOT_MARKERS.some((marker) => existsSync(join(dir, marker)));
}

/** The nearest folder at or above `dir` (and not above `ceiling`) that marks a project's root, or undefined. */
function projectRoot(dir: string, ceiling?: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (isRoot(current)) return current;
    if (current === ceiling || dirname(current) === current) return undefined;
  }
}

/** Whether `dir` is `base` or inside it. */
function within(dir: string, base: string): boolean {
  const path = relative(base, dir);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * The folder the search stops at for a draft in `dir`: its project's root; outside any project,
 * the working folder when the draft is inside it, else the draft folder's parent (story/drafts/ →
 * story/). A shared temporary or home folder above is never searched. With a `ceiling` (the
 * editor's workspace folder) that holds the draft, the search never climbs above the ceiling.
 */
function stopAt(dir: string, cwd: string, ceiling?: string): string {
  if (ceiling !== undefined && within(dir, ceiling)) return projectRoot(dir, ceiling) ?? ceiling;
  const root = projectRoot(dir);
  if (root) return root;
  if (within(dir, cwd)) return cwd;
  return dirname(dir);
}

/**
 * The fact bases found from each draft's folder up to where the search stops, each once, nearest
 * first. The CLI passes its working folder; the language server passes the draft's workspace
 * folder as both `cwd` and `ceiling`, so an editor finds what `isnad check` run there finds,
 * and nothing outside the workspace.
 */
export function discoverFactBases(drafts: readonly string[], cwd: string, ceiling?: string): DiscoveredFactBase[] {
  const out: DiscoveredFactBase[] = [];
  const seenDirs = new Set<string>();
  const top = ceiling === undefined ? undefined : resolve(ceiling);
  for (const draft of drafts) {
    let dir = dirname(resolve(cwd, draft));
    const stop = stopAt(dir, resolve(cwd), top);
    for (;;) {
      if (seenDirs.has(dir)) break;
      seenDirs.add(dir);
      for (const path of factBasesIn(dir)) out.push({ path, dir });
      const parent = dirname(dir);
      if (dir === stop || parent === dir) break;
      dir = parent;
    }
  }
  return out;
}
