/**
 * Globs (from the command line and from `.isnadrc.json`, which a repository supplies) are matched
 * by an automaton in host/src/files.ts, in time proportional to path length × glob length. They
 * used to be translated into regular expressions, which backtracked exponentially in the number of
 * wildcards (issue 6: no catastrophic backtracking).
 *
 * - The automaton reads globs exactly as the former regular expressions did: a differential test
 *   against that translation (kept here as the oracle) over random globs and paths.
 * - Adversarial globs (many stars, many globstars, nested braces) against long paths finish, and
 *   the matcher's work (states visited, counted through `matches`'s counter, never timed) grows
 *   linearly with the path.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileGlob, matchGlob } from '../../host/src/files';
import { fcParams, inWorker } from './helpers';

/** The former translation of a glob into a regular expression (host/src/files.ts before the fix). */
function oracleSource(glob: string): string {
  const escape = (text: string) => text.replace(/[.+^$()|[\]\\*?{}]/g, '\\$&');
  const matchingBrace = (open: number) => {
    let depth = 0;
    for (let i = open; i < glob.length; i++) {
      if (glob[i] === '{') depth++;
      else if (glob[i] === '}' && --depth === 0) return i;
    }
    return -1;
  };
  const splitTopLevel = (body: string) => {
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
  };
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          if (i + 2 === glob.length) {
            out += '.*';
            i += 2;
          } else {
            out += '(?:[^/]*/)*';
            i += 3;
          }
          continue;
        }
        out += '[^/]*';
        i += 2;
        continue;
      }
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '{') {
      const close = matchingBrace(i);
      if (close < 0) {
        out += '\\{';
        i++;
        continue;
      }
      out += `(?:${splitTopLevel(glob.slice(i + 1, close)).map(oracleSource).join('|')})`;
      i = close + 1;
    } else {
      out += escape(c);
      i++;
    }
  }
  return out;
}

function oracleMatches(glob: string, path: string): boolean {
  let body = glob.replace(/\\/g, '/');
  while (body.startsWith('./')) body = body.slice(2);
  if (body.endsWith('/')) body += '**';
  const basenameOnly = !body.includes('/');
  let target = path.replace(/\\/g, '/');
  while (target.startsWith('./')) target = target.slice(2);
  if (basenameOnly) target = target.slice(target.lastIndexOf('/') + 1);
  return new RegExp(`^${oracleSource(body)}$`, 'u').test(target);
}

void describe('globs', () => {
  void test('match exactly as the former regular expressions did (random globs and paths)', () => {
    const globPiece = fc.constantFrom('a', 'b', '.', '/', '*', '**', '**/', '?', '{', '}', ',', '{a,b}', '{*.md,x/**}', 'ا', '😀', '\\', './', '-', ' ');
    const pathPiece = fc.constantFrom('a', 'b', '.', '/', 'md', 'x', 'ا', '😀', '-', ' ', 'ab', 'a/b', '{', '}', ',', '*');
    // Small globs against paths built from the same letters, so that matches are frequent.
    const glob = fc.array(globPiece, { maxLength: 8 }).map((parts) => parts.join(''));
    const path = fc.array(pathPiece, { maxLength: 10 }).map((parts) => parts.join(''));
    let matched = 0;
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 1, maxLength: 8 }), (g, paths) => {
        for (const p of paths) {
          const expected = oracleMatches(g, p);
          assert.equal(matchGlob(g, p), expected, `glob ${JSON.stringify(g)} on ${JSON.stringify(p)}`);
          if (expected) matched++;
        }
      }),
      fcParams(1000, 20000),
    );
    assert.ok(matched > 100, `only ${matched} matches: the generator is too weak`);
  });

  void test('the documented cases', () => {
    const cases: [string, string, boolean][] = [
      ['**/*.md', 'a/b/c.md', true],
      ['**/*.md', 'c.md', true],
      ['*.md', 'deep/er/c.md', true],
      ['docs/*.md', 'docs/a/b.md', false],
      ['docs/**', 'docs/a/b.md', true],
      ['docs/', 'docs/a/b.md', true],
      ['{a,b}/*.txt', 'b/x.txt', true],
      ['{a,b}/*.txt', 'c/x.txt', false],
      ['?.md', 'ab.md', false],
      ['?.md', '😀.md', true],
      ['a{b', 'a{b', true],
      ['مسودات/**/*.md', 'مسودات/أ/ب.md', true],
    ];
    for (const [glob, path, expected] of cases) assert.equal(compileGlob(glob).matches(path), expected, `${glob} ~ ${path}`);
  });

  void test('adversarial globs finish on long paths, with work that grows linearly with the path (states visited, counted)', async () => {
    // Each pair: a glob, and a unit repeated into a path that almost matches it. With regular
    // expressions the first took 22 s on a 60-character name; run in a worker so a regression
    // fails rather than hangs. The matcher's work is counted (the states it visits), not timed.
    const cases: { glob: string; unit: string; tail: string }[] = [
      { glob: '*a'.repeat(12) + '*b', unit: 'a', tail: 'c' },
      { glob: '**/'.repeat(12) + 'x', unit: 'a/', tail: 'y' },
      { glob: '{a,a*,*a}'.repeat(8) + '*b', unit: 'a', tail: 'c' },
      { glob: '{**/,*/}'.repeat(8) + '{x,y}', unit: 'ab/', tail: 'z' },
      { glob: '*?'.repeat(16) + 'b', unit: 'a', tail: 'c' },
    ];
    const results = await inWorker<{ glob: string; small: number; large: number; answer: boolean }[]>(
      `const { compileGlob } = require('./globs.cjs');
       const out = [];
       const steps = (glob, path) => {
         const counter = { count: 0 };
         const answer = compileGlob(glob).matches(path, counter);
         return { count: counter.count, answer };
       };
       for (const { glob, unit, tail } of workerData) {
         const small = steps(glob, unit.repeat(500) + tail).count;
         const large = steps(glob, unit.repeat(4000) + tail);
         out.push({ glob, small, large: large.count, answer: large.answer });
       }
       parentPort.postMessage(out);`,
      cases,
      60_000,
      { 'globs.cjs': 'host/src/files.ts' },
    );
    for (const result of results) {
      assert.equal(result.answer, false, result.glob);
      assert.ok(result.small > 500, `${result.glob}: the matcher's work is counted (${result.small} states for 500 units)`);
      // Linear: 8× the path, about 8× the states visited (a quadratic matcher would visit 64×).
      const ratio = result.large / result.small;
      assert.ok(ratio < 9, `${result.glob}: ${result.small} → ${result.large} states visited for 8× the path (${ratio.toFixed(2)}×)`);
    }
  });

  void test('the step count tells a linear matcher from a quadratic one', () => {
    // The counter of the test above, on a matcher that does quadratic work by construction (every
    // path is matched once per prefix): the bound of 9× for 8× the path rejects it.
    const quadratic = (path: string) => {
      const counter = { count: 0 };
      for (let end = 1; end <= path.length; end++) compileGlob('*a'.repeat(12) + '*b').matches(path.slice(0, end), counter);
      return counter.count;
    };
    assert.ok(quadratic('a'.repeat(400)) / quadratic('a'.repeat(50)) > 9);
  });
});
