import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { bankFile, type BankFileRequest, type BankFileResult } from './bank/bank-file';
import { checkFile, type CheckFileRequest, type FileReport } from './check-file';

/** Below this many files a worker's start-up (loading compromise) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24;

/**
 * Checks files on worker threads, one batch per worker, keeping the input order. Falls back to
 * the main thread for small runs, on one core, or when the worker bundle is missing.
 */
export function checkFiles(requests: readonly CheckFileRequest[]): Promise<FileReport[]> {
  return inWorkers(requests, checkFile, (batch) => batch);
}

/** Reads and lints story files into bank records, on worker threads like checkFiles. */
export function bankFiles(requests: readonly BankFileRequest[]): Promise<BankFileResult[]> {
  return inWorkers(requests, bankFile, (batch) => ({ bank: batch }));
}

/** Runs `local` over the requests, on worker threads when there are enough (`message` is what a worker is sent). */
async function inWorkers<Request, Result>(requests: readonly Request[], local: (request: Request) => Result, message: (batch: Request[]) => unknown): Promise<Result[]> {
  const workerScript = path.join(__dirname, 'cli-worker.js');
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const workerCount = Math.min(cores, 8, Math.floor(requests.length / (MIN_FILES_FOR_WORKERS / 2)));
  if (requests.length < MIN_FILES_FOR_WORKERS || workerCount < 2 || !fs.existsSync(workerScript)) {
    return requests.map(local);
  }
  const batches: Request[][] = Array.from({ length: workerCount }, () => []);
  requests.forEach((request, index) => batches[index % workerCount].push(request));
  const results = await Promise.all(batches.map((batch) => runWorker(workerScript, batch, local, message(batch))));
  const ordered: Result[] = new Array(requests.length);
  results.forEach((batchResults, worker) => batchResults.forEach((result, i) => (ordered[i * workerCount + worker] = result)));
  return ordered;
}

function runWorker<Request, Result>(script: string, batch: Request[], local: (request: Request) => Result, message: unknown): Promise<Result[]> {
  return new Promise((resolve) => {
    const worker = new Worker(script);
    worker.once('message', (results: Result[]) => {
      void worker.terminate();
      resolve(results);
    });
    // A crashed worker loses no files: its batch is done on the main thread instead.
    worker.once('error', () => resolve(batch.map(local)));
    worker.postMessage(message);
  });
}
