/**
 * The worker-thread entry (`dist/worker.js`): builds a checker from the fact bases it is started
 * with, then checks each draft it is sent and posts the report back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createContext, processFile } from './process';
import type { WorkerInit, WorkerRequest, WorkerResponse } from './pool';

const init = workerData as WorkerInit;
const context = createContext(init.factBases);

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, report: processFile(request.task, init.settings, context) };
  } catch (error) {
    response = { id: request.id, error: String((error as Error)?.stack ?? error) };
  }
  parentPort?.postMessage(response);
});
