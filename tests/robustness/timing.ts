/**
 * Step-growth measurements: how much longer a regular expression takes when its input grows by a
 * factor. These are not performance targets: a linear algorithm grows about as much as its input
 * (8× for 8× the input), a quadratic one by the square (64×), and the tests only
 * ask for less than a generous bound (40× for 8×). Each size is timed as the best of a few runs,
 * after a warm-up, in a worker with a deadline, so that noise matters little and a hang fails.
 */
import { inWorker } from './helpers';

/** A regular expression, as data (source and flags), and how it is used. */
export interface PatternUse {
  source: string;
  flags: string;
}

/**
 * How many times longer matching `large` takes than `small` with a pattern, used the way that
 * costs most: a global `replace`, which tries every start position. Best of `runs`, in a worker
 * with a deadline.
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
