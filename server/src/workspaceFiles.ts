/**
 * Lists the drafts of a workspace folder for "Check Workspace".
 *
 * This is a minimal walker, to be replaced by the CLI's discovery (`host/files.ts` and
 * `.isnadrc.json` include/exclude) so that the editor and the CLI check the same files.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Directories never entered. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'out', 'build', 'coverage']);

/** The largest draft read, in bytes. */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

/** The language id a file's extension implies, or undefined for files that are not drafts. */
export function languageOfFile(path: string): string | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.md' || extension === '.markdown' || extension === '.mdown') return 'markdown';
  if (extension === '.txt' || extension === '.text') return 'plaintext';
  return undefined;
}

/**
 * The draft files under `folder`, sorted, skipping hidden and build directories and files larger
 * than {@link MAX_DRAFT_BYTES}. Stops after `limit` files.
 */
export function listDrafts(folder: string, limit = 10_000): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    let names: string[];
    try {
      names = readdirSync(directory).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (files.length >= limit) return;
      if (name.startsWith('.')) continue;
      const path = join(directory, name);
      let stats;
      try {
        stats = statSync(path);
      } catch {
        continue;
      }
      if (stats.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name)) walk(path);
      } else if (stats.isFile() && stats.size <= MAX_DRAFT_BYTES && languageOfFile(path)) {
        files.push(path);
      }
    }
  };
  walk(folder);
  return files;
}
