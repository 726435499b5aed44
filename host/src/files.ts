/**
 * Finding, reading and writing drafts on disk, for the CLI and the language server. Pure Node,
 * no dependencies.
 *
 * - Globs: `**` (any number of folders), `*` (any characters but `/`), `?` (one character but
 *   `/`) and `{a,b}` (alternatives, nestable). A glob without `/` matches a file's name in any
 *   folder, as in `.gitignore`; a glob with `/` is matched against the whole relative path.
 * - Discovery walks folders (skipping `node_modules` and `.git`), follows symbolic links but never
 *   enters a folder twice (so link loops end), and returns absolute paths sorted by code point, so
 *   every machine gets the same order.
 * - Reading decodes UTF-8 (a BOM is dropped and remembered) and UTF-16 with a BOM, and refuses
 *   binary files (NUL bytes, invalid UTF-8), files over a size limit and anything that is not a
 *   regular file, with a reason instead of an exception. A file in a legacy encoding (Windows-1256,
 *   ISO-8859-6, Windows-1252, UTF-16 without a BOM) is refused with the encoding named.
 * - Writing is atomic: a temporary file in the same folder, then a rename over the original.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { detectLegacyEncoding, legacyEncodingReason } from './encoding';

/** The file extensions checked by default when a folder is walked. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** Folders never entered when a folder is walked. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** A path with forward slashes. */
export function toPosix(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}

/** Whether a command-line argument is a glob rather than a plain path. */
export function isGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

/*
 * Globs are matched by a small automaton rather than a regular expression. The regular expression
 * a glob translates to (`*a*a*a*b` → `^[^/]*a[^/]*a[^/]*a[^/]*b$`) backtracks in time that grows as
 * the path length to the power of the number of wildcards: a 60-character name took 22 s against
 * a glob with six stars, and globs come from `.isnadrc.json`, which a repository supplies. The
 * automaton follows every way through the glob at once, so matching takes time proportional to
 * the path length times the glob length, whatever the glob (found by tests/robustness).
 */

/** One piece of a glob. */
type GlobItem =
  | { kind: 'char'; char: string }
  /** `?`: one character but `/`. */
  | { kind: 'one' }
  /** `*`, or `**` inside a name: any characters but `/`. */
  | { kind: 'star' }
  /** `**` at the end: anything. */
  | { kind: 'all' }
  /** `**\/`: any number of whole folders, including none. */
  | { kind: 'folders' }
  /** `{a,b}`: alternatives. */
  | { kind: 'either'; alternatives: GlobItem[][] };

/** Parses the body of a glob into pieces (the same reading the former regular expression had). */
function parseGlob(glob: string): GlobItem[] {
  const items: GlobItem[] = [];
  let i = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches any number of whole folders, including none; a final `**` matches anything.
          if (i + 2 === glob.length) {
            items.push({ kind: 'all' });
            i += 2;
          } else {
            items.push({ kind: 'folders' });
            i += 3;
          }
          continue;
        }
        items.push({ kind: 'star' });
        i += 2;
        continue;
      }
      items.push({ kind: 'star' });
      i++;
    } else if (c === '?') {
      items.push({ kind: 'one' });
      i++;
    } else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close < 0) {
        items.push({ kind: 'char', char: '{' });
        i++;
        continue;
      }
      items.push({ kind: 'either', alternatives: splitTopLevel(glob.slice(i + 1, close)).map(parseGlob) });
      i = close + 1;
    } else {
      // One code point (a surrogate pair is one character, as paths are read).
      const code = glob.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      items.push({ kind: 'char', char: code >= 0xd800 && code <= 0xdfff ? c : char });
      i += code >= 0xd800 && code <= 0xdfff ? 1 : char.length;
    }
  }
  return items;
}

/** A state of a glob automaton: consume one character, or move on without consuming. */
type GlobState =
  | { kind: 'char'; char: string; next: number }
  | { kind: 'one'; next: number }
  | { kind: 'every'; next: number }
  | { kind: 'split'; next: number[] }
  | { kind: 'accept' };

