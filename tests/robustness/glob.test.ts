/**
 * Globs (from the command line and from `.isnadrc.json`, which a repository supplies) are matched
 * by an automaton in host/src/files.ts, in time proportional to path length × glob length. They
 * used to be translated into regular expressions, which backtracked exponentially in the number of
 * wildcards (issue 6: no catastrophic backtracking).
 *
 * - The automaton reads globs exactly as the former regular expressions did: a differential test
 *   against that translation (kept here as the oracle) over random globs and paths.
 * - Adversarial globs (many stars, many globstars, nested braces) against long paths finish, and
 *   grow near-linearly with the path.
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

  void test('adversarial globs finish on long paths, in time that grows near-linearly with the path', async () => {
    // Each pair: a glob, and a unit repeated into a path that almost matches it. With regular
    // expressions the first took 22 s on a 60-character name; run in a worker so a regression
    // fails rather than hangs.
    const cases: { glob: string; unit: string; tail: string }[] = [
      { glob: '*a'.repeat(12) + '*b', unit: 'a', tail: 'c' },
      { glob: '**/'.repeat(12) + 'x', unit: 'a/', tail: 'y' },
      { glob: '{a,a*,*a}'.repeat(8) + '*b', unit: 'a', tail: 'c' },
      { glob: '{**/,*/}'.repeat(8) + '{x,y}', unit: 'ab/', tail: 'z' },
      { glob: '*?'.repeat(16), unit: 'a', tail: '/' },
    ];
    const results = await inWorker<{ glob: string; small: number; large: number; answer: boolean }[]>(
      `const { compileGlob } = require('./globs.cjs');
       const out = [];
       const time = (glob, path) => {
         let best = Infinity;
         let answer;
         // The best of five: a garbage collection or another process can stall one run.
         for (let i = 0; i < 5; i++) {
           const start = process.hrtime.bigint();
           answer = compileGlob(glob).matches(path);
           best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
         }
         return { best, answer };
       };
       for (const { glob, unit, tail } of workerData) {
         time(glob, unit.repeat(50) + tail);
         const small = time(glob, unit.repeat(500) + tail).best;
         const large = time(glob, unit.repeat(4000) + tail);
         out.push({ glob, small, large: large.best, answer: large.answer });
       }
       parentPort.postMessage(out);`,
      cases,
      60_000,
      { 'globs.cjs': 'host/src/files.ts' },
    );
    for (const result of results) {
      assert.equal(result.answer, false, result.glob);
      // Below a millisecond a run measures the timer and the scheduler more than the matcher.
      const ratio = result.large / Math.max(result.small, 1);
      assert.ok(ratio < 40, `${result.glob}: ${result.small.toFixed(2)} ms → ${result.large.toFixed(2)} ms for 8× the path`);
    }
  });
});
