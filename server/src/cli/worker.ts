// Worker thread of the CLI: checks the files it is sent (or reads them into bank records) and posts the results back.
import { parentPort } from 'node:worker_threads';
import { bankFile, type BankFileRequest } from './bank/bank-file';
import { checkFile, type CheckFileRequest } from './check-file';

/** A chunk of work from the pool (pool.ts). */
export type WorkerTask = { readonly kind: 'check'; readonly requests: readonly CheckFileRequest[] } | { readonly kind: 'bank'; readonly requests: readonly BankFileRequest[] };

parentPort?.on('message', (task: WorkerTask) => {
  parentPort?.postMessage(task.kind === 'check' ? task.requests.map(checkFile) : task.requests.map(bankFile));
});
