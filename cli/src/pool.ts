/**
 * Checks many drafts, in worker threads (`dist/worker.js`) across the available cores when there
 * are many, or in this thread otherwise. Reports come back in the order of the tasks whatever the
 * order the workers finish in, so output is deterministic.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createContext, processFile, type CheckContext, type CheckSettings, type FactBaseInput, type FileTask } from './process';
import type { FileReport } from './report';

/** Above this many drafts, workers are used (when there is more than one core). */
export const WORKER_THRESHOLD = 50;

/** What a worker is started with. */
export interface WorkerInit {
  factBases: FactBaseInput[];
  settings: CheckSettings;
}

/** A message to a worker: check task `id`. */
export interface WorkerRequest {
  id: number;
  task: FileTask;
}

/** A worker's answer. */
export type WorkerResponse = { id: number; report: FileReport } | { id: number; error: string };

/** Options of {@link checkFiles}. */
export interface PoolOptions {
  /** How many threads, this one included: a number, or `auto` (the cores, when there are more than {@link WORKER_THRESHOLD} drafts). */
  jobs: number | 'auto';
  /** The worker script; default `worker.js` beside this bundle. */
  workerScript?: string;
  /** Called after each draft. */
  onProgress?: (done: number, total: number) => void;
}

/** How many workers `options` asks for, for `count` drafts (1 means this thread). */
export function workerCount(count: number, jobs: number | 'auto', cores = availableParallelism()): number {
  if (jobs === 'auto') return count > WORKER_THRESHOLD && cores > 1 ? Math.min(cores, Math.ceil(count / 25)) : 1;
  return Math.max(1, Math.min(Math.floor(jobs), count));
}

/** Checks drafts; the reports are in the order of `tasks`. */
export async function checkFiles(tasks: readonly FileTask[], init: WorkerInit, options: PoolOptions): Promise<FileReport[]> {
  const script = options.workerScript ?? join(__dirname, 'worker.js');
  const workers = workerCount(tasks.length, options.jobs);
  if (workers <= 1 || !existsSync(script)) return checkHere(tasks, init, options, createContext(init.factBases));
  const reports: (FileReport | undefined)[] = new Array<FileReport | undefined>(tasks.length);
  let next = 0;
  let done = 0;
  let local: CheckContext | undefined;
  const runHere = (id: number) => {
    local ??= createContext(init.factBases);
    reports[id] = processFile(tasks[id]!, init.settings, local);
    options.onProgress?.(++done, tasks.length);
  };
  const runWorker = () =>
    new Promise<void>((resolveRun) => {
      let current: number | undefined;
      let finished = false;
      const worker = new Worker(script, { workerData: init satisfies WorkerInit });
      const finish = () => {
        if (finished) return;
        finished = true;
        void worker.terminate();
        resolveRun();
      };
      const feed = () => {
        if (next >= tasks.length) {
          current = undefined;
          finish();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, task: tasks[current]! } satisfies WorkerRequest);
      };
      worker.on('message', (message: WorkerResponse) => {
        if ('report' in message) reports[message.id] = message.report;
        else reports[message.id] = { path: tasks[message.id]!.path, findings: [], internalErrors: [{ ruleId: 'worker', message: message.error }] };
        options.onProgress?.(++done, tasks.length);
        feed();
      });
      // A worker that dies hands its draft, and the rest of the queue it would have taken, to this thread.
      const fail = () => {
        if (finished) return;
        finished = true;
        if (current !== undefined && reports[current] === undefined) runHere(current);
        while (next < tasks.length) runHere(next++);
        resolveRun();
      };
      worker.on('error', fail);
      worker.on('exit', () => {
        if (!finished) fail();
      });
      feed();
    });
  // This thread takes a share of the drafts too, one at a time so that the workers' answers are
  // still read between them: one worker fewer to start (each compiles the bundle, builds its own
  // index and warms its own JIT), which was most of the CPU the pool spent above one thread.
  const runMain = () =>
    new Promise<void>((resolveRun) => {
      const step = () => {
        if (next >= tasks.length) return resolveRun();
        runHere(next++);
        setImmediate(step);
      };
      setImmediate(step);
    });
  await Promise.all([runMain(), ...Array.from({ length: workers - 1 }, runWorker)]);
  for (let id = 0; id < tasks.length; id++) if (reports[id] === undefined) runHere(id);
  return reports as FileReport[];
}

function checkHere(tasks: readonly FileTask[], init: WorkerInit, options: PoolOptions, context: CheckContext): FileReport[] {
  return tasks.map((task, i) => {
    const report = processFile(task, init.settings, context);
    options.onProgress?.(i + 1, tasks.length);
    return report;
  });
}