/** Builds the automaton of a glob; state 0 accepts, and the start state is returned. */
function globAutomaton(items: readonly GlobItem[]): { states: GlobState[]; start: number } {
  const states: GlobState[] = [{ kind: 'accept' }];
  const add = (state: GlobState) => states.push(state) - 1;
  // Built from the last piece to the first: each piece knows the state that follows it.
  const build = (pieces: readonly GlobItem[], next: number): number => {
    for (let k = pieces.length - 1; k >= 0; k--) {
      const item = pieces[k]!;
      if (item.kind === 'char') next = add({ kind: 'char', char: item.char, next });
      else if (item.kind === 'one') next = add({ kind: 'one', next });
      else if (item.kind === 'star' || item.kind === 'all') {
        const loop = add({ kind: 'split', next: [] });
        const step = add(item.kind === 'star' ? { kind: 'one', next: loop } : { kind: 'every', next: loop });
        (states[loop] as { next: number[] }).next = [step, next];
        next = loop;
      } else if (item.kind === 'folders') {
        const loop = add({ kind: 'split', next: [] });
        const inside = add({ kind: 'split', next: [] });
        const name = add({ kind: 'one', next: inside });
        const slash = add({ kind: 'char', char: '/', next: loop });
        (states[inside] as { next: number[] }).next = [name, slash];
        (states[loop] as { next: number[] }).next = [inside, next];
        next = loop;
      } else {
        const after = next;
        next = add({ kind: 'split', next: item.alternatives.map((alternative) => build(alternative, after)) });
      }
    }
    return next;
  };
  const start = build(items, 0);
  return { states, start };
}

/**
 * Whether the automaton accepts `text` (read by code points). Given `steps`, adds to it the states
 * visited: the matcher's work, which tests count rather than time.
 */
function runGlobAutomaton(automaton: { states: GlobState[]; start: number }, text: string, steps?: GlobSteps): boolean {
  const { states } = automaton;
  const seen = new Int32Array(states.length).fill(-1);
  let round = 0;
  let current: number[] = [];
  const reach = (from: number, into: number[]) => {
    const stack = [from];
    while (stack.length > 0) {
      const index = stack.pop()!;
      if (steps) steps.count++;
      if (seen[index] === round) continue;
      seen[index] = round;
      const state = states[index]!;
      if (state.kind === 'split') for (let k = state.next.length - 1; k >= 0; k--) stack.push(state.next[k]!);
      else into.push(index);
    }
  };
  reach(automaton.start, current);
  for (const char of text) {
    round++;
    const next: number[] = [];
    for (const index of current) {
      const state = states[index]!;
      if ((state.kind === 'char' && state.char === char) || (state.kind === 'one' && char !== '/') || state.kind === 'every') reach(state.next, next);
    }
    if (next.length === 0) return false;
    current = next;
  }
  return current.some((index) => states[index]!.kind === 'accept');
}

function matchingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** A counter of the states a glob's matcher visits (see {@link Glob.matches}). */
export interface GlobSteps {
  count: number;
}

/** A compiled glob. */
export interface Glob {
  readonly source: string;
  /** Whether a relative POSIX path (or a bare file name) matches; given `steps`, counts the matcher's work into it. */
  matches(path: string, steps?: GlobSteps): boolean;
}

const globCache = new Map<string, Glob>();

/**
 * Compiles a glob. Backslashes are read as folder separators and a leading `./` is ignored. A glob
 * without `/` is matched against the last segment of a path only.
 */
export function compileGlob(glob: string): Glob {
  const cached = globCache.get(glob);
  if (cached) return cached;
  let body = glob.replace(/\\/g, '/');
  while (body.startsWith('./')) body = body.slice(2);
  if (body.endsWith('/')) body += '**';
  const basenameOnly = !body.includes('/');
  const automaton = globAutomaton(parseGlob(body));
  const compiled: Glob = {
    source: glob,
    matches(path, steps) {
      let target = toPosix(path).replace(/\\/g, '/');
      while (target.startsWith('./')) target = target.slice(2);
      if (basenameOnly) target = target.slice(target.lastIndexOf('/') + 1);
      return runGlobAutomaton(automaton, target, steps);
    },
  };
  if (globCache.size > 1000) globCache.clear();
  globCache.set(glob, compiled);
  return compiled;
}

