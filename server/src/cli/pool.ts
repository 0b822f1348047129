import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { drainInWorker, type WorkerQueue } from '../node/worker-queue';
import { bankFile, type BankFileRequest, type BankFileResult } from './bank/bank-file';
import { checkFile, type CheckFileRequest, type FileReport } from './check-file';
import type { WorkerTask } from './worker';

/** Below this many files a worker's start-up (loading compromise) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24;
/** Files per task: small enough to balance the load when another process takes a core, large enough to keep messages few. */
const CHUNK = 8;

/**
 * Checks files on worker threads, keeping the input order. Falls back to the main thread for
 * small runs, on one core, or when the worker bundle is missing.
 */
export function checkFiles(requests: readonly CheckFileRequest[]): Promise<FileReport[]> {
  return inWorkers(requests, checkFile, 'check');
}

/** Reads and lints story files into bank records, on worker threads like checkFiles. */
export function bankFiles(requests: readonly BankFileRequest[]): Promise<BankFileResult[]> {
  return inWorkers(requests, bankFile, 'bank');
}

/** How many worker threads a run of this many files gets: one per core the process may use, at most 8. */
export function workerCount(files: number): number {
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  return files < MIN_FILES_FOR_WORKERS ? 0 : Math.min(cores, 8, Math.floor(files / CHUNK));
}

/**
 * Runs `local` over the requests on worker threads when there are enough. Each worker takes chunks
 * of files from a shared queue as it finishes the last (one chunk ahead, so it never waits for the
 * main thread), and results land at their request's index: the output order is the input order
 * whichever worker was faster.
 */
async function inWorkers<Request, Result>(requests: readonly Request[], local: (request: Request) => Result, kind: WorkerTask['kind']): Promise<Result[]> {
  const workerScript = path.join(__dirname, 'cli-worker.js');
  const workers = workerCount(requests.length);
  if (workers < 2 || !fs.existsSync(workerScript)) return requests.map(local);
  const results: Result[] = new Array(requests.length);
  let next = 0;
  const take = (): { start: number; batch: Request[] } | null => {
    if (next >= requests.length) return null;
    const start = next;
    next = Math.min(requests.length, next + CHUNK);
    return { start, batch: requests.slice(start, next) };
  };
  const queue: WorkerQueue<{ start: number; batch: Request[] }, Result[]> = {
    take,
    message: (chunk) => ({ kind, requests: chunk.batch }),
    done: (chunk, done) => done.forEach((result, index) => (results[chunk.start + index] = result)),
    here: (chunk) => chunk.batch.map(local),
  };
  await Promise.all(Array.from({ length: workers }, () => drainInWorker(workerScript, queue)));
  return results;
}
