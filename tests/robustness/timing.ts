/**
 * Step-growth measurements: how much longer the engine (or a regular expression) takes when its
 * input grows by a factor. These are not performance targets: a linear algorithm grows about as
 * much as its input (8× for 8× the input), a quadratic one by the square (64×), and the tests only
 * ask for less than a generous bound (40× for 8×). Each size is timed as the best of a few runs,
 * after a warm-up, in a worker with a deadline, so that noise matters little and a hang fails.
 */
import { readFileSync } from 'node:fs';
import { article, bundledFactBasePath, inWorker } from './helpers';

/** How many times longer checking `large` takes than checking `small` (best of `runs` each). */
export async function growth(small: string, large: string, options: { format?: 'markdown' | 'plaintext'; runs?: number; timeoutMs?: number } = {}): Promise<number> {
  const result = await inWorker<{ small: number; large: number; errors: unknown[] }>(
    `const engine = require('./engine.cjs');
     const { factBaseText, articleText, small, large, format, runs } = workerData;
     const checker = engine.createChecker([engine.parseFactBase(factBaseText, 'bundled', articleText).factBase]);
     const errors = [];
     const time = (text) => {
       let best = Infinity;
       for (let i = 0; i < runs; i++) {
         const start = process.hrtime.bigint();
         const result = checker.check(text, { format });
         best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
         errors.push(...result.internalErrors);
       }
       return best;
     };
     time(small);
     parentPort.postMessage({ small: time(small), large: time(large), errors });`,
    { factBaseText: readFileSync(bundledFactBasePath, 'utf8'), articleText: article, small, large, format: options.format ?? 'markdown', runs: options.runs ?? 3 },
    options.timeoutMs ?? 120_000,
  );
  if (result.errors.length > 0) throw new Error(`internal errors: ${JSON.stringify(result.errors).slice(0, 500)}`);
  // A floor of 1 ms keeps a very fast small case from inflating the ratio.
  return result.large / Math.max(result.small, 1);
}

/** A regular expression, as data (source and flags), and how it is used. */
export interface PatternUse {
  source: string;
  flags: string;
}

/**
 * How many times longer matching `large` takes than `small` with a pattern, used the way that
 * costs most: `exec` for a sticky or anchored pattern, a global `replace` otherwise (which tries
 * every start position). Best of `runs`, in a worker with a deadline.
 */
export async function patternGrowth(pattern: PatternUse, small: string, large: string, options: { runs?: number; timeoutMs?: number } = {}): Promise<{ ratio: number; small: number; large: number }> {
  const result = await inWorker<{ small: number; large: number }>(
    `const { source, flags, small, large, runs } = workerData;
     const global = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
     const time = (text) => {
       let best = Infinity;
       for (let i = 0; i < runs; i++) {
         const start = process.hrtime.bigint();
         global.lastIndex = 0;
         text.replace(global, '');
         best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
       }
       return best;
     };
     time(small);
     parentPort.postMessage({ small: time(small), large: time(large) });`,
    { source: pattern.source, flags: pattern.flags, small, large, runs: options.runs ?? 3 },
    options.timeoutMs ?? 60_000,
  );
  return { ratio: result.large / Math.max(result.small, 0.5), small: result.small, large: result.large };
}