/** Whether `path` (relative, POSIX) matches `glob`. */
export function matchGlob(glob: string, path: string): boolean {
  return compileGlob(glob).matches(path);
}

/** Whether `path` matches one of `globs`. */
export function matchesAny(globs: readonly string[], path: string): boolean {
  return globs.some((glob) => compileGlob(glob).matches(path));
}

/**
 * Whether a path is excluded: when the path itself, or one of the folders that contain it, matches
 * one of the globs (so `archive` or `archive/` excludes everything under `archive/`).
 */
export function isExcluded(excludes: readonly string[], path: string): boolean {
  if (excludes.length === 0) return false;
  const segments = toPosix(path).split('/');
  for (let length = segments.length; length >= 1; length--) {
    if (matchesAny(excludes, segments.slice(0, length).join('/'))) return true;
  }
  return false;
}

/** Sorts paths by UTF-16 code units, the same on every machine and locale. */
export function sortPaths(paths: Iterable<string>): string[] {
  return [...new Set(paths)].sort((a, b) => {
    const x = toPosix(a);
    const y = toPosix(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * The files of one shard: shard `index` (1-based) of `count` takes every `count`-th file of the
 * sorted list, starting at file `index`. Every file falls in exactly one shard, and shards differ in
 * size by one file at most.
 */
export function shardFiles<T>(files: readonly T[], index: number, count: number): T[] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 1 || index > count) {
    throw new RangeError(`invalid shard ${index}/${count}`);
  }
  return files.filter((_, i) => i % count === index - 1);
}

/** Parses `i/n` (1 ≤ i ≤ n), as `--shard` takes it. */
export function parseShard(text: string): { index: number; count: number } | { error: string } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return { error: `expected i/n (for example 2/4), got "${text}"` };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) return { error: 'the shard count must be at least 1' };
  if (index < 1 || index > count) return { error: `the shard index must be between 1 and ${count}, got ${index}` };
  return { index, count };
}

/** Options of {@link discoverFiles}. */
export interface DiscoverOptions {
  /** The folder that relative arguments are resolved against. */
  cwd: string;
  /** The folder that `include` and `exclude` are relative to (the configuration's); default `cwd`. */
  base?: string;
  /** Globs of the files taken when a folder is walked; default: the {@link DEFAULT_EXTENSIONS}. */
  include?: readonly string[];
  /** Globs of files and folders never taken. */
  exclude?: readonly string[];
  /** The most folders entered, a guard against huge trees; default 100 000. */
  maxFolders?: number;
}

/** A note about a path that was not taken. */
export interface DiscoveryWarning {
  path: string;
  message: string;
}

/** What {@link discoverFiles} returns. */
export interface DiscoveryResult {
  /** Absolute paths, sorted (see {@link sortPaths}), each once. */
  files: string[];
  /** Paths that could not be read or were left out, with the reason. */
  warnings: DiscoveryWarning[];
  /** Arguments that matched no file at all. */
  unmatched: string[];
}

