/**
 * No catastrophic backtracking (issue 6). Every regular expression in engine/, cli/, server/,
 * host/, shared/ and client/ is found by parsing the sources with the TypeScript compiler, then:
 *
 * 1. Static checks. Exponential backtracking needs a repeated group whose body can itself repeat
 *    or can match the same text in two ways; polynomial backtracking needs two unbounded repeats
 *    that can take turns matching the same characters with nothing required between them
 *    (`\s*\|?\s*`). A small parser of the regular-expression syntax finds both shapes. A pattern
 *    that has one must be listed in REVIEWED with the reason it is safe, and a listed pattern that
 *    no longer exists fails the test, so the list stays true.
 * 2. A run of every pattern on adversarial input built from its own characters: runs of each
 *    character a repeat accepts, and of pairs of them, each followed by a character that makes the
 *    match fail, at two sizes (8× apart). The work is counted, not timed: a backtracking matcher
 *    (backtrack.ts) counts its steps, which grow as V8's work does and are the same on any machine,
 *    and must grow no more than the input; its matches are checked against V8's, so the counts are
 *    those of the real pattern. A pattern that backtracks exponentially stops at a step limit.
 * 3. Crafted inputs for the patterns that read drafts run through the whole engine: the one-megabyte
 *    lines of engine.property.test.ts (spaces, backticks, brackets, pipes and dashes, hashes …).
 * 4. Fact bases hold no patterns: the schema has no field that is compiled into one.
 *
 * Regular expressions built at run time (`new RegExp(...)`) are listed too; there must be none
 * that take text from files or settings (globs are matched by an automaton; see glob.test.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { factBaseJsonSchema } from '../../engine/src/index';
import { FULL, repoRoot } from './helpers';
import { matchAll, v8Matches } from './backtrack';

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** Every regular-expression literal and every `RegExp(...)` call of the product's sources. */
function findPatterns(): { literals: Found[]; dynamic: { file: string; line: number; text: string }[] } {
  const roots = ['engine/src', 'cli/src', 'server/src', 'host/src', 'shared', 'client/src'];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const root of roots) {
    try {
      walk(join(repoRoot, root));
    } catch {
      // A folder that does not exist (yet) has no patterns.
    }
  }
  const literals: Found[] = [];
  const dynamic: { file: string; line: number; text: string }[] = [];
  for (const file of files.sort()) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => ({ file: relative(repoRoot, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const slash = literal.lastIndexOf('/');
        literals.push({ ...where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        dynamic.push({ ...where(node), text: node.getText() });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamic };
}

// ---- A parser for the shapes that backtrack -------------------------------------------------------

/** Characters a repeat is probed with: what drafts, paths and arguments are made of. */
const PROBES = [
  ...' \t\n\r\u00a0abcxyzABZ0159_-.,:;!?\'"`~|/\\()[]{}<>#*+=&%$@^',
  'ا', 'ل', 'ة', 'ي', 'و', 'ف', 'ب', 'أ', 'إ', 'آ', 'ى', 'ه', 'ن', 'ت', 'س', 'ع', 'د',
  '\u064e', '\u0651', '\u0640', '«', '»', '،', '؛', '؟', '٠', '٥', '…', '“', '”', '’', '\u200f', '\u200b', '😀', 'é',
];

interface Atom {
  /** The atom's source, for messages. */
  text: string;
  min: number;
  max: number;
  /** The probe characters it can consume. */
  chars: Set<string>;
  /** Those it can start and end with (the same as `chars` but for groups). */
  first?: Set<string>;
  last?: Set<string>;
  /** For groups: whether the body contains an unbounded repeat, and whether its alternatives overlap. */
  innerUnbounded?: boolean;
  overlappingAlternatives?: boolean;
}

interface Shape {
  /** Repeated groups whose body repeats too, or whose alternatives can start alike. */
  nested: string[];
  /** Unbounded repeats next to each other (only optional parts between) that share characters. */
  adjacent: string[];
  /** The probe characters any one atom of the pattern can consume (for adversarial inputs). */
  chars: Set<string>;
}

function charsOf(atomSource: string, flags: string): Set<string> {
  const set = new Set<string>();
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${atomSource})`, flags.replace(/[gy]/g, ''));
  } catch {
    return set;
  }
  for (const probe of PROBES) if (pattern.test(probe)) set.add(probe);
  return set;
}

/** Parses `source` into sequences of atoms and reports the risky shapes. */
export function analysePattern(source: string, flags: string): Shape {
  const shape: Shape = { nested: [], adjacent: [], chars: new Set() };
  let i = 0;
  // Returns the alternatives of a sequence, each a list of atoms, stopping at `)` or the end.
  const parseAlternatives = (): Atom[][] => {
    const alternatives: Atom[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        alternatives.push([]);
        i++;
        continue;
      }
      const start = i;
      let atom: Atom | undefined;
      const c = source[i]!;
      if (c === '\\') {
        i += 2;
        if (/[pPu]/.test(source[i - 1]!) && source[i] === '{') i = source.indexOf('}', i) + 1;
        else if (source[i - 1] === 'u') i += 4;
        else if (source[i - 1] === 'x') i += 2;
        else if (source[i - 1] === 'k' && source[i] === '<') i = source.indexOf('>', i) + 1;
        const text = source.slice(start, i);
        // Anchors and back-references consume nothing we can probe: treat as zero-width.
        atom = /^\\[bB]$/.test(text) ? { text, min: 0, max: 0, chars: new Set() } : { text, min: 1, max: 1, chars: charsOf(text, flags) };
      } else if (c === '[') {
        i++;
        if (source[i] === '^') i++;
        if (source[i] === ']') i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        i++;
        const text = source.slice(start, i);
        atom = { text, min: 1, max: 1, chars: charsOf(text, flags) };
      } else if (c === '(') {
        i++;
        let lookaround = false;
        if (source[i] === '?') {
          if (source.startsWith('?:', i)) i += 2;
          else if (source.startsWith('?=', i) || source.startsWith('?!', i)) {
            i += 2;
            lookaround = true;
          } else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
            i += 3;
            lookaround = true;
          } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
        }
        const body = parseAlternatives();
        i++; // )
        const text = source.slice(start, i);
        const innerUnbounded = body.some((alternative) => alternative.some((a) => a.max === Infinity || a.innerUnbounded));
        const firsts = body.map((alternative) => firstChars(alternative));
        let overlappingAlternatives = false;
        for (let x = 0; x < firsts.length; x++) for (let y = x + 1; y < firsts.length; y++) if ([...firsts[x]!].some((ch) => firsts[y]!.has(ch))) overlappingAlternatives = true;
        // What the group can consume: every character of every atom in it.
        const chars = new Set<string>();
        for (const alternative of body) for (const a of alternative) a.chars.forEach((ch) => chars.add(ch));
        const first = new Set<string>();
        const last = new Set<string>();
        for (const alternative of body) {
          firstChars(alternative).forEach((ch) => first.add(ch));
          firstChars([...alternative].reverse(), 'last').forEach((ch) => last.add(ch));
        }
        atom = lookaround
          ? { text, min: 0, max: 0, chars: new Set() }
          : { text, min: body.every((alternative) => alternative.some((a) => a.min > 0)) ? 1 : 0, max: 1, chars, first, last, innerUnbounded, overlappingAlternatives };
      } else if (c === '^' || c === '$') {
        i++;
        atom = { text: c, min: 0, max: 0, chars: new Set() };
      } else {
        i++;
        atom = { text: c, min: 1, max: 1, chars: charsOf(c === '.' ? '.' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), flags) };
      }
      // A quantifier.
      const q = /^(?:\*|\+|\?|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i));
      if (q) {
        i += q[0].length;
        const kind = q[0][0];
        if (kind === '*') {
          atom.min = 0;
          atom.max = Infinity;
        } else if (kind === '+') atom.max = Infinity;
        else if (kind === '?') atom.min = 0;
        else {
          atom.min = Number(q[1]);
          atom.max = q[2] ? (q[3] ? Number(q[3]) : Infinity) : atom.min;
        }
        if (atom.max === Infinity && (atom.innerUnbounded || atom.overlappingAlternatives)) shape.nested.push(atom.text + q[0]);
        atom.text += q[0];
      }
      atom.chars.forEach((ch) => shape.chars.add(ch));
      alternatives[alternatives.length - 1]!.push(atom);
    }
    for (const alternative of alternatives) checkAdjacent(alternative, shape);
    return alternatives;
  };
  parseAlternatives();
  return shape;
}

/** The characters a sequence can start with (or, read backwards, end with). */
function firstChars(sequence: readonly Atom[], end: 'first' | 'last' = 'first'): Set<string> {
  const out = new Set<string>();
  for (const atom of sequence) {
    (atom[end] ?? atom.chars).forEach((ch) => out.add(ch));
    if (atom.min > 0) break;
  }
  return out;
}

/** Whether an atom can consume any number of characters (a repeat, or a group with one inside). */
const unbounded = (atom: Atom) => atom.max === Infinity || (atom.max > 0 && !!atom.innerUnbounded);

function checkAdjacent(sequence: readonly Atom[], shape: Shape): void {
  for (let a = 0; a < sequence.length; a++) {
    if (!unbounded(sequence[a]!)) continue;
    for (let b = a + 1; b < sequence.length; b++) {
      const atom = sequence[b]!;
      // Two repeats can trade characters where the first can end as the second can begin.
      const ends = sequence[a]!.last ?? sequence[a]!.chars;
      if (unbounded(atom) && [...(atom.first ?? atom.chars)].some((ch) => ends.has(ch))) {
        shape.adjacent.push(sequence.slice(a, b + 1).map((x) => x.text).join(''));
        break;
      }
      if (atom.min > 0) break;
    }
  }
}

/**
 * Patterns with a risky shape, each with the reason it cannot backtrack badly, keyed by source.
 * Reviewed by hand; a new pattern of these shapes fails the test until it is reviewed here.
 */
const REVIEWED: Record<string, string> = {
  "[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*":
    'each repetition starts with an apostrophe or hyphen, which the letters before it cannot match: one way to split',
  '^[a-z0-9]+(?:[-_][a-z0-9]+)*$': 'each repetition starts with - or _, which [a-z0-9] cannot match: one way to split (ids, fact-base schema)',
  '^\\s*(?:\\|\\s*)?:?-{3,}:?\\s*(?:\\|\\s*:?-+:?\\s*)*(?:\\|\\s*)?$':
    'each repetition starts with |, which nothing else in it matches; the spaces before and after a pipe are separated by the pipe (table delimiter rows)',
  "(!?)\\[((?:[^[\\]]|\\[[^[\\]]*\\])*)\\](\\([^()\\s]*(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\)|\\[[^\\]]*\\])?":
    'the two alternatives inside the repeated group start with a non-bracket and with [, which never overlap; the inner [^\\[\\]]* stops at ]',
};

/** Patterns that only ever read isnad's own constant data, with what that data is. */
const CONSTANT_INPUT: Record<string, string> = {
  '#.*$': "cli/src/version.ts: the homepage URL of isnad's own package.json, bundled at build time",
};

void describe('regular expressions', () => {
  const { literals, dynamic } = findPatterns();

  void test('are all found (the parser sees the sources)', () => {
    assert.ok(literals.length > 50, `only ${literals.length} patterns found`);
    assert.ok(literals.some((found) => found.file.startsWith('engine/')) && literals.some((found) => found.file.startsWith('cli/')) && literals.some((found) => found.file.startsWith('server/')));
  });

  void test('none is built at run time from text (no new RegExp over settings, files or fact bases)', () => {
    assert.deepEqual(dynamic.map((d) => `${d.file}:${d.line} ${d.text}`), []);
  });

  void test('no repeated group repeats inside or has overlapping alternatives, and no two repeats take turns, unless reviewed', () => {
    const unreviewed: string[] = [];
    const used = new Set<string>();
    for (const found of literals) {
      const shape = analysePattern(found.source, found.flags);
      if (shape.nested.length === 0 && shape.adjacent.length === 0) continue;
      if (REVIEWED[found.source] !== undefined) {
        used.add(found.source);
        continue;
      }
      unreviewed.push(`${found.file}:${found.line} /${found.source}/${found.flags}: ${[...shape.nested.map((s) => `nested ${s}`), ...shape.adjacent.map((s) => `adjacent ${s}`)].join('; ')}`);
    }
    assert.deepEqual(unreviewed, [], 'review these patterns (and list them in REVIEWED with the reason they are safe) or rewrite them');
    assert.deepEqual(Object.keys(REVIEWED).filter((source) => !used.has(source)), [], 'REVIEWED lists patterns that no longer exist or are no longer risky');
  });

  void test('the static check recognises the shapes it is for', () => {
    const shape = (source: string) => analysePattern(source, '');
    assert.ok(shape('(a+)+b').nested.length > 0);
    assert.ok(shape('(?:a|ab)*c').nested.length > 0);
    assert.ok(shape('(\\w+\\s?)*$').nested.length > 0);
    assert.ok(shape('^\\s*\\|?\\s*:?-{3,}').adjacent.length > 0, 'the former table-row pattern');
    assert.ok(shape('\\s*[\\r\\n\\t]+\\s*').adjacent.length > 0);
    assert.ok(shape('(`+)([\\s\\S]*?[^`])\\1(?!`)').adjacent.length > 0, 'the former inline-code pattern');
    assert.deepEqual([shape('^[a-z]+\\d*$').nested, shape('^[a-z]+\\d*$').adjacent], [[], []]);
    assert.deepEqual([shape('\\b(?:https?:\\/\\/|www\\.)[^\\s<>()\\[\\]«»"]+').nested, shape('\\b(?:https?:\\/\\/|www\\.)[^\\s<>()\\[\\]«»"]+').adjacent], [[], []]);
  });

  void test('every pattern stays linear on adversarial runs of its own characters (steps counted, not timed)', () => {
    const unique = new Map<string, Found>();
    for (const found of literals) if (!unique.has(`${found.source}/${found.flags}`)) unique.set(`${found.source}/${found.flags}`, found);
    const superlinear: string[] = [];
    const differing: string[] = [];
    for (const found of unique.values()) {
      if (CONSTANT_INPUT[found.source] !== undefined) continue;
      for (const input of adversarialInputs(found)) {
        const small = matchAll(found.source, found.flags, input.text(SMALL));
        const large = matchAll(found.source, found.flags, input.text(SMALL * GROWTH));
        const where = `${found.file}:${found.line} /${found.source}/${found.flags} on ${JSON.stringify(input.unit)}×n+${JSON.stringify(input.killer)}`;
        if (small.capped || large.capped || large.steps > BOUND * small.steps) {
          superlinear.push(`${where}: ${small.steps} steps → ${large.capped ? 'over ' : ''}${large.steps} for ${GROWTH}× the input`);
        } else if (JSON.stringify(small.matches) !== JSON.stringify(v8Matches(found.source, found.flags, input.text(SMALL)))) {
          differing.push(where);
        }
      }
    }
    assert.deepEqual(differing, [], 'the step counter matches these inputs otherwise than V8: its counts would not be those of the pattern');
    assert.deepEqual(superlinear, []);
  });

  void test('the step counter tells a linear pattern from a quadratic or exponential one, and matches as V8 does', () => {
    const growth = (source: string, flags: string, text: (n: number) => string) => {
      const small = matchAll(source, flags, text(SMALL));
      const large = matchAll(source, flags, text(SMALL * GROWTH));
      return large.capped ? Infinity : large.steps / small.steps;
    };
    assert.ok(growth('[a-z]+', '', (n) => 'ab '.repeat(n)) <= GROWTH, 'a linear pattern grows as its input');
    assert.ok(growth('\\s+$', '', (n) => ' '.repeat(n) + 'x') > 5 * BOUND, 'trailing spaces before a non-space are quadratic (each start position runs to the end)');
    assert.ok(growth('\\s+x', '', (n) => ' '.repeat(n) + 'y') > 5 * BOUND, 'so is a run that must be followed by a letter');
    assert.ok(growth('^\\s+x', '', (n) => ' '.repeat(n) + 'y') <= GROWTH, 'the same pattern anchored at the start is tried there only');
    assert.ok(growth('^\\s*\\|?\\s*:?-{3,}', '', (n) => ' '.repeat(n) + 'x') > 5 * BOUND, 'two runs of spaces that take turns (the former table-row pattern) are quadratic from one start');
    assert.equal(growth('(a+)+b', '', (n) => 'a'.repeat(n) + 'x'), Infinity, 'nested repeats are exponential and hit the step limit');
    for (const [source, flags, text] of [
      ['(?<=\\d)x(?!y)', 'u', '1x2xy3x'],
      ['(["«])(.*?)\\1', '', '"ab" «c« "d'],
      ['(?<q>a)\\k<q>', 'i', 'aA aa ba'],
      ['^\\s*#+', 'gm', '# a\n ## b\nc'],
      ['(?:a|ab)*?c|\\bb\\B', '', 'ababc abab bb'],
      ['[^\\s«»]+\\u{1F600}?', 'u', 'a😀 «b» c'],
    ] as const) {
      assert.deepEqual(matchAll(source, flags, text).matches, v8Matches(source, flags, text), `/${source}/${flags} on ${JSON.stringify(text)}`);
    }
  });
});

