import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckFileRequest, type FileReport } from './check-file';

/** Below this many files a worker's start-up (loading compromise) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24;

/**
 * Checks files on worker threads, one batch per worker, keeping the input order. Falls back to
 * the main thread for small runs, on one core, or when the worker bundle is missing.
 */
export async function checkFiles(requests: readonly CheckFileRequest[]): Promise<FileReport[]> {
  const workerScript = path.join(__dirname, 'cli-worker.js');
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const workerCount = Math.min(cores, 8, Math.floor(requests.length / (MIN_FILES_FOR_WORKERS / 2)));
  if (requests.length < MIN_FILES_FOR_WORKERS || workerCount < 2 || !fs.existsSync(workerScript)) {
    return requests.map(checkFile);
  }
  const batches: CheckFileRequest[][] = Array.from({ length: workerCount }, () => []);
  requests.forEach((request, index) => batches[index % workerCount].push(request));
  const results = await Promise.all(batches.map((batch) => runWorker(workerScript, batch)));
  const reports: FileReport[] = new Array(requests.length);
  results.forEach((batchReports, worker) => batchReports.forEach((report, i) => (reports[i * workerCount + worker] = report)));
  return reports;
}

function runWorker(script: string, batch: CheckFileRequest[]): Promise<FileReport[]> {
  return new Promise((resolve) => {
    const worker = new Worker(script);
    worker.once('message', (reports: FileReport[]) => {
      void worker.terminate();
      resolve(reports);
    });
    // A crashed worker loses no files: its batch is checked on the main thread instead.
    worker.once('error', () => resolve(batch.map(checkFile)));
    worker.postMessage(batch);
  });
}
