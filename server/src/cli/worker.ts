// Worker thread of the CLI: checks the files it is sent (or reads them into bank records) and posts the results back.
import { parentPort } from 'node:worker_threads';
import { bankFile, type BankFileRequest } from './bank/bank-file';
import { checkFile, type CheckFileRequest } from './check-file';

// `check` sends a list of files; `bank` sends { bank: files } and gets their bank records back.
parentPort?.on('message', (message: CheckFileRequest[] | { bank: BankFileRequest[] }) => {
  parentPort?.postMessage(Array.isArray(message) ? message.map(checkFile) : message.bank.map(bankFile));
});
