// Worker thread of the CLI: checks the files it is sent and posts the reports back.
import { parentPort } from 'node:worker_threads';
import { checkFile, type CheckFileRequest } from './check-file';

parentPort?.on('message', (requests: CheckFileRequest[]) => {
  parentPort?.postMessage(requests.map(checkFile));
});