/** The part of a glob before its first folder with a wildcard. */
export function globBase(pattern: string): string {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  for (const segment of segments) {
    if (isGlob(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === segments.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/**
 * Finds the drafts named by command-line arguments: files (taken whatever their extension, unless
 * excluded), folders (walked; files matching `include` and not `exclude`) and globs (matched
 * against paths relative to `cwd`, or absolute paths for absolute globs). Never throws.
 */
export function discoverFiles(patterns: readonly string[], options: DiscoverOptions): DiscoveryResult {
  const cwd = resolve(options.cwd);
  const base = resolve(options.base ?? cwd);
  const include = options.include ?? DEFAULT_EXTENSIONS.map((extension) => `**/*${extension}`);
  const exclude = options.exclude ?? [];
  const maxFolders = options.maxFolders ?? 100_000;
  const found = new Set<string>();
  const warnings: DiscoveryWarning[] = [];
  const unmatched: string[] = [];
  const visited = new Set<string>();
  let folders = 0;

  const relativeToBase = (path: string) => toPosix(relative(base, path));
  const excluded = (path: string) => exclude.length > 0 && isExcluded(exclude, relativeToBase(path));

  /** Walks a folder, calling `take` for every regular file not excluded. */
  const walk = (folder: string, take: (file: string) => void) => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch (error) {
      warnings.push({ path: folder, message: `cannot read folder: ${errorCode(error)}` });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    if (++folders > maxFolders) {
      if (folders === maxFolders + 1) warnings.push({ path: folder, message: `more than ${maxFolders} folders; the rest are not walked` });
      return;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      warnings.push({ path: folder, message: `cannot read folder: ${errorCode(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stats = statSync(path);
          isDirectory = stats.isDirectory();
          isFile = stats.isFile();
        } catch (error) {
          warnings.push({ path, message: `broken symbolic link: ${errorCode(error)}` });
          continue;
        }
      }
      if (isDirectory) {
        if (SKIPPED_FOLDERS.has(entry.name) || excluded(path)) continue;
        walk(path, take);
      } else if (isFile) {
        if (!excluded(path)) take(path);
      }
    }
  };

  for (const pattern of patterns) {
    const before = found.size;
    if (isGlob(pattern)) {
      const absolutePattern = isAbsolute(pattern);
      const glob = compileGlob(absolutePattern ? toPosix(pattern) : pattern);
      const root = resolve(cwd, globBase(pattern));
      const matches = (file: string) => glob.matches(absolutePattern ? toPosix(file) : toPosix(relative(cwd, file)));
      let isFolder: boolean;
      try {
        isFolder = statSync(root).isDirectory();
      } catch {
        isFolder = false;
      }
      if (isFolder) {
        visited.clear();
        walk(root, (file) => {
          if (matches(file)) found.add(file);
        });
      }
    } else {
      const path = resolve(cwd, pattern);
      let stats;
      try {
        stats = statSync(path);
      } catch (error) {
        warnings.push({ path, message: `cannot read: ${errorCode(error)}` });
        unmatched.push(pattern);
        continue;
      }
      if (stats.isDirectory()) {
        visited.clear();
        let drafts = 0;
        walk(path, (file) => {
          const relativePath = relativeToBase(file);
          if (matchesAny(include, relativePath)) {
            found.add(file);
            drafts++;
          }
        });
        // A folder with no drafts is reported like a glob that matches nothing: CI must not pass
        // while checking nothing (ESLint: "No files matching the pattern").
        if (drafts === 0) unmatched.push(pattern);
        continue;
      } else if (stats.isFile()) {
        if (excluded(path)) warnings.push({ path, message: 'ignored: it matches an exclude pattern of the configuration' });
        else found.add(path);
      } else {
        warnings.push({ path, message: 'not a regular file' });
      }
    }
    if (found.size === before && isGlob(pattern)) unmatched.push(pattern);
  }
  return { files: sortPaths(found), warnings, unmatched };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
}

/** How a draft's bytes were encoded, so that a fix can write them back the same way. */
export type TextEncodingKind = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

/** A draft read from disk. */
export interface ReadText {
  ok: true;
  text: string;
  encoding: TextEncodingKind;
  /** The size in bytes, and the modification time, when read. */
  size: number;
  mtimeMs: number;
}

/** Why a draft was not read. */
export interface ReadFailure {
  ok: false;
  /** `encoding`: text in a legacy encoding (Windows-1256 …), which the user must convert. */
  kind: 'unreadable' | 'not-a-file' | 'too-large' | 'binary' | 'encoding';
  reason: string;
}

/** What {@link readTextFile} returns. */
export type ReadResult = ReadText | ReadFailure;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without a BOM) or UTF-16 with a BOM. Text in a
 * legacy encoding is refused with the encoding named (`legacy: true`); other data that is not
 * UTF-8 (NUL bytes, invalid UTF-8 or UTF-16) is refused as binary.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingKind } | { error: string; legacy?: true } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf16be');
  let encoding: TextEncodingKind = 'utf8';
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf8-bom';
    body = bytes.subarray(3);
  }
  if (body.includes(0)) return legacyOr(body, 'binary file (it contains NUL bytes)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding };
  } catch {
    return legacyOr(body, 'binary file (it is not valid UTF-8)');
  }
}

/** The legacy encoding the bytes look like, as an error naming it, or the given binary error. */
function legacyOr(bytes: Uint8Array, binary: string): { error: string; legacy?: true } {
  const legacy = detectLegacyEncoding(bytes);
  return legacy ? { error: legacyEncodingReason(legacy), legacy: true } : { error: binary };
}

function decodeUtf16(body: Uint8Array, encoding: 'utf16le' | 'utf16be'): { text: string; encoding: TextEncodingKind } | { error: string } {
  if (body.length % 2 !== 0) return { error: `binary file (odd length for ${encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'})` };
  try {
    const text = new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(body);
    if (text.includes('\u0000')) return { error: 'binary file (it contains NUL characters)' };
    return { text, encoding };
  } catch {
    return { error: 'binary file (it is not valid UTF-16)' };
  }
}

/** Encodes text the way {@link decodeText} found it. */
export function encodeText(text: string, encoding: TextEncodingKind): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) {
        const byte = le[i]!;
        le[i] = le[i + 1]!;
        le[i + 1] = byte;
      }
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
  }
}

/**
 * Reads a draft. Never throws: a file that cannot be read whole, is not a regular file, is larger
 * than `maxBytes` or looks binary comes back as a {@link ReadFailure} with the reason.
 */
export function readTextFile(path: string, options: { maxBytes?: number } = {}): ReadResult {
  const maxBytes = options.maxBytes ?? Infinity;
  let bytes: Buffer;
  let stats;
  try {
    stats = statSync(path);
    if (!stats.isFile()) return { ok: false, kind: 'not-a-file', reason: 'not a regular file' };
    if (stats.size > maxBytes) {
      return { ok: false, kind: 'too-large', reason: `file too large (${formatBytes(stats.size)}; the limit is ${formatBytes(maxBytes)})` };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, kind: 'unreadable', reason: `cannot read: ${errorCode(error)}` };
  }
  if (bytes.length !== stats.size) return { ok: false, kind: 'unreadable', reason: 'the file changed while it was read' };
  if (bytes.length > maxBytes) return { ok: false, kind: 'too-large', reason: `file too large (${formatBytes(bytes.length)})` };
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { ok: false, kind: decoded.legacy ? 'encoding' : 'binary', reason: decoded.error };
  return { ok: true, text: decoded.text, encoding: decoded.encoding, size: stats.size, mtimeMs: stats.mtimeMs };
}

/** A byte count for people: `5 MB`, `812 kB`, `17 bytes`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'unlimited';
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** Parses a size such as `5mb`, `500k` or `1048576`. */
export function parseSize(text: string): number | undefined {
  // Trimmed first: `\s*(unit)?\s*$` took quadratic time on a long run of spaces (tests/robustness).
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : unit === 'g' ? 1024 * 1024 * 1024 : 1;
  const value = Math.round(Number(match[1]) * factor);
  return value > 0 ? value : undefined;
}

/**
 * Creates a folder and its missing parents, one level at a time. Node's own `mkdirSync(…, {
 * recursive: true })` never returns when a level cannot be created although its parent exists
 * (a path under /proc or /sys answers ENOENT), so `--output-file /proc/x/report.sarif` hung the
 * CLI; here that is an error like any other (thrown with its code).
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  let current = resolve(folder);
  for (;;) {
    try {
      statSync(current);
      break;
    } catch (error) {
      // A level that is a file (ENOTDIR) or that may not be searched (EACCES) cannot hold the folder.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing.reverse()) mkdirSync(level);
}

/**
 * Writes a file atomically: the bytes go to a temporary file in the same folder, which is flushed
 * and then renamed over the target, so a reader sees the old file or the new one, never a part.
 * A symbolic link is followed (its target is replaced, not the link) and the file's mode is kept.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  let target = resolve(path);
  let mode: number | undefined;
  try {
    target = realpathSync(target);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // A new file: nothing to follow or keep.
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', mode ?? 0o666);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already closed.
      }
    }
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    throw error;
  }
}
