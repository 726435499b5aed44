/**
 * Problems with a JSON file, as one-line reports that name the file, a JSON path and a 1-based
 * line and column. Both JSON files isnad reads use it: fact-base files (`factBase/parse.ts`, strict
 * JSON) and `.isnadrc.json` (`shared/config.ts`, JSON with comments), so that the same kind of
 * mistake is reported the same way in both: a syntax error at its line and column, a wrong type at
 * the value's key, an unknown key at that key with the known key it was probably meant to be.
 *
 * Pure like the rest of the engine: text in, problems out; it never throws on user text.
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { lineIndex } from './text/lineIndex';

/** One step of a JSON path: a property name or an array index. */
export type JsonPathSegment = string | number;

/** A problem with a JSON file. */
export interface JsonProblem {
  /** The file, as given by the caller. */
  file: string;
  /** A JSONPath-like location, e.g. `$.people[2].names.ar[0]` or `$.rules["name-spelling"]`. */
  path: string;
  /** 1-based line and column (UTF-16 code units, a byte-order mark not counted) of that location. */
  line: number;
  column: number;
  message: string;
}

/** `$` followed by the path, with `.name` where the name is an identifier and `["name"]` elsewhere. */
export function formatJsonPath(path: readonly JsonPathSegment[]): string {
  let out = '$';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `text`, cut to `max` characters with an ellipsis. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** What each syntax error means, in words; the parser's code name is kept in front of it. */
const SYNTAX_GLOSS: Readonly<Record<string, string | undefined>> = {
  InvalidSymbol: 'a character that cannot start a value',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a quoted property name is missing',
  ValueExpected: 'a value is missing',
  ColonExpected: 'a colon is missing after the property name',
  CommaExpected: 'a comma or a closing bracket is missing',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'text after the end of the value',
  InvalidCommentToken: 'comments are not allowed in this file',
  UnexpectedEndOfComment: 'a comment is never closed',
  UnexpectedEndOfString: 'a string is never closed',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'a control character inside a string',
};

/** How a JSON file is read. */
export interface JsonFileOptions {
  /** Comments and trailing commas are allowed (JSONC), as in `tsconfig.json`. */
  jsonc?: boolean;
  /** Said after "the file is empty", e.g. what to write for the defaults. */
  emptyHint?: string;
}

/** What {@link JsonFile.parse} gives: the value, or the problem that stops it being read. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

/** One JSON file's text, with what it takes to place a problem in it. */
export interface JsonFile {
  /** A problem at a UTF-16 offset of the text, reported under `path`. */
  at: (offset: number, path: readonly JsonPathSegment[], message: string) => JsonProblem;
  /** A problem at a JSON path: at its key for a property, else at the deepest part of it that exists. */
  atPath: (path: readonly JsonPathSegment[], message: string) => JsonProblem;
  /**
   * The parsed value, or a problem at the first syntax error. `already` is the value `JSON.parse`
   * already gave for this text, so that a large file is not parsed twice.
   */
  parse: (already?: { json?: unknown }) => JsonParseResult;
  /** A schema's issues as problems, at most `max`: unknown keys with "did you mean" from the schema. */
  schemaProblems: (issues: readonly z.core.$ZodIssue[], schema: z.ZodType, max?: number) => JsonProblem[];
}

/**
 * Opens a JSON file's text for reporting problems. Nothing is parsed until it is needed: the line
 * index and the position-keeping tree are built on the first problem that needs a place.
 *
 * @param text The file's contents.
 * @param file The file's name, used in problems only.
 */
export function jsonFile(text: string, file: string, options: JsonFileOptions = {}): JsonFile {
  const parseOptions = { allowTrailingComma: options.jsonc === true, disallowComments: options.jsonc !== true };
  // Editors hide a byte-order mark: it is read as a space and not counted in columns.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? ' ' + text.slice(1) : text;
  let index: ReturnType<typeof lineIndex> | undefined;
  let root: Node | undefined | null = null;
  const tree = (): Node | undefined => {
    if (root === null) root = parseTree(body, [], parseOptions);
    return root;
  };
  const at = (offset: number, path: readonly JsonPathSegment[], message: string): JsonProblem => {
    index ??= lineIndex(text);
    const position = index.position(offset);
    const character = position.line === 0 ? Math.max(0, position.character - bom) : position.character;
    // Keys and values quoted in a message or a path are the file's own and may be a megabyte
    // long; a problem stays one readable line (found by tests/robustness).
    return { file, path: shorten(formatJsonPath(path), 200), line: position.line + 1, column: character + 1, message: shorten(message, 300) };
  };
  const atPath = (path: readonly JsonPathSegment[], message: string): JsonProblem => at(offsetOf(tree(), path), path, message);
  const parse = (already?: { json?: unknown }): JsonParseResult => {
    if (already?.json !== undefined) return { ok: true, value: already.json };
    if (body.trim() === '') return { ok: false, problem: at(0, [], `invalid JSON: the file is empty${options.emptyHint ? `; ${options.emptyHint}` : ''}`) };
    if (!options.jsonc) {
      // JSON.parse is fast; the position-keeping parser runs only when a problem needs a place.
      try {
        return { ok: true, value: JSON.parse(body) as unknown };
      } catch {
        // Placed below.
      }
    }
    const errors: ParseError[] = [];
    const parsed = parseTree(body, errors, parseOptions);
    if (errors.length === 0 && parsed) {
      root = parsed;
      return { ok: true, value: getNodeValue(parsed) as unknown };
    }
    const first = errors[0];
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    const gloss = SYNTAX_GLOSS[code];
    return { ok: false, problem: at(first?.offset ?? 0, [], `invalid JSON: ${code}${gloss ? ` (${gloss})` : ''}`) };
  };
  const schemaProblems = (issues: readonly z.core.$ZodIssue[], schema: z.ZodType, max = 50): JsonProblem[] =>
    issues.slice(0, max).map((issue) => {
      const path = issue.path.filter((segment): segment is JsonPathSegment => typeof segment !== 'symbol');
      if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) {
        const keys = issue.keys;
        let message = `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((key) => `"${key}"`).join(', ')}`;
        const meant = keys.length === 1 ? closest(keys[0]!, keysAt(schema, path)) : undefined;
        if (meant) message += `; did you mean "${meant}"?`;
        return atPath([...path, keys[0]!], message);
      }
      // A bad record key (a glob, a rule id) carries the reason in a nested issue.
      const message = issue.code === 'invalid_key' && issue.issues[0] ? issue.issues[0].message : issue.message;
      // zod says "Invalid input: expected number, received undefined" for a key that is not there.
      const key = path.at(-1);
      if (issue.code === 'invalid_type' && typeof key === 'string' && /received undefined$/.test(message)) return atPath(path, `missing "${key}" (${issue.expected})`);
      return atPath(path, message);
    });
  return { at, atPath, parse, schemaProblems };
}

