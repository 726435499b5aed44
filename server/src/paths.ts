/**
 * URIs, paths and workspace folders: which folder a document belongs to, how a configured path
 * resolves, and which format a file is read in. Pure functions of their arguments.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver';

/** The file path of a `file:` URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Whether a document is a fact-base file (`*.factbase.json`): never checked as a draft. */
export function isFactBaseUri(uri: string): boolean {
  return /\.factbase\.json$/i.test(uriToPath(uri) ?? uri);
}

/** The language id a file's extension implies: Markdown for Markdown files, plain text otherwise. */
export function languageOfFile(path: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown|mdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}

/** Language ids other editors send for the languages VS Code calls `markdown` and `plaintext`. */
export const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { text: 'plaintext', txt: 'plaintext', md: 'markdown', 'markdown.mdx': 'markdown' };

/** The engine's reading of a document: Markdown for Markdown, plain text for everything else. */
export function formatOf(languageId: string, uri: string): 'markdown' | 'plaintext' {
  if (languageId === 'markdown' || languageId === 'mdx') return 'markdown';
  if (languageId === 'plaintext' || LANGUAGE_ALIASES[languageId] === 'plaintext') return 'plaintext';
  if (LANGUAGE_ALIASES[languageId] === 'markdown') return 'markdown';
  return languageOfFile(uri);
}

/** Whether `path` is `folder` or lies inside it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The innermost workspace folder holding `uri` (the first folder for a URI that is not a file). */
export function folderOf(folders: readonly WorkspaceFolder[], uri: string): string | undefined {
  const folderPaths = folders.map((folder) => uriToPath(folder.uri)).filter((path): path is string => !!path);
  const path = uriToPath(uri);
  if (!path) return folderPaths[0];
  return folderPaths.filter((folder) => isInside(path, folder)).sort((a, b) => b.length - a.length)[0];
}

/** Whether `path` lies inside one of the workspace folders. */
export function insideWorkspace(folders: readonly WorkspaceFolder[], path: string): boolean {
  return folders.some((folder) => {
    const folderPath = uriToPath(folder.uri);
    return !!folderPath && isInside(path, folderPath);
  });
}

/**
 * Resolves a configured path: `${workspaceFolder}`, `~` and paths relative to the workspace folder
 * of `uri` (or to the document's own folder outside a workspace).
 *
 * @returns The absolute path, and whether it was relative to the workspace; undefined when it cannot be resolved.
 */
export function resolveConfiguredPath(folders: readonly WorkspaceFolder[], raw: string, uri: string): { path: string; relative: boolean } | undefined {
  const folder = folderOf(folders, uri);
  let value = raw.trim();
  if (!value) return undefined;
  if (value.includes('${workspaceFolder}')) {
    if (!folder) return undefined;
    value = value.split('${workspaceFolder}').join(folder);
    return { path: resolve(value), relative: true };
  }
  if (value === '~' || value.startsWith('~/')) return { path: join(homedir(), value.slice(1)), relative: false };
  if (isAbsolute(value)) return { path: resolve(value), relative: false };
  const documentPath = uriToPath(uri);
  const base = folder ?? (documentPath ? dirname(documentPath) : undefined);
  return base ? { path: resolve(base, value), relative: true } : undefined;
}