/** Characters of the shorter adversarial input, and how many times longer the longer one is. */
const SMALL = FULL ? 64 : 24;
const GROWTH = 8;
/**
 * The most the steps may grow for {@link GROWTH} times the input: a linear pattern's steps grow at
 * most as much as its input (a fixed cost plus a cost per character), a quadratic one's about 64
 * times.
 */
const BOUND = GROWTH + 1;

/**
 * Inputs built from a pattern's own characters: runs of each character its repeats accept (and of
 * pairs of them), each followed by a character that makes the match fail, so that a pattern that
 * can split a run in many ways tries them all.
 */
function adversarialInputs(found: Found): { unit: string; killer: string; text: (n: number) => string }[] {
  const chars = new Set<string>();
  const literalChars = found.source.replace(/\\[pPuxk]\{[^}]*\}|\\./g, '').replace(/[[\]()*+?{}|^$]/g, '');
  for (const ch of literalChars) chars.add(ch);
  for (const ch of charsOf(found.source.replace(/^\^/, ''), found.flags)) chars.add(ch);
  // And what each atom takes: a run of \s before \d is tried at every space.
  for (const ch of analysePattern(found.source, found.flags).chars) chars.add(ch);
  const singles = [...chars].slice(0, FULL ? 40 : 14);
  const units = [...singles];
  for (const a of singles) for (const b of singles.slice(0, 6)) if (a !== b) units.push(a + b);
  return units.flatMap((unit) => ['\u0000', 'x', '\n'].map((killer) => ({ unit, killer, text: (n: number) => unit.repeat(n) + killer })));
}

void describe('fact bases hold no patterns', () => {
  void test('no field of the fact-base schema is a pattern, and strings are never compiled', () => {
    const schema = JSON.stringify(factBaseJsonSchema());
    // The schema may constrain ids with its own fixed patterns, but no field takes a user pattern.
    const fields: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) fields.push(`${path}.${name}`);
        walk(value, `${path}.${key}`);
      }
    };
    walk(JSON.parse(schema), '$');
    assert.ok(fields.length > 20, 'the schema lists its fields');
    assert.deepEqual(fields.filter((field) => /pattern|regex|regexp|match(?:er|es)?$/i.test(field.split('.').pop()!)), []);
  });
});