/** The offset of a path's node (its key, for a property), or of the deepest part that exists. */
function offsetOf(root: Node | undefined, path: readonly JsonPathSegment[]): number {
  if (!root) return 0;
  for (let length = path.length; length >= 0; length--) {
    const node: Node | undefined = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0].offset : node.offset;
  }
  return 0;
}

/** The parts of a zod schema's definition that lead from an object to its keys. */
interface SchemaDef {
  type: string;
  innerType?: Schema;
  in?: Schema;
  options?: readonly Schema[];
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  getter?: () => Schema;
}
interface Schema {
  _zod: { def: SchemaDef };
}

/** The schemas a schema stands for once wrappers (optional, default, transforms) and unions are undone. */
function unwrap(schema: Schema, depth = 0): Schema[] {
  if (depth > 32) return [];
  const def = schema._zod.def;
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined) ?? (def.type === 'lazy' && def.getter ? def.getter() : undefined);
  if (inner) return unwrap(inner, depth + 1);
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => unwrap(option, depth + 1));
  return [schema];
}

/** The keys the objects at `path` may have by the schema (every option's, under a union). */
export function keysAt(schema: z.ZodType, path: readonly JsonPathSegment[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const def = s._zod.def;
      const next = typeof segment === 'number' ? (def.type === 'array' ? def.element : undefined) : def.type === 'object' ? def.shape?.[segment] : def.type === 'record' ? def.valueType : undefined;
      return next ? unwrap(next) : [];
    });
  }
  return [...new Set(current.flatMap((s) => (s._zod.def.type === 'object' && s._zod.def.shape ? Object.keys(s._zod.def.shape) : [])))];
}

/** The known id closest to `id` by edit distance, when it is close enough to be a typo. */
export function closest(id: string, known: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(id.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // A candidate whose length differs by more than the limit is no typo of it; this also bounds
    // the work on a key a megabyte long.
    if (Math.abs(candidate.length - id.length) > limit) continue;
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
